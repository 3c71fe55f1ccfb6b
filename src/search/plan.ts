/**
 * The search plan: which engine queries answer one reader's query, and how they are weighed.
 *
 * - text: the query as typed (Meilisearch folds accents, so every accent variant matches).
 * - accented (an accented query, no quantity, not a name): the text query with the exact-form
 *   keys of its accented words appended as plain trailing words. Keys only occur in the `exact`
 *   field; with the engine's default "last" matching strategy, trailing words are the first to
 *   be dropped, so the documents with every word and every key (the exact accents) rank first,
 *   then those with fewer keys, then the folded matches: one engine query instead of two, and
 *   every accent variant still found. (Quoted keys would be phrases, which "last" never drops:
 *   they would filter instead of rank.) A trailing space keeps the engine from matching the last
 *   key as a prefix ("baan", bân, would find "baanf", bần).
 * - exact (accented names and quantities): the query plus its keys as quoted words, all
 *   required, weighted above the text query. For a name typed with capitals ("Lê Văn Phước")
 *   the words are one phrase, so that the articles naming that person outrank those where the
 *   same syllables are scattered; with a quantity it carries the value filter (its documents
 *   hold the value). Phrases and -exclusions are in it too, so it never adds a document the
 *   reader excluded.
 * - number: a quantity in any written format, as a numberValues filter plus the rest of the query.
 *   The text query then reads the rest first and the number as written last ("căn hộ 2000" for
 *   "2000 căn hộ"): the engine drops trailing words first, so its matches are every article with
 *   the rest's first word, which holds every article the other queries find (see `covered`).
 * - abbreviation: the query with expansions contracted ("ủy ban nhân dân" → "ubnd") or the reverse.
 * Sorted searches (newest/oldest) cannot be merged by score, so they use one query.
 */
import { exactKey, fold, hasDiacritics } from '../text';
import { abbreviationVariants, contractSynonymExpansions, expansionWords } from './abbreviation-variants';
import { approximately } from './filters';
import { balancedQuotes, exclusionsText, parseTerms, type AnalyzedQuery } from './query';
import { wordsIn } from './words';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export interface PlannedQuery {
  role: 'text' | 'accented' | 'exact' | 'number' | 'abbreviation';
  q: string;
  filter: string[];
  weight: number;
  matchingStrategy?: 'last' | 'all' | 'frequency';
}

export interface SearchPlan {
  queries: PlannedQuery[];
  /** Engine sort expression; absent for relevance. */
  sort?: string[];
  /**
   * True when every article any query finds is also found by the first (so its count and facets
   * are the merged page's): the other queries can run as searches of their own (see coversAll).
   */
  covered?: boolean;
}

export interface PlanOptions {
  /** Weight of the exact-accent query against 1 for the text query. */
  exactWeight: number;
  /**
   * Weight of the exact query of a typed name. High enough that every article naming that
   * person outranks every other: the phrase query's own score stays low (its key words sit in
   * another field than the name, which the proximity and attribute rules count against it), so
   * at weight 5 an article naming the person once scored below ones with the syllables scattered.
   */
  nameWeight: number;
  /** Weight of the quantity query. */
  numberWeight: number;
  /** Weight of abbreviation variants. */
  abbreviationWeight: number;
  /** Turn the boosting queries off (the eval compares). */
  exact: boolean;
  numbers: boolean;
  abbreviations: boolean;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  exactWeight: 5,
  nameWeight: 100,
  numberWeight: 2,
  abbreviationWeight: 1,
  exact: true,
  numbers: true,
  abbreviations: true,
};

/** Fewest words for a query's last word to be read as a whole word rather than as a prefix. */
export const WHOLE_LAST_WORD_FROM = 5;

