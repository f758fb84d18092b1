/**
 * Date lines printed by the page: `الأربعاء 25 أكتوبر 2023 - 10:42 ص`,
 * `October 27, 2023 6:05 AM GMT`, `Published: 2023-10-27`, `الجمعة ٨ كانون الأول (ديسمبر) ٢٠٢٣`,
 * `Wednesday, January 17, 2024 — 10:42 AM (Beirut)`, `Outlet | 27 October 2023`.
 * A line is a date line when, besides one or two dates, it holds only weekdays, times and fillers
 * (plus a city or time zone in parentheses or right after the time, or an outlet name set off by a separator).
 */
import { foldChars, foldForMatch } from './foldText.js';
import { DATE_LINE_FILLERS, WEEKDAYS } from './markers.js';
import { findDates } from './parseDate.js';

const ALLOWED = new Set([...WEEKDAYS, ...DATE_LINE_FILLERS].flatMap((w) => foldForMatch(w).split(' ')));
/** A clock time: `10:42`, `10.42`, `10:42:05`, with optional am/pm glued (`10:42am`). */
const TIME_RE = /\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?/gu;
/** A short aside in parentheses or brackets: `(Beirut)`, `(GMT+2)`, `[بتوقيت مكة]`. */
const ASIDE_RE = /[([][^()[\]]{1,30}[)\]]/gu;
/** An outlet (or section) set off from the date by a separator: `Outlet | date`, `date · Outlet`. */
const SEPARATOR_RE = /\s+[|｜·•\-–—/]\s+|\s*[|｜]\s*/u;
const BY_TAIL = /\s(?:by|بقلم|كتبه?|كتبت)\s*:?\s+[^\d|]{1,40}$/iu;
const YEAR_DIGITS = /[\d\u0660-\u0669\u06F0-\u06F9]{4}/u;
const SEPARATOR_SPLIT = new RegExp(SEPARATOR_RE.source, 'gu');

const wordsOf = (s: string): string[] =>
  foldForMatch(s)
    .replace(TIME_RE, ' ')
    .replace(/\b[ap]\.m\.?/g, ' ')
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter((t) => t !== '' && !ALLOWED.has(t) && !/^\d{1,4}$/.test(t));

/** ISO date of the line when it is a date line, else null. */
export function isDateLine(line: string): string | null {
  // every date here has a four-digit year: lines without four digits in a row are never date lines
  if (line.length > 140 || !YEAR_DIGITS.test(line)) return null;
  const iso = bareDateLine(line);
  if (iso !== undefined) return iso;
  // `Outlet | الأربعاء 17 كانون الثاني/يناير 2024`: one part is a date line, the others are short names
  if (!SEPARATOR_RE.test(line)) return null;
  const parts = splitOutsideDates(line, SEPARATOR_SPLIT);
  let found: string | null = null;
  for (const p of parts) {
    const d: string | null | undefined = found ? undefined : bareDateLine(p);
    if (d) found = d;
    else if (p.split(/\s+/u).length > 6 || /[.!?؟:]$/u.test(p)) return null;
  }
  return found;
}

/**
 * `line` split at the matches of `separators` (a global expression) that fall outside its dates,
 * so `17 كانون الثاني / يناير 2024` stays whole. Trimmed, non-empty parts.
 */
export function splitOutsideDates(line: string, separators: RegExp): string[] {
  const dates = YEAR_DIGITS.test(line) ? findDates(line) : [];
  const parts: string[] = [];
  let from = 0;
  for (const m of line.matchAll(separators)) {
    const at = m.index ?? 0;
    if (dates.some((d) => at < d.end && at + m[0].length > d.start)) continue;
    parts.push(line.slice(from, at));
    from = at + m[0].length;
  }
  parts.push(line.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** The line's ISO date when it is a date line by itself; null when it holds no date; undefined when it holds other words. */
function bareDateLine(line: string): string | null | undefined {
  if (line.length > 120) return null;
  const dates = findDates(line);
  const first = dates[0];
  if (!first) return null;
  if (dates.length > 2) return undefined;
  let rest = '';
  let from = 0;
  for (const d of dates) {
    rest += `${line.slice(from, d.start)} `;
    from = d.end;
  }
  rest = foldChars(rest + line.slice(from));
  // `Posted on January 17, 2024 by Jane Doe`: a trailing byline
  rest = rest.replace(BY_TAIL, ' ');
  // a short aside in parentheses (city, time zone) is part of a date line
  rest = rest.replace(ASIDE_RE, (m) => (m.split(/\s+/u).length <= 3 ? ' ' : m));
  // one or two words right after the clock time: a city or zone (`10:42 AM Beirut`, `بتوقيت بيروت`)
  const lastTime = [...rest.matchAll(TIME_RE)].pop();
  let leftovers: string[];
  if (lastTime && lastTime.index !== undefined) {
    const before = wordsOf(rest.slice(0, lastTime.index));
    const after = wordsOf(rest.slice(lastTime.index + lastTime[0].length));
    leftovers = after.length <= 2 ? before : [...before, ...after];
  } else {
    leftovers = wordsOf(rest);
  }
  return leftovers.length === 0 ? first.iso : undefined;
}
