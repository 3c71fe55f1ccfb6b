/**
 * The HTTP transport of the API's engine client: node:http over a keep-alive agent, plugged
 * into meilisearch-js as its `httpClient`. Why not the global fetch: measured against
 * Meilisearch 1.21 on loopback, fetch stalls ~40 ms on most responses over a few tens of KB
 * (a search page with its hits' texts and facets is 50–200 KB), while node:http on the same connection
 * answers in 3–4 ms; the agent keeps connections open and caps them per engine.
 */
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from './meili';

/** Connections kept open to the engine; enough for the API's concurrency on a small server. */
const MAX_SOCKETS = 64;

/**
 * meilisearch-js's `httpClient`: (url, init) → the parsed JSON body, or throws. `parse` reads a
 * successful reply's body (default: UTF-8 JSON; the search path reads it as bytes, utf8-bytes.ts).
 */
export type EngineHttpClient = (input: Parameters<typeof fetch>[0], init?: RequestInit, parse?: (body: Buffer) => unknown) => Promise<unknown>;

function parseUtf8Json(body: Buffer): unknown {
  return body.length === 0 ? undefined : JSON.parse(body.toString('utf8'));
}

function headersOf(init: RequestInit | undefined, body: string | undefined): http.OutgoingHttpHeaders {
  const source = init?.headers;
  // A plain record (the search path's) is copied as is; a Headers or a list of pairs (meilisearch-js) is read.
  const plain = source !== undefined && !Array.isArray(source) && typeof (source as Headers).entries !== 'function';
  const headers: http.OutgoingHttpHeaders = plain ? { ...(source as Record<string, string>) } : Object.fromEntries(new Headers(source).entries());
  if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
  return headers;
}

/** A keep-alive client for one engine; requests honour init.signal (meilisearch-js's timeout). */
export function createEngineHttpClient(): EngineHttpClient {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
  };
  return (input, init, parse = parseUtf8Json) =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const body = typeof init?.body === 'string' ? init.body : undefined;
      const signal = init?.signal ?? undefined;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const transport = url.protocol === 'https:' ? https : http;
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
      send(true);

      /** One try; `mayRetry`: a kept-alive connection the engine closed as it was reused gets one more, on a new connection. */
      function send(mayRetry: boolean): void {
        const req = transport.request(url, { method: init?.method ?? 'GET', headers: headersOf(init, body), agent }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            signal?.removeEventListener('abort', onAbort);
            const body = Buffer.concat(chunks);
            const status = res.statusCode ?? 0;
            const ok = status >= 200 && status < 300;
            let parsed: unknown;
            try {
              parsed = ok ? parse(body) : parseUtf8Json(body);
            } catch (err) {
              reject(err);
              return;
            }
            if (ok) {
              resolve(parsed);
              return;
            }
            // The same error meilisearch-js raises for an engine refusal (its code read by toEngineError).
            const response = new Response(body.toString('utf8'), { status, statusText: res.statusMessage ?? '' });
            reject(new MeilisearchApiError(response, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]));
          });
        });
        const onAbort = (): void => {
          req.destroy();
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        req.on('error', (err: NodeJS.ErrnoException) => {
          signal?.removeEventListener('abort', onAbort);
          // The engine closes a connection idle past its keep-alive; reused at that moment, the
          // request fails before the engine read it (Node's documented race): the API only reads, so
          // sending it again is safe.
          if (mayRetry && req.reusedSocket && err.code === 'ECONNRESET' && !signal?.aborted) {
            send(false);
            return;
          }
          reject(err);
        });
        req.end(body);
      }
    });
}