/**
 * The query with its last word read as a word, not a prefix (a trailing space), once it has
 * WHOLE_LAST_WORD_FROM words. Vietnamese words are syllables, and a whole syllable's prefix
 * matches are other words ("chu" → chung, chuyện, chức): noise in the ranking, and the engine's
 * dearest work on a long query (a 10-word title query: 47 → 30 ms). A short query keeps its
 * prefix: "Nguyễn Tấn Dũ" as it is typed. In a long one still being typed, the half-typed last
 * word matches nothing and the engine's "last" strategy drops it.
 */
export function wholeLastWord(q: string): string {
  return !q.endsWith(' ') && engineWords(q).words.length >= WHOLE_LAST_WORD_FROM ? `${q} ` : q;
}

/** Exact-form keys of the accented words of `text` that are not part of an abbreviation's expansion, excluded terms skipped. */
export function exactKeysOf(text: string): string[] {
  const inExpansions = expansionWords(text);
  const keys = new Set<string>();
  for (const term of parseTerms(text)) {
    if (term.kind === 'excluded') continue;
    for (const word of wordsIn(term.text)) if (hasDiacritics(word) && !inExpansions.has(fold(word))) keys.add(exactKey(word));
  }
  return [...keys];
}

/** True for a single capitalised word ("Phước"): first letter upper case, the rest lower case, nothing but letters. */
function isCapitalisedWord(text: string): boolean {
  const words = wordsIn(text);
  if (words.length !== 1 || words[0] !== text) return false;
  const first = text[0];
  const rest = text.slice(1);
  return first !== first.toLowerCase() && rest === rest.toLowerCase();
}

/** A name as readers type one: two to four capitalised words and nothing else ("Lê Văn Phước", "Hà Nội"). */
export function isTypedName(query: AnalyzedQuery): boolean {
  const terms = query.terms;
  return terms.length >= 2 && terms.length <= 4 && terms.every((t) => t.kind === 'word' && isCapitalisedWord(t.text));
}

/** Plans the engine queries for an analysed query, the filter groups and a sort order. */
export function planSearch(query: AnalyzedQuery, filter: string[], sort: SortOrder, options: PlanOptions = DEFAULT_PLAN_OPTIONS): SearchPlan {
  const text = query.text;
  // The engine's words: expansions the index has synonyms for, named by their abbreviation (see
  // abbreviation-variants.ts). Only plain words: a phrase reads no synonym, an exclusion no run.
  const plainWords = query.terms.every((t) => t.kind === 'word');
  const engineText = (t: string): string => (options.abbreviations && plainWords && contractSynonymExpansions(t)) || t;
  const words = engineText(text);
  // A quantity: the value as a filter (any written form matches), and the query without it.
  const numberFilter = query.quantity ? `(${approximately('numberValues', query.quantity.value, query.quantity.to)})` : null;
  const withoutQuantity = query.quantity ? [query.quantity.rest, exclusionsText(query)].filter(Boolean).join(' ') : text;
  // The text query of a quantity search: the rest first (see the header).
  const textWithQuantityLast = options.numbers && query.quantity?.rest ? [query.quantity.rest, query.quantity.written, exclusionsText(query)].filter(Boolean).join(' ') : text;
  const byDate = sort === 'newest' || (sort === 'relevance' && text === '') ? ['timestamp:desc'] : sort === 'oldest' ? ['timestamp:asc'] : undefined;

  if (byDate) {
    // One query, every word required: sorted by date, an article matching one word of three
    // would otherwise sit among the real matches.
    const matchingStrategy = 'all';
    if (options.numbers && numberFilter) {
      return { queries: [{ role: 'number', q: withoutQuantity, filter: [...filter, numberFilter], weight: 1, matchingStrategy }], sort: byDate };
    }
    return { queries: [{ role: 'text', q: wholeLastWord(words), filter, weight: 1, matchingStrategy }], sort: byDate };
  }

  const queries: PlannedQuery[] = [{ role: 'text', q: wholeLastWord(engineText(textWithQuantityLast)), filter, weight: 1 }];
  if (options.exact && query.accented) {
    // With a quantity, the exact query is the number query made accent-exact (its documents
    // hold the value); abbreviation expansions are left to the synonyms, not required exactly.
    const keys = exactKeysOf(withoutQuantity);
    const name = !query.quantity && isTypedName(query);
    if (keys.length > 0 && !query.quantity && !name) {
      queries[0] = { role: 'accented', q: `${balancedQuotes(words)} ${keys.join(' ')} `, filter, weight: 1 };
    } else if (keys.length > 0) {
      // "ủy ban nhân dân tỉnh …" must not require ủy, ban, nhân, dân scattered anywhere: the
      // exact query reads the abbreviation (its synonyms and aliases bring the expansion back).
      const exactWords = name ? `"${text}"` : balancedQuotes(contractSynonymExpansions(withoutQuantity) ?? withoutQuantity);
      queries.push({
        role: 'exact',
        q: `${exactWords} ${keys.map((k) => `"${k}"`).join(' ')}`,
        filter: numberFilter ? [...filter, numberFilter] : filter,
        weight: name ? options.nameWeight : options.exactWeight,
        matchingStrategy: 'all',
      });
    }
  }
  if (options.numbers && query.quantity && numberFilter) {
    // A query that is only a number still needs words to score on (a federated placeholder
    // search scores 0): the written forms of the value, any of which may match.
    const words = query.quantity.rest || query.quantity.variants.join(' ');
    // A trailing space: the last word is a word, not a prefix, as in the text query where the number follows it.
    const q = `${[words, exclusionsText(query)].filter(Boolean).join(' ')}${query.quantity.rest ? ' ' : ''}`;
    // Every other word required: the value alone must not lift loosely matching articles
    // above the text query's (a stray "7" in a title query is not a quantity search).
    const strategy: PlannedQuery['matchingStrategy'] = query.quantity.rest ? 'all' : 'frequency';
    queries.push({ role: 'number', q, filter: [...filter, numberFilter], weight: options.numberWeight, matchingStrategy: strategy });
  }
  if (options.abbreviations) {
    for (const variant of abbreviationVariants(text)) {
      queries.push({ role: 'abbreviation', q: wholeLastWord(variant), filter, weight: options.abbreviationWeight });
    }
  }
  return queries.length > 1 && coversAll(queries[0], queries.slice(1)) ? { queries, covered: true } : { queries };
}

