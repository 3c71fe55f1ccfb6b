import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { gzipLines } from '../../eval/corpus';

async function readAll(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of gzipLines(file)) lines.push(line);
  return lines;
}

describe('gzipLines (the corpus reader of tests, benchmarks and eval)', () => {
  it('reads the lines of a gzipped JSON Lines file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gzip-lines-'));
    const file = path.join(dir, 'a.jsonl.gz');
    fs.writeFileSync(file, zlib.gzipSync('{"id":"a"}\n{"id":"b"}\n'));
    await expect(readAll(file)).resolves.toEqual(['{"id":"a"}', '{"id":"b"}']);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ends with the read error when the file is missing, instead of waiting for ever', async () => {
    // A clone in the wrong folder has no ../shared/corpus: the suites reading it must fail, not hang.
    await expect(readAll(path.join(os.tmpdir(), 'no-such-dir', 'corpus.jsonl.gz'))).rejects.toMatchObject({ code: 'ENOENT' });
  }, 5000);
});
