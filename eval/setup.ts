/**
 * An engine of its own for the eval and the bench: embedded Meilisearch in a temp folder, the
 * corpus (or a subset) indexed by our indexer into "articles", and the same records with
 * default settings in "raw" for the comparison.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../src/config';
import { connectEngine, type EngineConnection } from '../src/engine/connect';
import { createLogger, type Logger } from '../src/logger';
import { Meilisearch } from '../src/search/meili';
import { runIndexer } from '../indexer/run';
import { writeJsonLines, type CorpusArticle } from './corpus';

export const RAW_INDEX = 'raw';

export interface EvalEngine {
  config: AppConfig;
  engine: EngineConnection;
  logger: Logger;
  admin: Meilisearch;
  /** Seconds: our indexer, then raw ingest. */
  timings: { indexer: number; raw: number };
  close(): Promise<void>;
}

/** Starts an engine in a temp folder and fills both indexes with `articles`. */
export async function setupEngine(articles: readonly CorpusArticle[], logLevel = 'warn'): Promise<EvalEngine> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-search-eval-'));
  const config = loadConfig({ DATA_DIR: path.join(dir, 'data'), MEILI_INDEX: 'articles', LOG_LEVEL: logLevel, DEMO_ARTICLES: 'off' });
  const logger = createLogger(logLevel, 'eval');
  const engine = await connectEngine(config);
  const close = async (): Promise<void> => {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const admin = new Meilisearch({ host: engine.url, apiKey: engine.adminKey, timeout: 600_000 });
    const subset = path.join(dir, 'articles.jsonl');
    writeJsonLines(subset, articles);

    let started = performance.now();
    const summary = await runIndexer({ paths: [subset] }, { config, engine, logger });
    const indexer = (performance.now() - started) / 1000;
    if (summary.indexed + summary.unchanged === 0) throw new Error(`eval: the indexer indexed nothing (${JSON.stringify(summary)})`);

    started = performance.now();
    await admin.createIndex(RAW_INDEX, { primaryKey: 'id' }).waitTask({ timeout: 600_000 });
    for (let i = 0; i < articles.length; i += 5000) {
      const task = await admin.index(RAW_INDEX).addDocuments(articles.slice(i, i + 5000) as unknown as Record<string, unknown>[]).waitTask({ timeout: 600_000 });
      if (task.status !== 'succeeded') throw new Error(`eval: raw ingest failed: ${JSON.stringify(task.error)}`);
    }
    const raw = (performance.now() - started) / 1000;
    return { config, engine, logger, admin, timings: { indexer, raw }, close };
  } catch (err) {
    await close();
    throw err;
  }
}
