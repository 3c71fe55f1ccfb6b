/**
 * What a reader does with the search page, in a real Chromium against the real API with the
 * demo articles: type, pick a suggestion, filter, open an article, follow an entity, export,
 * share a link, use a phone. Each scenario leaves a screenshot in tests/artifacts/.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { PHONE, launchBrowser, saveScreenshot, watchForeignRequests, type TestBrowser } from './support/browser';
import { startUiServer, type UiServer } from './support/server';

const PERSON = 'Lê Văn Phước';
const UNACCENTED = 'le van phuoc';

let server: UiServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startUiServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Uncaught exceptions in the page during the current test (there must be none). */
let pageErrors: string[] = [];
afterEach(() => {
  const errors = pageErrors;
  pageErrors = [];
  expect(errors).toEqual([]);
});

/** Opens a fresh page on the server (a path with its query string). */
async function open(path = '/', viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await browser.newPage(viewport);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}${path}`);
  return page;
}

/** The query string of the page's URL, decoded. */
function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Waits until results are on screen and no search is in flight. */
async function resultsShown(page: Page): Promise<void> {
  await page.locator('.hits .hit').first().waitFor();
  await page.locator('section.results[aria-busy="false"]').waitFor();
}

const hitTitles = (page: Page) => page.locator('.hit__title');

test('an unaccented query, typed into the box "/" focuses, finds the accented articles', async () => {
  const page = await open('/');
  const foreign = watchForeignRequests(page, server.url);
  const box = page.getByRole('combobox', { name: 'Từ khoá tìm kiếm' });
  await box.waitFor();
  await page.keyboard.press('/');
  await expect(box.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
  await page.keyboard.type(UNACCENTED, { delay: 40 });
  await resultsShown(page);

  expect(params(page).get('q')).toBe(UNACCENTED);
  await expect(page.getByRole('status').textContent()).resolves.toMatch(/Tìm thấy [\d.]+ bài trong [\d.]+ ms/);
  const firstHit = page.locator('.hit').first();
  await expect(firstHit.textContent()).resolves.toContain(PERSON);
  // The snippet marks the matched words in their accented form.
  const marked = await page.locator('.hit__snippet mark').allTextContents();
  expect(marked.join(' ')).toMatch(/Lê|Văn|Phước/);
  // Dates are Vietnamese: dd/mm/yyyy.
  await expect(page.locator('.hit time').first().textContent()).resolves.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  expect(foreign).toEqual([]);
  await saveScreenshot(page, 'unaccented-query');

  // One history entry for the whole typed query, not one per keystroke.
  await page.goBack();
  await page.getByRole('heading', { name: 'Tìm trong kho lưu trữ báo chí' }).waitFor();
  await expect(box.inputValue()).resolves.toBe('');
});

test('an unaccented query is offered its accented form ("Có phải bạn muốn tìm …")', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}`);
  await resultsShown(page);
  const didYouMean = page.getByText('Có phải bạn muốn tìm');
  await expect(didYouMean.textContent()).resolves.toContain(PERSON);
  const link = didYouMean.getByRole('link', { name: PERSON, exact: true });
  expect(new URL((await link.getAttribute('href')) ?? '', page.url()).searchParams.get('q')).toBe(PERSON);
});

test('typing is debounced and a newer query cancels the request still in flight', async () => {
  const page = await open('/');
  // Hold the first search back, as a slow network would, so the next keystrokes overtake it.
  let held = true;
  await page.route('**/api/search?*', async (route) => {
    if (held) {
      held = false;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.continue().catch(() => undefined); // the page may have cancelled it meanwhile
  });
  const sent: string[] = [];
  const cancelled: string[] = [];
  page.on('request', (r) => r.url().includes('/api/search') && sent.push(new URL(r.url()).searchParams.get('q') ?? ''));
  page.on('requestfailed', (r) => r.url().includes('/api/search') && cancelled.push(new URL(r.url()).searchParams.get('q') ?? ''));

  const box = page.getByRole('combobox', { name: 'Từ khoá tìm kiếm' });
  await box.click();
  await page.keyboard.type('le van', { delay: 30 });
  await page.waitForRequest((r) => r.url().includes('/api/search'));
  await page.keyboard.type(' phuoc', { delay: 30 });
  await resultsShown(page);

  expect(cancelled).toEqual(['le van']);
  expect(sent[sent.length - 1]).toBe(UNACCENTED);
  // Debounced: a request per pause, not per keystroke (12 keystrokes here).
  expect(sent.length).toBeLessThanOrEqual(4);
  expect(params(page).get('q')).toBe(UNACCENTED);
  await expect(page.locator('.hit').first().textContent()).resolves.toContain(PERSON);
});

test('a suggestion shows accents restored and its type, and is picked with the keyboard', async () => {
  const page = await open('/');
  const box = page.getByRole('combobox', { name: 'Từ khoá tìm kiếm' });
  await box.click();
  await page.keyboard.type('le van ph', { delay: 40 });
  const listbox = page.getByRole('listbox', { name: 'Gợi ý' });
  const option = listbox.getByRole('option').filter({ hasText: PERSON }).first();
  await option.waitFor();
  await expect(option.textContent()).resolves.toContain('Nhân vật');
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
  await saveScreenshot(page, 'suggestions');

  // Esc closes the list; ArrowDown reopens it; arrows move to the person; Enter picks it.
  await page.keyboard.press('Escape');
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
  await page.keyboard.press('ArrowDown');
  await option.waitFor();
  const texts = await listbox.getByRole('option').allTextContents();
  const index = texts.findIndex((text) => text.includes(PERSON));
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
  await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await option.getAttribute('id'));
  await page.keyboard.press('Enter');

  await resultsShown(page);
  expect(params(page).getAll('person')).toEqual([PERSON]);
  await page.getByRole('button', { name: `Bỏ bộ lọc Nhân vật: ${PERSON}` }).waitFor();
  const hits = await page.locator('.hit').count();
  expect(hits).toBeGreaterThan(0);
  await expect(page.locator('.hit').filter({ hasNotText: PERSON }).count()).resolves.toBe(0);
  await saveScreenshot(page, 'suggestion-picked');
});

