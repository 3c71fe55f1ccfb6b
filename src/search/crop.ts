/**
 * Crops and highlights cut by the API from the hit's text, in the engine's format (matches
 * between MATCH_START/MATCH_END, CROP_MARKER where text was cut), so snippet.ts and
 * did-you-mean.ts read them as they read Meilisearch's `_formatted`.
 * Why not the engine's crops: Meilisearch tokenises every hit's whole body to crop it, about
 * half of a search request's engine time on 3,000 articles (11 of 22 ms, bench/search-profile.ts).
 * Here one pass over each text's UTF-8 bytes as the engine sent them (utf8-bytes.ts: the body is
 * never decoded, only the crop), folding character codes through a table and hashing words,
 * with no string per word: a page of 20 hits (~100 KB of text) in a fraction of a millisecond.
 */
import { fold } from '../text';
import { CROP_MARKER, MATCH_END, MATCH_START } from './snippet';
import { fromUtf8Bytes, toUtf8Bytes, type Utf8Bytes } from './utf8-bytes';
import { isWordChar } from './words';

/** What counts as a match: folded words, and the folded prefix the last typed word may be. */
export interface MatchWords {
  /** Folded word → the query term it stands for (a crop counts distinct terms, not words). */
  words: ReadonlyMap<string, string>;
  /** Matched as a prefix too (the engine's last-word prefix search; its term is itself); null when none. */
  prefix: string | null;
  /** The accented words as typed, lower case: a crop prefers them to their other accent forms. */
  exactForms: ReadonlySet<string>;
}

/** Words of context in a crop (the engine's cropLength). */
export const CROP_LENGTH = 30;

/** Marks a word character that folds to zero or several code units: its word is folded as a string. */
const NOT_ONE = 0xffff;
/** Marks a code unit that is not a word character. */
const SEPARATOR = 0;

/**
 * Per BMP character: SEPARATOR, or the word character folded by fold() (the one Vietnamese
 * folding rule, tabled once: a single lookup per character of every hit's text). Characters
 * beyond the BMP (4-byte sequences) separate words here; no Vietnamese text has them.
 */
const FOLD_CODE: Uint16Array = (() => {
  const codes = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (!isWordChar(code)) continue;
    const folded = fold(String.fromCharCode(code));
    codes[code] = folded.length === 1 && folded.charCodeAt(0) !== SEPARATOR ? folded.charCodeAt(0) : NOT_ONE;
  }
  return codes;
})();

