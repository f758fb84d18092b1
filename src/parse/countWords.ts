/** Whitespace for countWords, by UTF-16 code (a table: this runs over every line of a page). */
const SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  SPACE[c] = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 ? 1 : 0;
}

/** Number of whitespace-separated words in `text`. */
export function countWords(text: string): number {
  let n = 0;
  let prevSpace = 1; // 1 before the text and after whitespace: the next other character opens a word
  for (let i = 0; i < text.length; i++) {
    const space = SPACE[text.charCodeAt(i)] as number;
    n += prevSpace & (space ^ 1);
    prevSpace = space;
  }
  return n;
}
