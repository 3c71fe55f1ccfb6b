/**
 * The API's search operations over the engine: search, export, article, suggest, entities,
 * article count. Each takes a SearchContext and validated input, and returns the API shapes
 * of src/types.ts.
 */
import type { FacetDistribution, Meilisearch } from './meili';
import { fold, hasDiacritics } from '../text';
import type {
  ArticleResponse,
  EntitiesResponse,
  EntityType,
  FacetValue,
  IndexedDocument,
  PersonEntity,
  SearchHit,
  SearchResponse,
  Suggestion,
  SuggestResponse,
} from '../types';
import { ENTITY_ATTRIBUTE, ENTITY_TYPES, FACET_ATTRIBUTE, FACET_NAMES, HIT_ATTRIBUTES, PRIVATE_ATTRIBUTES } from './attributes';
import { cropUtf8Bytes, highlightText, type MatchWords } from './crop';
import { accentedForm, mayHaveAccentedForm } from './did-you-mean';
import { engineCall, type EnginePost } from './engine-client';
import { byCountThenName, compareVi, toFacets, topValues } from './facets';
import { buildFilter, quoteFilterValue, type FilterParams } from './filters';
import { matchWordsOf } from './match-words';
import { DEFAULT_PLAN_OPTIONS, planSearch, type PlanOptions, type SearchPlan, type SortOrder } from './plan';
import { analyzeQuery, normalizeQuery } from './query';
import { engineRequest, mergedRequests, mergeRanked, runPlan, sendEngineRequest, splitFacets, splitRequests, totalOf, type EngineRequest, type PlanPage, type PlanResult } from './run-plan';
import { hasMatch, snippetHtml, snippetText } from './snippet';
import { fromUtf8BytesEach, fromUtf8BytesKeys, type AsUtf8Bytes, type Utf8Bytes } from './utf8-bytes';

export interface SearchContext {
  client: Meilisearch;
  /** The search and export requests' transport (see createEnginePost). */
  post: EnginePost;
  indexName: string;
  plan?: PlanOptions;
  /**
   * Search pages waiting on the engine now. When set, a search that finds none waiting is sent in
   * parts at once (fetchPage); absent, every search is one request.
   */
  waiting?: { searches: number };
}

/** A validated search request. */
export interface SearchRequest extends FilterParams {
  q: string;
  /** From 1. */
  page: number;
  /** 1–100 for searches, up to 1000 for exports. */
  limit: number;
  sort: SortOrder;
}

type HitFields = Pick<IndexedDocument, 'id' | 'title' | 'url' | 'source' | 'author' | 'publishedAt' | 'people' | 'movements' | 'organizations' | 'places' | 'lead' | 'body'>;
/** A hit as the engine sent it (a field may be missing from an older document); strings undecoded. */
type RawHit = AsUtf8Bytes<Partial<HitFields>>;

const NO_BYTES = '' as Utf8Bytes;

/** The fields a result row shows, decoded (the texts snippets are cut from are not). */
type HitText = Pick<SearchHit, 'id' | 'title' | 'url' | 'source' | 'author' | 'publishedAt' | 'people' | 'movements' | 'organizations' | 'places'>;

const TEXT_FIELDS = ['id', 'title', 'url', 'source', 'author', 'publishedAt'] as const;
const LIST_FIELDS = ['people', 'movements', 'organizations', 'places'] as const;

/** The shown fields of every hit, decoded in one go (a page holds hundreds of short strings). */
function hitTexts(hits: readonly RawHit[]): HitText[] {
  const rows = hits.map((hit) => ({ texts: TEXT_FIELDS.map((field) => hit[field] ?? NO_BYTES), lists: LIST_FIELDS.map((field) => hit[field] ?? []) }));
  const decoded = fromUtf8BytesEach(rows.flatMap(({ texts, lists }) => [...texts, ...lists.flat()]));
  let at = 0;
  return rows.map(({ texts, lists }) => {
    const [id, title, url, source, author, publishedAt] = decoded.slice(at, (at += texts.length));
    const [people, movements, organizations, places] = lists.map((list) => decoded.slice(at, (at += list.length)));
    return { id, title, url, source, author, publishedAt, people, movements, organizations, places };
  });
}

/** The crop to show (matches marked): the first with a match among body and lead, else the body's start. */
function bestCrop(hit: RawHit, match: MatchWords): string {
  const body = cropUtf8Bytes(hit.body ?? NO_BYTES, match);
  if (hasMatch(body)) return body;
  const lead = cropUtf8Bytes(hit.lead ?? NO_BYTES, match);
  if (hasMatch(lead)) return lead;
  return body || lead;
}

function toSearchHit(text: HitText, crop: string): SearchHit {
  const { id, title, url, source, author, publishedAt, people, movements, organizations, places } = text;
  return { id, title, url, source, author, publishedAt, snippet: snippetHtml(crop), people, movements, organizations, places };
}

