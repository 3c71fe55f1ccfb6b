/**
 * Words as the search reads them: runs of letters and digits (`[\p{L}\p{N}]+`), found without a
 * regex. Why: V8 drops the compiled code of Unicode-property regexes under GC pressure and
 * recompiles them on next use, which made each in the API's per-request paths cost 0.1–0.2 ms
 * (profiled); a table of the code units seen costs nothing after the first sight.
 */

/** Per BMP code unit: 0 not yet seen, 1 word character, 2 not. */
const WORD_CHAR = new Uint8Array(0x10000);
const WORD_TEST = /^[\p{L}\p{N}]$/u;
/** Astral code points (rare: math letters, rare CJK) by code point. */
const ASTRAL_WORD_CHAR = new Map<number, boolean>();

/** True when the BMP code unit is a letter or digit (surrogates never are). */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let kind = WORD_CHAR[code];
  if (kind === 0) {
    kind = WORD_TEST.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CHAR[code] = kind;
  }
  return kind === 1;
}

function isAstralWordChar(codePoint: number): boolean {
  let word = ASTRAL_WORD_CHAR.get(codePoint);
  if (word === undefined) {
    word = WORD_TEST.test(String.fromCodePoint(codePoint));
    ASTRAL_WORD_CHAR.set(codePoint, word);
  }
  return word;
}

/** Offsets of the words of `text`: [start, end) pairs, in order. */
export function wordSpans(text: string): number[] {
  const spans: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const codePoint = text.codePointAt(i)!;
      width = codePoint > 0xffff ? 2 : 1;
      word = width === 2 && isAstralWordChar(codePoint);
    } else {
      word = isWordChar(code);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      spans.push(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) spans.push(start, text.length);
  return spans;
}

/** The words of `text`, in order: `text.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function wordsIn(text: string): string[] {
  const spans = wordSpans(text);
  const words: string[] = [];
  for (let k = 0; k < spans.length; k += 2) words.push(text.slice(spans[k], spans[k + 1]));
  return words;
}

/**
 * `text` with each run of consecutive words equal to `words` (whatever separates them) replaced
 * by `replacement`, leftmost first, runs not overlapping; `text` itself when there is none.
 */
export function replaceWordRuns(text: string, words: readonly string[], replacement: string): string {
  const spans = wordSpans(text);
  const count = spans.length / 2;
  let out = '';
  let last = 0;
  for (let i = 0; i + words.length <= count; ) {
    let k = 0;
    while (k < words.length && text.slice(spans[2 * (i + k)], spans[2 * (i + k) + 1]) === words[k]) k++;
    if (k === words.length && words.length > 0) {
      out += text.slice(last, spans[2 * i]) + replacement;
      last = spans[2 * (i + k) - 1];
      i += k;
    } else {
      i++;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}
