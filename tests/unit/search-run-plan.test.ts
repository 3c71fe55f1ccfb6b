import { DEFAULT_PLAN_OPTIONS, planSearch, type SearchPlan } from '../../src/search/plan';
import { analyzeQuery } from '../../src/search/query';
import { engineRequest, splitRequests, type PlanPage } from '../../src/search/run-plan';

const PAGE: PlanPage = {
  offset: 20,
  limit: 20,
  facets: ['people', 'movements', 'organizations', 'places', 'year', 'source'],
  attributesToRetrieve: ['id', 'title', 'body'],
};
const APART = ['people', 'places', 'organizations'];

function planFor(q: string, sort: 'relevance' | 'newest' = 'relevance'): SearchPlan {
  return planSearch(analyzeQuery(q), ['year = 2020'], sort, DEFAULT_PLAN_OPTIONS);
}

describe('splitRequests', () => {
  test('a single search becomes the hits with the other facets, and the facets apart counted alone', () => {
    const plan = planFor('thi đua', 'newest');
    const one = engineRequest('articles', plan, PAGE);
    const [hits, counts, ...more] = splitRequests('articles', plan, PAGE, APART);
    if (one.kind !== 'search' || hits.kind !== 'search' || counts.kind !== 'search') throw new Error('expected single searches');
    expect(more).toEqual([]);
    // The hits request is the one request, less the facets moved out.
    expect(hits).toEqual({ ...one, params: { ...one.params, facets: ['movements', 'year', 'source'] } });
    // The counting request: same query, filter and strategy; no page, no hit, no sort.
    expect(counts).toEqual({
      kind: 'search',
      indexName: 'articles',
      q: one.q,
      params: { filter: one.params.filter, matchingStrategy: one.params.matchingStrategy, facets: ['people', 'organizations', 'places'], offset: 0, limit: 0, attributesToRetrieve: [] },
    });
  });

  test('every facet apart: the hits request counts none', () => {
    const [hits, counts] = splitRequests('articles', planFor('thi đua'), PAGE, PAGE.facets ?? []);
    expect(hits.kind === 'search' && hits.params.facets).toBe(undefined);
    expect(counts.kind === 'search' && counts.params.facets).toEqual(PAGE.facets);
  });

  test('a federated search (a typed name, a quantity), or a page counting none of the facets apart, stays one request', () => {
    for (const q of ['Lê Văn Phước', '10400 tỷ đồng']) {
      const federated = planFor(q);
      expect(federated.queries.length).toBeGreaterThan(1);
      expect(splitRequests('articles', federated, PAGE, APART)).toEqual([engineRequest('articles', federated, PAGE)]);
    }
    const single = planFor('thi đua');
    expect(splitRequests('articles', single, PAGE, ['documents'])).toEqual([engineRequest('articles', single, PAGE)]);
    const noFacets = { ...PAGE, facets: undefined };
    expect(splitRequests('articles', single, noFacets, APART)).toEqual([engineRequest('articles', single, noFacets)]);
  });
});
