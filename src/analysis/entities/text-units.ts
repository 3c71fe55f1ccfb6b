/**
 * Small text units the entity rules share: run-together sentence repair, word tokens with
 * offsets, capitalised-syllable tests, the alignment of NER rows onto the text and cue-phrase
 * lookups at the end of a run of words.
 */
import type { NerToken } from '../nlp';

/** A word of the text with its character offsets. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** An NER row placed on the text: the word's offsets plus its POS and NER tags. */
export interface AlignedNerToken {
  word: string;
  start: number;
  end: number;
  pos: string;
  ner: string;
}

// A period glued to the next sentence ("2010-2020.Phó", "danh.Phát", "nhà”.Dịp"). Only after a
// lower-case letter, a digit or a closing quote/bracket, so "TP.HCM" and "PGS.TS" stay whole.
const RUN_TOGETHER = /(?<=[\p{Ll}\d”"')\]])([.!?;]|\.\/\.)(?=[\p{Lu}“"])/gu;

/** Inserts the missing space where sentences run together ("2020.Phó" → "2020. Phó"). */
export function repairRunTogetherSentences(text: string): string {
  return text.replace(RUN_TOGETHER, '$1 ');
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;

/** Word tokens of `text` (letters/digits, inner hyphens, apostrophes and dots kept). */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// "Phước", "Jong-un", "O'Neill", and foreign inner capitals ("DiCaprio", "McDonald").
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]*(?:\p{Lu}[\p{Ll}\p{M}]{2,})?(?:[-'’]\p{L}[\p{Ll}\p{M}]*)*$/u;
const ALL_CAPS = /^[\p{Lu}\d]{2,}(?:[-.][\p{Lu}\d]+)*$/u;

/** True for a capitalised syllable ("Phước", "Jong-un"), false for acronyms and lower case. */
export function isCapitalised(word: string): boolean {
  return CAPITALISED.test(word);
}

/** True for an acronym such as "UBND", "TP.HCM", "GD-ĐT". */
export function isAllCaps(word: string): boolean {
  return ALL_CAPS.test(word) && /\p{Lu}/u.test(word);
}

/** Lower-cases the first letter only ("Ông" → "ông"). */
export function lowerFirst(s: string): string {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Upper-cases the first letter only. */
export function upperFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Collapses runs of white space to one space and trims. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * True when the token at `index` starts a sentence: nothing but spaces, quotes, dashes or
 * brackets between it and the previous sentence end (or the start of the text).
 */
export function isSentenceInitial(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '…') return true;
    if (/[\s“”"'(\[\-–—•*]/u.test(c)) continue;
    return false;
  }
  return true;
}

/**
 * Places NER rows on the text by finding each row's word from a moving cursor; rows whose
 * word cannot be found nearby (the tagger changed it) are dropped.
 */
export function alignNer(text: string, rows: NerToken[]): AlignedNerToken[] {
  const out: AlignedNerToken[] = [];
  let cursor = 0;
  for (const row of rows) {
    const word = row[0];
    if (!word) continue;
    const at = text.indexOf(word, cursor);
    if (at < 0 || at - cursor > 200) continue;
    out.push({ word, start: at, end: at + word.length, pos: row[1], ner: row[3] });
    cursor = at + word.length;
  }
  return out;
}

/**
 * Index of the first tagger row for which `before` is false (ner.length when none), by binary
 * search: rows are in text order, so `before` (a test on their offsets) holds for a prefix.
 */
export function firstRowNotBefore(ner: readonly AlignedNerToken[], before: (row: AlignedNerToken) => boolean): number {
  let lo = 0;
  let hi = ner.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(ner[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** NER label of the character range: 'PER', 'LOC', 'ORG', 'MISC' or '' (majority of syllables). */
export function nerLabelOf(ner: AlignedNerToken[], start: number, end: number): string {
  const votes = new Map<string, number>();
  for (let i = firstRowNotBefore(ner, (row) => row.end <= start); i < ner.length; i++) {
    const t = ner[i];
    if (t.start >= end) break;
    const label = t.ner === 'O' ? '' : t.ner.replace(/^[BI]-/, '');
    const syllables = t.word.split(' ').length;
    votes.set(label, (votes.get(label) ?? 0) + syllables);
  }
  let best = '';
  let bestVotes = 0;
  for (const [label, n] of votes) {
    if (n > bestVotes) {
      best = label;
      bestVotes = n;
    }
  }
  return best;
}

/** True when `words` ends with one of `phrases` as whole words. */
export function endsWithAny(words: string, phrases: readonly string[]): boolean {
  if (phrases.length < 8) return phrases.some((p) => words === p || words.endsWith(` ${p}`));
  // Long cue lists: look the last one to four words up in a set instead of scanning the list.
  const index = phraseIndex(phrases);
  let suffix = '';
  let at = words.length;
  for (let k = 1; k <= index.maxWords && at > 0; k++) {
    const space = words.lastIndexOf(' ', at - 1);
    suffix = words.slice(space + 1);
    if (index.phrases.has(suffix)) return true;
    at = space;
  }
  return false;
}

const PHRASE_INDEXES = new WeakMap<readonly string[], { phrases: ReadonlySet<string>; maxWords: number }>();

/** The cue list as a set plus its longest phrase in words, built once per list. */
function phraseIndex(list: readonly string[]): { phrases: ReadonlySet<string>; maxWords: number } {
  let index = PHRASE_INDEXES.get(list);
  if (!index) {
    index = { phrases: new Set(list), maxWords: Math.max(...list.map((p) => p.split(' ').length)) };
    PHRASE_INDEXES.set(list, index);
  }
  return index;
}
