/**
 * The floor of any API in front of the engine, for the search benchmark: a process that relays
 * a request to the engine and its reply back, with no work of its own (no parsing, planning or
 * shaping). POST /relay?path=<engine path> with the engine request's JSON body. The bench times it
 * beside the API: relay − engine is what one more HTTP hop in Node costs on this machine, API −
 * relay what the API's own work adds. Reads {url, searchKey} from BENCH_RELAY (JSON), prints
 * "port <n>" when listening, exits when its parent does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './read-body';

const spec = JSON.parse(process.env.BENCH_RELAY ?? '{}') as { url: string; searchKey: string };
const engine = new URL(spec.url);
// The same transport as the API's (src/search/engine-http.ts): node:http over a keep-alive agent.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });


const server = http.createServer((req, res) => {
  void (async () => {
    const path = new URL(req.url ?? '/', 'http://relay').searchParams.get('path') ?? '/';
    const body = await readBody(req);
    const headers = { authorization: `Bearer ${spec.searchKey}`, 'content-type': 'application/json', 'content-length': body.length };
    const upstream = http.request({ host: engine.hostname, port: engine.port, path, method: 'POST', headers, agent }, (reply) => {
      void readBody(reply).then((bytes) => {
        res.writeHead(reply.statusCode ?? 502, { 'content-type': 'application/json', 'content-length': bytes.length });
        res.end(bytes);
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end(body);
  })();
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`));
process.on('disconnect', () => process.exit(0));
