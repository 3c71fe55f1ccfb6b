/** Articles, suggestions, entities, export, health and the UI, against a real engine. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { createLogger } from '../../src/logger';
import type { ArticleResponse, EntitiesResponse, HealthResponse, SuggestResponse } from '../../src/types';
import { apiOver, dropIndex, testDocument, type TestApi } from './api-helpers';

const docs = [
  testDocument({
    id: 'emulation-1',
    title: 'Phát động phong trào thi đua trong công nhân',
    body: 'Ông Lê Văn Phước, Phó Chủ tịch UBND tỉnh, phát biểu. Lê Văn Phước nhấn mạnh phong trào "Giỏi việc nước, đảm việc nhà".',
    people: ['Lê Văn Phước'],
    roles: ['Lê Văn Phước: Phó Chủ tịch UBND tỉnh'],
    movements: ['Giỏi việc nước, đảm việc nhà'],
    places: ['An Giang'],
    documents: ['Chỉ thị 03/CT-TLĐ'],
    publishedAt: '2020-07-27',
    author: 'Công Mạo',
  }),
  testDocument({
    id: 'emulation-2',
    title: 'Tổng kết phong trào phụ nữ giỏi việc nước',
    body: 'Phong trào "Giỏi việc nước, đảm việc nhà" có thêm 120 gương điển hình; ông Lê Văn Phú dự.',
    people: ['Lê Văn Phú'],
    movements: ['Giỏi việc nước, đảm việc nhà'],
    places: ['Đồng Tháp'],
    publishedAt: '2020-03-08',
  }),
  testDocument({ id: 'formula', title: '=HYPERLINK("http://x") tiêu đề, có "ngoặc"', body: 'Nội dung về thi đua.', publishedAt: '2019-01-01' }),
];

let api: TestApi;
beforeAll(async () => {
  api = await apiOver(docs);
});
afterAll(async () => {
  await dropIndex(api);
});

describe('GET /api/articles/:id', () => {
  test('returns the whole article with entities and numbers, without index bookkeeping', async () => {
    const res = await request(api.app).get('/api/articles/emulation-1').expect(200);
    const article = res.body as ArticleResponse;
    expect(article).toMatchObject({ id: 'emulation-1', author: 'Công Mạo', people: ['Lê Văn Phước'], documents: ['Chỉ thị 03/CT-TLĐ'], year: 2020 });
    expect(article.body).toContain('Giỏi việc nước');
    expect(article.peopleDetails).toEqual([{ name: 'Lê Văn Phước', roles: ['Phó Chủ tịch UBND tỉnh'], mentions: 2 }]);
    for (const key of ['exact', 'hash', 'origin', 'roles']) expect(article).not.toHaveProperty(key);
  });

  test('an unknown or impossible id is a JSON 404', async () => {
    for (const id of ['nope', 'a"b', encodeURIComponent('x" OR id != "y')]) {
      const res = await request(api.app).get(`/api/articles/${id}`).expect(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });
});

describe('GET /api/suggest', () => {
  test('completes a person name with accents restored', async () => {
    const res = await request(api.app).get('/api/suggest').query({ q: 'le van ph' }).expect(200);
    const { suggestions } = res.body as SuggestResponse;
    expect(suggestions).toEqual(expect.arrayContaining([{ text: 'Lê Văn Phước', type: 'person', count: 1 }, { text: 'Lê Văn Phú', type: 'person', count: 1 }]));
  });

  test('completes a movement, most frequent first', async () => {
    const res = await request(api.app).get('/api/suggest').query({ q: 'gioi viec' }).expect(200);
    expect((res.body as SuggestResponse).suggestions[0]).toEqual({ text: 'Giỏi việc nước, đảm việc nhà', type: 'movement', count: 2 });
  });

  test('an empty query suggests nothing', async () => {
    expect((await request(api.app).get('/api/suggest').expect(200)).body).toEqual({ suggestions: [] });
  });
});

describe('GET /api/entities', () => {
  test('lists an entity type with article counts, most frequent first', async () => {
    const res = await request(api.app).get('/api/entities').query({ type: 'movement' }).expect(200);
    expect(res.body as EntitiesResponse).toEqual({ type: 'movement', entities: [{ value: 'Giỏi việc nước, đảm việc nhà', count: 2 }] });
  });

  test('filters the list by a folded prefix', async () => {
    const res = await request(api.app).get('/api/entities').query({ type: 'place', q: 'dong' }).expect(200);
    expect((res.body as EntitiesResponse).entities).toEqual([{ value: 'Đồng Tháp', count: 1 }]);
  });

  test('an unknown type is a 400 naming the parameter', async () => {
    const res = await request(api.app).get('/api/entities').query({ type: 'planet' }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_parameter', message: expect.stringContaining('type') });
  });
});

describe('GET /api/export', () => {
  test('CSV opens in a spreadsheet: UTF-8 BOM, header, quoted cells, no formulas', async () => {
    const res = await request(api.app).get('/api/export').query({ q: 'thi đua' }).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('title,publishedAt,source,author,url,snippet');
    expect(text).toContain('Phát động phong trào thi đua trong công nhân');
    expect(text).toContain(`"'=HYPERLINK(""http://x"") tiêu đề, có ""ngoặc"""`);
    expect(text).not.toContain('<mark>');
  });

  test('JSON export carries plain-text snippets', async () => {
    const res = await request(api.app).get('/api/export').query({ q: 'thi đua', format: 'json', person: 'Lê Văn Phước' }).expect(200);
    expect(res.body.results).toHaveLength(1);
    expect(res.body.results[0]).toMatchObject({ title: 'Phát động phong trào thi đua trong công nhân', publishedAt: '2020-07-27', author: 'Công Mạo' });
    expect(res.body.results[0].snippet).not.toMatch(/[<>\uE000\uE001]/);
  });

  test('refuses more than 1,000 rows and unknown formats', async () => {
    expect((await request(api.app).get('/api/export').query({ limit: '1001' }).expect(400)).body.error.message).toContain('limit');
    expect((await request(api.app).get('/api/export').query({ format: 'xlsx' }).expect(400)).body.error.message).toContain('format');
  });
});

describe('health and readiness', () => {
  test('/health reports the engine and the article count', async () => {
    const res = await request(api.app).get('/health').expect(200);
    expect(res.body as HealthResponse).toMatchObject({ status: 'ok', engine: { status: 'available', mode: 'external' }, articles: 3 });
    expect(typeof res.body.version).toBe('string');
  });

  test('/ready answers 200 when searches can be answered', async () => {
    expect((await request(api.app).get('/ready').expect(200)).body).toEqual({ status: 'ready' });
  });
});

describe('the UI', () => {
  test('serves static files and falls back to index.html outside /api', async () => {
    const uiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-ui-'));
    fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>ui</title>');
    fs.writeFileSync(path.join(uiDir, 'app.js'), 'console.log(1)');
    const app = createApp({ config: api.config, engine: api.engine, logger: createLogger('silent', 'test'), uiDir });
    expect((await request(app).get('/').expect(200)).text).toContain('<title>ui</title>');
    expect((await request(app).get('/app.js').expect(200)).text).toBe('console.log(1)');
    expect((await request(app).get('/search/anything').expect(200)).text).toContain('<title>ui</title>');
    expect((await request(app).get('/api/nothing-here').expect(404)).body.error.code).toBe('not_found');
    fs.rmSync(uiDir, { recursive: true, force: true });
  });
});
