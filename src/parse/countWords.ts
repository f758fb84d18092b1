/** Number of whitespace-separated words in `text`. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // split by range first: a letter then takes two or three comparisons instead of the whole list
    // (this loop runs over every line of a page, several times)
    const space =
      c <= 32
        ? c === 32 || (c >= 9 && c <= 13)
        : c >= 0xa0 && (c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
