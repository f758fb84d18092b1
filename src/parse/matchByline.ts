/**
 * Bylines and reporting credits: `By Jane Doe | December 19, 2023`, `بقلم: فلان`,
 * `(Reporting by X; editing by Y)`. A date printed in the byline is the article's date.
 */
import { compileLabels } from './matchLabel.js';
import { BYLINE_ENDINGS, BYLINE_OPENERS } from './markers.js';
import { foldForMatch } from './foldText.js';
import { countWords } from './countWords.js';
import { findDates } from './parseDate.js';

export interface BylineMatch {
  /** ISO date printed in the byline, if any. */
  date: string | null;
}

const opener = compileLabels(BYLINE_OPENERS);
const NO_COLON_OPENERS = new Set(['بقلم', 'كتب', 'كتبت']);
const CREDIT_RE = /^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|written|translated)\s+by\b[^)]*\)\.?$/iu;
/** `Harbor Wire writer X in Beirut contributed to this report.`, `ساهم في إعداد التقرير …` */
const CONTRIBUTED_RE = /\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\.?$|^ساهم(?:ت)?\s+في\s+(?:اعداد|إعداد)\s[^.]{0,80}\.?$/iu;

const ENDINGS = BYLINE_ENDINGS.map(foldForMatch);

/** `words`: countWords(line), when the caller has it already. */
export function matchByline(line: string, words = countWords(line)): BylineMatch | null {
  if (CREDIT_RE.test(line)) return { date: findDates(line)[0]?.iso ?? null };
  if (words <= 30 && (line.includes('contributed') || line.includes('ساهم')) && CONTRIBUTED_RE.test(line)) return { date: null };
  if (line.length > 160 || words > 16) return null;
  if (words <= 6 && !/[.!?؟:]$/.test(line)) {
    const f = foldForMatch(line);
    if (ENDINGS.some((e) => f.endsWith(` ${e}`) || f.endsWith(`- ${e}`))) return { date: findDates(line)[0]?.iso ?? null };
  }
  const m = opener(line);
  if (!m) return null;
  const value = line.slice(m.valueStart);
  if (value.trim() === '') return null;
  // "By" must be followed by a name-like value, not a sentence ("By the end of the day, ...")
  if (/^by$/i.test(m.label) && !/^[\p{Lu}\p{Script=Arabic}]/u.test(value)) return null;
  if (/^by$/i.test(m.label) && /^(?:the|a|an|this|that|late|early|then|now)\b/i.test(value)) return null;
  // Arabic openers like كتب need a colon or a short value to be a byline
  const arabicOpener = /[\u0600-\u06FF]/.test(m.label);
  if (arabicOpener && !m.colon && !(NO_COLON_OPENERS.has(m.label) && countWords(value) <= 3)) return null;
  if (/[.!?؟]$/.test(line.trim()) && !/\d{4}\.?$/.test(line.trim())) return null;
  return { date: findDates(line)[0]?.iso ?? null };
}
