/** Reading the shared corpus (../shared/corpus, never copied into the project) and writing a subset for indexing. */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';

/** One corpus record as stored in baomoi-2017.jsonl.gz. */
export interface CorpusArticle {
  id: string;
  title: string;
  summary?: string;
  body: string;
  url?: string;
  date?: string;
  source?: string;
}

/** The corpus file, relative to the project root (the current directory of npm scripts). */
export function corpusPath(root = process.cwd()): string {
  return path.resolve(root, '..', 'shared', 'corpus', 'baomoi-2017.jsonl.gz');
}

/** The first `limit` articles of the corpus (all when limit is Infinity). */
export async function readCorpus(file: string, limit: number): Promise<CorpusArticle[]> {
  const articles: CorpusArticle[] = [];
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    articles.push(JSON.parse(line) as CorpusArticle);
    if (articles.length >= limit) break;
  }
  lines.close();
  return articles;
}

/**
 * Copies the first `limit` corpus lines (all when 0) to `file` as plain JSON Lines, streamed and
 * unparsed; returns how many were written. Benchmarks and tests index such slices.
 */
export async function writeCorpusSlice(file: string, limit: number, corpus = corpusPath()): Promise<number> {
  const lines = readline.createInterface({ input: fs.createReadStream(corpus).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const out = fs.createWriteStream(file);
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    if (++n === limit) break;
  }
  lines.close();
  await new Promise<void>((resolve) => out.end(resolve));
  return n;
}

/** Writes articles as JSON Lines (a temp file the indexer reads). */
export function writeJsonLines(file: string, articles: readonly CorpusArticle[]): void {
  fs.writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
}