/** A query's words as the engine matches them (folded), and whether its last word is matched as a prefix. */
function engineWords(q: string): { words: string[]; lastIsPrefix: boolean } {
  const terms = parseTerms(q);
  const words = terms.filter((t) => t.kind !== 'excluded').flatMap((t) => wordsIn(t.text).map((w) => fold(w)));
  // Meilisearch reads the last word as a prefix unless a space follows it (or it is in a phrase).
  const lastIsPrefix = !q.endsWith(' ') && terms.length > 0 && terms[terms.length - 1].kind !== 'phrase';
  return { words, lastIsPrefix };
}

/**
 * True when every article that one of `others` finds is found by `text` (a query with the
 * engine's default "last" strategy, which drops words from the end: its matches are the articles
 * with its first word). So for each other query: with every word required, the text's first word
 * is one of its words, not read as a prefix there; with "last", it starts with the same word; and
 * its filter includes the text's. Checked query by query on the full corpus by bench:search.
 */
export function coversAll(text: PlannedQuery, others: readonly PlannedQuery[]): boolean {
  if (text.matchingStrategy && text.matchingStrategy !== 'last') return false;
  const first = engineWords(text.q).words[0];
  if (first === undefined) return false;
  return others.every((other) => {
    if (!text.filter.every((f) => other.filter.includes(f))) return false;
    const { words, lastIsPrefix } = engineWords(other.q);
    const asPrefix = (i: number): boolean => lastIsPrefix && i === words.length - 1;
    if (other.matchingStrategy === 'all') return words.some((w, i) => w === first && !asPrefix(i));
    if (other.matchingStrategy === undefined || other.matchingStrategy === 'last') return words[0] === first && !asPrefix(0);
    return false;
  });
}
