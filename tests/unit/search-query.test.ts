import { abbreviationVariants, contractSynonymExpansions, expansionWords } from '../../src/search/abbreviation-variants';
import { DEFAULT_PLAN_OPTIONS, coversAll, exactKeysOf, isTypedName, planSearch, wholeLastWord, type PlannedQuery } from '../../src/search/plan';
import { analyzeQuery, balancedQuotes, exclusionsText, normalizeQuery, parseTerms } from '../../src/search/query';

describe('parseTerms', () => {
  test('words, "phrases" and -exclusions, as Meilisearch reads them', () => {
    expect(parseTerms('thi đua "giỏi việc nước" -bóng đá -"ban nhạc" a-b')).toEqual([
      { text: 'thi', kind: 'word' },
      { text: 'đua', kind: 'word' },
      { text: 'giỏi việc nước', kind: 'phrase' },
      { text: 'bóng', kind: 'excluded' },
      { text: 'đá', kind: 'word' },
      { text: 'ban nhạc', kind: 'excluded' },
      { text: 'a-b', kind: 'word' },
    ]);
  });

  test('an unclosed quote runs to the end; a lone dash is a word', () => {
    expect(parseTerms('"thi đua')).toEqual([{ text: 'thi đua', kind: 'phrase' }]);
    expect(parseTerms('a - b')).toEqual([
      { text: 'a', kind: 'word' },
      { text: '-', kind: 'word' },
      { text: 'b', kind: 'word' },
    ]);
  });
});

describe('analyzeQuery', () => {
  test('normalises quotes, tone placement and spaces', () => {
    expect(normalizeQuery('  “hoà   bình”  ')).toBe('"hòa bình"');
  });

  test('exact keys come from accented, non-excluded words', () => {
    const q = analyzeQuery(normalizeQuery('bạn ban -bàn'));
    expect(q.accented).toBe(true);
    expect(q.exactKeys).toEqual(['banj']);
    expect(analyzeQuery('ban nhac').accented).toBe(false);
    expect(exclusionsText(analyzeQuery('a -b -"c d"'))).toBe('-b -"c d"');
  });

  test('a quantity in any format, with the rest of the query', () => {
    expect(analyzeQuery('10400 tỷ').quantity).toMatchObject({ value: 10400e9, rest: '' });
    expect(analyzeQuery('1.500.000 học sinh').quantity).toMatchObject({ value: 1.5e6, rest: 'học sinh' });
    // A currency or measure is not a word the article must contain ("euro" there, "eur" here).
    expect(analyzeQuery('350000 eur xỉa xói').quantity).toMatchObject({ value: 350000, unit: 'EUR', rest: 'xỉa xói' });
    // A number among many words is a word of a remembered title, not a quantity.
    expect(analyzeQuery('10 tinh thanh pho co tri gia xuat khau nhap').quantity).toBeNull();
    expect(analyzeQuery('2000 căn hộ nhà giá rẻ').quantity).toMatchObject({ value: 2000, rest: 'căn hộ nhà giá rẻ' });
    // Currency codes typed in lower case are currencies too.
    expect(analyzeQuery('70000 gbp học bổng').quantity).toMatchObject({ value: 70000, rest: 'học bổng' });
    expect(analyzeQuery('32.000.000 eur/năm đưa ronaldo').quantity).toMatchObject({ rest: 'đưa ronaldo' });
    expect(analyzeQuery('1.500 m núi cao').quantity).toMatchObject({ rest: 'núi cao' });
    expect(analyzeQuery('thi đua').quantity).toBeNull();
  });

  test('balancedQuotes closes an open phrase', () => {
    expect(balancedQuotes('"thi đua')).toBe('"thi đua"');
    expect(balancedQuotes('"thi" đua')).toBe('"thi" đua');
  });
});

