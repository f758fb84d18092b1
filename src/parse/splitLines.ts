/**
 * The non-blank lines of a text as spans trimmed of surrounding whitespace and invisible bidi marks.
 */
import type { Span } from './types.js';
import { isSpaceCode } from './isSpaceCode.js';

export interface Line extends Span {
  text: string;
}

/** Whitespace and invisible format marks (RLM/LRM, bidi embeddings, zero-width space, BOM), by code. */
const isSpace = (c: number): boolean => isSpaceCode(c) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/** Non-blank lines (split on \n, \r\n, \r, U+2028/2029), each trimmed; offsets into `text`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // one-character class (scanned fast); a \r\n pair is taken whole below
  const re = /[\n\r\u2028\u2029]/g;
  let from = 0;
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) lines.push({ start: a, end: b, text: text.slice(a, b) });
  };
  while (re.test(text)) {
    const at = re.lastIndex - 1;
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) re.lastIndex++;
    push(from, at);
    from = re.lastIndex;
  }
  push(from, text.length);
  return lines;
}
