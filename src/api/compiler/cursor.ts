/**
 * Opaque connection cursors. A cursor names the list it came from (`Type.field`)
 * and a position in it; a cursor from another list is refused rather than
 * silently paging something else. Offsets (not keyset values) because every list
 * here is small enough to SKIP over, and they survive any sort order.
 */
import { ErrorCode, NewsgraphError } from '../../errors.js';

const PREFIX = 'ng1:';

export function encodeCursor(list: string, index: number): string {
  return Buffer.from(`${PREFIX}${list}:${index}`, 'utf8').toString('base64url');
}

/** The offset to start after `cursor`, or 0 without one. */
export function offsetAfter(list: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^ng1:([A-Za-z_.]+):(\d{1,9})$/.exec(raw);
  if (!m) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `"after" is not a cursor this API made (pass back an endCursor or edge cursor)`);
  if (m[1] !== list) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `"after" is a cursor of another list (${m[1]}), not of ${list}`);
  }
  return Number(m[2]) + 1;
}
