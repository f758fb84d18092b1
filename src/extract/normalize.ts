/**
 * Matching keys for names (never for display). The folding follows the scorer's
 * (shared/eval/README.md) so that what we consider "the same name" is what gold considers
 * the same name: Arabic spelling variants (hamza seats, alef maqsura, ta marbuta, Persian
 * ی/ک), diacritics and tatweel, Eastern digits, case and punctuation.
 */

// Letters folded to one representative (Persian forms come from copy-pasted Arabic pages).
const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ک': 'ك', 'ؤ': 'و',
};

/** Arabic diacritics (harakat, shadda, sukun, …), superscript alef, tatweel. */
export const isArabicMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
/** Zero-width and bidi controls that copy-paste leaves inside words. */
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x00ad;

const PUNCT_OR_SYMBOL = /[\p{P}\p{S}\u02BB\u02BC\u02BE\u02BF]/u;

const foldCache = new Map<string, string>();

/** Folds one character (NFKC first); '' drops it. Punctuation becomes a space. Cached: text repeats. */
function foldChar(ch: string): string {
  const c0 = ch.charCodeAt(0);
  if (c0 < 0x80) {
    if ((c0 >= 0x61 && c0 <= 0x7a) || (c0 >= 0x30 && c0 <= 0x39)) return ch;
    if (c0 >= 0x41 && c0 <= 0x5a) return String.fromCharCode(c0 + 32);
    return c0 === 0x20 ? ' ' : PUNCT_OR_SYMBOL.test(ch) ? ' ' : ch;
  }
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = '';
    for (const n of ch.normalize('NFKC')) f += foldOne(n);
    foldCache.set(ch, f);
  }
  return f;
}

function foldOne(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (isArabicMark(c) || isInvisible(c)) return '';
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  const f = LETTER_FOLDS[ch];
  if (f) return f;
  if (PUNCT_OR_SYMBOL.test(ch)) return ' ';
  return ch.toLowerCase();
}

/** The matching key of a name or phrase: folded, lowercased, punctuation → space, spaces collapsed. */
export function normalizeKey(text: string): string {
  // Names and words are keyed over and over (every alias of every entity, per rule): short
  // strings are remembered, bounded so a long-running server does not grow without end.
  const short = text.length <= 64;
  if (short) {
    const hit = keyMemo.get(text);
    if (hit !== undefined) return hit;
  }
  let out = '';
  for (const ch of text) out += foldChar(ch);
  out = out.replace(/\s+/g, ' ').trim();
  if (short) {
    if (keyMemo.size > 100_000) keyMemo.clear();
    keyMemo.set(text, out);
  }
  return out;
}
const keyMemo = new Map<string, string>();

export interface NormalizedText {
  /** Folded text (spaces NOT collapsed, so regexes see word gaps where the original had them). */
  text: string;
  /** map[i] = offset in the original string of the character that produced text[i]; map[text.length] = original length. */
  map: number[];
}

/**
 * Folds a whole string while remembering, for every output character, where it came from,
 * so a regex match on the folded text can be cut back out of the original (evidence spans).
 */
export function normalizeWithMap(original: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; ) {
    const c = original.charCodeAt(i);
    // One UTF-16 unit per character except astral ones (a surrogate pair folds as one character).
    const next = c >= 0xd800 && c <= 0xdbff ? original.charCodeAt(i + 1) : 0;
    const len = next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const folded = foldChar(len === 1 ? original[i]! : original.slice(i, i + 2));
    for (let k = 0; k < folded.length; k++) map.push(i);
    text += folded;
    i += len;
  }
  map.push(original.length);
  return { text, map };
}

/** Original [start, end) of the folded range [from, to). */
export function originalSpan(n: NormalizedText, from: number, to: number, original: string): { start: number; end: number } {
  const start = n.map[from]!;
  const lastStart = n.map[to - 1]!;
  const cp = original.codePointAt(lastStart)!;
  let end = lastStart + (cp > 0xffff ? 2 : 1);
  // Keep trailing marks (diacritics) of the last letter inside the span.
  while (end < original.length && isArabicMark(original.charCodeAt(end))) end++;
  return { start, end };
}

/* ───────────── tokens ───────────── */

export interface Token {
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Original surface. */
  raw: string;
  /** Matching key of this token. */
  key: string;
  /** Arabic script token. */
  arabic: boolean;
}

