/**
 * API test harness: the sample articles ingested through the real pipeline, the API
 * server in-process on a free port, and a `gql` helper sending real HTTP requests.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { projectRoot } from '../../src/config/projectRoot.js';
import type { Graph } from '../../src/graph/driver.js';
import { ingest, type ArticleSource } from '../../src/pipeline.js';
import { startApiServer, type RunningApiServer, type StartApiServerOptions } from '../../src/api/server.js';

export const samplesDir = join(projectRoot, 'data', 'samples');

export async function sampleSources(): Promise<ArticleSource[]> {
  const files = (await readdir(samplesDir)).filter((f) => f.endsWith('.txt')).sort();
  return files.map((f) => ({ label: f, read: () => readFile(join(samplesDir, f), 'utf8') }));
}

export async function ingestSamples(graph: Graph): Promise<void> {
  const s = await ingest(graph, await sampleSources());
  if (s.failures.length) throw new Error(`sample ingest failed: ${JSON.stringify(s.failures)}`);
}

export async function startTestServer(graph: Graph, opts: StartApiServerOptions = {}): Promise<RunningApiServer> {
  return startApiServer({ graph, port: 0, host: '127.0.0.1', token: null, logger: pino({ level: 'silent' }), development: false, introspection: true, ...opts });
}

/** Responses are checked field by field in the tests; a loose type keeps them readable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface GqlResponse<T = Json> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, Json> }>;
}

export async function gql<T = Json>(
  server: { url: string },
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; body?: unknown } = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) },
    body: JSON.stringify(opts.body ?? { query, variables }),
  });
  const json = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...json };
}

/** The error codes of a response, in order. */
export const codes = (r: GqlResponse) => (r.errors ?? []).map((e) => e.extensions?.code);
