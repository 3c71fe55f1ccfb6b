import { foldVietnamese } from './fold';
import type { TextSegment } from './segments';

const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct words of a query, lower case ("Lê Văn" → ["lê", "văn"]). */
export function queryTerms(query: string): string[] {
  return [...new Set(query.normalize('NFC').toLowerCase().match(WORD) ?? [])];
}

/**
 * Builds the word test for query terms: a term typed without accents matches any accented
 * form ("van" marks "Văn" and "vẫn"), a term typed with accents only that exact form.
 */
function termMatcher(terms: readonly string[]): (word: string) => boolean {
  const folded = new Set(terms.filter((t) => foldVietnamese(t) === t));
  const exact = new Set(terms.filter((t) => foldVietnamese(t) !== t));
  return (word) => {
    const lower = word.normalize('NFC').toLowerCase();
    return exact.has(lower) || folded.has(foldVietnamese(lower));
  };
}

/**
 * Marks the words of `text` that match a query word (see termMatcher), so an unaccented
 * query ("le van phuoc") marks the accented text ("Lê Văn Phước").
 */
export function markTerms(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0 || !text) return text ? [{ text, mark: false }] : [];
  const matches = termMatcher(terms);
  const segments: TextSegment[] = [];
  let last = 0;
  const push = (piece: string, mark: boolean): void => {
    const previous = segments[segments.length - 1];
    if (previous && previous.mark === mark) previous.text += piece;
    else segments.push({ text: piece, mark });
  };
  for (const match of text.matchAll(WORD)) {
    if (!matches(match[0])) continue;
    const start = match.index ?? 0;
    const gap = text.slice(last, start);
    // Spaces between two marked words join them into one mark ("Lê Văn Phước", not three).
    const joins = segments.length > 0 && segments[segments.length - 1].mark && last > 0 && /^\s+$/.test(gap);
    if (gap) push(gap, joins);
    push(match[0], true);
    last = start + match[0].length;
  }
  if (last < text.length) push(text.slice(last), false);
  return segments;
}
