/**
 * `npm run bench:search`: the same queries, in one run, against these targets:
 * - Meilisearch, plain: `{ q, limit: 20 }` on the index (the engine's own baseline);
 * - Meilisearch, API's request: the engine request that answers the API's page for that query
 *   in one (its plan captured with searchEngineRequest: federated queries, facets), so the engine
 *   does the work the API needs: what a client of Meilisearch would send for the same page;
 * - the API (its own process, over HTTP): GET /api/search?q=…;
 * - a relay (sequential runs only; bench/relay-server.ts): the API's request sent through a
 *   process that passes it to the engine and the reply back, doing nothing else;
 * - Meilisearch, API's requests as sent idle (sequential runs only): what the API sends when no
 *   other search waits, at once: a single search's facets counted by a second request
 *   (run-plan.ts splitRequests), a covered federated plan's queries as searches of their own
 *   (mergedRequests); idleSearchEngineRequests, from the bench straight to the engine.
 * API − "API's request" is what a reader waits beyond the engine answering the same page;
 * API − "as sent" is the API's own overhead (Express, validation, planning, JSON shaping,
 * snippets, the extra HTTP hop); relay − "API's request" is the part any process in front of the
 * engine pays on this machine (the hop), API − relay the part the API's own work adds;
 * "API's request" − plain is the engine work the plan adds.
 * Sequential runs interleave the targets query by query (so load drift on a shared
 * machine hits them alike) and report per query set; then each target at concurrency 16, the
 * targets taking turns pass by pass.
 * Options: --limit N corpus articles (default: all), --queries N (default 300),
 * --concurrency N (default 16), --rounds N passes over the queries at concurrency (default 3),
 * --passes N sequential passes over the queries (default 3: medians of 300 samples drift by
 * ±0.3 ms from run to run on a shared 2-core machine),
 * --engine URL --search-key KEY: an engine already holding the same --limit articles in
 * "articles" (skips indexing, for quick iterations), --settle-below L: after indexing, wait (at most
 * 3 min) for the 1-minute load average to fall below L (default 1) before the warm-up and the timed runs.
 * Then an idle control (--no-idle-control skips it): the API in front of a stand-in engine that
 * answers with the real engine's recorded replies (bench/stand-in-engine.ts), at once or after
 * sleeping as long as the engine took. The same API work measures less in front of the instant
 * stand-in, whose caller never idles, than in front of the sleeping one: the difference is what a
 * process pays on this machine for waking up after a wait, not work the API could drop.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { corpusPath, readCorpus } from '../eval/corpus';
import type { SetName } from '../eval/query-sets';
import { setupEngine } from '../eval/setup';
import type { EnginePost } from '../src/search/engine-client';
import type { FacetDistribution } from '../src/search/meili';
import { mergeRanked, sendEngineRequest, splitFacets, type EngineRequest, type PlanResult } from '../src/search/run-plan';
import { idleSearchEngineRequests, searchEngineRequest } from '../src/search/search-service';
import { readBody } from './read-body';
import { benchQueries } from './search-queries';
import type { StandInSpec } from './stand-in-engine';

interface Options {
  limit: number;
  queries: number;
  concurrency: number;
  rounds: number;
  passes: number;
  engine?: string;
  searchKey?: string;
  idleControl: boolean;
  settleBelow: number;
}

interface Figures {
  p50: number;
  p99: number;
  rps: number;
  /** Requests that failed (non-2xx); their latency still counts. */
  errors: number;
}

/** One HTTP call of a target for query number i. */
type Call = (i: number) => Promise<void>;

interface Target {
  name: string;
  call: Call;
}

