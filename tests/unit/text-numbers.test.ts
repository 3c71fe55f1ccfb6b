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
      { text: 'từ 10 đến 20 tỷ đồng', value: 10000000000, unit: 'đồng', qualifier: 'từ', to: 20000000000 },
    ]);
    expect(summary('tăng 5-7%')[0]).toMatchObject({ value: 5, to: 7, unit: '%' });
    expect(summary('từ 3-5 triệu đồng')[0]).toMatchObject({ value: 3000000, to: 5000000, unit: 'đồng', qualifier: 'từ' });
  });

  it('skips bare years and year ranges, which are dates, not quantities', () => {
    expect(extractNumbers('giai đoạn 2015 – 2020, từ 2010 đến 2012, Tết Đinh Dậu 2017, (1985), SN 1954')).toEqual([]);
    expect(extractNumbers('năm 1989 và 1990, những năm cuối 80, đầu 90')).toEqual([]);
    expect(extractNumbers('APEC 2017 diễn ra, World Cup 2018 khu vực châu Âu')).toEqual([]);
    // A year-like number with a unit or written with a thousands dot is an amount.
    expect(summary('xây 2000 căn hộ, 1.990 người').map((m) => [m.value, m.unit])).toEqual([
      [2000, 'căn hộ'],
      [1990, 'người'],
    ]);
  });

  it('skips parts of names, house numbers and day.month dates', () => {
    expect(extractNumbers('iPhone 7 và Maroon 5, Thủy điện Trà Linh 1, địa chỉ: 19 Hồ Văn Huê, từ 1.6')).toEqual([]);
    expect(summary('Có 3 món quà').map((m) => m.value)).toEqual([3]);
  });

  it('skips draw results and sequences of bare numbers', () => {
    expect(extractNumbers('các kỳ quay số mở thưởng: 76, 83 và 85. Dãy số: 01 – 05 – 07 – 16 – 19 - 44.')).toEqual([]);
    expect(extractNumbers('trúng giải kỳ quay 85 với giá trị')).toEqual([]);
    expect(summary('5, 10 và 15 người').map((m) => m.value)).toContain(15);
  });

  it('skips list items opened after a sentence end or a colon', () => {
    expect(extractNumbers('đối với 05 bị can, gồm: 1. Trần Văn A, nguyên Giám đốc. 2. Lê Văn B.')).toEqual([
      { text: '05 bị can', value: 5, unit: 'bị can', qualifier: '' },
    ]);
  });

  it('reads heights, ages after "tuổi", currency codes, acronyms and hyphenated nouns', () => {
    expect(summary('chiều cao 1m65, qua đời ở tuổi 68, thưởng 1,2 triệu HKD, hơn 77.000 CBCNVC, 300 hat-trick')).toEqual([
      { text: '1m65', value: 1.65, unit: 'm', qualifier: '' },
      { text: 'tuổi 68', value: 68, unit: 'tuổi', qualifier: '' },
      { text: '1,2 triệu HKD', value: 1200000, unit: 'HKD', qualifier: '' },
      { text: 'hơn 77.000 CBCNVC', value: 77000, unit: 'CBCNVC', qualifier: 'hơn' },
      { text: '300 hat-trick', value: 300, unit: 'hat-trick', qualifier: '' },
    ]);
  });

  it('reads an amount after a calendar or label word when a scale or a measure follows', () => {
    expect(summary('điện lượng bình quân năm 1.755,16 triệu kWh/năm')).toEqual([
      { text: '1.755,16 triệu kWh/năm', value: 1755160000, unit: 'kWh/năm', qualifier: '' },
    ]);
    expect(summary('thời gian làm bài 120 phút').map((m) => [m.value, m.unit])).toEqual([[120, 'phút']]);
    expect(summary('Năm 20 tuổi, cô').map((m) => [m.value, m.unit])).toEqual([[20, 'tuổi']]);
    expect(extractNumbers('lúc 8 giờ, vào khoảng 15 giờ ngày 3/6')).toEqual([]);
    expect(summary('2 trong số 20 trận').map((m) => [m.value, m.unit])).toEqual([
      [2, ''],
      [20, 'trận'],
    ]);
  });

  it('records "từ", "gấp" and "quá" but not "tới"/"đến" after a verb', () => {
    expect(summary('gấp 10 lần, không ghi quá 2 bàn, ít nhất từ 3 cơ sở').map((m) => m.qualifier)).toEqual(['gấp', 'quá', 'ít nhất']);
    expect(summary('đạt tới 153,77 USD, ghi tới 10 bàn thắng').map((m) => m.qualifier)).toEqual(['', '']);
    expect(summary('trẻ từ 24 tháng đến 5 tuổi').map((m) => [m.value, m.qualifier])).toEqual([
      [24, 'từ'],
      [5, 'đến'],
    ]);
  });

  it('does not take a verb or half a compound as the unit', () => {
    expect(summary('có 3 may mắn').map((m) => m.unit)).toEqual(['']);
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

  it('reads spans, gearboxes and configurations that look like labels', () => {
    expect(summary('trong vòng 60 ngày, hộp số 6 cấp, cấu hình 6 lõi').map((m) => [m.value, m.unit])).toEqual([
      [60, 'ngày'],
      [6, 'cấp'],
      [6, 'lõi'],
    ]);
  });

  it('skips steps, phases, junctions, zones, residential groups and documents cited by number', () => {
    expect(
      extractNumbers('Bước 1: tháo kính. Giai đoạn 2 là cầu. Đến ngã 3 giao nhau ở khu vực 1 phối hợp với tổ dân phố 4 theo Thông tư 17 của Bộ.'),
    ).toEqual([]);
  });

  it('reads a counted noun after a step, phase or junction word', () => {
    expect(summary('trong giai đoạn 5 năm qua, anh bị ngã 2 lần').map((m) => [m.value, m.unit])).toEqual([
      [5, 'năm'],
      [2, 'lần'],
    ]);
  });

  it('skips lunar dates and days written with "tháng"', () => {
    expect(extractNumbers('Lễ diễn ra từ mồng 7 đến tối 7/2 (11 tháng giêng), tức ngày 3 tháng 2.')).toEqual([]);
    expect(summary('kéo dài 3 tháng')[0]).toMatchObject({ value: 3, unit: 'tháng' });
    expect(summary('sau 3 tháng 10 ngày')[0]).toMatchObject({ value: 3, unit: 'tháng' });
  });

  it('skips the minutes and day word of a clock time', () => {
    expect(extractNumbers('khoảng 16 giờ 30 ngày 30.6, lúc 1 giờ 30 phút ngày 8-2; đến 14 giờ cùng ngày')).toEqual([]);
    expect(summary('trong vòng 30 phút')[0]).toMatchObject({ value: 30, unit: 'phút' });
  });

  it('skips licence plates and "1 số" meaning "some"', () => {
    expect(extractNumbers('xe máy biển số 54Z3 – 3067 và 18L1 – 196.21 cuốn bay 1 số sạp')).toEqual([]);
  });

  it('skips a year after a model code', () => {
    expect(extractNumbers('Mazda CX-9 2017 bản thể thao')).toEqual([]);
    expect(summary('có 2017 bản sao')[0]).toMatchObject({ value: 2017, unit: 'bản' });
  });

  it('reads thousands grouped with spaces before a currency only', () => {
    expect(summary('giá 10 000 đồng/kg')).toEqual([{ text: '10 000 đồng/kg', value: 10000, unit: 'đồng/kg', qualifier: '' }]);
    expect(summary('lớp 3 000 học sinh').map((m) => m.value)).toEqual([0]);
  });

  it('skips a bare pair of small numbers going up, a score, but keeps a range with a unit', () => {
    expect(extractNumbers('Đội khách thua 0-2, rồi thắng 2 - 3.')).toEqual([]);
    expect(summary('trẻ 0-5 tuổi')[0]).toMatchObject({ value: 0, to: 5, unit: 'tuổi' });
  });

  it('skips a scheme cited by its number', () => {
    expect(extractNumbers('Đề án 125 của Chính phủ')).toEqual([]);
  });

  it('reads a litre sign glued to a decimal written with a dot', () => {
    expect(summary('động cơ 2.5L')[0]).toMatchObject({ value: 2.5, unit: 'l' });
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
    // The award period "2015-2020" is a year range: a date, not a quantity (annotation policy).
    expect(values).not.toContain(2015);
  });
});

