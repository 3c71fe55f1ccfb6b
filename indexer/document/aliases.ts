/**
 * Long expansions of the abbreviations an article uses ("UBND" → "Ủy ban nhân dân"), stored in
 * the document. Meilisearch matches a synonym only when the query side has at most 3 words
 * (measured on 1.21: "ban chấp hành" finds "BCH", "ủy ban nhân dân" does not find "UBND"), so a
 * query that spells out a 4+-word expansion needs the expansion in the document itself.
 */
import { SYNONYM_GROUPS } from '../../src/search/settings';

/** Meilisearch's longest multi-word synonym on the query side. */
const MAX_QUERY_SYNONYM_WORDS = 3;

function wordCount(s: string): number {
  return s.split(/[\s.]+/).filter(Boolean).length;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface AliasTable {
  pattern: RegExp | null;
  /** Short form (lower case) → the long forms of its group. */
  longForms: Map<string, string[]>;
}

function buildTable(groups: readonly (readonly string[])[]): AliasTable {
  const longForms = new Map<string, string[]>();
  for (const group of groups) {
    const long = group.filter((m) => wordCount(m) > MAX_QUERY_SYNONYM_WORDS);
    if (long.length === 0) continue;
    for (const short of group.filter((m) => wordCount(m) <= MAX_QUERY_SYNONYM_WORDS)) {
      longForms.set(short, [...new Set([...(longForms.get(short) ?? []), ...long])]);
    }
  }
  const shorts = [...longForms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = shorts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${shorts.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return { pattern, longForms };
}

const TABLE = buildTable(SYNONYM_GROUPS);

/** The long forms (lower case) of every short synonym form found in `text`, in first-seen order. */
export function expansionAliases(text: string): string[] {
  if (!TABLE.pattern) return [];
  const found = new Set<string>();
  for (const match of text.toLowerCase().matchAll(TABLE.pattern)) {
    for (const long of TABLE.longForms.get(match[0]) ?? []) found.add(long);
  }
  return [...found];
}
