/**
 * Breadcrumb trails: `الرئيسية > عربي ودولي`, `Home / World / Middle East`, `أخبار » العراق » بغداد`.
 */
import { foldForMatch } from './foldText.js';
import { BREADCRUMB_ROOTS, BREADCRUMB_SEPARATORS } from './markers.js';
import { countWords } from './countWords.js';

const ROOTS = BREADCRUMB_ROOTS.map(foldForMatch);
const SEP_CLASS = `[${BREADCRUMB_SEPARATORS.map((s) => s.replace(/[\]\\^-]/g, '\\$&')).join('')}]`;
const SEP_RE = new RegExp(`\\s${SEP_CLASS}\\s|^${SEP_CLASS}|\\s${SEP_CLASS}$`, 'gu');

/** `words`: countWords(line), when the caller has it already. */
export function isBreadcrumb(line: string, words = countWords(line)): boolean {
  if (line.length > 160 || words > 20) return false;
  const f = foldForMatch(line);
  const seps = (line.match(SEP_RE) ?? []).length;
  if (seps === 0) return false;
  const first = f.split(new RegExp(`\\s*${SEP_CLASS}\\s*`, 'u'))[0]?.trim() ?? '';
  if (ROOTS.includes(first)) return true;
  // a trail of 3+ short steps without sentence punctuation
  const steps = f.split(new RegExp(`\\s${SEP_CLASS}\\s`, 'u'));
  return steps.length >= 3 && steps.every((s) => countWords(s) <= 4) && !/[.!?؟]$/.test(f);
}
