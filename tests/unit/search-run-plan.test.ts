import { DEFAULT_PLAN_OPTIONS, planSearch, type SearchPlan } from '../../src/search/plan';
import { analyzeQuery } from '../../src/search/query';
import type { EnginePost } from '../../src/search/engine-client';
import { engineRequest, MAX_MERGED_HITS, mergedRequests, mergeRanked, sendEngineRequest, splitRequests, type PlanPage, type PlanResult } from '../../src/search/run-plan';
import { MAX_TOTAL_HITS } from '../../src/search/settings';

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

describe('mergedRequests', () => {
  test('a covered federated plan: one search per query, each from the first hit to the page end with scores; the first counts the facets', () => {
    const plan = planFor('Lê Văn Phước');
    const requests = mergedRequests('articles', plan, PAGE);
    if (!requests) throw new Error('expected searches of their own');
    expect(requests).toHaveLength(plan.queries.length);
    requests.forEach((request, i) => {
      if (request.kind !== 'search') throw new Error('expected single searches');
      expect(request.q).toBe(plan.queries[i].q);
      expect(request.params).toMatchObject({ filter: plan.queries[i].filter, offset: 0, limit: 40, showRankingScore: true, attributesToRetrieve: PAGE.attributesToRetrieve });
      expect(request.params.matchingStrategy).toBe(plan.queries[i].matchingStrategy);
      expect(request.params.facets).toEqual(i === 0 ? PAGE.facets : undefined);
    });
  });

  test('one query, a sorted plan, an uncovered plan or a page past the merged depth: none', () => {
    expect(mergedRequests('articles', planFor('thi đua'), PAGE)).toBeNull();
    expect(mergedRequests('articles', planFor('1,5 triệu học sinh', 'newest'), PAGE)).toBeNull();
    const uncovered = planFor('10400 tỷ đồng');
    expect(uncovered.queries.length).toBeGreaterThan(1);
    expect(mergedRequests('articles', uncovered, PAGE)).toBeNull();
    expect(mergedRequests('articles', planFor('Lê Văn Phước'), { ...PAGE, offset: MAX_MERGED_HITS - 19 })).toBeNull();
  });
});

describe('mergeRanked', () => {
  type Doc = { id: string };
  const result = (scores: [string, number][], total = scores.length): PlanResult<Doc> => ({
    hits: scores.map(([id, score]) => ({ id, _rankingScore: score }) as unknown as PlanResult<Doc>['hits'][number]),
    total,
    facetDistribution: total === 99 ? { year: { '2020': 99 } } : {},
  });
  const ids = (r: PlanResult<Doc>): unknown[] => r.hits.map((h) => (h as unknown as Doc).id);

  test('by score times weight; ties by query order, then rank; each article once, at its best', () => {
    const merged = mergeRanked([1, 5], [result([['a', 0.9], ['b', 0.5], ['c', 0.1]], 99), result([['c', 0.19], ['d', 0.1], ['b', 0.01]])], { offset: 0, limit: 10 });
    // c: 0.19 × 5 = 0.95 first; a 0.9; d 0.1 × 5 = 0.5 ties b's 0.5 from the first query, which goes first.
    expect(ids(merged)).toEqual(['c', 'a', 'b', 'd']);
    // The first query's count and facets: it finds every article the others do.
    expect(merged.total).toBe(99);
    expect(merged.facetDistribution).toEqual({ year: { '2020': 99 } });
  });

  test('the page is cut from the merged list', () => {
    const merged = mergeRanked([1, 1], [result([['a', 0.9], ['b', 0.7]]), result([['c', 0.8], ['a', 0.6]])], { offset: 1, limit: 2 });
    expect(ids(merged)).toEqual(['c', 'b']);
  });
});

test('a federated reply counts past maxTotalHits; its total is capped as a single search’s is', async () => {
  const reply = { hits: [], estimatedTotalHits: MAX_TOTAL_HITS + 5699, facetsByIndex: { articles: { distribution: { year: { '2020': 3 } } } } };
  const post = (async () => reply) as unknown as EnginePost;
  const result = await sendEngineRequest(post, engineRequest('articles', planFor('Lê Văn Phước'), PAGE));
  expect(result.total).toBe(MAX_TOTAL_HITS);
  expect(result.facetDistribution).toEqual({ year: { '2020': 3 } });
});
