/**
 * API settings: the API part of the project configuration (src/config/config.ts, where
 * every variable, default and validation lives) plus the log level, with overrides
 * for tests and embedding.
 */
import { loadConfig, type ApiConfig } from '../config/config.js';

export interface ApiOptions extends ApiConfig {
  logLevel: string;
}

export function loadApiOptions(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ApiOptions> = {}): ApiOptions {
  const cfg = loadConfig(env);
  return { ...cfg.api, logLevel: cfg.logLevel, ...overrides };
}
