/**
 * One error-code enum and one base class for every error newsgraph raises on
 * purpose. Anything that is not a NewsgraphError is an unknown error: the CLI and
 * the API report it generically and never leak its internals.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  BAD_CONFIG = 'BAD_CONFIG',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  PORT_IN_USE = 'PORT_IN_USE',
  NEO4J_FETCH_FAILED = 'NEO4J_FETCH_FAILED',
  NEO4J_START_FAILED = 'NEO4J_START_FAILED',
  MIGRATION_CHANGED = 'MIGRATION_CHANGED',
  MIGRATION_FAILED = 'MIGRATION_FAILED',
  QUERY_NOT_FOUND = 'QUERY_NOT_FOUND',
  INTERNAL = 'INTERNAL',
}

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  /** Extra facts for logs and API extensions; never secrets. */
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsgraphError';
    this.code = code;
    this.details = details;
  }
}

export const isNewsgraphError = (e: unknown): e is NewsgraphError => e instanceof NewsgraphError;

/** Short, safe description of a value for error messages (DataLoader style: name what was received). */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return v.length > 40 ? `a string of ${v.length} characters` : JSON.stringify(v);
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}
