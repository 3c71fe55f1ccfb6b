/** Reading the shared corpus (../shared/corpus, never copied into the project) and writing a subset for indexing. */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import type { RawArticle } from '../src/types';

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

/**
 * The lines of a gzipped JSON Lines file. A read error (a missing corpus) ends the iteration with
 * that error: piped alone, it would leave the gunzip side, and so the loop, waiting for ever.
 */
export function gzipLines(file: string): readline.Interface {
  const input = fs.createReadStream(file);
  const gunzip = zlib.createGunzip();
  input.on('error', (err) => gunzip.destroy(err));
  return readline.createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
}

/** Streams the gzipped JSON Lines corpus once and returns the records with the given ids; stops reading when all are found. */
export async function readCorpusArticles(file: string, ids: Iterable<string>): Promise<Map<string, CorpusArticle>> {
  const wanted = new Set(ids);
  const found = new Map<string, CorpusArticle>();
  const lines = gzipLines(file);
  for await (const line of lines) {
    // Cheap pre-check on the id prefix before parsing a 3 kB line.
    const m = /^\{"id": ?"([^"]+)"/.exec(line);
    if (m && !wanted.has(m[1])) continue;
    const record = JSON.parse(line) as CorpusArticle;
    if (!wanted.has(record.id)) continue;
    found.set(record.id, record);
    if (found.size === wanted.size) break;
  }
  lines.close();
  return found;
}

/** Maps a corpus record to the analysis input (`summary` is the lead). */
export function toRawArticle(record: CorpusArticle, origin: string): RawArticle {
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    lead: record.summary ?? '',
    body: record.body,
    date: record.date,
    source: record.source,
    origin,
  };
}

/** The first `limit` articles of the corpus (all when limit is Infinity). */
export async function readCorpus(file: string, limit: number): Promise<CorpusArticle[]> {
  const articles: CorpusArticle[] = [];
  const lines = gzipLines(file);
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
  const lines = gzipLines(corpus);
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
