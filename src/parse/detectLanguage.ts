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

/** Counts of Arabic-script and Latin letters in text[start, end). */
export function scriptCounts(text: string, start = 0, end = text.length): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if (c >= 0x0600) {
      if (isArabicLetter(c)) arabic++;
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latin++;
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

/**
 * Running letter counts of a whole text, for asking the language of many spans of it (every section
 * and sentence of a page) in one pass over the text instead of one pass per span.
 */
export interface ScriptTally {
  /** arabic[i]: Arabic-script letters in text[0, i). */
  arabic: Int32Array;
  /** latin[i]: Latin letters in text[0, i). */
  latin: Int32Array;
}

export function scriptTally(text: string): ScriptTally {
  const arabic = new Int32Array(text.length + 1);
  const latin = new Int32Array(text.length + 1);
  let a = 0;
  let l = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // the same classification as scriptCounts
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) l++;
    } else if (c >= 0x0600) {
      if (isArabicLetter(c)) a++;
    } else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) l++;
    arabic[i + 1] = a;
    latin[i + 1] = l;
  }
  return { arabic, latin };
}

/** scriptCounts(text, start, end) read from a tally of `text`. */
export function tallyCounts(tally: ScriptTally, start: number, end: number): { arabic: number; latin: number } {
  return { arabic: (tally.arabic[end] as number) - (tally.arabic[start] as number), latin: (tally.latin[end] as number) - (tally.latin[start] as number) };
}

/** detectLanguage(text, fallback, start, end) read from a tally of `text`. */
export function tallyLanguage(tally: ScriptTally, fallback: Language, start: number, end: number): Language {
  const { arabic, latin } = tallyCounts(tally, start, end);
  if (arabic + latin === 0) return fallback;
  return arabic / (arabic + latin) >= 0.5 ? 'ar' : 'en';
}
