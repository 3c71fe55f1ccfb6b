/**
 * Progress while a run goes: a bar on a terminal (articles done, articles/s, ETA), log lines
 * otherwise. The bar measures bytes read (the only total known before the end); reading runs
 * only a few articles ahead of analysis, so bytes track work done.
 */
import { SingleBar } from 'cli-progress';
import type { Logger } from '../src/logger';

export interface ProgressCounts {
  read: number;
  indexed: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

export interface ProgressReporter {
  /** Reports the counts and the bytes read so far. */
  update(counts: ProgressCounts, bytesRead: number): void;
  stop(): void;
}

const LOG_EVERY_MS = 5000;

/** A reporter drawing on stderr when it is a terminal, logging every few seconds when not; silent when disabled. */
export function createProgress(options: { enabled: boolean; tty: boolean; logger: Logger; totalBytes: number }): ProgressReporter {
  if (!options.enabled) return { update: () => {}, stop: () => {} };
  const started = Date.now();
  const rate = (n: number): number => Math.round(n / Math.max(0.001, (Date.now() - started) / 1000));
  const done = (c: ProgressCounts): number => c.indexed + c.unchanged + c.skipped + c.failed;
  if (options.tty) {
    const bar = new SingleBar({
      stream: process.stderr,
      format: '{bar} {percentage}% | {articles} articles | {rate} articles/s | ETA {eta_formatted}',
      etaBuffer: 50,
      hideCursor: true,
    });
    bar.start(Math.max(1, options.totalBytes), 0, { articles: 0, rate: 0 });
    return {
      update: (counts, bytesRead) => bar.update(Math.min(bytesRead, Math.max(1, options.totalBytes)), { articles: done(counts), rate: rate(done(counts)) }),
      stop: () => bar.stop(),
    };
  }
  let lastLog = started;
  return {
    update: (counts, bytesRead) => {
      const now = Date.now();
      if (now - lastLog < LOG_EVERY_MS) return;
      lastLog = now;
      const fraction = options.totalBytes > 0 ? bytesRead / options.totalBytes : 0;
      const etaSeconds = fraction > 0 ? Math.round(((now - started) / 1000) * (1 / fraction - 1)) : null;
      options.logger.info({ ...counts, articlesPerSecond: rate(done(counts)), etaSeconds }, 'indexer: progress');
    },
    stop: () => {},
  };
}
