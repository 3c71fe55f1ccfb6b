/**
 * The one place the API imports meilisearch-js. It is ESM-only: Node ≥ 20.19 loads it through
 * require(esm) (typed by tsconfig's `module: node20`), and jest transforms it to CommonJS.
 */
export { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
export type { FacetDistribution, Hit, MultiSearchQueryWithFederation, SearchParams, SearchResponse } from 'meilisearch';
