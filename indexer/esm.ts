/**
 * ESM-only dependencies, loaded with require(): Node ≥ 20.19 supports require(esm) and jest
 * transforms these packages to CommonJS. TypeScript's node16 mode refuses a static import of
 * an ES module from CommonJS, so the types come from type-only imports (resolution-mode "import").
 */
type MeiliModule = typeof import('meilisearch', { with: { 'resolution-mode': 'import' } });
type PQueueModule = typeof import('p-queue', { with: { 'resolution-mode': 'import' } });
type LinkedomModule = typeof import('linkedom', { with: { 'resolution-mode': 'import' } });

/* eslint-disable @typescript-eslint/no-require-imports */
const meili = require('meilisearch') as MeiliModule;
const pQueue = require('p-queue') as PQueueModule;
/* eslint-enable @typescript-eslint/no-require-imports */

export const { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError } = meili;
export type Meilisearch = InstanceType<MeiliModule['Meilisearch']>;
export type Index = ReturnType<Meilisearch['index']>;
export type { Settings, Task } from 'meilisearch' with { 'resolution-mode': 'import' };

export const PQueue = pQueue.default;
export type PQueue = InstanceType<PQueueModule['default']>;

/**
 * linkedom, loaded on first use: its dependencies (css-select, htmlparser2, …) are ESM too and
 * jest only transforms the packages its config lists, so only HTML parsing needs them.
 */
export function parseHTML(html: string): ReturnType<LinkedomModule['parseHTML']> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('linkedom') as LinkedomModule).parseHTML(html);
}
