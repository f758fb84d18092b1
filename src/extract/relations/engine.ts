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
  /** Mentions in this sentence, by start offset (outermost only: no overlaps). */
  mentions: M[];
  /** Mentions nested inside a longer mention (e.g. the city inside an embassy's name). */
  nested: M[];
  /** Sentence text and its start offset in the input. */
  text: string;
  base: number;
  /**
   * Per-sentence answers every rule asks for (folded text, scripts, regex matches, demonyms),
   * computed on first use. Fields on the context rather than WeakMaps: rules ask thousands of times per page.
   */
  memo: {
    folded?: string;
    script?: 'ar' | 'en' | 'both';
    matches?: Map<RegExp, Hit[]>;
    demonyms?: { start: number; end: number; entity: Entity }[];
  };
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
    // rules reason over adjacent, non-overlapping mentions: a mention nested in a longer one
    // (the place inside "السفارة الأمريكية في بغداد") is left out here
    const sorted = per[index]!.sort((a, b) => a.start - b.start || b.end - a.end);
    const ms: M[] = [];
    const nested: M[] = [];
    for (const m of sorted) (!ms.length || m.start >= ms[ms.length - 1]!.end ? ms : nested).push(m);
    ms.forEach((m, i) => (m.i = i));
    return { doc, index, sentence: s, mentions: ms, nested, text: s.text, base: s.start, memo: {} };
  });
  ctxCache.set(doc.mentions, out);
  return out;
}

/** Per Arabic-block char code: -1 drops it (diacritics, tatweel), else the code it folds to. */
const AR_FOLD = new Int32Array(0x100);
for (let i = 0; i < 0x100; i++) AR_FOLD[i] = 0x600 + i;
for (let c = 0x64b; c <= 0x65f; c++) AR_FOLD[c - 0x600] = -1;
AR_FOLD[0x670 - 0x600] = -1;
AR_FOLD[0x640 - 0x600] = -1;
for (const [from, to] of [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ی', 'ي'], ['ة', 'ه'], ['ک', 'ك']] as const) AR_FOLD[from.charCodeAt(0) - 0x600] = to.charCodeAt(0);
/** The sentence lowercased, without diacritics, Arabic letter variants folded (for cheap prefilters). */
export function foldedText(ctx: SentCtx): string {
  let f = ctx.memo.folded;
  if (f === undefined) {
    // one pass over char codes: a replace callback per folded letter was a hot spot on Arabic text
    const t = ctx.text.toLowerCase();
    const out: number[] = [];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x600 || c > 0x6ff) out.push(c);
      else {
        const m = AR_FOLD[c - 0x600]!;
        if (m >= 0) out.push(m);
      }
    }
    f = '';
    for (let i = 0; i < out.length; i += 4096) f += String.fromCharCode(...out.slice(i, i + 4096));
    ctx.memo.folded = f;
  }
  return f;
}

/** Prefilter: does the (folded) sentence contain any of these stems? Stems are written folded and lowercase. */
export const hasAny = (ctx: SentCtx, stems: readonly string[]): boolean => {
  // one alternation per script (stems implied by a shorter stem dropped), and only the sentence's own script is searched
  let c = stemCache.get(stems);
  if (!c) stemCache.set(stems, (c = compileStems(stems)));
  const f = foldedText(ctx);
  const sc = scriptsOf(ctx);
  return (sc !== 'en' && c.ar !== null && c.ar.test(f)) || (sc !== 'ar' && c.en !== null && c.en.test(f));
};
const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Stems by script as substring alternations; a stem containing another stem is implied by it (يهاجم ⊃ هاجم). */
function compileStems(stems: readonly string[]): { ar: RegExp | null; en: RegExp | null } {
  const uniq = [...new Set(stems)];
  const kept = uniq.filter((stem) => !uniq.some((o) => o !== stem && o.length > 0 && stem.includes(o)));
  const ar = kept.filter((x) => /[\u0600-\u06ff]/.test(x));
  const en = kept.filter((x) => !/[\u0600-\u06ff]/.test(x));
  return { ar: ar.length ? new RegExp(ar.map(escapeRe).join('|')) : null, en: en.length ? new RegExp(en.map(escapeRe).join('|')) : null };
}
// Maps, not WeakMaps: keys are module-level constants (stem lists, patterns), and Map lookups are cheaper.
const stemCache = new Map<readonly string[], { ar: RegExp | null; en: RegExp | null }>();
/** Which scripts the sentence is written in (cached): stems of another script cannot occur in it. */
const scriptsOf = (ctx: SentCtx): 'ar' | 'en' | 'both' => {
  let s = ctx.memo.script;
  if (!s) {
    const a = /[\u0600-\u06ff]/.test(ctx.text);
    const l = /[A-Za-z]/.test(ctx.text);
    s = a && l ? 'both' : a ? 'ar' : 'en';
    ctx.memo.script = s;
  }
  return s;
};

