/**
 * All configuration comes from the environment, validated once. Every variable is
 * listed in README.md's configuration table; names and defaults live only here.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { ErrorCode, NewsgraphError } from '../errors.js';
import { projectRoot } from './projectRoot.js';

/**
 * An optional variable with a default: `parse` returns the value, or null when the text
 * is not acceptable, and the message then says what was expected and what was received.
 */
const envVar = <T>(name: string, dflt: T, expected: string, parse: (v: string) => T | null) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return dflt;
      const value = parse(v);
      if (value === null) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be ${expected}, got ${JSON.stringify(v)}` });
        return z.NEVER;
      }
      return value;
    });

const intIn = (min: number, max: number) => (v: string) => {
  const n = Number(v);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};
const port = (name: string, dflt: number) => envVar(name, dflt, 'a port number 1-65535', intIn(1, 65535));
const positiveInt = (name: string, dflt: number) => envVar(name, dflt, 'a positive integer', intIn(1, Number.MAX_SAFE_INTEGER));
const flag = (name: string, dflt: boolean | null) =>
  envVar<boolean | null>(name, dflt, 'true or false', (v) => (/^(1|true|yes|on)$/i.test(v) ? true : /^(0|false|no|off)$/i.test(v) ? false : null));
const memory = (name: string, dflt: string) => envVar(name, dflt, 'like 512m or 2g', (v) => (/^\d+[kmg]$/i.test(v) ? v.toLowerCase() : null));

const EnvSchema = z.object({
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NEWSGRAPH_HOME: z.string().optional(),
  NEWSGRAPH_NEO4J_LIB: z.string().optional(),
  NEWSGRAPH_BOLT_PORT: port('NEWSGRAPH_BOLT_PORT', 7687),
  NEWSGRAPH_HTTP_PORT: port('NEWSGRAPH_HTTP_PORT', 7474),
  NEWSGRAPH_NEO4J_HEAP: memory('NEWSGRAPH_NEO4J_HEAP', '2g'),
  NEWSGRAPH_NEO4J_PAGECACHE: memory('NEWSGRAPH_NEO4J_PAGECACHE', '2g'),
  NEWSGRAPH_NEO4J_START_TIMEOUT: positiveInt('NEWSGRAPH_NEO4J_START_TIMEOUT', 120),
  HOST: z.string().optional(),
  PORT: port('PORT', 4000),
  NEWSGRAPH_API_TOKEN: z.string().optional(),
  NODE_ENV: z.string().optional(),
  NEWSGRAPH_INTROSPECTION: flag('NEWSGRAPH_INTROSPECTION', null),
  NEWSGRAPH_API_QUERY_TIMEOUT_MS: positiveInt('NEWSGRAPH_API_QUERY_TIMEOUT_MS', 10_000),
  NEWSGRAPH_API_MAX_DEPTH: positiveInt('NEWSGRAPH_API_MAX_DEPTH', 16),
  NEWSGRAPH_API_MAX_COMPLEXITY: positiveInt('NEWSGRAPH_API_MAX_COMPLEXITY', 50_000),
  NEWSGRAPH_API_MAX_ALIASES: positiveInt('NEWSGRAPH_API_MAX_ALIASES', 30),
  NEWSGRAPH_API_MAX_BATCH: positiveInt('NEWSGRAPH_API_MAX_BATCH', 5),
  NEWSGRAPH_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export interface ManagedNeo4jConfig {
  /** Instance folder: conf/, data/, logs/, run/, password. */
  home: string;
  /** Folder holding the Neo4j jars fetched from Maven Central (shared by every instance). */
  libDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  startTimeoutSec: number;
}

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  /** null for the managed instance until its password file is read (see graph/managed/password.ts). */
  password: string | null;
  database: string;
  /** True when newsgraph runs this Neo4j itself (NEO4J_URI not set). */
  managed: boolean;
}

export interface ApiConfig {
  host: string;
  port: number;
  token: string | null;
  /** NODE_ENV=development (the default): stack traces in error responses, introspection on. */
  development: boolean;
  introspection: boolean;
  queryTimeoutMs: number;
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
  maxBatch: number;
}

export interface Config {
  neo4j: Neo4jConnectionConfig;
  managed: ManagedNeo4jConfig;
  api: ApiConfig;
  logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const msgs = parsed.error.issues.map((i) => i.message).join('; ');
    throw new NewsgraphError(ErrorCode.BAD_CONFIG, `invalid configuration: ${msgs}`);
  }
  const e = parsed.data;
  const home = e.NEWSGRAPH_HOME || join(projectRoot, '.neo4j');
  const managed: ManagedNeo4jConfig = {
    home,
    libDir: e.NEWSGRAPH_NEO4J_LIB || join(projectRoot, '.neo4j', 'lib'),
    boltPort: e.NEWSGRAPH_BOLT_PORT,
    httpPort: e.NEWSGRAPH_HTTP_PORT,
    heap: e.NEWSGRAPH_NEO4J_HEAP,
    pageCache: e.NEWSGRAPH_NEO4J_PAGECACHE,
    startTimeoutSec: e.NEWSGRAPH_NEO4J_START_TIMEOUT,
  };
  const external = Boolean(e.NEO4J_URI);
  if (external && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(e.NEO4J_URI!)) {
    throw new NewsgraphError(
      ErrorCode.BAD_CONFIG,
      `NEO4J_URI must start with bolt://, bolt+s://, neo4j:// or neo4j+s://, got ${JSON.stringify(e.NEO4J_URI)}`,
    );
  }
  const neo4j: Neo4jConnectionConfig = external
    ? {
        uri: e.NEO4J_URI!,
        user: e.NEO4J_USER || 'neo4j',
        password: e.NEO4J_PASSWORD ?? null,
        database: e.NEO4J_DATABASE || 'neo4j',
        managed: false,
      }
    : {
        uri: `bolt://127.0.0.1:${managed.boltPort}`,
        user: 'neo4j',
        password: null,
        database: e.NEO4J_DATABASE || 'neo4j',
        managed: true,
      };
  if (external && neo4j.password === null) {
    throw new NewsgraphError(ErrorCode.BAD_CONFIG, `NEO4J_URI is set (${neo4j.uri}) but NEO4J_PASSWORD is not: set both to use an external Neo4j`);
  }
  const development = (e.NODE_ENV || 'development') === 'development';
  return {
    neo4j,
    managed,
    api: {
      host: e.HOST || '127.0.0.1',
      port: e.PORT,
      token: e.NEWSGRAPH_API_TOKEN || null,
      development,
      introspection: e.NEWSGRAPH_INTROSPECTION ?? development,
      queryTimeoutMs: e.NEWSGRAPH_API_QUERY_TIMEOUT_MS,
      maxDepth: e.NEWSGRAPH_API_MAX_DEPTH,
      maxComplexity: e.NEWSGRAPH_API_MAX_COMPLEXITY,
      maxAliases: e.NEWSGRAPH_API_MAX_ALIASES,
      maxBatch: e.NEWSGRAPH_API_MAX_BATCH,
    },
    logLevel: e.NEWSGRAPH_LOG_LEVEL || 'info',
  };
}
