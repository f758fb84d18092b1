// `npm run eval`, graph part: ingests a corpus folder twice into a throwaway managed
// Neo4j (own temp folder and ports; never the user's .neo4j), checks that the second
// run changes no count, and prints the evidence queries' answers on that corpus.
// Usage: node scripts/evalGraph.mjs DIR
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../dist/config/config.js';
import { Graph } from '../dist/graph/driver.js';
import { ManagedNeo4j } from '../dist/graph/managed/managedNeo4j.js';
import { readPassword } from '../dist/graph/managed/password.js';
import { freePort } from '../dist/graph/managed/portCheck.js';
import { migrate } from '../dist/graph/migrations.js';
import { ingest } from '../dist/pipeline.js';
import { articleSources } from '../dist/cli/articleSources.js';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/evalGraph.mjs DIR');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const home = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
const cfg = loadConfig({ ...process.env, NEWSGRAPH_HOME: home, NEWSGRAPH_BOLT_PORT: String(await freePort()), NEWSGRAPH_HTTP_PORT: String(await freePort()), NEWSGRAPH_NEO4J_HEAP: '768m', NEWSGRAPH_NEO4J_PAGECACHE: '256m', NEO4J_URI: '' });
const neo = new ManagedNeo4j(cfg.managed);
let failed = false;
try {
  const started = await neo.start((l) => console.error(l));
  const graph = new Graph(loadConfig({ NEO4J_URI: started.uri, NEO4J_PASSWORD: readPassword(home) }));
  try {
    await migrate(graph);
    const counts = async () => Object.fromEntries((await graph.named('graphCounts')).records.map((r) => [`${r.get('kind')}:${r.get('name')}`, r.get('count')]));
    const first = await ingest(graph, await articleSources(files));
    const a = await counts();
    const second = await ingest(graph, await articleSources(files));
    const b = await counts();
    const same = JSON.stringify(a) === JSON.stringify(b);
    console.log(`ingest #1: ${JSON.stringify(first.articles)}; ingest #2: ${JSON.stringify(second.articles)}`);
    console.log(`counts after #1: ${JSON.stringify(a)}`);
    console.log(`second ingest left every count unchanged: ${same ? 'yes' : 'NO'}`);
    if (!same || first.articles.failed) failed = true;

    console.log('\nWho BACKS the groups that ATTACKED a FACILITY (with evidence):');
    const rows = (await graph.named('backersOfAttackersOnFacilities', { limit: 50 })).records.map((r) => r.toObject());
    if (!rows.length) console.log('  (none found)');
    for (const r of rows) {
      console.log(`  ${r.backer} —BACKS→ ${r.group} —ATTACKED→ ${r.facility}`);
      console.log(`    backs:    "${r.backsEvidence[0]?.sentence.slice(0, 140)}"`);
      console.log(`    attacked: "${r.attackEvidence[0]?.sentence.slice(0, 140)}"`);
    }
  } finally {
    await graph.close();
  }
} finally {
  await neo.stop();
  rmSync(home, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
