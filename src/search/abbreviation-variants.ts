/**
 * Query variants for abbreviations: "ủy ban nhân dân tỉnh an giang" also searched as
 * "ubnd tinh an giang", and "UBND" also as its expansion, whatever the index synonyms cover.
 */
import { ABBREVIATIONS } from '../analysis/entities/abbreviations';
import { fold } from '../text';

interface AbbreviationPattern {
  /** Folded abbreviation as Meilisearch tokenises it ("tp.hcm" → "tp hcm"). */
  short: string;
  long: string;
  shortPattern: RegExp;
  longPattern: RegExp;
  /** Words of each form: a pattern can only match a text that has all of them as words. */
  shortWords: string[];
  longWords: string[];
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

function wordPattern(folded: string): RegExp {
  const words = folded.split(NON_WORD).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * The words of a text, to skip patterns that cannot match before running their regex. Why:
 * these Unicode regexes are costly to compile, and V8 drops their compiled code under GC
 * pressure, so in the API process running all of them cost ~1.5 ms a query (profiled).
 */
function wordSet(text: string): Set<string> {
  return new Set(text.split(NON_WORD));
}

function hasAll(words: ReadonlySet<string>, needed: readonly string[]): boolean {
  return needed.every((w) => words.has(w));
}

const PATTERNS: AbbreviationPattern[] = Object.entries(ABBREVIATIONS)
  .map(([abbreviation, expansion]) => {
    const short = fold(abbreviation).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    const long = fold(expansion).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    return { short, long, shortPattern: wordPattern(short), longPattern: wordPattern(long), shortWords: short.split(' '), longWords: long.split(' ') };
  })
  // Longest expansions first, so "ủy ban mặt trận tổ quốc" wins over "mặt trận tổ quốc".
  .sort((a, b) => b.long.length - a.long.length);

/** Single short words that are also ordinary syllables ("tp" is safe, "cđ" less so) are only expanded when upper case in the query. */
const AMBIGUOUS_SHORT = new Set(['dh', 'cd', 'tp']);

/**
 * The folded query with known expansions replaced by their abbreviation, and with
 * abbreviations replaced by their expansion; [] when the query has neither.
 */
export function abbreviationVariants(text: string): string[] {
  const folded = fold(text);
  const variants = new Set<string>();
  const contracted = contractFolded(folded);
  if (contracted !== folded) variants.add(contracted);
  let expanded = folded;
  let words = wordSet(expanded);
  for (const p of PATTERNS) {
    if (AMBIGUOUS_SHORT.has(p.short) || !hasAll(words, p.shortWords)) continue;
    const next = expanded.replace(p.shortPattern, p.long);
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
    for (const m of folded.matchAll(p.longPattern)) for (const w of m[0].split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  }
  return words;
}

/** The folded query with known expansions contracted to their abbreviation; null when it has none. */
export function contractExpansions(text: string): string | null {
  const folded = fold(text);
  const contracted = contractFolded(folded);
  return contracted === folded ? null : contracted;
}

/** A folded text with every known expansion replaced by its abbreviation, longest first. */
function contractFolded(folded: string): string {
  let contracted = folded;
  let words = wordSet(contracted);
  for (const p of PATTERNS) {
    if (!hasAll(words, p.longWords)) continue;
    const next = contracted.replace(p.longPattern, p.short);
    if (next !== contracted) words = wordSet(next);
    contracted = next;
  }
  return contracted;
}
