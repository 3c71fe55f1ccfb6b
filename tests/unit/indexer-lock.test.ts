import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { acquireLock, lockFilePath } from '../../indexer/lock';
import { AppError } from '../../src/errors';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a second run on the same index is refused with lock_held while the first holds the lock', () => {
  const lock = acquireLock(dir, 'articles');
  let error: unknown;
  try {
    acquireLock(dir, 'articles');
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('lock_held');
  expect((error as AppError).message).toContain(String(process.pid));
  acquireLock(dir, 'other-index').release(); // other indexes are independent
  lock.release();
  expect(fs.existsSync(lockFilePath(dir, 'articles'))).toBe(false);
  acquireLock(dir, 'articles').release();
});

test('a lock left by a dead process (SIGKILL) is taken over', () => {
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  const deadPid = Number(dead.stdout.toString());
  fs.writeFileSync(lockFilePath(dir, 'articles'), JSON.stringify({ pid: deadPid, host: os.hostname(), startedAt: '2020-01-01T00:00:00Z' }));
  const lock = acquireLock(dir, 'articles');
  expect(JSON.parse(fs.readFileSync(lock.file, 'utf8')).pid).toBe(process.pid);
  lock.release();
});
