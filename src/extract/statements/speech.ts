/**
 * Speech analysis: finds speech cues in content sentences, resolves who speaks (named entity,
 * anonymous description, continuation of the previous speaker, organisation anaphors) and
 * what was said (the quote or the reported clause). The result is cached per doc and shared
 * with relation rules that need "who said this sentence" (threats, accusations).
 */
import type { ArticleDoc, Entity } from '../types.js';
import type { SectionKind } from '../../parse/types.js';
import { B, E, alt, pat, SUFFIX } from '../relations/lexicon.js';
import { sentences, type M, type SentCtx, between, execAll, isCoordGap, lastTitleAt, OPENING_PRONOUN } from '../relations/engine.js';
import { normalizeKey } from '../normalize.js';
import * as L from './lexicon.js';

export interface Speaker {
  entity: Entity | null;
  description: string | null;
}

export interface Speech {
  /** Sentence index (where the cue is). */
  sentence: number;
  /** Last sentence the statement runs into (a quotation over several sentences). */
  lastSentence: number;
  cueStart: number;
  cueEnd: number;
  cue: string;
  kind: 'verb' | 'participle' | 'according' | 'relative' | 'quoted';
  speakers: Speaker[];
  /** Absolute span of what was said. */
  contentStart: number;
  contentEnd: number;
}

/* ───────────── compiled patterns ───────────── */

const SPEAKER_TYPES = new Set(['PERSON', 'ARMED_GROUP', 'COUNTRY', 'ORGANIZATION', 'FACILITY']);

