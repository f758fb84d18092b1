/**
 * Calendar dates in Arabic and English news text → ISO `YYYY-MM-DD`.
 *
 * Understands both Arabic month series (Levantine/Iraqi كانون الثاني … كانون الأول and
 * Egyptian/Gulf يناير … ديسمبر, with spelling variants and Persian letters), the two printed
 * together (`٨ كانون الأول (ديسمبر) ٢٠٢٣`, `تشرين الأول/أكتوبر`), Arabic-Indic and Persian digits,
 * English month names and abbreviations (`Oct.`, `Sept.`), ISO dates and day-first numeric dates.
 * Relative dates (`أمس`, `yesterday`) and dates without a year are not dates here.
 */
import { foldChars } from './foldText.js';

export interface DateMatch {
  /** ISO date YYYY-MM-DD. */
  iso: string;
  /** Span of the date in the searched string (same offsets as the original text). */
  start: number;
  end: number;
}

const MONTH_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'يناير', 'كانون الثاني', 'كانون ثاني', 'january', 'jan']],
  [2, ['فبراير', 'فبرایر', 'فبراير', 'شباط', 'february', 'feb']],
  [3, ['مارس', 'آذار', 'اذار', 'march', 'mar']],
  [4, ['أبريل', 'ابريل', 'إبريل', 'أفريل', 'افريل', 'نيسان', 'april', 'apr']],
  [5, ['مايو', 'ماي', 'أيار', 'ايار', 'may']],
  [6, ['يونيو', 'يونيه', 'جوان', 'حزيران', 'june', 'jun']],
  [7, ['يوليو', 'يوليه', 'جويلية', 'تموز', 'july', 'jul']],
  [8, ['أغسطس', 'اغسطس', 'أغسطش', 'غشت', 'أوت', 'آب', 'august', 'aug']],
  [9, ['سبتمبر', 'شتنبر', 'أيلول', 'ايلول', 'september', 'sept', 'sep']],
  [10, ['أكتوبر', 'اكتوبر', 'تشرين الأول', 'تشرين الاول', 'تشرين أول', 'october', 'oct']],
  [11, ['نوفمبر', 'نونبر', 'تشرين الثاني', 'تشرين ثاني', 'november', 'nov']],
  [12, ['ديسمبر', 'دجنبر', 'كانون الأول', 'كانون الاول', 'كانون أول', 'december', 'dec']],
];

/** Folded month name → month number. */
const MONTHS = new Map<string, number>();
for (const [num, names] of MONTH_NAMES) for (const n of names) MONTHS.set(foldChars(n), num);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_ALT = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => escape(m).replace(/ /g, '\\s+'))
  .join('|');

// Letters (Arabic or Latin) must not touch a month name: `مارس` inside `يمارس` is not March.
const NB = '(?<![\\p{L}])';
const NA = '(?![\\p{L}])';
const M = `${NB}(${MONTH_ALT})${NA}\\.?`;
/** Optional second month name in parentheses or after a slash: `(ديسمبر)`, `/أكتوبر`. */
const M2 = `(?:\\s*(?:\\(\\s*(?:${MONTH_ALT})\\s*\\)|[/\\-–]\\s*(?:${MONTH_ALT})${NA}))?`;
const DAY = '(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})(?!\\d)';

interface Pattern {
  re: RegExp;
  /** Group indexes of day, month, year (month may be a name or a number). */
  order: readonly [number, number, number];
}

function patterns(flags: string): Pattern[] {
  return [
    // 25 أكتوبر 2023 · ٨ كانون الأول (ديسمبر) ٢٠٢٣ · 27 October, 2023
    { re: new RegExp(`${DAY}\\s*(?:من\\s+)?${M}${M2}\\s*[,،]?\\s*${YEAR}`, flags), order: [1, 2, 3] },
    // October 27, 2023 · Oct. 27 2023 · أكتوبر 25, 2023
    { re: new RegExp(`${M}${M2}\\s*${DAY}\\s*[,،]?\\s*${YEAR}`, flags), order: [2, 1, 3] },
    // 2023-10-27 · 2023/10/27 · 2023.10.27
    { re: new RegExp(`(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)`, flags), order: [4, 3, 1] },
    // 27/10/2023 · 27.10.2023 · 27-10-2023 (day first)
    { re: new RegExp(`(?<![\\d./-])(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?!\\d)`, flags), order: [1, 2, 3] },
  ];
}

const GLOBAL = patterns('giu');
const STICKY = patterns('yiu');

function monthOf(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  return MONTHS.get(raw.replace(/\s+/g, ' ')) ?? null;
}

function toIso(m: RegExpExecArray, order: readonly [number, number, number]): string | null {
  let day = Number(m[order[0]]);
  let month = monthOf((m[order[1]] ?? '').toLowerCase());
  const year = Number(m[order[2]]);
  if (month === null) return null;
  // numeric dates: accept month/day when day-first is impossible
  if (month > 12 && day <= 12 && /^\d+$/.test(m[order[1]] ?? '')) [day, month] = [month, day];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > dim) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every full date (with a year) in `text`, in order, without overlaps. */
export function findDates(text: string): DateMatch[] {
  const folded = foldChars(text);
  const found: DateMatch[] = [];
  for (const { re, order } of GLOBAL) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const iso = toIso(m, order);
      if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (!last || d.start >= last.end) out.push(d);
  }
  return out;
}

/** The date that starts exactly at `pos` (after optional spaces), or null. */
export function dateAt(text: string, pos: number): DateMatch | null {
  const folded = foldChars(text);
  let p = pos;
  while (p < folded.length && /\s/.test(folded[p] as string)) p++;
  for (const { re, order } of STICKY) {
    re.lastIndex = p;
    const m = re.exec(folded);
    if (m) {
      const iso = toIso(m, order);
      if (iso) return { iso, start: p, end: p + m[0].length };
    }
  }
  return null;
}

/** The first full date in `text` as ISO YYYY-MM-DD, or null. */
export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
