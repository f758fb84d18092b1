/**
 * API settings: the project config (host, port, token, log level) plus the API's
 * own knobs, read from the environment and validated here:
 *
 *   NODE_ENV                     development (default) | production | test: stack traces only in development
 *   NEWSGRAPH_INTROSPECTION      true|false; default true in development, false otherwise
 *   NEWSGRAPH_API_QUERY_TIMEOUT_MS  read transaction timeout (default 10000)
 *   NEWSGRAPH_API_MAX_DEPTH / _MAX_COMPLEXITY / _MAX_ALIASES / _MAX_BATCH  protection limits
 */
import { loadConfig } from '../config/config.js';
import { ErrorCode, NewsgraphError } from '../errors.js';

export interface ApiOptions {
  host: string;
  port: number;
  token: string | null;
  logLevel: string;
  development: boolean;
  introspection: boolean;
  queryTimeoutMs: number;
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
  maxBatch: number;
}

function int(env: NodeJS.ProcessEnv, name: string, dflt: number): number {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new NewsgraphError(ErrorCode.BAD_CONFIG, `${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return n;
}

function bool(env: NodeJS.ProcessEnv, name: string, dflt: boolean): boolean {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new NewsgraphError(ErrorCode.BAD_CONFIG, `${name} must be true or false, got ${JSON.stringify(v)}`);
}

export function loadApiOptions(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ApiOptions> = {}): ApiOptions {
  const cfg = loadConfig(env);
  const development = (env.NODE_ENV ?? 'development') === 'development';
  return {
    host: cfg.api.host,
    port: cfg.api.port,
    token: cfg.api.token,
    logLevel: cfg.logLevel,
    development,
    introspection: bool(env, 'NEWSGRAPH_INTROSPECTION', development),
    queryTimeoutMs: int(env, 'NEWSGRAPH_API_QUERY_TIMEOUT_MS', 10_000),
    maxDepth: int(env, 'NEWSGRAPH_API_MAX_DEPTH', 16),
    maxComplexity: int(env, 'NEWSGRAPH_API_MAX_COMPLEXITY', 50_000),
    maxAliases: int(env, 'NEWSGRAPH_API_MAX_ALIASES', 30),
    maxBatch: int(env, 'NEWSGRAPH_API_MAX_BATCH', 5),
    ...overrides,
  };
}
