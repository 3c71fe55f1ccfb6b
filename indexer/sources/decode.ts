/**
 * Bytes → text with the encodings archives really come in: UTF-8 with or without BOM and
 * UTF-16 LE/BE with a BOM. Invalid UTF-8 is an error with its byte offset, never mojibake.
 */
import { TextDecoder } from 'node:util';

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; reason: string };

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding a BOM announces and the BOM's length; UTF-8 (length 0) when there is none. */
export function sniffBom(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all are valid. */
export function invalidUtf8Offset(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const decoders: Record<Encoding, TextDecoder> = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
};

/** Decodes a whole file's bytes (BOM removed); invalid input reports the first bad byte's offset. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const { encoding, bomLength } = sniffBom(bytes);
  const body = bytes.subarray(bomLength);
  let text: string;
  try {
    text = decoders[encoding].decode(body);
  } catch {
    if (encoding === 'utf-8') {
      const offset = invalidUtf8Offset(bytes, bomLength);
      return { ok: false, offset: Math.max(offset, bomLength), reason: 'not valid UTF-8' };
    }
    return { ok: false, offset: bomLength, reason: `not valid ${encoding.toUpperCase()}` };
  }
  // UTF-16 without a BOM reads as "valid" UTF-8 full of NULs: refuse rather than index garbage.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, offset: bomLength + nul, reason: 'contains NUL bytes (binary, or UTF-16 without a BOM)' };
  return { ok: true, text };
}

/** Decodes one line of a UTF-8 feed; returns null when the bytes are not valid UTF-8. */
export function decodeUtf8Line(bytes: Uint8Array): string | null {
  try {
    return decoders['utf-8'].decode(bytes);
  } catch {
    return null;
  }
}
