/**
 * Text folding used for keyword matching. Two flavours:
 * - `foldChars` is length-preserving (one UTF-16 unit in, one out), so offsets found in the folded
 *   copy are valid in the original: digits → ASCII, Persian/Arabic letter variants → one form.
 * - `foldForMatch` is lossy (drops diacritics/tatweel, lowercases, collapses spaces), for comparing
 *   a line against the keyword lists in markers.ts only.
 */

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

const FOLD_RE = /[A-Z\u0660-\u0669\u06F0-\u06F9أإآٱىیېکڪةۀھ]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  // Arabic-Indic ٠-٩ and Persian ۰-۹ digits
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  return CHAR_MAP[ch] ?? ch;
}

/** Length-preserving fold: ASCII digits, one form per Arabic letter variant, lowercase ASCII letters. */
export function foldChars(text: string): string {
  return text.replace(FOLD_RE, foldChar);
}

// Arabic diacritics U+064B–U+065F, superscript alef U+0670, tatweel U+0640, bidi/format marks.
const STRIP_RE = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Lossy fold for keyword comparison (never use its offsets). */
export function foldForMatch(text: string): string {
  return foldChars(text.normalize('NFKC').replace(STRIP_RE, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
