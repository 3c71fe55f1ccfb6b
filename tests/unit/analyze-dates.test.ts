import { findDateline, inferYear, parseDateParts, toIsoDate } from '../../src/analysis/dates';

describe('dates', () => {
  it('reads datelines with and without a year', () => {
    expect(parseDateParts('Ngày 27/7')).toEqual({ day: 27, month: 7 });
    expect(toIsoDate('ngày 27/7/2020')).toBe('2020-07-27');
    expect(toIsoDate('27-7-2020')).toBe('2020-07-27');
    expect(toIsoDate('Hà Nội, ngày 5 tháng 3 năm 2021')).toBe('2021-03-05');
    expect(toIsoDate('Ngày 27/7', 2019)).toBe('2019-07-27');
  });

  it('passes ISO dates through and rejects impossible ones', () => {
    expect(toIsoDate('2017-05-27T10:00:23+07:00')).toBe('2017-05-27T10:00:23+07:00');
    expect(toIsoDate('31/2/2020')).toBe('');
    expect(toIsoDate('Ngày 27/7')).toBe('');
    expect(toIsoDate('không có ngày')).toBe('');
  });

  it('finds the dateline at the start of a lead, after a source tag or a place', () => {
    expect(findDateline('(TTXVN) - Hà Nội, ngày 5/3, Bộ Y tế họp.')).toEqual({ day: 5, month: 3 });
    expect(findDateline('Ngày 12 tháng 8 năm 2019, hội nghị khai mạc.')).toEqual({ day: 12, month: 8, year: 2019 });
    expect(findDateline('Hội nghị có 30 đại biểu ngày 5/3.')).toBeNull();
  });

  it('infers the year from reviewed periods, not from targets', () => {
    expect(inferYear('Tổng kết giai đoạn 2016-2021, năm 2020 đạt kết quả tốt; mục tiêu đến năm 2030 tăng gấp đôi.')).toBe(2021);
    expect(inferYear('Từ năm 2012 đến năm 2018, huyện xây 40 cây cầu.')).toBe(2018);
    expect(inferYear('Không có năm nào.')).toBeNull();
  });
});
