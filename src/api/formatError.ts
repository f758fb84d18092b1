/**
 * Every error leaves with a stable `extensions.code`. NewsgraphErrors keep their
 * message and code (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, SERVICE_UNAVAILABLE);
 * GraphQL's own validation and parsing errors keep Apollo's codes; anything else is
 * an unknown error and becomes INTERNAL_SERVER_ERROR with a generic message (the
 * original goes to the log, never to the client). Stack traces only in development.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isNewsgraphError } from '../errors.js';

const PUBLIC_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.UNAUTHENTICATED, ErrorCode.SERVICE_UNAVAILABLE]);

/** Apollo's own codes for errors it raises itself (parse, validation, variable coercion, limits from our plugins). */
const APOLLO_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST', 'UNAUTHENTICATED']);

export function makeFormatError(opts: { development: boolean; log: (err: unknown, msg: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const keep = (code: string, message: string, extra: Record<string, unknown> = {}): GraphQLFormattedError => ({
      message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: {
        code,
        ...extra,
        ...(opts.development && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}),
      },
    });
    if (isNewsgraphError(original)) {
      if (PUBLIC_CODES.has(original.code)) {
        const field = original.details.field ?? original.details.argument;
        return keep(original.code, original.message, field ? { field } : {});
      }
      opts.log(original, 'internal newsgraph error');
      return keep('INTERNAL_SERVER_ERROR', 'Internal server error');
    }
    const code = formatted.extensions?.code;
    // A GraphQLError we or Apollo raised on purpose (validation, Date parsing, limits) — not an unknown error.
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      // Keep what our limit plugins add (limit, complexity), never the stack trace (handled by keep).
      const { stacktrace: _s, code: _c, ...extra } = formatted.extensions ?? {};
      return keep(code, formatted.message, extra);
    }
    if (original && (original as { name?: string }).name === 'GraphQLError' && !(original as { originalError?: unknown }).originalError && code !== 'INTERNAL_SERVER_ERROR') {
      return keep(typeof code === 'string' ? code : 'BAD_USER_INPUT', formatted.message);
    }
    opts.log(original, 'unexpected error');
    return keep('INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
