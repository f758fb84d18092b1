/**
 * The relation rule engine: per-sentence views of the doc (mentions with their entities),
 * argument selection by entity type and position, entity lookups (countries named by
 * demonyms), and the Component wrapper every rule file uses.
 */
import { normalizeKey } from '../normalize.js';
import type { ArticleDoc, Component, Entity, EntityType, Predicate, Relation } from '../types.js';
import type { Sentence } from '../../parse/types.js';
import { COUNTRIES, demonymsIn } from './lexicon.js';

export interface M {
  start: number;
  end: number;
  text: string;
  entity: Entity;
  /** Index in the sentence's mention list. */
  i: number;
}

export interface SentCtx {
  doc: ArticleDoc;
  /** Index into doc.parsed.sentences. */
  index: number;
  sentence: Sentence;
  /** Mentions in this sentence, by start offset. */
  mentions: M[];
  /** Sentence text and its start offset in the input. */
  text: string;
  base: number;
}

const ctxCache = new WeakMap<object, SentCtx[]>();

/** Per-sentence contexts (cached per mentions array). */
export function sentences(doc: ArticleDoc): SentCtx[] {
  const hit = ctxCache.get(doc.mentions);
  if (hit && hit[0]?.doc.parsed === doc.parsed) return hit;
  const byId = new Map(doc.entities.map((e) => [e.id as string, e]));
  const per: M[][] = doc.parsed.sentences.map(() => []);
  for (const m of doc.mentions) {
    const e = byId.get(m.entity);
    const list = per[m.sentence];
    if (e && list) list.push({ start: m.start, end: m.end, text: m.text, entity: e, i: 0 });
  }
  const out = doc.parsed.sentences.map((s, index) => {
    const ms = per[index]!.sort((a, b) => a.start - b.start);
    ms.forEach((m, i) => (m.i = i));
    return { doc, index, sentence: s, mentions: ms, text: s.text, base: s.start };
  });
  ctxCache.set(doc.mentions, out);
  return out;
}

/** Text of the input between two absolute offsets. */
export const between = (ctx: SentCtx, from: number, to: number): string => ctx.doc.parsed.text.slice(from, to);

export const isType = (m: M | undefined, types: readonly EntityType[]): m is M => !!m && types.includes(m.entity.type);

/** Mentions entirely inside [from, to). */
export const within = (ctx: SentCtx, from: number, to: number): M[] => ctx.mentions.filter((m) => m.start >= from && m.end <= to);

/* ───────────── coordination ───────────── */

const COORD_GAP = /^[\s,،]*(?:(?:و|and|or|أو|وكذلك|كذلك|as well as|&|,|،)\s*)*(?:the\s+)?$/iu;

/** Is the gap text between two mentions only a coordinator (", ", " and ", " و", "، وكذلك ")? */
export const isCoordGap = (gap: string): boolean => gap.length <= 20 && COORD_GAP.test(gap) && gap.trim().length > 0;

/**
 * The mention and those coordinated to its right ("A, B and C", "A وB وC") with an allowed type.
 * Arabic glued و leaves a gap of " و" or "و" before the next mention.
 */
export function coordinatedRight(ctx: SentCtx, m: M, types: readonly EntityType[]): M[] {
  const out = [m];
  let cur = m;
  for (let k = m.i + 1; k < ctx.mentions.length; k++) {
    const n = ctx.mentions[k]!;
    const gap = between(ctx, cur.end, n.start);
    if (!isCoordGap(gap) || !/و|and|or|أو|,|،/.test(gap)) break;
    if (!types.includes(n.entity.type)) break;
    out.push(n);
    cur = n;
  }
  return out;
}

/** The mention and those coordinated to its left. */
export function coordinatedLeft(ctx: SentCtx, m: M, types: readonly EntityType[]): M[] {
  const out = [m];
  let cur = m;
  for (let k = m.i - 1; k >= 0; k--) {
    const n = ctx.mentions[k]!;
    const gap = between(ctx, n.end, cur.start);
    if (!isCoordGap(gap) || !/و|and|or|أو|,|،/.test(gap)) break;
    if (!types.includes(n.entity.type)) break;
    out.unshift(n);
    cur = n;
  }
  return out;
}

/* ───────────── argument search ───────────── */

export interface ArgOpts {
  /** Max characters between the trigger and the argument. */
  maxGap?: number;
  /** Stop at these characters in the gap (clause boundaries). */
  stopAt?: RegExp;
  /** Skip mentions overlapping this span (e.g. the other argument). */
  exclude?: (m: M) => boolean;
}

const DEFAULT_STOP = /[.;:!?؟؛]/;

