/**
 * Sentence spans of text[start, end), trimmed, as offsets into `text`.
 *
 * Ends a sentence at `.` `!` `?` `؟` `؛` `…`, and at line breaks. Does not end one inside a quotation
 * (« » “ ” ") unless the quotation closes right after the mark, after an abbreviation (U.S., Gen.,
 * a.m., No.), an initial (J.), inside a number (2.5), or when the next word starts in lowercase.
 * The Arabic comma `،` never ends a sentence.
 */
import type { Span } from './types.js';
import { ABBREVIATIONS } from './markers.js';

const ABBR = new Set(ABBREVIATIONS);
/** Words that open a new sentence after a dotted acronym: `… in the U.S. The …`. */
const SENTENCE_OPENERS = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'But', 'In', 'On', 'At', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'There']);
const TERMINATORS = '.!?؟؛…';
const TERMINATOR_CODES = new Set([...TERMINATORS].map((t) => t.charCodeAt(0)));
const CLOSERS = '"\'”’»›)]}';
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x1000 && /\s/u.test(ch));
};
const isNewline = (ch: string | undefined): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** For every position inside a closed quotation, the index of its closing mark (else -1). */
function quoteCloses(text: string, start: number, end: number): Int32Array {
  const closeAt = new Int32Array(end - start).fill(-1);
  const mark = (open: number, close: number): void => {
    for (let i = open + 1; i < close; i++) closeAt[i - start] = close;
  };
  let straight = -1;
  const stack: Array<{ at: number; want: string }> = [];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // fast path: only quote marks and line breaks matter here
    if (code !== 34 && code !== 10 && code !== 13 && code !== 0xab && code !== 0xbb && (code < 0x2018 || code > 0x2029)) continue;
    const ch = text[i];
    if (isNewline(ch)) {
      straight = -1;
      stack.length = 0;
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        mark(straight, i);
        straight = -1;
      }
    } else if (ch === '«' || ch === '“' || ch === '„') {
      stack.push({ at: i, want: ch === '«' ? '»' : '”' });
    } else if (ch === '»' || ch === '”') {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]?.want === ch) {
          mark((stack[k] as { at: number }).at, i);
          stack.length = k;
          break;
        }
      }
    }
  }
  return closeAt;
}

/** Token (letters, digits and inner dots) that ends right before the dot at `dot`. */
function wordBefore(text: string, dot: number, start: number): string {
  let i = dot;
  while (i > start && /[\p{L}\p{N}.]/u.test(text[i - 1] as string)) i--;
  return text.slice(i, dot);
}

function isAbbreviation(text: string, dot: number, start: number): boolean {
  const w = wordBefore(text, dot, start);
  if (w === '') return false;
  if (ABBR.has(w.toLowerCase())) return true;
  // initials and dotted acronyms: J. · A.P. · U.S.A.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(w)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(w) && w.length <= 7) return true;
  return false;
}

/** Sentence spans of text[start, end). */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  const closeAt = quoteCloses(text, start, end);
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) spans.push({ start: a, end: b });
  };
  let from = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!TERMINATOR_CODES.has(c) && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) {
      i++;
      continue;
    }
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      push(from, i);
      from = i + 1;
      i++;
      continue;
    }
    // run of terminators (?!, ..., ؟!)
    let j = i;
    while (j < end && TERMINATORS.includes(text[j] as string)) j++;
    const run = text.slice(i, j);
    const closeQuote = closeAt[i - start] ?? -1;
    if (closeQuote >= 0) {
      // inside a quotation: only a mark right before the closing quote can end the sentence
      let k = j;
      while (k < closeQuote && isSpace(text[k])) k++;
      if (k !== closeQuote) {
        i = j;
        continue;
      }
      j = closeQuote;
    }
    while (j < end && CLOSERS.includes(text[j] as string)) j++;
    const next = text[j];
    if (run === '؛') {
      push(from, j);
      from = j;
      i = j;
      continue;
    }
    if (j < end && !isSpace(next)) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text[k]) && !isNewline(text[k])) k++;
    const after = k < end ? (text[k] as string) : '';
    const isDotOnly = /^\.+$/.test(run);
    let split = true;
    if (run === '.' && isAbbreviation(text, i, start)) {
      // a dotted acronym (U.S., a.m.) can still end a sentence when a typical sentence opener follows
      const dotted = wordBefore(text, i, start).includes('.');
      const nextWord = /^[\p{L}']+/u.exec(text.slice(k, k + 12))?.[0] ?? '';
      if (!(dotted && SENTENCE_OPENERS.has(nextWord))) split = false;
    }
    // the next word starts in lowercase: the sentence goes on (e.g. "said Mr. x", "etc. and")
    if (/^\p{Ll}/u.test(after)) split = false;
    // an ellipsis continues the sentence unless a capitalised word follows
    if ((run === '…' || (isDotOnly && run.length > 1)) && !/^\p{Lu}/u.test(after) && after !== '') split = false;
    if (split) {
      push(from, j);
      from = j;
    }
    i = j;
  }
  push(from, end);
  return spans;
}
