/**
 * The test run's database (started by globalSetup). Tests share it, so each test
 * works on data it can tell apart (its own ids or scope) and cleans up after itself.
 */
import { Graph } from '../../src/graph/driver.js';
import { loadConfig } from '../../src/config/config.js';

export function testGraph(): Graph {
  if (!process.env.NEO4J_URI) throw new Error('test/support/graph: NEO4J_URI is not set — the jest globalSetup did not run');
  return new Graph(loadConfig());
}

/** Removes every data node (keeps the schema migration log). */
export async function clearData(g: Graph): Promise<void> {
  // CALL … IN TRANSACTIONS only runs in an implicit (auto-commit) transaction.
  await g.autoCommit('MATCH (n) WHERE NOT n:SchemaMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
}
