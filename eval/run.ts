/**
 * `npm run eval`: relevance of our API against raw Meilisearch (default settings) on the same
 * articles in the same run. Options: --limit N articles (default 5000), --per-set N queries
 * (default 250), --seed N, --json (the figures as one JSON line at the end).
 */
import type { AddressInfo } from 'node:net';
import { Command } from 'commander';
import { createApp } from '../src/api/app';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../src/search/plan';
import type { SearchResponse } from '../src/types';
import { corpusPath, readCorpus } from './corpus';
import { isRelevant, mean, METRIC_NAME, scoreQuery } from './metrics';
import { DEFAULT_SEED, querySets, type EvalQuery, type SetName } from './query-sets';
import { RAW_INDEX, setupEngine, type EvalEngine } from './setup';
import { viewOf, type ArticleView } from './text-view';

interface Options {
  limit: number;
  perSet: number;
  seed: number;
  json: boolean;
}

type Ranker = (q: string) => Promise<string[]>;

/** Serves the app on a free port and ranks through HTTP, as a reader's browser would. */
async function apiRanker(env: EvalEngine, plan: PlanOptions): Promise<{ rank: Ranker; close(): Promise<void> }> {
  const app = createApp({ config: { ...env.config, rateLimitPerMinute: 1_000_000 }, engine: env.engine, logger: env.logger, plan });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    rank: async (q) => {
      const res = await fetch(`${base}/api/search?${new URLSearchParams({ q, limit: '10' })}`);
      if (!res.ok) throw new Error(`eval: API answered ${res.status} to ${JSON.stringify(q)}: ${await res.text()}`);
      return ((await res.json()) as SearchResponse).hits.map((h) => h.id);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function rawRanker(env: EvalEngine): Ranker {
  return async (q) => (await env.admin.index(RAW_INDEX).search(q, { limit: 10, attributesToRetrieve: ['id'] })).hits.map((h) => String(h.id));
}

async function scoreSet(queries: EvalQuery[], rank: Ranker, views: ReadonlyMap<string, ArticleView>): Promise<number> {
  const scores: number[] = [];
  for (const query of queries) {
    const relevant = query.set === 'accented' || query.set === 'person' ? [...views.values()].filter((v) => isRelevant(query, v)).length : Infinity;
    scores.push(scoreQuery(query, await rank(query.q), views, relevant));
  }
  return mean(scores);
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--limit <n>', 'articles to index from the corpus', (v) => Number(v), 5000)
    .option('--per-set <n>', 'queries per set', (v) => Number(v), 250)
    .option('--seed <n>', 'random seed of the query sets', (v) => Number(v), DEFAULT_SEED)
    .option('--json', 'print the figures as a JSON line at the end', false)
    .parse()
    .opts<Options>();

  const articles = await readCorpus(corpusPath(), opts.limit);
  const views = new Map(articles.map((a) => [a.id, viewOf(a)]));
  const list = [...views.values()];
  const sets = querySets(list, opts.seed, opts.perSet);
  process.stderr.write(`eval: ${articles.length} articles; queries: ${Object.entries(sets).map(([k, v]) => `${k} ${v.length}`).join(', ')}\n`);

  const env = await setupEngine(articles);
  const api = await apiRanker(env, DEFAULT_PLAN_OPTIONS);
  const noExact = await apiRanker(env, { ...DEFAULT_PLAN_OPTIONS, exact: false });
  const raw = rawRanker(env);
  try {
    process.stderr.write(`eval: indexed in ${env.timings.indexer.toFixed(1)} s (raw ingest ${env.timings.raw.toFixed(1)} s)\n`);
    const rows: { set: SetName; queries: number; metric: string; api: number; raw: number; apiWithoutExact: number }[] = [];
    for (const set of Object.keys(sets) as SetName[]) {
      const queries = sets[set];
      rows.push({
        set,
        queries: queries.length,
        metric: METRIC_NAME[set],
        api: await scoreSet(queries, api.rank, views),
        raw: await scoreSet(queries, raw, views),
        apiWithoutExact: await scoreSet(queries, noExact.rank, views),
      });
    }
    const f = (n: number): string => n.toFixed(3);
    console.log(`\nRelevance on ${articles.length} articles (seed ${opts.seed})\n`);
    console.log('| set | queries | metric | API | raw Meilisearch | API without exact-accent query |');
    console.log('| --- | ---: | --- | ---: | ---: | ---: |');
    for (const r of rows) console.log(`| ${r.set} | ${r.queries} | ${r.metric} | ${f(r.api)} | ${f(r.raw)} | ${f(r.apiWithoutExact)} |`);
    if (opts.json) console.log(JSON.stringify({ articles: articles.length, seed: opts.seed, rows }));
  } finally {
    await api.close();
    await noExact.close();
    await env.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
