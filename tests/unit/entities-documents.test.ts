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

  it('reads a code glued to "số"', () => {
    expect(extractDocuments('Theo Nghị định số204/2004/NĐ-CP của Chính phủ.')).toEqual(['Nghị định 204/2004/NĐ-CP']);
  });

  it('cuts a word glued to the code by a lost space, keeping the lower-case letter of "TTg"', () => {
    expect(extractDocuments('Theo Nghị định 12/CPvừa ban hành và Quyết định 5/QĐ-TTg, dự án được duyệt.')).toEqual([
      'Nghị định 12/CP',
      'Quyết định 5/QĐ-TTg',
    ]);
  });

  it('gives every code listed after one type word that type', () => {
    const text = 'Bãi bỏ các Thông tư sau: số 15/2014/TT-BXD; số 11/2009/TT-BXD ngày 16/6/2009 và 05/2010/TT-BXD. Quyết định 12/QĐ-UB.';
    expect(extractDocuments(text)).toEqual([
      'Thông tư 15/2014/TT-BXD',
      'Thông tư 11/2009/TT-BXD',
      'Thông tư 05/2010/TT-BXD',
      'Quyết định 12/QĐ-UB',
    ]);
    // A listed code whose own abbreviation names another type is of that type.
    expect(extractDocuments('Theo kết luận thanh tra số 31/KL-STC và số 32/QĐ-STC của Sở.')).toEqual(['Kết luận 31/KL-STC', 'Quyết định 32/QĐ-STC']);
  });

  it('takes a law only with its code, not by its name', () => {
    expect(extractDocuments('Luật Đất đai năm 2013 và Luật số 45/2013/QH13 đã quy định rõ.')).toEqual(['Luật 45/2013/QH13']);
    expect(extractDocuments('Theo Luật Chất lượng sản phẩm, luật sư cho biết ngày 12/5 sẽ xử.')).toEqual([]);
  });

  it('keeps the issuer of a code whose dash is set off by a space, and closes the gap', () => {
    expect(extractDocuments('Theo Quyết định số 1844/2015/QĐ – NHNN của Ngân hàng Nhà nước, Thông tư số 304/2016/TT- BTC ngày 15/11/2016.')).toEqual([
      'Quyết định 1844/2015/QĐ-NHNN',
      'Thông tư 304/2016/TT-BTC',
    ]);
    // A capitalised word after a spaced dash is the sentence going on, not an issuer.
    expect(extractDocuments('Ban hành Quyết định 15/QĐ - Thanh Hóa chịu trách nhiệm.')).toEqual(['Quyết định 15/QĐ']);
    // A ministry's code of five capitals before the spaced dash ("BGDĐT").
    expect(extractDocuments('Bộ đã ban hành Công văn 512/BGDĐT – GDTH gửi các sở.')).toEqual(['Công văn 512/BGDĐT-GDTH']);
  });

  it('reads a code whose slash has a stray space on one side, and closes it', () => {
    expect(extractDocuments('Theo Nghị định 45 /2016/NĐ-CP và Công văn 208/ BNV-TL của Bộ.')).toEqual(['Nghị định 45/2016/NĐ-CP', 'Công văn 208/BNV-TL']);
    // Spaces on both sides are a fraction or a score, not a code.
    expect(extractDocuments('Báo cáo 3 / 4 tỉnh đã gửi.')).toEqual([]);
  });

  it('takes a law named between its type and "số" when its code is a National Assembly one', () => {
    expect(extractDocuments('Quốc hội ban hành Luật thuế XNK số 107/2016/QH13 và sửa Bộ Luật hình sự số 100/2015/QH13.')).toEqual([
      'Luật 107/2016/QH13',
      'Bộ luật 100/2015/QH13',
    ]);
    // Other codes after a named law are not read as the law's ("quy định tại Nghị định số …" stays a decree).
    expect(extractDocuments('Luật này quy định tại Nghị định số 81/2015/NĐ-CP.')).toEqual(['Nghị định 81/2015/NĐ-CP']);
  });

  it('reads a decision whose purpose stands between its type and "số"', () => {
    expect(extractDocuments('Cơ quan điều tra đã ra quyết định khởi tố bị can số 12/C99-P3 và quyết định truy nã số 7/C99-P3.')).toEqual([
      'Quyết định 12/C99-P3',
      'Quyết định 7/C99-P3',
    ]);
    expect(extractDocuments('Sở có công điện khẩn số 05/CĐ-SYT và Kết luận thanh tra số 88/KL-TTS.')).toEqual(['Công điện 05/CĐ-SYT', 'Kết luận 88/KL-TTS']);
    // A type word among the words before "số" takes the code itself: "pháp luật số …" is a law's.
    expect(extractDocuments('Theo văn bản quy phạm pháp luật số 80/2015/QH13.')).toEqual(['Luật 80/2015/QH13']);
    // More than four words, or no "số": no reference.
    expect(extractDocuments('Quyết định này được ban hành kèm theo phụ lục số 3/PL-A.')).toEqual([]);
  });

  it('does not take article numbers, dates or scores', () => {
    expect(extractDocuments('Theo Điều 165, khoản 3, ngày 15/6/2017, tỷ số 2/1.')).toEqual([]);
  });
});
