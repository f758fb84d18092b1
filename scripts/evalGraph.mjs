// `npm run eval`, graph part: ingests a corpus folder twice into a throwaway managed
// Neo4j (own temp folder and ports; never the user's .neo4j), checks that the second
// run changes no count, and prints the evidence queries' answers on that corpus —
// through Cypher (cypher/queries) and through the GraphQL API.
// Usage: node scripts/evalGraph.mjs DIR
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startThrowawayNeo4j } from '../dist/graph/managed/throwawayNeo4j.js';
import { ingest } from '../dist/pipeline.js';
import { articleSources } from '../dist/cli/articleSources.js';
import { startApiServer } from '../dist/api/server.js';
import { pino } from 'pino';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/evalGraph.mjs DIR');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const neo = await startThrowawayNeo4j({ prefix: 'newsgraph-eval-', log: (l) => console.error(l) });
let failed = false;
try {
  const graph = neo.graph();
  try {
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

    console.log('\nThe same question through the GraphQL API:');
    const api = await startApiServer({ graph, port: 0, logger: pino({ level: 'silent' }) });
    try {
      const query = `{ relations(filter: {predicate: BACKS}, first: 50) { edges { node {
        subject { name } object { name relations(direction: OUTGOING, predicate: ATTACKED, otherType: FACILITY, first: 20) {
          edges { node { object { name } evidence(first: 1) { edges { node { sentence article { title } } } } } } } }
        evidence(first: 1) { edges { node { sentence } } } } } } }`;
      const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = await res.json();
      if (body.errors) {
        console.log(`  errors: ${JSON.stringify(body.errors)}`);
        failed = true;
      }
      const chains = (body.data?.relations.edges ?? []).flatMap((b) =>
        b.node.object.relations.edges.map((a) => `  ${b.node.subject.name} —BACKS→ ${b.node.object.name} —ATTACKED→ ${a.node.object.name}\n    "${a.node.evidence.edges[0]?.node.sentence.slice(0, 140)}" (${a.node.evidence.edges[0]?.node.article.title?.slice(0, 60)})`),
      );
      console.log(chains.length ? chains.join('\n') : '  (none found)');
      if (chains.length !== rows.length) {
        console.log(`  API and Cypher disagree: ${chains.length} vs ${rows.length} chains`);
        failed = true;
      }
    } finally {
      await api.close();
    }
  } finally {
    await graph.close();
  }
} finally {
  await neo.stop();
}
process.exit(failed ? 1 : 0);
