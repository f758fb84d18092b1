// Ingestion throughput, side by side in one run on one throwaway Neo4j:
//   - end to end (read + parse + extract + write), and
//   - writes alone (rows prepared beforehand), over a batch-size sweep.
// Besides wall-clock rates it reports CPU milliseconds per article of Neo4j (its JVM, all
// threads, from /proc) and of this Node process: on a shared 2-core machine the rates move
// with other people's load, the CPU cost per article much less.
// Usage: node bench/ingest.mjs [N] [batch sizes, comma-separated]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
const neoPid = (() => {
  try {
    return JSON.parse(readFileSync(join(neo.home, 'run', 'newsgraph-neo4j.pid'), 'utf8')).pid;
  } catch {
    return null;
  }
})();
// utime + stime of the Neo4j JVM in ms (clock ticks of 10 ms), or NaN where /proc is missing.
const neoCpu = () => {
  try {
    const f = readFileSync(`/proc/${neoPid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
};
const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const clear = () => graph.autoCommit('MATCH (n) WHERE NOT n:SchemaMigration CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
const rate = (count, ms) => +((count * 1000) / ms).toFixed(1);
const results = [];
try {
  // Warm-up: 20 other articles written once, so the query plans exist and the first measured
  // mode is not alone in paying for them. The JVM is otherwise cold: the first row of the table
  // is the first run after a fresh start.
  await ingest(graph, articles.slice(0, 20).map((a, i) => ({ label: `warm${i}`, read: async () => ({ ...a, url: a.url + '/warm' }) })), { batchSize: 10 });
  for (const batchSize of sizes) {
    await clear();
    let t0 = Date.now();
    let [neo0, node0] = [neoCpu(), nodeCpu()];
    const sources = articles.map((a, i) => ({ label: String(i), read: async () => a }));
    const s = await ingest(graph, sources, { batchSize, ...(process.env.INGEST_WORKERS ? { workers: process.env.INGEST_WORKERS !== '0' } : {}) });
    const e2e = Date.now() - t0;
    const e2eCpu = { neo4j: (neoCpu() - neo0) / n, node: (nodeCpu() - node0) / n };
    if (s.articles.failed) throw new Error(`failures: ${JSON.stringify(s.failures.slice(0, 3))}`);

    await clear();
    const rows = articles.map((a) => toArticleRows(extractArticle(a)));
    t0 = Date.now();
    [neo0, node0] = [neoCpu(), nodeCpu()];
    for (let i = 0; i < rows.length; i += batchSize) await writeBatch(graph, rows.slice(i, i + batchSize));
    const writes = Date.now() - t0;
    const writesCpu = { neo4j: (neoCpu() - neo0) / n, node: (nodeCpu() - node0) / n };
    const ms = (x) => +x.toFixed(1);
    results.push({
      batchSize,
      articles: n,
      endToEndPerSec: rate(n, e2e),
      writesOnlyPerSec: rate(n, writes),
      endToEndSec: e2e / 1000,
      writesSec: writes / 1000,
      endToEndCpuMsPerArticle: { neo4j: ms(e2eCpu.neo4j), node: ms(e2eCpu.node) },
      writesCpuMsPerArticle: { neo4j: ms(writesCpu.neo4j), node: ms(writesCpu.node) },
    });
    console.error(JSON.stringify(results.at(-1)));
  }
  const counts = (await graph.named('graphCounts')).records.map((r) => `${r.get('name')}=${r.get('count')}`).join(' ');
  console.log('| batch size | articles | end to end (articles/s) | writes only (articles/s) | ms CPU/article end to end: Neo4j + Node | writes only: Neo4j + Node |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const e = r.endToEndCpuMsPerArticle;
    const w = r.writesCpuMsPerArticle;
    console.log(`| ${r.batchSize} | ${r.articles} | ${r.endToEndPerSec} | ${r.writesOnlyPerSec} | ${e.neo4j} + ${e.node} | ${w.neo4j} + ${w.node} |`);
  }
  console.log(`\nGraph after one run: ${counts}`);
} finally {
  await graph.close();
  await neo.stop();
}
