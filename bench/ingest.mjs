// Ingestion throughput, side by side in one run on one throwaway Neo4j:
//   - end to end (read + parse + extract + write), and
//   - writes alone (rows prepared beforehand), over a batch-size sweep.
// Besides wall-clock rates it reports CPU milliseconds per article of Neo4j (its JVM, all
// threads, from /proc) and of this Node process: on a shared 2-core machine the rates move
// with other people's load, the CPU cost per article much less.
// Usage: node bench/ingest.mjs [N] [batch sizes, comma-separated] [warm-up articles, default 2N]
// The cold figure (the first N articles after Neo4j starts) is reported on its own line: it is a
// property of the JVM's warm-up, paid once per database process, not of a batch size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startThrowawayNeo4j } from '../dist/graph/managed/throwawayNeo4j.js';
import { extractArticle } from '../dist/extract/index.js';
import { toArticleRows } from '../dist/graph/write/toArticleRows.js';
import { writeBatch } from '../dist/graph/write/writeBatch.js';
import { DEFAULT_BATCH_SIZE as DEFAULT_BATCH, ingest } from '../dist/pipeline.js';
import { syntheticArticles } from './corpus.mjs';

const n = Number(process.argv[2] ?? 600);
const sizes = (process.argv[3] ?? '10,50,100,200').split(',').map(Number);
const warmup = Number(process.argv[4] ?? 2 * n);
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
/** One end-to-end ingest of `list` at `batchSize`: rate and CPU per article of both processes. */
async function endToEnd(list, batchSize) {
  const t0 = Date.now();
  const [neo0, node0] = [neoCpu(), nodeCpu()];
  const sources = list.map((a, i) => ({ label: String(i), read: async () => a }));
  const s = await ingest(graph, sources, { batchSize, ...(process.env.INGEST_WORKERS ? { workers: process.env.INGEST_WORKERS !== '0' } : {}) });
  if (s.articles.failed) throw new Error(`failures: ${JSON.stringify(s.failures.slice(0, 3))}`);
  const ms = Date.now() - t0;
  return { perSec: rate(list.length, ms), seconds: ms / 1000, cpu: { neo4j: (neoCpu() - neo0) / list.length, node: (nodeCpu() - node0) / list.length } };
}
const ms1 = (x) => +x.toFixed(1);
try {
  // 1. Cold: the first work of a freshly started Neo4j (its JIT compiles the kernel and Cypher
  //    runtime while it runs), at the default batch size.
  const cold = await endToEnd(articles, DEFAULT_BATCH);
  console.error(JSON.stringify({ cold }));
  // 2. Warm-up, not measured: more articles under other URLs, until the JVM has settled
  //    (as a long-running database is after its first few hundred articles).
  await endToEnd(syntheticArticles(warmup, 5000).map((a) => ({ ...a, url: a.url + '/warmup' })), DEFAULT_BATCH);
  // 3. The sweep, each size on a cleared graph: end to end, then writes alone.
  for (const batchSize of sizes) {
    await clear();
    const e = await endToEnd(articles, batchSize);

    await clear();
    const rows = articles.map((a) => toArticleRows(extractArticle(a)));
    const t0 = Date.now();
    const [neo0, node0] = [neoCpu(), nodeCpu()];
    for (let i = 0; i < rows.length; i += batchSize) await writeBatch(graph, rows.slice(i, i + batchSize));
    const writes = Date.now() - t0;
    results.push({
      batchSize,
      articles: n,
      endToEndPerSec: e.perSec,
      writesOnlyPerSec: rate(n, writes),
      endToEndSec: e.seconds,
      writesSec: writes / 1000,
      endToEndCpuMsPerArticle: { neo4j: ms1(e.cpu.neo4j), node: ms1(e.cpu.node) },
      writesCpuMsPerArticle: { neo4j: ms1((neoCpu() - neo0) / n), node: ms1((nodeCpu() - node0) / n) },
    });
    console.error(JSON.stringify(results.at(-1)));
  }
  console.log(`Cold start (the first ${n} articles after Neo4j starts, batch ${DEFAULT_BATCH}): ${cold.perSec} articles/s end to end, CPU ms/article Neo4j ${ms1(cold.cpu.neo4j)} + Node ${ms1(cold.cpu.node)}`);
  console.log(`Then ${warmup} articles of warm-up (not measured), then the sweep:\n`);
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
