// Synthetic benchmark corpus made from the project's own samples (data/samples):
// article i is sample i mod 8, stretched to ~5 KB with another page in the same
// language, under its own URL and with one unique line, so every article is new to
// the graph while the entities repeat the way real news repeats them (heavy hubs).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../data/samples/', import.meta.url).pathname;

export function samplePages() {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), lang: f.includes('-ar') ? 'ar' : 'en' }));
}

/** `n` article inputs of about `targetBytes` each. */
export function syntheticArticles(n, targetBytes = 5000) {
  const pages = samplePages();
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = pages[i % pages.length];
    const same = pages.filter((q) => q.lang === p.lang && q.name !== p.name);
    let text = p.text;
    for (let k = 0; Buffer.byteLength(text) < targetBytes && k < same.length; k++) {
      const other = same[(i + k) % same.length].text;
      text += '\n\n' + other.slice(Math.floor(other.length / 3));
    }
    // Cut back to the target size at a paragraph break, so the average is the size asked for.
    while (Buffer.byteLength(text) > targetBytes * 1.1) {
      const cut = text.lastIndexOf('\n\n', text.length - 2);
      if (cut < targetBytes * 0.6) break;
      text = text.slice(0, cut);
    }
    out.push({ url: `https://bench.example/${i}`, text: `${text}\n\nRef ${i}.` });
  }
  return out;
}
