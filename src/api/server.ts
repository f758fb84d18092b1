/**
 * The API server: Apollo Server on Node's own http module (no framework), with
 *   /graphql  GraphQL over HTTP (POST, and GET for queries), batched requests up to a limit
 *   /healthz  the process is up
 *   /readyz   Neo4j answers (503 with the reason when it does not)
 * Neo4j being down never stops the server: requests fail with SERVICE_UNAVAILABLE and
 * succeed again as soon as the driver can reconnect.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { pino, type Logger } from 'pino';
import { Graph } from '../graph/driver.js';
import { loadConfig } from '../config/config.js';
import { isNewsgraphError } from '../errors.js';
import { Availability } from './availability.js';
import { createContext, type ApiContext } from './context.js';
import { makeFormatError } from './formatError.js';
import { loadApiOptions, type ApiOptions } from './options.js';
import { aliasLimitPlugin } from './plugins/aliasLimitPlugin.js';
import { complexityLimitPlugin } from './plugins/complexityLimitPlugin.js';
import { depthLimitPlugin } from './plugins/depthLimitPlugin.js';
import { loggingPlugin } from './plugins/loggingPlugin.js';
import { resolvers } from './resolvers/index.js';
import { responseKeyResolver } from './resolvers/responseKeyResolver.js';
import { loadTypeDefs } from './schema.js';

const MAX_BODY_BYTES = 1024 * 1024;

export interface StartApiServerOptions extends Partial<ApiOptions> {
  /** Use this Graph (tests, `newsgraph start`); otherwise one is made from the environment and closed with the server. */
  graph?: Graph;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

export interface RunningApiServer {
  url: string;
  port: number;
  host: string;
  graph: Graph;
  apollo: ApolloServer<ApiContext>;
  http: Server;
  close(): Promise<void>;
}

export function createApollo(opts: ApiOptions, log: Logger): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    fieldResolver: responseKeyResolver,
    introspection: opts.introspection,
    includeStacktraceInErrorResponses: opts.development,
    allowBatchedHttpRequests: true,
    formatError: makeFormatError({ development: opts.development, log: (err, msg) => log.error({ err }, msg) }),
    plugins: [depthLimitPlugin(opts.maxDepth), complexityLimitPlugin(opts.maxComplexity), aliasLimitPlugin(opts.maxAliases), loggingPlugin(log)],
  });
}

export async function startApiServer(options: StartApiServerOptions = {}): Promise<RunningApiServer> {
  const { graph: givenGraph, env, logger, ...overrides } = options;
  const opts = loadApiOptions(env ?? process.env, overrides);
  const log = logger ?? pino({ level: opts.logLevel, base: { service: 'newsgraph-api' } });
  const graph = givenGraph ?? new Graph(loadConfig(env ?? process.env));
  const apollo = createApollo(opts, log);
  await apollo.start();
  // Reads get their transaction timeout plus a margin; writes (ingestion) a longer deadline, set per call.
  const availability = new Availability(graph, opts.queryTimeoutMs + 2000);

  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error({ err }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') return ready(res);
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found: the API is at /graphql' });

    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      if (raw === null) return sendJson(res, 413, { errors: [{ message: `request body larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
      if (/json/i.test(req.headers['content-type'] ?? '')) {
        try {
          body = raw.length ? JSON.parse(raw) : {};
        } catch {
          return sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        }
      } else body = raw;
      if (Array.isArray(body) && body.length > opts.maxBatch) {
        return sendJson(res, 400, {
          errors: [{ message: `too many operations in one batch: ${body.length}, the limit is ${opts.maxBatch}`, extensions: { code: 'BAD_USER_INPUT', limit: 'batch' } }],
        });
      }
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () => createContext(graph, availability, { token: opts.token, queryTimeoutMs: opts.queryTimeoutMs }, req.headers.authorization),
    });
    res.statusCode = result.status ?? 200;
    for (const [k, v] of result.headers) res.setHeader(k, v);
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function ready(res: ServerResponse): Promise<void> {
    try {
      await withTimeout(graph.verify(), 5000);
      sendJson(res, 200, { status: 'ready', neo4j: graph.uri });
    } catch (e) {
      sendJson(res, 503, { status: 'unavailable', reason: isNewsgraphError(e) ? e.message : 'Neo4j did not answer' });
    }
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port, opts.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}/graphql`,
    port,
    host: opts.host,
    graph,
    apollo,
    http,
    async close() {
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
      await apollo.stop();
      if (!givenGraph) await graph.close();
    },
  };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(value));
}

/** The body as text, or null when it is larger than the limit. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('timeout')), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e)),
    );
  });
}
