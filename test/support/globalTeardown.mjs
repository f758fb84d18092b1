// Plain ESM on purpose: jest loads global setup through Node's own loader, which resolves
// neither TypeScript nor jest's moduleNameMapper, so it uses the build in dist/ (npm test builds first).
import { rmSync } from 'node:fs';
import { loadConfig } from '../../dist/config/config.js';
import { ManagedNeo4j } from '../../dist/graph/managed/managedNeo4j.js';

/** Stops the test run's Neo4j and deletes its folder (nothing to do for NEO4J_TEST_URI). */
export default async function globalTeardown() {
  const home = process.env.NEWSGRAPH_TEST_HOME;
  if (!home) return;
  const cfg = loadConfig({
    NEWSGRAPH_HOME: home,
    NEWSGRAPH_BOLT_PORT: process.env.NEWSGRAPH_TEST_BOLT_PORT,
    NEWSGRAPH_HTTP_PORT: process.env.NEWSGRAPH_TEST_HTTP_PORT,
  });
  await new ManagedNeo4j(cfg.managed).stop();
  rmSync(home, { recursive: true, force: true });
}