/** Does the sentence contain Arabic letters (cached per sentence)? */
export const isArabic = (ctx: SentCtx): boolean => scriptsOf(ctx) !== 'en';

/** Text of the input between two absolute offsets. */
export const between = (ctx: SentCtx, from: number, to: number): string => ctx.doc.parsed.text.slice(from, to);

export const isType = (m: M | undefined, types: readonly EntityType[]): m is M => !!m && types.includes(m.entity.type);

/** Mentions entirely inside [from, to). */
export const within = (ctx: SentCtx, from: number, to: number): M[] => ctx.mentions.filter((m) => m.start >= from && m.end <= to);

/* ───────────── coordination ───────────── */

// ("قضاء القائم ومنطقة عكاشات": the second place keeps its class noun after و)
const COORD_GAP = /^[\s,،)"”»]*(?:(?:و|and|or|أو|وكذلك|كذلك|as well as|&|,|،)\s*)*(?:the\s+)?(?:(?:ال)?(?:منطقة|مدينة|بلدة|قرية|قضاء|ناحية|محافظة|حي|مخيم|قاعدة|شرق|غرب|شمال|جنوب|ريف)\s+)?["“«]?$/iu;

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

const DEFAULT_STOP = /[;:!?؟؛]/;

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

/**
 * A pronoun subject right before `pos` ("He met …", "She visited …", "وهو") → the person the text is
 * about: the nearest PERSON mention in the previous two sentences (the last one of the closest).
 */