const TARGET_NAMES = ['Meilisearch, plain', "Meilisearch, API's request", 'API', "relay of the API's request", "Meilisearch, API's requests as sent idle"] as const;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * The load generator's HTTP client: node:http over a keep-alive agent. Not the global fetch:
 * on loopback it stalls ~40 ms on most responses over a few tens of KB (measured on Node 20
 * against Meilisearch 1.21), which would bury the differences this bench is about.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers = { ...init.headers, ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}) };
    const req = http.request(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
      res.on('data', () => {});
      res.on('error', reject);
      res.on('end', () => ((res.statusCode ?? 0) < 300 ? resolve() : reject(new Error(`bench: ${url} answered ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** POSTs a JSON body and returns the parsed reply. */
function postJson(url: string, headers: Record<string, string>, body: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent }, (res) => {
      readBody(res).then((bytes) => ((res.statusCode ?? 0) < 300 ? resolve(JSON.parse(bytes.toString('utf8'))) : reject(new Error(`bench: ${url} answered ${res.statusCode}`))), reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Each facet's values and counts in a fixed order, the facets sorted: comparable as JSON. */
function facetCounts(distribution: FacetDistribution): string {
  const sorted = (values: Record<string, number>): [string, number][] => Object.entries(values).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return JSON.stringify(Object.keys(distribution).sort().map((facet) => [facet, sorted(distribution[facet])]));
}

/** Hit ids of a page, in order. */
function hitIds(result: PlanResult<Record<string, unknown>>): string {
  return JSON.stringify(result.hits.map((h) => String(h.id)));
}

/**
 * Checks, query by query, that what the API sends when idle answers as the one request does: a
 * split's facet counts, and for a federated plan sent as searches of their own, the merged page
 * (hits in order, count, facets). The replies are read and put together by the API's own code
 * (sendEngineRequest, splitFacets, mergeRanked). A difference would show here on the full corpus.
 * Returns how many queries are split and merged, and on how many each agrees.
 */
async function checkSentParts(
  engineUrl: string,
  headers: Record<string, string>,
  planned: readonly EngineRequest[],
  sentIdle: readonly EngineRequest[][],
): Promise<{ split: number; splitSame: number; merged: number; mergedSame: number }> {
  const counts = { split: 0, splitSame: 0, merged: 0, mergedSame: 0 };
  const post = ((p: string, body: unknown) => postJson(`${engineUrl}${p}`, headers, JSON.stringify(body))) as EnginePost;
  const send = (r: EngineRequest): Promise<PlanResult<Record<string, unknown>>> => sendEngineRequest(post, r);
  for (let i = 0; i < planned.length; i++) {
    if (sentIdle[i].length < 2) continue;
    const one = await send(planned[i]);
    const parts = await Promise.all(sentIdle[i].map(send));
    const request = planned[i];
    if (request.kind === 'federated') {
      counts.merged++;
      const { offset, limit } = request.body.federation;
      const merged = mergeRanked(request.body.queries.map((q) => q.federationOptions?.weight ?? 1), parts, { offset, limit });
      const same = hitIds(merged) === hitIds(one) && merged.total === one.total && facetCounts(merged.facetDistribution) === facetCounts(one.facetDistribution);
      if (same) counts.mergedSame++;
    } else {
      counts.split++;
      if (facetCounts(splitFacets(parts)) === facetCounts(one.facetDistribution)) counts.splitSame++;
    }
  }
  return counts;
}

/** One load run: latency of each call in ms (by query number), wall time in s, failed calls. */
interface LoadRun {
  latencies: number[];
  seconds: number;
  errors: number;
}

/** Calls query numbers 0…n−1 with `concurrency` workers. */
async function load(n: number, concurrency: number, call: Call): Promise<LoadRun> {
  const latencies: number[] = new Array<number>(n);
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await call(i).catch((err: unknown) => {
          errors++;
          // Said at once, so that a failure can be told from a slow run (the table only counts them).
          process.stderr.write(`bench: query ${i} failed: ${err instanceof Error ? err.message : String(err)}\n`);
        });
        latencies[i] = performance.now() - t;
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

/**
 * Each target at `concurrency`, `rounds` passes over the n queries, the targets taking turns
 * pass by pass (so that load drift on a shared machine hits them alike); figures per target.
 */
async function concurrentRounds(n: number, rounds: number, concurrency: number, targets: readonly Target[]): Promise<Figures[]> {
  const runs = targets.map(() => [] as LoadRun[]);
  for (let r = 0; r < rounds; r++) for (let k = 0; k < targets.length; k++) runs[k].push(await load(n, concurrency, targets[k].call));
  return runs.map((passes) => {
    const latencies = passes.flatMap((p) => p.latencies);
    const seconds = passes.reduce((sum, p) => sum + p.seconds, 0);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rps: latencies.length / seconds, errors: passes.reduce((sum, p) => sum + p.errors, 0) };
  });
}

/** Sequential, the targets interleaved query by query, `passes` times; latencies[target][pass * n + query]. */
async function interleaved(n: number, passes: number, targets: readonly Target[]): Promise<number[][]> {
  const latencies = targets.map(() => new Array<number>(n * passes));
  for (let i = 0; i < n * passes; i++) {
    // Rotate the order so that no target always runs right after another's warm caches.
    for (let k = 0; k < targets.length; k++) {
      const t = (i + k) % targets.length;
      const started = performance.now();
      await targets[t].call(i % n);
      latencies[t][i] = performance.now() - started;
    }
  }
  return latencies;
}

/** CPU time (user + system, ms) a process has used so far; null where /proc is not available. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks at USER_HZ 100
  } catch {
    return null;
  }
}

/** A bench server in its own process (api-server.js, relay-server.js): its base URL, its CPU time, a stop. */
async function startServer(script: string, env: Record<string, string>, message?: object): Promise<{ base: string; cpuMs(): number | null; stop(): void }> {
  const child = fork(path.join(__dirname, script), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  if (message) child.send(message);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench: ${script} exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = /port (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
  });
  return { base: `http://127.0.0.1:${port}`, cpuMs: () => cpuMs(child.pid), stop: () => child.kill('SIGTERM') };
}

/** Path and JSON body of an engine request, as the engine's HTTP API takes it. */
function engineHttp(req: EngineRequest): { path: string; body: string } {
  if (req.kind === 'search') return { path: `/indexes/${encodeURIComponent(req.indexName)}/search`, body: JSON.stringify({ q: req.q, ...req.params }) };
  return { path: '/multi-search', body: JSON.stringify(req.body) };
}

/**
 * Waits (up to `maxSeconds`) for the 1-minute load average to fall below `below`: right after
 * indexing, the engine's and the kernel's writeback still load the 2 cores for a minute or so, and
 * a search server does not serve through its own full rebuild. Returns the seconds waited.
 */
async function settle(below: number, maxSeconds: number): Promise<number> {
  const started = performance.now();
  while (os.loadavg()[0] >= below && performance.now() - started < maxSeconds * 1000) await new Promise((r) => setTimeout(r, 2000));
  return (performance.now() - started) / 1000;
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
}

function ms(n: number): string {
  return n.toFixed(1);
}

/**
 * The idle control (see the header): the API's overhead in front of a stand-in engine that
 * answers the recorded replies at once, and in front of one that first sleeps the engine's time.
 */
async function idleControl(
  engine: { url: string; searchKey: string },
  indexName: string,
  queries: readonly string[],
  planned: readonly { path: string; body: string }[],
  sentIdle: readonly { path: string; body: string }[][],
  passes: number,
): Promise<void> {
  const servers: { stop(): void }[] = [];
  try {
    const versions: { label: string; direct: Target; api: Target }[] = [];
    for (const delay of [false, true]) {
      // The API's requests as it sends them (its facets split off when idle) are what the stand-in must answer.
      const spec: StandInSpec = { url: engine.url, searchKey: engine.searchKey, delay, requests: [...planned, ...sentIdle.flat()] };
      const standIn = await startServer('stand-in-engine.js', {}, spec);
      servers.push(standIn);
      const api = await startServer('api-server.js', { BENCH_API: JSON.stringify({ url: standIn.base, searchKey: 'stand-in', indexName }) });
      servers.push(api);
      versions.push({
        label: delay ? "sleeping the engine's time" : 'at once',
        direct: { name: 'stand-in', call: (i) => request(`${standIn.base}${planned[i].path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: planned[i].body }) },
        api: { name: 'API', call: (i) => request(`${api.base}/api/search?${new URLSearchParams({ q: queries[i] })}`) },
      });
    }
    // Each version on its own: the instant one's API must not idle while the other one sleeps.
    const figures: string[] = [];
    for (const v of versions) {
      await load(queries.length, 1, v.direct.call);
      await load(queries.length, 1, v.api.call);
      const [direct, api] = await interleaved(queries.length, passes, [v.direct, v.api]);
      const overhead = percentile(api.map((t, i) => t - direct[i]), 50);
      figures.push(`${v.label} ${ms(overhead)} ms (stand-in p50 ${ms(percentile(direct, 50))} ms)`);
    }
    console.log(
      `\nIdle control (the engine's recorded replies from a stand-in, no search work; median per-query Δ API − stand-in): answering ${figures.join('; ')}. ` +
        'The same API work: the difference is the cost of waking up after a wait on this machine',
    );
  } finally {
    for (const server of servers) server.stop();
  }
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--limit <n>', 'corpus articles to index (default: all)', (v) => Number(v), Infinity)
    .option('--queries <n>', 'distinct queries', (v) => Number(v), 300)
    .option('--concurrency <n>', 'concurrent requests in the load runs', (v) => Number(v), 16)
    .option('--rounds <n>', 'passes over the queries in the load runs', (v) => Number(v), 3)
    .option('--passes <n>', 'sequential passes over the queries', (v) => Number(v), 3)
    .option('--engine <url>', 'an engine already indexed with the same --limit articles (skips indexing)')
    .option('--search-key <key>', 'search key of --engine')
    .option('--no-idle-control', 'skip the idle control (the API in front of a stand-in engine)')
    .option('--settle-below <load>', 'before timing, wait (at most 3 min) for the 1-minute load average to fall below this', Number, 1)
    .parse()
    .opts<Options>();

  const articles = await readCorpus(corpusPath(), opts.limit);
  const queries = benchQueries(articles, opts.queries);
  const env = opts.engine
    ? { engine: { url: opts.engine, searchKey: opts.searchKey ?? '' }, config: { indexName: 'articles' }, close: async () => {} }
    : (process.stderr.write(`bench: indexing ${articles.length} articles…\n`), await setupEngine(articles));
  const waited = await settle(opts.settleBelow, 180);
  process.stderr.write(`bench: waited ${waited.toFixed(0)} s for the 1-minute load average to fall below ${opts.settleBelow} (now ${loadAverage()})\n`);
  const indexName = env.config.indexName;
  const api = await startServer('api-server.js', { BENCH_API: JSON.stringify({ url: env.engine.url, searchKey: env.engine.searchKey, indexName }) });
  const relay = await startServer('relay-server.js', { BENCH_RELAY: JSON.stringify({ url: env.engine.url, searchKey: env.engine.searchKey }) });
  try {
    const engineHeaders = { authorization: `Bearer ${env.engine.searchKey}`, 'content-type': 'application/json' };
    const plain = queries.map((q) => JSON.stringify({ q: q.q, limit: 20 }));
    // The API's default page (page 1, limit 20, relevance), as GET /api/search?q= asks for it.
    const plannedRequests = queries.map((q) => searchEngineRequest({ indexName }, { q: q.q, page: 1, limit: 20, sort: 'relevance' }));
    const planned = plannedRequests.map(engineHttp);
    // What the API sends when no other search waits (facets apart, or a federated plan's queries as searches of their own), sent at once.
    const sentIdleRequests = queries.map((q) => idleSearchEngineRequests({ indexName }, { q: q.q, page: 1, limit: 20, sort: 'relevance' }));
    const sentIdle = sentIdleRequests.map((requests) => requests.map(engineHttp));
    const plannedQueries = planned.map((p) => (p.path === '/multi-search' ? (JSON.parse(p.body) as { queries: unknown[] }).queries.length : 1));
    const targets: Target[] = [
      { name: TARGET_NAMES[0], call: (i) => request(`${env.engine.url}/indexes/${indexName}/search`, { method: 'POST', headers: engineHeaders, body: plain[i] }) },
      { name: TARGET_NAMES[1], call: (i) => request(`${env.engine.url}${planned[i].path}`, { method: 'POST', headers: engineHeaders, body: planned[i].body }) },
      { name: TARGET_NAMES[2], call: (i) => request(`${api.base}/api/search?${new URLSearchParams({ q: queries[i].q })}`) },
    ];
    const relayed: Target = {
      name: TARGET_NAMES[3],
      call: (i) => request(`${relay.base}/relay?${new URLSearchParams({ path: planned[i].path })}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: planned[i].body }),
    };
    const asSent: Target = {
      name: TARGET_NAMES[4],
      call: async (i) => {
        await Promise.all(sentIdle[i].map((r) => request(`${env.engine.url}${r.path}`, { method: 'POST', headers: engineHeaders, body: r.body })));
      },
    };
    const sequentialTargets = [...targets, relayed, asSent];
    const n = queries.length;
    const agreement = await checkSentParts(env.engine.url, engineHeaders, plannedRequests, sentIdleRequests);
    if (agreement.splitSame < agreement.split || agreement.mergedSame < agreement.merged) {
      console.error(
        `bench: the requests sent in parts answer otherwise than the one request: facets of ${agreement.split - agreement.splitSame} of ${agreement.split} split queries, pages of ${agreement.merged - agreement.mergedSame} of ${agreement.merged} merged ones`,
      );
      process.exitCode = 1;
    }
    // Warm-up: caches, connections, JIT.
    for (const t of sequentialTargets) await load(n, 4, t.call);

    const loadBefore = loadAverage();
    const cpuBefore = api.cpuMs();
    const seq = await interleaved(n, opts.passes, sequentialTargets);
    const cpuSequential = api.cpuMs();
    const many = n * opts.rounds;
    const sequential = n * opts.passes;
    /** Sample numbers of query i in the sequential run, one per pass. */
    const samplesOf = (i: number): number[] => Array.from({ length: opts.passes }, (_, p) => p * n + i);
    const conc = await concurrentRounds(n, opts.rounds, opts.concurrency, targets);
    const loadAfter = loadAverage();

    console.log(`\nSearch latency on ${articles.length} articles, ${n} queries × ${opts.passes} passes sequential (targets interleaved), ${many} at concurrency ${opts.concurrency}`);
    console.log(`Load average (1, 5, 15 min): ${loadBefore} before the timed runs, ${loadAfter} after; ${os.cpus().length} CPUs\n`);
    console.log(`| target | seq p50 ms | seq p99 ms | seq req/s | c${opts.concurrency} p50 ms | c${opts.concurrency} p99 ms | c${opts.concurrency} req/s | errors |`);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    sequentialTargets.forEach((t, k) => {
      const total = seq[k].reduce((a, b) => a + b, 0) / 1000;
      const f: Figures | undefined = conc[k];
      const concurrent = f ? `${ms(f.p50)} | ${ms(f.p99)} | ${f.rps.toFixed(0)} | ${f.errors}` : '– | – | – | –';
      console.log(`| ${t.name} | ${ms(percentile(seq[k], 50))} | ${ms(percentile(seq[k], 99))} | ${(sequential / total).toFixed(0)} | ${concurrent} |`);
    });

    // Per query set: p50s and the median of the per-query differences (same query, same moment).
    const sets = [...new Set(queries.map((q) => q.set))] as SetName[];
    console.log(`\nSequential, per query set (samples: queries × passes; Δ = median over the set's samples of the per-sample difference)\n`);
    console.log("| set | samples | engine queries/request | plain p50 | API's request p50 | API p50 | Δ API − API's request | of which the hop: Δ relay − API's request | the API's work: Δ API − relay | Δ API − plain | Δ API's request − plain |");
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const row = (name: string, idx: number[]): void => {
      const pick = (k: number): number[] => idx.map((i) => seq[k][i]);
      const diff = (a: number, b: number): number[] => idx.map((i) => seq[a][i] - seq[b][i]);
      const engineQueries = idx.reduce((s, i) => s + plannedQueries[i % n], 0) / idx.length;
      console.log(
        `| ${name} | ${idx.length} | ${engineQueries.toFixed(1)} | ${ms(percentile(pick(0), 50))} | ${ms(percentile(pick(1), 50))} | ${ms(percentile(pick(2), 50))} | ${ms(percentile(diff(2, 1), 50))} | ${ms(percentile(diff(3, 1), 50))} | ${ms(percentile(diff(2, 3), 50))} | ${ms(percentile(diff(2, 0), 50))} | ${ms(percentile(diff(1, 0), 50))} |`,
      );
    };
    for (const set of sets) row(set, queries.flatMap((q, i) => (q.set === set ? samplesOf(i) : [])));
    row('all', queries.flatMap((_, i) => samplesOf(i)));

    const [plainConc, sameConc, apiConc] = conc;
    console.log(
      `\nThroughput at concurrency ${opts.concurrency}: rps(API)/rps(Meilisearch, API's request) = ${(apiConc.rps / sameConc.rps).toFixed(2)}; rps(API)/rps(Meilisearch, plain) = ${(apiConc.rps / plainConc.rps).toFixed(2)}`,
    );
    if (cpuBefore !== null && cpuSequential !== null) {
      // Load-independent: the API process's own CPU time per request (its engine calls excluded).
      console.log(`API process CPU per request (sequential run): ${((cpuSequential - cpuBefore) / sequential).toFixed(2)} ms`);
    }
    /** Median over all sequential samples of target a's latency minus target b's for the same query and pass. */
    const medianDiff = (a: number, b: number): number => percentile(seq[a].map((t, i) => t - seq[b][i]), 50);
    console.log(
      `Targets: API p50 − Meilisearch p50 for the same page in one request (sequential) ${ms(percentile(seq[2], 50) - percentile(seq[1], 50))} ms (≤ 3; median of the per-query differences ${ms(medianDiff(2, 1))} ms); API p99 sequential ${ms(percentile(seq[2], 99))} ms, at ${opts.concurrency} ${ms(apiConc.p99)} ms (≤ 50); throughput ${((100 * apiConc.rps) / sameConc.rps).toFixed(0)}% (≥ 70%)`,
    );
    console.log(`Of that overhead (medians of per-query differences): one more HTTP hop, as the relay measures it, ${ms(medianDiff(3, 1))} ms; the API's own work ${ms(medianDiff(2, 3))} ms`);
    console.log(
      `When idle, the API splits ${agreement.split} of the ${n} requests in two (facets apart; the same facet counts as the one request's on ${agreement.splitSame} of them) and sends ${agreement.merged} federated ones as searches of their own that it merges (the same page as the one request's on ${agreement.mergedSame}); against those requests as sent, at once: API − them ${ms(medianDiff(2, 4))} ms (median per query), their p50 ${ms(percentile(seq[4], 50))} ms against the one request's ${ms(percentile(seq[1], 50))}`,
    );
    if (opts.idleControl) await idleControl(env.engine, indexName, queries.map((q) => q.q), planned, sentIdle, opts.passes);
  } finally {
    api.stop();
    relay.stop();
    agent.destroy();
    await env.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
