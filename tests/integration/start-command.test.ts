/**
 * `npm start` as a newcomer runs it (the built entry point, as `npm start` runs it after its
 * build): embedded engine, demo articles, /health and a search, then Ctrl-C leaves no engine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive, readState } from '../../src/engine/data-dir';

const root = path.resolve(__dirname, '../..');
const demoCount = fs.readFileSync(path.join(root, 'demo', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).length;

function startServer(dataDir: string): { child: ChildProcess; ready: Promise<string>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(root, 'dist/src/cli/start.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /ready: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve(url);
    });
    void exited.then((code) => reject(new Error(`start exited with ${code}: ${stderr}`)));
  });
  return { child, ready, exited };
}

test('npm start serves /health and a search over the demo articles, and Ctrl-C stops the engine', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vn-search-start-'));
  const startedAt = Date.now();
  const { child, ready, exited } = startServer(dataDir);
  try {
    const url = (await ready).replace('localhost', '127.0.0.1');
    expect(Date.now() - startedAt).toBeLessThan(30000);

    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { status: string; articles: number; engine: { status: string; mode: string } };
    expect(body).toMatchObject({ status: 'ok', articles: demoCount, engine: { mode: 'embedded' } });

    const search = (await (await fetch(`${url}/api/search?q=le+van+phuoc`)).json()) as { total: number; hits: { people: string[] }[] };
    expect(search.total).toBeGreaterThan(0);
    expect(search.hits[0].people).toContain('Lê Văn Phước');

    const enginePid = readState(dataDir)?.pid as number;
    expect(isProcessAlive(enginePid)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(isProcessAlive(enginePid)).toBe(false);
  } finally {
    child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
