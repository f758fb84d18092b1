/**
 * Language of a piece of text by script: the share of Arabic-script letters among letters.
 */
import type { Language } from './types.js';

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/u;

/** Counts of Arabic-script and Latin letters in text[start, end). */
export function scriptCounts(text: string, start = 0, end = text.length): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    } else if (ARABIC_LETTER.test(ch)) arabic++;
    else if (LATIN_LETTER.test(ch)) latin++;
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
  const r = arabicRatio(text, start, end);
  if (r === null) return fallback;
  return r >= 0.5 ? 'ar' : 'en';
}
