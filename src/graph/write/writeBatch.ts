/**
 * Writes a batch of extracted articles in ONE managed transaction (retried by the
 * driver on deadlocks and transient errors): either the whole batch lands or none
 * of it does, which is why an ingest killed part-way can simply be run again.
 *
 * Order inside the transaction:
 *   classify (new / unchanged / updated) → clear what updated articles contributed →
 *   resolve entities → articles → entities → mentions → claims → statements →
 *   recompute the typed relationships the batch touched → record merges → drop orphans.
 */
import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from '../../extract/version.js';
import type { Graph } from '../driver.js';
import { namedQuery } from '../queries.js';
import type { KeyRule } from './entityKeys.js';
import type { ArticleRows, IngestOutcome, MentionRow } from './types.js';

export interface MergeRecordRow {
  id: string;
  into: string;
  intoName: string;
  incomingName: string;
  incomingId: string;
  key: string;
  rule: KeyRule;
  article: string;
  at: string;
  automatic: boolean;
}

export interface BatchResult {
  outcomes: Map<string, IngestOutcome>;
  entities: number;
  claims: number;
  statements: number;
  relationsRefreshed: number;
  merges: MergeRecordRow[];
}

type Triple = { subject: string; predicate: string; object: string };

interface EntityWriteRow {
  id: string;
  name: string;
  type: string;
  nominal: boolean;
  gazetteerId: string | null;
  nameEn: string | null;
  nameAr: string | null;
  aliases: string[];
  keys: string[];
  now: string;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Two local entities of one article may resolve to one graph entity: their mentions add up. */
function aggregateMentions(rows: MentionRow[]): MentionRow[] {
  const byPair = new Map<string, MentionRow>();
  for (const m of rows) {
    const k = `${m.article}\u0000${m.entity}`;
    const prev = byPair.get(k);
    if (prev) byPair.set(k, { ...prev, count: prev.count + m.count, forms: union(prev.forms, m.forms) });
    else byPair.set(k, m);
  }
  return [...byPair.values()];
}

async function runNamed<T = Record<string, unknown>>(tx: ManagedTransaction, name: string, params: Record<string, unknown>): Promise<T[]> {
  const q = namedQuery(name);
  q.checkParams(params);
  const res = await tx.run(q.text, params);
  return res.records.map((r) => r.toObject() as T);
}

/** Latest version of each article in the batch (a file given twice counts once). */
function dedupe(batch: ArticleRows[]): ArticleRows[] {
  const byId = new Map<string, ArticleRows>();
  for (const a of batch) byId.set(a.article.id, a);
  return [...byId.values()];
}

export async function writeBatch(graph: Graph, input: ArticleRows[], opts: { dryRun?: boolean } = {}): Promise<BatchResult> {
  const batch = dedupe(input);
  const work = async (tx: ManagedTransaction): Promise<BatchResult> => {
    const states = await runNamed<{ id: string; contentHash: string; extractorVersion: string }>(tx, 'writeArticleStates', {
      ids: batch.map((b) => b.article.id),
    });
    const stored = new Map(states.map((s) => [s.id, s]));
    const outcomes = new Map<string, IngestOutcome>();
    const todo: ArticleRows[] = [];
    for (const b of batch) {
      const s = stored.get(b.article.id);
      const outcome: IngestOutcome = !s ? 'new' : s.contentHash === b.article.contentHash && s.extractorVersion === b.article.extractorVersion ? 'unchanged' : 'updated';
      outcomes.set(b.article.id, outcome);
      if (outcome !== 'unchanged') todo.push(b);
    }
    const empty: BatchResult = { outcomes, entities: 0, claims: 0, statements: 0, relationsRefreshed: 0, merges: [] };
    if (todo.length === 0) return empty;

    const updatedIds = todo.filter((b) => outcomes.get(b.article.id) === 'updated').map((b) => b.article.id);
    let touched: Triple[] = [];
    let touchedEntities: string[] = [];
    if (updatedIds.length) {
      touched = await runNamed<Triple>(tx, 'writeTouchedRelations', { ids: updatedIds });
      touchedEntities = [...new Set(touched.flatMap((t) => [t.subject, t.object]))];
      const mentioned = await runNamed<{ id: string }>(tx, 'writeMentionedEntities', { ids: updatedIds });
      touchedEntities.push(...mentioned.map((r) => r.id));
      if (!opts.dryRun) await runNamed(tx, 'writeClearArticles', { ids: updatedIds });
    }

    // Entity resolution: an extracted entity becomes the stored entity that any of
    // its keys already identifies (strongest key first), else a new one. Entities of
    // this batch resolve against each other too, in order.
    const allKeys = [...new Set(todo.flatMap((b) => b.entities.flatMap((e) => e.keys.map((k) => k.key))))];
    const candidates = [...new Set(todo.flatMap((b) => b.entities.filter((e) => !e.gazetteerId).map((e) => e.candidateId as string)))];
    const found = await runNamed<{ key: string; id: string; name: string }>(tx, 'writeResolveKeys', { keys: allKeys, ids: candidates });
    const keyOwner = new Map<string, { id: string; name: string }>();
    for (const f of found) if (!keyOwner.has(f.key)) keyOwner.set(f.key, { id: f.id, name: f.name });
    const localToId = new Map<string, string>();
    const merges: MergeRecordRow[] = [];
    const now = new Date().toISOString();
    const entityRows = new Map<string, EntityWriteRow>();
    for (const b of todo) {
      for (const e of b.entities) {
        let id: string = e.candidateId;
        let owner: { id: string; name: string } | undefined;
        let via: { key: string; rule: KeyRule } | undefined;
        // An entity's own id wins (this is what keeps an undone merge apart), then keys.
        if (!e.gazetteerId && !keyOwner.has(`id:${e.candidateId}`)) {
          for (const k of e.keys) {
            owner = keyOwner.get(k.key);
            if (owner) {
              via = k;
              break;
            }
          }
          if (owner) id = owner.id;
        }
        if (owner && via && owner.name !== e.name && id !== e.candidateId) {
          merges.push({
            id: createHash('sha256').update(`${b.article.id}|${e.local}|${id}`).digest('hex').slice(0, 24),
            into: id,
            intoName: owner.name,
            incomingName: e.name,
            incomingId: e.candidateId,
            key: via.key,
            rule: via.rule,
            article: b.article.id,
            at: now,
            automatic: true,
          });
        }
        localToId.set(e.local, id);
        keyOwner.set(`id:${id}`, { id, name: owner?.name ?? e.name });
        for (const k of e.keys) if (!keyOwner.has(k.key)) keyOwner.set(k.key, { id, name: owner?.name ?? e.name });
        // One row per graph entity: an entity named in 50 articles of the batch is written once.
        const row = entityRows.get(id);
        if (row) {
          row.aliases = union(row.aliases, e.aliases);
          row.keys = union(row.keys, e.keys.map((k) => k.key));
          row.nameEn ??= e.nameEn;
          row.nameAr ??= e.nameAr;
        } else {
          entityRows.set(id, {
            id,
            name: e.name,
            type: e.type,
            nominal: e.nominal,
            gazetteerId: e.gazetteerId,
            nameEn: e.nameEn,
            nameAr: e.nameAr,
            aliases: [...e.aliases],
            keys: e.keys.map((k) => k.key),
            now,
          });
        }
      }
    }
    const resolve = (local: string): string => {
      const id = localToId.get(local);
      if (!id) throw new Error(`extraction refers to entity ${local}, which it did not list`);
      return id;
    };

    const claims = todo.flatMap((b) => b.claims.map((c) => ({ ...c, subject: resolve(c.subject), object: resolve(c.object) })));
    const statements = todo.flatMap((b) =>
      b.statements.map((s) => ({
        ...s,
        speaker: s.speaker ? resolve(s.speaker) : null,
        mentions: [...new Set(s.mentions.map(resolve))],
        date: b.article.published ?? b.article.ingestedAt.slice(0, 10),
      })),
    );
    const mentions = aggregateMentions(todo.flatMap((b) => b.mentions.map((m) => ({ ...m, entity: resolve(m.entity) }))));
    const newTriples: Triple[] = claims.map((c) => ({ subject: c.subject, predicate: c.predicate, object: c.object }));
    const triples = uniqueTriples([...touched, ...newTriples]);
    const result: BatchResult = {
      outcomes,
      entities: entityRows.size,
      claims: claims.length,
      statements: statements.length,
      relationsRefreshed: triples.length,
      merges,
    };
    if (opts.dryRun) return result;

    await runNamed(tx, 'writeArticles', { articles: todo.map((b) => b.article) });
    await runNamed(tx, 'writeEntities', { entities: [...entityRows.values()] });
    await runNamed(tx, 'writeMentions', { mentions });
    await runNamed(tx, 'writeClaims', { claims, extractor: EXTRACTOR_NAME, extractorVersion: EXTRACTOR_VERSION });
    await runNamed(tx, 'writeStatements', { statements });
    if (triples.length) await runNamed(tx, 'writeRefreshRelations', { triples });
    if (merges.length) await runNamed(tx, 'writeMergeRecords', { merges });
    if (touchedEntities.length) await runNamed(tx, 'writeDeleteOrphanEntities', { ids: [...new Set(touchedEntities)] });
    return result;
  };
  return opts.dryRun ? graph.readTx(work) : graph.writeTx(work);
}

function uniqueTriples(ts: Triple[]): Triple[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = `${t.subject}\u0000${t.predicate}\u0000${t.object}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

