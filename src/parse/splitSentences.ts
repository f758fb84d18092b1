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
/**
 * A sentence mark (TERMINATORS) or a line break. The scans below jump from one such character to
 * the next with `test` + `lastIndex` (native code, no match object) instead of visiting every
 * character of the content in JavaScript.
 */
const BREAK_RE = /[.!?؟؛…\n\r\u2028\u2029]/g;
/** The characters closedQuotes acts on: quote marks and line breaks. */
const QUOTE_RE = /["«»“”„\n\r\u2028\u2029]/g;

/** Index of the first match of the global, one-character `re` at or after `from`, or -1. */
function nextMatch(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.test(text) ? re.lastIndex - 1 : -1;
}
const CLOSERS = '"\'”’»›)]}';
const isSpace = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x1000 && /\s/u.test(ch));
};
const isNewline = (ch: string | undefined): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** A closed quotation: the marks at `open` and `close`. */
interface Quote {
  open: number;
  close: number;
}

/**
 * The closed quotations of text[start, end), in the order they close. Kept as a short list rather
 * than a per-character table: most paragraphs hold no or few quotes, and a table per section meant
 * one typed-array allocation per section.
 */
function closedQuotes(text: string, start: number, end: number): Quote[] {
  const quotes: Quote[] = [];
  let straight = -1;
  const stack: Array<{ at: number; want: string }> = [];
  for (let i = nextMatch(QUOTE_RE, text, start); i >= 0 && i < end; i = nextMatch(QUOTE_RE, text, i + 1)) {
    const ch = text[i];
    if (isNewline(ch)) {
      straight = -1;
      stack.length = 0;
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        quotes.push({ open: straight, close: i });
        straight = -1;
      }
    } else if (ch === '«' || ch === '“' || ch === '„') {
      stack.push({ at: i, want: ch === '«' ? '»' : '”' });
    } else if (ch === '»' || ch === '”') {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k]?.want === ch) {
          quotes.push({ open: (stack[k] as { at: number }).at, close: i });
          stack.length = k;
          break;
        }
      }
    }
  }
  return quotes;
}

/**
 * Index of the closing mark of the quotation position `i` is inside, else -1. Where quotations
 * nest, the one that closed last wins (the outer one).
 */
function closeOf(quotes: Quote[], i: number): number {
  for (let k = quotes.length - 1; k >= 0; k--) {
    const q = quotes[k] as Quote;
    if (q.open < i && i < q.close) return q.close;
  }
  return -1;
}

/** Token (letters, digits and inner dots) that ends right before the dot at `dot`. */
function wordBefore(text: string, dot: number, start: number): string {
  let i = dot;
  while (i > start && isWordChar(text.charCodeAt(i - 1))) i--;
  return text.slice(i, dot);
}

/** A letter, a digit or a dot (`[\p{L}\p{N}.]`), ASCII decided without the regular expression. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
  return /[\p{L}\p{N}.]/u.test(String.fromCharCode(c));
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
  const quotes = closedQuotes(text, start, end);
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) spans.push({ start: a, end: b });
  };
  let from = start;
  let i = start;
  while (i < end) {
    i = nextMatch(BREAK_RE, text, i);
    if (i < 0 || i >= end) break;
    const c = text.charCodeAt(i);
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
    const closeQuote = quotes.length === 0 ? -1 : closeOf(quotes, i);
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
