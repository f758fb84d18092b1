/**
 * Extraction off the main thread: one worker (the machine this targets has two cores, one of them
 * for Neo4j) that turns article inputs into graph rows, answering in submission order. When the
 * worker cannot start (no compiled worker file, e.g. under ts-jest) or dies, every pending and later
 * request is served in-thread instead, so ingestion never depends on it.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../extract/index.js';
import { toArticleRows } from '../graph/write/toArticleRows.js';
import type { ArticleRows } from '../graph/write/types.js';
import type { ArticleInput } from '../parse/types.js';
import { NewsgraphError } from '../errors.js';
import type { ExtractReply, ExtractRequest } from './messages.js';

/** The compiled worker: dist/ is where `npm run build` puts it, for code run from src/ (tests) and dist/ alike. */
const WORKER_FILE = fileURLToPath(new URL('../../dist/extractPool/extractWorker.js', import.meta.url));

interface Pending {
  input: string | ArticleInput;
  resolve: (rows: ArticleRows) => void;
  reject: (e: unknown) => void;
}

const inThread = (input: string | ArticleInput): ArticleRows => toArticleRows(extractArticle(input));

export class ExtractPool {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor() {
    if (!existsSync(WORKER_FILE)) return;
    try {
      const w = new Worker(WORKER_FILE);
      w.on('message', (reply: ExtractReply) => this.settle(reply));
      w.on('error', () => this.fallBack());
      w.on('exit', () => this.fallBack());
      // an idle worker must not keep the process alive (it is ref'd while it holds work)
      w.unref();
      this.worker = w;
    } catch {
      this.worker = null;
    }
  }

  /** Whether extraction runs on the worker thread. */
  get threaded(): boolean {
    return this.worker !== null;
  }

  rows(input: string | ArticleInput): Promise<ArticleRows> {
    if (!this.worker) return new Promise((resolve) => resolve(inThread(input)));
    const id = this.nextId++;
    return new Promise<ArticleRows>((resolve, reject) => {
      if (!this.pending.size) this.worker!.ref();
      this.pending.set(id, { input, resolve, reject });
      this.worker!.postMessage({ id, input } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) {
      w.removeAllListeners('exit');
      w.removeAllListeners('error');
      await w.terminate();
    }
    this.fallBack();
  }

  private settle(reply: ExtractReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (!this.pending.size) this.worker?.unref();
    if (reply.ok) p.resolve(reply.rows);
    else if (reply.error.code) p.reject(new NewsgraphError(reply.error.code, reply.error.message, reply.error.details));
    else p.reject(new Error(reply.error.message));
  }

  /** The worker is gone: what it had not answered is done here, in order. */
  private fallBack(): void {
    this.worker = null;
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const p of left) {
      try {
        p.resolve(inThread(p.input));
      } catch (e) {
        p.reject(e);
      }
    }
  }
}
