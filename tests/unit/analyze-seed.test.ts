import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze';
import { parseTextPage } from '../../indexer/sources/text-page';
import type { AnalyzedArticle } from '../../src/types';

const SEED = path.resolve(__dirname, '../../../shared/corpus/seed/an-giang-thi-dua.txt');

describe('analyzeArticle on the seed page (../shared/corpus/README.md)', () => {
  let a: AnalyzedArticle;
  beforeAll(() => {
    a = analyzeArticle(parseTextPage(fs.readFileSync(SEED, 'utf8'), SEED));
  });

  it('has the title, author, source and inferred date', () => {
    expect(a.title).toBe('Phong trào thi đua phải gắn với nhiệm vụ chuyên môn của từng cơ quan, đơn vị');
    expect(a.author).toBe('Công Mạo');
    expect(a.source).toBe('TUAG');
    expect(a.publishedAt).toBe('2020-07-27');
  });

  it('finds exactly the two people with their roles', () => {
    expect(a.people.map((p) => [p.name, p.roles])).toEqual([
      ['Lê Văn Phước', ['Phó Chủ tịch UBND tỉnh An Giang']],
      ['Nguyễn Thiện Phú', ['Chủ tịch Liên đoàn Lao động tỉnh An Giang']],
    ]);
    expect(a.people[0].mentions).toBe(5);
  });

  it('finds exactly the six movements and the two documents', () => {
    expect([...a.movements].sort()).toEqual(
      [
        'Lao động giỏi, lao động sáng tạo',
        'Giỏi việc nước, đảm việc nhà',
        'Giỏi việc nước, chia sẻ việc nhà',
        'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
        'Chung sức xây dựng nông thôn mới',
        'Người tốt, việc tốt',
      ].sort(),
    );
    expect(a.documents).toEqual(['Nghị quyết 6b/NQ-BCH', 'Chỉ thị 03/CT-TLĐ']);
  });

  it('lists the README numbers among the numbers', () => {
    const texts = a.numbers.map((n) => n.text);
    for (const expected of [
      '4.154 công trình', 'trên 10.400 tỷ đồng', '19.738 sáng kiến', 'trên 16 tỷ đồng', '349 đề tài', '47 dự án',
      'trên 176 tỷ đồng', 'trên 130.400 lượt', 'trên 96.700 lượt', 'hơn 140 đại biểu', 'trên 100.000 đoàn viên',
    ]) {
      expect(texts).toContain(expected);
    }
  });

  it('finds the province and its organisations, and no chrome anywhere', () => {
    expect(a.places).toContain('An Giang');
    expect(a.organizations).toEqual(expect.arrayContaining(['Liên đoàn Lao động tỉnh An Giang', 'UBND tỉnh An Giang']));
    const all = JSON.stringify(a);
    for (const chrome of ['Truy cập hiện tại', 'online', 'Tiến tới đại hội đảng', 'Dua-nghi-quyet', 'Giải phóng miền Nam', 'Số lần xem', '22559137']) {
      expect(all).not.toContain(chrome);
    }
    expect(a.people.map((p) => p.name)).not.toContain('Giỏi');
  });
});
