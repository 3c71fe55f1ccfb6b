/**
 * A stand-in for the engine, for the search benchmark's idle control: it answers each engine
 * request the API will send with the reply the real engine gave to it (recorded once at start),
 * doing no search work. With `delay` on it holds each reply, sleeping, as long as the engine took
 * to compute it, so that the processes around it wait and idle as they do behind the real engine.
 * The API's overhead against the two versions splits what its own work costs from what a process
 * pays on this machine for waking up after a wait.
 *
 * Started with fork(); receives {url, searchKey, delay, requests: [{path, body}]} over IPC (the
 * request bodies are too long for an environment variable), records, then prints "port <n>";
 * exits when its parent does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './read-body';

export interface StandInSpec {
  url: string;
  searchKey: string;
  /** Hold each reply as long as the engine took to compute it. */
  delay: boolean;
  requests: { path: string; body: string }[];
}

interface Recorded {
  reply: Buffer;
  /** The engine's time for this request at recording, ms. */
  engineMs: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });


/** The engine's reply to one request and how long it took (the best of three: the engine's own time, not a hiccup). */
async function record(spec: StandInSpec, request: { path: string; body: string }): Promise<Recorded> {
  const engine = new URL(spec.url);
  const headers = { authorization: `Bearer ${spec.searchKey}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(request.body) };
  let best: Recorded | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    const reply = await new Promise<Buffer>((resolve, reject) => {
      const req = http.request({ host: engine.hostname, port: engine.port, path: request.path, method: 'POST', headers, agent }, (res) => {
        readBody(res).then((bytes) => ((res.statusCode ?? 0) < 300 ? resolve(bytes) : reject(new Error(`stand-in: the engine answered ${res.statusCode}`))), reject);
      });
      req.on('error', reject);
      req.end(request.body);
    });
    const engineMs = performance.now() - started;
    if (best === null || engineMs < best.engineMs) best = { reply, engineMs };
  }
  return best as Recorded;
}

async function start(spec: StandInSpec): Promise<void> {
  const replies = new Map<string, Recorded>();
  for (const request of spec.requests) replies.set(`${request.path}\n${request.body}`, await record(spec, request));
  agent.destroy();
  const server = http.createServer((req, res) => {
    readBody(req).then((body) => {
      const recorded = replies.get(`${req.url}\n${body.toString('utf8')}`);
      if (!recorded) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"stand-in: request not recorded","code":"not_recorded"}');
        return;
      }
      const answer = (): void => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': recorded.reply.length }).end(recorded.reply);
      };
      if (spec.delay) setTimeout(answer, recorded.engineMs);
      else answer();
    }, () => res.writeHead(400).end());
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`));
}

process.once('message', (spec: StandInSpec) => {
  start(spec).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
});
process.on('disconnect', () => process.exit(0));