const AR_VERB = new RegExp(`${B}(?:و|ف)?(?:قد\\s+)?(${alt(L.AR_SPEECH_VERBS)})${SUFFIX}${E}`, 'gu');
const AR_VERB_COMP = new RegExp(`${B}(?:و|ف)?(?:قد\\s+)?(${alt(L.AR_SPEECH_VERBS_WITH_COMP)})${E}(?=(?:\\s+[^\\s.،؛؟]+){0,6}?\\s+(?:بأن|أن|إن)(?![\\p{L}]))`, 'gu');
const AR_PART = new RegExp(`${B}(?:و)?(${alt(L.AR_PARTICIPLES)})${E}`, 'gu');
const AR_PART_1 = new RegExp(AR_PART.source, 'u');
const AR_ACC = new RegExp(`${B}(?:و|ف)?(${alt(L.AR_ACCORDING)})(?:(?:\\s*ما)?\\s+(?:${alt([...L.AR_SPEECH_VERBS, 'نقل', 'نقلت', 'أورد', 'أوردت', 'أفاد', 'أفادت'])})${SUFFIX}(?:\\s+به)?)?${E}`, 'gu');
// "claimed that …" reports speech; "claimed the attack" is a claim of responsibility (an ATTACKED relation)
const EN_VERB = new RegExp(`\\b(${L.EN_SPEECH_VERBS.join('|')}|claimed(?=\\s+that\\b)|claims(?=\\s+that\\b)|(?:dismissed|dismisses|rejected|rejects)(?=[^.;"“”]{0,60}\\bas\\s|\\s+(?:claims?\\s+)?that\\b))\\b`, 'gi');
const EN_PART = new RegExp(`\\b(${L.EN_PARTICIPLES.join('|')})\\b`, 'gi');
const EN_ACC = new RegExp(`\\b(${L.EN_ACCORDING.join('|')})\\b`, 'gi');
/** "نقلت وكالة X عن مسؤول قوله إن …" / "X quoted an official as saying": the speaker sits between عن/quoted and the cue. */
const AR_QUOTED = new RegExp(`${B}(?:قوله|قولها|قولهم|قولهما)${E}`, 'gu');
const EN_QUOTED = /\bas\s+saying\b/gi;
const AR_NAQL = new RegExp(`${B}(?:و|ف)?(?:نقلت|نقل|تنقل|ينقل)\\s+(?:\\S+\\s+){0,5}?عن\\s+`, 'gu');
const AR_COMP_AFTER = new RegExp(`(?<=\\s)(?:${alt(['أن', 'إن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأن'])})(?![\\p{L}])`, 'u');
// (", which called it …"; ", which arms the group but says …": a verb phrase may come first)
const EN_REL = /,\s*(who|which)\s+(?:(?:also|have|has|had|repeatedly)\s+)*(?:[a-z]+\s+(?:[^,;"“”]{0,40}?\s)?(?:but|and)\s+)?(say|says|said|claim|claims|claimed|insist|insists|argue|argues|called|calls|described|describes|warned|warns|accused|accuses|denied|denies)\b/gi;
const EN_REL_BARE = /\b(officials|sources|diplomats|experts|analysts)\s+who\s+(say|said)\b/gi;

const AR_COMP = new RegExp(`(?:${B}(?:${alt(L.AR_COMPLEMENTIZERS)})${E})|:`, 'u');
const AR_ANON = new RegExp(`^(?:و)?(?:${alt(L.AR_ANON_HEADS)})${E}`, 'u');
const EN_ANON = new RegExp(
  `^(?:a|an|the|two|three|several|some|other|one|many)?\\s*(?:[\\w.'’-]+\\s+){0,5}?(?:${L.EN_ANON_HEADS.join('|')})\\b`,
  'i',
);
const EN_PRONOUN = /^(?:he|she|they|it|we|i)$/i;
const AR_PRONOUN_SUBJ = /^(?:لكنه|لكنها|لكنهم|إنه|انه|وهو|وهي|فيما|كما|بينما|لكن|ثم)$/u;
const CLAIM = new RegExp(`^\\s*(?:${alt(L.CLAIM_OBJECT)})`, 'iu');
const AR_NEG = new RegExp(`${B}(?:و|ف)?(?:${alt(L.AR_NEGATORS)})\\s*$`, 'u');
const EN_NEG = new RegExp(`\\b(?:${L.EN_NEGATORS.join('|')})\\s+(?:\\w+\\s+)?$`, 'i');
const AR_STATEMENT_OF = /^(?:بيان|البيان|بيانات|تصريح|تصريحات|تقرير)\s+(?:صادر\s+)?(?:ل|لل|من|عن)/u;
const AR_TITLE_START = new RegExp(`^(?:${alt(L.AR_TITLES)})`, 'u');
const EN_TITLE_IN = new RegExp(`\\b(?:${L.EN_TITLES.join('|')})\\b`, 'i');

const ANAPHORS = L.ANAPHORS.map((a) => ({
  ...a,
  re: new RegExp(`^(?:و|ف)?(?:${a.forms.map((f) => (/[a-z]/i.test(f) ? f.replace(/ /g, '\\s+') : pat(f))).join('|')})(?![\\p{L}])`, 'iu'),
  headKeys: a.heads.map(normalizeKey),
}));

/** Sections whose sentences are never statements. */
const NOT_STATEMENT: ReadonlySet<SectionKind> = new Set(['title', 'readAlsoTitle', 'subheading', 'post', 'postAttribution']);

const QUOTE_OPEN = /["“«]/;

/* ───────────── helpers ───────────── */

const trimSpan = (text: string, s: number, e: number, base: number): [number, number] => {
  let a = s - base;
  let b = e - base;
  while (a < b && /[\s,،:;؛—–-]/.test(text[a]!)) a++;
  while (b > a && /[\s,،:;؛—–-]/.test(text[b - 1]!)) b--;
  return [a + base, b + base];
};

/** Letter/digit table of the BMP (`[\p{L}\p{N}]`), built once: word counting without a regex per call. */
const WORD_CHAR = (() => {
  const t = new Uint8Array(65536);
  const re = /[\p{L}\p{N}]/u;
  for (let c = 0; c < 65536; c++) if (c < 0xd800 || c > 0xdfff) t[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return t;
})();
/** Number of runs of letters/digits (as `s.match(/[\p{L}\p{N}]+/gu).length`, BMP only). */
const wordCount = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = WORD_CHAR[s.charCodeAt(i)] === 1;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
};

/** Does the content between s and e leave a quotation open? */
function quoteOpen(text: string): boolean {
  const ascii = (text.match(/"/g) ?? []).length;
  const open = (text.match(/[“«]/g) ?? []).length;
  const close = (text.match(/[”»]/g) ?? []).length;
  return ascii % 2 === 1 || open > close;
}

interface State {
  last: { speakers: Speaker[]; sentence: number } | null;
  doc: ArticleDoc;
}

const isSpeakerType = (m: M): boolean => SPEAKER_TYPES.has(m.entity.type);

const nameWordsCache = new WeakMap<Entity, Set<string>>();
/** Normalized words of an entity's names (cached). */
function nameWords(e: Entity): Set<string> {
  let w = nameWordsCache.get(e);
  if (!w) {
    w = new Set([e.name, ...e.aliases].flatMap((n) => normalizeKey(n).split(' ')));
    nameWordsCache.set(e, w);
  }
  return w;
}

/** Resolve an anaphoric class noun at the start of `np` to an entity. */
function resolveAnaphor(np: string, ctx: SentCtx, st: State): Speaker[] | null | undefined {
  np = np.replace(/^(?:و|ف)?لل/u, 'ال');
  const a = ANAPHORS.find((x) => x.re.test(np));
  if (!a) return undefined;
  const prev = st.last && ctx.index - st.last.sentence <= 6 ? st.last.speakers : null;
  if (a.document) return prev ?? null;
  const fits = (e: Entity): boolean => a.types.includes(e.type) && (a.headKeys.length === 0 || a.headKeys.some((h) => nameWords(e).has(h)));
  if (prev && prev.length === 1 && prev[0]!.entity && fits(prev[0]!.entity)) return prev;
  // Most recent mention (this sentence before the cue, then earlier sentences) of a fitting entity.
  const all = sentences(st.doc);
  for (let k = ctx.index; k >= Math.max(0, ctx.index - 12); k--) {
    const ms = all[k]!.mentions.filter((m) => k < ctx.index || m.end <= ctx.base + np.length + 200);
    for (let j = ms.length - 1; j >= 0; j--) if (fits(ms[j]!.entity)) return [{ entity: ms[j]!.entity, description: null }];
  }
  if (prev && prev.length === 1 && prev[0]!.entity && a.types.includes(prev[0]!.entity.type)) return prev;
  return null;
}

const headWordsCache = new WeakMap<Entity, Set<string>>();
/** First and last words (without ال) of an entity's multi-word names (cached). */
function headWords(e: Entity): Set<string> {
  let h = headWordsCache.get(e);
  if (!h) {
    h = new Set();
    for (const n of [e.name, ...e.aliases]) {
      const ws = normalizeKey(n).split(' ').map((w) => w.replace(/^ال/, ''));
      if (ws.length > 1) h.add(ws[0]!).add(ws[ws.length - 1]!);
    }
    headWordsCache.set(e, h);
  }
  return h;
}

/**
 * A definite noun that is the head of an earlier name ("the Guards" ← Revolutionary Guards,
 * "الكتائب" ← كتائب حزب الله): the most recent such entity of a speaker type.
 */
function resolveHeadNoun(np: string, ctx: SentCtx, st: State): Speaker[] | null {
  const m = /^(?:the\s+([A-Za-z]+)|(?:و|ف)?ال(\S+))$/iu.exec(np.trim());
  if (!m) return null;
  const head = normalizeKey(m[1] ?? m[2]!).replace(/^ال/, '');
  if (head.length < 4) return null;
  const all = sentences(st.doc);
  for (let k = ctx.index; k >= Math.max(0, ctx.index - 10); k--) {
    const ms = all[k]!.mentions;
    for (let j = ms.length - 1; j >= 0; j--) {
      const e = ms[j]!.entity;
      if (!SPEAKER_TYPES.has(e.type)) continue;
      if (headWords(e).has(head)) return [{ entity: e, description: null }];
    }
  }
  return null;
}

/** A bare title ("رئيس الوزراء", "the defense secretary") → the person introduced with that title earlier. */
function resolveTitle(title: string, ctx: SentCtx, st: State): Speaker[] | null {
  const key = normalizeKey(title)
    .split(' ')
    .filter((w) => w && !['the', 'a', 'an', 'also', 'خلاله', 'ال'].includes(w))
    .map((w) => w.replace(/^ال/, ''));
  if (!key.length) return null;
  const all = sentences(st.doc);
  for (let k = ctx.index; k >= 0; k--) {
    const ms = all[k]!.mentions;
    for (let j = ms.length - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (m.entity.type !== 'PERSON' || (k === ctx.index && m.start >= ctx.base + 0 && m.start > ctx.base + ctx.text.length)) continue;
      // (the person's own title: from the last title word before the name, so that in "التقى الوزير
      // الإيراني نظيره السوري X" X is not the minister)
      const win = st.doc.parsed.text.slice(Math.max(0, m.start - 70), m.start);
      const own = Math.max(0, lastTitleAt(win, AR_TITLE_ANY));
      const before = normalizeKey(win.slice(own))
        .split(' ')
        .map((w) => w.replace(/^ال/, ''));
      if (key.every((w) => before.includes(w))) return [{ entity: m.entity, description: null }];
    }
  }
  const prev = st.last?.speakers;
  if (prev?.length === 1 && prev[0]!.entity?.type === 'PERSON') return prev;
  return null;
}

/* ───────────── Arabic ───────────── */

function resolveArabic(ctx: SentCtx, cueStart: number, cueEnd: number, st: State, kind: Speech['kind'], prevInSentence: Speaker[] | null): { speakers: Speaker[]; npEnd: number; pre?: boolean } | null {
  const text = ctx.doc.parsed.text;
  const sEnd = ctx.base + ctx.text.length;
  // 1c. "فنفت على لسان المتحدث باسم الوزارة X": the one through whose mouth it was said speaks
  const mouth = /^\s*(?:\S+\s+){0,2}?على\s+لسان\s+/u.exec(text.slice(cueEnd, Math.min(sEnd, cueEnd + 40)));
  if (mouth) {
    const at = cueEnd + mouth[0].length;
    const person = ctx.mentions.find((m) => m.start >= at && m.start - at <= 70 && m.entity.type === 'PERSON' && !/[،,؛;]/.test(between(ctx, at, m.start)));
    const any = person ?? ctx.mentions.find((m) => m.start >= at && m.start - at <= 4 && isSpeakerType(m));
    if (any) return { speakers: [{ entity: any.entity, description: null }], npEnd: any.end };
  }
  // 1. Pre-verbal subject: a mention right before the cue (روسيا، وكذلك الصين وإيران نفت / وكان رايدر قد أكد).
  const pre = ctx.mentions.findLast((m) => m.end <= cueStart);
  if (pre && isSpeakerType(pre) && /^\s*(?:قد|كان|كانت|قد\s+كان)?\s*$/u.test(between(ctx, pre.end, cueStart)) && kind !== 'according') {
    const group = [pre];
    for (let k = pre.i - 1; k >= 0; k--) {
      const n = ctx.mentions[k]!;
      if (!isSpeakerType(n) || !isCoordGap(between(ctx, n.end, group[0]!.start))) break;
      group.unshift(n);
    }
    return { speakers: group.map((m) => ({ entity: m.entity, description: null })), npEnd: cueStart, pre: true };
  }
  // 1b. A fronted topic: "أما X، إحدى …، فتوعدت …" — the verb with ف takes the topic as its subject.
  if (/^ف/u.test(text.slice(cueStart, cueEnd)) && /^\s*(?:و)?أما\s/u.test(text.slice(ctx.base, cueStart))) {
    const topic = ctx.mentions.find((m) => m.end <= cueStart && isSpeakerType(m) && wordCount(between(ctx, ctx.base, m.start)) <= 2);
    if (topic) return { speakers: [{ entity: topic.entity, description: null }], npEnd: cueEnd };
  }
  // 2. Post-verbal subject noun phrase: up to a comma, complementizer or colon. A circumstantial
  // participle has no subject of its own: what follows it (متهمةً الولايات المتحدة) is its object.
  if (kind === 'participle') return elidedSubject(ctx, cueStart, cueEnd, st, kind, prevInSentence);
  const rest = text.slice(cueEnd, Math.min(sEnd, cueEnd + 140));
  let npLen = rest.length;
  const comma = rest.search(/[،,؛;]/);
  if (comma >= 0) npLen = Math.min(npLen, comma);
  const comp = AR_COMP.exec(rest);
  if (comp) npLen = Math.min(npLen, comp.index);
  const part = AR_PART_1.exec(rest);
  if (part) npLen = Math.min(npLen, part.index);
  for (const q of rest.matchAll(/["“«]/g)) {
    const at = cueEnd + q.index! + 1;
    if (ctx.mentions.some((m) => m.start >= at && m.start <= at + 2)) continue;
    npLen = Math.min(npLen, q.index!);
    break;
  }
  const np = rest.slice(0, npLen).trim();
  const npStart = cueEnd + rest.indexOf(np);
  const npEnd = cueEnd + npLen;
  // skip leading prepositional phrases (للصحفيين، في بيان، خلاله)
  const npCore = np.replace(/^(?:(?:لل\S+|في بيان|خلاله|أمس|اليوم|مجددا|مجدداً|أيضا|أيضاً)\s*)+/u, '');
  // "بحسب بيان للحرس الثوري" / "في بيان صادر عن X": the body whose statement it is
  if (npCore && AR_STATEMENT_OF.test(npCore)) {
    const body = ctx.mentions.find((m) => m.start >= npStart && m.start < npStart + np.length && isSpeakerType(m));
    if (body) return { speakers: [{ entity: body.entity, description: null }], npEnd: body.end };
  }
  if (npCore && AR_ANON.test(npCore)) {
    const desc = npCore.split(/\s+(?:في بيان|لل\S+|أمس|اليوم)(?:\s|$)/u)[0]!.trim().replace(/[.،,؛:!?؟"”»]+$/u, '');
    return { speakers: [{ entity: null, description: desc }], npEnd: npStart + np.indexOf(npCore) + desc.length };
  }
  // a verb coordinated with an earlier one in the sentence (…، وتوعد الولايات المتحدة) shares its subject; what follows is the object
  // — unless a title opens the noun phrase (وقال المتحدث باسمها X): that is a new subject
  if (prevInSentence && /^(?:و|ف)/u.test(text.slice(cueStart, cueEnd)) && cueStart > ctx.base + 2 && !(npCore && AR_TITLE_START.test(npCore))) return { speakers: prevInSentence, npEnd: cueEnd };
  if (npCore) {
    const ana = resolveAnaphor(npCore, ctx, st) ?? (npCore.split(/\s+/).length === 1 ? resolveHeadNoun(npCore, ctx, st) : null);
    if (ana) return { speakers: ana, npEnd };
  }
  const inNp = ctx.mentions.filter((m) => m.start >= npStart && m.start < npEnd && isSpeakerType(m));
  const person = inNp.find((m) => m.entity.type === 'PERSON');
  if (person) return { speakers: [{ entity: person.entity, description: null }], npEnd: person.end };
  // "أكد المتحدث باسم الجيش، الأدميرال X، أن": a name set off by commas right after a title is the speaker
  if (npCore && AR_TITLE_START.test(npCore) && /[،,]/u.test(rest[npLen] ?? '')) {
    const at = npEnd + 1;
    const named = ctx.mentions.find((m) => m.start >= at && m.start - at <= 30 && m.entity.type === 'PERSON' && !/[،,؛;:"«“]/u.test(between(ctx, at, m.start)));
    if (named && AR_APPOS_END.test(text.slice(named.end, named.end + 8))) return { speakers: [{ entity: named.entity, description: null }], npEnd: named.end + 1 };
  }
  if (npCore && AR_TITLE_START.test(npCore) && inNp.length === 0) {
    // "وقال الوزير الإيراني للصحفيين": the title ends where an addressee or circumstance starts
    const words = npCore.split(/\s+/);
    const stop = words.findIndex((w, k) => k > 0 && /^(?:لل|في$|خلال|أمس|اليوم|عبر|أمام)/u.test(w));
    const t = resolveTitle(words.slice(0, Math.min(3, stop < 0 ? 3 : stop)).join(' '), ctx, st);
    if (t) return { speakers: t, npEnd };
  }
  const first = inNp[0];
  if (first && wordCount(between(ctx, npStart, first.start)) <= 2) {
    const group = [first];
    for (let k = first.i + 1; k < ctx.mentions.length; k++) {
      const n = ctx.mentions[k]!;
      const gap = between(ctx, group[group.length - 1]!.end, n.start);
      if (n.start >= npEnd || !isSpeakerType(n) || !isCoordGap(gap) || !/و|،|,/.test(gap)) break;
      if (n.entity.type !== first.entity.type) break;
      group.push(n);
    }
    return { speakers: group.map((m) => ({ entity: m.entity, description: null })), npEnd: group[group.length - 1]!.end };
  }
  if (kind === 'according') return null;
  // an unknown bare noun right after the verb (a name the entity layer missed) is its subject: do not guess
  if (!prevInSentence && kind === 'verb' && npCore && !/^(?:ال|ل|ب|ك|في|على|عن|من|إلى|الى|مع|أن|إن|خلال|عبر|حول|بعد|قبل|منذ|لدى|عند|أمس|اليوم|مجدد|أيض|"|«|“|:)/u.test(npCore)) return null;
  return elidedSubject(ctx, cueStart, cueEnd, st, kind, prevInSentence);
}

/** Any Arabic title word, counterpart included (نظيره), wherever it stands. */
const AR_TITLE_ANY = new RegExp(`(?:^|\\s)(?:و)?(?:${alt([...L.AR_TITLES, 'نظير', 'نظيره', 'نظيرها', 'الأمين'])})`, 'gu');

/** A clause-initial prepositional phrase (في، بعد، على، خلال …), which has no subject of its own. */
const AR_FRONTED_PP = /^(?:و|ف)?(?:في|بعد|قبل|على|خلال|عقب|منذ|مع|إثر|اثر|رغم|وسط)\s/u;

/** What closes a name in apposition: a comma, a colon or a complementizer. */
const AR_APPOS_END = new RegExp(`^\\s*(?:[،,:]|(?:${alt(L.AR_COMPLEMENTIZERS)})${E})`, 'u');

/** Verbs whose noun phrase after them is their object: a name there is the one met, not the speaker. */
const AR_MEET_BEFORE = /(?:^|\s)(?:و|ف)?(?:التقى|التقت|يلتقي|تلتقي|استقبل|استقبلت|يستقبل|تستقبل|زار|زارت|يزور|تزور)(?:\s+(?:خلالها|خلاله|فيها|فيه|هناك|أيضاً|أيضا))?\s+(?:\S+\s+){0,3}$/u;

/** 3. Elided subject: the speaker of an earlier cue in this sentence, the previous speaker, or the subject of an earlier clause. */
function elidedSubject(ctx: SentCtx, cueStart: number, cueEnd: number, st: State, kind: Speech['kind'], prevInSentence: Speaker[] | null): { speakers: Speaker[]; npEnd: number } | null {
  const text = ctx.doc.parsed.text;
  if (prevInSentence) return { speakers: prevInSentence, npEnd: cueEnd };
  const before = text.slice(ctx.base, cueStart).trim();
  const firstWords = before.split(/\s+/).filter(Boolean);
  // "امتنع X عن التعليق، لكنه أشار": "but he" after a clause of this sentence is that clause's subject
  const butHe = firstWords.length > 1 && /^(?:و|ف)?(?:لكنه|لكنها)$/u.test(firstWords[firstWords.length - 1] ?? '');
  if (!butHe && (firstWords.length === 0 || (firstWords.length <= 1 && AR_PRONOUN_SUBJ.test(firstWords[0]!)) || /^(?:و|ف)?(?:لكنه|لكنها|كما)$/u.test(firstWords[firstWords.length - 1] ?? ''))) {
    if (st.last && ctx.index - st.last.sentence <= 4) return { speakers: st.last.speakers, npEnd: cueEnd };
    return null;
  }
  // subject of an earlier clause of the sentence: a class noun right after its verb, or a mention among its first words
  const cueWord = text.slice(cueStart, cueEnd).replace(/[\u064B-\u065F\u0670\u0640]/g, '').trim().replace(/^(?:و|ف)/u, '');
  const feminine = /(?:ت|ة)$/u.test(cueWord) || /^ت/u.test(cueWord);
  let segStart = ctx.base;
  for (const seg of text.slice(ctx.base, cueStart).split(/[،,]/)) {
    const segEnd = segStart + seg.length;
    const ws = seg.trim().split(/\s+/);
    // a fronted phrase ("وفي أول رد على مقتل X، تبنى …") names no subject
    if (AR_FRONTED_PP.test(seg.trim())) {
      segStart = segEnd + 1;
      continue;
    }
    const ana = ws.length > 1 ? resolveAnaphor(ws.slice(1, 3).join(' '), ctx, st) : undefined;
    if (ana) return { speakers: ana, npEnd: cueEnd };
    // "وانتقل الوزير الإيراني إلى دمشق …، وقال إنه": a title right after the clause's verb, for a person named before
    const titled = ws.length > 1 && AR_TITLE_START.test(ws[1]!) && !ctx.mentions.some((m) => m.start >= segStart && m.end <= segEnd && m.entity.type === 'PERSON') ? resolveTitle(ws.slice(1, 3).join(' '), ctx, st) : null;
    if (titled) return { speakers: titled, npEnd: cueEnd };
    const lead = segStart + seg.indexOf(ws[0] ?? '');
    const cands = ctx.mentions.filter((m) => m.start >= lead && m.end <= segEnd && isSpeakerType(m) && wordCount(between(ctx, lead, m.start)) <= 8 && !AR_MEET_BEFORE.test(between(ctx, Math.max(lead, m.start - 60), m.start)));
    // a feminine verb (وأعلنت، تقول، مؤكدة) agrees with a ministry, state or group, not with a man named after it
    const pick = feminine ? (cands.find((m) => m.entity.type !== 'PERSON') ?? cands[0]) : (cands.find((m) => m.entity.type === 'PERSON') ?? cands[0]);
    if (pick) return { speakers: [{ entity: pick.entity, description: null }], npEnd: cueEnd };
    segStart = segEnd + 1;
  }
  if (st.last && ctx.index - st.last.sentence <= (butHe ? 4 : 1) && (kind === 'participle' || butHe)) return { speakers: st.last.speakers, npEnd: cueEnd };
  return null;
}

function arabicContent(ctx: SentCtx, cueStart: number, npEnd: number, kind: Speech['kind'], pre = false, limit?: number, nextCue?: number): [number, number] {
  const text = ctx.doc.parsed.text;
  // a clause limit before this cue's own complementizer ("مسؤولون، طلبوا عدم الكشف عن هويتهم، إن …") is no limit
  const compAt = AR_COMP.exec(text.slice(npEnd, ctx.base + ctx.text.length));
  if (limit !== undefined && compAt && npEnd + compAt.index >= limit && (nextCue === undefined || npEnd + compAt.index < nextCue)) limit = undefined;
  const sEnd = limit ?? ctx.base + ctx.text.length;
  if (kind === 'according') {
    const before = text.slice(ctx.base, cueStart);
    if (wordCount(before) >= 3) return trimSpan(text, ctx.base, cueStart, 0);
    return trimSpan(text, npEnd, sEnd, 0);
  }
  if (pre) return trimSpan(text, cueStart, sEnd, 0);
  const after = text.slice(npEnd, sEnd);
  const comp = AR_COMP.exec(after);
  const q = after.search(QUOTE_OPEN);
  let start = npEnd;
  if (!after.trim().replace(/[.،,؛:!?؟"”»]/g, '')) return trimSpan(text, ctx.base, sEnd, 0);
  if (comp && comp.index < 160 && !(q >= 0 && q < comp.index)) start = npEnd + comp.index + comp[0].length;
  else if (q >= 0 && q < 40) start = npEnd + q;
  return trimSpan(text, start, sEnd, 0);
}

/* ───────────── English ───────────── */

/** "'s (permanent) mission / delegation / embassy to": the owner of a diplomatic mission. */
const MISSION_OF = /^(?:'s|’s)\s+(?:permanent\s+|diplomatic\s+)?(?:mission|delegation|embassy|representation)\s+(?:to|at|in)\b/i;
/** "told Reuters …": an outlet right after "told" is the addressee. */
const TOLD = /^(?:told|tells)$/i;

const EN_AUX_TAIL = /(?:\s+(?:has|have|had|also|then|later|again|earlier|previously|repeatedly|further|publicly|separately|would|will|did|does|is|was|on\s+\w+day|in\s+a\s+statement|once))+\s*$/i;
const CLAUSE_BOUNDARY = /[,;:—–"“”«»()]/g;

function lastBoundary(s: string): number {
  let idx = -1;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(s); m; m = CLAUSE_BOUNDARY.exec(s)) idx = m.index;
  return idx;
}

function speakersFromNp(ctx: SentCtx, npStart: number, npEnd: number, np: string, st: State): Speaker[] | null {
  const text_ = ctx.doc.parsed.text;
  const lead = np.length - np.trimStart().length;
  npStart += lead;
  const core = np.trim();
  if (!core) return null;
  // "which the United States accuses": an object relative clause is not a statement
  if (/^(?:which|that|whom)\b/i.test(core)) return null;
  if (EN_PRONOUN.test(core)) {
    // "X identified the target as Y, who it said was …": the pronoun is the subject that opens the sentence
    const opener = ctx.mentions.find((m) => m.end <= npStart && isSpeakerType(m) && wordCount(between(ctx, ctx.base, m.start)) <= 2);
    if (opener && /^(?:it|they)$/i.test(core) === (opener.entity.type !== 'PERSON') && opener.start < npStart - 20) return [{ entity: opener.entity, description: null }];
    return st.last && ctx.index - st.last.sentence <= 4 ? st.last.speakers : null;
  }
  const inNp = ctx.mentions.filter((m) => m.start >= npStart && m.end <= npEnd && isSpeakerType(m));
  const anon = EN_ANON.exec(core);
  const headEnd = anon ? anon.index + anon[0].length : 0;
  // a person named right after the head is the speaker ("spokesman John Kirby"); one after a preposition is not ("official travelling with X")
  const named = anon && inNp.some((m) => m.entity.type === 'PERSON' && (m.start - npStart < headEnd || !/\b(?:with|by|to|for|of|from|and|travell?ing|accompanying|close\s+to)\b/i.test(text_.slice(npStart + headEnd, m.start))));
  // "a spokesperson for the U.S. embassy": the body the spokesperson speaks for
  const forBody = anon && /spokes\w*\s*$/i.test(anon[0]) ? inNp.find((m) => m.entity.type !== 'PERSON' && /^\s*(?:for|of)\s+(?:the\s+)?$/i.test(text_.slice(npStart + headEnd, m.start))) : undefined;
  if (forBody) return [{ entity: forBody.entity, description: null }];
  if (anon && !named) {
    // "The official added" continues an earlier anonymous speaker.
    if (/^the\s/i.test(core) && st.last && st.last.speakers.length === 1 && !st.last.speakers[0]!.entity && ctx.index - st.last.sentence <= 4) return st.last.speakers;
    // "the spokesperson told Reuters" right after a statement: the same source
    if (/^the\s/i.test(core) && st.last && st.last.speakers.length === 1 && ctx.index - st.last.sentence <= 1 && !inNp.length) return st.last.speakers;
    // "Iran's official news agency IRNA": a body named at the end of the description is the speaker
    // (an outlet or a body in apposition, not a place: "state media in Syria" stays anonymous)
    const namedBody = inNp.find((m) => m.entity.type === 'ORGANIZATION' && m.start >= npStart + headEnd && /^\s*$/.test(ctx.doc.parsed.text.slice(m.end, npStart + core.length + lead)) && !/\b(?:in|of|from|for|at|with)\s+(?:the\s+)?$/i.test(ctx.doc.parsed.text.slice(npStart + headEnd, m.start)));
    if (namedBody) return [{ entity: namedBody.entity, description: null }];
    if (!inNp.some((m) => m.entity.type === 'PERSON' && m.start - npStart < anon.index + anon[0].length)) return [{ entity: null, description: core.replace(/^(?:a|an|the)\s+/i, '') }];
  }
  const ana = resolveAnaphor(core, ctx, st);
  if (ana !== undefined && !inNp.length) return ana;
  const persons = inNp.filter((m) => m.entity.type === 'PERSON');
  if (persons.length) return [{ entity: persons[persons.length - 1]!.entity, description: null }];
  // "X's mission to the UN warned": the state the mission speaks for, not the body it is accredited to
  const mission = inNp.find((m) => m.entity.type !== 'PERSON' && MISSION_OF.test(text_.slice(m.end, m.end + 40)));
  if (mission) return [{ entity: mission.entity, description: null }];
  if (inNp.length) {
    const lastM = inNp[inNp.length - 1]!;
    const group = [lastM];
    for (let k = inNp.length - 2; k >= 0; k--) {
      if (!isCoordGap(between(ctx, inNp[k]!.end, group[0]!.start))) break;
      group.unshift(inNp[k]!);
    }
    return group.map((m) => ({ entity: m.entity, description: null }));
  }
  if (/^the\s/i.test(core) && EN_TITLE_IN.test(core)) return resolveTitle(core, ctx, st);
  return resolveHeadNoun(core, ctx, st);
}

function resolveEnglish(ctx: SentCtx, cueStart: number, cueEnd: number, st: State, kind: Speech['kind']): { speakers: Speaker[]; npStart: number; npEnd: number } | null {
  const text = ctx.doc.parsed.text;
  const sEnd = ctx.base + ctx.text.length;
  if (kind === 'according') {
    const rest = text.slice(cueEnd, sEnd);
    const stop = rest.search(/[,;]/);
    const np = (stop >= 0 ? rest.slice(0, stop) : rest).replace(/[.!?"”']+\s*$/, '');
    const sp = speakersFromNp(ctx, cueEnd, cueEnd + np.length, np, st);
    return sp ? { speakers: sp, npStart: cueEnd, npEnd: cueEnd + np.length } : null;
  }
  if (kind === 'relative') {
    // the NP right before ", who say" / "officials who say"
    const before = text.slice(ctx.base, cueStart);
    const b = lastBoundary(before.replace(/,\s*$/, ''));
    const npS = ctx.base + b + 1;
    const np = text.slice(npS, cueStart).replace(/,\s*$/, '');
    const sp = speakersFromNp(ctx, npS, npS + np.length, np, st);
    return sp ? { speakers: sp, npStart: npS, npEnd: cueStart } : null;
  }
  const before = text.slice(ctx.base, cueStart);
  const tail = before.slice(-120);
  const stripped = before.slice(0, before.length - tail.length) + tail.replace(EN_AUX_TAIL, '');
  const b = lastBoundary(stripped);
  let np = stripped.slice(b + 1);
  let npS = ctx.base + b + 1;
  // "…, X, had claimed the strike and said …": a verb phrase coordinated before the cue shares the subject before the comma
  if (b >= 0 && stripped[b] === ',' && COORDINATED_VP.test(np)) np = '';
  // "…, Iranian state media reported, and officials said …": a new clause; its subject follows the conjunction
  const conj = /^\s*(?:and|but|while|whereas|although|though)\s+(?=\S)/i.exec(np);
  if (conj && np.slice(conj[0].length).trim()) {
    npS += conj[0].length;
    np = np.slice(conj[0].length);
  }
  // "causing what he called "light damage"": the speaker sits between "what" and the cue
  const what = kind === 'verb' && NAMING_CUE.test(text.slice(cueStart, cueEnd).trim()) ? /\bwhat\s+((?:\S+\s+){0,3}?\S+)\s+$/i.exec(before) : null;
  if (what) {
    // "Mekdad denounced what he described as …": the pronoun is the subject of the clause that holds "what"
    const whatAt = ctx.base + what.index;
    const subj = EN_PRONOUN.test(what[1]!.trim()) ? ctx.mentions.findLast((m) => m.end <= whatAt && (/^(?:he|she)$/i.test(what[1]!.trim()) ? m.entity.type === 'PERSON' : isSpeakerType(m))) : undefined;
    // ("it"/"they" only within the clause: any speaker-type noun may precede them)
    if (subj && !(/^(?:he|she)$/i.test(what[1]!.trim()) ? /[;:"“”]/ : /[,;:"“”]/).test(between(ctx, subj.end, whatAt))) return { speakers: [{ entity: subj.entity, description: null }], npStart: cueStart, npEnd: cueStart };
    const sp = speakersFromNp(ctx, ctx.base + what.index + what[0].indexOf(what[1]!), cueStart, what[1]!, st);
    if (sp) return { speakers: sp, npStart: cueStart, npEnd: cueStart };
  }
  // "X met Y in Baghdad and told her …": a verb phrase coordinated before the cue shares its subject X
  const vpAnd = kind === 'verb' ? VP_AND.exec(np) : null;
  if (vpAnd && vpAnd.index > 0) {
    const subjEnd = npS + vpAnd.index;
    if (ctx.mentions.some((m) => m.start >= npS && m.end <= subjEnd && isSpeakerType(m))) np = np.slice(0, vpAnd.index);
  }
  if (!np.trim() && kind === 'participle') {
    // "On Wednesday he met X …, telling him": a pronoun subject is the person spoken of before
    if (OPENING_PRONOUN.test(text.slice(ctx.base, cueStart)) && st.last && ctx.index - st.last.sentence <= 4 && st.last.speakers.every((x) => x.entity?.type === 'PERSON'))
      return { speakers: st.last.speakers, npStart: cueStart, npEnd: cueStart };
    // "…, saying": the clause subject (first NP of the sentence)
    let head = ctx.mentions.find((m) => m.end <= cueStart && isSpeakerType(m));
    // "Iranian Foreign Ministry spokesman Nasser Kanaani rejected …, saying": the person the body's title introduces
    const person = head && head.entity.type !== 'PERSON' ? ctx.mentions.find((m) => m.start >= head!.end && m.start - head!.end <= 30 && m.entity.type === 'PERSON' && !/[,;:"“”]/.test(between(ctx, head!.end, m.start))) : undefined;
    if (person && EN_TITLE_IN.test(between(ctx, head!.end, person.start))) head = person;
    if (head && wordCount(between(ctx, ctx.base, head.start)) <= 6) return { speakers: [{ entity: head.entity, description: null }], npStart: head.start, npEnd: head.end };
    if (st.last && ctx.index - st.last.sentence <= 1) return { speakers: st.last.speakers, npStart: cueStart, npEnd: cueStart };
    return null;
  }
  if (!np.trim() && b >= 0 && stripped[b] === ',') {
    // "Austin, who is visiting X, home of Y, said" / "X, a Houthi deputy foreign minister, said":
    // walk back over relative and appositive segments to the subject.
    let pre = stripped.slice(0, b);
    for (let guard = 0; guard < 4; guard++) {
      const c = pre.lastIndexOf(',');
      if (c < 0) break;
      const seg = pre.slice(c + 1).trim();
      // (also "Hamas's main backer" and "on the first visit to X by …": a possessive phrase or a circumstance)
      const isAppos = /^(?:who|which|whose|where|an?|the|another|one|its|his|her|their|home|part|director|head|chief|spokes\w*|commander|leader|member|deputy|minister|secretary|speaking|requesting|citing|briefing|based|headquartered|located|known|formerly|also|on|in|at|during|after|while|with)\b/i.test(seg) || ASIDE.test(seg) || /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:'s|’s)\s/u.test(seg);
      if (!isAppos) {
        // "Iran's Supreme Leader, Ayatollah X, said" / "its chief spokesman, Rear Adm. X, told": the name
        // set off by commas after a title is the subject itself
        const segS = ctx.base + c + 1;
        if (guard === 0 && ctx.mentions.some((m) => m.entity.type === 'PERSON' && m.start >= segS && m.end <= ctx.base + pre.length)) {
          np = pre.slice(c + 1);
          npS = segS;
        }
        break;
      }
      pre = pre.slice(0, c);
      const bb = lastBoundary(pre);
      const cand = pre.slice(bb + 1);
      // "The Houthis, who …, said": a candidate opening with an article is the subject when it names a speaker
      const namesSpeaker = (): boolean => ctx.mentions.some((m) => m.start >= ctx.base + bb + 1 && m.end <= ctx.base + pre.length && isSpeakerType(m));
      // "X, Tehran's ambassador to Syria, who …, said": a title phrase naming no person is one more apposition
      const personIn = ctx.mentions.some((m) => m.entity.type === 'PERSON' && m.start >= ctx.base + bb + 1 && m.end <= ctx.base + pre.length);
      if (bb >= 0 && stripped[bb] === ',' && !personIn && (APPOS_TITLE.test(cand.trim()) || APPOS_TITLE_OF.test(cand.trim()))) {
        const head = pre.slice(0, bb);
        const hb = lastBoundary(head);
        if (ctx.mentions.some((m) => m.entity.type === 'PERSON' && m.start >= ctx.base + hb + 1 && m.end <= ctx.base + head.length)) {
          np = head.slice(hb + 1);
          npS = ctx.base + hb + 1;
          break;
        }
      }
      if (cand.trim() && (!/^(?:who|which|whose|where|an?|the|another|home)\b/i.test(cand.trim()) || (/^(?:an?|the)\s/i.test(cand.trim()) && (EN_ANON.test(cand.trim()) || namesSpeaker())))) {
        np = cand;
        npS = ctx.base + bb + 1;
        break;
      }
    }
  }
  if (/^\s*(?:but|and|yet|though|then)\s*$/i.test(np) && b >= 0) {
    // "X declined to comment, but said …": the subject of the first clause
    const first = stripped.slice(0, b);
    const c = first.search(/\s(?:declined|refused|did|does|had|has|would|will|was|is|confirmed|denied|said|told|added|[a-z]+ed)\b/);
    if (c > 0) {
      const sp = speakersFromNp(ctx, ctx.base, ctx.base + c, first.slice(0, c), st);
      if (sp) return { speakers: sp, npStart: ctx.base, npEnd: ctx.base + c };
    }
  }
  if (!np.trim()) {
    // inverted: `"…," said Austin`
    const after = text.slice(cueEnd, sEnd);
    // (a title may stand between: `"…," said Commander Tim Hawkins`, `said Defense Secretary X`)
    const m = ctx.mentions.find((x) => x.start >= cueEnd && x.start - cueEnd <= 60 && isSpeakerType(x) && /^\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for)\s+){0,5}$/u.test(text.slice(cueEnd, x.start)) && !/[,;:"“”]/.test(text.slice(cueEnd, x.start)));
    if (m && /^\s/.test(after)) return { speakers: [{ entity: m.entity, description: null }], npStart: m.start, npEnd: m.end };
    return null;
  }
  // "the airfield, which the ministry said had been used to …": the speaker follows the relative pronoun
  const relSaid = /^\s*(?:which|that|who|whom)\s+/i.exec(np);
  if (relSaid && (/^\s+(?:had|has|have|was|were|is|are|would|will|could)\b/i.test(text.slice(cueEnd, cueEnd + 10)) || (/^(?:says|said|say|claims|claimed)$/i.test(text.slice(cueStart, cueEnd)) && /^\s+(?!(?:the|a|an|that|this|it|he|she|they|on|in|at|to|of|for|with|by|from)\b)[a-z]+(?:ed|s)\b/.test(text.slice(cueEnd, cueEnd + 20))))) {
    npS += relSaid[0].length;
    np = np.slice(relSaid[0].length);
  }
  const sp = speakersFromNp(ctx, npS, npS + np.length, np, st);
  return sp ? { speakers: sp, npStart: npS, npEnd: npS + np.length } : null;
}

/** A finite verb phrase joined by "and"/"but" to the cue, with no comma before it ("met Y in Baghdad and told"). */
const VP_AND = /\s(?:(?:has|had|also|later|then)\s+)*(?:met|held|hosted|received|visited|spoke|sat|[a-z]{3,}ed)\b[^,;:"“”]*\s(?:and|but)\s*$/i;
/** A discourse aside set off by commas between a subject and its verb ("Iran, for its part, said"). */
const ASIDE = /^(?:for\s+(?:his|her|its|their|our)\s+part|in\s+turn|however|meanwhile|in\s+response|likewise|too|in\s+a\s+(?:\w+\s+)?statement)$/i;
/** A possessive title phrase in apposition ("Tehran's ambassador to Syria", "the group's deputy leader"). */
const APPOS_TITLE = /^(?:the\s+)?[\p{L}.-]+(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|spokes\w*|minister|secretary|adviser|advisor|commander|leader|chief|head|director|representative|deputy)\b/iu;
/** "the prime minister of the Kurdistan Regional Government": a title of a body, in apposition after a name. */
const APPOS_TITLE_OF = /^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:prime\s+minister|president|minister|secretary|spokes\w*|leader|head|chief|commander|ambassador|envoy|director|chairman|governor)\s+(?:of|for|to|at)\b/i;
/** Verbs that name what something was called ("what X called …"). */
const NAMING_CUE = /^(?:called|described|termed|dubbed)$/i;
/** A finite verb phrase ending in "and"/"but" right before the cue ("had claimed the strike and said"). */
const COORDINATED_VP = /^\s*(?:(?:has|have|had|also|later|then)\s+)*(?:[a-z]+ed|met|held|told|sent|went|took|made|gave|hit|struck|spoke)\b[^,;:"“”]*\s(?:and|but)\s*$/i;

const EN_OBJ_TAIL = /^\s*(?:(?:reporters|journalists|a\s+news\s+conference|a\s+briefing|lawmakers|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+a\s+(?:\w+\s+)?(?:statement|briefing|speech|post|interview|video|message)|on\s+(?:x|twitter|social\s+media|telegram|facebook|its\s+\w+\s+account|its\s+website)|at\s+the\s+time|late|early|earlier|later|that|:)[\s,]*)*/i;

function englishContent(ctx: SentCtx, cueStart: number, cueEnd: number, npStart: number, kind: Speech['kind']): [number, number] {
  const text = ctx.doc.parsed.text;
  const sEnd = ctx.base + ctx.text.length;
  const beforeNp = text.slice(ctx.base, Math.min(npStart, cueStart));
  // `"…," X said` — the quotation before the speaker
  // (a title may stand between: `"…," Iran's Supreme Leader, Ayatollah X, said`)
  let qEnd = beforeNp.search(/[”"]\s*[,—–-]?\s*$/);
  if (qEnd < 0) {
    const titled = /[”"]\s*,?\s*([^"“”.!?;]{1,60})$/.exec(beforeNp);
    if (titled && wordCount(titled[1]!) <= 6 && /^(?:\p{Lu}|the\s|its\s|his\s|her\s|their\s)/u.test(titled[1]!)) qEnd = titled.index;
  }
  if (qEnd >= 0 && kind !== 'according') {
    const qs = beforeNp.slice(0, qEnd).search(/["“][^"“”]*$/);
    if (qs >= 0) return trimSpan(text, ctx.base + qs, ctx.base + qEnd + 1, 0);
  }
  let after = text.slice(cueEnd, sEnd);
  if (kind === 'according') {
    const c = after.search(/[,;]/);
    after = c >= 0 ? after.slice(c + 1) : '';
    if (wordCount(beforeNp.slice(0, Math.max(0, cueStart - ctx.base))) >= 3 || !after.trim()) return trimSpan(text, ctx.base, cueStart, 0);
    return trimSpan(text, sEnd - after.length, sEnd, 0);
  }
  const objVerb = /^(?:told|tells|telling|warned|warns|accused|blamed|reminded|assured|informed)$/i.test(text.slice(cueStart, cueEnd).trim());
  if (TOLD.test(text.slice(cueStart, cueEnd).trim())) {
    const outlet = ctx.mentions.find((m) => m.start >= cueEnd && m.start - cueEnd <= 6);
    if (outlet && outlet.entity.type === 'ORGANIZATION' && /^\s*(?:the\s+)?$/i.test(text.slice(cueEnd, outlet.start))) {
      cueEnd = outlet.end;
      after = text.slice(cueEnd, sEnd);
    }
  }
  // "said (on Monday) that …", "told an emergency session of … that …": the clause after "that"
  const colon = /^\s*:/.exec(after);
  if (colon) return trimSpan(text, cueEnd + colon[0].length, sEnd, 0);
  // "a deployment officials have described as a warning to …": what it was called is the content (a named
  // object stays in it: "describing the barrage as …")
  const asWhat = /^(?:described|describes|describe|describing|termed|characteri[sz]ed)$/i.test(text.slice(cueStart, cueEnd).trim()) ? /^\s*(?:(?:it|them|this|that)\s+)?as\s+/i.exec(after) : null;
  if (asWhat) return trimSpan(text, cueEnd + asWhat[0].length, sEnd, 0);
  // "told a U.S. network: "…"": the quotation after the addressee
  const addressed = objVerb ? /^[^:;"“”]{1,60}:\s*(?=["“«])/.exec(after) : null;
  if (addressed && wordCount(addressed[0]) <= 7) return trimSpan(text, cueEnd + addressed[0].length, sEnd, 0);
  const thatAt = after.slice(0, 160).search(/\sthat\s/i);
  if (thatAt >= 0 && wordCount(after.slice(0, thatAt)) <= (objVerb ? 12 : 2) && !/[,;"“”]/.test(after.slice(0, thatAt))) return trimSpan(text, cueEnd + thatAt + 6, sEnd, 0);
  const leadText = EN_OBJ_TAIL.exec(after)![0];
  const lead = leadText.length;
  const content = after.slice(lead);
  // "said at the time that …": a complementizer opens the content, wherever the speaker stands
  if (/\bthat\b|:/i.test(leadText) && wordCount(content) >= 3) return trimSpan(text, sEnd - content.length, sEnd, 0);
  // "Meeting X in Y on Monday, Gallant said Israel would …": an opening participle or adverbial phrase
  // before the speaker is circumstance, and what follows the verb is what was said
  const leadIn =
    /^\s*(?:\p{Lu}\p{Ll}+ing|After|Before|During|Following|Asked|Addressing)\b/u.test(beforeNp) && !/["“”]/.test(beforeNp) && (beforeNp.match(/,/g) ?? []).length === 1 && !/^\s*(?:the|a|an)\s/i.test(content);
  // "…, while the IRNA agency said X": a second speaker's clause; what it said follows its verb
  const secondClause = /,\s*(?:while|whereas|but|and|although|though)\s*$/i.test(beforeNp) && wordCount(content) >= 3;
  // "a build-up that Washington says is meant to deter Iran": what is said of the relative's head follows the verb
  // ("groups that Islamabad says operate from Iranian soil": any verb, not a determiner or a preposition, opens it)
  // ("…, whose chairman X said revenue had dropped": the relative speaker's words follow the verb)
  if (/\bwhose\s+(?:\S+\s+){0,5}$/i.test(text.slice(Math.max(ctx.base, npStart - 10), cueStart)) && wordCount(content) >= 3) return trimSpan(text, sEnd - content.length, sEnd, 0);
  const relativeHead = /\b(?:that|which)\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(ctx.base, npStart - 40), cueStart)) && (/^\s*(?:is|are|was|were|has|have|had|will|would)\b/i.test(content) || /^\s*(?!(?:the|a|an|that|this|these|those|its|his|her|their|on|in|at|to|of|for|with|by|from|and|or|but)\b)[a-z]+\b/.test(content)) && wordCount(content) >= 3;
  if (relativeHead) return trimSpan(text, sEnd - content.length, sEnd, 0);
  const speakerMidSentence = /,\s*$/.test(beforeNp) && wordCount(beforeNp) >= 4 && !(leadIn && wordCount(content) >= 4) && !secondClause;
  if (wordCount(beforeNp) === 0 && wordCount(content) < 4) return trimSpan(text, cueStart, sEnd, 0);
  if ((wordCount(content) >= 4 && !speakerMidSentence) || wordCount(beforeNp) === 0) {
    // "X said A, while Y said B": A ends where the other speaker's clause begins
    const other = content.search(/,\s*(?:while|whereas|but)\s+[^,;"“”]{1,60}?\s(?:said|says|told|added|reported|announced)\b/i);
    return trimSpan(text, sEnd - content.length, other > 0 ? sEnd - content.length + other : sEnd, 0);
  }
  // "…, residents said, with loud explosions heard before dawn": the speaker sits inside what was said
  if (/^\s*,\s*(?:with|adding|as)\b/i.test(after.slice(lead)) && wordCount(content) >= 3) return trimSpan(text, ctx.base, sEnd, 0);
  // speaker at the end: the said content precedes ("…, U.S. officials say.")
  return trimSpan(text, ctx.base, npStart, 0);
}

/* ───────────── analysis ───────────── */

/**
 * Arabic: where the next speech clause of the sentence begins ("اتهمت X …، فيما نقلت Y عن Z قوله إن …"):
 * the last comma before the next finite cue. Each content clause belongs to the cue before it.
 */
function clauseLimit(ctx: SentCtx, cues: CueHit[], cue: CueHit, from: number): number | undefined {
  const next = cues.find((c) => c.start > cue.end && (c.kind === 'verb' || c.kind === 'quoted'));
  if (!next) return undefined;
  const text = ctx.doc.parsed.text;
  // a quoted cue (قوله) hangs on its نقلت … عن: the clause starts at that verb
  let at = next.start;
  if (next.kind === 'quoted') {
    const naql = text.slice(from, next.start).search(/(?:^|\s)(?:و|ف)?(?:فيما|بينما|في حين)?\s*(?:نقلت|نقل|تنقل|ينقل)\s/u);
    if (naql < 0) return undefined;
    at = from + naql;
  }
  const comma = Math.max(text.lastIndexOf('،', at), text.lastIndexOf(',', at));
  return comma > from ? comma : undefined;
}


interface CueHit {
  start: number;
  end: number;
  word: string;
  kind: Speech['kind'];
}

/**
 * One scan per sentence and script for any cue word at all: most sentences hold none, and the
 * per-kind patterns below are then never run.
 */
const AR_ANY = new RegExp(alt([...L.AR_SPEECH_VERBS, ...L.AR_SPEECH_VERBS_WITH_COMP, ...L.AR_PARTICIPLES, ...L.AR_ACCORDING, 'قول', 'نقل']), 'u');
const EN_ANY = new RegExp(`\\b(?:${[...L.EN_SPEECH_VERBS, ...L.EN_PARTICIPLES, ...L.EN_ACCORDING, 'as saying', 'say', 'says', 'said', 'claim', 'claims', 'claimed', 'insist', 'insists', 'argue', 'argues'].join('|')})\\b`, 'i');

function cuesOf(ctx: SentCtx): CueHit[] {
  const out: CueHit[] = [];
  const add = (re: RegExp, kind: Speech['kind']): void => {
    for (const m of execAll(re, ctx.text)) out.push({ start: ctx.base + m.index, end: ctx.base + m.index + m[0].length, word: m[0], kind });
  };
  if (/[\u0600-\u06ff]/.test(ctx.text) && AR_ANY.test(ctx.text)) {
    add(AR_QUOTED, 'quoted');
    // "نقلت وسائل إعلام عن مسؤول لم تكشف اسمه أن …" (no قوله): the complementizer is the cue, the source follows عن
    if (ctx.text.includes('نقل') && !/قول(?:ه|ها|هم|هما)/u.test(ctx.text)) {
      for (const m of execAll(AR_NAQL, ctx.text)) {
        const from = m.index + m[0].length;
        const comp = AR_COMP_AFTER.exec(ctx.text.slice(from, from + 110));
        if (comp) out.push({ start: ctx.base + from + comp.index, end: ctx.base + from + comp.index + comp[0].length, word: comp[0], kind: 'quoted' });
      }
    }
    add(AR_ACC, 'according');
    add(AR_VERB, 'verb');
    add(AR_VERB_COMP, 'verb');
    add(AR_PART, 'participle');
  }
  if (/[A-Za-z]{3}/.test(ctx.text) && EN_ANY.test(ctx.text)) {
    add(EN_QUOTED, 'quoted');
    add(EN_ACC, 'according');
    add(EN_REL, 'relative');
    add(EN_REL_BARE, 'relative');
    add(EN_VERB, 'verb');
    add(EN_PART, 'participle');
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // drop cues inside an earlier cue (وفق ما أعلنته contains أعلنته; ", who say" contains say)
  const kept: CueHit[] = [];
  for (const c of out) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

const analysisCache = new WeakMap<object, Speech[]>();

/** All speech acts of the doc, in text order (cached per doc mentions). */
export function speechAnalysis(doc: ArticleDoc): Speech[] {
  const hit = analysisCache.get(doc.mentions);
  if (hit) return hit;
  const out: Speech[] = [];
  const st: State = { last: null, doc };
  const ctxs = sentences(doc);
  let skipUntil = -1;
  for (const ctx of ctxs) {
    if (ctx.index <= skipUntil) continue;
    const kind = doc.parsed.sections[ctx.sentence.section]?.kind;
    // a "subheading" that reads like a paragraph (long, ending like a sentence) is body text the layout hid
    if (kind && NOT_STATEMENT.has(kind) && !(kind === 'subheading' && wordCount(ctx.text) >= 14 && /[.!?؟"”»]\s*$/u.test(ctx.text))) continue;
    const text = doc.parsed.text;
    const cues = cuesOf(ctx);
    const inSentence: Speech[] = [];
    for (const cue of cues) {
      const arabic = /[\u0600-\u06ff]/.test(cue.word);
      const before = text.slice(ctx.base, cue.start);
      // end-anchored tests look at the last words only (a `…$` pattern is otherwise tried from every position)
      const near = before.slice(-40);
      if (arabic ? AR_NEG.test(near) : EN_NEG.test(near)) continue;
      // a cue inside a quotation opened earlier in the sentence is part of the quote
      if (quoteOpen(before) && inSentence.length) continue;
      // "قال X إن المملكة أبلغت طهران بأن …" / "X said the ministry told Y that …": speech reported inside
      // what was said (no comma between) belongs to that content, it is not a new statement
      const outer = inSentence[inSentence.length - 1];
      // (a fronted "According to X, Y told …" is no such content: Y's verb is the sentence's own)
      if (outer && outer.kind !== 'according' && outer.contentStart <= cue.start && cue.start < outer.contentEnd && !/[،,؛;]/.test(text.slice(outer.contentStart, cue.start))) continue;
      if (CLAIM.test(text.slice(cue.end, cue.end + 70).replace(/^\s*(?:\S+\s+){0,6}?(?=مسؤولي|تبني|responsibility)/u, ''))) continue;
      let speakers: Speaker[] | null = null;
      let span: [number, number];
      if (cue.kind === 'quoted') {
        // the source named between "عن" / "quoted" and the cue
        const win = text.slice(Math.max(ctx.base, cue.start - 90), cue.start);
        const at = arabic ? win.search(/(?:^|\s)عن\s+[^\s]*(?:\s+[^\s]+){0,7}\s*$/u) : win.search(/\bquoted\s+/i);
        if (at < 0) continue;
        const npS = cue.start - win.length + at + (arabic ? win.slice(at).indexOf('عن') + 2 : win.slice(at).indexOf(' ') + 1);
        const np = text.slice(npS, cue.start).trim();
        const inNp = ctx.mentions.filter((m) => m.start >= npS && m.end <= cue.start && isSpeakerType(m));
        const person = inNp.find((m) => m.entity.type === 'PERSON');
        if (arabic ? AR_ANON.test(np) : EN_ANON.test(np)) speakers = [{ entity: null, description: np.replace(/^(?:a|an|the)\s+/i, '') }];
        else if (person ?? inNp[0]) speakers = [{ entity: (person ?? inNp[0])!.entity, description: null }];
        else continue;
        const after = text.slice(cue.end, ctx.base + ctx.text.length);
        const comp = arabic ? AR_COMP.exec(after) : /^\s*(?:that\s+)?/.exec(after);
        span = trimSpan(text, cue.end + (comp && comp.index < 20 ? comp.index + comp[0].length : 0), ctx.base + ctx.text.length, 0);
      } else if (arabic) {
        const r = resolveArabic(ctx, cue.start, cue.end, st, cue.kind, inSentence.length ? inSentence[inSentence.length - 1]!.speakers : null);
        if (!r) continue;
        speakers = r.speakers;
        span = arabicContent(ctx, cue.start, r.npEnd, cue.kind, r.pre, clauseLimit(ctx, cues, cue, r.npEnd), cues.find((c) => c.start > cue.end)?.start);
      } else {
        if (cue.kind === 'participle' && inSentence.length) {
          speakers = inSentence[inSentence.length - 1]!.speakers;
          span = trimSpan(text, cue.end, ctx.base + ctx.text.length, 0);
        } else {
          const r = resolveEnglish(ctx, cue.start, cue.end, st, cue.kind);
          if (!r) continue;
          speakers = r.speakers;
          span = englishContent(ctx, cue.start, cue.end, r.npStart, cue.kind);
        }
      }
      if (arabic && cue.kind === 'participle' && inSentence.length) speakers = inSentence[inSentence.length - 1]!.speakers;
      if (span[1] <= span[0]) continue;
      inSentence.push({
        sentence: ctx.index,
        lastSentence: ctx.index,
        cueStart: cue.start,
        cueEnd: cue.end,
        cue: cue.word.trim(),
        kind: cue.kind,
        speakers,
        contentStart: span[0],
        contentEnd: span[1],
      });
      st.last = { speakers, sentence: ctx.index };
    }
    // "according to X" is dropped when a speech verb in the sentence names its own speaker.
    const finite = inSentence.filter((s) => s.kind !== 'according');
    // a nested "بحسب X" / "according to X" after a finite cue, naming someone else, is a second source of the same words
    const key = (sp: Speaker): string => (sp.entity ? sp.entity.id : 'anon:' + (sp.description ?? ''));
    const nestedAcc = finite.length
      ? inSentence.filter((a) => a.kind === 'according' && [finite.filter((f) => f.cueEnd <= a.cueStart).pop()].some((f) => !!f && f.contentStart < a.cueStart && a.cueStart <= f.contentEnd && wordCount(text.slice(f.contentStart, a.cueStart)) >= 3) && a.speakers.every((sp) => !finite.some((f) => f.speakers.some((x) => key(x) === key(sp)))) && a.speakers.some((sp) => sp.entity))
      : [];
    // "A fell by half, according to X, whose chairman Y said B": a trailing "according to" before a later finite cue keeps its own words
    const trailingAcc = finite.length ? inSentence.filter((a) => a.kind === 'according' && !nestedAcc.includes(a) && finite.every((f) => f.cueStart > a.cueEnd) && wordCount(text.slice(ctx.base, a.cueStart)) >= 3 && /^[\s\S]*?[,،]\s*(?:whose|التي|الذي)\s/u.test(text.slice(a.cueEnd, finite[0]!.cueStart))) : [];
    const kept = finite.length ? [...finite, ...nestedAcc, ...trailingAcc] : inSentence;
    // a quotation that stays open runs into the following sentences
    for (const s of kept) {
      if (!quoteOpen(text.slice(s.contentStart, ctx.base + ctx.text.length))) continue;
      for (let k = ctx.index + 1; k < Math.min(ctxs.length, ctx.index + 6); k++) {
        const n = ctxs[k]!;
        if (n.sentence.section !== ctx.sentence.section) break;
        s.contentEnd = n.base + n.text.length;
        s.lastSentence = k;
        skipUntil = Math.max(skipUntil, k);
        if (quoteOpen(text.slice(s.contentStart, s.contentEnd)) === false) break;
      }
    }
    out.push(...kept);
  }
  analysisCache.set(doc.mentions, out);
  return out;
}

/** Speaker entities of the speech acts whose cue lies in sentence `index` (for relation rules). */
const bySentenceCache = new WeakMap<object, Map<number, Speech[]>>();
export function speechIn(doc: ArticleDoc, index: number): Speech[] {
  let by = bySentenceCache.get(doc.mentions);
  if (!by) {
    by = new Map();
    for (const s of speechAnalysis(doc)) for (let k = s.sentence; k <= s.lastSentence; k++) by.set(k, [...(by.get(k) ?? []), s]);
    bySentenceCache.set(doc.mentions, by);
  }
  return by.get(index) ?? [];
}
