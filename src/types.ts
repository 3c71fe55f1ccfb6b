/**
 * The one contract shared by the indexer, the API and the UI (`import type` only).
 * Change a shape here and every consumer sees it.
 */

/** A raw article as read from a source, before analysis. */
export interface RawArticle {
  /** The record's own id, if it has one (kept when it is a valid Meilisearch id). */
  id?: string;
  url?: string;
  title: string;
  lead?: string;
  body: string;
  author?: string;
  /** Publication date as found (ISO 8601 or Vietnamese forms); parsed by the analysis. */
  date?: string;
  source?: string;
  category?: string;
  /** Where the article came from: file path (and line for feeds), for reports and --prune. */
  origin: string;
}

/** A person named in an article. */
export interface PersonEntity {
  name: string;
  /** Roles attached to the name in the text, e.g. "Phó Chủ tịch UBND tỉnh An Giang". */
  roles: string[];
  /** How many times the name occurs. */
  mentions: number;
}

/** A quantity in a Vietnamese format. */
export interface NumberMention {
  /** The text as written, e.g. "trên 10.400 tỷ đồng". */
  text: string;
  /** Plain value, scale words applied: 10400000000000. */
  value: number;
  /** Unit or counted noun, e.g. "đồng", "USD", "%", "công trình"; "" when none. */
  unit: string;
  /** "trên", "hơn", "gần", "khoảng", … or "" when none. */
  qualifier: string;
  /** Upper bound when the mention is a range ("2015-2020" → value 2015, to 2020). */
  to?: number;
}

/** What the analysis finds in one article. */
export interface AnalyzedArticle {
  title: string;
  lead: string;
  body: string;
  author: string;
  source: string;
  url: string;
  category: string;
  /** ISO 8601 date (YYYY-MM-DD or full timestamp), "" when unknown. */
  publishedAt: string;
  people: PersonEntity[];
  organizations: string[];
  places: string[];
  movements: string[];
  documents: string[];
  numbers: NumberMention[];
}

/** The document stored in Meilisearch (one per article). */
export interface IndexedDocument {
  id: string;
  title: string;
  lead: string;
  body: string;
  url: string;
  source: string;
  author: string;
  category: string;
  publishedAt: string;
  /** Unix seconds of publishedAt, for filters and sorting; null when unknown. */
  timestamp: number | null;
  year: number | null;
  people: string[];
  /** Roles per person, "Name: role" strings, searchable. */
  roles: string[];
  organizations: string[];
  places: string[];
  movements: string[];
  documents: string[];
  numbers: NumberMention[];
  /**
   * Number mentions for filtering, keyed by unit (`unitKey(unit)`, e.g. "dong", "cong_trinh",
   * "pct", "_" for none) → values. A range filter `quantities.dong 1e12 TO 2e12` then matches
   * one mention, never a value from one mention and a unit from another.
   */
  quantities: Record<string, number[]>;
  /** Every number value in the article (any unit), for quantity queries written in any format. */
  numberValues: number[];
  /**
   * Long expansions of the abbreviations the article uses ("ủy ban nhân dân tỉnh An Giang" for
   * "UBND tỉnh An Giang"), searchable: Meilisearch applies multi-word synonyms only up to 3 words.
   */
  aliases: string[];
  /** Exact-form (Telex-like) keys of the article's words, for accent-exact ranking (see src/text/exact-form.ts). */
  exact: string;
  /** Content hash of the raw article: unchanged hash → not re-analysed, not re-sent. */
  hash: string;
  /** Source file the article was read from (for --prune). */
  origin: string;
}

// ---- API responses ----

export interface FacetValue {
  value: string;
  count: number;
}

export type FacetName = 'person' | 'movement' | 'organization' | 'place' | 'year' | 'source';

export interface SearchHit {
  id: string;
  title: string;
  url: string;
  source: string;
  author: string;
  publishedAt: string;
  /** HTML where only <mark> is markup; all article text escaped. */
  snippet: string;
  people: string[];
  movements: string[];
  organizations: string[];
  places: string[];
}

export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  limit: number;
  tookMs: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetValue[]>;
  didYouMean?: string;
}

export interface ArticleResponse extends Omit<IndexedDocument, 'exact' | 'hash' | 'origin' | 'roles' | 'aliases'> {
  peopleDetails: PersonEntity[];
}

export type EntityType = 'person' | 'movement' | 'organization' | 'place' | 'document';

export interface Suggestion {
  text: string;
  type: EntityType | 'title';
  count: number;
}

export interface SuggestResponse {
  suggestions: Suggestion[];
}

export interface EntitiesResponse {
  type: EntityType;
  entities: FacetValue[];
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  engine: { status: string; url?: string; mode: 'embedded' | 'external' };
  articles: number;
  version: string;
}

export interface ErrorResponse {
  error: { code: string; message: string };
}
