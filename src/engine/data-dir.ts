/** The embedded engine's folder: writability check, the master key file and the state file. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

/** Where a running embedded engine can be found by a second process (the indexer, say). */
export interface EngineState {
  pid: number;
  url: string;
  /** The process that started the engine and will stop it. */
  ownerPid: number;
  version: string;
  startedAt: string;
}

export const MASTER_KEY_FILE = 'master.key';
export const STATE_FILE = 'engine.json';

/** Creates `dataDir` if needed and proves it is writable; AppError("data_dir_not_writable") otherwise. */
export function ensureWritableDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const probe = path.join(dataDir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (err) {
    throw new AppError(
      'data_dir_not_writable',
      `engine: the data folder ${dataDir} is not writable (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); set DATA_DIR to a writable folder`,
      500,
      { cause: err },
    );
  }
}

/** The master key kept in `dataDir` with mode 0600, generated on first use. */
export function readOrCreateMasterKey(dataDir: string): string {
  const file = path.join(dataDir, MASTER_KEY_FILE);
  if (fs.existsSync(file)) {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    const key = fs.readFileSync(file, 'utf8').trim();
    if (key.length >= 16) return key;
  }
  const key = crypto.randomBytes(32).toString('base64url');
  // 'wx' would fail if a concurrent first start wrote it; a rewrite is harmless before any engine used it.
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return key;
}

export function writeState(dataDir: string, state: EngineState): void {
  const file = path.join(dataDir, STATE_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export function readState(dataDir: string): EngineState | null {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(dataDir, STATE_FILE), 'utf8')) as EngineState;
    return typeof state.pid === 'number' && typeof state.url === 'string' ? state : null;
  } catch {
    return null;
  }
}

/** Removes the state file if it still describes the engine with `pid`. */
export function clearState(dataDir: string, pid: number): void {
  if (readState(dataDir)?.pid === pid) fs.rmSync(path.join(dataDir, STATE_FILE), { force: true });
}

/** Whether `pid` runs (a zombie waiting to be reaped counts as gone). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) state ..."; comm may contain spaces, so read after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}
