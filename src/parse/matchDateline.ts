/**
 * Datelines: the filing place (and wire agency) that opens a story.
 * - prefix of the first paragraph: `WASHINGTON, Oct 27 (Meridian Wire) - `, `MANAMA — `,
 *   `بغداد - `, `القاهرة (رويترز) - `; the rest of the paragraph is body;
 * - an outlet credit with a slash: `Riverbend News/ Two rockets …` (the outlet is the agency);
 * - a line of its own: `بغداد - نبض المشرق` (place - outlet), `بغداد: «الرافدين اليوم»` (Arabic place: credit).
 * A section name or a personal byline (`By …`, `بقلم …`) after the place is not an agency.
 */
import { countWords } from './countWords.js';
import { isSectionName } from './isSectionName.js';
import { hasOutletWord } from './matchMasthead.js';

export interface DatelineMatch {
  /** Length of the dateline prefix in the paragraph, separator and spaces included. */
  length: number;
  place: string;
  /** Agency or outlet named in the dateline (`Meridian Wire`, `رويترز`), if any. */
  agency: string | null;
  /** The page marks the name as an outlet (in parentheses or quotes), not possibly a reporter. */
  marked?: boolean;
}

const DASH = '(?:-{1,2}|[–—]|\\u0640{1,3})';
// CITY[, Region][, Month D][ (Agency)] -   (CITY in capitals, up to 4 words)
const EN_RE = new RegExp(
  `^([A-Z][A-Z'’./\\-]{1,30}(?:\\s+[A-Z][A-Z'’./\\-]{1,30}){0,3})` +
    `(?:\\s*,\\s*[A-Z][A-Za-z]{0,11}\\.?(?:\\s+[A-Z][a-z]{1,11})?){0,2}(?:\\s+\\d{1,2})?(?:\\s*,\\s*\\d{4})?` +
    `(?:\\s*\\(([^()]{1,40})\\))?\\s*${DASH}\\s+(?=\\S)`,
  'u',
);
// Title-case place: only with an agency in parentheses or an em/en dash: `Beirut (Reuters) -`, `Gaza City —`
const EN_TITLE_RE = new RegExp(
  `^([A-Z][a-z'’.\\-]{1,20}(?:\\s+[A-Z][a-z'’.\\-]{1,20}){0,1})(?:\\s*,\\s*[A-Z][A-Za-z]{0,9}\\.?(?:\\s+\\d{1,2})?)?` +
    `(?:\\s*\\(([^()]{1,40})\\)\\s*${DASH}\\s+(?=\\S)|\\s*[–—]\\s+(?=[\\p{Lu}\\d"“]))`,
  'u',
);
// مدينة[ مدينة][ (وكالة)] -
const AR_RE = new RegExp(
  `^([\\p{Script=Arabic}\\p{M}]+(?:\\s+[\\p{Script=Arabic}\\p{M}]+){0,1})(?:\\s*[،,]\\s*[\\p{Script=Arabic}\\p{M}]+(?:\\s+\\d{1,2})?)?` +
    `(?:\\s*\\(([^()]{1,40})\\))?\\s*${DASH}\\s+(?=\\S)`,
  'u',
);

// Outlet/ text   (a short outlet name glued to a slash: `Shafaq-style` credits)
const SLASH_RE = /^([\p{L}\p{M}\d'’.-]+(?:\s+[\p{L}\p{M}\d'’.-]+){0,3})\s?\/\s+(?=\S)/u;
const BYLINE_START = /^(?:by|بقلم|كتب|كتبت|بواسطة|إعداد|اعداد|تقرير)(?![\p{L}\p{M}])/iu;

/** Dateline at the start of a paragraph. */
export function matchDatelinePrefix(paragraph: string): DatelineMatch | null {
  const slash = SLASH_RE.exec(paragraph);
  if (slash && hasOutletWord(slash[1] ?? '') && countWords(paragraph.slice(slash[0].length)) >= 4) {
    const name = (slash[1] ?? '').trim();
    return { length: slash[0].length, place: name, agency: name };
  }
  const caps = EN_RE.exec(paragraph);
  // an all-caps place needs 3+ capitals (not `U.S.`)
  const capsOk = caps !== null && (caps[1] ?? '').replace(/[^A-Z]/g, '').length >= 3;
  const title = /^(?:The|A|An|This|That|These|Those|He|She|It|They|We|I)\b/.test(paragraph) ? null : EN_TITLE_RE.exec(paragraph);
  const m = (capsOk ? caps : null) ?? title ?? AR_RE.exec(paragraph);
  if (!m) return null;
  const place = (m[1] ?? '').trim();
  // the rest must be a real paragraph, not a short `place - outlet` line
  if (countWords(paragraph.slice(m[0].length)) < 4) return null;
  const agency = agencyOf(m[2]);
  return { length: m[0].length, place, agency, marked: agency !== null };
}

/** The agency named in a dateline, unless it is a section name or a personal byline. */
function agencyOf(raw: string | undefined): string | null {
  const a = raw?.trim() ?? '';
  return a && !isSectionName(a) && !BYLINE_START.test(a) ? a : null;
}

const LINE_RE = /^([^\s\-–—|]+(?:\s+[^\s\-–—|]+){0,2})\s+[-–—|]\s+([^\-–—|]+?)$/u;

// بغداد: «الرافدين اليوم» · لندن: سامي خليل   (an Arabic place of one or two words, a colon, a credit)
const COLON_RE = /^([\p{Script=Arabic}\p{M}]+(?:\s+[\p{Script=Arabic}\p{M}]+)?)\s*:\s*([«"“]?[^:«»"“”]+[»"”]?)$/u;

/** A short line of its own `place - outlet` (before the body starts). */
export function matchDatelineLine(line: string): DatelineMatch | null {
  if (countWords(line) > 7 || /[.!?؟:]$/.test(line)) return null;
  const c = COLON_RE.exec(line);
  if (c && countWords(c[2] ?? '') <= 4) {
    // a quoted credit is an outlet (`بغداد: «الرافدين اليوم»`); unquoted after a known place it is the
    // reporter (`عدن: فهد المنصوري`): a dateline without an agency. Anything else reads as a headline.
    const raw = (c[2] ?? '').trim();
    const quoted = /^[«"“].*[»"”]$/u.test(raw);
    const agency = agencyOf(raw.replace(/^[«"“]\s*|\s*[»"”]$/gu, ''));
    if (agency && quoted) return { length: line.length, place: (c[1] ?? '').trim(), agency, marked: true };
    if (agency && isSectionName(c[1] ?? '')) return { length: line.length, place: (c[1] ?? '').trim(), agency: null };
  }
  const m = LINE_RE.exec(line);
  if (!m) return null;
  const agency = (m[2] ?? '').trim();
  if (countWords(agency) > 4 || (agency && agencyOf(agency) === null)) return null;
  // a Latin place is in capitals or a known place (`Lina Farouk | Muscat` is a byline)
  const place = (m[1] ?? '').trim();
  if (/^[A-Za-z]/u.test(place) && !/^[A-Z][A-Z .'’-]+$/u.test(place) && !isSectionName(place)) return null;
  return { length: line.length, place: (m[1] ?? '').trim(), agency: agency || null };
}
