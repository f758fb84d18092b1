/**
 * Command-line inputs → article sources: files, folders (recursive; .txt, .json,
 * .jsonl) or `-` for stdin. Annotation files beside samples (`*.expected.json`,
 * `*.gold.json`) are not articles and are skipped.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ErrorCode, NewsgraphError } from '../errors.js';
import type { ArticleSource } from '../pipeline.js';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../parse/decodeArticleBytes.js';

/** A JSONL file holds many articles; each line is still held to MAX_ARTICLE_BYTES. */
const MAX_JSONL_BYTES = 1024 * 1024 * 1024;
import { readArticleInput } from '../parse/readArticleInput.js';
import { articleInputFromText } from '../parse/articleInputFromText.js';

const ARTICLE_EXT = new Set(['.txt', '.json', '.jsonl']);
const isAnnotation = (f: string) => /\.(expected|gold)\.json$/.test(f);

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(p)));
    else if (ARTICLE_EXT.has(extname(entry.name)) && !isAnnotation(entry.name)) out.push(p);
  }
  return out;
}

/** Files named on the command line (folders expanded); a missing path is an error before anything runs. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    const s = await stat(p).catch(() => null);
    if (!s) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${p}: no such file or folder`);
    files.push(...(s.isDirectory() ? await walk(p) : [p]));
  }
  return files;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const looksJsonl = (text: string) => {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'));
};

function jsonlSources(label: string, text: string): ArticleSource[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const where = `${label}:${i + 1}`;
    return [
      {
        label: where,
        read: async () => {
          if (Buffer.byteLength(line) > MAX_ARTICLE_BYTES) {
            throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${where}: the article is too large (at most ${MAX_ARTICLE_BYTES} bytes)`);
          }
          let obj: unknown;
          try {
            obj = JSON.parse(line);
          } catch (e) {
            throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${where}: not valid JSON (${(e as Error).message})`);
          }
          if (!obj || typeof obj !== 'object' || typeof (obj as { text?: unknown }).text !== 'string' || !(obj as { text: string }).text.trim()) {
            throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${where}: expected an object with a non-empty "text" string`);
          }
          return readArticleInput(line);
        },
      },
    ];
  });
}

/** Sources for the given files (from expandPaths). JSONL files become one source per line. */
export async function articleSources(files: string[]): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for (const f of files) {
    if (f === '-') {
      const text = decodeArticleBytes(await readStdin(), 'stdin', MAX_JSONL_BYTES);
      if (looksJsonl(text)) out.push(...jsonlSources('stdin', text));
      else out.push({ label: 'stdin', read: async () => readArticleInput(text) });
    } else if (f.endsWith('.jsonl')) {
      const text = decodeArticleBytes(await readFile(f), f, MAX_JSONL_BYTES);
      out.push(...jsonlSources(f, text));
    } else {
      out.push({
        label: f,
        read: async () => {
          const text = decodeArticleBytes(await readFile(f), f);
          return f.endsWith('.json') ? articleInputFromText(text, f) : readArticleInput(text);
        },
      });
    }
  }
  return out;
}
