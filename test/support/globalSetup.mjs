// Plain ESM on purpose: jest loads global setup through Node's own loader, which resolves
// neither TypeScript nor jest's moduleNameMapper, so it uses the build in dist/ (npm test builds first).
/**
 * Starts ONE throwaway managed Neo4j for the whole test run: its own temp folder,
 * free ports, small memory; applies the migrations. Test files reach it through
 * NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, which jest workers inherit from here.
 * With NEO4J_TEST_URI set, that Neo4j is used instead and nothing is started.
 * Never the user's data: the project's own .neo4j/ store is not touched (only its
 * jar cache is reused).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../dist/config/config.js';
import { Graph } from '../../dist/graph/driver.js';
import { ManagedNeo4j } from '../../dist/graph/managed/managedNeo4j.js';
import { readPassword } from '../../dist/graph/managed/password.js';
import { freePort } from '../../dist/graph/managed/portCheck.js';
import { migrate } from '../../dist/graph/migrations.js';

export default async function globalSetup() {
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    process.env.NEO4J_USER = process.env.NEO4J_TEST_USER ?? 'neo4j';
    process.env.NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? '';
  } else {
    delete process.env.NEO4J_URI;
    const home = mkdtempSync(join(tmpdir(), 'newsgraph-test-'));
    const env = {
      ...process.env,
      NEWSGRAPH_HOME: home,
      NEWSGRAPH_BOLT_PORT: String(await freePort()),
      NEWSGRAPH_HTTP_PORT: String(await freePort()),
      NEWSGRAPH_NEO4J_HEAP: '768m',
      NEWSGRAPH_NEO4J_PAGECACHE: '256m',
    };
    const cfg = loadConfig(env);
    const t0 = Date.now();
    const started = await new ManagedNeo4j(cfg.managed).start((l) => process.stderr.write(`[test neo4j] ${l}\n`));
    process.stderr.write(`\n[test neo4j] started at ${started.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (home ${home})\n`);
    process.env.NEWSGRAPH_TEST_HOME = home;
    process.env.NEWSGRAPH_TEST_BOLT_PORT = env.NEWSGRAPH_BOLT_PORT;
    process.env.NEWSGRAPH_TEST_HTTP_PORT = env.NEWSGRAPH_HTTP_PORT;
    process.env.NEO4J_URI = started.uri;
    process.env.NEO4J_USER = 'neo4j';
    process.env.NEO4J_PASSWORD = readPassword(home) ?? '';
  }
  const graph = new Graph(loadConfig());
  try {
    await migrate(graph);
  } finally {
    await graph.close();
  }
}
