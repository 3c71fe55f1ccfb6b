/** Building the search UI with the project's own Vite (used by `npm start` and the browser tests). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The built UI of the project at `root` (served by the API at `/`). */
export function uiDistDir(root: string): string {
  return path.join(root, 'search-ui', 'dist');
}

/** Runs `vite build` for the project at `root`; `ok` false with Vite's stderr when it fails. */
export function buildUi(root: string, logLevel: 'warn' | 'error'): { ok: boolean; stderr: string } {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'search-ui/vite.config.mts', '--logLevel', logLevel], {
    cwd: root,
    encoding: 'utf8',
  });
  return { ok: result.status === 0, stderr: result.stderr ?? String(result.error ?? '') };
}
