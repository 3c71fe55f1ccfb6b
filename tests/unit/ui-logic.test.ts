/**
 * The page's pure logic, without a browser: the URL ↔ view mapping that makes links, reloads
 * and back/forward work, the safe rendering of snippets, accent-blind marking, Vietnamese dates.
 */
import { formatDate, formatNumber } from '../../search-ui/src/lib/format';
import { markTerms, queryTerms } from '../../search-ui/src/lib/highlight';
import { parseMarkedSnippet } from '../../search-ui/src/lib/segments';
import { timeline } from '../../search-ui/src/lib/timeline';
import { numberRangeLabel, pickScale, unscaled } from '../../search-ui/src/lib/number-scale';
import {
  EMPTY_VIEW,
  apiSearchParams,
  parseViewState,
  serializeViewState,
  withFilter,
  withoutFilter,
  type ViewState,
} from '../../search-ui/src/state/view-state';

const full: ViewState = {
  ...EMPTY_VIEW,
  q: 'le van phuoc',
  filters: { ...EMPTY_VIEW.filters, person: ['Lê Văn Phước', 'Nguyễn Thiện Phú'], movement: ['Giỏi việc nước, đảm việc nhà'], year: ['2020'] },
  from: '2020-01-01',
  to: '2020-12-31',
  unit: 'đồng',
  min: '1000000000',
  max: '20000000000000',
  sort: 'newest',
  page: 3,
  article: 'demo-012',
  entity: null,
};

describe('view state in the URL', () => {
  test('a view written to the query string reads back identical (a link reproduces the view)', () => {
    expect(parseViewState(serializeViewState(full))).toEqual(full);
    const entity: ViewState = { ...EMPTY_VIEW, entity: { type: 'movement', name: 'Giỏi việc nước, đảm việc nhà' } };
    expect(parseViewState(serializeViewState(entity))).toEqual(entity);
  });

  test('repeated filters are repeated parameters, defaults are left out', () => {
    const params = new URLSearchParams(serializeViewState(full));
    expect(params.getAll('person')).toEqual(['Lê Văn Phước', 'Nguyễn Thiện Phú']);
    expect(serializeViewState(EMPTY_VIEW)).toBe('');
    expect(serializeViewState({ ...EMPTY_VIEW, q: 'thi đua' })).toBe('?q=thi+%C4%91ua');
  });

  test('malformed or unknown values in a hand-edited link are dropped, not sent to the API', () => {
    const view = parseViewState('?q=x&page=-2&sort=random&from=27/07/2020&min=abc&entityType=place&entity=An%20Giang&person=&person=A&person=A');
    expect(view.page).toBe(1);
    expect(view.sort).toBe('relevance');
    expect(view.from).toBe('');
    expect(view.min).toBe('');
    expect(view.entity).toBeNull();
    expect(view.filters.person).toEqual(['A']);
  });

  test('adding or removing a filter goes back to page 1 and closes the article', () => {
    const added = withFilter(full, 'place', 'An Giang');
    expect(added.filters.place).toEqual(['An Giang']);
    expect(added.page).toBe(1);
    expect(added.article).toBe('');
    expect(withoutFilter(full, 'person', 'Lê Văn Phước').filters.person).toEqual(['Nguyễn Thiện Phú']);
  });

  test('the API gets the search parameters only; without a query the newest come first', () => {
    const params = apiSearchParams(full);
    expect(params.has('article')).toBe(false);
    expect(params.has('page')).toBe(false);
    expect(apiSearchParams({ ...EMPTY_VIEW, filters: { ...EMPTY_VIEW.filters, person: ['A'] } }).get('sort')).toBe('newest');
    expect(apiSearchParams({ ...EMPTY_VIEW, q: 'a' }).has('sort')).toBe(false);
  });
});

describe('snippets and marking', () => {
  test('only <mark> becomes markup; escaped text is decoded and other tags stay literal text', () => {
    expect(parseMarkedSnippet('Ông <mark>Lê Văn Phước</mark> &amp; &lt;b&gt;x&#39;s')).toEqual([
      { text: 'Ông ', mark: false },
      { text: 'Lê Văn Phước', mark: true },
      { text: ' & <b>x\'s', mark: false },
    ]);
    expect(parseMarkedSnippet('<img src=x onerror=alert(1)>')).toEqual([{ text: '<img src=x onerror=alert(1)>', mark: false }]);
  });

  test('an unaccented query marks the accented words, joined across spaces', () => {
    const terms = queryTerms('le van phuoc');
    expect(markTerms('Ông Lê Văn Phước, Phó Chủ tịch', terms)).toEqual([
      { text: 'Ông ', mark: false },
      { text: 'Lê Văn Phước', mark: true },
      { text: ', Phó Chủ tịch', mark: false },
    ]);
    expect(markTerms('Đồng Tháp', queryTerms('dong'))).toEqual([
      { text: 'Đồng', mark: true },
      { text: ' Tháp', mark: false },
    ]);
    expect(markTerms('không có', [])).toEqual([{ text: 'không có', mark: false }]);
  });

  test('a word typed with accents marks only that accented form', () => {
    expect(markTerms('Văn bản vẫn văn', queryTerms('văn'))).toEqual([
      { text: 'Văn', mark: true },
      { text: ' bản vẫn ', mark: false },
      { text: 'văn', mark: true },
    ]);
  });
});

describe('Vietnamese formats', () => {
  test('dates read dd/mm/yyyy, in Vietnam time for timestamps', () => {
    expect(formatDate('2020-07-27')).toBe('27/07/2020');
    expect(formatDate('2020-07-26T20:00:00Z')).toBe('27/07/2020');
    expect(formatDate('')).toBe('');
    expect(formatNumber(10400)).toBe('10.400');
  });

  test('the number filter shows a range in the largest scale that keeps whole numbers', () => {
    expect(pickScale('100000000000', '1000000000000')).toBe(1e9);
    expect(pickScale('15000', '')).toBe(1e3);
    expect(pickScale('1500', '')).toBe(1);
    expect(unscaled('10.4', 1e9)).toBe('10400000000');
    expect(numberRangeLabel({ unit: 'đồng', min: '10000000000000', max: '11000000000000' })).toBe('từ 10.000 đến 11.000 tỷ đồng');
    expect(numberRangeLabel({ unit: '%', min: '', max: '50' })).toBe('đến 50 %');
    expect(pickScale('', '')).toBe(1);
  });
});

test('the timeline lists every year from the first to the last, empty years as 0', () => {
  const years = [
    { value: '2022', count: 2 },
    { value: '2019', count: 1 },
    { value: '2021', count: 1 },
  ];
  expect(timeline(years).map((y) => `${y.value}:${y.count}`)).toEqual(['2019:1', '2020:0', '2021:1', '2022:2']);
  expect(timeline([])).toEqual([]);
});
