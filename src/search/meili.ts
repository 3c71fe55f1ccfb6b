/**
 * The one place the API imports meilisearch-js. It is ESM-only; Node ≥ 20.19 loads it through
 * require(esm) and jest transforms it, but TypeScript's `module: node16` still flags the
 * require (TS1479) — the lead may switch tsconfig to `module: node20`, which allows it.
 */
// @ts-ignore TS1479 under module node16 only (see above); the types still resolve.
export { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
export type { FacetDistribution, Hit, MultiSearchQueryWithFederation, SearchParams } from 'meilisearch' with { 'resolution-mode': 'import' };
