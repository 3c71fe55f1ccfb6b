import { anyOf, approximately, buildFilter, quoteFilterValue, rangeCondition } from '../../src/search/filters';

describe('quoteFilterValue', () => {
  test.each([
    ['plain', '"plain"'],
    ['Nguyễn "A" Bình', '"Nguyễn \\"A\\" Bình"'],
    ['back\\slash', '"back\\\\slash"'],
    ['ends with \\', '"ends with \\\\"'],
    ['\\"', '"\\\\\\""'],
  ])('%s → %s', (value, literal) => {
    expect(quoteFilterValue(value)).toBe(literal);
  });

  test('no value can close the literal early', () => {
    for (const value of ['" OR id EXISTS OR "', 'a\\" OR "1" = "1', '"a" = "a"']) {
      const literal = quoteFilterValue(value);
      // Unescaped quotes are exactly the two delimiters.
      const unescaped = literal.replace(/\\./g, '').match(/"/g) ?? [];
      expect(unescaped).toHaveLength(2);
    }
  });
});

describe('buildFilter', () => {
  test('repeated values are alternatives, different parameters all apply', () => {
    expect(buildFilter({ person: ['A', 'B'], place: ['An Giang'], year: [2019, 2020] })).toEqual([
      '(people = "A" OR people = "B")',
      '(places = "An Giang")',
      '(year = 2019 OR year = 2020)',
    ]);
  });

  test('dates become an inclusive timestamp range', () => {
    expect(buildFilter({ fromTimestamp: 100, toTimestamp: 200 })).toEqual(['(timestamp 100 TO 200)']);
    expect(buildFilter({ fromTimestamp: 100 })).toEqual(['(timestamp >= 100)']);
  });

  test('a quantity range stays within one mention of the unit (TO, not two comparisons)', () => {
    expect(buildFilter({ quantity: { unit: 'đồng', min: 1e12 } })).toEqual(['(quantities.dong >= 1000000000000)']);
    expect(buildFilter({ quantity: { unit: 'công trình', min: 10, max: 20 } })).toEqual(['(quantities.cong_trinh 10 TO 20)']);
    expect(buildFilter({ quantity: { min: 5, max: 6 } })).toEqual(['(numberValues 5 TO 6)']);
  });

  test('no parameters, no filter', () => {
    expect(buildFilter({ person: [], year: [] })).toEqual([]);
  });
});

test('anyOf and rangeCondition', () => {
  expect(anyOf('source', ['a"b'])).toBe('source = "a\\"b"');
  expect(rangeCondition('year', undefined, 2020)).toBe('year <= 2020');
  expect(rangeCondition('year')).toBeNull();
});

test('approximately tolerates float rounding around the value', () => {
  expect(approximately('numberValues', 1500000)).toBe('numberValues 1499999.9985 TO 1500000.0015');
});
