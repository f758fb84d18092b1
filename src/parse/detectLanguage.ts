/**
 * Language of a piece of text by script: the share of Arabic-script letters among letters.
 */
import type { Language } from './types.js';

/** Arabic-script letter (Arabic, Arabic Supplement, Extended-A, presentation forms); no digits or marks. */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    c === 0x06ee ||
    c === 0x06ef ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Script of every UTF-16 code: 1 = Arabic-script letter, 2 = Latin letter, 0 = neither. */
const SCRIPT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (c < 0x80) SCRIPT[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 2 : 0;
  else if (c >= 0x0600) SCRIPT[c] = isArabicLetter(c) ? 1 : 0;
  else SCRIPT[c] = c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7 ? 2 : 0;
}

/** Counts of Arabic-script and Latin letters in text[start, end) (a table look-up per character: this runs over every section and sentence). */
export function scriptCounts(text: string, start = 0, end = text.length): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  const stop = Math.min(end, text.length);
  for (let i = start; i < stop; i++) {
    const k = SCRIPT[text.charCodeAt(i)] as number;
    arabic += k & 1;
    latin += k >> 1;
  }
  return { arabic, latin };
}

/** Share (0..1) of Arabic-script letters among Arabic and Latin letters; null when there are none. */
export function arabicRatio(text: string, start = 0, end = text.length): number | null {
  const { arabic, latin } = scriptCounts(text, start, end);
  return arabic + latin === 0 ? null : arabic / (arabic + latin);
}

/** 'ar' when at least half the letters are Arabic script, else 'en'; `fallback` when there are no letters. */
export function detectLanguage(text: string, fallback: Language = 'ar', start = 0, end = text.length): Language {
  return languageOfCounts(scriptCounts(text, start, end), fallback);
}

/** detectLanguage from letter counts already taken (a span counted once serves several questions). */
export function languageOfCounts(counts: { arabic: number; latin: number }, fallback: Language): Language {
  const { arabic, latin } = counts;
  if (arabic + latin === 0) return fallback;
  return arabic / (arabic + latin) >= 0.5 ? 'ar' : 'en';
}
