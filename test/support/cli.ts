/** Runs the built CLI (dist/, made by `npm test`'s build step) as a user would. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../src/config/projectRoot.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string | Buffer; timeoutMs?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(projectRoot, 'bin', 'newsgraph.js'), ...args], {
    env: opts.env ?? process.env,
    input: opts.input,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
    cwd: projectRoot,
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** The environment for a managed instance in `home`: no NEO4J_URI, so the CLI manages its own Neo4j. */
export function managedEnv(home: string, boltPort: number, httpPort: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSGRAPH_HOME: home, NEWSGRAPH_BOLT_PORT: String(boltPort), NEWSGRAPH_HTTP_PORT: String(httpPort), NEWSGRAPH_NEO4J_HEAP: '512m', NEWSGRAPH_NEO4J_PAGECACHE: '128m' };
  delete env.NEO4J_URI;
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  return env;
}
