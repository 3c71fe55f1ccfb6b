/**
 * Starts one real Meilisearch for the integration and e2e tests, in a temp folder on a free
 * port, and hands its address and key to the test workers through the environment.
 * Test files isolate themselves by using their own index names (see ./engine.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedEngine, type EmbeddedEngine } from '../../src/engine/embedded';

declare global {
  // eslint-disable-next-line no-var
  var __TEST_ENGINE__: { engine: EmbeddedEngine; dataDir: string } | undefined;
}

export default async function globalSetup(): Promise<void> {
  if (globalThis.__TEST_ENGINE__) return; // integration and e2e projects share one engine
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-search-test-engine-'));
  const engine = await startEmbeddedEngine({ dataDir });
  globalThis.__TEST_ENGINE__ = { engine, dataDir };
  process.env.TEST_MEILI_URL = engine.url;
  process.env.TEST_MEILI_MASTER_KEY = engine.masterKey;
  // Test files' own data folders go here, so the teardown removes them with the engine's.
  const scratch = path.join(dataDir, 'scratch');
  fs.mkdirSync(scratch);
  process.env.TEST_SCRATCH_DIR = scratch;
}