test('filtering by a person (chip) and by a year (facet) narrows the results, and chips remove filters', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}`);
  await resultsShown(page);
  const totalBefore = await totalShown(page);

  await page.locator('.hit .chip--person', { hasText: PERSON }).first().click();
  await resultsShown(page);
  expect(params(page).getAll('person')).toEqual([PERSON]);
  await expect(page.getByRole('checkbox', { name: new RegExp(`^${PERSON}`) }).isChecked()).resolves.toBe(true);

  const years = page.getByRole('region', { name: 'Năm', exact: true });
  const firstYear = years.getByRole('checkbox').first();
  const year = (await years.locator('.facet__value').first().textContent()) ?? '';
  expect(year).toMatch(/^\d{4}$/);
  await firstYear.check();
  await page.waitForURL((url) => url.searchParams.get('year') === year);
  await resultsShown(page);
  const dates = await page.locator('.hit time').allTextContents();
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(date.endsWith(`/${year}`)).toBe(true);
  expect(await totalShown(page)).toBeLessThanOrEqual(totalBefore);
  await page.getByRole('button', { name: `Bỏ bộ lọc Năm: ${year}` }).waitFor();
  await saveScreenshot(page, 'filtered-person-year');

  await page.getByRole('button', { name: `Bỏ bộ lọc Năm: ${year}` }).click();
  await page.waitForURL((url) => !url.searchParams.has('year'));
  expect(params(page).getAll('person')).toEqual([PERSON]);
});

test('the date range and the number filter (unit, range, scale) narrow the results', async () => {
  const page = await open(`/?q=${encodeURIComponent('an giang')}`);
  await resultsShown(page);
  const dates = page.getByRole('form', { name: 'Khoảng thời gian' });
  await dates.getByLabel('Từ ngày').fill('2022-01-01');
  await dates.getByLabel('Đến ngày').fill('2022-12-31');
  await dates.getByRole('button', { name: 'Áp dụng' }).click();
  await page.waitForURL((url) => url.searchParams.get('from') === '2022-01-01' && url.searchParams.get('to') === '2022-12-31');
  await resultsShown(page);
  for (const date of await page.locator('.hit time').allTextContents()) expect(date.endsWith('/2022')).toBe(true);
  await page.getByRole('button', { name: 'Bỏ bộ lọc Ngày: từ 01/01/2022 đến 31/12/2022' }).waitFor();

  // "từ 10000 đến 11000 tỷ đồng" finds the article about 10.400 tỷ đồng of investment.
  const numbers = page.getByRole('form', { name: 'Số liệu' });
  await numbers.getByLabel('Đơn vị').fill('đồng');
  await numbers.getByLabel('Từ', { exact: true }).fill('10000');
  await numbers.getByLabel('Đến', { exact: true }).fill('11000');
  await numbers.getByLabel('Bậc').selectOption({ label: 'tỷ' });
  await numbers.getByRole('button', { name: 'Áp dụng' }).click();
  await page.waitForURL((url) => url.searchParams.get('min') === '10000000000000' && url.searchParams.get('max') === '11000000000000');
  expect(params(page).get('unit')).toBe('đồng');
  await page.getByRole('button', { name: 'Bỏ bộ lọc Số liệu: từ 10.000 đến 11.000 tỷ đồng' }).waitFor();
  await resultsShown(page);
  await expect(hitTitles(page).allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('10.400 tỷ đồng')]));
  await saveScreenshot(page, 'date-and-number-filters');
});

test('an article shows its full text with the searched words marked, its entities and numbers', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}`);
  await resultsShown(page);
  const title = ((await hitTitles(page).first().textContent()) ?? '').trim();
  await hitTitles(page).first().getByRole('link').click();

  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  expect(((await heading.textContent()) ?? '').trim()).toBe(title);
  expect(params(page).get('article')).toBeTruthy();
  expect(params(page).get('q')).toBe(UNACCENTED);
  // Focus moves to the title, so a screen reader announces the new page.
  await expect(heading.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
  const marks = await page.locator('.article__text mark, h1 mark').allTextContents();
  expect(marks.some((text) => text.includes('Phước'))).toBe(true);
  await page.getByRole('link', { name: PERSON, exact: true }).waitFor();
  await expect(page.getByRole('link', { name: /^https?:\/\// }).count()).resolves.toBe(1);
  const numbers = page.getByRole('table');
  await expect(numbers.getByRole('columnheader').allTextContents()).resolves.toEqual(['Nguyên văn', 'Giá trị', 'Đơn vị']);
  await expect(numbers.getByRole('row').count()).resolves.toBeGreaterThan(1);
  await saveScreenshot(page, 'article');

  await page.goBack();
  await resultsShown(page);
  expect(params(page).has('article')).toBe(false);
});

test('an entity link of an article opens the filtered search, and its page shows count, timeline and latest articles', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}`);
  await resultsShown(page);
  await hitTitles(page).first().getByRole('link').click();
  await page.getByRole('heading', { level: 1 }).waitFor();

  await page.getByRole('link', { name: PERSON, exact: true }).click();
  await resultsShown(page);
  expect(params(page).getAll('person')).toEqual([PERSON]);
  expect(params(page).has('article')).toBe(false);
  const total = await totalShown(page);
  await saveScreenshot(page, 'entity-link-search');

  await page.goBack();
  await page.getByRole('link', { name: `Trang tổng hợp về ${PERSON}` }).click();
  await page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
  expect(params(page).get('entityType')).toBe('person');
  await expect(page.locator('.entity__count strong').textContent()).resolves.toBe(formatCount(total));
  const timeline = page.getByRole('heading', { name: 'Theo năm' });
  await timeline.waitFor();
  const years = await page.locator('.timeline__year').allTextContents();
  expect(years.length).toBeGreaterThan(0);
  expect([...years].sort()).toEqual(years);
  // Consecutive years: a year without articles is shown as 0, not left out.
  expect(years.map(Number)).toEqual(years.map((_, i) => Number(years[0]) + i));
  await expect(page.locator('.latest li').count()).resolves.toBeGreaterThan(0);
  await saveScreenshot(page, 'entity-page');
});

test('the current results export as CSV (a download) and as JSON through /api/export', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}&person=${encodeURIComponent(PERSON)}`);
  await resultsShown(page);
  const csvLink = page.getByRole('link', { name: 'CSV' });
  const href = (await csvLink.getAttribute('href')) ?? '';
  const exportParams = new URL(href, server.url).searchParams;
  expect(exportParams.get('q')).toBe(UNACCENTED);
  expect(exportParams.getAll('person')).toEqual([PERSON]);
  expect(exportParams.get('format')).toBe('csv');

  const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const firstTitle = ((await hitTitles(page).first().textContent()) ?? '').trim();
  expect(csv).toContain(firstTitle.slice(0, 20));

  const jsonHref = (await page.getByRole('link', { name: 'JSON' }).getAttribute('href')) ?? '';
  const response = await page.request.get(new URL(jsonHref, server.url).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/json/);
  expect(JSON.stringify(await response.json())).toContain(PERSON);
  await saveScreenshot(page, 'export');
});

