// Extraction speed on one core (this process is single-threaded): articles/s and KB/s
// for ~5 KB articles. Usage: node bench/extract.mjs [N]
import { extractArticle } from '../dist/extract/index.js';
import { syntheticArticles } from './corpus.mjs';

const n = Number(process.argv[2] ?? 1000);
const articles = syntheticArticles(n, 5000);
const kb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / 1024;
for (const a of articles.slice(0, 50)) extractArticle(a); // warm up the JIT and the gazetteer index
const t0 = process.hrtime.bigint();
let relations = 0;
for (const a of articles) relations += extractArticle(a).relations.length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ articles: n, avgKB: +(kb / n).toFixed(1), seconds: +s.toFixed(2), articlesPerSec: +(n / s).toFixed(1), kbPerSec: +(kb / s).toFixed(0), relations }));