export function pronounPerson(ctx: SentCtx, pos: number): M | undefined {
  const before = ctx.doc.parsed.text.slice(Math.max(ctx.base, pos - 12), pos);
  if (!/(?:^|\s)(?:he|she|وهو|وهي)\s+(?:also\s+|later\s+|then\s+|had\s+|has\s+)?$/i.test(before)) return undefined;
  // the pronoun opens the clause: at most a few words before it, or a fronted phrase ("In Tel Aviv on Tuesday, he …")
  const lead = between(ctx, ctx.base, pos).trim();
  const words = lead.split(/\s+/).length;
  if (words > 4 && !(words <= 10 && /^(?:on|in|at|later|earlier|then|after|before|during)\b[^,;:"“”]*,\s*(?:he|she)\b/i.test(lead))) return undefined;
  return antecedentPerson(ctx);
}

/** The person a pronoun at the start of this sentence stands for: the first person of the closest of the two previous sentences that names one. */
export function antecedentPerson(ctx: SentCtx): M | undefined {
  const all = sentences(ctx.doc);
  for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 2); k--) {
    const persons = all[k]!.mentions.filter((m) => m.entity.type === 'PERSON');
    if (persons.length) return persons[0];
  }
  return undefined;
}

/** A sentence that opens with "he"/"she", after at most a short fronted phrase ("On Wednesday he …", "In Tel Aviv, she …"). */
export const OPENING_PRONOUN = /^\s*(?:(?:on|in|at|later|earlier|then)\b[^,.;]{0,30}?,?\s+)?(?:he|she)\s/i;

/** The person a clause is about: its pronoun subject ("On Wednesday he …") or the sentence's first person. */
export function clausePerson(ctx: SentCtx, pos: number): M | undefined {
  if (OPENING_PRONOUN.test(between(ctx, ctx.base, pos))) return antecedentPerson(ctx);
  return ctx.mentions.find((m) => m.end <= pos && m.entity.type === 'PERSON');
}

/** "الوزير الإيراني", "المبعوث الأمريكي": a definite title with its nisba adjectives, standing for a person named before. */
const AR_TITLE_NP = /^\s*(?:ال(?:وزير|وزيرة|رئيس|مبعوث|سفير|مستشار|ضيف|زائر|مسؤول|دبلوماسي))((?:\s+ال[^\s،,.]+(?:ي|ية))*)(?=[\s،,.]|$)/u;

const AR_TITLE_WORD = /(?:^|\s)(?:و)?(?:ال)?(?:وزير|وزيرة|رئيس|رئيسة|أمين|قائد|نظير|مبعوث|سفير|مستشار|متحدث|الشيخ|الملك|الأمير)/gu;
/**
 * Where the last title word of a stretch of text starts (-1 if none): the text before a name read from
 * there is that person's own title ("التقى الوزير الإيراني رئيس الحكومة X": X's title is رئيس الحكومة).
 */
export function lastTitleAt(text: string, titles: RegExp = AR_TITLE_WORD): number {
  let at = -1;
  for (const m of text.matchAll(titles)) at = m.index!;
  return at;
}

/** The subject of an Arabic sentence: its first person, or a title right after its opening verb standing for one. */
export function arabicSentenceSubject(ctx: SentCtx, pos: number): M | undefined {
  const person = ctx.mentions.find((m) => m.entity.type === 'PERSON' && m.end <= pos);
  if (person) return person;
  const verb = /^\s*\S+/u.exec(ctx.text);
  return verb ? arabicTitleSubject(ctx, ctx.base + verb[0].length)?.m : undefined;
}

/**
 * A person referred back to by a title right at `pos` ("التقى الوزير الإيراني …" after "وزير الخارجية
 * الإيراني X" was named): the latest person of this or the fifteen previous sentences whose words just
 * before the name hold the title and its adjectives. Returns the person and where the title ends.
 */
export function arabicTitleSubject(ctx: SentCtx, pos: number): { m: M; end: number } | undefined {
  const t = AR_TITLE_NP.exec(ctx.doc.parsed.text.slice(pos, pos + 60));
  if (!t) return undefined;
  const words = normalizeKey(t[0]).split(' ').filter(Boolean).map((w) => w.replace(/^ال/, ''));
  const all = sentences(ctx.doc);
  for (let k = ctx.index; k >= Math.max(0, ctx.index - 15); k--) {
    const ms = all[k]!.mentions.filter((m) => m.entity.type === 'PERSON' && m.end <= pos);
    for (let j = ms.length - 1; j >= 0; j--) {
      // (the person's own title: from the last title word before the name, so "التقى الوزير الإيراني رئيس
      // الحكومة X" does not make X the minister)
      const raw = ctx.doc.parsed.text.slice(Math.max(0, ms[j]!.start - 60), ms[j]!.start);
      const own = raw.slice(Math.max(0, lastTitleAt(raw)));
      const before = normalizeKey(own).split(' ').map((w) => w.replace(/^ال/, ''));
      if (words.every((w) => before.includes(w))) return { m: ms[j]!, end: pos + t[0].length };
    }
  }
  return undefined;
}

/** A second verb phrase of the sentence ("…, and then flew to", "before flying to"): its subject is the sentence's, not the last name. */
export const SECOND_VP = /\b(?:then|before\s+\w+ing|after\s+\w+ing)\b/i;

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

const forcesCache = new WeakMap<object, Map<string, Entity | null>>();
const FORCES_NAME = /\b(?:forces|troops|military|army)\b|(?:القوات|قوات|الجيش|جيش)/iu;
/** The article's (nominal) forces entity of a country ("U.S. forces" for United States), or null. */
export function forcesOf(doc: ArticleDoc, country: Entity): Entity | null {
  let cache = forcesCache.get(doc.entities);
  if (!cache) forcesCache.set(doc.entities, (cache = new Map()));
  if (cache.has(country.id)) return cache.get(country.id)!;
  const cname = countryNameOf(country);
  const found =
    doc.entities.find(
      (e) => e.type === 'ORGANIZATION' && e.nominal && [e.name, ...e.aliases].some((n) => FORCES_NAME.test(n) && demonymsIn(n).some((d) => d.country === cname)),
    ) ?? null;
  cache.set(country.id, found);
  return found;
}

/** Country entities signalled by demonyms inside the absolute span [from, to) (not inside mentions of other entities unless allowed). */
export function demonymCountries(ctx: SentCtx, from: number, to: number): { start: number; end: number; entity: Entity }[] {
  let all = ctx.memo.demonyms;
  if (!all) {
    all = [];
    for (const d of demonymsIn(ctx.text, ctx.base)) {
      const e = countryEntity(ctx.doc, d.country);
      if (e) all.push({ start: d.start, end: d.end, entity: e });
    }
    ctx.memo.demonyms = all;
  }
  if (from <= ctx.base && to >= ctx.base + ctx.text.length) return all;
  // a window may cut a word: only whole words inside [from, to)
  return all.filter((d) => d.start >= from && d.end <= to);
}

/* ───────────── output ───────────── */

export type Emit = (subject: Entity, predicate: Predicate, object: Entity, confidence: number) => void;

/** Wraps a rule body into a Component: the body sees each sentence and emits relations with its evidence. */
export function rule(name: string, body: (ctx: SentCtx, emit: Emit, state: Map<string, unknown>) => void, opts: { everySentence?: boolean } = {}): Component {
  const component: Component = (doc) => {
    const added: Relation[] = [];
    const state = new Map<string, unknown>();
    let current: SentCtx;
    const emit: Emit = (s, predicate, o, confidence) => {
      if (s.id === o.id) return;
      const sentence = current.sentence;
      added.push({
        subject: s.id,
        predicate,
        object: o.id,
        confidence: Math.max(0, Math.min(1, confidence)),
        evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
        rule: name,
      });
    };
    for (const ctx of sentences(doc)) {
      // a relation needs an entity in its sentence: sentences without mentions are skipped (unless the rule flushes at the end)
      if (!ctx.mentions.length && !opts.everySentence) continue;
      current = ctx;
      body(ctx, emit, state);
    }
    return added.length ? { ...doc, relations: [...doc.relations, ...added] } : doc;
  };
  Object.defineProperty(component, 'name', { value: name });
  return component;
}

const LEAD_BOUNDARY = '(?<![\\p{L}\\p{M}\\p{N}])';
const fastCache = new Map<RegExp, RegExp | null>();
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * A leading look-behind word boundary makes V8 try the pattern at every position (~5x slower);
 * the fast form drops it and the boundary is checked on each match instead.
 */
function fastForm(re: RegExp): RegExp | null {
  if (fastCache.has(re)) return fastCache.get(re)!;
  const fast = re.source.startsWith(LEAD_BOUNDARY) && re.global ? new RegExp(re.source.slice(LEAD_BOUNDARY.length), re.flags) : null;
  if (fastCache.size > 4000) fastCache.clear(); // bounded, should a caller ever build patterns on the fly
  fastCache.set(re, fast);
  return fast;
}

const MARKS_SRC = '[\\u064B-\\u065F\\u0670\\u0640]*';
const HAS_MARKS = /[\u064B-\u065F\u0670\u0640]/;
const marklessCache = new Map<RegExp, RegExp>();
/** The same pattern without the optional-diacritic classes, valid on text that has no diacritics (~3x faster). */
function markless(re: RegExp): RegExp {
  let m = marklessCache.get(re);
  if (!m) {
    m = re.source.includes(MARKS_SRC) ? new RegExp(re.source.split(MARKS_SRC).join(''), re.flags) : re;
    if (marklessCache.size > 4000) marklessCache.clear();
    marklessCache.set(re, m);
  }
  return m;
}

const MARK_CHAR = /[\u064B-\u065F\u0670\u0640]/;
/**
 * Per text (a sentence): null when it has no Arabic diacritics/tatweel, else the text without them
 * and, for each kept char, its offset in the original. Rules take turns over all sentences, so a
 * one-entry cache would miss every time: a small map keyed by the sentence string is kept instead.
 */
const stripCache = new Map<string, { out: string; map: number[] } | null>();
function stripMarks(text: string): { out: string; map: number[] } | null {
  let hit = stripCache.get(text);
  if (hit !== undefined) return hit;
  hit = null;
  if (HAS_MARKS.test(text)) {
    const keep: number[] = [];
    const map: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
      keep.push(c);
      map.push(i);
    }
    let out = '';
    for (let i = 0; i < keep.length; i += 4096) out += String.fromCharCode(...keep.slice(i, i + 4096));
    hit = { out, map };
  }
  if (stripCache.size >= 512) stripCache.clear();
  stripCache.set(text, hit);
  return hit;
}

