/**
 * List items: a line that starts with a bullet (`-`, `•`, `*`, `–`, `·`, …) or a number (`1.`, `2)`).
 */
import { BULLETS } from './markers.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const BULLET_RE = new RegExp(`^(?:[${BULLETS.map(escape).join('')}]|\\d{1,2}[.)-])\\s+(?=\\S)`, 'u');

/** Offset where the item text starts after the bullet, or null when `line` is not a list item. */
export function matchBullet(line: string): number | null {
  const m = BULLET_RE.exec(line);
  return m ? m[0].length : null;
}
