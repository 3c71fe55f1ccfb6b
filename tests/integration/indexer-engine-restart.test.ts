/**
 * Meilisearch restarted in the middle of a run (its own engine here, not the shared one): the
 * built CLI retries with backoff, finishes, and nothing is lost or duplicated.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { writeCorpusSlice } from '../../eval/corpus';
import { startEmbeddedEngine, type EmbeddedEngine } from '../../src/engine/embedded';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/indexer/cli.js');
const CORPUS = path.resolve(ROOT, '../shared/corpus/baomoi-2017.jsonl.gz');

let dir: string;
let engine: EmbeddedEngine | null = null;
beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`tests: ${CLI} is missing; run \`npx tsc -p tsconfig.json\` (npm test does)`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-restart-'));
});
afterAll(async () => {
  await engine?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a run survives an engine restart mid-feed and indexes every article once', async () => {
  const slice = path.join(dir, 'slice.jsonl');
  await writeCorpusSlice(slice, 120, CORPUS);
  const engineDir = path.join(dir, 'engine');
  engine = await startEmbeddedEngine({ dataDir: engineDir });
  const { url, masterKey } = engine;
  const port = Number(new URL(url).port);
  const client = new Meilisearch({ host: url, apiKey: masterKey });

  const child = spawn(process.execPath, [CLI, slice, '--batch-size', '10', '--json'], {
    env: { PATH: process.env.PATH, MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX: 'articles', DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

  const deadline = Date.now() + 60_000;
  while (((await client.index('articles').getStats().catch(() => null))?.numberOfDocuments ?? 0) < 10) {
    if (Date.now() > deadline) throw new Error('tests: no documents indexed in time');
    await new Promise((r) => setTimeout(r, 100));
  }
  await engine.stop();
  await new Promise((r) => setTimeout(r, 1000));
  engine = await startEmbeddedEngine({ dataDir: engineDir, port });

  expect(await exited).toBe(0);
  const summary = JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, number>;
  expect(summary).toMatchObject({ read: 120, indexed: 120, failed: 0 });
  const { results } = await client.index('articles').getDocuments({ fields: ['id'], limit: 1000 });
  expect(results).toHaveLength(120);
}, 120_000);
