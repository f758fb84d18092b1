// Stops the test run's Neo4j and deletes its folder (nothing to do with NEO4J_TEST_URI).
export default async function globalTeardown() {
  const neo = globalThis.__newsgraphTestNeo4j;
  if (neo) await neo.stop();
}
