/**
 * Matches a line that opens with one of a list of labels (`المصدر:`, `Tags:`, `إقرأ أيضاً`),
 * tolerant of alef/yeh/kaf/ta-marbuta variants, diacritics, tatweel and case, and reports where
 * the value after the label (and its `:`/dash separator) starts in the ORIGINAL line.
 */
import { foldForMatch } from './foldText.js';
import { isSpaceCode } from './isSpaceCode.js';

export interface LabelMatch {
  /** The label as listed. */
  label: string;
  /** Offset in the line where the value starts (after the separator and spaces). */
  valueStart: number;
  /** Whether a `:`-like separator followed the label. */
  colon: boolean;
}

const VARIANTS: Record<string, string> = {
  'ا': 'اأإآٱ',
  'ي': 'يىیې',
  'ك': 'كکڪ',
  'ه': 'هةۀھ',
};
const MARKS = '[\\u064B-\\u065F\\u0670\\u0640\\u200C\\u200D]*';
/** Characters allowed before a label at the start of a line: `[\s\u200E\u200F([]`, by code (this runs for every line, several times). */
const isLeadCode = (c: number): boolean => isSpaceCode(c) || c === 0x200e || c === 0x200f || c === 40 || c === 91;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function labelSource(label: string): string {
  let src = '';
  for (const ch of foldForMatch(label)) {
    if (ch === ' ') src += '\\s+';
    else if (VARIANTS[ch]) src += `[${VARIANTS[ch]}]${MARKS}`;
    else if (/[\u0600-\u06FF]/.test(ch)) src += `${escape(ch)}${MARKS}`;
    else src += escape(ch);
  }
  return src;
}

/** Codes that may open a line starting with `label`: its first letter's spelling variants, both cases. */
function firstCodes(label: string): Set<number> {
  const codes = new Set<number>();
  const ch = foldForMatch(label)[0] ?? '';
  for (const c of VARIANTS[ch] ?? ch) {
    // a case form of more than one character never equals the line's first character
    for (const form of [c.toLowerCase(), c.toUpperCase()]) if (form.length === 1) codes.add(form.charCodeAt(0));
  }
  return codes;
}

/** Compiles a matcher for `labels`; longer labels are tried first. */
export function compileLabels(labels: readonly string[]): (line: string) => LabelMatch | null {
  const sorted = [...new Set(labels)].sort((a, b) => foldForMatch(b).length - foldForMatch(a).length);
  const res = sorted.map((label) => ({
    label,
    // label, then end of line, or a separator, or a space; never inside a longer word
    re: new RegExp(`^[\\s\\u200E\\u200F(\\[]*${labelSource(label)}(?![\\p{L}\\p{M}])\\s*([:：\\-–—|»>]?)\\s*`, 'iu'),
    // only labels whose first letter opens the line are tried
    firsts: firstCodes(label),
  }));
  // the first letter of some label must open the line; then one alternation rejects most other lines
  const firsts = new Set<number>(res.flatMap((r) => [...r.firsts]));
  const any = new RegExp(`^[\\s\\u200E\\u200F(\\[]*(?:${sorted.map(labelSource).join('|')})(?![\\p{L}\\p{M}])`, 'iu');
  return (line: string): LabelMatch | null => {
    let k = 0;
    while (k < line.length && isLeadCode(line.charCodeAt(k))) k++;
    const first = line.charCodeAt(k);
    if (!firsts.has(first) || !any.test(line)) return null;
    for (const { label, re, firsts: labelFirsts } of res) {
      if (!labelFirsts.has(first)) continue;
      const m = re.exec(line);
      if (m) return { label, valueStart: m[0].length, colon: (m[1] ?? '') !== '' };
    }
    return null;
  };
}
