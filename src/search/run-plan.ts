/**
 * Executes a search plan: one engine search, or a federated multi-search merging by weighted
 * score; when the engine is idle, the same page in parts sent at once (splitRequests, mergedRequests).
 */
import type { FacetDistribution, MultiSearchQueryWithFederation, SearchParams, SearchResponse } from './meili';
import type { EnginePost } from './engine-client';
import type { SearchPlan } from './plan';
import { MAX_TOTAL_HITS } from './settings';
import type { AsUtf8Bytes } from './utf8-bytes';

export interface PlanPage {
  offset: number;
  limit: number;
  /** Engine attributes to count values of. */
  facets?: string[];
  /** Fields of each hit; no engine crops or highlights (the API cuts snippets, see crop.ts). */
  attributesToRetrieve: string[];
}

/** An engine reply as EnginePost reads it: every string (facet values too) still UTF-8 bytes, see utf8-bytes.ts. */
export interface PlanResult<T> {
  hits: AsUtf8Bytes<T>[];
  total: number;
  facetDistribution: FacetDistribution;
}

/** Federation options of a multi-search: the merged page and the facets counted over all queries. */
export interface FederationParams {
  offset: number;
  limit: number;
  facetsByIndex?: Record<string, string[]>;
}

/**
 * The engine request a plan becomes, exactly as sent: a single search (POST
 * /indexes/:index/search with `{ q, ...params }`) or a federated multi-search (POST /multi-search).
 * The bench replays these to measure the engine's share of an API request.
 */
export type EngineRequest =
  | { kind: 'search'; indexName: string; q: string; params: SearchParams }
  | { kind: 'federated'; body: { federation: FederationParams; queries: MultiSearchQueryWithFederation[] } };

/** The engine request for `plan` on `indexName` (pure: no I/O). */
export function engineRequest(indexName: string, plan: SearchPlan, page: PlanPage): EngineRequest {
  const fields: SearchParams = { attributesToRetrieve: page.attributesToRetrieve };
  if (plan.queries.length === 1) {
    const [query] = plan.queries;
    const params: SearchParams = { ...fields, filter: query.filter, offset: page.offset, limit: page.limit };
    if (plan.sort) params.sort = plan.sort;
    if (page.facets) params.facets = page.facets;
    if (query.matchingStrategy) params.matchingStrategy = query.matchingStrategy;
    return { kind: 'search', indexName, q: query.q, params };
  }
  const queries: MultiSearchQueryWithFederation[] = plan.queries.map((query) => {
    const q: MultiSearchQueryWithFederation = { ...fields, indexUid: indexName, q: query.q, filter: query.filter, federationOptions: { weight: query.weight } };
    if (query.matchingStrategy) q.matchingStrategy = query.matchingStrategy;
    return q;
  });
  const federation: FederationParams = { offset: page.offset, limit: page.limit };
  if (page.facets) federation.facetsByIndex = { [indexName]: page.facets };
  return { kind: 'federated', body: { federation, queries } };
}

/** Sends an engine request; errors become AppErrors (engine_unavailable, …). */
export async function sendEngineRequest<T extends Record<string, unknown>>(post: EnginePost, request: EngineRequest): Promise<PlanResult<T>> {
  if (request.kind === 'search') {
    const res = await post<SearchResponse<T>>(`/indexes/${encodeURIComponent(request.indexName)}/search`, { q: request.q, ...request.params });
    return { hits: res.hits as AsUtf8Bytes<T>[], total: totalOf(res), facetDistribution: res.facetDistribution ?? {} };
  }
  const { body } = request;
  const res = await post<SearchResponse<T>>('/multi-search', body);
  const indexName = body.queries[0].indexUid;
  // A single search counts up to maxTotalHits and a federated one past it: the same cap for both,
  // so that a page's count does not depend on how its plan was sent.
  const total = Math.min(totalOf(res), MAX_TOTAL_HITS);
  return { hits: res.hits as AsUtf8Bytes<T>[], total, facetDistribution: res.facetsByIndex?.[indexName]?.distribution ?? {} };
}

/**
 * The plan's page as two requests sent at once: the hits with the facets not in `apart`, and the
 * facets in `apart` counted by a request of its own that returns no hit (limit 0, no sort: counts
 * do not depend on the order). The engine runs each on a thread of its own, so a reader waits for
 * the longer of the two instead of both: counting the facets is about a third of a search's engine
 * time, and the caller can shape the hits while the engine counts. Both compute the query's
 * matches, so the engine works more in all: worth it only when it has a core to spare.
 * Single searches only: Meilisearch 1.21 runs a multi-search on the HTTP worker that holds its
 * connection, and that worker serves no other request of its connections meanwhile, so a second
 * request beside a multi-search waits for it whenever both connections sit on one worker (two
 * multi-searches measured behind the API: +15 ms instead of −3; a typed name's hits as a
 * multi-search with its facets counted by a single search on its text query: −2.7 ms in one run,
 * +9.1 in the next). `[the one request]` when the page counts none of `apart` or the plan is
 * federated.
 */
