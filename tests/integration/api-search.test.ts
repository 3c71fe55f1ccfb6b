/** GET /api/search against a real engine: recall, accent-exact ranking, numbers, abbreviations, filters, snippets. */
import request from 'supertest';
import { createEnginePost, createSearchClient, type EnginePost } from '../../src/search/engine-client';
import { createEngineHttpClient } from '../../src/search/engine-http';
import { searchArticles, type SearchContext, type SearchRequest } from '../../src/search/search-service';
import type { SearchResponse } from '../../src/types';
import { apiOver, dropIndex, testDocument, type TestApi } from './api-helpers';

const docs = [
  testDocument({ id: 'friend', title: 'Gặp lại người bạn cũ sau hai mươi năm', body: 'Anh gặp lại bạn học ở quê nhà và cùng ôn chuyện cũ.', publishedAt: '2017-05-02' }),
  testDocument({ id: 'band', title: 'Ban nhạc trẻ biểu diễn ở quảng trường', body: 'Ban nhạc rock mở màn đêm hội, bàn ghế kê kín sân, vé bán hết.', publishedAt: '2017-06-10' }),
  testDocument({
    id: 'capital',
    title: 'Tỉnh huy động vốn cho các công trình thi đua',
    body: 'Các công trình đã huy động trên 10.400 tỷ đồng từ xã hội.',
    publishedAt: '2020-07-27',
  }),
  testDocument({ id: 'fund', title: 'Quỹ khuyến học nhận tài trợ', body: 'Một doanh nghiệp trao tặng 1,5 triệu đồng cho mỗi học sinh.', publishedAt: '2019-01-15', author: 'Hoàng Thu Trang' }),
  testDocument({
    id: 'province',
    title: 'UBND tỉnh An Giang khen thưởng tập thể',
    body: 'UBND tỉnh An Giang vừa khen thưởng các tập thể có thành tích xuất sắc.',
    places: ['An Giang'],
    organizations: ['UBND tỉnh An Giang'],
    publishedAt: '2020-08-01',
  }),
  testDocument({
    id: 'emulation',
    title: 'Phát động phong trào thi đua trong công nhân',
    body: 'Ông Lê Văn Phước phát biểu tại hội nghị. Phong trào "Giỏi việc nước, đảm việc nhà" được nhân rộng theo Nghị quyết 6b/NQ-BCH.',
    people: ['Lê Văn Phước'],
    movements: ['Giỏi việc nước, đảm việc nhà'],
    documents: ['Nghị quyết 6b/NQ-BCH'],
    organizations: ['Liên đoàn Lao động tỉnh An Giang'],
    places: ['An Giang'],
    source: 'Báo An Giang',
    publishedAt: '2020-07-27',
  }),
  testDocument({
    id: 'other-name',
    title: 'Đoàn Minh Tuân dẫn đội võ sĩ về nước',
    body: 'Võ sư Đoàn Minh Tuân cùng các võ sĩ trẻ trở về sau giải, đội nhận nhiều huy chương.',
    publishedAt: '2017-09-01',
  }),
  testDocument({
    id: 'named',
    title: 'Chuyện một gia đình làm nghề gỗ',
    body: `${'Xưởng gỗ nằm cuối làng, mùa này rất nhiều việc. '.repeat(20)}Người con cả của ông là Đoàn Minh Tuấn, chủ xưởng.`,
    publishedAt: '2017-09-02',
  }),
  testDocument({ id: 'script', title: 'Bài có ký tự lạ', body: 'Đoạn <script>alert(1)</script> & "trích dẫn" về bạn đọc.', publishedAt: '2018-03-03' }),
  testDocument({
    id: 'long',
    title: 'Một bài rất dài',
    body: `${'lorem '.repeat(300)}Du khách đến hồ Ba Bể ngắm cảnh. ${'ipsum '.repeat(300)}`,
  }),
];

let api: TestApi;
beforeAll(async () => {
  api = await apiOver(docs);
});
afterAll(async () => {
  await dropIndex(api);
});

