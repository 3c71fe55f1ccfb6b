/**
 * `npm run index -- <paths…> [--json] [--dry-run] [--prune] [--concurrency N] [--workers N]`
 * Exit codes: 0 everything went in, 1 some articles failed, 2 the run could not run
 * (bad arguments, no engine, lock held).
 */
import fs from 'node:fs';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { loadConfig } from '../src/config';
import { connectEngine, type EngineConnection } from '../src/engine/connect';
import { AppError, errorMessage } from '../src/errors';
import { createLogger, type Logger } from '../src/logger';
import { runIndexer, type IndexSummary } from './run';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_COULD_NOT_RUN = 2;

function positiveInt(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`);
    return n;
  };
}

interface CliOptions {
  json: boolean;
  dryRun: boolean;
  prune: boolean;
  progress: boolean;
  concurrency?: number;
  workers?: number;
  batchSize?: number;
}

function parseArgs(argv: string[]): { paths: string[]; options: CliOptions } {
  const program = new Command()
    .name('npm run index --')
    .description('Index news articles (files, folders, .gz, "-" for JSON Lines on stdin) into Meilisearch')
    .argument('<paths...>', 'files or folders to index; "-" reads JSON Lines from stdin')
    .option('--json', 'print the summary as JSON on the last stdout line', false)
    .option('--dry-run', 'analyse and report without writing anything', false)
    .option('--prune', 'remove documents whose source file is gone', false)
    .option('--no-progress', 'no progress bar or progress log lines')
    .option('--concurrency <n>', 'batches in flight to the engine at once (default 32)', positiveInt(1))
    .option('--workers <n>', 'analysis worker threads, 0 = main thread (default 2 on ≥ 2 cores)', positiveInt(0))
    .option('--batch-size <n>', 'documents per batch (default 1000)', positiveInt(1))
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  program.parse(argv, { from: 'node' });
  return { paths: program.args, options: program.opts<CliOptions>() };
}

function summaryLine(summary: IndexSummary): string {
  const { read, indexed, unchanged, skipped, failed, seconds } = summary;
  return JSON.stringify({ read, indexed, unchanged, skipped, failed, seconds });
}

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_COULD_NOT_RUN;
    throw err;
  }
  const { paths, options } = parsed;
  const missing = paths.filter((p) => p !== '-' && !fs.existsSync(p));
  if (missing.length) {
    process.stderr.write(`indexer: no such file or folder: ${missing.join(', ')}\n`);
    return EXIT_COULD_NOT_RUN;
  }
  let logger: Logger | null = null;
  let engine: EngineConnection | null = null;
  try {
    const config = loadConfig();
    logger = createLogger(config.logLevel, 'indexer');
    engine = await connectEngine(config);
    const summary = await runIndexer(
      {
        paths,
        dryRun: options.dryRun,
        prune: options.prune,
        json: options.json,
        progress: options.progress,
        concurrency: options.concurrency,
        workers: options.workers,
        batchSize: options.batchSize,
      },
      { config, engine, logger },
    );
    if (options.json) {
      process.stdout.write(`${summaryLine(summary)}\n`);
    } else {
      const { read, indexed, unchanged, skipped, failed, seconds } = summary;
      process.stdout.write(
        `${options.dryRun ? 'dry run: ' : ''}read ${read}, indexed ${indexed}, unchanged ${unchanged}, skipped ${skipped}, failed ${failed} in ${seconds} s\n`,
      );
    }
    return summary.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } catch (err) {
    const message = err instanceof AppError ? err.message : `indexer: ${errorMessage(err)}`;
    process.stderr.write(`${message}\n`);
    logger?.error({ code: err instanceof AppError ? err.code : 'unexpected' }, message);
    return EXIT_COULD_NOT_RUN;
  } finally {
    await engine?.close();
  }
}

if (require.main === module) {
  // Ctrl-C or a cron timeout: exit now (the lock is released on exit); the next run converges.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`indexer: ${signal}: stopping; a re-run finishes the work\n`);
      process.exit(EXIT_COULD_NOT_RUN);
    });
  }
  main(process.argv).then(
    (code) => {
      // Exit now rather than when the event loop drains: a library timer or socket left behind
      // after an engine restart must not keep a finished cron run alive.
      process.exit(code);
    },
    (err: unknown) => {
      process.stderr.write(`indexer: ${errorMessage(err)}\n`);
      process.exitCode = EXIT_COULD_NOT_RUN;
    },
  );
}
