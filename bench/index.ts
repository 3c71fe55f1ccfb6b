/**
 * `npm run bench:index [-- --limit N] [--workers N]`: on ../shared/corpus/baomoi-2017.jsonl.gz,
 * in one run on a fresh embedded engine: (1) raw ingest (the same records, no analysis,
 * default settings) until every task succeeded, (2) the full indexer on an empty index,
 * (3) an unchanged re-run; prints the times, the ratio full/raw and the peak memory. Then (4) a
 * settings-change rebuild (documents copied, no analysis): the engine-side floor of a full run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Command } from 'commander';
import { loadConfig } from '../src/config';
import { startEmbeddedEngine } from '../src/engine/embedded';
import { createLogger } from '../src/logger';
import { waitOk } from '../indexer/engine/tasks';
import { Meilisearch } from 'meilisearch';
import { runIndexer } from '../indexer/run';
import { metaIndexName } from '../src/search/settings';
import { writeCorpusSlice } from '../eval/corpus';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'baomoi-2017.jsonl.gz');


/** Raw ingest: NDJSON batches of the file's lines, as they are, into a default-settings index. */
async function rawIngest(client: Meilisearch, file: string, uid: string): Promise<number> {
  const started = performance.now();
  await waitOk(client.createIndex(uid, { primaryKey: 'id' }), 'create raw index');
  const index = client.index(uid);
  const tasks: Promise<unknown>[] = [];
  let batch: string[] = [];
  let bytes = 0;
  const send = async (): Promise<void> => {
    const enqueued = index.addDocumentsFromString(batch.join('\n'), 'application/x-ndjson', { primaryKey: 'id' });
    await enqueued;
    tasks.push(waitOk(enqueued, 'raw batch'));
    batch = [];
    bytes = 0;
  };
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    batch.push(line);
    bytes += line.length;
    if (batch.length >= 1000 || bytes > 16e6) await send();
  }
  if (batch.length) await send();
  await Promise.all(tasks);
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--limit <n>', 'only the first N articles (0 = all)', (v) => Number(v), 0)
    .option('--workers <n>', 'analysis threads (default: the indexer default)', (v) => Number(v))
    .parse(process.argv)
    .opts<{ limit: number; workers?: number }>();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-bench-index-'));
  const engine = await startEmbeddedEngine({ dataDir: path.join(dir, 'engine') });
  try {
    const file = path.join(dir, 'articles.jsonl');
    const articles = await writeCorpusSlice(file, opts.limit, CORPUS);
    const client = new Meilisearch({ host: engine.url, apiKey: engine.masterKey, timeout: 300_000 });

    const rawSeconds = await rawIngest(client, file, 'raw');
    await waitOk(client.deleteIndex('raw'), 'drop raw index'); // the indexer then runs alone on the engine

    const config = loadConfig({ DATA_DIR: path.join(dir, 'data'), MEILI_URL: engine.url, MEILI_INDEX: 'articles', LOG_LEVEL: 'warn' });
    const logger = createLogger('warn', 'bench');
    const connection = { mode: 'external' as const, url: engine.url, adminKey: engine.masterKey, searchKey: '', owned: false, close: async () => {} };
    const deps = { config, engine: connection, logger };
    const full = await runIndexer({ paths: [file], workers: opts.workers }, deps);
    const again = await runIndexer({ paths: [file], workers: opts.workers }, deps);
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    await waitOk(client.index(metaIndexName('articles')).addDocuments([{ id: 'settings', settingsVersion: 'bench-older' }]), 'fake an older settings version');
    const rebuild = await runIndexer({ paths: [file], workers: opts.workers }, deps);
    const stats = await client.index('articles').getStats();

    const report = {
      articles,
      rawIngestSeconds: Math.round(rawSeconds * 10) / 10,
      fullIndexSeconds: full.seconds,
      unchangedRerunSeconds: again.seconds,
      settingsRebuildSeconds: rebuild.seconds,
      ratioFullToRaw: Math.round((full.seconds / rawSeconds) * 100) / 100,
      peakMemoryMb: peakMb,
      full,
      unchanged: again,
      documentsInIndex: stats.numberOfDocuments,
      targets: { fullSeconds: 300, ratio: 4, unchangedSeconds: 15, peakMemoryMb: 1024 },
    };
    process.stdout.write(
      `articles ${articles}\nraw ingest      ${report.rawIngestSeconds} s\nfull indexer    ${report.fullIndexSeconds} s (${report.ratioFullToRaw}× raw)\n` +
        `unchanged rerun ${report.unchangedRerunSeconds} s\nsettings rebuild ${rebuild.seconds} s (copy + swap, no analysis)\npeak memory     ${peakMb} MB (process maxRSS, worker threads included)\n${JSON.stringify(report)}\n`,
    );
  } finally {
    await engine.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:index: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
