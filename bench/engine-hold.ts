/**
 * A long-lived engine for quick bench iterations: indexes --limit corpus articles (as the
 * eval and the bench do), prints "engine <url> <searchKey>" and "admin <adminKey>", and runs
 * until SIGTERM/SIGINT.
 * Then: `node dist/bench/search.js --limit N --engine URL --search-key KEY`.
 */
import { Command } from 'commander';
import { corpusPath, readCorpus } from '../eval/corpus';
import { setupEngine } from '../eval/setup';

async function main(): Promise<void> {
  const opts = new Command().option('--limit <n>', 'corpus articles to index', (v) => Number(v), 3000).parse().opts<{ limit: number }>();
  const env = await setupEngine(await readCorpus(corpusPath(), opts.limit));
  process.stdout.write(`engine ${env.engine.url} ${env.engine.searchKey}\n`);
  // For trying index settings on the held engine (a settings change re-indexes in place).
  process.stdout.write(`admin ${env.engine.adminKey}\n`);
  const stop = (): void => {
    void env.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  setInterval(() => {}, 1 << 30);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
