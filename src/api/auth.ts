/** Mutations need the bearer token NEWSGRAPH_API_TOKEN; without one configured they are off. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { ApiContext } from './context.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireMutationToken(ctx: ApiContext): void {
  if (!ctx.requiredToken) {
    throw new NewsgraphError(
      ErrorCode.UNAUTHENTICATED,
      'mutations are disabled on this server: start it with NEWSGRAPH_API_TOKEN=<a long random secret> and send `Authorization: Bearer <that secret>`',
      { reason: 'MUTATIONS_DISABLED' },
    );
  }
  // Compare digests in constant time: the token's length and content do not leak through timing.
  if (!ctx.token || !timingSafeEqual(digest(ctx.token), digest(ctx.requiredToken))) {
    throw new NewsgraphError(ErrorCode.UNAUTHENTICATED, 'missing or wrong bearer token: send `Authorization: Bearer <NEWSGRAPH_API_TOKEN>`');
  }
}