describe('extractNumbers on age groups, addresses, matches and lists of months (dev6 round)', () => {
  it('skips a number glued to an abbreviation and a stop ("U.19", "Q.12")', () => {
    expect(extractNumbers('vô địch giải U.19 châu Âu, tạm trú Q.12, TP.HCM, sang Q.7 đòi nợ')).toEqual([]);
  });

  it('skips a match or a branch by its number, but reads a count of matches', () => {
    expect(extractNumbers('Trận 3: U20 Việt Nam gặp U20 Honduras. Bệnh viện Ung bướu (cơ sở 2) đã mở.')).toEqual([]);
    expect(summary('sau 3 trận đấu ở Đức').map((m) => [m.value, m.unit])).toEqual([[3, 'trận đấu']]);
  });

  it('skips the last month of a list of months followed by its year, not a number of years', () => {
    expect(extractNumbers('sẽ thực hiện vào tháng 8 và 10 năm nay')).toEqual([]);
    expect(summary('Đã 10 năm nay, bà sống một mình.').map((m) => [m.value, m.unit])).toEqual([[10, 'năm']]);
    expect(summary('Ông mua xe vào năm 1992, 5 năm sau khi vào làm.').map((m) => [m.value, m.unit])).toEqual([[5, 'năm']]);
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

describe('extractNumbers on sizes, levels, clock minutes and percent ranges (dev7/dev8 round)', () => {
  it('skips the sides of a size or a resolution, not a single measure', () => {
    expect(extractNumbers('Máy có kích thước 150,1 x 72,4 x 8,1mm, màn hình 1080 x 1920 pixel.')).toEqual([]);
    expect(summary('Máy có màn hình 5,5 inch.').map((m) => [m.value, m.unit])).toEqual([[5.5, 'inch']]);
  });

  it('skips a level after "cấp" with no unit, not an amount granted', () => {
    expect(extractNumbers('Gió mạnh cấp 6, nhà cấp 4 bị tốc mái.')).toEqual([]);
    expect(summary('Tỉnh cấp 300 suất học bổng.').map((m) => [m.value, m.unit])).toEqual([[300, 'suất']]);
  });

  it('skips hospitals, show rounds and residential blocks by number', () => {
    expect(extractNumbers('Ông được đưa vào viện 108 điều trị. Liveshow 3 có chủ đề mới. Nhà ở khối 7 thị trấn.')).toEqual([]);
  });

  it('skips the minutes of a clock time written "8h 15 phút", not a duration', () => {
    expect(extractNumbers('Xe đến lúc 8h 15 phút.')).toEqual([]);
    expect(summary('Xe chạy mất 15 phút.').map((m) => [m.value, m.unit])).toEqual([[15, 'phút']]);
  });

  it('skips a day.month date after a day word or before "dương lịch", not a decimal with its unit', () => {
    expect(extractNumbers('Ngày mai 6.7 trời mưa to. Hôm nay (tức 9.8 dương lịch) là ngày tốt.')).toEqual([]);
    expect(summary('Động cơ đạt 11.6 mã lực.').map((m) => [m.value, m.unit])).toEqual([[11.6, 'mã lực']]);
  });

  it('reads a range whose bounds both carry a percent sign', () => {
    expect(summary('Lãi suất tăng khoảng 10%-15%.')).toEqual([{ text: 'khoảng 10%-15%', value: 10, unit: '%', qualifier: 'khoảng', to: 15 }]);
  });

  it('drops a verb read as a unit after a scale word, and reads rates and currencies', () => {
    expect(summary('Ông vay 20 tỷ xây nhà.').map((m) => [m.value, m.unit])).toEqual([[20e9, '']]);
    expect(summary('Cổng đạt 6Gbps, màn hình 294ppi, giá 550 triệu Shekel.').map((m) => [m.value, m.unit])).toEqual([
      [6, 'Gbps'],
      [294, 'ppi'],
      [550e6, 'shekel'],
    ]);
    expect(extractNumbers('Hai chiếc SU- 30 bay gần.')).toEqual([]);
  });
});

describe('extractNumbers on counted people and sea miles (dev7/dev8 round)', () => {
  it('reads "diễn viên", "nghệ sĩ" and "hải lý" as units, and grams glued to the number', () => {
    expect(summary('Có 2 diễn viên và 30 nghệ sĩ, tàu cách bờ 12 hải lý, mua 400gam tôm.').map((m) => [m.value, m.unit])).toEqual([
      [2, 'diễn viên'],
      [30, 'nghệ sĩ'],
      [12, 'hải lý'],
      [400, 'gam'],
    ]);
  });
});

describe('extractNumbers on month.year dates (dev8 round)', () => {
  it('skips a month.year date and the day written before it with a stray space', () => {
    expect(extractNumbers('Hội đồng họp vào thứ Hai, 20. 3.2017, và báo cáo vào 4.2017.')).toEqual([]);
    expect(summary('Tỷ lệ đạt 2,2017 lần.').map((m) => m.value)).toEqual([2.2017]);
  });
});

describe('extractNumbers on minute marks (fresh-corpus round)', () => {
  it('skips the minute marks of goals, straight or curly', () => {
    expect(summary("Ghi bàn: Nguyễn Văn An 18', Trần Bình (90'+2), Lê Cường (36’).")).toEqual([]);
  });

  it('still reads a number inside a single-quoted phrase', () => {
    expect(summary("Đội bóng 'mua 3 cầu thủ' trong mùa hè.")).toEqual([{ text: '3 cầu thủ', value: 3, unit: 'cầu thủ', qualifier: '' }]);
    expect(summary('Anh gọi đó là ‘5 phút’ quý giá.')).toEqual([{ text: '5 phút', value: 5, unit: 'phút', qualifier: '' }]);
    expect(summary('Top ‘10’ của năm.').map((m) => m.value)).toEqual([10]);
  });
});

describe('extractNumbers on hours of the day written as a range (fresh-corpus round)', () => {
  it('skips "từ 10-18 giờ", an afternoon-ending span of the day', () => {
    expect(summary('Nắng nóng trên 35 độ C từ 10-18 giờ.').map((m) => m.text)).toEqual(['trên 35 độ']);
  });

  it('keeps durations written as a range', () => {
    expect(summary('Trẻ cần ngủ từ 6-8 giờ mỗi ngày.')).toEqual([{ text: 'từ 6-8 giờ', value: 6, unit: 'giờ', qualifier: 'từ', to: 8 }]);
  });
});

describe('extractNumbers on hours of the day (dev9/dev10 round)', () => {
  it('skips an hour opening a sentence before a comma, after "đúng" or "lúc", or with bare minutes', () => {
    const text = 'Hơn 14 giờ, ông An lên sân thượng. Đúng 9 giờ hội nghị khai mạc. Từ 7 giờ 15, đoàn vào viếng. '
      + 'Bà cho biết vào lúc khoảng 8 giờ trời mưa. Khoảng từ 7 giờ đến 9 giờ sáng, xe chạy chậm.';
    expect(summary(text)).toEqual([]);
  });

  it('keeps durations in hours', () => {
    expect(summary('Sau 3 giờ, đám cháy được dập tắt. Ca mổ kéo dài 4 giờ 48 phút.').map((m) => [m.value, m.unit])).toEqual([
      [3, 'giờ'],
      [4, 'giờ'],
      [48, 'phút'],
    ]);
  });
});

describe('extractNumbers on model numbers (dev9/dev10 round)', () => {
  it('skips a model number everywhere once it follows a name', () => {
    expect(summary('Siêu xe Ferrari 488 GTB về nước. Chiếc 488 GTB này có 2 cửa.')).toEqual([{ text: '2 cửa', value: 2, unit: 'cửa', qualifier: '' }]);
    expect(summary('Nokia 3310 là điện thoại cơ bản, khách mua Nokia 3310 nhiều.')).toEqual([]);
  });

  it('keeps the same digits when a counted noun follows', () => {
    expect(summary('Máy Nokia 3310 bán được 3310 chiếc.').map((m) => [m.value, m.unit])).toEqual([[3310, 'chiếc']]);
  });
});

describe('extractNumbers on words after a number that are no units (dev9/dev10 round)', () => {
  it('reads no unit from verbs and from nouns opening a verb', () => {
    expect(summary('Bệnh viện 115 cấp cứu 3 người, cả 2 chia tay sau đó.').map((m) => [m.value, m.unit])).toEqual([
      [3, 'người'],
      [2, ''],
    ]);
    expect(summary('Đồ đôi 1 cách trùng hợp.')).toEqual([]);
  });

  it('reads stars, victories and engine sizes as units, and counts after "triệu tập"', () => {
    expect(summary('Khách sạn 5 sao, đội giành 2 thắng lợi, xe có động cơ 125 phân khối, HLV triệu tập 4 tiền đạo.').map((m) => [m.value, m.unit])).toEqual([
      [5, 'sao'],
      [2, 'thắng lợi'],
      [125, 'phân khối'],
      [4, 'tiền'],
    ]);
  });

  it('does not read an abbreviated place name as a unit', () => {
    expect(summary('Bệnh viện Nhi đồng 2 TP.HCM nhận 40 bệnh nhân.').map((m) => [m.value, m.unit])).toEqual([[40, 'bệnh nhân']]);
  });
});

describe('extractNumbers on ranges whose bounds repeat the unit (dev9/dev10 round)', () => {
  it('reads "Từ 10 người đến 50 người" and "45 m đến 46 m" as one range each', () => {
    expect(summary('Từ 10 người đến 50 người được giảm giá; mực nước ở 45 m đến 46 m.')).toEqual([
      { text: 'Từ 10 người đến 50 người', value: 10, unit: 'người', qualifier: 'từ', to: 50 },
      { text: '45 m đến 46 m', value: 45, unit: 'm', qualifier: '', to: 46 },
    ]);
  });

  it('keeps two mentions when the units differ or the second bound does not go up', () => {
    expect(summary('Có 10 người đến 5 xe.').map((m) => [m.value, m.unit])).toEqual([[10, 'người'], [5, 'xe']]);
    expect(summary('Giá 50 đồng đến 40 đồng.').map((m) => [m.value, m.unit, m.to])).toEqual([[50, 'đồng', undefined], [40, 'đồng', undefined]]);
  });
});

describe('extractNumbers on quoted titles written again without quotes (dev9/dev10 round)', () => {
  it('skips the figure of a quoted title wherever the title recurs', () => {
    expect(summary('Anh đóng phim "Nhà số 18". Cảnh trong Nhà số 18 được quay tại 3 tỉnh.').map((m) => [m.value, m.unit])).toEqual([[3, 'tỉnh']]);
  });
});

describe('extractNumbers on a figure dated by "năm" and a year (dev9/dev10 round)', () => {
  it('reads no unit "năm" between a figure of a thousand or more and a year', () => {
    expect(summary('Số lao động tăng từ con số 21.000 năm 2010 lên 30.000 người.').map((m) => [m.value, m.unit])).toEqual([
      [21000, ''],
      [30000, 'người'],
    ]);
  });

  it('keeps "năm" as the unit of a span of years', () => {
    expect(summary('Kế hoạch 5 năm 2016-2020 đã xong.').map((m) => [m.value, m.unit])).toEqual([[5, 'năm']]);
  });
});

describe('extractNumbers on an area whose superscript lost to a space (dev9/dev10 round)', () => {
  it('reads "34m 2" as 34 m2, not 34 m and a stray 2', () => {
    expect(summary('Căn hộ 34m 2 được thiết kế gọn.')).toEqual([{ text: '34m 2', value: 34, unit: 'm2', qualifier: '' }]);
  });

  it('keeps a separate count after a length', () => {
    expect(summary('Cây cao 5m, 2 người trèo lên.').map((m) => [m.value, m.unit])).toEqual([[5, 'm'], [2, 'người']]);
  });
});

describe('extractNumbers on "chỉ" before a figure (dev9/dev10 round)', () => {
  it('records no qualifier for "chỉ", and the bound after it', () => {
    expect(summary('Cửa hàng chỉ có 30 chiếc, giá chỉ từ 259.000 đến 494.000 đồng.').map((m) => [m.text, m.qualifier])).toEqual([
      ['30 chiếc', ''],
      ['từ 259.000 đến 494.000 đồng', 'từ'],
    ]);
  });
});
