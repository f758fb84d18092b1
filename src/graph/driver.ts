/**
 * The one Neo4j connection of a process. Reads go through executeRead, writes
 * through executeWrite, so the driver retries transient errors and deadlocks.
 * Connection failures become one clear error saying where it tried and how to fix it.
 */
import './tcpNoDelay.js';
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { loadConfig, type Config } from '../config/config.js';
import { ErrorCode, NewsgraphError } from '../errors.js';
import { requirePassword } from './managed/password.js';
import { namedQuery } from './queries.js';

export type Params = Record<string, unknown>;

export interface RunOptions {
  /** Server-side transaction timeout in ms. */
  timeoutMs?: number;
}

export class Graph {
  readonly driver: Driver;
  readonly database: string;
  readonly uri: string;
  private readonly hint: string;
  /** Number of queries sent (tests count database round trips with it). */
  queryCount = 0;

  constructor(config: Config = loadConfig()) {
    const c = config.neo4j;
    const password = c.password ?? requirePassword(config.managed.home);
    this.uri = c.uri;
    this.database = c.database;
    this.hint = c.managed
      ? `the managed Neo4j under ${config.managed.home}: start it with \`npx newsgraph db start\` (or \`npm start\`), or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD to use another Neo4j`
      : `the Neo4j named by NEO4J_URI: check that it is running and reachable, and NEO4J_USER/NEO4J_PASSWORD`;
    this.driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, password), {
      disableLosslessIntegers: true,
      connectionTimeout: 5000,
      maxTransactionRetryTime: 15000,
      logging: { level: 'error', logger: () => {} },
    });
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}, opts: RunOptions = {}): Promise<QueryResult<T>> {
    return this.session('READ', (tx) => tx.run<T>(cypher, params), opts);
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}, opts: RunOptions = {}): Promise<QueryResult<T>> {
    return this.session('WRITE', (tx) => tx.run<T>(cypher, params), opts);
  }

  /** Runs a query from cypher/queries/ by name, in the transaction mode its file declares. */
  async named<T extends RecordShape = RecordShape>(name: string, params: Params = {}, opts: RunOptions = {}): Promise<QueryResult<T>> {
    const q = namedQuery(name);
    q.checkParams(params);
    return q.mode === 'write' ? this.write<T>(q.text, params, opts) : this.read<T>(q.text, params, opts);
  }

  /** Several statements in one managed transaction (batched ingestion). */
  async writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>, opts: RunOptions = {}): Promise<R> {
    return this.session('WRITE', work, opts);
  }

  async readTx<R>(work: (tx: ManagedTransaction) => Promise<R>, opts: RunOptions = {}): Promise<R> {
    return this.session('READ', work, opts);
  }

  /** Auto-commit query: needed for schema changes, which must not share a transaction with data writes. */
  async autoCommit(cypher: string, params: Params = {}): Promise<QueryResult> {
    const session = this.driver.session({ database: this.database });
    this.queryCount++;
    try {
      return await session.run(cypher, params);
    } catch (e) {
      throw this.translate(e);
    } finally {
      await session.close();
    }
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (e) {
      throw this.translate(e);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<R>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<R>, opts: RunOptions): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = opts.timeoutMs ? { timeout: opts.timeoutMs } : undefined;
    const counted = (tx: ManagedTransaction) => {
      const run = tx.run.bind(tx);
      const countingTx = Object.create(tx) as ManagedTransaction;
      countingTx.run = ((q: string, p?: Params) => {
        this.queryCount++;
        return run(q, p);
      }) as ManagedTransaction['run'];
      return work(countingTx);
    };
    try {
      return mode === 'READ' ? await session.executeRead(counted, config) : await session.executeWrite(counted, config);
    } catch (e) {
      throw this.translate(e);
    } finally {
      await session.close();
    }
  }

  private translate(e: unknown): unknown {
    if (e instanceof NewsgraphError) return e;
    const code = (e as { code?: string }).code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|Could not perform discovery|Failed to connect/i.test(String((e as Error).message))) {
      return new NewsgraphError(ErrorCode.SERVICE_UNAVAILABLE, `cannot reach Neo4j at ${this.uri} — ${this.hint}`, { uri: this.uri }, { cause: e });
    }
    if (code === 'Neo.ClientError.Security.Unauthorized') {
      return new NewsgraphError(ErrorCode.SERVICE_UNAVAILABLE, `Neo4j at ${this.uri} refused the credentials — ${this.hint}`, { uri: this.uri }, { cause: e });
    }
    return e;
  }
}

let shared: Graph | null = null;

/** The process-wide Graph (one driver per process). */
export function getGraph(): Graph {
  shared ??= new Graph();
  return shared;
}

export async function closeGraph(): Promise<void> {
  if (shared) await shared.close();
  shared = null;
}
