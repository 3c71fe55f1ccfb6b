/** When the search engine is down, the page says so in words and offers to retry. */
import { launchBrowser, saveScreenshot, type TestBrowser } from './support/browser';
import { startUiServer, type UiServer } from './support/server';

let server: UiServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startUiServer({ deadEngine: true });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('an unavailable engine shows what happened and a retry button, not a blank page', async () => {
  const { page } = await browser.newPage();
  await page.goto(`${server.url}/?q=le+van+phuoc`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  await expect(alert.getAttribute('data-error-code')).resolves.toBe('engine_unavailable');
  await expect(alert.getByRole('heading').textContent()).resolves.toBe('Máy tìm kiếm tạm thời không hoạt động');
  await saveScreenshot(page, 'engine-down');

  // Retrying asks the API again (and still explains the failure).
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().includes('/api/search')),
    alert.getByRole('button', { name: 'Thử lại' }).click(),
  ]);
  expect(new URL(request.url()).searchParams.get('q')).toBe('le van phuoc');
  await page.getByRole('alert').waitFor();
  // The search box still works: the reader can keep typing.
  await expect(page.getByRole('combobox', { name: 'Từ khoá tìm kiếm' }).isEditable()).resolves.toBe(true);
});
