import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NumberMention } from '../../src/types';
import {
  extractNumbers,
  formatVietnameseNumber,
  normalizeText,
  parseQuantityQuery,
  parseVietnameseNumber,
} from '../../src/text';

const SEED = path.resolve(__dirname, '../../../shared/corpus/seed/an-giang-thi-dua.txt');

/** The mentions reduced to what a reader checks: text, value, unit, qualifier (and to). */
function summary(text: string): Partial<NumberMention>[] {
  return extractNumbers(text).map(({ text: written, value, unit, qualifier, to }) =>
    to === undefined ? { text: written, value, unit, qualifier } : { text: written, value, unit, qualifier, to },
  );
}

describe('parseVietnameseNumber', () => {
  it.each([
    ['4.154', 4154],
    ['130.400', 130400],
    ['1.500.000', 1500000],
    ['10400', 10400],
    ['1,5', 1.5],
    ['0,5', 0.5],
    ['12,345', 12.345],
    ['2.5', 2.5],
    ['0.500', 0.5],
    ['1,500,000', 1500000],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
  ])('%s → %d', (input, value) => {
    expect(parseVietnameseNumber(input)).toBe(value);
  });

  it.each(['27.7.2020', '1.5.0', 'abc', '', '1.23.456'])('rejects %p', (input) => {
    expect(parseVietnameseNumber(input)).toBeNull();
  });
});

describe('formatVietnameseNumber', () => {
  it.each([
    [1500000, '1.500.000'],
    [1.5, '1,5'],
    [10400000000000, '10.400.000.000.000'],
    [-1234.5, '-1.234,5'],
    [999, '999'],
    [0, '0'],
  ])('%d → %s', (n, written) => {
    expect(formatVietnameseNumber(n)).toBe(written);
  });

  it('round-trips through parseVietnameseNumber', () => {
    for (const n of [4154, 130400, 1.25, 19738, 1500000]) expect(parseVietnameseNumber(formatVietnameseNumber(n))).toBe(n);
  });
});

