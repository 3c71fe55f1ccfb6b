/**
 * The indexer pipeline: read sources → identify (id, content hash) → skip unchanged → analyse
 * (worker threads) → build documents → feed the engine in bounded batches. One run at a time
 * per index (lock); what a killed run did not finish, the next run does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AppConfig } from '../src/config';
import type { EngineConnection } from '../src/engine/connect';
import { AppError, errorMessage } from '../src/errors';
import type { Logger } from '../src/logger';
import { createAnalyzer, type Analyzer } from './analysis/pool';
import { ANALYSIS_VERSION } from './analysis/version';
import { articleId, contentHash } from './document/identity';
import { fetchExisting } from './engine/existing';
import { prepareTarget, type Target } from './engine/target';
import { waitOk } from './engine/tasks';
import { Meilisearch } from 'meilisearch';
import { Feeder } from './feed/feeder';
import { meilisearchSink, TransientSendError } from './feed/sink';
import { acquireLock, type LockHandle } from './lock';
import { createProgress, type ProgressReporter } from './progress';
import { isSourceError, originFile, readSources, sourceBytes } from './sources';

export interface IndexOptions {
  /** Files, folders (recursive) and "-" for JSON Lines on stdin. */
  paths: string[];
  /** Analyse and report, write nothing (no lock, no index, no settings). */
  dryRun?: boolean;
  /** Remove documents whose source file no longer exists. */
  prune?: boolean;
  /** The caller prints the summary as JSON (the CLI's --json); no effect on the run. */
  json?: boolean;
  /** Report progress (bar on a terminal, log lines otherwise). Default false. */
  progress?: boolean;
  /** Batches in flight to the engine. Default DEFAULT_CONCURRENCY. */
  concurrency?: number;
  /** Analysis worker threads; 0 analyses in this thread. Default: 2 on ≥ 2 cores, else 0. */
  workers?: number;
  /** Most documents per batch. Default 1000. */
  batchSize?: number;
  /** Most bytes per batch. Default 16 MB (Meilisearch refuses over 100 MB). */
  batchBytes?: number;
  /** Stream to read for "-" (default process.stdin). */
  stdin?: Readable;
}

export interface IndexDeps {
  config: AppConfig;
  engine: EngineConnection;
  logger: Logger;
}

/** What a run did; `read` = indexed + unchanged + skipped + failed. */
export interface IndexSummary {
  read: number;
  indexed: number;
  unchanged: number;
  skipped: number;
  failed: number;
  seconds: number;
}

/**
 * Batches in flight by default. The engine indexes every task enqueued when it starts a batch in
 * that one batch, and each batch pays for the whole index again (prefix and facet databases), so
 * a full run costs the engine less the more tasks wait for it: on the 35,440-article corpus, 4 in
 * flight gave engine batches of ~600 documents and a 290-296 s run, 16 gave ~2,000 and 249 s, 64
 * gave ~2,700 and 235 s (the engine taking all that arrived while it worked).
 */
export const DEFAULT_CONCURRENCY = 32;
/** Bytes of batches held at once (MAX_IN_FLIGHT_BYTES / 16 MB ≥ 4 full-size batches in flight). */
const MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;
/**
 * How often an awaited task is polled: every batch in flight polls its own task, so with many in
 * flight a short interval becomes hundreds of requests a second for nothing.
 */
const TASK_POLL_MS = 250;

function defaultWorkers(): number {
  return os.availableParallelism() >= 2 ? 2 : 0;
}