function planFor(ctx: Pick<SearchContext, 'plan'>, req: SearchRequest) {
  const query = analyzeQuery(normalizeQuery(req.q));
  const plan = planSearch(query, buildFilter(req), req.sort, ctx.plan ?? DEFAULT_PLAN_OPTIONS);
  return { query, plan, match: matchWordsOf(query, plan) };
}

/** Engine attributes of the facets every search page shows (the filter panel, on every page). */
const SEARCH_FACETS = FACET_NAMES.map((name) => FACET_ATTRIBUTE[name]);

/**
 * Facets counted by a request of their own, at once with the hits', when no other search waits
 * (splitRequests): all of them, so that the hits come first and are shaped while the engine counts.
 * Measured behind the API (full corpus, interleaved with the engine answering in one request,
 * median per-query difference): all apart 2.47 ms, only the entity lists (the dearest) 2.59.
 */
export const FACETS_APART = SEARCH_FACETS;

/** What a search page asks the engine for: hit fields (with the text snippets are cut from), and the facets the filter panel shows. */
function searchPage(req: SearchRequest): PlanPage {
  return {
    offset: (req.page - 1) * req.limit,
    limit: req.limit,
    facets: SEARCH_FACETS,
    attributesToRetrieve: HIT_ATTRIBUTES,
  };
}

/** The engine request GET /api/search sends for `req` (the bench replays it against the engine). */
export function searchEngineRequest(ctx: Pick<SearchContext, 'indexName' | 'plan'>, req: SearchRequest): EngineRequest {
  const { plan } = planFor(ctx, req);
  return engineRequest(ctx.indexName, plan, searchPage(req));
}

/**
 * The engine requests GET /api/search sends for `req` when no other search waits (the bench
 * replays them): a covered federated plan's queries as searches of their own, merged by the API,
 * else the facets split off.
 */
export function idleSearchEngineRequests(ctx: Pick<SearchContext, 'indexName' | 'plan'>, req: SearchRequest): EngineRequest[] {
  const { plan } = planFor(ctx, req);
  const page = searchPage(req);
  return mergedRequests(ctx.indexName, plan, page) ?? splitRequests(ctx.indexName, plan, page, FACETS_APART);
}

/** A page's hits as the reader sees them, and the crops their snippets come from (did-you-mean reads them). */
interface ShapedHits {
  hits: SearchHit[];
  crops: string[];
}

function shapeHits(result: PlanResult<Partial<HitFields>>, match: MatchWords): ShapedHits {
  const crops = result.hits.map((hit) => bestCrop(hit, match));
  const texts = hitTexts(result.hits);
  return { hits: texts.map((text, i) => toSearchHit(text, crops[i])), crops };
}

/**
 * Sends a search page's request and shapes its hits. When no other search of ours waits on the
 * engine, the page's work is spread over the engine's threads: a covered federated plan runs its
 * queries as searches of their own, merged here (mergedRequests); a single search has its facets
 * counted by a second request sent at once (splitRequests), and its hits are shaped as soon as
 * they come, while the engine still counts.
 */
async function fetchPage(ctx: SearchContext, plan: SearchPlan, page: PlanPage, match: MatchWords): Promise<ShapedHits & { total: number; facetDistribution: FacetDistribution }> {
  const waiting = ctx.waiting;
  const alone = waiting !== undefined && waiting.searches === 0;
  const merged = alone ? mergedRequests(ctx.indexName, plan, page) : null;
  const requests = merged ?? (alone ? splitRequests(ctx.indexName, plan, page, FACETS_APART) : [engineRequest(ctx.indexName, plan, page)]);
  if (waiting) waiting.searches++;
  try {
    if (merged) {
      const results = await Promise.all(merged.map((r) => sendEngineRequest<Partial<HitFields>>(ctx.post, r)));
      const result = mergeRanked(plan.queries.map((q) => q.weight), results, page);
      return { ...shapeHits(result, match), total: result.total, facetDistribution: result.facetDistribution };
    }
    const [first, ...counts] = requests.map((r) => sendEngineRequest<Partial<HitFields>>(ctx.post, r));
    const shaping = first.then((result) => ({ result, shaped: shapeHits(result, match) }));
    const [{ result, shaped }, ...counted] = await Promise.all([shaping, ...counts]);
    return { ...shaped, total: result.total, facetDistribution: splitFacets([result, ...counted]) };
  } finally {
    if (waiting) waiting.searches--;
  }
}

/** GET /api/search. */
export async function searchArticles(ctx: SearchContext, req: SearchRequest): Promise<SearchResponse> {
  const started = performance.now();
  const { query, plan, match } = planFor(ctx, req);
  const { hits, crops, total, facetDistribution } = await fetchPage(ctx, plan, searchPage(req), match);
  const response: SearchResponse = {
    query: req.q,
    total,
    page: req.page,
    limit: req.limit,
    tookMs: 0,
    hits,
    facets: toFacets(facetDistribution, fromUtf8BytesKeys),
  };
  if (query.text !== '' && !query.accented && mayHaveAccentedForm(query.text)) {
    // The accented forms of the query words, read from the top hits' marked titles and snippets.
    const titles = hits.map((hit) => highlightText(hit.title, match));
    const suggestion = accentedForm(query.text, [...titles, ...crops]);
    if (suggestion !== undefined && suggestion !== query.text) response.didYouMean = suggestion;
  }
  response.tookMs = Math.round(performance.now() - started);
  return response;
}

