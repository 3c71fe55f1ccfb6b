/** Access to the tests' real engine (started by global-setup.ts) with per-file index isolation. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { loadConfig, type AppConfig } from '../../src/config';
import { connectEngine, type EngineConnection } from '../../src/engine/connect';

export function testEngineUrl(): string {
  const url = process.env.TEST_MEILI_URL;
  if (!url) throw new Error('tests: TEST_MEILI_URL is not set; integration tests run under jest global setup');
  return url;
}

export function testMasterKey(): string {
  return process.env.TEST_MEILI_MASTER_KEY ?? '';
}

/** A unique index uid, so test files running in parallel never share data. */
export function uniqueIndexName(prefix = 'test'): string {
  return `${prefix}_${crypto.randomBytes(5).toString('hex')}`;
}

/** Configuration pointing at the tests' engine in external mode, with a fresh index. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    MEILI_URL: testEngineUrl(),
    MEILI_MASTER_KEY: testMasterKey(),
    MEILI_INDEX: uniqueIndexName(),
    LOG_LEVEL: 'silent',
    PORT: '0',
    // The indexer's lock lives in DATA_DIR: a folder per config keeps parallel test files apart.
    // Under the run's scratch folder (global-setup.ts), removed by the global teardown.
    DATA_DIR: fs.mkdtempSync(path.join(process.env.TEST_SCRATCH_DIR ?? os.tmpdir(), 'vn-search-test-data-')),
    ...overrides,
  });
}

export async function testConnection(config: AppConfig): Promise<EngineConnection> {
  return connectEngine(config);
}

/** An admin client on the tests' engine. */
export function adminClient(): Meilisearch {
  return new Meilisearch({ host: testEngineUrl(), apiKey: testMasterKey() });
}
