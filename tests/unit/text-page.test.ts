import fs from 'node:fs';
import path from 'node:path';
import { parseTextPage } from '../../indexer/sources/text-page';

const SEED = path.resolve(__dirname, '../../../shared/corpus/seed/an-giang-thi-dua.txt');
const CHROME = [
  'Truy cập hiện tại',
  'Đang có 67 khách và không thành viên đang online',
  'Tiến tới đại hội đảng',
  'Dua-nghi-quyet-vao-cuoc-song',
  'Giải phóng miền Nam',
  'Số lần xem các bài viết',
  '22559137',
];

describe('parseTextPage on the seed page', () => {
  const article = parseTextPage(fs.readFileSync(SEED, 'utf8'), SEED);

  it('finds the title, the source tag, the dateline and the author', () => {
    expect(article.title).toBe('Phong trào thi đua phải gắn với nhiệm vụ chuyên môn của từng cơ quan, đơn vị');
    expect(article.source).toBe('TUAG');
    expect(article.author).toBe('Công Mạo');
    expect(article.date).toBe('Ngày 27/7');
    expect(article.origin).toBe(SEED);
  });

  it('takes the first sentence as the lead, without the source tag', () => {
    expect(article.lead).toMatch(/^Ngày 27\/7, Liên đoàn Lao động tỉnh An Giang/);
    expect(article.lead).toMatch(/giai đoạn 2010-2020\.$/);
  });

  it('keeps no page chrome in title, lead or body', () => {
    for (const chrome of CHROME) {
      expect(article.title).not.toContain(chrome);
      expect(article.lead).not.toContain(chrome);
      expect(article.body).not.toContain(chrome);
    }
    expect(article.body).not.toContain('Công Mạo');
  });

  it('separates sentences that ran together', () => {
    expect(article.body).toContain('vinh danh. Phát biểu');
    expect(article.body).not.toMatch(/\p{Ll}\.\p{Lu}/u);
  });
});

describe('parseTextPage on other pages', () => {
  const page = [
    'Trang chủ',
    'Đang có 12 khách đang online',
    'Tin-tuc-moi',
    'Khánh thành cầu mới nối hai huyện ven biển',
    '(BTV) - Sáng 3/9, tỉnh Bến Tre khánh thành cây cầu dài 1,2 km nối hai huyện Ba Tri và Bình Đại, với tổng vốn đầu tư hơn 500 tỷ đồng.Cầu giúp người dân đi lại thuận tiện hơn.',
    'Theo Sở Giao thông vận tải, công trình hoàn thành sớm hai tháng so với kế hoạch, bảo đảm chất lượng và an toàn./.',
    'Minh Khoa',
    'Chia sẻ',
    'Facebook',
    '1234',
  ].join('\n');
  const article = parseTextPage(page, 'page.txt');

  it('applies the same rules to an unseen layout', () => {
    expect(article.title).toBe('Khánh thành cầu mới nối hai huyện ven biển');
    expect(article.source).toBe('BTV');
    expect(article.author).toBe('Minh Khoa');
    expect(article.date).toBe('3/9');
    expect(article.lead).toMatch(/^Sáng 3\/9, tỉnh Bến Tre/);
    expect(article.body).toMatch(/^Cầu giúp người dân/);
    for (const chrome of ['Trang chủ', 'online', 'Tin-tuc-moi', 'Chia sẻ', 'Facebook', '1234']) {
      expect(`${article.title}\n${article.lead}\n${article.body}`).not.toContain(chrome);
    }
  });

  it('returns an empty article for an empty page', () => {
    const empty = parseTextPage('', 'empty.txt');
    expect(empty.title).toBe('');
    expect(empty.body).toBe('');
  });
});
