/**
 * Engine replies parsed without decoding their UTF-8. A search page's reply is 100–160 KB,
 * four fifths of it the hits' bodies, of which a reader sees a 30-word snippet: decoding all of
 * it to UTF-16 cost 0.5–0.8 ms a search (profiled), more than half the API's own work. Read as
 * latin1 instead (a copy, one byte per character), the JSON parses the same, and every string in
 * it holds the UTF-8 bytes of the real string, one byte per character (a Utf8Bytes). The fields a
 * reply shows are decoded in one call a page (fromUtf8BytesEach); the texts snippets are cut from
 * are scanned as bytes (crop.ts), and only the snippet is decoded.
 */

/** A string whose characters are the bytes (0–255) of a UTF-8 encoded string. */
export type Utf8Bytes = string & { readonly utf8Bytes: unique symbol };

/** The UTF-8 bytes of `text`, one byte per character. */
export function toUtf8Bytes(text: string): Utf8Bytes {
  return Buffer.from(text, 'utf8').toString('latin1') as Utf8Bytes;
}

/** The string whose UTF-8 bytes `bytes` holds. */
export function fromUtf8Bytes(bytes: Utf8Bytes): string {
  // Pure ASCII (most ids, URLs, dates) is its own decoding.
  for (let i = 0; i < bytes.length; i++) if (bytes.charCodeAt(i) > 0x7f) return Buffer.from(bytes, 'latin1').toString('utf8');
  return bytes;
}

/**
 * fromUtf8Bytes of each string, decoded as one (a hit's short fields and entity lists are tens
 * of strings: one decoding instead of one each). A NUL byte only encodes U+0000, so joining on
 * it is safe; a string holding one takes the slow path.
 */
export function fromUtf8BytesEach(list: readonly Utf8Bytes[]): string[] {
  if (list.length < 2) return list.map(fromUtf8Bytes);
  const parts = fromUtf8Bytes(list.join('\u0000') as Utf8Bytes).split('\u0000');
  return parts.length === list.length ? parts : list.map(fromUtf8Bytes);
}

/** fromUtf8BytesEach for object keys of a parsed reply (facet values), which TypeScript types as string. */
export function fromUtf8BytesKeys(keys: string[]): string[] {
  return fromUtf8BytesEach(keys as Utf8Bytes[]);
}

/**
 * True when a JSON text escapes a character above U+007F (`\u00e9`, `\u1ea1`): such an escape
 * parses to a character that is not a byte. Meilisearch writes non-ASCII characters as they are
 * (only control characters are escaped), so this is for other servers in front of it.
 */
function escapesNonAscii(json: Buffer): boolean {
  for (let at = json.indexOf('\\u'); at >= 0; at = json.indexOf('\\u', at + 2)) {
    // An escaped backslash ("\\u" in the text) is not an escape: count the backslashes before.
    let slashes = 0;
    while (at - slashes - 1 >= 0 && json[at - slashes - 1] === 0x5c) slashes++;
    if (slashes % 2 === 1) continue;
    const hex = json.toString('latin1', at + 2, at + 6);
    if (parseInt(hex, 16) > 0x7f) return true;
  }
  return false;
}

/** Parses a UTF-8 JSON text so that every string in the result is a Utf8Bytes (see above). */
export function parseJsonAsUtf8Bytes(json: Buffer): unknown {
  if (json.length === 0) return undefined;
  if (!escapesNonAscii(json)) return JSON.parse(json.toString('latin1'));
  // Rare: decode, then write it again without escapes (JSON.stringify keeps non-ASCII as is).
  return JSON.parse(Buffer.from(JSON.stringify(JSON.parse(json.toString('utf8'))), 'utf8').toString('latin1'));
}

/** The type of a parsed reply's value read by parseJsonAsUtf8Bytes: its strings are Utf8Bytes. */
export type AsUtf8Bytes<T> = T extends string
  ? Utf8Bytes
  : T extends readonly (infer U)[]
    ? AsUtf8Bytes<U>[]
    : T extends object
      ? { [K in keyof T]: AsUtf8Bytes<T[K]> }
      : T;
