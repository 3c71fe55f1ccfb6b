/**
 * JSON Lines from a byte stream, line by line in bounded memory: a broken line (bad JSON,
 * bad UTF-8) becomes a SourceError with its line number and byte offset, and reading goes on.
 */
import type { Readable } from 'node:stream';
import type { RawArticle } from '../../src/types';
import { decodeBytes, decodeUtf8Line, invalidUtf8Offset, sniffBom } from './decode';
import { recordToArticle } from './records';
import type { SourceError } from './types';

/** Longest line accepted: far above any article, low enough to stop a runaway read. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;

function parseLine(line: string, file: string, lineNo: number, offset: number): RawArticle | SourceError | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  const origin = `${file}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return { error: `line ${lineNo} (byte ${offset}): invalid JSON: ${(err as Error).message}`, origin };
  }
  return recordToArticle(value, origin);
}

/** Records of a JSON Lines text already decoded (UTF-16 feeds). */
function* linesOfText(text: string, file: string): Generator<RawArticle | SourceError> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const item = parseLine(lines[i], file, i + 1, -1);
    if (item) yield item;
  }
}

/** Streams the records of a JSON Lines byte stream (already gunzipped); `file` names them. */
export async function* readJsonLines(stream: Readable, file: string): AsyncGenerator<RawArticle | SourceError> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNo = 0;
  let lineStart = 0; // byte offset of the current line in the stream
  let first = true;
  let utf16: Buffer[] | null = null;
  const emit = (bytes: Buffer): RawArticle | SourceError | null => {
    lineNo++;
    const offset = lineStart;
    lineStart += bytes.length + 1;
    let line = bytes;
    if (lineNo === 1 && sniffBom(line).bomLength === 3) line = line.subarray(3);
    const text = decodeUtf8Line(line);
    if (text === null) {
      const at = offset + (bytes.length - line.length) + Math.max(0, invalidUtf8Offset(line));
      return { error: `line ${lineNo} (byte ${at}): not valid UTF-8`, origin: `${file}:${lineNo}` };
    }
    return parseLine(text, file, lineNo, offset);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (sniffBom(chunk).encoding !== 'utf-8') utf16 = [];
    }
    if (utf16) {
      utf16.push(chunk);
      continue;
    }
    let start = 0;
    let nl = chunk.indexOf(10, start);
    while (nl !== -1) {
      const piece = chunk.subarray(start, nl);
      const bytes = pendingBytes ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      pendingBytes = 0;
      const item = emit(bytes);
      if (item) yield item;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    if (start < chunk.length) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_LINE_BYTES) {
        yield { error: `line ${lineNo + 1} (byte ${lineStart}): longer than ${MAX_LINE_BYTES} bytes; rest of the file skipped`, origin: `${file}:${lineNo + 1}` };
        stream.destroy();
        return;
      }
    }
  }
  if (utf16) {
    const decoded = decodeBytes(Buffer.concat(utf16));
    if (!decoded.ok) yield { error: `byte ${decoded.offset}: ${decoded.reason}`, origin: file };
    else yield* linesOfText(decoded.text, file);
    return;
  }
  if (pendingBytes) {
    const item = emit(Buffer.concat(pending));
    if (item) yield item;
  }
}
