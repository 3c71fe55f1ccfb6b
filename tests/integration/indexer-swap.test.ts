/**
 * runIndexer in-process (analysis in this thread: jest runs TypeScript, there is no compiled
 * worker): a settings change rebuilds into a new index and swaps it in while searches keep
 * answering, and the API's search-only key (scoped to the index name) keeps working.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { runIndexer } from '../../indexer/run';
import { createLogger } from '../../src/logger';
import { INDEX_SETTINGS, metaIndexName, SETTINGS_VERSION } from '../../src/search/settings';
import { adminClient, testConfig, testConnection } from '../utils/engine';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/indexer');
const SEED = path.resolve(ROOT, '../shared/corpus/seed/an-giang-thi-dua.txt');
const SOURCES = [SEED, path.join(FIXTURES, 'feed-broken-line.jsonl'), path.join(FIXTURES, 'utf16-bom.jsonl'), path.join(FIXTURES, 'invalid-id.json')];

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-swap-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

test('a settings change rebuilds and swaps while searches keep answering; the search key still works', async () => {
  const config = testConfig({ DATA_DIR: dataDir });
  const engine = await testConnection(config);
  const deps = { config, engine, logger: createLogger('silent', 'test') };
  const admin = adminClient();
  const index = config.indexName;

  const first = await runIndexer({ paths: SOURCES, workers: 0 }, deps);
  expect(first).toMatchObject({ read: 6, indexed: 5, failed: 1 });

  // Simulate the live index built with older settings: a different setting and version on record.
  await admin.index(index).updateSettings({ pagination: { maxTotalHits: 123 } }).waitTask();
  await admin.index(metaIndexName(index)).addDocuments([{ id: 'settings', settingsVersion: 'older' }]).waitTask();

  const search = new Meilisearch({ host: engine.url, apiKey: engine.searchKey }).index(index);
  let searching = true;
  const answers: number[] = [];
  const failures: unknown[] = [];
  const loop = (async () => {
    while (searching) {
      try {
        answers.push((await search.search('thi đua')).hits.length);
      } catch (err) {
        failures.push(err);
      }
    }
  })();
  const second = await runIndexer({ paths: SOURCES, workers: 0 }, deps);
  searching = false;
  await loop;

  expect(second).toMatchObject({ read: 6, indexed: 0, unchanged: 5, failed: 1 });
  expect(failures).toEqual([]);
  expect(answers.length).toBeGreaterThan(0);
  expect(answers.every((n) => n > 0)).toBe(true); // never an empty or half-built index
  expect((await admin.index(index).getSettings()).pagination?.maxTotalHits).toBe(INDEX_SETTINGS.pagination?.maxTotalHits);
  expect((await admin.index(metaIndexName(index)).getDocument('settings')).settingsVersion).toBe(SETTINGS_VERSION);
  expect((await admin.index(index).getStats()).numberOfDocuments).toBe(5);
  const { results } = await admin.getIndexes({ limit: 1000 });
  expect(results.filter((i) => i.uid.startsWith(`${index}_build_`))).toEqual([]);
  expect((await search.search('thi đua')).hits.length).toBeGreaterThan(0); // same key, same uid after the swap
}, 120_000);

test('--prune removes documents whose source file is gone; a moved article keeps its document', async () => {
  const config = testConfig({ DATA_DIR: dataDir });
  const engine = await testConnection(config);
  const deps = { config, engine, logger: createLogger('silent', 'test') };
  const dir = fs.mkdtempSync(path.join(dataDir, 'prune-'));
  const a = path.join(dir, 'a.jsonl');
  const b = path.join(dir, 'b.jsonl');
  fs.writeFileSync(a, '{"id":"p-1","title":"Một","body":"Bài một."}\n{"id":"p-2","title":"Hai","body":"Bài hai."}\n');
  fs.writeFileSync(b, '{"id":"p-3","title":"Ba","body":"Bài ba."}\n');
  await runIndexer({ paths: [dir], workers: 0 }, deps);
  fs.rmSync(a);
  fs.writeFileSync(b, '{"id":"p-3","title":"Ba","body":"Bài ba."}\n{"id":"p-2","title":"Hai","body":"Bài hai."}\n');
  const summary = await runIndexer({ paths: [dir], workers: 0, prune: true }, deps);
  expect(summary).toMatchObject({ read: 2, indexed: 0, unchanged: 2 });
  const ids = (await adminClient().index(config.indexName).getDocuments({ fields: ['id', 'origin'] })).results;
  expect(ids.map((d) => d.id).sort()).toEqual(['p-2', 'p-3']);
  expect(ids.every((d) => d.origin === b)).toBe(true);
}, 60_000);
