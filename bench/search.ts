/**
 * `npm run bench:search`: the same queries against the API (its own process, over HTTP) and
 * directly against Meilisearch (a plain search of the same text on the same index), in one
 * run, sequential and at concurrency 16: p50, p99 and requests per second for both.
 * Options: --limit N corpus articles (default: all), --queries N (default 300).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { Command } from 'commander';
import { corpusPath, readCorpus } from '../eval/corpus';
import { abbreviationQueries, accentedQueries, knownItemQueries, numberQueries, personQueries } from '../eval/query-sets';
import { seededRandom, shuffled } from '../eval/random';
import { setupEngine } from '../eval/setup';
import { viewOf } from '../eval/text-view';

interface Options {
  limit: number;
  queries: number;
}

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  /** Requests that failed (non-2xx); their latency still counts. */
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Runs `requests` through `call` with `concurrency` workers; latencies in ms. */
async function load(requests: string[], concurrency: number, call: (q: string) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const q = requests[next++];
        const t = performance.now();
        await call(q).catch(() => errors++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: requests.length / seconds, errors };
}

async function startApi(spec: { url: string; searchKey: string; indexName: string }): Promise<{ base: string; stop(): void }> {
  const child = fork(path.join(__dirname, 'api-server.js'), [], { env: { ...process.env, BENCH_API: JSON.stringify(spec) }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench: API process exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = /port (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--limit <n>', 'corpus articles to index (default: all)', (v) => Number(v), Infinity)
    .option('--queries <n>', 'distinct queries', (v) => Number(v), 300)
    .parse()
    .opts<Options>();

  const articles = await readCorpus(corpusPath(), opts.limit);
  const views = [...articles.slice(0, 5000).map(viewOf)];
  const per = Math.ceil(opts.queries / 5);
  const random = seededRandom(7);
  const queries = shuffled(random, [
    ...knownItemQueries(views, seededRandom(1), per),
    ...accentedQueries(views, seededRandom(2), per),
    ...personQueries(views, seededRandom(3), per),
    ...numberQueries(views, seededRandom(4), per),
    ...abbreviationQueries(views, seededRandom(5), per),
  ]).map((q) => q.q).slice(0, opts.queries);
  process.stderr.write(`bench: indexing ${articles.length} articles…\n`);
  const env = await setupEngine(articles);
  const api = await startApi({ url: env.engine.url, searchKey: env.engine.searchKey, indexName: env.config.indexName });
  try {
    const callApi = async (q: string): Promise<void> => {
      const res = await fetch(`${api.base}/api/search?${new URLSearchParams({ q })}`);
      if (!res.ok) throw new Error(`bench: API ${res.status}`);
      await res.arrayBuffer();
    };
    const callEngine = async (q: string): Promise<void> => {
      const res = await fetch(`${env.engine.url}/indexes/${env.config.indexName}/search`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${env.engine.searchKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ q, limit: 20 }),
      });
      if (!res.ok) throw new Error(`bench: engine ${res.status}`);
      await res.arrayBuffer();
    };
    // Warm-up: caches, connections, JIT.
    await load(queries, 4, callApi);
    await load(queries, 4, callEngine);

    const rows: [string, Figures][] = [];
    rows.push(['Meilisearch, sequential', await load(queries, 1, callEngine)]);
    rows.push(['API, sequential', await load(queries, 1, callApi)]);
    const many = [...queries, ...queries, ...queries];
    rows.push(['Meilisearch, concurrency 16', await load(many, 16, callEngine)]);
    rows.push(['API, concurrency 16', await load(many, 16, callApi)]);

    console.log(`\nSearch latency on ${articles.length} articles, ${queries.length} queries (${many.length} at concurrency 16)\n`);
    console.log('| target | p50 ms | p99 ms | requests/s | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const [name, f] of rows) console.log(`| ${name} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} | ${f.rps.toFixed(0)} | ${f.errors} |`);
    const [engSeq, apiSeq, engConc, apiConc] = rows.map(([, f]) => f);
    console.log(`\nAPI p50 − Meilisearch p50 (sequential): ${(apiSeq.p50 - engSeq.p50).toFixed(1)} ms; API throughput at 16: ${((100 * apiConc.rps) / engConc.rps).toFixed(0)}% of Meilisearch's`);
  } finally {
    api.stop();
    await env.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
