/**
 * Runs Meilisearch as a child process: loopback only, database under DATA_DIR, master key from
 * DATA_DIR/master.key, health wait, and no orphan: the child gets SIGTERM when this process
 * dies however it dies (Linux parent-death signal through util-linux's setpriv).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { AppError } from '../errors';
import { locateBinary, prepareBinary } from './binary';
import {
  clearState,
  ensureWritableDir,
  isProcessAlive,
  readOrCreateMasterKey,
  readState,
  writeState,
} from './data-dir';
import { engineRequest, isHealthy } from './http';

export interface EmbeddedEngine {
  url: string;
  masterKey: string;
  pid: number;
  /** Stops the engine (SIGTERM, then SIGKILL after a grace period) and clears the state file. */
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  binary?: string;
  /** Milliseconds to wait for /health. */
  readyTimeoutMs?: number;
}

const SETPRIV = '/usr/bin/setpriv';

/** A free TCP port on 127.0.0.1, or AppError("engine_port_taken") when `wanted` is in use. */
export async function reservePort(wanted = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new AppError('engine_port_taken', `engine: port ${wanted} on 127.0.0.1 is already in use; set MEILI_PORT to a free port or 0`)
          : err,
      );
    });
    server.listen(wanted, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The engine a live process already runs on this data folder, if any (checked: alive, healthy, key valid). */
export async function findRunningEngine(dataDir: string): Promise<{ url: string; masterKey: string; pid: number } | null> {
  const state = readState(dataDir);
  if (!state || !isProcessAlive(state.pid) || !isProcessAlive(state.ownerPid)) return null;
  if (!(await isHealthy(state.url))) return null;
  const masterKey = readOrCreateMasterKey(dataDir);
  const { status } = await engineRequest(state.url, masterKey, 'GET', '/version');
  return status === 200 ? { url: state.url, masterKey, pid: state.pid } : null;
}

function tail(file: string, bytes = 2000): string {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-bytes).trim();
  } catch {
    return '';
  }
}

/** Starts Meilisearch on `dataDir` and resolves once /health answers. */
export async function startEmbeddedEngine(options: StartOptions): Promise<EmbeddedEngine> {
  const { dataDir } = options;
  ensureWritableDir(dataDir);
  const binary = locateBinary(options.binary);
  const version = await prepareBinary(binary);
  const masterKey = readOrCreateMasterKey(dataDir);
  const port = await reservePort(options.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(dataDir, 'meilisearch.log');
  const log = fs.openSync(logFile, 'a');

  const args = [
    '--http-addr', `127.0.0.1:${port}`,
    '--db-path', path.join(dataDir, 'meili'),
    '--dump-dir', path.join(dataDir, 'dumps'),
    '--snapshot-dir', path.join(dataDir, 'snapshots'),
    '--env', 'production',
    '--no-analytics',
  ];
  const usePdeathsig = fs.existsSync(SETPRIV);
  const [command, commandArgs] = usePdeathsig
    ? [SETPRIV, ['--pdeathsig', 'TERM', '--', binary, ...args]]
    : [binary, args];
  // The key goes through the environment, never the command line (visible in ps).
  const child: ChildProcess = spawn(command, commandArgs, {
    cwd: dataDir,
    env: { PATH: process.env.PATH ?? '', MEILI_MASTER_KEY: masterKey, MEILI_LOG_LEVEL: 'WARN' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new AppError('engine_not_runnable', `engine: could not start ${binary}`);

  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  // Last resort for an exit path that skips stop(): never leave the engine behind.
  const killOnExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    process.removeListener('exit', killOnExit);
    clearState(dataDir, pid);
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exitPromise;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30000);
  while (!(await isHealthy(url, 500))) {
    if (exited) {
      process.removeListener('exit', killOnExit);
      const output = tail(logFile);
      const code = /address already in use/i.test(output)
        ? 'engine_port_taken'
        : /lock|already in use by another process/i.test(output)
          ? 'engine_db_locked'
          : 'engine_start_failed';
      throw new AppError(code, `engine: Meilisearch exited during start-up (${JSON.stringify(exited)}): ${output.split('\n').slice(-3).join(' | ')}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new AppError('engine_start_timeout', `engine: Meilisearch did not become healthy within the start timeout; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  writeState(dataDir, { pid, url, ownerPid: process.pid, version, startedAt: new Date().toISOString() });
  return { url, masterKey, pid, stop };
}

/** Whether an engine started by another process is still running (used by tests). */
export { isProcessAlive };
