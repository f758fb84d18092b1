/** Limits the compiler enforces on arguments (the schema documents them). */
import { ErrorCode, NewsgraphError } from '../../errors.js';

export const MAX_FIRST = 100;
export const MAX_NEIGHBOR_DEPTH = 3;
export const MAX_PATH_HOPS = 4;

export function checkFirst(first: unknown, where: string): number {
  const n = first === null || first === undefined ? 20 : (first as number);
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIRST) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${where}: "first" must be between 0 and ${MAX_FIRST}, got ${String(first)}`, { argument: 'first' });
  }
  return n;
}

export function checkRange(value: unknown, min: number, max: number, what: string): number {
  const n = value as number;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${what} must be between ${min} and ${max}, got ${String(value)}`, { argument: what });
  }
  return n;
}