/** One exported result, plain text. */
export interface ExportRow {
  title: string;
  publishedAt: string;
  source: string;
  author: string;
  url: string;
  snippet: string;
}

/** GET /api/export: up to `req.limit` results from the first, snippets as plain text. */
export async function exportArticles(ctx: SearchContext, req: SearchRequest): Promise<ExportRow[]> {
  const { plan, match } = planFor(ctx, req);
  const result = await runPlan<Partial<HitFields>>(ctx.post, ctx.indexName, plan, {
    offset: (req.page - 1) * req.limit,
    limit: req.limit,
    attributesToRetrieve: HIT_ATTRIBUTES,
  });
  const texts = hitTexts(result.hits);
  return result.hits.map((hit, i) => {
    const { title, publishedAt, source, author, url } = texts[i];
    return { title, publishedAt, source, author, url, snippet: snippetText(bestCrop(hit, match)) };
  });
}

/** People with their roles ("Name: role" strings) and how often the name occurs in the text. */
function peopleDetails(doc: IndexedDocument): PersonEntity[] {
  const text = `${doc.title}\n${doc.lead}\n${doc.body}`;
  return (doc.people ?? []).map((name) => ({
    name,
    roles: (doc.roles ?? []).filter((r) => r.startsWith(`${name}: `)).map((r) => r.slice(name.length + 2)),
    mentions: Math.max(1, text.split(name).length - 1),
  }));
}

/** GET /api/articles/:id; null when no article has that id. */
export async function getArticle(ctx: SearchContext, id: string): Promise<ArticleResponse | null> {
  const res = await engineCall(() =>
    ctx.client.index<IndexedDocument>(ctx.indexName).search('', { filter: `id = ${quoteFilterValue(id)}`, limit: 1 }),
  );
  const doc = res.hits[0];
  if (!doc || doc.id !== id) return null;
  const article: Record<string, unknown> = { ...doc, peopleDetails: peopleDetails(doc) };
  for (const key of PRIVATE_ATTRIBUTES) delete article[key];
  return article as unknown as ArticleResponse;
}

/** Facet values of one entity attribute matching `q` (prefix, accent-insensitive). */
async function facetSearch(ctx: SearchContext, type: EntityType, q: string): Promise<FacetValue[]> {
  const res = await engineCall(() => ctx.client.index(ctx.indexName).searchForFacetValues({ facetName: ENTITY_ATTRIBUTE[type], facetQuery: q }));
  return res.facetHits.map((h) => ({ value: h.value, count: h.count }));
}

/** How well a completion matches what was typed: exact accents first, then a folded prefix. */
function matchRank(text: string, typed: string): number {
  const lower = text.toLowerCase();
  const typedLower = typed.toLowerCase();
  if (hasDiacritics(typed) && lower.startsWith(typedLower)) return 0;
  if (fold(text).startsWith(fold(typed))) return 1;
  return 2;
}

/** GET /api/suggest: entity completions with accents restored, most frequent first. */
export async function suggest(ctx: SearchContext, rawQ: string, limit: number): Promise<SuggestResponse> {
  const q = normalizeQuery(rawQ);
  if (q === '') return { suggestions: [] };
  const lists = await Promise.all(ENTITY_TYPES.map(async (type) => (await facetSearch(ctx, type, q)).map((v) => ({ text: v.value, type, count: v.count }))));
  const seen = new Set<string>();
  const suggestions: Suggestion[] = lists
    .flat()
    .sort((a, b) => matchRank(a.text, q) - matchRank(b.text, q) || b.count - a.count || compareVi(a.text, b.text))
    .filter((s) => {
      const key = `${s.type}\u0000${s.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
  return { suggestions };
}

/** GET /api/entities: values of one entity type with article counts (matching `q` when given). */
export async function listEntities(ctx: SearchContext, type: EntityType, q: string, limit: number): Promise<EntitiesResponse> {
  const query = normalizeQuery(q);
  if (query !== '') {
    const values = await facetSearch(ctx, type, query);
    return { type, entities: values.sort(byCountThenName).slice(0, limit) };
  }
  const attribute = ENTITY_ATTRIBUTE[type];
  const res = await engineCall(() => ctx.client.index(ctx.indexName).search('', { limit: 0, facets: [attribute] }));
  const entities = topValues(res.facetDistribution?.[attribute], limit);
  return { type, entities };
}

/** Number of articles in the index (a search with limit 0: the key can only search). */
export async function countArticles(ctx: SearchContext): Promise<number> {
  const res = await engineCall(() => ctx.client.index(ctx.indexName).search('', { limit: 0 }));
  return totalOf(res);
}