test('a deep link reproduces the view, survives a reload, and back/forward move through views', async () => {
  const link = `/?q=${encodeURIComponent(UNACCENTED)}&person=${encodeURIComponent(PERSON)}&sort=oldest`;
  const page = await open(link);
  await resultsShown(page);
  const check = async (): Promise<void> => {
    await expect(page.getByRole('combobox', { name: 'Từ khoá tìm kiếm' }).inputValue()).resolves.toBe(UNACCENTED);
    await page.getByRole('button', { name: `Bỏ bộ lọc Nhân vật: ${PERSON}` }).waitFor();
    await expect(page.getByLabel('Sắp xếp').inputValue()).resolves.toBe('oldest');
  };
  await check();

  await page.reload();
  await resultsShown(page);
  await check();
  await saveScreenshot(page, 'deep-link-reloaded');

  await page.getByLabel('Sắp xếp').selectOption('newest');
  await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'oldest');
  await check();
  await page.goForward();
  await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
  await expect(page.getByLabel('Sắp xếp').inputValue()).resolves.toBe('newest');
});

test('"Cũ nhất" lists the oldest articles first, "Mới nhất" the newest first', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}&sort=oldest`);
  await resultsShown(page);
  const dates = () => page.locator('.hit time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  const oldestFirst = await dates();
  expect(oldestFirst.length).toBeGreaterThan(1);
  expect(oldestFirst).toEqual([...oldestFirst].sort());

  await page.getByLabel('Sắp xếp').selectOption('newest');
  await page.waitForURL((url) => url.searchParams.get('sort') === 'newest');
  // The URL changes before the new search is sent: wait (up to 5 s) for the list to change, not for the old one.
  for (let tries = 0; tries < 100 && (await dates()).join() === oldestFirst.join(); tries++) await page.waitForTimeout(50);
  await resultsShown(page);
  const newestFirst = await dates();
  expect(newestFirst).toEqual([...newestFirst].sort().reverse());
  await saveScreenshot(page, 'sorted-newest');
});

test('a query with nothing to find says so and suggests what to try', async () => {
  const page = await open(`/?q=zzqxw+khongcogi&person=${encodeURIComponent(PERSON)}`);
  const notice = page.locator('[data-state="no-results"]');
  await notice.waitFor();
  await expect(notice.textContent()).resolves.toContain('bỏ bớt bộ lọc');
  await saveScreenshot(page, 'no-results');
  await notice.getByRole('link', { name: 'tìm lại không dùng bộ lọc' }).click();
  await page.waitForURL((url) => !url.searchParams.has('person'));
  expect(params(page).get('q')).toBe('zzqxw khongcogi');
});

test('on a phone the layout is one column and the filters open in a drawer', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}`, PHONE);
  await resultsShown(page);
  await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(PHONE.width);
  const filters = page.locator('#filters');
  await expect(filters.isVisible()).resolves.toBe(false);
  await saveScreenshot(page, 'phone-results');

  const toggle = page.getByRole('button', { name: /^Bộ lọc/ });
  await toggle.click();
  const drawer = page.getByRole('dialog', { name: 'Bộ lọc' });
  await drawer.waitFor();
  await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
  await drawer.getByRole('checkbox', { name: new RegExp(`^${PERSON}`) }).check();
  await page.waitForURL((url) => url.searchParams.getAll('person').includes(PERSON));
  await saveScreenshot(page, 'phone-filters-drawer');
  await page.keyboard.press('Escape');
  await expect(filters.isVisible()).resolves.toBe(false);
  await expect(toggle.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
  await expect(toggle.textContent()).resolves.toBe('Bộ lọc (1)');

  // Escape still closes it when focus has left the drawer (a re-rendered list can take it along).
  await toggle.click();
  await drawer.waitFor();
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  await page.keyboard.press('Escape');
  await expect(filters.isVisible()).resolves.toBe(false);
  await expect(toggle.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
});

