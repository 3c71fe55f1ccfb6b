/**
 * The real API (createApp) listening on a free port, over the tests' real engine, with its own
 * index loaded by the real indexer (analysis in-thread: jest runs TypeScript, workers cannot).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { runIndexer } from '../../indexer/run';
import { createApp } from '../../src/api/app';
import type { AppConfig } from '../../src/config';
import { connectEngine, type EngineConnection } from '../../src/engine/connect';
import { uiDistDir } from '../../src/cli/ui-build';
import { createLogger } from '../../src/logger';
import { testConfig } from './engine';

export const DEMO_ARTICLES = path.resolve(__dirname, '../../demo/articles.jsonl');
export const UI_DIR = uiDistDir(path.resolve(__dirname, '../..'));

export interface TestServer {
  url: string;
  config: AppConfig;
  engine: EngineConnection;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Sources to index first (default: the demo articles). */
  paths?: string[];
  /** Serve an engine that is not there: every engine call fails (the engine-down case). */
  deadEngine?: boolean;
  configOverrides?: Record<string, string>;
}

async function listen(config: AppConfig, engine: EngineConnection): Promise<TestServer> {
  const app = createApp({ config, engine, logger: createLogger('silent', 'test'), uiDir: UI_DIR });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    engine,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts the API over a fresh index holding `paths` (default: the demo articles). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = testConfig(options.configOverrides);
  if (options.deadEngine) {
    const dead: EngineConnection = {
      mode: 'external',
      url: 'http://127.0.0.1:9', // discard port: nothing listens there
      adminKey: '',
      searchKey: 'no-engine',
      owned: false,
      close: async () => {},
    };
    return listen(config, dead);
  }
  const engine = await connectEngine(config);
  const logger = createLogger('silent', 'test');
  await runIndexer({ paths: options.paths ?? [DEMO_ARTICLES], workers: 0 }, { config, engine, logger });
  return listen(config, engine);
}
