/** Escaping, validation, security headers, CORS, rate limit, key handling and the engine-down case. */
import net from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import type { EngineConnection } from '../../src/engine/connect';
import { createLogger } from '../../src/logger';
import type { SearchResponse } from '../../src/types';
import { testEngineUrl } from '../utils/engine';
import { apiOver, dropIndex, testDocument, type TestApi } from './api-helpers';

const tricky = ['Nguyễn "A" Bình', 'back\\slash', 'OR', '"a" = "a"', 'x" OR people = "Trần Văn B'];
const docs = [
  ...tricky.map((name, i) => testDocument({ id: `tricky-${i}`, title: `Bài số ${i}`, body: 'Nội dung thử.', people: [name] })),
  testDocument({ id: 'plain', title: 'Bài thường', body: 'Nội dung thử.', people: ['Trần Văn B'] }),
];

let api: TestApi;
beforeAll(async () => {
  api = await apiOver(docs);
});
afterAll(async () => {
  await dropIndex(api);
});

const ids = (body: SearchResponse): string[] => body.hits.map((h) => h.id).sort();

describe('filter values cannot change the filter', () => {
  test.each(tricky.map((name, i) => [name, i]))('person=%s matches exactly that value', async (name, i) => {
    const res = await request(api.app).get('/api/search').query({ person: name }).expect(200);
    expect(ids(res.body)).toEqual([`tricky-${i}`]);
  });

  test('injection attempts match nothing rather than everything', async () => {
    for (const attack of ['" OR people EXISTS OR people = "', 'a\\" OR id EXISTS OR "', 'Trần Văn B" OR "1" = "1']) {
      const res = await request(api.app).get('/api/search').query({ person: attack, source: attack }).expect(200);
      expect(res.body.total).toBe(0);
    }
  });

  test('filter syntax in the query is only text', async () => {
    const res = await request(api.app).get('/api/search').query({ q: 'OR id = "plain"' }).expect(200);
    expect(res.body.total).toBe(0);
  });
});

describe('400 for bad parameters, naming them', () => {
  test.each([
    [{ q: 'a'.repeat(501) }, 'q'], // over 500 characters
    [{ limit: '101' }, 'limit'],
    [{ limit: '0' }, 'limit'],
    [{ page: 'x' }, 'page'],
    [{ from: '2020-13-01' }, 'from'],
    [{ to: '2020-02-30' }, 'to'],
    [{ from: '27/07/2020' }, 'from'],
    [{ from: '2020-08-01', to: '2020-07-01' }, 'to'],
    [{ year: '20x0' }, 'year'],
    [{ sort: 'random' }, 'sort'],
    [{ min: 'lots' }, 'min'],
    [{ q: ['a', 'b'] }, 'q'],
  ] as [Record<string, string | string[]>, string][])('case %# → 400 naming the parameter', async (query, name) => {
    const res = await request(api.app).get('/api/search').query(query).expect(400);
    expect(res.body).toEqual({ error: { code: 'invalid_parameter', message: expect.stringContaining(`${name}:`) } });
  });

  test('entity lists go up to the 100 values the engine returns per facet, no further', async () => {
    await request(api.app).get('/api/entities').query({ type: 'person', limit: '100' }).expect(200);
    const res = await request(api.app).get('/api/entities').query({ type: 'person', limit: '101' }).expect(400);
    expect(res.body.error.message).toContain('limit:');
  });

  test('a 500-character query is accepted', async () => {
    await request(api.app).get('/api/search').query({ q: 'a '.repeat(250) }).expect(200);
  });
});