/** The total in "Tìm thấy N bài …". */
async function totalShown(page: Page): Promise<number> {
  const text = (await page.getByRole('status').textContent()) ?? '';
  const match = /Tìm thấy ([\d.]+) bài/.exec(text);
  if (!match) throw new Error(`e2e: no total in "${text}"`);
  return Number(match[1].replace(/\./g, ''));
}

/** A count as the page writes it (Vietnamese thousands separator). */
function formatCount(n: number): string {
  return new Intl.NumberFormat('vi-VN').format(n);
}

test('landmarks, labels and the keyboard: every control is named and reachable', async () => {
  const page = await open(`/?q=${encodeURIComponent(UNACCENTED)}`);
  await resultsShown(page);
  for (const role of ['banner', 'search', 'main', 'contentinfo', 'complementary'] as const) {
    await expect(page.getByRole(role).count()).resolves.toBe(1);
  }
  const unnamed = await page.evaluate(
    `[...document.querySelectorAll('input, select, button, a[href]')]
      .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && !el.textContent.trim())
      .map((el) => el.outerHTML)`,
  );
  expect(unnamed).toEqual([]);
  // Text contrast at least 4.5:1 (WCAG AA) for every kind of text on the results page.
  const lowContrast = await page.evaluate(CONTRAST_SCRIPT);
  expect(lowContrast).toEqual([]);
  // The first Tab reaches the skip link, which leads to the main content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.evaluate('document.activeElement.id')).resolves.toBe('main');
  await saveScreenshot(page, 'keyboard-skip-link');
});

/**
 * Runs in the page: the elements with their own text whose contrast with the background
 * behind them is under 4.5:1, as "selector-ish: ratio".
 */
const CONTRAST_SCRIPT = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('.visually-hidden') || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    const [a, b] = [lum(rgb(style.color)), lum(background(el))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) bad.push(el.tagName.toLowerCase() + '.' + el.className + ': ' + ratio.toFixed(2));
  }
  return bad;
})()`;

