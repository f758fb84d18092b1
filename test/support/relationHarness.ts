/**
 * Test harness for the relation and statement components: builds an ArticleDoc directly
 * from text plus a list of entities (surface forms + type), without the parser or the
 * entity extractor. Sentences are split crudely; mentions are found by exact surface search
 * (a glued Arabic clitic و ف ب ل ك before a surface is allowed and left out of the mention).
 */
import { entityId } from '../../src/ids.js';
import type { ArticleDoc, Entity, EntityType, Mention } from '../../src/extract/types.js';
import type { Language, ParsedArticle, Section, SectionKind, Sentence } from '../../src/parse/types.js';

export interface EntitySpec {
  name: string;
  type: EntityType;
  /** Surface forms to look for; defaults to [name]. */
  mentions?: string[];
  nominal?: boolean;
}

/** `[surface, type]` or `[surface, type, canonicalName]` (same canonical name = same entity); a 4th `true` marks a nominal entity. */
export type EntityTuple = [string, EntityType] | [string, EntityType, string] | [string, EntityType, string, boolean];

const ABBREV = /^(?:(?:[A-Z]\.)*[A-Z]|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Gen|Col|Lt|Sgt|Spc|Dr|Mr|Mrs|Ms|No|St|Co|Inc|Corp|Maj|Capt|Adm|Rep|Sen|Gov|Brig)$/;

/** Splits a paragraph into sentence spans (offsets relative to `base`). */
export function splitSentences(text: string, base: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: base + s, end: base + e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '؟') {
      if (ch === '.' && ABBREV.test(/\S*$/.exec(text.slice(0, i))![0])) continue;
      if (ch === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
      let j = i + 1;
      while (j < text.length && /[.!?؟"”»')]/.test(text[j]!)) j++;
      if (j < text.length && !/\s/.test(text[j]!)) continue;
      // A lowercase continuation after a period is not a new sentence ("U.S. forces").
      const next = text.slice(j).trimStart()[0] ?? '';
      if (ch === '.' && /[a-z]/.test(next)) continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(text.length);
  return out;
}

const language = (text: string): Language => ((text.match(/[\u0600-\u06ff]/g)?.length ?? 0) > text.length / 10 ? 'ar' : 'en');

interface Block {
  start: number;
  end: number;
  kind: SectionKind;
}

/** Builds a ParsedArticle; by default each paragraph (blank-line separated) is a body section. */
export function parseForTest(text: string, kinds: SectionKind[] = []): ParsedArticle {
  const blocks: Block[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    blocks.push({ start: m.index, end: m.index + m[0].length, kind: kinds[blocks.length] ?? 'body' });
  }
  const lang = language(text);
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const CONTENT = new Set<SectionKind>(['title', 'body', 'subheading', 'post', 'readAlsoTitle', 'readAlsoBody']);
  for (const b of blocks) {
    const section = sections.length;
    const btext = text.slice(b.start, b.end);
    const isContent = CONTENT.has(b.kind);
    sections.push({ start: b.start, end: b.end, kind: b.kind, text: btext, language: language(btext), isContent });
    if (!isContent) continue;
    const spans = b.kind === 'title' || b.kind === 'subheading' || b.kind === 'readAlsoTitle' ? [{ start: b.start, end: b.end }] : splitSentences(btext, b.start);
    for (const s of spans) sentences.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), section, language: language(text.slice(s.start, s.end)) });
  }
  return {
    text,
    language: lang,
    title: null,
    url: null,
    source: null,
    published: null,
    sections,
    posts: [],
    secondaryArticles: [],
    relatedHeadlines: [],
    tags: [],
    sentences,
  };
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const CLITIC = /^(?:و|ف|ب|ل|ك|وب|ول|وك|فب|فل)$/;

/** Every occurrence of `surface` in `text` at word boundaries (a glued Arabic clitic allowed before). */
export function findAll(text: string, surface: string): number[] {
  const out: number[] = [];
  if (!surface) return out;
  for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
    const after = text[i + surface.length] ?? '';
    if (after && LETTER.test(after) && LETTER.test(surface[surface.length - 1]!)) continue;
    const before = text[i - 1] ?? '';
    if (before && LETTER.test(before) && LETTER.test(surface[0]!)) {
      // allow a glued Arabic clitic (وبغداد, بسوريا, للقوات → ل + القوات is not handled here)
      let k = i;
      while (k > 0 && LETTER.test(text[k - 1]!)) k--;
      if (!CLITIC.test(text.slice(k, i))) continue;
    }
    out.push(i);
  }
  return out;
}

/** Builds a doc from text and entity specs; mentions are the non-overlapping occurrences, longest first. */
export function makeDoc(text: string, specs: EntitySpec[], kinds: SectionKind[] = []): ArticleDoc {
  const parsed = parseForTest(text, kinds);
  const entities: Entity[] = specs.map((s, i) => ({
    id: entityId(`e${i + 1}`),
    name: s.name,
    type: s.type,
    names: {},
    aliases: [...new Set([s.name, ...(s.mentions ?? [])])],
    gazetteerId: null,
    nominal: s.nominal ?? false,
  }));
  const cands: { start: number; end: number; text: string; e: number }[] = [];
  specs.forEach((s, e) => {
    for (const m of s.mentions ?? [s.name]) for (const at of findAll(text, m)) cands.push({ start: at, end: at + m.length, text: m, e });
  });
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  const mentions: Mention[] = [];
  for (const c of cands) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    const sentence = parsed.sentences.findIndex((s) => s.start <= c.start && c.end <= s.end);
    if (sentence < 0) continue;
    taken.push(c);
    mentions.push({ start: c.start, end: c.end, text: c.text, entity: entities[c.e]!.id, sentence, via: 'test' });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { parsed, entities, mentions, relations: [], statements: [] };
}

/** Shorthand: `docOf(text, [['Austin', 'PERSON', 'Lloyd Austin'], ['Bahrain', 'COUNTRY']])`. */
export function docOf(text: string, tuples: EntityTuple[], kinds: SectionKind[] = []): ArticleDoc {
  const byName = new Map<string, EntitySpec>();
  for (const [surface, type, name, nominal] of tuples) {
    const key = name ?? surface;
    const spec = byName.get(key) ?? { name: key, type, mentions: [], nominal: nominal ?? false };
    spec.mentions!.push(surface);
    if (name === undefined || surface === name) spec.mentions!.push(key);
    byName.set(key, spec);
  }
  for (const s of byName.values()) s.mentions = [...new Set(s.mentions)];
  return makeDoc(text, [...byName.values()], kinds);
}

/** Name of an entity id in a doc. */
export const nameOf = (doc: ArticleDoc, id: string | null): string | null => (id === null ? null : (doc.entities.find((e) => e.id === id)?.name ?? id));

/** Relations as `subject PREDICATE object` strings, for readable expectations. */
export const triples = (doc: ArticleDoc): string[] => doc.relations.map((r) => `${nameOf(doc, r.subject)} ${r.predicate} ${nameOf(doc, r.object)}`);

/** Statements as `[speaker name or description, text]`. */
export const said = (doc: ArticleDoc): [string | null, string][] =>
  doc.statements.map((s) => [s.speaker ? nameOf(doc, s.speaker) : s.speakerDescription, s.text]);