describe('HTTP hardening', () => {
  test('security headers, no x-powered-by, no CORS unless configured', async () => {
    const res = await request(api.app).get('/api/search').set('Origin', 'https://evil.example').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('CORS answers only the configured origin', async () => {
    const config = { ...api.config, corsOrigins: ['https://news.example'] };
    const app = createApp({ config, engine: api.engine, logger: createLogger('silent', 'test') });
    const allowed = await request(app).get('/api/search').set('Origin', 'https://news.example').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://news.example');
    const other = await request(app).get('/api/search').set('Origin', 'https://evil.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('a client over the per-minute limit gets 429 JSON', async () => {
    const config = { ...api.config, rateLimitPerMinute: 2 };
    const app = createApp({ config, engine: api.engine, logger: createLogger('silent', 'test') });
    await request(app).get('/api/suggest').expect(200);
    await request(app).get('/api/suggest').expect(200);
    const res = await request(app).get('/api/suggest').expect(429);
    expect(res.body.error.code).toBe('rate_limited');
    // Clients are told the limit and when to retry (IETF RateLimit headers).
    expect(res.headers['ratelimit-policy']).toBe('2;w=60');
    expect(res.headers.ratelimit).toMatch(/^limit=2, remaining=0, reset=\d+$/);
  });

  test('an oversized URL or body is refused', async () => {
    await request(api.app).get('/api/search').query({ q: 'a', person: 'x'.repeat(9000) }).expect(414);
    const res = await request(api.app).post('/api/search').set('Content-Type', 'application/json').send(JSON.stringify({ q: 'x'.repeat(20000) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('bad_request');
  });

  test('every request is logged as one structured line (pino JSON), keys never included', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const app = createApp({ config: api.config, engine: api.engine, logger: pino({ level: 'info' }, sink) });
    await request(app).get('/api/search').query({ q: 'nội dung' }).expect(200);
    await request(app).get('/api/search').query({ limit: '500' }).expect(400);
    const entries = lines.map((line) => JSON.parse(line) as { msg: string; req: { id: number; method: string; url: string }; res: { statusCode: number }; responseTime: number });
    expect(entries.map((e) => [e.msg, e.req.method, e.req.url, e.res.statusCode])).toEqual([
      ['request completed', 'GET', `/api/search?q=${encodeURIComponent('nội dung')}`, 200],
      ['request completed', 'GET', '/api/search?limit=500', 400],
    ]);
    expect(entries[0].req.id).not.toBe(entries[1].req.id);
    for (const e of entries) expect(e.responseTime).toBeGreaterThanOrEqual(0);
    expect(lines.join('\n')).not.toContain(api.engine.searchKey);
  });

  test('the engine keys never reach a response', async () => {
    const bodies = await Promise.all(['/health', '/ready', '/api/search?q=a', '/api/suggest?q=a', '/api/articles/none'].map((p) => request(api.app).get(p)));
    for (const res of bodies) {
      expect(res.text).not.toContain(api.engine.searchKey);
      if (api.engine.adminKey) expect(res.text).not.toContain(api.engine.adminKey);
    }
  });
});

/** A TCP relay in front of the engine that can be cut and restored, to play engine down/up. */
async function relayTo(target: string): Promise<{ url: string; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let listenPort = 0;
  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(port), hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = (): void => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
      server.listen(listenPort, '127.0.0.1', () => {
        listenPort = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  const cut = async (): Promise<void> => {
    for (const s of sockets) s.destroy();
    sockets.clear();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = null;
  };
  await listen();
  return { url: `http://127.0.0.1:${listenPort}`, cut, restore: listen, close: cut };
}

describe('engine down', () => {
  test('a dead engine: /health degraded 503, /api 503 engine_unavailable within 2 s', async () => {
    const dead: EngineConnection = { mode: 'external', url: 'http://127.0.0.1:1', adminKey: '', searchKey: 'none', owned: false, close: async () => {} };
    const app = createApp({ config: api.config, engine: dead, logger: createLogger('silent', 'test') });
    const health = await request(app).get('/health').expect(503);
    expect(health.body).toMatchObject({ status: 'degraded', engine: { status: 'unavailable' } });
    for (const path of ['/api/search?q=a', '/api/suggest?q=a', '/api/entities?type=person', '/api/articles/x', '/api/export', '/ready']) {
      const started = Date.now();
      const res = await request(app).get(path).expect(503);
      expect(res.body.error.code).toBe('engine_unavailable');
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  test('an engine that stops answering gives 503 within the timeout and the API recovers when it returns', async () => {
    const relay = await relayTo(testEngineUrl());
    const engine: EngineConnection = { ...api.engine, url: relay.url };
    const app = createApp({ config: { ...api.config, engineTimeoutMs: 1000 }, engine, logger: createLogger('silent', 'test') });
    await request(app).get('/api/search').query({ q: 'bài' }).expect(200);
    await relay.cut();
    const started = Date.now();
    expect((await request(app).get('/api/search').query({ q: 'bài' }).expect(503)).body.error.code).toBe('engine_unavailable');
    expect(Date.now() - started).toBeLessThan(2000);
    await relay.restore();
    await request(app).get('/api/search').query({ q: 'bài' }).expect(200);
    await relay.close();
  });

  test('a slow engine (accepts, never answers) gives 503 within ENGINE_TIMEOUT_MS', async () => {
    const held: net.Socket[] = [];
    const silent = net.createServer((s) => held.push(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    const engine: EngineConnection = { ...api.engine, url };
    const app = createApp({ config: { ...api.config, engineTimeoutMs: 500 }, engine, logger: createLogger('silent', 'test') });
    const started = Date.now();
    expect((await request(app).get('/api/search').query({ q: 'a' }).expect(503)).body.error.code).toBe('engine_unavailable');
    expect(Date.now() - started).toBeLessThan(2000);
    for (const s of held) s.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
