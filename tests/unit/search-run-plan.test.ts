import { DEFAULT_PLAN_OPTIONS, planSearch } from '../../src/search/plan';
import { analyzeQuery } from '../../src/search/query';
import { engineRequest, splitFacets, type EngineRequest } from '../../src/search/run-plan';

const PAGE = {
  offset: 20,
  limit: 20,
  facets: ['people', 'movements', 'organizations', 'places', 'year', 'source'],
  attributesToRetrieve: ['id', 'title', 'body'],
};
const APART = ['people', 'places', 'organizations'];

function requestFor(q: string, sort: 'relevance' | 'newest' = 'relevance'): EngineRequest {
  return engineRequest('articles', planSearch(analyzeQuery(q), ['year = 2020'], sort, DEFAULT_PLAN_OPTIONS), PAGE);
}

describe('splitFacets', () => {
  test('a single search becomes the hits with the cheap facets, and the entity facets counted alone', () => {
    const request = requestFor('thi đua', 'newest');
    expect(request.kind).toBe('search');
    const [hits, counts] = splitFacets(request, APART);
    if (request.kind !== 'search' || hits.kind !== 'search' || counts.kind !== 'search') throw new Error('expected single searches');
    // The hits request is the original one, less the facets moved out.
    expect(hits).toEqual({ ...request, params: { ...request.params, facets: ['movements', 'year', 'source'] } });
    // The counting request: same query and filter, no page, no hit, no sort.
    expect(counts.q).toBe(request.q);
    expect(counts.params).toEqual({
      filter: request.params.filter,
      matchingStrategy: request.params.matchingStrategy,
      facets: ['people', 'organizations', 'places'],
      offset: 0,
      limit: 0,
      attributesToRetrieve: [],
    });
  });

  test('every facet apart: the hits request counts none', () => {
    const request = requestFor('thi đua');
    const [hits, counts] = splitFacets(request, PAGE.facets);
    expect(hits.kind === 'search' && hits.params.facets).toBe(undefined);
    expect(counts.kind === 'search' && counts.params.facets).toEqual(PAGE.facets);
  });

  test('a federated search, or one counting none of the facets apart, stays one request', () => {
    const federated = requestFor('Lê Văn Phước');
    expect(federated.kind).toBe('federated');
    expect(splitFacets(federated, APART)).toEqual([federated]);
    const single = requestFor('thi đua');
    expect(splitFacets(single, ['documents'])).toEqual([single]);
    const noFacets = engineRequest('articles', planSearch(analyzeQuery('thi đua'), [], 'relevance'), { ...PAGE, facets: undefined });
    expect(splitFacets(noFacets, APART)).toEqual([noFacets]);
  });
});
