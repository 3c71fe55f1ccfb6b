/** Which files a list of paths names: folders walked recursively in a stable (sorted) order. */
import fs from 'node:fs';
import path from 'node:path';

export type SourceKind = 'text' | 'html' | 'json' | 'jsonl';

const KINDS: Record<string, SourceKind> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export interface SourceFile {
  /** Absolute path, or "-" for stdin. */
  file: string;
  kind: SourceKind;
  gzip: boolean;
  /** Size on disk (compressed size for .gz), 0 for stdin. */
  bytes: number;
}

/** The kind of a file by its name ("a.jsonl.gz" → jsonl, gzip), or null when unsupported. */
export function classify(file: string): { kind: SourceKind; gzip: boolean } | null {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const kind = KINDS[path.extname(gzip ? lower.slice(0, -3) : lower)];
  return kind ? { kind, gzip } : null;
}

/** A path that names no readable source; reported, never fatal for the other paths. */
export interface PathProblem {
  path: string;
  problem: string;
}

/** Lists the source files under `paths` (hidden files and unsupported types in folders skipped). */
export function listSourceFiles(paths: string[]): { files: SourceFile[]; problems: PathProblem[] } {
  const files: SourceFile[] = [];
  const problems: PathProblem[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (file: string, explicit: boolean): void => {
    const type = classify(file);
    if (!type) {
      if (explicit) problems.push({ path: file, problem: 'unsupported file type (expected .txt, .html, .htm, .json, .jsonl, .ndjson or their .gz)' });
      return;
    }
    const real = fs.realpathSync(file);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ file, ...type, bytes: fs.statSync(file).size });
  };
  const walk = (dir: string): void => {
    const real = fs.realpathSync(dir);
    if (seenDirs.has(real)) return; // symlink loop
    seenDirs.add(real);
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        continue; // dangling symlink
      }
      if (stat.isDirectory()) walk(full);
      else if (stat.isFile()) addFile(full, false);
    }
  };
  for (const given of paths) {
    if (given === '-') {
      files.push({ file: '-', kind: 'jsonl', gzip: false, bytes: 0 });
      continue;
    }
    const full = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      problems.push({ path: full, problem: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (stat.isDirectory()) walk(full);
    else addFile(full, true);
  }
  return { files, problems };
}
