import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { invalidUtf8Offset, decodeBytes } from '../../indexer/sources/decode';
import { isSourceError, originFile, readSources, type SourceError } from '../../indexer/sources';
import type { RawArticle } from '../../src/types';

const FIXTURES = path.resolve(__dirname, '../fixtures/indexer');
const fixture = (name: string): string => path.join(FIXTURES, name);

async function readAll(paths: string[], stdin?: Readable): Promise<(RawArticle | SourceError)[]> {
  const items: (RawArticle | SourceError)[] = [];
  for await (const item of readSources(paths, { stdin })) items.push(item);
  return items;
}

describe('readSources', () => {
  // HTML pages: linkedom's dependencies are ESM that this jest config does not transform; the
  // HTML fixture is checked end to end through the built CLI in tests/integration/indexer-cli.test.ts.

  test('a feed with a broken line: the line is an error with its number, the other records are read', async () => {
    const items = await readAll([fixture('feed-broken-line.jsonl')]);
    expect(items).toHaveLength(3);
    expect((items[0] as RawArticle).id).toBe('fx-feed-1');
    expect((items[0] as RawArticle).lead).toBe('Hợp tác xã vừa nhận thêm mười hai hộ thành viên.');
    expect(isSourceError(items[1])).toBe(true);
    expect(items[1].origin).toBe(`${fixture('feed-broken-line.jsonl')}:2`);
    expect((items[1] as SourceError).error).toMatch(/line 2 \(byte \d+\): invalid JSON/);
    expect((items[2] as RawArticle).category).toBe('Giáo dục');
  });

  test('a file that is not UTF-8 is one error naming the byte offset, and no article', async () => {
    const items = await readAll([fixture('not-utf8.txt')]);
    expect(items).toEqual([{ origin: fixture('not-utf8.txt'), error: expect.stringMatching(/^byte 3: not valid UTF-8/) }]);
  });

  test('UTF-16 LE with a BOM and UTF-8 with a BOM are read', async () => {
    const items = (await readAll([fixture('utf16-bom.jsonl'), fixture('utf8-bom.json')])) as RawArticle[];
    expect(items.map((a) => a.title)).toEqual(['Lễ hội đua ghe ngo Sóc Trăng', 'Bến phà Cao Lãnh vắng khách']);
  });

  test('folders are walked recursively, .gz files are read, "-" reads JSON Lines from stdin', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-sources-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a.jsonl.gz'), zlib.gzipSync('{"title":"Một","body":"một"}\n{"title":"Hai","body":"hai"}\n'));
    fs.writeFileSync(path.join(dir, 'notes.md'), 'ignored');
    const stdin = Readable.from([Buffer.from('{"title":"Ba","body":"ba"}\n')]);
    const items = (await readAll([dir, '-'], stdin)) as RawArticle[];
    expect(items.map((a) => a.title)).toEqual(['Một', 'Hai', 'Ba']);
    expect(items[1].origin).toBe(`${path.join(dir, 'sub', 'a.jsonl.gz')}:2`);
    expect(items[2].origin).toBe('-:1');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a missing path is reported, the others are read', async () => {
    const items = await readAll(['/nonexistent/archive', fixture('invalid-id.json')]);
    expect(isSourceError(items[0])).toBe(true);
    expect((items[1] as RawArticle).id).toBe('2021/05 bài số 7');
  });
});

describe('decoding', () => {
  test('invalidUtf8Offset finds the first bad byte and accepts valid multi-byte text', () => {
    expect(invalidUtf8Offset(Buffer.from('Hồ Chí Minh'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc3, 0xa9, 0xff]))).toBe(3);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xe1, 0xbb]))).toBe(1); // truncated sequence
    expect(invalidUtf8Offset(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
  });

  test('UTF-16 without a BOM is refused instead of indexed as NUL-filled text', () => {
    const decoded = decodeBytes(Buffer.from('abc', 'utf16le'));
    expect(decoded.ok).toBe(false);
  });
});

test('originFile drops the line or record number of feeds only', () => {
  expect(originFile('/a/b.jsonl:12')).toBe('/a/b.jsonl');
  expect(originFile('/a/b.jsonl.gz:3')).toBe('/a/b.jsonl.gz');
  expect(originFile('/a/b.json[4]')).toBe('/a/b.json');
  expect(originFile('/a/page:2.txt')).toBe('/a/page:2.txt');
  expect(originFile('-:7')).toBe('-');
});