describe('extractNumbers', () => {
  it('applies scale words and reads currency and qualifier', () => {
    expect(summary('có giá trị trên 10.400 tỷ đồng')).toEqual([
      { text: 'trên 10.400 tỷ đồng', value: 10400000000000, unit: 'đồng', qualifier: 'trên' },
    ]);
    expect(summary('1,5 triệu')).toEqual([{ text: '1,5 triệu', value: 1500000, unit: '', qualifier: '' }]);
    expect(summary('10,4 nghìn tỷ đồng')[0].value).toBe(10400000000000);
    expect(summary('khoảng 1 tỷ 200 triệu đồng')[0]).toMatchObject({ value: 1200000000, qualifier: 'khoảng' });
    expect(summary('Ít nhất 12 người')[0]).toMatchObject({ text: 'Ít nhất 12 người', qualifier: 'ít nhất' });
  });

  it('takes a two-syllable counted noun before a one-syllable one', () => {
    expect(summary('4.154 công trình và hơn 140 đại biểu')).toEqual([
      { text: '4.154 công trình', value: 4154, unit: 'công trình', qualifier: '' },
      { text: 'hơn 140 đại biểu', value: 140, unit: 'đại biểu', qualifier: 'hơn' },
    ]);
  });

  it('reads percentages, currencies and symbols', () => {
    expect(summary('tăng 15%, 15 phần trăm, 2,5 triệu USD, 300 đô la Mỹ, 500đ, 5km, 35°C, 110 m2').map((m) => [m.value, m.unit])).toEqual([
      [15, '%'],
      [15, '%'],
      [2500000, 'USD'],
      [300, 'USD'],
      [500, 'đồng'],
      [5, 'km'],
      [35, '°C'],
      [110, 'm2'],
    ]);
  });

  it('keeps a per-unit denominator', () => {
    expect(summary('giá 250.000 đồng/kg, chạy 60 km/h').map((m) => m.unit)).toEqual(['đồng/kg', 'km/h']);
  });

  it('reads ranges, giving the first bound the scale of the second', () => {
    expect(summary('từ 10 đến 20 tỷ đồng')).toEqual([
      { text: 'từ 10 đến 20 tỷ đồng', value: 10000000000, unit: 'đồng', qualifier: '', to: 20000000000 },
    ]);
    expect(summary('tăng 5-7%')[0]).toMatchObject({ value: 5, to: 7, unit: '%' });
    expect(summary('giai đoạn 2015 – 2020')).toEqual([{ text: '2015 – 2020', value: 2015, unit: '', qualifier: '', to: 2020 }]);
  });

  it('skips dates, years after a calendar word, codes and times', () => {
    expect(extractNumbers('Ngày 27/7/2020, lúc 7h30 (7:30), năm 2019, tháng 7, năm học 2019-2020')).toEqual([]);
    expect(extractNumbers('Nghị quyết 6b/NQ-BCH, Chỉ thị 03/CT-TLĐ, U23, COVID-19, 27-7-2020')).toEqual([]);
    expect(extractNumbers('từ năm 2015 đến năm 2020')).toEqual([]);
  });

  it('skips ordinals and identifiers but not "tổng số"', () => {
    expect(summary('lần thứ 3, Điều 5, quận 1, số 15, tổng số 140 người')).toEqual([
      { text: '140 người', value: 140, unit: 'người', qualifier: '' },
    ]);
  });

  it('skips phone numbers, scores and list markers', () => {
    expect(extractNumbers('gọi 0912 345 678, (028) 3823 4567 hoặc 0912.345.678')).toEqual([]);
    expect(extractNumbers('thắng 2-1')).toEqual([]);
    expect(extractNumbers('1. Mở đầu\n2. Kết luận')).toEqual([]);
  });

  it('does not read "tỷ lệ" or "tỷ phú" as a scale', () => {
    expect(summary('3 tỷ phú, tỷ lệ 5%').map((m) => [m.value, m.unit])).toEqual([
      [3, 'tỷ phú'],
      [5, '%'],
    ]);
  });

  it('does not take a function word as the unit', () => {
    expect(summary('tăng 5 so với')[0].unit).toBe('');
  });

  it('finds every quantity of the seed article', () => {
    const mentions = extractNumbers(normalizeText(fs.readFileSync(SEED, 'utf8')));
    const expected: Pick<NumberMention, 'text' | 'value' | 'unit' | 'qualifier'>[] = [
      { text: '4.154 công trình', value: 4154, unit: 'công trình', qualifier: '' },
      { text: 'trên 10.400 tỷ đồng', value: 10400000000000, unit: 'đồng', qualifier: 'trên' },
      { text: '19.738 sáng kiến', value: 19738, unit: 'sáng kiến', qualifier: '' },
      { text: 'trên 16 tỷ đồng', value: 16000000000, unit: 'đồng', qualifier: 'trên' },
      { text: '349 đề tài', value: 349, unit: 'đề tài', qualifier: '' },
      { text: '47 dự án', value: 47, unit: 'dự án', qualifier: '' },
      { text: 'trên 176 tỷ đồng', value: 176000000000, unit: 'đồng', qualifier: 'trên' },
      { text: 'trên 130.400 lượt', value: 130400, unit: 'lượt', qualifier: 'trên' },
      { text: 'trên 96.700 lượt', value: 96700, unit: 'lượt', qualifier: 'trên' },
      { text: 'hơn 140 đại biểu', value: 140, unit: 'đại biểu', qualifier: 'hơn' },
      { text: 'trên 100.000 đoàn viên', value: 100000, unit: 'đoàn viên', qualifier: 'trên' },
    ];
    for (const mention of expected) expect(mentions).toContainEqual(mention);
    // The dateline, the document codes and the year of the award are not quantities.
    const values = mentions.map((m) => m.value);
    for (const notQuantity of [27, 6, 3, 2019]) expect(values).not.toContain(notQuantity);
    expect(mentions).toContainEqual({ text: '2015-2020', value: 2015, unit: '', qualifier: '', to: 2020 });
  });
});

describe('parseQuantityQuery', () => {
  it.each([
    ['10400 tỷ', 10400000000000, ''],
    ['10.400 tỷ đồng', 10400000000000, 'đồng'],
    ['1.500.000', 1500000, ''],
    ['1,5 triệu', 1500000, ''],
    ['1500000 đồng', 1500000, 'đồng'],
  ])('reads %p', (query, value, unit) => {
    expect(parseQuantityQuery(query)).toMatchObject({ value, unit });
  });

  it('lists the forms articles write the value in', () => {
    expect(parseQuantityQuery('1500000')?.textVariants.slice(0, 2)).toEqual(['1.500.000', '1,5 triệu']);
    expect(parseQuantityQuery('10400 tỷ')?.textVariants.slice(0, 2)).toEqual(['10.400 tỷ', '10,4 nghìn tỷ']);
    expect(parseQuantityQuery('50 ngàn')?.textVariants).toEqual(['50.000', '50 nghìn', '50 ngàn']);
  });

  it('returns null when the query has no quantity', () => {
    expect(parseQuantityQuery('thi đua yêu nước')).toBeNull();
    expect(parseQuantityQuery('năm 2019')).toBeNull();
  });
});
