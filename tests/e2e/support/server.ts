/**
 * The server the browser tests open: the real API (createApp) over the tests' Meilisearch with
 * the demo articles indexed into a fresh index, serving a UI built for this test file.
 * E2E_BASE_URL (and E2E_DEAD_ENGINE_URL) point the tests at a server already running instead.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../../src/api/app';
import { connectEngine, type EngineConnection } from '../../../src/engine/connect';
import { createLogger } from '../../../src/logger';
import { testConfig, testEngineUrl, testMasterKey } from '../../utils/engine';

const ROOT = path.resolve(__dirname, '../../..');
const DEMO_ARTICLES = path.join(ROOT, 'demo', 'articles.jsonl');

export interface UiServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Indexes the demo articles with the built indexer CLI (`npm run build` first, as `npm test`
 * does): the indexer's ESM-only dependencies do not load under jest's module loader.
 */
function indexDemoArticles(env: Record<string, string>): void {
  const cli = path.join(ROOT, 'dist', 'indexer', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('e2e: dist/indexer/cli.js is missing; run `npm run build` first');
  const result = spawnSync(process.execPath, [cli, DEMO_ARTICLES, '--no-progress', '--workers', '0'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`e2e: indexing the demo articles failed (exit ${result.status})\n${result.stderr}`);
}

/** Builds the current UI into a private folder (no race with other test files, never stale). */
function buildUi(outDir: string): void {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'search-ui/vite.config.ts', '--outDir', outDir, '--logLevel', 'error'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) throw new Error(`e2e: UI build failed\n${result.stderr}`);
}

/** An engine connection to an address where nothing listens: what the API sees when the engine is down. */
function deadEngine(): EngineConnection {
  return { mode: 'external', url: 'http://127.0.0.1:9', adminKey: '', searchKey: 'none', owned: false, close: async () => {} };
}

/** Starts the API and UI; `deadEngine` points the API at an engine that is not there. */
export async function startUiServer(options: { deadEngine?: boolean } = {}): Promise<UiServer> {
  const external = options.deadEngine ? process.env.E2E_DEAD_ENGINE_URL : process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {} };

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-search-e2e-'));
  const uiDir = path.join(workDir, 'ui');
  buildUi(uiDir);
  const env = { DATA_DIR: path.join(workDir, 'data') };
  const config = testConfig(env);
  const logger = createLogger('silent', 'e2e');
  if (!options.deadEngine) {
    indexDemoArticles({ ...env, MEILI_URL: testEngineUrl(), MEILI_MASTER_KEY: testMasterKey(), MEILI_INDEX: config.indexName, LOG_LEVEL: 'silent' });
  }
  const engine = options.deadEngine ? deadEngine() : await connectEngine(config);

  const app = createApp({ config, engine, logger, uiDir });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await engine.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}
