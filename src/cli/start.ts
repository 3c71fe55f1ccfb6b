/**
 * `npm start`: engine up (embedded unless MEILI_URL), the demo articles indexed into an empty
 * index, the UI built when missing, then the API and UI on PORT. Ctrl-C stops everything.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { runIndexer } from '../../indexer/run';
import { createApp } from '../api/app';
import { loadConfig } from '../config';
import { connectEngine, type EngineConnection } from '../engine/connect';
import { engineRequest } from '../engine/http';
import { errorMessage } from '../errors';
import { createLogger, type Logger } from '../logger';
import { buildUi, uiDistDir } from './ui-build';

const PROJECT_ROOT = path.resolve(__dirname, '../../..');
const DEMO_ARTICLES = path.join(PROJECT_ROOT, 'demo', 'articles.jsonl');
const UI_DIR = uiDistDir(PROJECT_ROOT);

/** Articles in the index (0 when the index does not exist yet). */
async function countArticles(engine: EngineConnection, indexName: string): Promise<number> {
  const { status, json } = await engineRequest(engine.url, engine.adminKey || engine.searchKey, 'GET', `/indexes/${indexName}/stats`);
  return status === 200 ? ((json as { numberOfDocuments?: number }).numberOfDocuments ?? 0) : 0;
}

/** Builds the UI once; a checkout without it still serves the API. */
function ensureUiBuilt(logger: Logger): void {
  if (fs.existsSync(path.join(UI_DIR, 'index.html'))) return;
  logger.info('building the search UI (first start)');
  const build = buildUi(PROJECT_ROOT, 'warn');
  if (!build.ok) logger.error({ stderr: build.stderr }, 'start: the UI build failed; the API still runs');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'start');
  let engine: EngineConnection | undefined;
  let server: Server | undefined;
  let stopping = false;

  const shutdown = async (code: number): Promise<never> => {
    if (stopping) process.exit(code);
    stopping = true;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await engine?.close().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'start: uncaught exception');
    void shutdown(1);
  });

  try {
    engine = await connectEngine(config, { start: true });
    logger.info({ mode: engine.mode, url: engine.url }, 'engine ready');

    if (config.demoArticles && engine.adminKey && (await countArticles(engine, config.indexName)) === 0) {
      logger.info('empty index: loading the demo articles');
      const summary = await runIndexer({ paths: [DEMO_ARTICLES] }, { config, engine, logger });
      logger.info({ summary }, 'demo articles indexed');
    }
    ensureUiBuilt(logger);

    const app = createApp({ config, engine, logger, uiDir: UI_DIR });
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.host, () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    // A plain line on stdout for people and scripts waiting for readiness.
    process.stdout.write(`Search engine ready: http://localhost:${port}\n`);
  } catch (err) {
    const code = (err as { code?: string }).code;
    logger.error({ code }, errorMessage(err));
    process.stderr.write(`start: ${errorMessage(err)}\n`);
    await shutdown(2);
  }
}

void main();
