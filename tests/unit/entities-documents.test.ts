import { extractDocuments } from '../../src/analysis/entities';

describe('extractDocuments', () => {
  it('normalises document references to type + code', () => {
    const text =
      'Căn cứ Nghị định số 15/2023/NĐ-CP, Thông tư 22/2021/TT-BGDĐT và quyết định số 1234/QĐ-UBND, theo công văn 12/UBND-KT và Kế hoạch 45/KH-UBND, thực hiện Nghị quyết 26-NQ/TW.';
    expect(extractDocuments(text)).toEqual([
      'Nghị định 15/2023/NĐ-CP',
      'Thông tư 22/2021/TT-BGDĐT',
      'Quyết định 1234/QĐ-UBND',
      'Công văn 12/UBND-KT',
      'Kế hoạch 45/KH-UBND',
      'Nghị quyết 26-NQ/TW',
    ]);
  });

  it('accepts a year-only code and dedupes', () => {
    expect(extractDocuments('Theo Nghị định 100/2019, và Nghị định số 100/2019 nói trên.')).toEqual(['Nghị định 100/2019']);
  });

  it('finds named laws and not lawyers or dates', () => {
    expect(extractDocuments('Luật Đất đai năm 2013 đã quy định rõ; luật sư cho biết ngày 12/5 sẽ xử.')).toEqual(['Luật Đất đai 2013']);
    expect(extractDocuments('Theo Luật Hôn nhân và Gia đình, việc này không được phép.')).toEqual(['Luật Hôn nhân và Gia đình']);
  });

  it('does not take article numbers, dates or scores', () => {
    expect(extractDocuments('Theo Điều 165, khoản 3, ngày 15/6/2017, tỷ số 2/1.')).toEqual([]);
  });
});
