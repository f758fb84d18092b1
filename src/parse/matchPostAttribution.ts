/**
 * Attribution line of an embedded social post: `— Name (@handle) Month D, YYYY`, often glued to
 * the next subheading (`— WSJ (@WSJ) November 5, 2023عنوان فرعي`) or to the end of the post text
 * (`… https://t.co/x— Name (@handle) …`).
 */
import { dateAt } from './parseDate.js';

export interface PostAttributionMatch {
  /** Offset of the dash that opens the attribution (text before it, if any, is post text). */
  start: number;
  /** End of the attribution (after the date, or after the handle when there is no date). */
  end: number;
  author: string;
  /** Handle with the leading @. */
  handle: string;
  date: string | null;
  /** Offset where text glued after the attribution starts (== line length when none). */
  restStart: number;
}

const ATTR_RE = /[—–―-]{1,2}\s*([^()\n—–―]{1,80}?)\s*\(\s*(@[A-Za-z0-9_]{1,30})\s*\)/gu;

const BARE_RE = /^([^()\n—–―]{1,60}?)\s*\(\s*(@[A-Za-z0-9_]{1,30})\s*\)/u;

export function matchPostAttribution(line: string): PostAttributionMatch | null {
  if (!line.includes('@')) return null;
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(line); m; m = ATTR_RE.exec(line)) {
    const dashAt = m.index;
    const afterHandle = m.index + m[0].length;
    const date = dateAt(line, afterHandle);
    const plainHyphen = line[dashAt] === '-';
    if (!date) {
      // without a date: only `— Name (@handle)` standing alone on its line (date may follow on the next)
      if (plainHyphen || dashAt > 0 || line.slice(afterHandle).trim() !== '') continue;
    }
    const end = date ? date.end : afterHandle;
    let restStart = end;
    while (restStart < line.length && /\s/.test(line[restStart] as string)) restStart++;
    return {
      start: dashAt,
      end,
      author: (m[1] ?? '').trim(),
      handle: m[2] ?? '',
      date: date?.iso ?? null,
      restStart,
    };
  }
  // `Name (@handle) Month D, YYYY` at the start of a line, without the dash
  const bare = BARE_RE.exec(line);
  if (bare) {
    const afterHandle = bare[0].length;
    const date = dateAt(line, afterHandle);
    if (date) {
      let restStart = date.end;
      while (restStart < line.length && /\s/.test(line[restStart] as string)) restStart++;
      return { start: 0, end: date.end, author: (bare[1] ?? '').trim(), handle: bare[2] ?? '', date: date.iso, restStart };
    }
  }
  return null;
}
