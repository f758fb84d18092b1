/**
 * Date lines printed by the page: `الأربعاء 25 أكتوبر 2023 - 10:42 ص`,
 * `October 27, 2023 6:05 AM GMT`, `Published: 2023-10-27`, `الجمعة ٨ كانون الأول (ديسمبر) ٢٠٢٣`.
 * A line is a date line when, besides one or two dates, it holds only weekdays, times and fillers.
 */
import { foldForMatch } from './foldText.js';
import { DATE_LINE_FILLERS, WEEKDAYS } from './markers.js';
import { findDates } from './parseDate.js';

const ALLOWED = new Set([...WEEKDAYS, ...DATE_LINE_FILLERS].map(foldForMatch));

/** ISO date of the line when it is a date line, else null. */
export function isDateLine(line: string): string | null {
  if (line.length > 120) return null;
  const dates = findDates(line);
  const first = dates[0];
  if (!first || dates.length > 2) return null;
  let rest = '';
  let from = 0;
  for (const d of dates) {
    rest += `${line.slice(from, d.start)} `;
    from = d.end;
  }
  rest += line.slice(from);
  const folded = foldForMatch(rest)
    .replace(/\d{1,2}[:.]\d{2}(?::\d{2})?/g, ' ')
    .replace(/\b[ap]\.m\.?/g, ' ');
  const leftovers = folded
    .split(/[^\p{L}\p{M}\d]+/u)
    .filter((t) => t !== '' && !ALLOWED.has(t) && !/^\d{1,4}$/.test(t));
  if (leftovers.length === 0) return first.iso;
  // `Outlet | 27 October 2023`: a few words set off from the date by a separator
  if (leftovers.length <= 3 && line.length <= 60 && /\s[|·•]\s/u.test(line)) return first.iso;
  return null;
}
