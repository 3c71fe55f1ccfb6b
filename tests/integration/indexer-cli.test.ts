/**
 * The built CLI (dist/indexer/cli.js, with its worker threads) as cron runs it, against the
 * tests' real engine: sources of every kind, exit codes, the --json line, unchanged re-runs,
 * --dry-run, overlapping runs and a SIGKILLed run that converges when re-run.
 * `npm test` builds dist first; alone: `npx tsc -p tsconfig.json && npx jest tests/integration/indexer-cli.test.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { writeCorpusSlice } from '../../eval/corpus';
import { lockFilePath } from '../../indexer/lock';
import { adminClient, testEngineUrl, testMasterKey, uniqueIndexName, testConfig, testConnection } from '../utils/engine';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/indexer/cli.js');
const FIXTURES = path.join(ROOT, 'tests/fixtures/indexer');
const SEED = path.resolve(ROOT, '../shared/corpus/seed/an-giang-thi-dua.txt');
const CORPUS = path.resolve(ROOT, '../shared/corpus/baomoi-2017.jsonl.gz');

let dataDir: string;
beforeAll(() => {
  if (!fs.existsSync(CLI)) throw new Error(`tests: ${CLI} is missing; run \`npx tsc -p tsconfig.json\` (npm test does)`);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(index: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    MEILI_URL: testEngineUrl(),
    MEILI_MASTER_KEY: testMasterKey(),
    MEILI_INDEX: index,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

function startCli(args: string[], environment: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

const runCli = (args: string[], environment: NodeJS.ProcessEnv): Promise<CliResult> => startCli(args, environment).done;

function lastJsonLine(stdout: string): Record<string, number> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as Record<string, number>;
}

async function allDocuments(client: Meilisearch, index: string): Promise<Record<string, unknown>[]> {
  return (await client.index(index).getDocuments({ limit: 10_000 })).results;
}

describe('fixtures and the seed page', () => {
  const index = uniqueIndexName('cli');
  let first: CliResult;

  beforeAll(async () => {
    first = await runCli([FIXTURES, SEED, '--json'], env(index));
  }, 120_000);

  test('exit 1 (a broken line, a non-UTF-8 file), the --json summary as the last stdout line, reasons in the log', () => {
    expect(first.code).toBe(1);
    const summary = lastJsonLine(first.stdout);
    expect(Object.keys(summary)).toEqual(['read', 'indexed', 'unchanged', 'skipped', 'failed', 'seconds']);
    expect(summary).toMatchObject({ read: 11, indexed: 8, unchanged: 0, skipped: 1, failed: 2 });
    expect(first.stderr).toMatch(/feed-broken-line\.jsonl:2.*line 2 \(byte \d+\): invalid JSON/);
    expect(first.stderr).toMatch(/not-utf8\.txt.*byte 3: not valid UTF-8/);
    expect(first.stderr).toMatch(/duplicate of/);
  });

  test('the seed page is indexed with its entities and found by abbreviation expansions', async () => {
    const connection = await testConnection({ ...testConfig(), indexName: index });
    const search = new Meilisearch({ host: connection.url, apiKey: connection.searchKey }).index(index);
    const hit = (await search.search('thi đua chuyên môn', { limit: 1 })).hits[0];
    expect(hit.title).toBe('Phong trào thi đua phải gắn với nhiệm vụ chuyên môn của từng cơ quan, đơn vị');
    expect(hit.people).toEqual(expect.arrayContaining(['Lê Văn Phước', 'Nguyễn Thiện Phú']));
    expect(hit).not.toHaveProperty('hash'); // bookkeeping is not displayed
    const expanded = await search.search('ủy ban nhân dân tỉnh an giang');
    expect(expanded.hits.map((h) => h.id)).toContain(hit.id);
    const tenThousandBillion = await search.search('', { filter: 'quantities.dong 10000000000000 TO 11000000000000' });
    expect(tenThousandBillion.hits.map((h) => h.id)).toEqual([hit.id]);
  });

  test('HTML page: metadata kept, page chrome gone; duplicate is one document; invalid id hashed; nothing from the non-UTF-8 file', async () => {
    const docs = await allDocuments(adminClient(), index);
    expect(docs).toHaveLength(8);
    const page = docs.find((d) => d.title === 'Cầu tre làng Phú Mỹ được thay bằng cầu bê tông');
    expect(page).toMatchObject({ author: 'Trần Minh Khoa', source: 'Báo Thử Nghiệm', category: 'Xã hội', year: 2021 });
    expect(page?.body).toContain('cầu bê tông dài 42 mét');
    expect(page?.body).not.toMatch(/Trang chủ|Chia sẻ|Tin đọc nhiều|truy cập/);
    expect(docs.filter((d) => d.title === 'Chợ nổi Ngã Bảy đón khách trở lại')).toHaveLength(1);
    const invalid = docs.find((d) => String(d.title).startsWith('Nông dân Long Điền'));
    expect(invalid?.id).toMatch(/^[a-zA-Z0-9_-]+$/);
    expect(docs.some((d) => String(d.origin).endsWith('not-utf8.txt'))).toBe(false);
    expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining(['fx-feed-1', 'fx-feed-3', 'fx-utf16-1', 'fx-bom-1']));
  });

  test('an unchanged re-run sends nothing to the engine', async () => {
    const client = adminClient();
    const before = (await client.tasks.getTasks({ indexUids: [index], limit: 1 })).total;
    const again = await runCli([FIXTURES, SEED, '--json'], env(index));
    expect(lastJsonLine(again.stdout)).toMatchObject({ read: 11, indexed: 0, unchanged: 8, skipped: 1, failed: 2 });
    expect((await client.tasks.getTasks({ indexUids: [index], limit: 1 })).total).toBe(before);
  }, 60_000);
});

test('--dry-run analyses and reports but writes nothing (no index, no lock file)', async () => {
  const index = uniqueIndexName('dry');
  const result = await runCli([FIXTURES, '--dry-run', '--json'], env(index));
  expect(lastJsonLine(result.stdout)).toMatchObject({ read: 10, indexed: 7, failed: 2 });
  await expect(adminClient().getIndex(index)).rejects.toThrow();
  expect(fs.existsSync(lockFilePath(dataDir, index))).toBe(false);
}, 60_000);

test('exit 2 when the run cannot run: bad arguments, no engine', async () => {
  const index = uniqueIndexName('bad');
  expect((await runCli([FIXTURES, '--concurrency', '0'], env(index))).code).toBe(2);
  expect((await runCli([], env(index))).code).toBe(2);
  expect((await runCli(['/nonexistent/archive'], env(index))).code).toBe(2);
  const noEngine = await runCli([FIXTURES], env(index, { MEILI_URL: 'http://127.0.0.1:9' }));
  expect(noEngine.code).toBe(2);
  expect(noEngine.stderr).toMatch(/no healthy Meilisearch/);
}, 60_000);

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('tests: condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('overlapping runs: the second exits 2; a SIGKILLed run re-run converges (same count, no duplicates)', async () => {
  const index = uniqueIndexName('kill');
  const slice = path.join(dataDir, 'slice-200.jsonl');
  await writeCorpusSlice(slice, 200, CORPUS);
  const client = adminClient();

  const first = startCli([slice, '--workers', '1', '--batch-size', '10', '--json'], env(index));
  await waitFor(() => fs.existsSync(lockFilePath(dataDir, index)), 30_000);
  const second = await runCli([slice, '--json'], env(index));
  expect(second.code).toBe(2);
  expect(second.stderr).toMatch(/another run \(pid \d+.*holds/);

  await waitFor(async () => {
    const stats = await client.index(index).getStats().catch(() => null);
    return (stats?.numberOfDocuments ?? 0) >= 10;
  }, 60_000);
  first.child.kill('SIGKILL');
  const killed = await first.done;
  expect(killed.code).toBeNull(); // killed, not finished
  expect(fs.existsSync(lockFilePath(dataDir, index))).toBe(true); // stale lock left behind

  const rerun = await runCli([slice, '--json'], env(index));
  expect(rerun.code).toBe(0);
  const summary = lastJsonLine(rerun.stdout);
  expect(summary.read).toBe(200);
  expect(summary.unchanged).toBeGreaterThanOrEqual(10);
  expect(summary.indexed + summary.unchanged).toBe(200);
  const ids = (await allDocuments(client, index)).map((d) => d.id);
  expect(ids).toHaveLength(200);
  expect(new Set(ids).size).toBe(200);
}, 180_000);

test('SIGTERM (a cron timeout) stops the run with exit 2 and releases the lock', async () => {
  const index = uniqueIndexName('term');
  const run = startCli([FIXTURES, SEED, '--workers', '1'], env(index));
  await waitFor(() => fs.existsSync(lockFilePath(dataDir, index)), 30_000);
  run.child.kill('SIGTERM');
  const result = await run.done;
  expect(result.code).toBe(2);
  expect(fs.existsSync(lockFilePath(dataDir, index))).toBe(false);
}, 60_000);
