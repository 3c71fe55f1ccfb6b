/**
 * The API's engine transport against a stand-in HTTP server: what the real engine does only by
 * chance (closing a kept-alive connection as it is reused) is made to happen every time.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEngineHttpClient } from '../../src/search/engine-http';

/** A server that answers `{"n": k}` for its k-th request, and drops a reused connection when `dropReused` says so. */
async function server(dropReused: (k: number) => boolean): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let count = 0;
  const seen = new WeakSet<object>();
  const srv = http.createServer((req, res) => {
    count++;
    const reused = seen.has(req.socket);
    seen.add(req.socket);
    if (reused && dropReused(count)) {
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ n: count }));
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/search`,
    requests: () => count,
    close: () => new Promise((resolve) => srv.close(() => resolve())),
  };
}

const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };

test('a kept-alive connection dropped as it is reused is retried once on a new one', async () => {
  const s = await server(() => true);
  const send = createEngineHttpClient();
  try {
    expect(await send(s.url, post)).toEqual({ n: 1 });
    // The second request goes out on the first one's connection, which the server drops.
    expect(await send(s.url, post)).toEqual({ n: 3 });
    expect(s.requests()).toBe(3);
  } finally {
    await s.close();
  }
});

test('a connection dropped on a fresh connection is an error, not retried', async () => {
  const seen: number[] = [];
  const srv = http.createServer((req) => {
    seen.push(1);
    req.socket.destroy();
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/search`;
  try {
    await expect(createEngineHttpClient()(url, post)).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(seen).toHaveLength(1);
  } finally {
    await new Promise((resolve) => srv.close(() => resolve(undefined)));
  }
});
