/**
 * `isSpaceCode(c)`: whether a UTF-16 code is in the regular-expression class `\s` (the set
 * String.prototype.trim removes). Tested by code so per-character loops need neither a one-character
 * string nor a regular expression.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
