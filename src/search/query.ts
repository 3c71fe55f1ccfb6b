/**
 * Query analysis: what the reader typed → the parts the search plan needs. Pure functions.
 * The text itself is passed to Meilisearch as typed (normalised), so its native "phrases" and
 * -exclusions keep working; this module only reads them to build the extra, boosting queries.
 */
import { wordsIn } from './words';
import { MEASURE_UNITS, exactKey, extractNumbers, fold, hasDiacritics, normalizeQuotes, normalizeText, parseQuantityQuery, type QuantityQuery } from '../text';

/** One piece of a query as Meilisearch reads it. */
export interface QueryTerm {
  text: string;
  kind: 'word' | 'phrase' | 'excluded';
}

export interface AnalyzedQuery {
  /** The query to send: NFC, canonical tone placement, straight quotes, single spaces. */
  text: string;
  terms: QueryTerm[];
  /** True when some non-excluded word carries a Vietnamese diacritic. */
  accented: boolean;
  /** Exact-form keys of the accented, non-excluded words ("bạn" → "banj"), deduplicated. */
  exactKeys: string[];
  /**
   * A quantity the query names, in any format: `rest` is the query text without it (a counted
   * noun stays), `written` the number as typed without the words `rest` kept ("2000 căn" → "2000").
   */
  quantity: { value: number; to?: number; unit: string; rest: string; written: string; variants: string[] } | null;
}

/** Splits a query into words, "phrases" and -excluded words or phrases, as Meilisearch does. */
export function parseTerms(text: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ') {
      i++;
      continue;
    }
    const excluded = ch === '-' && (i === 0 || text[i - 1] === ' ') && i + 1 < text.length && text[i + 1] !== ' ';
    const start = excluded ? i + 1 : i;
    if (text[start] === '"') {
      const close = text.indexOf('"', start + 1);
      const end = close === -1 ? text.length : close;
      const inner = text.slice(start + 1, end).trim();
      if (inner) terms.push({ text: inner, kind: excluded ? 'excluded' : 'phrase' });
      i = end + 1;
      continue;
    }
    let end = text.indexOf(' ', start);
    if (end === -1) end = text.length;
    const word = text.slice(start, end);
    if (word) terms.push({ text: word, kind: excluded ? 'excluded' : 'word' });
    i = end;
  }
  return terms;
}


/** Normalises a raw query: quotes, NFC and tone placement, collapsed spaces. */
export function normalizeQuery(q: string): string {
  return normalizeText(normalizeQuotes(q)).replace(/\s+/g, ' ').trim();
}

/** Most other words a query may have for its number to be read as a quantity. */
const MAX_WORDS_WITH_QUANTITY = 5;

function quantityOf(text: string): AnalyzedQuery['quantity'] {
  let parsed: QuantityQuery | null;
  try {
    parsed = parseQuantityQuery(text);
  } catch {
    return null; // a number the parser cannot read is just text
  }
  if (parsed === null || !Number.isFinite(parsed.value)) return null;
  // A bare small number ("su 30", "ngày 7") is a word of the query, not a quantity to look up.
  if (Math.abs(parsed.value) < 1000 && parsed.unit === '') return null;
  const mention = extractNumbers(text)[0];
  // A counted noun stays a search word ("1,5 triệu học sinh" → "học sinh"); a currency or
  // measure does not ("350000 eur" vs "350.000 euro" in the article): the value filter holds it.
  const unit = mention?.unit ?? '';
  const base = unit.split('/')[0];
  // Currency codes are typed in any case ("gbp"); the table holds them as ISO writes them.
  const isMeasure = MEASURE_UNITS.has(base) || MEASURE_UNITS.has(base.toUpperCase());
  const unitWords = /\p{L}/u.test(unit) && !isMeasure ? unit : '';
  const rest = mention ? text.replace(mention.text, ` ${unitWords} `).replace(/\s+/g, ' ').trim() : '';
  // In a long query the number is one word of a title the reader remembers ("10 tinh thanh pho
  // co tri gia xuat khau…"), not a quantity to look up: on the full corpus its quantity query
  // cost a third engine query and lowered known-item success@3 (0.985, 1.000 without it),
  // while no number-set query has more than a few other words.
  if (wordsIn(rest).length > MAX_WORDS_WITH_QUANTITY) return null;
  const written = mention ? (unitWords ? mention.text.replace(unitWords, ' ') : mention.text).replace(/\s+/g, ' ').trim() : '';
  const quantity: NonNullable<AnalyzedQuery['quantity']> = { value: parsed.value, unit: parsed.unit, rest, written, variants: parsed.textVariants };
  if (parsed.to !== undefined && Number.isFinite(parsed.to)) quantity.to = parsed.to;
  return quantity;
}

/** Analyses a normalised query (see normalizeQuery). */
export function analyzeQuery(text: string): AnalyzedQuery {
  const terms = parseTerms(text);
  const keys = new Set<string>();
  for (const term of terms) {
    if (term.kind === 'excluded') continue;
    for (const word of wordsIn(term.text)) if (hasDiacritics(word)) keys.add(exactKey(word));
  }
  const positive = terms
    .filter((t) => t.kind !== 'excluded')
    .map((t) => (t.kind === 'phrase' ? `"${t.text}"` : t.text))
    .join(' ');
  return {
    text,
    terms,
    accented: keys.size > 0,
    exactKeys: [...keys],
    quantity: positive ? quantityOf(positive) : null,
  };
}

/** The excluded terms written back as Meilisearch reads them ("-word", -"a phrase"). */
export function exclusionsText(query: AnalyzedQuery): string {
  return query.terms
    .filter((t) => t.kind === 'excluded')
    .map((t) => (/\s/.test(t.text) ? `-"${t.text}"` : `-${t.text}`))
    .join(' ');
}

/** The query text with its quotes balanced, so that words appended to it stay outside any phrase. */
export function balancedQuotes(text: string): string {
  return (text.match(/"/g) ?? []).length % 2 === 1 ? `${text}"` : text;
}

/** The folded words of the non-excluded terms, for matching in snippets and didYouMean. */
export function foldedQueryWords(query: AnalyzedQuery): string[] {
  return query.terms.filter((t) => t.kind !== 'excluded').flatMap((t) => wordsIn(fold(t.text)));
}