/** Nearest mention of an allowed type ending before `pos`. */
export function leftArg(ctx: SentCtx, pos: number, types: readonly EntityType[], o: ArgOpts = {}): M | undefined {
  const maxGap = o.maxGap ?? 80;
  const stop = o.stopAt ?? DEFAULT_STOP;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.end > pos) continue;
    const gap = between(ctx, m.end, pos);
    if (gap.length > maxGap || stop.test(gap)) return undefined;
    if (o.exclude?.(m)) continue;
    if (types.includes(m.entity.type)) return m;
  }
  return undefined;
}

/** Nearest mention of an allowed type starting after `pos`. */
export function rightArg(ctx: SentCtx, pos: number, types: readonly EntityType[], o: ArgOpts = {}): M | undefined {
  const maxGap = o.maxGap ?? 80;
  const stop = o.stopAt ?? DEFAULT_STOP;
  for (const m of ctx.mentions) {
    if (m.start < pos) continue;
    const gap = between(ctx, pos, m.start);
    if (gap.length > maxGap || stop.test(gap)) return undefined;
    if (o.exclude?.(m)) continue;
    if (types.includes(m.entity.type)) return m;
  }
  return undefined;
}

/** The mention covering an absolute offset, if any. */
export const mentionAt = (ctx: SentCtx, pos: number): M | undefined => ctx.mentions.find((m) => m.start <= pos && pos < m.end);

/* ───────────── countries ───────────── */

const countryCache = new WeakMap<object, Map<string, Entity | null>>();
const COUNTRY_KEYS = new Map(COUNTRIES.map((c) => [c.name, new Set([c.name, ...c.names].map(normalizeKey))]));

/** The doc's COUNTRY entity for a canonical country name (by name, gazetteer id or a known alias), or null. */
export function countryEntity(doc: ArticleDoc, name: string): Entity | null {
  let cache = countryCache.get(doc.entities);
  if (!cache) countryCache.set(doc.entities, (cache = new Map()));
  if (cache.has(name)) return cache.get(name)!;
  const keys = COUNTRY_KEYS.get(name) ?? new Set([normalizeKey(name)]);
  const found =
    doc.entities.find((e) => e.type === 'COUNTRY' && normalizeKey(e.name) === normalizeKey(name)) ??
    doc.entities.find((e) => e.type === 'COUNTRY' && [e.name, ...e.aliases, ...Object.values(e.names)].some((a) => a && keys.has(normalizeKey(a)))) ??
    null;
  cache.set(name, found);
  return found;
}

/** Canonical country name a COUNTRY entity stands for (via the lexicon), or its own name. */
export function countryNameOf(e: Entity): string {
  for (const [name, keys] of COUNTRY_KEYS) if (normalizeKey(e.name) === normalizeKey(name) || e.aliases.some((a) => keys.has(normalizeKey(a)))) return name;
  return e.name;
}

/** Country entities signalled by demonyms inside the absolute span [from, to) (not inside mentions of other entities unless allowed). */
export function demonymCountries(ctx: SentCtx, from: number, to: number): { start: number; end: number; entity: Entity }[] {
  const out: { start: number; end: number; entity: Entity }[] = [];
  for (const d of demonymsIn(between(ctx, from, to), from)) {
    const e = countryEntity(ctx.doc, d.country);
    if (e) out.push({ start: d.start, end: d.end, entity: e });
  }
  return out;
}

/* ───────────── output ───────────── */

export type Emit = (subject: Entity, predicate: Predicate, object: Entity, confidence: number) => void;

/** Wraps a rule body into a Component: the body sees each sentence and emits relations with its evidence. */
export function rule(name: string, body: (ctx: SentCtx, emit: Emit, state: Map<string, unknown>) => void): Component {
  const component: Component = (doc) => {
    const added: Relation[] = [];
    const state = new Map<string, unknown>();
    for (const ctx of sentences(doc)) {
      const emit: Emit = (s, predicate, o, confidence) => {
        if (s.id === o.id) return;
        added.push({
          subject: s.id,
          predicate,
          object: o.id,
          confidence: Math.max(0, Math.min(1, confidence)),
          evidence: { text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end },
          rule: name,
        });
      };
      body(ctx, emit, state);
    }
    return added.length ? { ...doc, relations: [...doc.relations, ...added] } : doc;
  };
  Object.defineProperty(component, 'name', { value: name });
  return component;
}

/** Iterates regex matches over a sentence, yielding absolute offsets. */
export function* matches(ctx: SentCtx, re: RegExp): Generator<{ start: number; end: number; m: RegExpExecArray }> {
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    yield { start: ctx.base + m.index, end: ctx.base + m.index + m[0].length, m };
    if (m[0].length === 0) re.lastIndex++;
  }
}
