/**
 * The API in its own process for the search benchmark, so that the load generator and the
 * server do not share an event loop. Reads {url, searchKey, indexName} from BENCH_API (JSON),
 * prints "port <n>" when listening, exits when its parent does.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/api/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';

const spec = JSON.parse(process.env.BENCH_API ?? '{}') as { url: string; searchKey: string; indexName: string };
const config = { ...loadConfig({ MEILI_INDEX: spec.indexName, LOG_LEVEL: 'silent', SPLIT_SEARCHES: process.env.SPLIT_SEARCHES }), rateLimitPerMinute: 100_000_000 };
const engine = { mode: 'external' as const, url: spec.url, adminKey: '', searchKey: spec.searchKey, owned: false, close: async () => {} };
const server = createApp({ config, engine, logger: createLogger('silent', 'bench-api') }).listen(0, '127.0.0.1', () => {
  process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => process.exit(0));
