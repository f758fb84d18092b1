/**
 * Text folding used for keyword matching. Two flavours:
 * - `foldChars` is length-preserving (one UTF-16 unit in, one out), so offsets found in the folded
 *   copy are valid in the original: digits → ASCII, Persian/Arabic letter variants → one form.
 * - `foldForMatch` is lossy (drops diacritics/tatweel, lowercases, collapses spaces), for comparing
 *   a line against the keyword lists in markers.ts only.
 *
 * Both run on every short line of every page, several times, so each is one loop over char codes
 * (a `replace` with a callback per folded letter, then separate passes for marks, case and spaces,
 * cost several times more).
 */
import { isSpaceCode } from './isSpaceCode.js';

const CHAR_MAP: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي', // Persian yeh
  'ې': 'ي',
  'ک': 'ك', // Persian kaf
  'ڪ': 'ك',
  'ة': 'ه',
  'ۀ': 'ه',
  'ھ': 'ه',
};

/** Folds of the Arabic block from U+0622 (CHAR_MAP letters, both Arabic digit series), by code - U+0622; 0 = none. */
const ARABIC_BASE = 0x0622;
const ARABIC_FOLD = new Uint16Array(0x06f9 - ARABIC_BASE + 1);
for (const [from, to] of Object.entries(CHAR_MAP)) ARABIC_FOLD[from.charCodeAt(0) - ARABIC_BASE] = to.charCodeAt(0);
for (let d = 0; d < 10; d++) {
  ARABIC_FOLD[0x0660 + d - ARABIC_BASE] = 48 + d; // Arabic-Indic ٠-٩
  ARABIC_FOLD[0x06f0 + d - ARABIC_BASE] = 48 + d; // Persian ۰-۹
}

/** The folded code of `c` (A-Z lowercased, Arabic digits and letter variants), `c` itself when it does not fold. */
function foldCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < ARABIC_BASE || c > 0x06f9) return c;
  return ARABIC_FOLD[c - ARABIC_BASE] || c;
}

/**
 * Folded text is written as char codes into one shared buffer and decoded in one call: building it
 * with `+=` or `replace` callbacks costs several times more on these short lines. The UTF-16LE decoder
 * turns a lone surrogate into U+FFFD, so text holding any surrogate is decoded code by code instead;
 * `ignoreBOM` keeps a U+FEFF.
 */
let buffer = new Uint16Array(256);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** A buffer of at least `length` codes. */
function bufferFor(length: number): Uint16Array {
  // lines and labels share one buffer; a whole long text gets its own (not kept after the call)
  if (length > MAX_SHARED) return new Uint16Array(length);
  if (buffer.length < length) buffer = new Uint16Array(Math.max(length, buffer.length * 2));
  return buffer;
}
const MAX_SHARED = 1 << 16;

/** The string of codes[0, length); `surrogates` when a code may be a surrogate. */
function decode(codes: Uint16Array, length: number, surrogates: boolean): string {
  if (LITTLE_ENDIAN && !surrogates) return utf16.decode(codes.subarray(0, length));
  let out = '';
  for (let i = 0; i < length; i += 4096) out += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 4096)));
  return out;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Length-preserving fold: ASCII digits, one form per Arabic letter variant, lowercase ASCII letters. */
export function foldChars(text: string): string {
  const codes = bufferFor(text.length);
  let changed = false;
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f !== c) changed = true;
    else if (isSurrogate(c)) surrogates = true;
    codes[i] = f;
  }
  return changed ? decode(codes, text.length, surrogates) : text;
}

/** Arabic diacritics U+064B–U+065F, superscript alef U+0670, tatweel U+0640, bidi/format marks: dropped by foldForMatch. */
function isStripped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff
  );
}

/**
 * Lossy fold for keyword comparison (never use its offsets): NFKC, marks and tatweel dropped,
 * foldChars, lowercase, whitespace runs as one space, trimmed.
 */
export function foldForMatch(text: string): string {
  // consecutive steps often fold the same line (noise test, then author-box, byline, breadcrumb
  // tests; a tag and its cleaned form): the last two folds are remembered
  if (text === lastText[0]) return lastFold[0];
  if (text === lastText[1]) return lastFold[1];
  const folded = fold(text);
  lastText[1] = lastText[0];
  lastFold[1] = lastFold[0];
  lastText[0] = text;
  lastFold[0] = folded;
  return folded;
}
const lastText: [string, string] = ['', ''];
const lastFold: [string, string] = ['', ''];

/** What fold does with each UTF-16 code (a table: the tests below would run for every character). */
const DROP = 1; // a mark, tatweel or format character
const SPACE = 2; // whitespace
const CASED = 3; // kept; toLowerCase may change it (not ASCII once folded, not Arabic, not punctuation)
const KIND = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isStripped(c)) KIND[c] = DROP;
  else if (isSpaceCode(c)) KIND[c] = SPACE;
  else if (c >= 0xc0 && (c < 0x0600 || c > 0x06ff) && (c < 0x2000 || c > 0x206f)) KIND[c] = CASED;
}

function fold(text: string): string {
  const s = text.normalize('NFKC');
  const codes = bufferFor(s.length);
  let n = 0;
  let pendingSpace = false; // whitespace since the last kept character (printed only before another one)
  let cased = false; // a kept character toLowerCase may still change
  let surrogates = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = KIND[c];
    if (kind === DROP) continue;
    if (kind === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      codes[n++] = 32;
      pendingSpace = false;
    }
    if (kind === CASED) {
      cased = true;
      if (isSurrogate(c)) surrogates = true;
    }
    codes[n++] = foldCode(c);
  }
  const out = decode(codes, n, surrogates);
  return cased ? out.toLowerCase() : out;
}
