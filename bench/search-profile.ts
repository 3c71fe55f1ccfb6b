/**
 * Where the API's engine request spends its time: replays the request the API sends for each
 * bench query, and variants of it with one piece changed (no facets, the engine's crops as the
 * API asked before, …), interleaved query by query against an engine already indexed (see
 * bench/engine-hold.ts).
 * `node dist/bench/search-profile.js --engine URL --search-key KEY [--limit 3000] [--queries 200]`
 */
import http from 'node:http';
import { Command } from 'commander';
import { corpusPath, readCorpus } from '../eval/corpus';
import type { EngineRequest } from '../src/search/run-plan';
import { searchEngineRequest } from '../src/search/search-service';
import { benchQueries } from './search-queries';

type Body = Record<string, unknown>;
/** One engine HTTP call: path and JSON body. */
interface Call {
  path: string;
  body: Body;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

function post(base: string, key: string, call: Call): Promise<number> {
  const body = JSON.stringify(call.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${base}${call.path}`,
      { method: 'POST', agent, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        res.on('end', () => ((res.statusCode ?? 0) < 300 ? resolve(bytes) : reject(new Error(`${res.statusCode} ${body.slice(0, 300)}`))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function toCall(req: EngineRequest): Call {
  if (req.kind === 'search') return { path: `/indexes/${req.indexName}/search`, body: { q: req.q, ...req.params } };
  return { path: '/multi-search', body: structuredClone(req.body) as unknown as Body };
}

/** Applies `edit` to the search params of a call: the single search's body or every federated query. */
function eachQuery(call: Call, edit: (q: Body) => void): Call {
  const copy = structuredClone(call);
  if (copy.path === '/multi-search') for (const q of copy.body.queries as Body[]) edit(q);
  else edit(copy.body);
  return copy;
}

/** The engine crops and highlights the API asked for before it cut snippets itself (crop.ts). */
const ENGINE_CROPS = {
  attributesToCrop: ['body', 'lead'],
  cropLength: 30,
  cropMarker: '…',
  attributesToHighlight: ['title', 'body', 'lead'],
  highlightPreTag: '\uE000',
  highlightPostTag: '\uE001',
};

function withoutTexts(q: Body): void {
  q.attributesToRetrieve = (q.attributesToRetrieve as string[]).filter((a) => a !== 'body' && a !== 'lead');
}

/** The call with only these facets counted. */
function withFacets(call: Call, facets: string[]): Call {
  const copy = structuredClone(call);
  if (copy.path === '/multi-search') {
    const federation = copy.body.federation as Body;
    federation.facetsByIndex = Object.fromEntries(Object.keys(federation.facetsByIndex as Body).map((index) => [index, facets]));
  } else copy.body.facets = facets;
  return copy;
}

/** The call without facets (the hits only). */
function noFacets(c: Call): Call {
  const copy = structuredClone(c);
  if (copy.path === '/multi-search') delete (copy.body.federation as Body).facetsByIndex;
  else delete copy.body.facets;
  return copy;
}

/** The call's facets only: no hits (limit 0), nothing retrieved. */
function facetsOnly(c: Call): Call {
  const copy = structuredClone(c);
  if (copy.path === '/multi-search') {
    const federation = copy.body.federation as Body;
    federation.limit = 0;
    federation.offset = 0;
    for (const q of copy.body.queries as Body[]) q.attributesToRetrieve = [];
  } else {
    copy.body.limit = 0;
    copy.body.offset = 0;
    copy.body.attributesToRetrieve = [];
  }
  return copy;
}

/** A variant: one call, or calls sent at once (timed until the last answers). */
const VARIANTS: Record<string, (call: Call) => Call | Call[]> = {
  'split A: hits; facets': (c) => [noFacets(c), facetsOnly(c)],
  'facets only (limit 0)': facetsOnly,
  'split B: hits with year+source+movements; people+places+orgs apart': (c) => [
    withFacets(c, ['year', 'source', 'movements']),
    facetsOnly(withFacets(c, ['people', 'places', 'organizations'])),
  ],
  'split C: hits; people; the other facets': (c) => [
    noFacets(c),
    facetsOnly(withFacets(c, ['people'])),
    facetsOnly(withFacets(c, ['places', 'organizations', 'movements', 'year', 'source'])),
  ],
  'as sent': (c) => c,
  'no facets': noFacets,
  'facets year and source only': (c) => withFacets(c, ['year', 'source']),
  'facets people only': (c) => withFacets(c, ['people']),
  'facets places and organizations only': (c) => withFacets(c, ['places', 'organizations']),
  'facets movements only': (c) => withFacets(c, ['movements']),
  'first query only': (c) => {
    if (c.path !== '/multi-search') return c;
    const copy = structuredClone(c);
    copy.body.queries = (copy.body.queries as Body[]).slice(0, 1);
    return copy;
  },
  'no body or lead retrieved': (c) => eachQuery(c, withoutTexts),
  'engine crops instead of texts (before)': (c) =>
    eachQuery(c, (q) => {
      withoutTexts(q);
      Object.assign(q, ENGINE_CROPS);
    }),
  'engine crop of lead only': (c) =>
    eachQuery(c, (q) => {
      withoutTexts(q);
      Object.assign(q, { ...ENGINE_CROPS, attributesToCrop: ['lead'], attributesToHighlight: ['title', 'lead'] });
    }),
  'engine crop of body without highlight': (c) =>
    eachQuery(c, (q) => {
      withoutTexts(q);
      Object.assign(q, { attributesToCrop: ['body'], cropLength: 40, cropMarker: '…' });
    }),
  'engine matches positions': (c) => eachQuery(c, (q) => (q.showMatchesPosition = true)),
};

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const opts = new Command()
    .requiredOption('--engine <url>')
    .requiredOption('--search-key <key>')
    .option('--limit <n>', 'corpus articles indexed', (v) => Number(v), 3000)
    .option('--queries <n>', 'queries', (v) => Number(v), 200)
    .option('--only <names>', 'variant names separated by commas')
    .parse()
    .opts<{ engine: string; searchKey: string; limit: number; queries: number; only?: string }>();
  const queries = benchQueries(await readCorpus(corpusPath(), opts.limit), opts.queries);
  const base = queries.map((q) => toCall(searchEngineRequest({ indexName: 'articles' }, { q: q.q, page: 1, limit: 20, sort: 'relevance' })));
  const names = opts.only ? opts.only.split(',') : Object.keys(VARIANTS);
  const calls = names.map((name) => base.map(VARIANTS[name]));
  const send = async (call: Call | Call[]): Promise<number> =>
    Array.isArray(call) ? (await Promise.all(call.map((c) => post(opts.engine, opts.searchKey, c)))).reduce((a, b) => a + b, 0) : post(opts.engine, opts.searchKey, call);
  for (const variant of calls) for (const call of variant.slice(0, 30)) await send(call); // warm-up
  const times = names.map(() => [] as number[]);
  const sizes = names.map(() => [] as number[]);
  for (let i = 0; i < queries.length; i++) {
    for (let k = 0; k < names.length; k++) {
      const v = (i + k) % names.length;
      const t = performance.now();
      sizes[v].push(await send(calls[v][i]));
      times[v].push(performance.now() - t);
    }
  }
  console.log(`| variant | p50 ms | p90 ms | p99 ms | mean ms | median KB |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  names.forEach((name, k) => {
    const mean = times[k].reduce((a, b) => a + b, 0) / times[k].length;
    console.log(`| ${name} | ${percentile(times[k], 50).toFixed(1)} | ${percentile(times[k], 90).toFixed(1)} | ${percentile(times[k], 99).toFixed(1)} | ${mean.toFixed(1)} | ${(percentile(sizes[k], 50) / 1024).toFixed(1)} |`);
  });
  agent.destroy();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
