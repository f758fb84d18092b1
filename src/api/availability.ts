/**
 * Keeps requests fast while Neo4j is down. The driver retries a failing transaction
 * for up to ~30 s before giving up — right for ingestion, wrong for an API client
 * waiting on a request. So every database call of a request is raced against a
 * deadline, and once Neo4j is known to be down, later requests first ask the driver
 * for connectivity (refused in ~1 ms) and fail at once with SERVICE_UNAVAILABLE. The
 * first request that finds Neo4j back clears the flag: recovery needs no restart.
 */
import { ErrorCode, NewsgraphError, isNewsgraphError } from '../errors.js';
import type { Graph } from '../graph/driver.js';

export class Availability {
  private down = false;

  constructor(
    private readonly graph: Graph,
    private readonly deadlineMs: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.down) {
      await this.graph.verify(); // throws SERVICE_UNAVAILABLE quickly while Neo4j is unreachable
      this.down = false;
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new NewsgraphError(ErrorCode.SERVICE_UNAVAILABLE, `Neo4j at ${this.graph.uri} did not answer within ${this.deadlineMs} ms`, { uri: this.graph.uri })),
        this.deadlineMs,
      );
    });
    try {
      return await Promise.race([work(), deadline]);
    } catch (e) {
      throw this.classify(e);
    } finally {
      clearTimeout(timer);
    }
  }

  private classify(e: unknown): unknown {
    if (isNewsgraphError(e) && e.code === ErrorCode.SERVICE_UNAVAILABLE) {
      this.down = true;
      return e;
    }
    const code = String((e as { code?: unknown }).code ?? '');
    // A read that ran past its transaction timeout: the database is overloaded for this request, not the client's fault.
    if (/TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/.test(code)) {
      return new NewsgraphError(ErrorCode.SERVICE_UNAVAILABLE, 'the query took too long and was stopped; ask for less (smaller pages, fewer nested lists)', {}, { cause: e });
    }
    return e;
  }
}