describe('abbreviations', () => {
  test('an expansion the index has a synonym for is named by its abbreviation, in the one query', () => {
    expect(contractSynonymExpansions('ủy ban nhân dân tỉnh an giang')).toBe('ubnd tinh an giang');
    expect(contractSynonymExpansions('bóng đá')).toBeNull();
    // The synonym finds both forms: no variant query.
    expect(abbreviationVariants('ủy ban nhân dân tỉnh an giang')).toEqual([]);
    expect(abbreviationVariants('UBND tỉnh')).toEqual([]);
    const [text] = planSearch(analyzeQuery(normalizeQuery('uy ban nhan dan tinh an giang')), [], 'relevance', DEFAULT_PLAN_OPTIONS).queries;
    expect(text.q).toBe('ubnd tinh an giang');
    // A phrase reads no synonym: left as typed.
    expect(planSearch(analyzeQuery('"ủy ban nhân dân tỉnh"'), [], 'relevance', DEFAULT_PLAN_OPTIONS).queries[0].q).toBe('"ủy ban nhân dân tỉnh" tinhr ');
  });

  test('an abbreviation too ambiguous to be a synonym gets a variant query instead', () => {
    expect(contractSynonymExpansions('thành phố vinh')).toBeNull();
    expect(abbreviationVariants('thành phố vinh')).toEqual(['tp vinh']);
    // "tử" folds to the short form of TƯ (Trung ương): no "trung uong" variant for it.
    expect(abbreviationVariants('tử vi')).toEqual([]);
  });

  test('words of an expansion are not required exactly', () => {
    expect([...expansionWords('ủy ban nhân dân tỉnh')].sort()).toEqual(['ban', 'dan', 'nhan', 'uy']);
    expect(exactKeysOf('ủy ban nhân dân tỉnh')).toEqual(['tinhr']);
  });
});

describe('planSearch', () => {
  const plan = (q: string, sort: 'relevance' | 'newest' = 'relevance') => planSearch(analyzeQuery(normalizeQuery(q)), ['(year = 2020)'], sort, DEFAULT_PLAN_OPTIONS);

  test('an unaccented query is one folded query', () => {
    expect(plan('ban nhac').queries.map((q) => q.role)).toEqual(['text']);
  });

  test('an accented query is one query: its exact keys follow the typed words, plain, so that the engine drops them first', () => {
    const { queries } = plan('bạn "ban nhạc" -bàn');
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatchObject({ role: 'accented', filter: ['(year = 2020)'] });
    // Not quoted (a phrase is never dropped: it would filter), and a trailing space so the last key is not a prefix.
    expect(queries[0].q).toBe('bạn "ban nhạc" -bàn banj nhacj ');
    expect(queries[0].matchingStrategy).toBeUndefined();
  });

  test('a name typed with capitals adds an exact query that reads it as one phrase, weighted higher, all required', () => {
    const [text, exact] = plan('Lê Văn Phước').queries;
    expect(text).toMatchObject({ role: 'text', q: 'Lê Văn Phước' });
    expect(exact).toMatchObject({ role: 'exact', q: '"Lê Văn Phước" "lee" "vawn" "phuwowcs"', matchingStrategy: 'all' });
    // Far above the text query and the other exact queries: naming the person beats any other score.
    expect(exact.weight).toBe(DEFAULT_PLAN_OPTIONS.nameWeight);
    expect(DEFAULT_PLAN_OPTIONS.nameWeight).toBeGreaterThan(10 * DEFAULT_PLAN_OPTIONS.exactWeight);
    expect(isTypedName(analyzeQuery('lê văn phước'))).toBe(false);
    expect(isTypedName(analyzeQuery('Lê Văn Phước UBND'))).toBe(false);
    expect(isTypedName(analyzeQuery('Phước'))).toBe(false);
  });

  test('a quantity adds a numberValues query; the exact query keeps the number filter', () => {
    const queries = plan('1,5 triệu học sinh').queries;
    const number = queries.find((q) => q.role === 'number')!;
    expect(number.filter).toEqual(['(year = 2020)', '(numberValues 1499999.9985 TO 1500000.0015)']);
    // Its last word is a word, not a prefix ("sinhvien"): a trailing space.
    expect(number.q).toBe('học sinh ');
    expect(queries.find((q) => q.role === 'exact')!.filter).toEqual(number.filter);
  });

  test('a quantity search: the text query reads the rest first, the number as typed last, so that it finds every article the others find', () => {
    const quantity = plan('1,5 triệu học sinh -nghỉ');
    expect(quantity.queries[0]).toMatchObject({ role: 'text', q: 'học sinh 1,5 triệu -nghỉ ' });
    expect(quantity.covered).toBe(true);
    // A number alone: its query reads the written forms, any of which may match; nothing covers it.
    const alone = plan('10400 tỷ đồng');
    expect(alone.queries.length).toBeGreaterThan(1);
    expect(alone.covered).toBeUndefined();
  });

  test('a long query reads its last word as a word, a short one as a prefix (as typed)', () => {
    expect(plan('xe cho do thong minh tu dong theo chan chu').queries[0].q).toBe('xe cho do thong minh tu dong theo chan chu ');
    expect(plan('nguyen tan du').queries[0].q).toBe('nguyen tan du');
    // Excluded words are not counted.
    expect(plan('thi dua yeu nuoc -ha -noi').queries[0].q).toBe('thi dua yeu nuoc -ha -noi');
    expect(plan('thi dua yeu nuoc nam 2020', 'newest').queries[0].q).toBe('thi dua yeu nuoc nam 2020 ');
    expect(wholeLastWord('mot hai ba bon nam ')).toBe('mot hai ba bon nam ');
  });

  test('a typed name: the text query covers its phrase query', () => {
    const name = plan('Lê Văn Phước');
    expect(name.queries.map((q) => q.role)).toEqual(['text', 'exact']);
    expect(name.covered).toBe(true);
  });

  test('a sorted search is one query; its quantity becomes a filter', () => {
    const sorted = plan('1.500.000', 'newest');
    expect(sorted.sort).toEqual(['timestamp:desc']);
    expect(sorted.queries).toHaveLength(1);
    expect(sorted.queries[0].filter[1]).toContain('numberValues');
    expect(plan('').sort).toEqual(['timestamp:desc']);
  });
});

