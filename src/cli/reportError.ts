import { isNewsgraphError } from '../errors.js';

/** Print a known error as one line (plus its hint) and exit non-zero; unknown errors stay generic unless NEWSGRAPH_DEBUG is set. */
export function reportAndExit(err: unknown): never {
  if (isNewsgraphError(err)) {
    process.stderr.write(`newsgraph: ${err.message}\n`);
  } else if (process.env.NEWSGRAPH_DEBUG) {
    process.stderr.write(`newsgraph: unexpected error\n${err instanceof Error ? err.stack : String(err)}\n`);
  } else {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`newsgraph: unexpected error: ${msg}\n(set NEWSGRAPH_DEBUG=1 for details)\n`);
  }
  process.exit(1);
}
