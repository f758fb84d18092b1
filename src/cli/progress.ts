/**
 * Progress for long runs: a live bar (count, rate, failures, ETA) on a terminal,
 * plain periodic lines otherwise (CI logs, pipes), on stderr so stdout stays clean.
 */
import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline.js';

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(): void;
}

export function progressReporter(label: string, total: number | null, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const t0 = Date.now();
  const rate = (done: number) => (done / Math.max((Date.now() - t0) / 1000, 0.001)).toFixed(1);
  if (stream.isTTY && total) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} | {rate} articles/s | failed {failed} | ETA {eta_formatted}`,
        stream,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0', failed: 0 });
    return {
      update: (p) => bar.update(p.done, { rate: rate(p.done), failed: p.failed }),
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p) => {
      const now = Date.now();
      if (now - last < 2000 && p.done !== p.total) return;
      last = now;
      stream.write(`${label}: ${p.done}${p.total ? `/${p.total}` : ''} articles, ${rate(p.done)} articles/s, ${p.failed} failed\n`);
    },
    stop: () => {},
  };
}
