/**
 * The articles index's settings, as code: applied by the indexer (a change rebuilds the index
 * and swaps it in), read by the API (attribute names, the exact-form field).
 */
import crypto from 'node:crypto';
import type { Settings } from 'meilisearch';
import { ABBREVIATIONS } from '../analysis/entities/abbreviations';
import { MAX_ENTITY_LIST } from './attributes';

/** The field holding the Telex-like exact-form keys (a vocabulary, not running text). */
export const EXACT_ATTRIBUTE = 'exact';

/**
 * Search order: what the reader sees first weighs most. Entities after the text they come
 * from; `exact` last so that, in plain searches, a match there never outranks a text match
 * (the API queries it alone, with `attributesToSearchOn`, to rank exact accents first).
 */
export const SEARCHABLE_ATTRIBUTES = [
  'title',
  'lead',
  'body',
  'people',
  'movements',
  'organizations',
  'places',
  'documents',
  'aliases',
  'roles',
  // Bylines: journalists look up a colleague's reports; last before the exact keys.
  'author',
  EXACT_ATTRIBUTE,
] as const;

/** Fields a search hit may return. */
export const DISPLAYED_ATTRIBUTES = [
  'id', 'title', 'lead', 'body', 'url', 'source', 'author', 'category', 'publishedAt', 'timestamp', 'year',
  'people', 'roles', 'organizations', 'places', 'movements', 'documents', 'numbers', 'quantities', 'numberValues',
] as const;

/** Facets the API offers (entity browsing and suggestions use facet search on them). */
export const FACET_ATTRIBUTES = ['people', 'movements', 'organizations', 'places', 'documents', 'source', 'year'] as const;



/**
 * Extra spellings the abbreviation table does not hold (TP.HCM is written many ways).
 * Each group: every member is a synonym of every other.
 */
const EXTRA_SYNONYM_GROUPS: string[][] = [
  ['thành phố hồ chí minh', 'tp hồ chí minh', 'tp.hcm', 'tphcm', 'tp hcm'],
  ['ủy ban nhân dân', 'uỷ ban nhân dân'],
];

/** Abbreviations too ambiguous to expand everywhere ("ĐT" is also "điện thoại"). */
const NOT_SYNONYMS = new Set(['ĐT', 'CĐ', 'TP', 'DN', 'BS', 'QH', 'TW', 'TƯ', 'HĐH', 'CNH']);

/** True when the index has `abbreviation` as a synonym of its expansion, so that either form finds the other. */
export function isIndexSynonym(abbreviation: string): boolean {
  return !NOT_SYNONYMS.has(abbreviation);
}

function lower(s: string): string {
  return s.normalize('NFC').toLowerCase().trim();
}

/** Synonym groups (lower case, NFC): each abbreviation with its expansion, plus the extra spellings. */
export function synonymGroups(abbreviations: Readonly<Record<string, string>>, extraGroups: string[][] = []): string[][] {
  const groups = new Map<string, Set<string>>();
  const add = (expansion: string, forms: string[]): void => {
    const key = lower(expansion);
    const group = groups.get(key) ?? new Set([key]);
    for (const form of forms) group.add(lower(form));
    groups.set(key, group);
  };
  for (const [abbr, expansion] of Object.entries(abbreviations)) if (!NOT_SYNONYMS.has(abbr)) add(expansion, [abbr]);
  for (const group of extraGroups) add(group[0], group);
  return [...groups.values()].map((g) => [...g].sort());
}

/** The groups the index uses; the indexer also stores long forms in documents (indexer/document/aliases.ts). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = synonymGroups(ABBREVIATIONS, EXTRA_SYNONYM_GROUPS);

/** Two-way synonyms: every member of a group → the other members. */
export function buildSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const members of groups) {
    for (const member of members) {
      const others = members.filter((m) => m !== member);
      if (others.length) synonyms[member] = [...new Set([...(synonyms[member] ?? []), ...others])].sort();
    }
  }
  return Object.fromEntries(Object.entries(synonyms).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Most matches a search counts and pages through (the engine's `maxTotalHits`). */
export const MAX_TOTAL_HITS = 10000;

/** The articles index settings. */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  // Search hits never carry the bookkeeping and the key vocabularies (large, meaningless to a
  // reader); the documents routes still return every field (measured on 1.21), which the
  // indexer relies on to read hashes and to copy documents into a rebuilt index.
  displayedAttributes: [...DISPLAYED_ATTRIBUTES],
  filterableAttributes: [
    {
      attributePatterns: ['people', 'movements', 'organizations', 'places', 'documents', 'source'],
      features: { facetSearch: true, filter: { equality: true, comparison: false } },
    },
    {
      attributePatterns: ['category', 'author', 'id'],
      features: { facetSearch: false, filter: { equality: true, comparison: false } },
    },
    {
      // Nested unit keys are filtered as `quantities.dong`: the pattern must name them.
      attributePatterns: ['year', 'timestamp', 'quantities.*', 'numberValues'],
      features: { facetSearch: false, filter: { equality: true, comparison: true } },
    },
  ],
  sortableAttributes: ['timestamp'],
  // 'sort' right after 'words': "newest"/"oldest" order by date among the articles that match
  // the most query words, instead of only breaking ties of typo/proximity/attribute.
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
  synonyms: buildSynonyms(SYNONYM_GROUPS),
  typoTolerance: {
    enabled: true,
    // Vietnamese syllables are short, and a short one is nearly always one edit away from another
    // real syllable, so a typo there finds a different word, not a misspelling. Measured on 3,000
    // corpus articles (folded syllables seen ≥ 3 times; share of running tokens with a real word one
    // edit away): 4 letters 99%, 5: 97%, 6: 84%, 7: 11%, 8: 8%, 9+: 6%. Typos start at 7 letters
    // (mostly foreign words and names); two at 10.
    minWordSizeForTypos: { oneTypo: 7, twoTypos: 10 },
    disableOnAttributes: [EXACT_ATTRIBUTE],
    disableOnNumbers: true,
  },
  // Values per facet in a search reply: the /api/entities list reads up to 100 (a search page
  // shows 30). Every value is counted either way; more in the reply cost the engine ~1.3 ms and
  // the API its parsing (measured with bench/search-profile.ts on the full corpus: 500 values
  // 24.5 ms p50 and 154 KB a reply, 100 values 21.4 ms and 116 KB).
  faceting: { maxValuesPerFacet: MAX_ENTITY_LIST, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
};

/** Stable JSON (sorted keys) so that the version only changes when a setting does. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Version of a settings object: its hash (first 12 hex digits of SHA-1). */
export function settingsVersion(settings: Settings): string {
  return crypto.createHash('sha1').update(canonicalJson(settings)).digest('hex').slice(0, 12);
}

/** Version of INDEX_SETTINGS; a different version on the live index triggers a rebuild and swap. */
export const SETTINGS_VERSION = settingsVersion(INDEX_SETTINGS);

/** The small index where the indexer records which settings version the live index has. */
export function metaIndexName(indexName: string): string {
  return `${indexName}_meta`;
}

/** Prefix of the temporary indexes a settings change builds before the swap. */
export function buildIndexPrefix(indexName: string): string {
  return `${indexName}_build_`;
}
