/**
 * The index attributes the API reads, filters and facets on, and what it needs from the
 * index settings (src/search/settings.ts, owned by the indexer).
 */
import type { EntityType, FacetName } from '../types';

/** API facet name → document attribute. */
export const FACET_ATTRIBUTE: Readonly<Record<FacetName, string>> = {
  person: 'people',
  movement: 'movements',
  organization: 'organizations',
  place: 'places',
  year: 'year',
  source: 'source',
};

/** API entity type → document attribute. */
export const ENTITY_ATTRIBUTE: Readonly<Record<EntityType, string>> = {
  person: 'people',
  movement: 'movements',
  organization: 'organizations',
  place: 'places',
  document: 'documents',
};

/** Most values /api/entities lists; the index's maxValuesPerFacet (src/search/settings.ts) is this. */
export const MAX_ENTITY_LIST = 100;

export const FACET_NAMES = Object.keys(FACET_ATTRIBUTE) as FacetName[];
export const ENTITY_TYPES = Object.keys(ENTITY_ATTRIBUTE) as EntityType[];

/** Fields a search hit needs from the engine: what the hit list shows, and lead and body to cut its snippet from. */
export const HIT_ATTRIBUTES = ['id', 'title', 'url', 'source', 'author', 'publishedAt', 'people', 'movements', 'organizations', 'places', 'lead', 'body'];

/** Fields never returned by /api/articles/:id. */
export const PRIVATE_ATTRIBUTES = ['exact', 'hash', 'origin', 'roles'];

/**
 * What the API relies on in the index settings. FOR THE LEAD TO RECONCILE with
 * src/search/settings.ts: the API works only when these hold.
 */
export const REQUIRED_SETTINGS = {
  /** `exact` must be searchable (last, after the text and entity fields) for accent-exact ranking. */
  searchableIncludes: ['title', 'lead', 'body', 'exact'],
  filterable: ['id', 'people', 'movements', 'organizations', 'places', 'documents', 'source', 'year', 'timestamp', 'quantities', 'numberValues'],
  sortable: ['timestamp'],
  /** Facet values truncated by count, not alphabetically (faceting.sortFacetValuesBy {"*": "count"}). */
  sortFacetValuesBy: 'count',
  /** Export needs 1,000 hits (pagination.maxTotalHits ≥ 1000). */
  maxTotalHits: 1000,
  /** Exact keys must not match through typos ("nguyeenx" vs "nguyeen"): typoTolerance.disableOnAttributes ["exact"]. */
  typoDisabledOn: ['exact'],
} as const;