// An abbreviation such as U.S. / A.P. is one token (its key is its letters: "us", "ap");
// otherwise a token is a run of letters, marks and digits. Hyphens and apostrophes split.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}\u0640\u200c\u200d]+/gu;
const ARABIC = /[\u0600-\u06ff]/;

/** Tokens of `text` (a slice of the original starting at `base`). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const raw = m[0];
    const k = tokenKeyOf(raw);
    if (!k.key) continue;
    out.push({ start: base + m.index, end: base + m.index + raw.length, raw, key: k.key, arabic: k.arabic });
  }
  return out;
}

// Words repeat across sentences and articles, and folding a word char by char is the costliest
// part of tokenizing: keys are remembered per surface form (bounded, for long-running servers).
const tokenKeys = new Map<string, { key: string; arabic: boolean }>();
/** British spellings that wires and Gulf outlets use in names ("Ministry of Defence"): one key with the American form. */
const BRITISH_SPELLING = new Map([
  ['defence', 'defense'], ['defences', 'defenses'], ['centre', 'center'], ['centres', 'centers'], ['organisation', 'organization'],
  ['organisations', 'organizations'], ['programme', 'program'], ['labour', 'labor'], ['harbour', 'harbor'],
]);
function tokenKeyOf(raw: string): { key: string; arabic: boolean } {
  let k = tokenKeys.get(raw);
  if (!k) {
    const key = normalizeKey(raw).replace(/ /g, '');
    k = { key: BRITISH_SPELLING.get(key) ?? key, arabic: ARABIC.test(raw) };
    if (tokenKeys.size > 100_000) tokenKeys.clear();
    tokenKeys.set(raw, k);
  }
  return k;
}

/** Keys of the tokens of a name, as the gazetteer indexes them. */
export const nameTokenKeys = (name: string): string[] => tokenize(name).map((t) => t.key);

/* ───────────── Arabic proclitics ───────────── */

/**
 * A proclitic reading of a token: the key to look up, how many (folded) letters of the original
 * token the clitic takes, and whether ل swallowed the article (للقوات = ل + القوات).
 */
export interface CliticReading {
  key: string;
  clitic: string;
  fusedArticle: boolean;
  /** The article was taken off too (البوكمال read as بوكمال); it stays in the mention. */
  strippedArticle?: boolean;
}

// Conjunction (و ف), then preposition (ب ل ك). "لل" is ل + ال with the alef dropped.
const SIMPLE_CLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const FUSED_CLITICS = ['لل', 'ولل', 'فلل'];

/**
 * Readings of an Arabic token with one proclitic group removed. The caller keeps a reading only
 * when the remainder is a known name (the gazetteer decides), so وزير is never read as و + زير.
 */
const readingsCache = new Map<string, CliticReading[]>();

export function cliticReadings(key: string): CliticReading[] {
  let cached = readingsCache.get(key);
  if (!cached) {
    cached = computeReadings(key);
    // Words repeat across articles; the cache is bounded so a long-running server does not grow without end.
    if (readingsCache.size > 50_000) readingsCache.clear();
    readingsCache.set(key, cached);
  }
  return cached;
}

function computeReadings(key: string): CliticReading[] {
  const out: CliticReading[] = [];
  if (!/^[وفبلكا]/.test(key)) return out;
  for (const c of FUSED_CLITICS) {
    if (key.startsWith(c) && key.length - c.length >= 2) out.push({ key: 'ال' + key.slice(c.length), clitic: c, fusedArticle: true });
  }
  for (const c of SIMPLE_CLITICS) {
    if (key.startsWith(c) && key.length - c.length >= 2) out.push({ key: key.slice(c.length), clitic: c, fusedArticle: false });
  }
  // The article itself, for names listed without it (بوكمال ← البوكمال): it stays in the mention,
  // so only the clitic before it is cut.
  for (const c of ['', ...SIMPLE_CLITICS]) {
    const p = c + 'ال';
    if (key.startsWith(p) && key.length - p.length >= 3) out.push({ key: key.slice(p.length), clitic: c, fusedArticle: false, strippedArticle: true });
  }
  return out;
}

/**
 * Offset in the original token text just after `letters` folded letters (skipping marks),
 * so a clitic is cut off the surface form correctly even in vocalized text.
 */
export function offsetAfterLetters(raw: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < letters) {
    if (!isArabicMark(raw.charCodeAt(i))) seen++;
    i++;
  }
  while (i < raw.length && isArabicMark(raw.charCodeAt(i))) i++;
  return i;
}