async function search(query: Record<string, string | string[]>): Promise<SearchResponse> {
  const res = await request(api.app).get('/api/search').query(query).expect(200);
  return res.body as SearchResponse;
}

const ids = (r: SearchResponse): string[] => r.hits.map((h) => h.id);

describe('recall and accent-exact ranking', () => {
  test('an unaccented query matches every accent variant', async () => {
    const r = await search({ q: 'ban' });
    expect(ids(r)).toEqual(expect.arrayContaining(['friend', 'band']));
  });

  test('"bạn" ranks a document with "bạn" above one with "ban nhạc"', async () => {
    const r = await search({ q: 'bạn' });
    expect(ids(r)).toContain('band');
    expect(ids(r).indexOf('friend')).toBeLessThan(ids(r).indexOf('band'));
  });

  test('a quoted phrase and an excluded word survive the query rewriting', async () => {
    expect(ids(await search({ q: '"ban nhạc"' }))).toEqual(['band']);
    const excluded = await search({ q: 'bạn -quê' });
    expect(ids(excluded)).not.toContain('friend');
    expect(ids(excluded)).toContain('script');
  });

  test('a name typed with capitals ranks the article naming that person first, above a headline naming another (Tuân, not Tuấn)', async () => {
    const r = await search({ q: 'Đoàn Minh Tuấn' });
    expect(ids(r).slice(0, 2)).toEqual(['named', 'other-name']);
  });

  test('an accented query keeps every accent variant, below the exact ones', async () => {
    const r = await search({ q: 'bàn nhạc' });
    // "bàn" is only in the band article; the exact keys rank it first, the folded words keep the friend article's "bạn".
    expect(ids(r)[0]).toBe('band');
    expect(r.total).toBeGreaterThan(1);
  });

  test('didYouMean offers the accented form of an unaccented query', async () => {
    expect((await search({ q: 'le van phuoc' })).didYouMean).toBe('Lê Văn Phước');
    expect((await search({ q: 'Lê Văn Phước' })).didYouMean).toBeUndefined();
  });
});

describe('numbers and abbreviations', () => {
  test('"10400 tỷ" finds "10.400 tỷ đồng"', async () => {
    expect(ids(await search({ q: '10400 tỷ' }))[0]).toBe('capital');
  });

  test('"1.500.000" finds "1,5 triệu"', async () => {
    expect(ids(await search({ q: '1.500.000' }))[0]).toBe('fund');
  });

  test('an expansion finds the abbreviation', async () => {
    expect(ids(await search({ q: 'ủy ban nhân dân tỉnh an giang' }))[0]).toBe('province');
  });

  test('the number filter matches within one mention', async () => {
    expect(ids(await search({ unit: 'đồng', min: '1000000000000' }))).toEqual(['capital']);
    expect(ids(await search({ unit: 'đồng', min: '1000000', max: '2000000' }))).toEqual(['fund']);
    expect(ids(await search({ unit: 'đồng', min: '2000000', max: '3000000' }))).toEqual([]);
  });
});

