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
}

function wordPattern(folded: string): RegExp {
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'gu');
}

const PATTERNS: AbbreviationPattern[] = Object.entries(ABBREVIATIONS)
  .map(([abbreviation, expansion]) => {
    const short = fold(abbreviation).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    const long = fold(expansion).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    return { short, long, shortPattern: wordPattern(short), longPattern: wordPattern(long) };
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
  let contracted = folded;
  for (const p of PATTERNS) contracted = contracted.replace(p.longPattern, p.short);
  if (contracted !== folded) variants.add(contracted);
  let expanded = folded;
  for (const p of PATTERNS) {
    if (AMBIGUOUS_SHORT.has(p.short)) continue;
    expanded = expanded.replace(p.shortPattern, p.long);
  }
  if (expanded !== folded) variants.add(expanded);
  return [...variants];
}

/** Folded words of the query that belong to a known expansion ("ủy ban nhân dân tỉnh" → uy, ban, nhan, dan). */
export function expansionWords(text: string): Set<string> {
  const folded = fold(text);
  const words = new Set<string>();
  for (const p of PATTERNS) {
    for (const m of folded.matchAll(p.longPattern)) for (const w of m[0].split(/[^\p{L}\p{N}]+/u)) if (w) words.add(w);
  }
  return words;
}

/** The folded query with known expansions contracted to their abbreviation; null when it has none. */
export function contractExpansions(text: string): string | null {
  const folded = fold(text);
  let contracted = folded;
  for (const p of PATTERNS) contracted = contracted.replace(p.longPattern, p.short);
  return contracted === folded ? null : contracted;
}
