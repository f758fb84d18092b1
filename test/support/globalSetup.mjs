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
import { loadConfig } from '../../dist/config/config.js';
import { Graph } from '../../dist/graph/driver.js';
import { migrate } from '../../dist/graph/migrations.js';
import { startThrowawayNeo4j } from '../../dist/graph/managed/throwawayNeo4j.js';

export default async function globalSetup() {
  if (process.env.NEO4J_TEST_URI) {
    process.env.NEO4J_URI = process.env.NEO4J_TEST_URI;
    process.env.NEO4J_USER = process.env.NEO4J_TEST_USER ?? 'neo4j';
    process.env.NEO4J_PASSWORD = process.env.NEO4J_TEST_PASSWORD ?? '';
    const graph = new Graph(loadConfig());
    try {
      await migrate(graph);
    } finally {
      await graph.close();
    }
    return;
  }
  const t0 = Date.now();
  const neo = await startThrowawayNeo4j({ prefix: 'newsgraph-test-', log: (l) => process.stderr.write(`[test neo4j] ${l}\n`) });
  process.stderr.write(`\n[test neo4j] started at ${neo.uri} in ${((Date.now() - t0) / 1000).toFixed(1)} s (home ${neo.home})\n`);
  Object.assign(process.env, neo.env);
  // The teardown runs in this same process: keep the handle for it.
  globalThis.__newsgraphTestNeo4j = neo;
}
