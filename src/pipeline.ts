/**
 * The whole pipeline, as in the README's picture:
 *
 *   article text ─► parse ─► extract ─► graph rows ─► batched, idempotent write ─► Neo4j
 *
 * A failing article never stops a run: it is recorded with its reason and the rest
 * goes on. A batch whose write fails is retried article by article to find the culprit.
 * Extraction runs on a worker thread and overlaps the write of the previous batch.
 */
import { extractArticle } from './extract/index.js';
import type { ArticleDoc } from './extract/types.js';
import { isNewsgraphError } from './errors.js';
import type { Graph } from './graph/driver.js';
import { toArticleRows } from './graph/write/toArticleRows.js';
import type { ArticleRows, IngestOutcome } from './graph/write/types.js';
import { writeBatch, type MergeRecordRow } from './graph/write/writeBatch.js';
import { ExtractPool } from './extractPool/ExtractPool.js';
import { availableParallelism } from 'node:os';
import type { ArticleInput } from './parse/types.js';

/** One article to ingest, read lazily so a huge folder is never all in memory. */
export interface ArticleSource {
  /** Where it came from, for reports: a path, `path:line`, `stdin`. */
  label: string;
  read(): Promise<string | ArticleInput>;
}

export interface IngestFailure {
  label: string;
  reason: string;
}

export interface IngestProgress {
  done: number;
  failed: number;
  total: number | null;
}

let shared: ExtractPool | null = null;
/** One extraction worker per process, started on first use and reused (its JIT stays warm). */
const sharedPool = (): ExtractPool => {
  if (!shared || !shared.threaded) shared = new ExtractPool();
  return shared;
};

/** Below this many articles (when the count is known) extraction stays on the main thread. */
const POOL_MIN_ARTICLES = 20;

export interface IngestOptions {
  batchSize?: number;
  /**
   * Extract on a worker thread. Default: only with more than two cores. On two cores Neo4j needs
   * one, and the worker's extra copying cost more than the overlap gave (bench/RESULTS.md).
   */
  workers?: boolean;
  dryRun?: boolean;
  onProgress?: (p: IngestProgress) => void;
}

export interface IngestSummary {
  articles: Record<IngestOutcome | 'failed', number>;
  entities: number;
  relations: number;
  claims: number;
  statements: number;
  merges: MergeRecordRow[];
  failures: IngestFailure[];
  seconds: number;
  dryRun: boolean;
}

/** Articles per write transaction: the best warm setting on two cores in every sweep (bench/RESULTS.md). */
export const DEFAULT_BATCH_SIZE = 100;

/** parse + extract: text in, extraction out (pure, no database). */
export function extractDocument(input: string | ArticleInput): ArticleDoc {
  return extractArticle(input);
}

export async function ingest(graph: Graph, sources: Iterable<ArticleSource> | AsyncIterable<ArticleSource>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const summary: IngestSummary = {
    articles: { new: 0, updated: 0, unchanged: 0, failed: 0 },
    entities: 0,
    relations: 0,
    claims: 0,
    statements: 0,
    merges: [],
    failures: [],
    seconds: 0,
    dryRun: Boolean(opts.dryRun),
  };
  const total = Array.isArray(sources) ? sources.length : null;
  let done = 0;
  const progress = () => opts.onProgress?.({ done, failed: summary.articles.failed, total });
  const fail = (label: string, e: unknown) => {
    summary.articles.failed++;
    summary.failures.push({ label, reason: reasonOf(e) });
  };

  const write = async (batch: Array<{ label: string; rows: ArticleRows }>) => {
    try {
      record(summary, await writeBatch(graph, batch.map((b) => b.rows), { dryRun: opts.dryRun }));
    } catch (e) {
      if (isNewsgraphError(e) && e.code === 'SERVICE_UNAVAILABLE') throw e; // no database: nothing else can succeed
      // Find the article that breaks the batch; the others still land.
      for (const b of batch) {
        try {
          record(summary, await writeBatch(graph, [b.rows], { dryRun: opts.dryRun }));
        } catch (e2) {
          if (isNewsgraphError(e2) && e2.code === 'SERVICE_UNAVAILABLE') throw e2;
          fail(b.label, e2);
        }
      }
    }
    done += batch.length;
    progress();
  };

  // One batch is written while the next is extracted, so Neo4j (on the other core) and
  // the extractor work at the same time. Batches are still written one after another,
  // in input order, so entity resolution sees the same sequence as a serial run.
  let pending: Array<{ label: string; rows: ArticleRows }> = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    await writing; // at most one batch in flight; a failed write stops the run here
    writing = write(batch);
    writing.catch(() => {}); // handled when awaited above or at the end
  };

  // With spare cores, extraction runs on a worker thread for runs of more than a few articles
  // (starting it costs more than it saves on a handful): the next articles are extracted while this
  // thread serializes and writes the current batch. Results come back in input order either way.
  const workers = opts.workers ?? availableParallelism() > 2;
  const pool = !workers || (total !== null && total < POOL_MIN_ARTICLES) ? null : sharedPool();
  const inflight: Array<{ label: string; rows: Promise<ArticleRows> }> = [];
  const take = async (label: string, rows: () => ArticleRows | Promise<ArticleRows>) => {
    try {
      pending.push({ label, rows: await rows() });
    } catch (e) {
      fail(label, e);
      done++;
      progress();
    }
    if (pending.length >= batchSize) await flush();
  };
  /** Takes worker results, oldest first, until at most `keep` are still in flight. */
  const drainTo = async (keep: number) => {
    while (inflight.length > keep) {
      const next = inflight.shift()!;
      await take(next.label, () => next.rows);
    }
  };
  // (the worker is not closed: it serves the next ingest of this process with a warm JIT, and never keeps the process alive)
  for await (const src of sources) {
    let input: string | ArticleInput;
    try {
      input = await src.read();
    } catch (e) {
      fail(src.label, e);
      done++;
      progress();
      continue;
    }
    if (pool?.threaded) {
      const rows = pool.rows(input);
      rows.catch(() => {}); // handled when taken below
      inflight.push({ label: src.label, rows });
      // two batches ahead keeps the worker busy while a batch is written
      await drainTo(batchSize * 2 - 1);
    } else {
      // (a worker that died has answered what it held in-thread: take those first, in order)
      await drainTo(0);
      await take(src.label, () => toArticleRows(extractDocument(input)));
    }
    // Let the in-flight write's network callbacks run between two articles.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await drainTo(0);
  await flush();
  await writing;
  summary.seconds = (Date.now() - t0) / 1000;
  return summary;
}

function record(summary: IngestSummary, r: Awaited<ReturnType<typeof writeBatch>>) {
  for (const o of r.outcomes.values()) summary.articles[o]++;
  summary.entities += r.entities;
  summary.relations += r.relationsRefreshed;
  summary.claims += r.claims;
  summary.statements += r.statements;
  summary.merges.push(...r.merges);
}

function reasonOf(e: unknown): string {
  if (isNewsgraphError(e)) return e.message;
  return `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
}