/**
 * All matches of a global regex in `text` (leading word boundary honoured), as exec arrays whose
 * index and [0] refer to the original text. Patterns run without their diacritic classes on a
 * diacritic-free copy of the text (~3x faster), and matches are mapped back.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  // an array, not a generator: every caller takes all matches, and generator objects are garbage per call
  const out: RegExpExecArray[] = [];
  const fast = fastForm(re);
  const r = markless(fast ?? re);
  const stripped = stripMarks(text);
  const t = stripped ? stripped.out : text;
  const map = stripped ? stripped.map : null;
  r.lastIndex = 0;
  for (let m = r.exec(t); m; m = r.exec(t)) {
    if (m[0].length === 0) r.lastIndex++;
    if (fast && m.index > 0 && LETTER.test(t[m.index - 1]!)) {
      r.lastIndex = m.index + 1;
      continue;
    }
    if (!map) {
      out.push(m);
      continue;
    }
    const start = map[m.index]!;
    let end = m[0].length ? map[m.index + m[0].length - 1]! + 1 : start;
    while (end < text.length && MARK_CHAR.test(text[end]!)) end++;
    const mapped = [text.slice(start, end), ...m.slice(1)] as unknown as RegExpExecArray;
    mapped.index = start;
    mapped.input = text;
    out.push(mapped);
  }
  return out;
}

/** Top-level alternatives of a regex source (no split inside groups or character classes). */
function topAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let last = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(last, i));
      last = i + 1;
    }
  }
  out.push(src.slice(last));
  return out;
}

