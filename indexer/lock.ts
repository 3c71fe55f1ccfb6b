/**
 * One indexer run at a time per index: a lock file created with O_EXCL holding the owner's pid.
 * A lock whose pid is dead (SIGKILL, power loss) is stale and taken over.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../src/errors';

export interface LockHandle {
  file: string;
  release(): void;
}

interface LockContent {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null; // empty or half-written: its writer died between create and write, or is writing now
  }
}

/** The lock file of an index in `dataDir`. */
export function lockFilePath(dataDir: string, indexName: string): string {
  return path.join(dataDir, `indexer-${indexName}.lock`);
}

/** Takes the lock or throws AppError("lock_held") naming the running pid. */
export function acquireLock(dataDir: string, indexName: string): LockHandle {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = lockFilePath(dataDir, indexName);
  const content: LockContent = { pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o644);
      fs.writeSync(fd, JSON.stringify(content));
      fs.closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
      process.once('exit', release); // an interrupted run (SIGINT/SIGTERM → exit) leaves no lock
      return { file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readLock(file);
    const sameHost = !holder || holder.host === os.hostname();
    if (holder && (!sameHost || isAlive(holder.pid))) {
      throw new AppError('lock_held', `indexer: another run (pid ${holder.pid}, since ${holder.startedAt}) holds ${file}; not starting`, 409);
    }
    if (!holder) {
      // Unreadable: give a writer that just created it a moment, then treat it as stale.
      const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age < 2000) throw new AppError('lock_held', `indexer: ${file} is being taken by another run; not starting`, 409);
    }
    // Stale: move it aside under a unique name (only one taker wins the rename), then retry.
    const aside = `${file}.stale-${process.pid}-${Date.now()}`;
    try {
      fs.renameSync(file, aside);
      fs.rmSync(aside, { force: true });
    } catch {
      // another run took it over first; the next attempt sees its live lock
    }
  }
  throw new AppError('lock_held', `indexer: could not take ${file}`, 409);
}
