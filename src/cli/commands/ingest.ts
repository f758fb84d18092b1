/** `newsgraph ingest PATH…`: extract articles and write them to the graph, idempotently. */
import type { Command } from 'commander';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { DEFAULT_BATCH_SIZE, ingest, type IngestSummary } from '../../pipeline.js';
import { articleSources, expandPaths } from '../articleSources.js';
import { progressReporter } from '../progress.js';
import { withGraph } from './db.js';

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('extract articles and write them to Neo4j (files, folders with .txt/.json/.jsonl, or - for stdin)')
    .argument('<paths...>', 'files or folders; - reads stdin')
    .option('--dry-run', 'show what would change without writing')
    .option('--batch-size <n>', 'articles per transaction (the best warm setting on 2 cores, bench/RESULTS.md)', String(DEFAULT_BATCH_SIZE))
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: { dryRun?: boolean; batchSize: string; json?: boolean }) => {
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
        throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `--batch-size must be an integer from 1 to 5000, got ${JSON.stringify(opts.batchSize)}`);
      }
      const sources = await articleSources(await expandPaths(paths));
      if (sources.length === 0) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `no .txt, .json or .jsonl articles found in ${paths.join(', ')}`);
      const bar = progressReporter(opts.dryRun ? 'dry run' : 'ingest', sources.length);
      const summary = await withGraph(async (g) => {
        await g.verify();
        return ingest(g, sources, { batchSize, dryRun: opts.dryRun, onProgress: (p) => bar.update(p) });
      }).finally(() => bar.stop());
      process.stdout.write(opts.json ? JSON.stringify(summary, null, 2) + '\n' : renderSummary(summary));
      if (summary.articles.failed > 0) process.exitCode = 1;
    });
}

export function renderSummary(s: IngestSummary): string {
  const a = s.articles;
  const lines = [
    `${s.dryRun ? 'Dry run (nothing written): would ingest' : 'Ingested'} ${a.new + a.updated + a.unchanged + a.failed} article(s) in ${s.seconds.toFixed(1)} s`,
    `  articles:   ${a.new} new, ${a.updated} updated, ${a.unchanged} unchanged, ${a.failed} failed`,
    `  written:    ${s.entities} entities, ${s.relations} relations, ${s.claims} claims, ${s.statements} statements`,
  ];
  if (s.merges.length) {
    lines.push(`  merges:     ${s.merges.length} automatic entity merge(s) recorded (see \`newsgraph entities merges\`)`);
  }
  for (const f of s.failures) lines.push(`  FAILED ${f.label}: ${f.reason}`);
  return lines.join('\n') + '\n';
}
