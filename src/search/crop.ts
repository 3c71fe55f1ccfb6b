/**
 * Crops and highlights cut by the API from the hit's text, in the engine's format (matches
 * between MATCH_START/MATCH_END, CROP_MARKER where text was cut), so snippet.ts and
 * did-you-mean.ts read them as they read Meilisearch's `_formatted`.
 * Why not the engine's crops: Meilisearch tokenises every hit's whole body to crop it, about
 * half of a search request's engine time on 3,000 articles (11 of 22 ms, bench/search-profile.ts).
 * Here one pass over each text, folding character codes through a table and hashing words,
 * with no string per word: a page of 20 hits (~65 KB of text) in a fraction of a millisecond.
 */
import { fold } from '../text';
import { CROP_MARKER, MATCH_END, MATCH_START } from './snippet';
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
 * Per UTF-16 code unit: SEPARATOR, or the word character folded by fold() (the one Vietnamese
 * folding rule, tabled once: a single lookup per character of every hit's text). Astral letters
 * (surrogate pairs) separate words here; no Vietnamese text has them.
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

/** MatchWords compiled for scanning: words by hash, their term ids, the prefix and its term. */
interface Matcher {
  termOfWord: Map<string, number>;
  byHash: Map<number, { word: string; term: number }[]>;
  /** Bit `hash & HASH_BITS_MASK` set for each word: most words of a text are ruled out by one array read. */
  hashBits: Uint32Array;
  prefix: string | null;
  prefixTerm: number;
  terms: number;
  exactForms: ReadonlySet<string>;
}

const HASH_BITS_MASK = 4095;

function hasHashBit(bits: Uint32Array, hash: number): boolean {
  const bit = hash & HASH_BITS_MASK;
  return (bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

const matchers = new WeakMap<MatchWords, Matcher>();

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
  const matcher = { termOfWord, byHash, hashBits, prefix, prefixTerm, terms: Math.max(1, termIds.size), exactForms: match.exactForms };
  matchers.set(match, matcher);
  return matcher;
}

/**
 * The words of a text and its matches. `spans`: [start, end) offsets of word k at 2k, 2k+1
 * (a scratch buffer shared by all scans: read it before the next scan); `hits`: per matched
 * word, its index, the length marked from its start, the matched term, and whether it is
 * written as typed (accents included).
 */
interface Scan {
  words: number;
  spans: Int32Array;
  hits: { word: number; length: number; term: number; exact: boolean }[];
}

/** Reused by every scan (each is read to the end before the next starts): no garbage per word. */
let spanBuffer = new Int32Array(8192);

/** True when text[start, start+word.length) folds to `word`. */
function foldsTo(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (FOLD_CODE[text.charCodeAt(start + k)] !== word.charCodeAt(k)) return false;
  return true;
}

/** The match of the word text[start, end), given its folded hash; null when none. */
function matchAt(text: string, start: number, end: number, hash: number, foldsOne: boolean, m: Matcher): { length: number; term: number } | null {
  if (!foldsOne) {
    // A character folding to several (or none): fold the word as a string, mark all of it.
    const folded = fold(text.slice(start, end));
    const term = m.termOfWord.get(folded);
    if (term !== undefined) return { length: end - start, term };
    return m.prefix !== null && folded.startsWith(m.prefix) ? { length: end - start, term: m.prefixTerm } : null;
  }
  const length = end - start;
  if (hasHashBit(m.hashBits, hash)) for (const candidate of m.byHash.get(hash) ?? []) if (candidate.word.length === length && foldsTo(text, start, candidate.word)) return { length, term: candidate.term };
  if (m.prefix !== null && length >= m.prefix.length && foldsTo(text, start, m.prefix)) return { length: m.prefix.length, term: m.prefixTerm };
  return null;
}

function scan(text: string, m: Matcher): Scan {
  const hits: Scan['hits'] = [];
  let spans = spanBuffer;
  let words = 0;
  let start = -1;
  let hash = 0;
  let foldsOne = true;
  // One pass; position text.length acts as a separator closing the last word.
  for (let i = 0; i <= text.length; i++) {
    const folded = i < text.length ? FOLD_CODE[text.charCodeAt(i)] : SEPARATOR;
    if (folded !== SEPARATOR) {
      if (start < 0) {
        start = i;
        hash = 0;
        foldsOne = true;
      }
      if (folded === NOT_ONE) foldsOne = false;
      hash = hashStep(hash, folded);
      continue;
    }
    if (start < 0) continue;
    const hit = matchAt(text, start, i, hash, foldsOne, m);
    if (hit !== null) {
      const exact = m.exactForms.size > 0 && m.exactForms.has(text.slice(start, i).toLowerCase());
      hits.push({ word: words, length: hit.length, term: hit.term, exact });
    }
    if (2 * words + 2 > spans.length) {
      spanBuffer = new Int32Array(spans.length * 2);
      spanBuffer.set(spans);
      spans = spanBuffer;
    }
    spans[2 * words] = start;
    spans[2 * words + 1] = i;
    words++;
    start = -1;
  }
  return { words, spans, hits };
}

/** Text of words [from, to) with the matches marked, separators kept. */
function formatWords(text: string, { spans, hits }: Scan, from: number, to: number): string {
  if (from >= to) return '';
  let out = '';
  let last = spans[2 * from];
  for (const hit of hits) {
    if (hit.word < from || hit.word >= to) continue;
    const start = spans[2 * hit.word];
    out += `${text.slice(last, start)}${MATCH_START}${text.slice(start, start + hit.length)}${MATCH_END}`;
    last = start + hit.length;
  }
  return out + text.slice(last, spans[2 * to - 1]);
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
 * The first word of the best window of `length` words: the most distinct matched terms, then
 * the most words written as typed, then the most matches, then the tightest, then the
 * earliest; the matches it spans centred in the window.
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

/** A crop of about `length` words of `text` around its best matches, matches marked; its start when nothing matches. */
export function cropText(text: string, match: MatchWords, length: number = CROP_LENGTH): string {
  const matcher = matcherOf(match);
  const scanned = scan(text, matcher);
  const words = scanned.words;
  if (words === 0) return '';
  const from = windowStart(scanned, length, matcher.terms);
  const to = Math.min(words, from + length);
  return `${from > 0 ? CROP_MARKER : ''}${formatWords(text, scanned, from, to)}${to < words ? CROP_MARKER : ''}`;
}

/** The whole `text` with its matches marked (titles). */
export function highlightText(text: string, match: MatchWords): string {
  const scanned = scan(text, matcherOf(match));
  const words = scanned.words;
  if (words === 0) return text;
  return `${text.slice(0, scanned.spans[0])}${formatWords(text, scanned, 0, words)}${text.slice(scanned.spans[2 * words - 1])}`;
}
