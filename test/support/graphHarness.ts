/**
 * Harness for graph-writing tests: build an ArticleDoc by hand (exact entities and
 * relations, no extractor in the loop) and read the graph back as simple facts.
 */
import { parseArticle } from '../../src/parse/index.js';
import type { ArticleDoc, Entity, EntityType, Predicate } from '../../src/extract/types.js';
import { entityId } from '../../src/ids.js';
import type { Graph } from '../../src/graph/driver.js';
import { toArticleRows } from '../../src/graph/write/toArticleRows.js';
import { writeBatch } from '../../src/graph/write/writeBatch.js';

export interface DocSpec {
  url?: string;
  text: string;
  published?: string;
  entities: Array<{ name: string; type: EntityType; aliases?: string[]; gazetteerId?: string; nominal?: boolean }>;
  relations?: Array<[subject: string, predicate: Predicate, object: string]>;
  statements?: Array<{ speaker: string | null; text: string; description?: string }>;
}

/** An ArticleDoc from a spec: every entity alias found in the text becomes a mention. */
export function docOf(spec: DocSpec): ArticleDoc {
  const parsed = parseArticle({ text: spec.text, url: spec.url ?? null, published: spec.published ?? null });
  const entities: Entity[] = spec.entities.map((e, i) => ({
    id: entityId(`e${i + 1}`),
    name: e.name,
    type: e.type,
    names: {},
    aliases: [e.name, ...(e.aliases ?? [])],
    gazetteerId: e.gazetteerId ?? null,
    nominal: e.nominal ?? false,
  }));
  const byName = (n: string) => {
    const e = entities.find((x) => x.name === n);
    if (!e) throw new Error(`docOf: no entity named ${n}`);
    return e.id;
  };
  const sentenceOf = (pos: number) => Math.max(0, parsed.sentences.findIndex((s) => s.start <= pos && pos < s.end));
  const mentions = entities.flatMap((e) =>
    e.aliases.flatMap((a) => {
      const at = spec.text.indexOf(a);
      return at < 0 ? [] : [{ start: at, end: at + a.length, text: a, entity: e.id, sentence: sentenceOf(at), via: 'test' }];
    }),
  );
  const firstSentence = parsed.sentences[0] ?? { text: spec.text, start: 0, end: spec.text.length };
  return {
    parsed,
    entities,
    mentions,
    relations: (spec.relations ?? []).map(([s, p, o]) => ({
      subject: byName(s),
      predicate: p,
      object: byName(o),
      confidence: 0.9,
      evidence: { text: firstSentence.text, start: firstSentence.start, end: firstSentence.end },
      rule: 'test',
    })),
    statements: (spec.statements ?? []).map((s) => ({
      speaker: s.speaker ? byName(s.speaker) : null,
      speakerDescription: s.description ?? null,
      text: s.text,
      language: parsed.language,
      evidence: { start: spec.text.indexOf(s.text), end: spec.text.indexOf(s.text) + s.text.length },
      sentence: { text: firstSentence.text, start: firstSentence.start, end: firstSentence.end },
      cue: 'said',
    })),
  };
}

export async function writeDocs(g: Graph, docs: ArticleDoc[]) {
  return writeBatch(g, docs.map((d) => toArticleRows(d)));
}

/** Node counts per label and relationship counts per type, as one comparable object. */
export async function fingerprint(g: Graph): Promise<Record<string, number>> {
  const r = await g.named('graphCounts');
  return Object.fromEntries(r.records.filter((x) => x.get('name') !== 'SchemaMigration').map((x) => [`${x.get('kind')}:${x.get('name')}`, x.get('count') as number]));
}

/** Typed relationships as "Subject —PREDICATE→ Object" lines, sorted. */
export async function relationLines(g: Graph): Promise<string[]> {
  const r = await g.read('MATCH (s:Entity)-[r]->(o:Entity) RETURN s.name + " —" + type(r) + "→ " + o.name AS line ORDER BY line');
  return r.records.map((x) => x.get('line') as string);
}
