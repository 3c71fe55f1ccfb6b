/** HTML pages in-process (jest transforms linkedom's ESM dependencies): content, metadata, no chrome. */
import fs from 'node:fs';
import path from 'node:path';
import { parseHtmlPage } from '../../indexer/sources/html-page';
import type { RawArticle } from '../../src/types';

const page = path.resolve(__dirname, '../fixtures/indexer/page-with-chrome.html');

test('a news page yields the article with its metadata and none of the menus, share bars or counters', () => {
  const article = parseHtmlPage(fs.readFileSync(page, 'utf8'), page) as RawArticle;
  expect(article.title).toBe('Cầu tre làng Phú Mỹ được thay bằng cầu bê tông');
  expect(article.body).toContain('850 triệu đồng');
  expect(article.body).toContain('Ông Trần Văn Lộc, Chủ tịch UBND xã Phú Mỹ');
  expect(article.date).toMatch(/^2021-03-14/);
  expect(article.url).toMatch(/^https:\/\/bao-thu-nghiem\.example\/xa-hoi\/cau-tre-phu-my\.html/);
  const everything = JSON.stringify(article);
  for (const chrome of ['Trang chủ', 'Chia sẻ Facebook', 'Tin đọc nhiều', 'Giá vàng hôm nay', 'Số lượt truy cập', 'Liên hệ quảng cáo']) {
    expect(everything).not.toContain(chrome);
  }
});
