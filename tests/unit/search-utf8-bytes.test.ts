/** Engine replies read as UTF-8 bytes (utf8-bytes.ts): what the search path decodes must be the text the engine sent. */
import { fromUtf8Bytes, fromUtf8BytesEach, parseJsonAsUtf8Bytes, toUtf8Bytes, type Utf8Bytes } from '../../src/search/utf8-bytes';

function decodeAll(value: unknown): unknown {
  if (typeof value === 'string') return fromUtf8Bytes(value as Utf8Bytes);
  if (Array.isArray(value)) return value.map(decodeAll);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [fromUtf8Bytes(k as Utf8Bytes), decodeAll(v)]));
  return value;
}

const reply = {
  hits: [{ id: 'a-1', title: 'Thi đua “Giỏi việc nước, đảm việc nhà”', body: 'Dòng 1\nDòng 2\t"trích" \\ 🏆 ₫ \u0001', people: ['Lê Văn Phước'] }],
  facetDistribution: { people: { 'Lê Văn Phước': 3, 'Nguyễn Thị Ánh': 1 } },
  estimatedTotalHits: 2,
};

describe('engine replies read as UTF-8 bytes', () => {
  test('decoding the strings of the parsed reply gives back the reply, keys included', () => {
    const parsed = parseJsonAsUtf8Bytes(Buffer.from(JSON.stringify(reply), 'utf8'));
    expect(decodeAll(parsed)).toEqual(reply);
  });

  test('each parsed string holds the UTF-8 bytes of the real one, one byte per character', () => {
    const parsed = parseJsonAsUtf8Bytes(Buffer.from(JSON.stringify(reply), 'utf8')) as typeof reply;
    expect(parsed.hits[0].people[0]).toBe(Buffer.from('Lê Văn Phước', 'utf8').toString('latin1'));
    expect([...parsed.hits[0].body].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
  });

  test('a server that escapes non-ASCII characters (\\u1ea1) is read correctly too', () => {
    const escaped = JSON.stringify(reply).replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(escaped).toContain('\\u0111'); // đ, escaped
    expect(decodeAll(parseJsonAsUtf8Bytes(Buffer.from(escaped, 'utf8')))).toEqual(reply);
  });

  test('an escaped backslash followed by "u" in the text is not taken for an escape', () => {
    const json = Buffer.from(JSON.stringify({ path: 'C:\\ubnd\\đồng' }), 'utf8');
    expect(decodeAll(parseJsonAsUtf8Bytes(json))).toEqual({ path: 'C:\\ubnd\\đồng' });
  });

  test('an empty reply is undefined, and toUtf8Bytes / fromUtf8Bytes round-trip any text', () => {
    expect(parseJsonAsUtf8Bytes(Buffer.alloc(0))).toBeUndefined();
    for (const text of ['', 'ascii only', 'Thủy điện Hòa Bình', '😀 emoji ₫', 'NFD: Hoa\u0300']) expect(fromUtf8Bytes(toUtf8Bytes(text))).toBe(text);
  });

  test('a list decodes to the same strings as one by one, empty strings and NUL characters included', () => {
    const texts = ['Lê Văn Phước', '', 'UBND tỉnh An Giang', 'a\u0000b', '😀'];
    expect(fromUtf8BytesEach(texts.map(toUtf8Bytes))).toEqual(texts);
    expect(fromUtf8BytesEach(texts.slice(0, 3).map(toUtf8Bytes))).toEqual(texts.slice(0, 3));
    expect(fromUtf8BytesEach([])).toEqual([]);
  });
});
