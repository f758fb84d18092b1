// Extraction speed on one core (this process is single-threaded): articles/s and KB/s
// for ~5 KB articles, by wall clock and by this process's CPU time (the CPU figure is
// the one to compare on a shared machine, where other work inflates wall time).
// Usage: node bench/extract.mjs [N]
import { extractArticle } from '../dist/extract/index.js';
import { syntheticArticles } from './corpus.mjs';

const n = Number(process.argv[2] ?? 1000);
const articles = syntheticArticles(n, 5000);
const kb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1024;
for (const a of articles.slice(0, 50)) extractArticle(a); // warm up the JIT and the gazetteer index
const cpu0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
let relations = 0;
for (const a of articles) relations += extractArticle(a).relations.length;
const wall = Number(process.hrtime.bigint() - t0) / 1e9;
const c = process.cpuUsage(cpu0);
const cpu = (c.user + c.system) / 1e6;
console.log(
  JSON.stringify({
    articles: n,
    avgKB: +(kb / n).toFixed(1),
    wallSeconds: +wall.toFixed(2),
    cpuSeconds: +cpu.toFixed(2),
    articlesPerSecWall: +(n / wall).toFixed(1),
    articlesPerSecCpu: +(n / cpu).toFixed(1),
    msPerArticleCpu: +((cpu * 1000) / n).toFixed(2),
    kbPerSecCpu: +(kb / cpu).toFixed(0),
    relations,
  }),
);