/** Runs the indexer once; throws AppError for a run that could not run (lock held, engine unreachable). */
export async function runIndexer(options: IndexOptions, deps: IndexDeps): Promise<IndexSummary> {
  const { config, engine, logger } = deps;
  const started = performance.now();
  const dryRun = options.dryRun ?? false;
  const counts = { read: 0, indexed: 0, unchanged: 0, skipped: 0, failed: 0 };
  const lock: LockHandle | null = dryRun ? null : acquireLock(config.dataDir, config.indexName);
  const client = new Meilisearch({ host: engine.url, apiKey: engine.adminKey, timeout: 120_000 });
  let target: Target | null = null;
  let analyzer: Analyzer | null = null;
  let progress: ProgressReporter | null = null;
  let bytesRead = 0;
  try {
    // Workers load their models while the index is prepared and the existing hashes are read.
    analyzer = createAnalyzer(options.workers ?? defaultWorkers());
    progress = createProgress({
      enabled: options.progress ?? false,
      tty: Boolean(process.stderr.isTTY),
      logger,
      totalBytes: options.paths.includes('-') ? 0 : sourceBytes(options.paths),
    });
    target = await prepareTarget(client, config.indexName, { dryRun, logger });
    const index = client.index(target.uid);
    const existing = await fetchExisting(index);
    logger.info({ index: target.uid, mode: target.mode, existing: existing.size, analysisThreads: analyzer.threads }, 'indexer: starting');

    const feeder = new Feeder({
      sink: dryRun ? async () => {} : meilisearchSink(index, { pollMs: TASK_POLL_MS }),
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      maxInFlightBytes: MAX_IN_FLIGHT_BYTES,
      maxDocs: options.batchSize ?? 1000,
      maxBytes: options.batchBytes ?? 16 * 1024 * 1024,
      maxWaitMs: 2000,
      transientRetries: 5,
      backoffMs: 500,
      onIndexed: (items) => {
        counts.indexed += items.length;
        progress?.update(counts, bytesRead);
      },
      onRetry: (reason, delayMs) => logger.warn({ reason, delayMs }, 'indexer: engine did not take a batch; retrying'),
      onFailed: (item, reason) => {
        counts.failed++;
        logger.warn({ origin: item.origin, id: item.id, reason }, 'indexer: article failed');
      },
    });

    const seen = new Map<string, string>();
    const originUpdates: { id: string; origin: string }[] = [];
    const inflight = new Set<Promise<void>>();
    const maxInflight = Math.max(4, analyzer.threads * 8);
    const analyze = analyzer.analyze;
    let fatal: unknown = null;

    for await (const item of readSources(options.paths, { stdin: options.stdin, onBytes: (n) => (bytesRead += n) })) {
      if (fatal) throw fatal;
      counts.read++;
      progress?.update(counts, bytesRead);
      if (isSourceError(item)) {
        counts.failed++;
        logger.warn({ origin: item.origin, reason: item.error }, 'indexer: source could not be read');
        continue;
      }
      if (!item.title.trim() && !item.body.trim()) {
        counts.failed++;
        logger.warn({ origin: item.origin, reason: 'no title and no text' }, 'indexer: article failed');
        continue;
      }
      const id = articleId(item);
      const firstOrigin = seen.get(id);
      if (firstOrigin !== undefined) {
        counts.skipped++;
        logger.info({ origin: item.origin, id, reason: `duplicate of ${firstOrigin}` }, 'indexer: article skipped');
        continue;
      }
      seen.set(id, item.origin);
      const file = originFile(item.origin);
      const hash = contentHash(item, ANALYSIS_VERSION);
      const stored = existing.get(id);
      if (stored && stored.hash === hash) {
        counts.unchanged++;
        if (stored.origin !== file) originUpdates.push({ id, origin: file });
        continue;
      }
      if (inflight.size >= maxInflight) await Promise.race(inflight);
      const task: Promise<void> = analyze({ raw: item, id, hash, origin: file })
        .then(
          (json) => feeder.add({ id, origin: item.origin, json }),
          (err: unknown) => {
            counts.failed++;
            logger.warn({ origin: item.origin, id, reason: `analysis failed: ${errorMessage(err)}` }, 'indexer: article failed');
          },
        )
        .catch((err: unknown) => {
          fatal ??= err;
        })
        .finally(() => inflight.delete(task));
      inflight.add(task);
    }
    await Promise.all(inflight);
    if (fatal) throw fatal;
    await feeder.close();

    if (!dryRun && originUpdates.length) {
      for (let i = 0; i < originUpdates.length; i += 5000) {
        await waitOk(index.updateDocuments(originUpdates.slice(i, i + 5000), { primaryKey: 'id' }), 'updating origins');
      }
    }
    if (options.prune) await prune(index, existing, seen, dryRun, logger);
    await target.finalize();
  } catch (err) {
    await target?.discard();
    if (err instanceof TransientSendError) throw new AppError('engine_unavailable', err.message, 503, { cause: err });
    throw err;
  } finally {
    progress?.stop();
    await analyzer?.close();
    lock?.release();
  }
  const summary: IndexSummary = { ...counts, seconds: Math.round((performance.now() - started) / 10) / 100 };
  logger.info(summary, dryRun ? 'indexer: dry run done (nothing written)' : 'indexer: done');
  return summary;
}

/** Deletes documents whose source file is gone (stdin documents and files still present stay). */
async function prune(
  index: ReturnType<Meilisearch['index']>,
  existing: Map<string, { origin: string }>,
  seen: Map<string, string>,
  dryRun: boolean,
  logger: Logger,
): Promise<void> {
  const gone: string[] = [];
  for (const [id, { origin }] of existing) {
    if (seen.has(id) || !origin || !path.isAbsolute(origin)) continue;
    if (!fs.existsSync(origin)) gone.push(id);
  }
  logger.info({ documents: gone.length, dryRun }, 'indexer: pruning documents whose source file is gone');
  if (dryRun) return;
  for (let i = 0; i < gone.length; i += 10_000) {
    await waitOk(index.deleteDocuments(gone.slice(i, i + 10_000)), 'pruning');
  }
}