describe('filters, sorting and paging', () => {
  test.each([
    ['person', 'Lê Văn Phước', ['emulation']],
    ['movement', 'Giỏi việc nước, đảm việc nhà', ['emulation']],
    ['organization', 'UBND tỉnh An Giang', ['province']],
    ['document', 'Nghị quyết 6b/NQ-BCH', ['emulation']],
    ['source', 'Báo An Giang', ['emulation']],
    ['year', '2019', ['fund']],
  ])('%s=%s', async (param, value, expected) => {
    expect(ids(await search({ [param]: value }))).toEqual(expected);
  });

  test('repeated values of one filter are alternatives; different filters all apply', async () => {
    expect(ids(await search({ place: 'An Giang' })).sort()).toEqual(['emulation', 'province']);
    expect(ids(await search({ year: ['2019', '2018'] })).sort()).toEqual(['fund', 'script']);
    expect(ids(await search({ place: 'An Giang', year: '2020', organization: 'UBND tỉnh An Giang' }))).toEqual(['province']);
  });

  test('a date range includes both ends', async () => {
    const r = await search({ from: '2020-07-27', to: '2020-08-01' });
    expect(ids(r).sort()).toEqual(['capital', 'emulation', 'province']);
  });

  test('an empty query browses by date, newest first; sort=oldest reverses', async () => {
    const newest = await search({});
    expect(newest.total).toBe(docs.length);
    expect(newest.hits[0].id).toBe('province');
    expect((await search({ sort: 'oldest' })).hits[0].id).toBe('friend');
  });

  test("a byline finds the reporter's articles", async () => {
    expect(ids(await search({ q: 'hoang thu trang' }))).toEqual(['fund']);
  });

  test('sorted by date, a query keeps only articles with every word, in strict date order', async () => {
    // "capital" has "tỉnh" but not "An Giang": by relevance it may trail, by date it must not appear.
    expect(ids(await search({ q: 'tinh an giang', sort: 'oldest' }))).toEqual(['emulation', 'province']);
    expect(ids(await search({ q: 'tinh an giang', sort: 'newest' }))).toEqual(['province', 'emulation']);
  });

  test('pages do not overlap and report page and limit', async () => {
    const first = await search({ limit: '3', page: '1' });
    const second = await search({ limit: '3', page: '2' });
    expect(first).toMatchObject({ page: 1, limit: 3 });
    expect(first.hits).toHaveLength(3);
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([]);
  });

  test('facets count people, places, years and sources of the matching articles', async () => {
    const r = await search({ q: 'an giang' });
    expect(r.facets.place).toEqual([{ value: 'An Giang', count: 2 }]);
    expect(r.facets.person).toEqual([{ value: 'Lê Văn Phước', count: 1 }]);
    expect(r.facets.year).toEqual([{ value: '2020', count: 2 }]);
    expect(Object.keys(r.facets).sort()).toEqual(['movement', 'organization', 'person', 'place', 'source', 'year']);
  });
});

