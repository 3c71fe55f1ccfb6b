/**
 * Stage 1 of the pipeline: paths → articles. Files and folders (recursively), their .gz forms
 * and "-" (JSON Lines on stdin); every problem is a SourceError naming the file and where.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { RawArticle } from '../../src/types';
import { decodeBytes } from './decode';
import { listSourceFiles, type SourceFile } from './files';
import { parseHtmlPage } from './html-page';
import { readJsonLines } from './json-lines';
import { recordToArticle } from './records';
import { parseTextPage } from './text-page';
import type { SourceError } from './types';

export type { SourceError } from './types';
export { isSourceError } from './types';

export interface ReadOptions {
  /** Called as bytes are read from disk (compressed bytes for .gz), for progress and ETA. */
  onBytes?: (bytes: number) => void;
  /** Stdin replacement for "-" (tests). */
  stdin?: Readable;
}

/** Total bytes on disk of the sources `paths` name (the progress bar's 100%). */
export function sourceBytes(paths: string[]): number {
  return listSourceFiles(paths).files.reduce((sum, f) => sum + f.bytes, 0);
}

/** The source file of an article's origin: "a.jsonl:12" → "a.jsonl", "a.json[3]" → "a.json". */
export function originFile(origin: string): string {
  return origin.replace(/(\.(?:jsonl|ndjson|json)(?:\.gz)?)(?::\d+|\[\d+\])$/i, '$1').replace(/^-:\d+$/, '-');
}

function openStream(source: SourceFile, options: ReadOptions): Readable {
  const raw: Readable = source.file === '-' ? (options.stdin ?? process.stdin) : fs.createReadStream(source.file, { highWaterMark: 256 * 1024 });
  if (options.onBytes) raw.on('data', (chunk: Buffer) => options.onBytes?.(chunk.length));
  if (!source.gzip) return raw;
  const gunzip = zlib.createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  return raw.pipe(gunzip);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function parseWhole(text: string, source: SourceFile): (RawArticle | SourceError)[] {
  const origin = source.file;
  switch (source.kind) {
    case 'text':
      return [parseTextPage(text, origin)];
    case 'html':
      return [parseHtmlPage(text, origin)];
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        return [{ error: `invalid JSON: ${(err as Error).message}`, origin }];
      }
      if (!Array.isArray(value)) return [recordToArticle(value, origin)];
      return value.map((record, i) => recordToArticle(record, `${origin}[${i}]`));
    }
    default:
      return [{ error: `unexpected kind ${source.kind}`, origin }];
  }
}

async function* readFile(source: SourceFile, options: ReadOptions): AsyncGenerator<RawArticle | SourceError> {
  const stream = openStream(source, options);
  if (source.kind === 'jsonl') {
    yield* readJsonLines(stream, source.file);
    return;
  }
  const bytes = await readAll(stream);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield { error: `byte ${decoded.offset}: ${decoded.reason}; file not indexed`, origin: source.file };
    return;
  }
  try {
    yield* parseWhole(decoded.text, source);
  } catch (err) {
    yield { error: `could not parse: ${(err as Error).message}`, origin: source.file };
  }
}

/** Articles and source errors from files, folders (recursive) and "-" (JSON Lines on stdin). */
export async function* readSources(paths: string[], options: ReadOptions = {}): AsyncIterable<RawArticle | SourceError> {
  const { files, problems } = listSourceFiles(paths);
  for (const p of problems) yield { error: p.problem, origin: p.path };
  for (const source of files) {
    try {
      yield* readFile(source, options);
    } catch (err) {
      // A read error mid-file (corrupt gzip, I/O): what was read stays; the file is reported.
      yield { error: `read failed: ${(err as Error).message}`, origin: source.file };
    }
  }
}
