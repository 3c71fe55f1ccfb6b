/**
 * Abbreviations in queries. Where the index has the abbreviation as a synonym of its expansion,
 * the query names the expansion by its abbreviation ("ủy ban nhân dân tỉnh an giang" is sent as
 * "ubnd tinh an giang"): the synonym finds both forms, and one word ranks better than four
 * scattered ones. The abbreviations too ambiguous to be synonyms ("TP", "ĐT") get a variant
 * query instead, contracted or expanded.
 */
import { ABBREVIATIONS } from '../analysis/entities/abbreviations';
import { fold } from '../text';
import { isIndexSynonym } from './settings';
import { replaceWordRuns, wordsIn } from './words';

interface AbbreviationPattern {
  /** Folded abbreviation as Meilisearch tokenises it ("tp.hcm" → "tp hcm"). */
  short: string;
  long: string;
  /** Words of each form; a form occurs where its words follow each other, whatever separates them. */
  shortWords: string[];
  longWords: string[];
  /** The index has it as a synonym of its expansion (see isIndexSynonym). */
  synonym: boolean;
}

/**
 * The words of a text, to skip patterns that cannot match before looking for them. Why: the
 * table has hundreds of patterns (and Unicode regexes, used here before, cost ~1.5 ms a query
 * in the API process, as V8 drops their compiled code under GC pressure; profiled).
 */
function wordSet(text: string): Set<string> {
  return new Set(wordsIn(text));
}

function hasAll(words: ReadonlySet<string>, needed: readonly string[]): boolean {
  return needed.every((w) => words.has(w));
}

const PATTERNS: AbbreviationPattern[] = Object.entries(ABBREVIATIONS)
  .map(([abbreviation, expansion]) => {
    const shortWords = wordsIn(fold(abbreviation));
    const longWords = wordsIn(fold(expansion));
    return { short: shortWords.join(' '), long: longWords.join(' '), shortWords, longWords, synonym: isIndexSynonym(abbreviation) };
  })
  // Longest expansions first, so "ủy ban mặt trận tổ quốc" wins over "mặt trận tổ quốc".
  .sort((a, b) => b.long.length - a.long.length);

/**
 * Short forms never expanded into a variant query: folded, they are ordinary syllables or
 * too common ("tu" is TƯ, Trung ương, but also tư, tử, từ, tu: every such query would get a
 * "trung uong" variant).
 */
const AMBIGUOUS_SHORT = new Set(['dh', 'cd', 'tp', 'tu']);

/**
 * Variant queries for the abbreviations the index has no synonym for: the folded query with
 * their expansions contracted, and with them expanded; [] when the query has neither.
 */
export function abbreviationVariants(text: string): string[] {
  const folded = fold(text);
  const variants = new Set<string>();
  const contracted = contractFolded(folded, (p) => !p.synonym);
  if (contracted !== folded) variants.add(contracted);
  let expanded = folded;
  let words = wordSet(expanded);
  for (const p of PATTERNS) {
    if (p.synonym || AMBIGUOUS_SHORT.has(p.short) || !hasAll(words, p.shortWords)) continue;
    const next = replaceWordRuns(expanded, p.shortWords, p.long);
    if (next !== expanded) words = wordSet(next);
    expanded = next;
  }
  if (expanded !== folded) variants.add(expanded);
  return [...variants];
}

/** Folded words of the query that belong to a known expansion ("ủy ban nhân dân tỉnh" → uy, ban, nhan, dan). */
export function expansionWords(text: string): Set<string> {
  const folded = fold(text);
  const words = new Set<string>();
  const present = wordSet(folded);
  for (const p of PATTERNS) {
    if (!hasAll(present, p.longWords)) continue;
    if (replaceWordRuns(folded, p.longWords, '') !== folded) for (const w of p.longWords) words.add(w);
  }
  return words;
}

/** The folded query with the expansions of the index's synonyms contracted to their abbreviation; null when it has none. */
export function contractSynonymExpansions(text: string): string | null {
  const folded = fold(text);
  const contracted = contractFolded(folded, (p) => p.synonym);
  return contracted === folded ? null : contracted;
}

/** A folded text with every known expansion `use` accepts replaced by its abbreviation, longest first. */
function contractFolded(folded: string, use: (p: AbbreviationPattern) => boolean): string {
  let contracted = folded;
  let words = wordSet(contracted);
  for (const p of PATTERNS) {
    if (!use(p) || !hasAll(words, p.longWords)) continue;
    const next = replaceWordRuns(contracted, p.longWords, p.short);
    if (next !== contracted) words = wordSet(next);
    contracted = next;
  }
  return contracted;
}