describe('response shape and snippets', () => {
  test('hits carry the contract fields and never the index bookkeeping', async () => {
    const r = await search({ q: 'phong trào thi đua' });
    expect(r).toMatchObject({ query: 'phong trào thi đua', page: 1, limit: 20 });
    expect(typeof r.tookMs).toBe('number');
    expect(Object.keys(r.hits[0]).sort()).toEqual(
      ['author', 'id', 'movements', 'organizations', 'people', 'places', 'publishedAt', 'snippet', 'source', 'title', 'url'].sort(),
    );
  });

  test('snippets mark matches and escape everything from the article', async () => {
    const r = await search({ q: 'trích dẫn' });
    const { snippet } = r.hits.find((h) => h.id === 'script')!;
    expect(snippet).toContain('<mark>');
    expect(snippet).toContain('&lt;script&gt;');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  test('a snippet is the short passage around the matches, however deep in a long article', async () => {
    const { snippet } = (await search({ q: 'ho ba be' })).hits.find((h) => h.id === 'long')!;
    expect(snippet).toContain('<mark>hồ</mark> <mark>Ba</mark> <mark>Bể</mark>');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.split(' ').length).toBeLessThanOrEqual(32);
  });
});

describe('a search sent in parts while the engine is idle', () => {
  /** The API's search context over the test index; `sent` records each engine request's body. */
  function context(waiting: SearchContext['waiting']): { ctx: SearchContext; sent: Record<string, unknown>[] } {
    const send = createEngineHttpClient();
    const real = createEnginePost(api.engine, api.config.engineTimeoutMs, send);
    const sent: Record<string, unknown>[] = [];
    const post: EnginePost = (path, body) => {
      sent.push(body as Record<string, unknown>);
      return real(path, body);
    };
    return { ctx: { client: createSearchClient(api.engine, api.config.engineTimeoutMs, send), post, indexName: api.config.indexName, waiting }, sent };
  }

  const request = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ q, page: 1, limit: 20, sort: 'relevance', ...extra });
  const withoutTime = (r: SearchResponse): SearchResponse => ({ ...r, tookMs: 0 });

  test('a lone search sends its parts at once (hits and facets; or a name’s or quantity’s queries) and answers exactly as one request does', async () => {
    const idle = context({ searches: 0 });
    const single = context(undefined);
    // How each is sent when idle: facets apart (a single search), the queries of a federated plan
    // as searches of their own merged by the API, or one multi-search (a number alone: no query
    // finds every article the others find).
    const cases: [SearchRequest, 'split' | 'merged' | 'one'][] = [
      [request('an giang'), 'split'],
      [request('thi dua', { place: ['An Giang'] }), 'split'],
      [request('', { sort: 'newest' }), 'split'],
      [request('cong trinh', { limit: 1, page: 2 }), 'split'],
      [request('Lê Văn Phước'), 'merged'],
      [request('Đoàn Minh Tuân'), 'merged'],
      [request('Đoàn Minh Tuân', { limit: 1, page: 2 }), 'merged'],
      [request('Lê Văn Phước', { place: ['An Giang'] }), 'merged'],
      [request('1,5 triệu học sinh'), 'merged'],
      [request('10400 tỷ'), 'one'],
      [request('Đoàn Minh Tuân', { sort: 'newest' }), 'split'],
    ];
    for (const [req, how] of cases) {
      idle.sent.length = 0;
      single.sent.length = 0;
      const parts = await searchArticles(idle.ctx, req);
      const together = await searchArticles(single.ctx, req);
      expect(withoutTime(parts)).toEqual(withoutTime(together));
      expect(together.total).toBeGreaterThan(0);
      const sentAs = idle.sent.some((body) => body.showRankingScore === true) ? 'merged' : idle.sent[0].federation !== undefined ? 'one' : 'split';
      expect([req.q, sentAs]).toEqual([req.q, how]);
      const queries = (single.sent[0].queries as unknown[] | undefined)?.length ?? 1;
      expect(idle.sent).toHaveLength(how === 'merged' ? queries : how === 'one' ? 1 : 2);
    }
    // A name: the article naming that person first, then the one where the syllables only look alike.
    expect((await searchArticles(idle.ctx, request('Đoàn Minh Tuân'))).hits.map((h) => h.id).slice(0, 2)).toEqual(['other-name', 'named']);
    // What the split sent: the hits without facets, and the facets counted without hits.
    const split = idle;
    split.sent.length = 0;
    await searchArticles(split.ctx, request('an giang'));
    expect(split.sent).toEqual([
      expect.objectContaining({ q: 'an giang', limit: 20 }),
      expect.objectContaining({ q: 'an giang', limit: 0, facets: ['people', 'movements', 'organizations', 'places', 'year', 'source'] }),
    ]);
    expect(split.sent[0].facets).toBeUndefined();
    expect(split.ctx.waiting).toEqual({ searches: 0 });
  });

  test('while another search waits on the engine, a search is one request', async () => {
    const { ctx, sent } = context({ searches: 0 });
    const [first, second] = await Promise.all([searchArticles(ctx, request('an giang')), searchArticles(ctx, request('thi dua'))]);
    expect(sent).toHaveLength(3);
    expect(sent.filter((body) => body.limit === 0)).toHaveLength(1);
    expect(first.facets.place).toEqual([{ value: 'An Giang', count: 2 }]);
    expect(second.total).toBeGreaterThan(0);
    expect(ctx.waiting).toEqual({ searches: 0 });
  });

  test('an engine failure leaves no search counted as waiting', async () => {
    const { ctx } = context({ searches: 0 });
    // The search key knows no other index: the engine refuses both requests.
    await expect(searchArticles({ ...ctx, indexName: 'no_such_index_here' }, request('an giang'))).rejects.toMatchObject({ code: 'engine_error', status: 502 });
    expect(ctx.waiting).toEqual({ searches: 0 });
  });
});
