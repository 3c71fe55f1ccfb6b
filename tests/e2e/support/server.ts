/**
 * The server the browser tests open: the lead's test server (real API over the tests'
 * Meilisearch, demo articles indexed) serving the UI built into search-ui/dist. E2E_BASE_URL
 * (and E2E_DEAD_ENGINE_URL) point the tests at a server already running instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildUi } from '../../../src/cli/ui-build';
import { UI_DIR, startTestServer } from '../../utils/test-server';

const ROOT = path.resolve(__dirname, '../../..');
const UI_SOURCES = path.join(ROOT, 'search-ui');

export interface UiServer {
  url: string;
  close(): Promise<void>;
}

/** Newest modification time under a folder (0 when empty). */
function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function uiIsCurrent(): boolean {
  const index = path.join(UI_DIR, 'index.html');
  const sources = Math.max(newestChange(path.join(UI_SOURCES, 'src')), fs.statSync(path.join(UI_SOURCES, 'index.html')).mtimeMs);
  return fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources;
}

/**
 * Builds search-ui/dist when it is missing or older than the sources, so the tests always see
 * the UI as it is now. Test files run in parallel: one builds (an atomic mkdir is the lock),
 * the others wait for it.
 */
async function ensureUiBuilt(): Promise<void> {
  const lock = path.join(os.tmpdir(), 'vn-search-ui-build.lock');
  const deadline = Date.now() + 120_000;
  while (!uiIsCurrent()) {
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is building; a lock left by a killed run expires after two minutes.
      const lockedAt = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('e2e: timed out waiting for the UI build');
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (uiIsCurrent()) return;
      const result = buildUi(ROOT, 'error');
      if (!result.ok) throw new Error(`e2e: the UI build failed\n${result.stderr}`);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** Starts the API with the demo articles; `deadEngine` points it at an engine that is not there. */
export async function startUiServer(options: { deadEngine?: boolean } = {}): Promise<UiServer> {
  const external = options.deadEngine ? process.env.E2E_DEAD_ENGINE_URL : process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ''), close: async () => {} };
  await ensureUiBuilt();
  const server = await startTestServer({ deadEngine: options.deadEngine });
  return { url: server.url, close: () => server.close() };
}
