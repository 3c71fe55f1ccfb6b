/**
 * `node dist/eval/failures.js --engine URL --search-key KEY [--limit N] [--set number]`: the eval's
 * queries of one set (same seed as `npm run eval`) against the API over an engine already
 * indexed with the same --limit articles (bench/engine-hold.ts), printing each query whose
 * target is not in the top 3, with the titles that outranked it. For finding why a set misses.
 */
import type { AddressInfo } from 'node:net';
import { Command } from 'commander';
import { createApp } from '../src/api/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import type { SearchResponse } from '../src/types';
import { corpusPath, readCorpus } from './corpus';
import { isRelevant } from './metrics';
import { DEFAULT_SEED, querySets, type SetName } from './query-sets';
import { viewOf } from './text-view';

async function main(): Promise<void> {
  const opts = new Command()
    .requiredOption('--engine <url>', 'engine URL')
    .requiredOption('--search-key <key>', 'search key')
    .option('--limit <n>', 'articles', (v) => Number(v), 40000)
    .option('--per-set <n>', 'queries', (v) => Number(v), 200)
    .option('--set <name>', 'known-item | number | person', 'number')
    .parse()
    .opts<{ engine: string; searchKey: string; limit: number; perSet: number; set: string }>();
  const articles = await readCorpus(corpusPath(), opts.limit);
  const views = new Map(articles.map((a) => [a.id, viewOf(a)]));
  const list = [...views.values()];
  if (!['known-item', 'number', 'person'].includes(opts.set)) throw new Error(`eval: --set must be known-item, number or person, not ${opts.set}`);
  const queries = querySets(list, DEFAULT_SEED, opts.perSet)[opts.set as SetName];
  const config = { ...loadConfig({ MEILI_INDEX: 'articles', LOG_LEVEL: 'silent' }), rateLimitPerMinute: 1_000_000 };
  const engine = { mode: 'external' as const, url: opts.engine, adminKey: '', searchKey: opts.searchKey, owned: false, close: async () => {} };
  const server = createApp({ config, engine, logger: createLogger('silent', 'failures') }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let missed = 0;
  for (const query of queries) {
    const res = (await (await fetch(`${base}/api/search?${new URLSearchParams({ q: query.q, limit: '10' })}`)).json()) as SearchResponse;
    const ids = res.hits.map((h) => h.id);
    if (query.set === 'person') {
      // Share of the top 5 that name the exact person, of as many as can.
      const relevant = list.filter((v) => isRelevant(query, v)).length;
      const top = ids.slice(0, 5).map((id) => views.get(id));
      const right = top.filter((v) => v !== undefined && isRelevant(query, v)).length;
      if (right >= Math.min(5, relevant)) continue;
      missed++;
      console.log(`\n✗ ${JSON.stringify(query.q)} ${right}/${Math.min(5, relevant)} right, total ${res.total}`);
      for (const v of top) if (v) console.log(`  ${isRelevant(query, v) ? '✓' : '✗'} ${v.title}`);
      continue;
    }
    const targets = query.targets ?? [];
    const rank = ids.findIndex((id) => targets.includes(id));
    if (targets.length === 0 || (rank >= 0 && rank < 3)) continue;
    missed++;
    const target = views.get(targets[0]);
    console.log(`\n✗ ${JSON.stringify(query.q)} target rank ${rank < 0 ? '>10' : rank + 1}, total ${res.total}\n  target: ${target?.title}`);
    for (const hit of res.hits.slice(0, 3)) console.log(`  above:  ${hit.title}`);
  }
  console.log(`\n${missed}/${queries.length} missed`);
  server.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
