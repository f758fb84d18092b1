/** What every resolver gets: the graph, this request's operation loader, and who is calling. */
import type { Graph } from '../graph/driver.js';
import type { Availability } from './availability.js';
import { createOperationLoader, type OperationLoader } from './operationLoader.js';

export interface ApiContext {
  graph: Graph;
  /** Runs database work with a deadline, failing fast while Neo4j is down. */
  availability: Availability;
  loader: OperationLoader;
  /** The bearer token the request carried, if any. */
  token: string | null;
  /** The token mutations need (NEWSGRAPH_API_TOKEN), or null when mutations are disabled. */
  requiredToken: string | null;
}

export function createContext(
  graph: Graph,
  availability: Availability,
  opts: { token: string | null; queryTimeoutMs: number },
  authorization: string | undefined,
): ApiContext {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return { graph, availability, loader: createOperationLoader(graph, availability, opts.queryTimeoutMs), token: m ? m[1]! : null, requiredToken: opts.token };
}
