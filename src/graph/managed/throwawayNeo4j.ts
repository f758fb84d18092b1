/**
 * A managed Neo4j that exists only for one run (tests, eval, benchmarks): its own
 * temporary folder and free ports, small memory, migrations applied. It reuses the
 * project's jar cache and never touches the user's .neo4j store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/config.js';
import { Graph } from '../driver.js';
import { migrate } from '../migrations.js';
import { ManagedNeo4j } from './managedNeo4j.js';
import { readPassword } from './password.js';
import { freePort } from './portCheck.js';
import { ErrorCode, isNewsgraphError } from '../../errors.js';

export interface ThrowawayNeo4j {
  home: string;
  uri: string;
  boltPort: number;
  httpPort: number;
  password: string;
  /** Connection settings for this instance, as environment variables. */
  env: Record<string, string>;
  graph(): Graph;
  stop(): Promise<void>;
}

type ThrowawayOptions = { heap?: string; pageCache?: string; log?: (l: string) => void; prefix?: string };

/**
 * Starts a throwaway instance; a start that fails (a JVM that never answers, a port taken between
 * choosing and binding it) is tried once more in a fresh folder on fresh ports, so one bad start
 * does not fail a whole test or evaluation run. The first failure is reported through `log`.
 */
export async function startThrowawayNeo4j(opts: ThrowawayOptions = {}): Promise<ThrowawayNeo4j> {
  try {
    return await startOnce(opts);
  } catch (e) {
    if (!(isNewsgraphError(e) && e.code === ErrorCode.NEO4J_START_FAILED)) throw e;
    (opts.log ?? ((l: string) => process.stderr.write(l + '\n')))(`throwaway Neo4j failed to start, trying once more: ${e.message.split('\n')[0]}`);
    return startOnce(opts);
  }
}

async function startOnce(opts: ThrowawayOptions): Promise<ThrowawayNeo4j> {
  const home = mkdtempSync(join(tmpdir(), opts.prefix ?? 'newsgraph-tmp-'));
  const boltPort = await freePort();
  const httpPort = await freePort();
  const cfg = loadConfig({
    NEWSGRAPH_HOME: home,
    NEWSGRAPH_NEO4J_LIB: process.env.NEWSGRAPH_NEO4J_LIB,
    NEWSGRAPH_BOLT_PORT: String(boltPort),
    NEWSGRAPH_HTTP_PORT: String(httpPort),
    NEWSGRAPH_NEO4J_HEAP: opts.heap ?? '768m',
    NEWSGRAPH_NEO4J_PAGECACHE: opts.pageCache ?? '256m',
  });
  const neo = new ManagedNeo4j(cfg.managed);
  // An interrupted run (Ctrl-C, a CI timeout) must not leave a JVM and a temp store behind.
  const onSignal = (sig: NodeJS.Signals) => {
    void neo.stop().finally(() => {
      rmSync(home, { recursive: true, force: true });
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const forget = () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
  try {
    const started = await neo.start(opts.log);
    const password = readPassword(home) ?? '';
    const env = { NEO4J_URI: started.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password };
    const graph = () => new Graph(loadConfig(env));
    const g = graph();
    try {
      await migrate(g);
    } finally {
      await g.close();
    }
    return {
      home,
      uri: started.uri,
      boltPort,
      httpPort,
      password,
      env,
      graph,
      stop: async () => {
        forget();
        await neo.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (e) {
    forget();
    await neo.stop().catch(() => {});
    rmSync(home, { recursive: true, force: true });
    throw e;
  }
}
