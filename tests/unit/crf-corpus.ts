/**
 * Corpus text for the CRF identity tests, read at test time from ../shared/corpus (never
 * copied into the project).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

const CORPUS_DIR = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus');

/** Lines of the seed page (page chrome included). */
export function seedPageLines(): string[] {
  return fs.readFileSync(path.join(CORPUS_DIR, 'seed', 'an-giang-thi-dua.txt'), 'utf8').split('\n');
}

/** The whole seed page. */
export function seedPage(): string {
  return fs.readFileSync(path.join(CORPUS_DIR, 'seed', 'an-giang-thi-dua.txt'), 'utf8');
}

/**
 * `count` sentences spread over the first `articles` articles of baomoi-2017 (every k-th
 * sentence, so that they come from many articles), each at most `maxLength` characters.
 */
export function corpusSentences(count: number, articles = 400, maxLength = 300): string[] {
  // The head of the file is enough: decompress its first megabyte (a truncated stream).
  const head = Buffer.alloc(1024 * 1024);
  const fd = fs.openSync(path.join(CORPUS_DIR, 'baomoi-2017.jsonl.gz'), 'r');
  const read = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const text = zlib.gunzipSync(head.subarray(0, read), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
  const lines = text.split('\n').slice(0, articles);
  const sentences: string[] = [];
  for (const line of lines) {
    if (!line.endsWith('}')) continue; // the cut-off last line
    const article = JSON.parse(line) as { title: string; body: string };
    for (const paragraph of [article.title, ...article.body.split('\n')]) {
      for (const sentence of paragraph.split(/(?<=[.!?…]["”’)]?)\s+/)) {
        const s = sentence.trim();
        if (s.length > 0 && s.length <= maxLength) sentences.push(s);
      }
    }
  }
  const step = Math.max(1, Math.floor(sentences.length / count));
  const picked: string[] = [];
  for (let i = 0; i < sentences.length && picked.length < count; i += step) picked.push(sentences[i]);
  return picked;
}