test('an accented query naming an expansion needs no exact key for the expansion (UBND in the article is as good)', () => {
  const [accented] = planSearch(analyzeQuery(normalizeQuery('ủy ban nhân dân tỉnh Quảng Ngãi')), [], 'relevance', DEFAULT_PLAN_OPTIONS).queries;
  expect(accented.q).toBe('ubnd tinh quang ngai tinhr quangr ngaix ');
});

describe('coversAll: the text query finds every article another query finds', () => {
  const text = (q: string, filter: string[] = []): PlannedQuery => ({ role: 'text', q, filter, weight: 1 });
  const all = (q: string, filter: string[] = []): PlannedQuery => ({ role: 'number', q, filter, weight: 2, matchingStrategy: 'all' });
  const last = (q: string): PlannedQuery => ({ role: 'abbreviation', q, filter: [], weight: 1 });

  test('every word required: the text query’s first word must be one of them, and not read as a prefix there', () => {
    expect(coversAll(text('căn hộ 2000'), [all('căn hộ ')])).toBe(true);
    expect(coversAll(text('Lê Văn Phước'), [all('"Lê Văn Phước" "lee"')])).toBe(true);
    // Folded as the engine matches: "Căn" is "can".
    expect(coversAll(text('can ho 2000'), [all('Căn hộ ')])).toBe(true);
    expect(coversAll(text('2000 căn hộ'), [all('căn hộ ')])).toBe(false);
    // "giá" last with no space after it also finds "giải", which the text query ("giá …") does not.
    expect(coversAll(text('giá 2000'), [all('giá')])).toBe(false);
    expect(coversAll(text('giá 2000'), [all('giá ')])).toBe(true);
    // An excluded word is not a word the query requires.
    expect(coversAll(text('giá 2000'), [all('nhà -giá ')])).toBe(false);
  });

  test('"last" (the engine drops words from the end): the same first word', () => {
    expect(coversAll(text('da nang dat ky vong vao cac doanh nghiep'), [last('da nang dat ky vong vao cac dn')])).toBe(true);
    expect(coversAll(text('csgt thanh pho hoa binh'), [last('canh sat giao thong tp hoa binh')])).toBe(false);
    expect(coversAll(text('dong'), [last('dong')])).toBe(false);
  });

  test('the other query’s filter must include the text query’s; "frequency" is never covered', () => {
    expect(coversAll(text('căn hộ 2000', ['year = 2020']), [all('căn hộ ', ['year = 2020', 'numberValues 1 TO 2'])])).toBe(true);
    expect(coversAll(text('căn hộ 2000', ['year = 2020']), [all('căn hộ ', ['numberValues 1 TO 2'])])).toBe(false);
    expect(coversAll(text('căn hộ 2000'), [{ ...all('căn hộ '), matchingStrategy: 'frequency' }])).toBe(false);
    expect(coversAll(text('căn hộ 2000'), [all('căn hộ '), last('nhà căn')])).toBe(false);
  });
});
