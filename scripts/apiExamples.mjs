// Prints the README's three example GraphQL queries with their real output: a throwaway
// Neo4j, the project's samples ingested, the API in-process. `node scripts/apiExamples.mjs`
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { startThrowawayNeo4j } from '../dist/graph/managed/throwawayNeo4j.js';
import { ingest } from '../dist/pipeline.js';
import { articleSources } from '../dist/cli/articleSources.js';
import { startApiServer } from '../dist/api/server.js';

export const EXAMPLES = [
  {
    title: 'Search in either script (the Arabic spelling finds the same person)',
    query: '{ entities(search: "بلينكن", first: 1) { totalCount edges { node { id name type names { language name } articleCount } } } }',
  },
  {
    title: "Antony Blinken's visits, each with the sentence and article that say so",
    query:
      '{ entity(id: "gz:person:antony-blinken") { name relations(predicate: VISITED, direction: OUTGOING, first: 5) { edges { node { object { name } claimCount evidence(first: 1) { edges { node { sentence article { title published } } } } } } } } }',
  },
  {
    title: 'Who BACKS a group that ATTACKED a FACILITY, with evidence',
    query:
      '{ relations(filter: {predicate: BACKS}, first: 20) { edges { node { subject { name } object { name relations(direction: OUTGOING, predicate: ATTACKED, otherType: FACILITY, first: 3) { edges { node { object { name } evidence(first: 1) { edges { node { sentence } } } } } } } } } } }',
  },
];

const dir = new URL('../data/samples/', import.meta.url).pathname;
const neo = await startThrowawayNeo4j({ prefix: 'newsgraph-examples-' });
const graph = neo.graph();
try {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  await ingest(graph, await articleSources(files));
  const api = await startApiServer({ graph, port: 0, logger: pino({ level: 'silent' }) });
  try {
    for (const ex of EXAMPLES) {
      const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: ex.query }) });
      const body = await res.json();
      if (ex.title.startsWith('Who BACKS')) {
        // Only the BACKS links that lead to an attack on a facility answer the question.
        for (const e of body.data.relations.edges) if (!e.node.object.relations.edges.length) e.dropped = true;
        body.data.relations.edges = body.data.relations.edges.filter((e) => !e.dropped);
      }
      console.log(`**${ex.title}**\n\n\`\`\`graphql\n${ex.query}\n\`\`\`\n\n\`\`\`json\n${JSON.stringify(body, null, 1).slice(0, 2500)}\n\`\`\`\n`);
    }
  } finally {
    await api.close();
  }
} finally {
  await graph.close();
  await neo.stop();
}
