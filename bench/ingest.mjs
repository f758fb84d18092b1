// Ingestion throughput, side by side in one run on one throwaway Neo4j:
//   - end to end (read + parse + extract + write), and
//   - writes alone (rows prepared beforehand), over a batch-size sweep.
// Usage: node bench/ingest.mjs [N] [batch sizes, comma-separated]
import { startThrowawayNeo4j } from '../dist/graph/managed/throwawayNeo4j.js';
import { extractArticle } from '../dist/extract/index.js';
import { toArticleRows } from '../dist/graph/write/toArticleRows.js';
import { writeBatch } from '../dist/graph/write/writeBatch.js';
import { ingest } from '../dist/pipeline.js';
import { syntheticArticles } from './corpus.mjs';

const n = Number(process.argv[2] ?? 600);
const sizes = (process.argv[3] ?? '1,10,50,200').split(',').map(Number);
const articles = syntheticArticles(n, 5000);
const neo = await startThrowawayNeo4j({ prefix: 'newsgraph-bench-', heap: '2g', pageCache: '1g' });
const graph = neo.graph();
const clear = () => graph.autoCommit('MATCH (n) WHERE NOT n:SchemaMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
const rate = (count, ms) => +((count * 1000) / ms).toFixed(1);
const results = [];
try {
  // Warm-up: query plans compiled once, so the first measured mode is not penalized.
  await ingest(graph, articles.slice(0, 20).map((a, i) => ({ label: `warm${i}`, read: async () => ({ ...a, url: a.url + '/warm' }) })), { batchSize: 10 });
  for (const batchSize of sizes) {
    await clear();
    let t0 = Date.now();
    const sources = articles.map((a, i) => ({ label: String(i), read: async () => a }));
    const s = await ingest(graph, sources, { batchSize });
    const e2e = Date.now() - t0;
    if (s.articles.failed) throw new Error(`failures: ${JSON.stringify(s.failures.slice(0, 3))}`);

    await clear();
    const rows = articles.map((a) => toArticleRows(extractArticle(a)));
    t0 = Date.now();
    for (let i = 0; i < rows.length; i += batchSize) await writeBatch(graph, rows.slice(i, i + batchSize));
    const writes = Date.now() - t0;
    results.push({ batchSize, articles: n, endToEndPerSec: rate(n, e2e), writesOnlyPerSec: rate(n, writes), endToEndSec: e2e / 1000, writesSec: writes / 1000 });
    console.error(JSON.stringify(results.at(-1)));
  }
  const counts = (await graph.named('graphCounts')).records.map((r) => `${r.get('name')}=${r.get('count')}`).join(' ');
  console.log('| batch size | articles | end to end (articles/s) | writes only (articles/s) |');
  console.log('|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.batchSize} | ${r.articles} | ${r.endToEndPerSec} | ${r.writesOnlyPerSec} |`);
  console.log(`\nGraph after one run: ${counts}`);
} finally {
  await graph.close();
  await neo.stop();
}