function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** Size in bytes of the UTF-8 character whose first byte is `lead` (1 for a stray continuation byte). */
function charSize(lead: number): number {
  return lead < 0xc0 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** FOLD_CODE of the `size`-byte character at byte `at`; SEPARATOR beyond the BMP and for stray bytes. */
function foldedAt(bytes: Utf8Bytes, at: number, size: number): number {
  const lead = bytes.charCodeAt(at);
  if (size === 1) return lead < 0x80 ? FOLD_CODE[lead] : SEPARATOR;
  if (size === 2) return FOLD_CODE[((lead & 0x1f) << 6) | (bytes.charCodeAt(at + 1) & 0x3f)];
  if (size === 3) return FOLD_CODE[((lead & 0x0f) << 12) | ((bytes.charCodeAt(at + 1) & 0x3f) << 6) | (bytes.charCodeAt(at + 2) & 0x3f)];
  return SEPARATOR;
}

/** The string held by bytes [from, to). */
function decodeRange(bytes: Utf8Bytes, from: number, to: number): string {
  return fromUtf8Bytes(bytes.slice(from, to) as Utf8Bytes);
}

/** MatchWords compiled for scanning: words by hash, their term ids, the prefix and its term. */
interface Matcher {
  termOfWord: Map<string, number>;
  byHash: Map<number, { word: string; term: number }[]>;
  /** Bit `hash & HASH_BITS_MASK` set for each word: most words of a text are ruled out by one array read. */
  hashBits: Uint32Array;
  prefix: string | null;
  prefixTerm: number;
  terms: number;
  /** The accented words as typed, as UTF-8 bytes in lower, title and upper case (a word is compared without decoding it). */
  exactBytes: ReadonlySet<string>;
  /** How many terms have a form typed with accents. */
  exactTerms: number;
  /** Per term: 1 when a complete window must hold it (see CompleteWindow); `requiredTerms` of them. */
  required: Uint8Array;
  requiredTerms: number;
}

const HASH_BITS_MASK = 4095;

function hasHashBit(bits: Uint32Array, hash: number): boolean {
  const bit = hash & HASH_BITS_MASK;
  return (bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

const matchers = new WeakMap<MatchWords, Matcher>();

/** A term that is digits only. */
const NUMBER_TERM = /^[0-9]+$/;

function matcherOf(match: MatchWords): Matcher {
  const cached = matchers.get(match);
  if (cached) return cached;
  const termIds = new Map<string, number>();
  const termId = (term: string): number => {
    if (!termIds.has(term)) termIds.set(term, termIds.size);
    return termIds.get(term)!;
  };
  const termOfWord = new Map<string, number>();
  const byHash = new Map<number, { word: string; term: number }[]>();
  const hashBits = new Uint32Array((HASH_BITS_MASK + 1) / 32);
  for (const [word, term] of match.words) {
    termOfWord.set(word, termId(term));
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
    byHash.set(hash, [...(byHash.get(hash) ?? []), { word, term: termId(term) }]);
    hashBits[(hash & HASH_BITS_MASK) >>> 5] |= 1 << (hash & 31);
  }
  const prefix = match.prefix === '' ? null : match.prefix;
  const prefixTerm = prefix === null ? 0 : termId(match.words.get(prefix) ?? prefix);
  // Terms the reader typed with accents: a window shows them best where they are written as typed.
  // Each form is compared as bytes in lower, title and upper case (a word is never decoded to be compared).
  const exactTerms = new Set<number>();
  const exactBytes = new Set<string>();
  for (const form of match.exactForms) {
    const folded = fold(form);
    const term = termOfWord.get(folded) ?? (prefix !== null && folded.startsWith(prefix) ? prefixTerm : undefined);
    if (term !== undefined) exactTerms.add(term);
    for (const cased of [form, form[0].toUpperCase() + form.slice(1), form.toUpperCase()]) exactBytes.add(toUtf8Bytes(cased));
  }
  const terms = Math.max(1, termIds.size);
  // A number typed in one format is often written in another (the engine matched its value, not
  // its digits): a window need not hold it to be complete, or such crops would never stop early.
  const required = new Uint8Array(terms).fill(1);
  for (const [term, id] of termIds) if (NUMBER_TERM.test(term)) required[id] = 0;
  let requiredTerms = required.reduce((sum, r) => sum + r, 0);
  if (requiredTerms === 0) {
    // Only numbers typed: they are all there is to show.
    required.fill(1);
    requiredTerms = terms;
  }
  const matcher = { termOfWord, byHash, hashBits, prefix, prefixTerm, terms, exactBytes, exactTerms: exactTerms.size, required, requiredTerms };
  matchers.set(match, matcher);
  return matcher;
}

/**
 * The words of a text and its matches. `spans`: [start, end) byte offsets of word k at 2k, 2k+1
 * (a scratch buffer shared by all scans: read it before the next scan); `hits`: per matched
 * word, its index, the length marked from its start, the matched term, and whether it is
 * written as typed (accents included). `complete`: false when the scan stopped before the
 * text's last word (see scan).
 */
interface Scan {
  words: number;
  spans: Int32Array;
  hits: { word: number; length: number; term: number; exact: boolean }[];
  complete: boolean;
}

/** Reused by every scan (each is read to the end before the next starts): no garbage per word. */
let spanBuffer = new Int32Array(8192);

/** The byte offset where the characters from `start` that fold to `word` end; -1 when they do not. */
function foldedPrefixEnd(bytes: Utf8Bytes, start: number, word: string): number {
  let at = start;
  for (let k = 0; k < word.length; k++) {
    const size = charSize(bytes.charCodeAt(at));
    if (foldedAt(bytes, at, size) !== word.charCodeAt(k)) return -1;
    at += size;
  }
  return at;
}

/**
 * The match of the word bytes[start, end) of `chars` characters, given its folded hash; null
 * when none. `length` is in bytes.
 */
function matchAt(bytes: Utf8Bytes, start: number, end: number, chars: number, hash: number, foldsOne: boolean, m: Matcher): { length: number; term: number } | null {
  if (!foldsOne) {
    // A character folding to several (or none): fold the word as a string, mark all of it.
    const folded = fold(decodeRange(bytes, start, end));
    const term = m.termOfWord.get(folded);
    if (term !== undefined) return { length: end - start, term };
    return m.prefix !== null && folded.startsWith(m.prefix) ? { length: end - start, term: m.prefixTerm } : null;
  }
  if (hasHashBit(m.hashBits, hash)) for (const candidate of m.byHash.get(hash) ?? []) if (candidate.word.length === chars && foldedPrefixEnd(bytes, start, candidate.word) === end) return { length: end - start, term: candidate.term };
  if (m.prefix !== null && chars >= m.prefix.length) {
    const prefixEnd = foldedPrefixEnd(bytes, start, m.prefix);
    if (prefixEnd >= 0) return { length: prefixEnd - start, term: m.prefixTerm };
  }
  return null;
}

/**
 * The first window of `length` words that holds every term of the query, and each term typed
 * with accents written as typed at least once: no later window can show a reader more of the
 * query, so a crop's scan stops once it has the words to fill that window (most top hits name
 * every term early, and their bodies are not read to the end).
 */
class CompleteWindow {
  private readonly counts: Int32Array;
  private readonly exactCounts: Int32Array;
  private first = 0;
  private distinct = 0;
  private exactDistinct = 0;

  constructor(
    private readonly m: Matcher,
    private readonly length: number,
  ) {
    this.counts = new Int32Array(m.terms);
    this.exactCounts = new Int32Array(m.terms);
  }

  /** Adds the last of `hits`; the word the first complete window starts at, or -1 while none. */
  add(hits: Scan['hits']): number {
    const hit = hits[hits.length - 1];
    while (hits[this.first].word <= hit.word - this.length) {
      const old = hits[this.first++];
      if (--this.counts[old.term] === 0) this.distinct -= this.m.required[old.term];
      if (old.exact && --this.exactCounts[old.term] === 0) this.exactDistinct--;
    }
    if (this.counts[hit.term]++ === 0) this.distinct += this.m.required[hit.term];
    if (hit.exact && this.exactCounts[hit.term]++ === 0) this.exactDistinct++;
    return this.distinct === this.m.requiredTerms && this.exactDistinct >= this.m.exactTerms ? hits[this.first].word : -1;
  }
}

/** The words and matches of `bytes`; with `cropLength`, only as far as the first complete window needs (CompleteWindow). */
function scan(bytes: Utf8Bytes, m: Matcher, cropLength = 0): Scan {
  const hits: Scan['hits'] = [];
  const window = cropLength > 0 ? new CompleteWindow(m, cropLength) : null;
  let stopAtWord = Infinity;
  let spans = spanBuffer;
  let words = 0;
  const prefixFirst = m.prefix === null ? -1 : m.prefix.charCodeAt(0);
  const prefixChars = m.prefix === null ? Infinity : m.prefix.length;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    // Between words: skip separators.
    let lead = bytes.charCodeAt(i);
    let size = 1;
    // ASCII, most of any text's bytes: foldedAt's one-byte case without the two calls.
    let folded = lead < 0x80 ? FOLD_CODE[lead] : foldedAt(bytes, i, (size = charSize(lead)));
    if (folded === SEPARATOR) {
      i += size;
      continue;
    }
    if (words >= stopAtWord) return { words, spans, hits, complete: false };
    // A word from `start`: fold and hash its characters up to the next separator (or the end).
    const start = i;
    const firstFolded = folded;
    let chars = 0;
    let hash = 0;
    let foldsOne = true;
    for (;;) {
      if (folded === NOT_ONE) foldsOne = false;
      hash = hashStep(hash, folded);
      chars++;
      i += size;
      if (i >= n) break;
      lead = bytes.charCodeAt(i);
      if (lead < 0x80) {
        size = 1;
        folded = FOLD_CODE[lead];
      } else {
        size = charSize(lead);
        folded = foldedAt(bytes, i, size);
      }
      if (folded === SEPARATOR) break;
    }
    const end = i;
    // The separator that ended the word (if any) is not a word's start.
    i += size;
    // Most words can match nothing: ruled out here by a bit and a first letter, without a call.
    const candidate = !foldsOne || hasHashBit(m.hashBits, hash) || (firstFolded === prefixFirst && chars >= prefixChars);
    const hit = candidate ? matchAt(bytes, start, end, chars, hash, foldsOne, m) : null;
    if (hit !== null) {
      const exact = m.exactBytes.size > 0 && m.exactBytes.has(bytes.slice(start, end));
      hits.push({ word: words, length: hit.length, term: hit.term, exact });
      if (window !== null && stopAtWord === Infinity) {
        const firstWord = window.add(hits);
        if (firstWord >= 0) stopAtWord = firstWord + cropLength;
      }
    }
    if (2 * words + 2 > spans.length) {
      spanBuffer = new Int32Array(spans.length * 2);
      spanBuffer.set(spans);
      spans = spanBuffer;
    }
    spans[2 * words] = start;
    spans[2 * words + 1] = end;
    words++;
  }
  return { words, spans, hits, complete: true };
}

/** The markers as UTF-8 bytes: a crop is marked in bytes and decoded once. */
const MATCH_START_BYTES = toUtf8Bytes(MATCH_START);
const MATCH_END_BYTES = toUtf8Bytes(MATCH_END);

/** Text of words [from, to) with the matches marked, separators kept. */
function formatWords(bytes: Utf8Bytes, { spans, hits }: Scan, from: number, to: number): string {
  if (from >= to) return '';
  let out = '';
  let last = spans[2 * from];
  for (const hit of hits) {
    if (hit.word < from || hit.word >= to) continue;
    const start = spans[2 * hit.word];
    out += bytes.slice(last, start) + MATCH_START_BYTES + bytes.slice(start, start + hit.length) + MATCH_END_BYTES;
    last = start + hit.length;
  }
  // Matches end on character boundaries: the marked bytes decode as one.
  return fromUtf8Bytes((out + bytes.slice(last, spans[2 * to - 1])) as Utf8Bytes);
}

/** How good a window is, compared field by field in this order. */
interface WindowScore {
  distinct: number;
  exact: number;
  matches: number;
  /** Negated span, so that larger is better throughout. */
  tightness: number;
}

function better(a: WindowScore, b: WindowScore): boolean {
  return a.distinct !== b.distinct ? a.distinct > b.distinct : a.exact !== b.exact ? a.exact > b.exact : a.matches !== b.matches ? a.matches > b.matches : a.tightness > b.tightness;
}

/**
 * The first word of the best window of `length` words among those scanned (a scan stops at the
 * first complete window): the most distinct matched terms, then the most words written as
 * typed, then the most matches, then the tightest, then the earliest; the matches it spans
 * centred in the window.
 */
function windowStart({ words, hits }: Scan, length: number, terms: number): number {
  if (hits.length === 0) return 0;
  const counts = new Int32Array(terms);
  let distinct = 0;
  let exact = 0;
  let best = { score: { distinct: 0, exact: 0, matches: 0, tightness: -Infinity }, first: 0, last: 0 };
  let j = 0;
  for (let i = 0; i < hits.length; i++) {
    // Grow the window [hits[i], hits[j]) while it fits in `length` words.
    while (j < hits.length && hits[j].word - hits[i].word < length) {
      if (counts[hits[j].term]++ === 0) distinct++;
      if (hits[j].exact) exact++;
      j++;
    }
    const first = hits[i].word;
    const last = hits[j - 1].word;
    const score = { distinct, exact, matches: j - i, tightness: first - last };
    if (better(score, best.score)) best = { score, first, last };
    if (--counts[hits[i].term] === 0) distinct--;
    if (hits[i].exact) exact--;
  }
  const padding = length - (best.last - best.first + 1);
  return Math.max(0, Math.min(best.first - Math.floor(padding / 2), words - length));
}

/**
 * A crop of about `length` words of the text whose UTF-8 bytes are `bytes`, around its best
 * matches, matches marked; its start when nothing matches. Only the crop is decoded.
 */
export function cropUtf8Bytes(bytes: Utf8Bytes, match: MatchWords, length: number = CROP_LENGTH): string {
  const matcher = matcherOf(match);
  const scanned = scan(bytes, matcher, length);
  const words = scanned.words;
  if (words === 0) return '';
  const from = windowStart(scanned, length, matcher.terms);
  const to = Math.min(words, from + length);
  return `${from > 0 ? CROP_MARKER : ''}${formatWords(bytes, scanned, from, to)}${to < words || !scanned.complete ? CROP_MARKER : ''}`;
}

/** cropUtf8Bytes for a decoded text. */
export function cropText(text: string, match: MatchWords, length: number = CROP_LENGTH): string {
  return cropUtf8Bytes(toUtf8Bytes(text), match, length);
}

/** The whole `text` with its matches marked (titles). */
export function highlightText(text: string, match: MatchWords): string {
  const bytes = toUtf8Bytes(text);
  const scanned = scan(bytes, matcherOf(match));
  const words = scanned.words;
  if (words === 0) return text;
  return `${decodeRange(bytes, 0, scanned.spans[0])}${formatWords(bytes, scanned, 0, words)}${decodeRange(bytes, scanned.spans[2 * words - 1], bytes.length)}`;
}
