/**
 * Writes a batch of extracted articles in ONE managed transaction (retried by the
 * driver on deadlocks and transient errors): either the whole batch lands or none
 * of it does, which is why an ingest killed part-way can simply be run again.
 *
 * Order inside the transaction:
 *   classify (new / unchanged / updated) → clear what updated articles contributed →
 *   resolve entities → articles → entities → mentions → claims → statements →
 *   add the new claims to their typed relationships' aggregates, recompute those an
 *   updated article supported → record merges → drop orphans.
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
    // Relationships an updated article supported are recomputed from their claims; all
    // others only gain this batch's claims, which are added to their aggregates.
    const recompute = uniqueTriples(touched);
    const additions = addedAggregates(claims, new Set(recompute.map(tripleKey)));
    const result: BatchResult = {
      outcomes,
      entities: entityRows.size,
      claims: claims.length,
      statements: statements.length,
      relationsRefreshed: recompute.length + additions.length,
      merges,
    };
    if (opts.dryRun) return result;

    const created = todo.filter((b) => outcomes.get(b.article.id) === 'new').map((b) => b.article.id);
    await runNamed(tx, 'writeArticles', { articles: todo.map((b) => b.article), created });
    await runNamed(tx, 'writeEntities', { entities: [...entityRows.values()] });
    await runNamed(tx, 'writeMentions', { mentions });
    await runNamed(tx, 'writeClaims', { claims, extractor: EXTRACTOR_NAME, extractorVersion: EXTRACTOR_VERSION });
    await runNamed(tx, 'writeStatements', { statements });
    if (additions.length) expectAll(additions, await runNamed<{ written: number }>(tx, 'writeAddToRelations', { triples: additions }), 'written');
    if (recompute.length) expectAll(recompute, await runNamed<{ refreshed: number }>(tx, 'writeRefreshRelations', { triples: recompute }), 'refreshed');
    if (merges.length) await runNamed(tx, 'writeMergeRecords', { merges });
    if (touchedEntities.length) await runNamed(tx, 'writeDeleteOrphanEntities', { ids: [...new Set(touchedEntities)] });
    return result;
  };
  return opts.dryRun ? graph.readTx(work) : graph.writeTx(work);
}

/**
 * The relationship queries spell out one branch per predicate (see their comments); a
 * predicate they do not know would silently get no relationship, so the whole batch fails instead.
 */
function expectAll<K extends string>(triples: Triple[], rows: Array<Record<K, number>>, field: K) {
  const done = rows[0]?.[field] ?? 0;
  if (done !== triples.length) {
    const predicates = [...new Set(triples.map((t) => t.predicate))].join(', ');
    throw new Error(`typed relationships: ${done} of ${triples.length} written; is one of the predicates ${predicates} missing from cypher/queries/writeAddToRelations.cypher or writeRefreshRelations.cypher?`);
  }
}

const tripleKey = (t: Triple) => `${t.subject}\u0000${t.predicate}\u0000${t.object}`;

function uniqueTriples(ts: Triple[]): Triple[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = tripleKey(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface TripleAggregate extends Triple {
  claims: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
  maxConfidence: number | null;
}

/**
 * The aggregates a batch's claims add to each relationship not in `skip`: what
 * writeRefreshRelations would compute over these claims alone (claims, distinct
 * articles, min/max date ignoring nulls, max confidence). Exact as an increment
 * because the articles written here had no stored claim for these triples.
 */
export function addedAggregates(claims: Array<Triple & { article: string; date: string | null; confidence: number }>, skip: Set<string>): TripleAggregate[] {
  const byTriple = new Map<string, TripleAggregate & { seen: Set<string> }>();
  for (const c of claims) {
    const k = tripleKey(c);
    if (skip.has(k)) continue;
    let agg = byTriple.get(k);
    if (!agg) {
      agg = { subject: c.subject, predicate: c.predicate, object: c.object, claims: 0, articles: 0, firstSeen: null, lastSeen: null, maxConfidence: null, seen: new Set() };
      byTriple.set(k, agg);
    }
    agg.claims++;
    agg.seen.add(c.article);
    if (c.date !== null) {
      if (agg.firstSeen === null || c.date < agg.firstSeen) agg.firstSeen = c.date;
      if (agg.lastSeen === null || c.date > agg.lastSeen) agg.lastSeen = c.date;
    }
    if (agg.maxConfidence === null || c.confidence > agg.maxConfidence) agg.maxConfidence = c.confidence;
  }
  return [...byTriple.values()].map(({ seen, ...agg }) => ({ ...agg, articles: seen.size }));
}