export function splitRequests(indexName: string, plan: SearchPlan, page: PlanPage, apart: readonly string[]): EngineRequest[] {
  const facets = page.facets ?? [];
  const moved = facets.filter((f) => apart.includes(f));
  if (moved.length === 0 || plan.queries.length !== 1) return [engineRequest(indexName, plan, page)];
  const kept = facets.filter((f) => !apart.includes(f));
  const hits = engineRequest(indexName, plan, { ...page, facets: kept.length > 0 ? kept : undefined });
  const counts = engineRequest(indexName, { queries: plan.queries }, { offset: 0, limit: 0, facets: moved, attributesToRetrieve: [] });
  return [hits, counts];
}

/** The facets the requests of a split page counted (splitRequests), together: each facet is counted by one of them. */
export function splitFacets(results: readonly PlanResult<unknown>[]): FacetDistribution {
  return Object.assign({}, ...results.map((r) => r.facetDistribution)) as FacetDistribution;
}

/** Deepest page end (offset + limit) merged by the API: each query returns every hit up to it. */
export const MAX_MERGED_HITS = 100;

/**
 * A federated plan as single searches sent at once, merged by the API (mergeRanked): the engine
 * runs a multi-search's queries one after another on one thread, but single searches on threads
 * of their own, so a reader waits for the longest query instead of their sum. Only when the first
 * query finds every article the others find (`plan.covered`): it counts the facets, and its count
 * is the total. Each search returns its hits from the first up to the page's end, with ranking
 * scores. `null` for a plan of one query, a sorted plan, an uncovered one, or a page past
 * MAX_MERGED_HITS: those stay one request.
 */
export function mergedRequests(indexName: string, plan: SearchPlan, page: PlanPage): EngineRequest[] | null {
  const end = page.offset + page.limit;
  if (plan.queries.length < 2 || plan.sort || !plan.covered || end > MAX_MERGED_HITS) return null;
  return plan.queries.map((query, i) => {
    const params: SearchParams = { attributesToRetrieve: page.attributesToRetrieve, filter: query.filter, offset: 0, limit: end, showRankingScore: true };
    if (i === 0 && page.facets) params.facets = page.facets;
    if (query.matchingStrategy) params.matchingStrategy = query.matchingStrategy;
    return { kind: 'search', indexName, q: query.q, params };
  });
}

/**
 * The page of `results` (one per plan query, from mergedRequests; `weights` the queries') as a
 * federated multi-search ranks it: by ranking score times the query's weight, ties by query order
 * then rank, each article once, at its best. Identical to the engine's federated pages on every
 * federated bench query, pages 1 and 2 (1,236 pages, full corpus). Total and facets are the first
 * query's.
 */
export function mergeRanked<T>(weights: readonly number[], results: readonly PlanResult<T>[], page: Pick<PlanPage, 'offset' | 'limit'>): PlanResult<T> {
  const ranked = results.flatMap((result, query) =>
    result.hits.map((hit, rank) => ({ hit, query, rank, score: ((hit as { _rankingScore?: number })._rankingScore ?? 0) * weights[query] })),
  );
  ranked.sort((a, b) => b.score - a.score || a.query - b.query || a.rank - b.rank);
  const seen = new Set<unknown>();
  const hits: AsUtf8Bytes<T>[] = [];
  for (const { hit } of ranked) {
    const id = (hit as { id?: unknown }).id;
    if (seen.has(id)) continue;
    seen.add(id);
    hits.push(hit);
  }
  return { hits: hits.slice(page.offset, page.offset + page.limit), total: results[0].total, facetDistribution: results[0].facetDistribution };
}

/** Runs the plan against `indexName`; errors become AppErrors (engine_unavailable, …). */
export async function runPlan<T extends Record<string, unknown>>(post: EnginePost, indexName: string, plan: SearchPlan, page: PlanPage): Promise<PlanResult<T>> {
  return sendEngineRequest<T>(post, engineRequest(indexName, plan, page));
}

/** Hit count of an engine answer, whichever pagination mode produced it. */
export function totalOf(res: { hits: unknown[] } & ({ estimatedTotalHits?: number; totalHits?: number } | object)): number {
  const counts = res as { estimatedTotalHits?: number; totalHits?: number };
  return counts.estimatedTotalHits ?? counts.totalHits ?? res.hits.length;
}
