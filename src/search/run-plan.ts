/** Executes a search plan: one engine search, or a federated multi-search merging by weighted score. */
import type { FacetDistribution, Hit, Meilisearch, MultiSearchQueryWithFederation, SearchParams } from './meili';
import { engineCall } from './engine-client';
import type { SearchPlan } from './plan';
import { CROP_MARKER, MATCH_END, MATCH_START } from './snippet';

export interface PlanPage {
  offset: number;
  limit: number;
  /** Engine attributes to count values of. */
  facets?: string[];
  attributesToRetrieve: string[];
  /** Ask for body/lead crops with marked matches (for snippets and didYouMean). */
  crops: boolean;
}

export interface PlanResult<T> {
  hits: Hit<T>[];
  total: number;
  facetDistribution: FacetDistribution;
}

/** Words of context around a match in a snippet. */
export const CROP_LENGTH = 30;

function displayParams(page: PlanPage): SearchParams {
  const params: SearchParams = { attributesToRetrieve: page.attributesToRetrieve };
  if (page.crops) {
    Object.assign(params, {
      attributesToCrop: ['body', 'lead'],
      cropLength: CROP_LENGTH,
      cropMarker: CROP_MARKER,
      attributesToHighlight: ['title', 'body', 'lead'],
      highlightPreTag: MATCH_START,
      highlightPostTag: MATCH_END,
    });
  }
  return params;
}

/** Runs the plan against `indexName`; errors become AppErrors (engine_unavailable, …). */
export async function runPlan<T extends Record<string, unknown>>(client: Meilisearch, indexName: string, plan: SearchPlan, page: PlanPage): Promise<PlanResult<T>> {
  const display = displayParams(page);
  if (plan.queries.length === 1) {
    const [query] = plan.queries;
    const params: SearchParams = { ...display, filter: query.filter, offset: page.offset, limit: page.limit };
    if (plan.sort) params.sort = plan.sort;
    if (page.facets) params.facets = page.facets;
    if (query.matchingStrategy) params.matchingStrategy = query.matchingStrategy;
    const res = await engineCall(() => client.index<T>(indexName).search(query.q, params));
    return { hits: res.hits, total: totalOf(res), facetDistribution: res.facetDistribution ?? {} };
  }
  const queries: MultiSearchQueryWithFederation[] = plan.queries.map((query) => {
    const q: MultiSearchQueryWithFederation = { ...display, indexUid: indexName, q: query.q, filter: query.filter, federationOptions: { weight: query.weight } };
    if (query.matchingStrategy) q.matchingStrategy = query.matchingStrategy;
    return q;
  });
  const federation: { offset: number; limit: number; facetsByIndex?: Record<string, string[]> } = { offset: page.offset, limit: page.limit };
  if (page.facets) federation.facetsByIndex = { [indexName]: page.facets };
  const res = await engineCall(() => client.multiSearch<{ federation: typeof federation; queries: MultiSearchQueryWithFederation[] }, T>({ federation, queries }));
  return {
    hits: res.hits,
    total: totalOf(res),
    facetDistribution: res.facetsByIndex?.[indexName]?.distribution ?? {},
  };
}

/** Hit count of an engine answer, whichever pagination mode produced it. */
export function totalOf(res: { hits: unknown[] } & ({ estimatedTotalHits?: number; totalHits?: number } | object)): number {
  const counts = res as { estimatedTotalHits?: number; totalHits?: number };
  return counts.estimatedTotalHits ?? counts.totalHits ?? res.hits.length;
}
