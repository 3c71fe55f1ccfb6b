/**
 * vntk's `is_in_dict` feature: @vntk/dictionary's `has(word)`, i.e. the lower-cased word is
 * one of the lower-cased lines of Viet74K.txt. vntk scans a 74k-entry array per lookup; here
 * the same lines go into a Set, plus the set of syllable prefixes of multi-syllable entries
 * so that windows that cannot be entries are rejected without building their string.
 */
import * as fs from 'node:fs';
import { vntkDictionaryPath } from './vntk-runtime';

interface DictionaryIndex {
  entries: Set<string>;
  /** Lower-cased first one and first two space-separated parts of every multi-part entry. */
  prefixes: Set<string>;
}

let index: DictionaryIndex | undefined;

function load(): DictionaryIndex {
  if (index) return index;
  // Same derivation as @vntk/dictionary: lower-case the whole file, then split on '\n'.
  const lines = fs.readFileSync(vntkDictionaryPath(), 'utf-8').toLowerCase().split('\n');
  const entries = new Set(lines);
  const prefixes = new Set<string>();
  for (const line of lines) {
    const first = line.indexOf(' ');
    if (first < 0) continue;
    prefixes.add(line.slice(0, first));
    const second = line.indexOf(' ', first + 1);
    if (second >= 0) prefixes.add(line.slice(0, second));
  }
  index = { entries, prefixes };
  return index;
}

/** `dict.has(word)` for an already lower-cased word. */
export function inDictionary(lowerWord: string): boolean {
  return lowerWord.length > 0 && load().entries.has(lowerWord);
}

/** Whether some entry starts with `lowerPrefix` followed by a space. */
export function startsDictionaryEntry(lowerPrefix: string): boolean {
  return load().prefixes.has(lowerPrefix);
}