const ARABIC_CHAR = /[\u0600-\u06ff]/;
const LATIN_CHAR = /[A-Za-z]/;
interface ScriptSplit {
  ar: RegExp | null;
  en: RegExp | null;
}
const splitCache = new Map<RegExp, ScriptSplit | null>();

/**
 * A pattern mixing English and Arabic alternatives is split into one regex per script, so a
 * sentence only runs the alternatives of its own script (and the Arabic one can drop its
 * leading look-behind, see fastForm). Only for patterns without capture groups.
 */
function splitByScript(re: RegExp): ScriptSplit | null {
  if (splitCache.has(re)) return splitCache.get(re)!;
  let split: ScriptSplit | null = null;
  if (re.global && !/\((?!\?)/.test(re.source.replace(/\\./g, ''))) {
    const alts = topAlternatives(re.source);
    const ar = alts.filter((a) => ARABIC_CHAR.test(a));
    const en = alts.filter((a) => !ARABIC_CHAR.test(a));
    if (ar.length && en.length) {
      const arBoundary = ar.every((a) => a.startsWith(LEAD_BOUNDARY));
      const arSrc = arBoundary ? LEAD_BOUNDARY + '(?:' + ar.map((a) => a.slice(LEAD_BOUNDARY.length)).join('|') + ')' : ar.join('|');
      split = { ar: new RegExp(arSrc, re.flags), en: new RegExp(en.join('|'), re.flags) };
    }
  }
  if (splitCache.size > 4000) splitCache.clear();
  splitCache.set(re, split);
  return split;
}

export interface Hit {
  start: number;
  end: number;
  m: RegExpExecArray;
}

/** Regex matches over a sentence with absolute offsets (computed once per sentence and pattern: rules share them). */
export function matches(ctx: SentCtx, re: RegExp): Hit[] {
  let per = ctx.memo.matches;
  if (!per) ctx.memo.matches = per = new Map();
  let hits = per.get(re);
  if (hits) return hits;
  hits = [];
  const split = splitByScript(re);
  if (!split) {
    for (const m of execAll(re, ctx.text)) hits.push({ start: ctx.base + m.index, end: ctx.base + m.index + m[0].length, m });
  } else {
    const found: RegExpExecArray[] = [];
    if (ARABIC_CHAR.test(ctx.text)) found.push(...execAll(split.ar!, ctx.text));
    if (LATIN_CHAR.test(ctx.text)) found.push(...execAll(split.en!, ctx.text));
    found.sort((a, b) => a.index - b.index);
    for (const m of found) hits.push({ start: ctx.base + m.index, end: ctx.base + m.index + m[0].length, m });
  }
  per.set(re, hits);
  return hits;
}
