/** The project's version, from the package.json above this file (src/ under jest, dist/src/ when built). */
import fs from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** package.json "version" of the project, "0.0.0" if none is found. */
export function projectVersion(): string {
  if (cached !== undefined) return cached;
  cached = '0.0.0';
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.version) {
      cached = pkg.version;
      break;
    }
  }
  return cached;
}

/** The project root: the folder holding package.json, above this file. */
export function projectRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  return process.cwd();
}
