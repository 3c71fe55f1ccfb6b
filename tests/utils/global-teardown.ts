/** Stops the tests' engine and removes its folder: no process and no temp data left behind. */
import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const handle = globalThis.__TEST_ENGINE__;
  if (!handle) return;
  globalThis.__TEST_ENGINE__ = undefined;
  await handle.engine.stop();
  fs.rmSync(handle.dataDir, { recursive: true, force: true });
}
