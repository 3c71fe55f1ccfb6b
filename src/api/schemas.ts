/**
 * Request parameters, validated once at the edge (zod). A bad value is refused with 400 and
 * a message naming the parameter; nothing unvalidated reaches the search layer.
 */
import { z } from 'zod';
import { ENTITY_TYPES, MAX_ENTITY_LIST } from '../search/attributes';
import type { SearchRequest } from '../search/search-service';

/** Longest accepted query, in characters. */
export const MAX_QUERY_LENGTH = 500;
/** Most values of one repeatable filter. */
const MAX_FILTER_VALUES = 20;
/** Longest filter value (entity names, sources). */
const MAX_FILTER_VALUE_LENGTH = 200;
/** Most results an export returns. */
export const MAX_EXPORT_ROWS = 1000;

/** One value or a repeated parameter (`?person=a&person=b`) → a list. */
const repeatable = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().trim().min(1).max(MAX_FILTER_VALUE_LENGTH)).max(MAX_FILTER_VALUES));

/** A single-valued parameter: a repeated one is refused rather than silently picking one. */
const single = z.string({ error: 'expected a single value' });

const isoDate = single.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a calendar date');

const integer = (min: number, max: number) => single.regex(/^-?\d+$/, 'expected an integer').transform(Number).pipe(z.number().int().min(min).max(max));
const decimal = single.regex(/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/, 'expected a number').transform(Number).pipe(z.number().finite());

const searchFields = {
  q: single.max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).optional().default(''),
  page: integer(1, 1000).optional().default(1),
  sort: z.enum(['relevance', 'newest', 'oldest']).optional().default('relevance'),
  person: repeatable,
  movement: repeatable,
  organization: repeatable,
  place: repeatable,
  document: repeatable,
  source: repeatable,
  year: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().regex(/^\d{4}$/, 'expected a four-digit year').transform(Number)).max(MAX_FILTER_VALUES)),
  from: isoDate.optional(),
  to: isoDate.optional(),
  unit: single.trim().min(1).max(50).optional(),
  min: decimal.optional(),
  max: decimal.optional(),
};

function checkRanges(v: { from?: string; to?: string; min?: number; max?: number; unit?: string }, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  if (v.min !== undefined && v.max !== undefined && v.min > v.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'must not be below min' });
}

export const searchQuerySchema = z.object({ ...searchFields, limit: integer(1, 100).optional().default(20) }).superRefine(checkRanges);

export const exportQuerySchema = z
  .object({ ...searchFields, limit: integer(1, MAX_EXPORT_ROWS).optional().default(MAX_EXPORT_ROWS), format: z.enum(['csv', 'json']).optional().default('csv') })
  .superRefine(checkRanges);

export const suggestQuerySchema = z.object({
  q: single.max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).optional().default(''),
  limit: integer(1, 20).optional().default(8),
});

export const entitiesQuerySchema = z.object({
  type: z.enum(ENTITY_TYPES as [string, ...string[]]).transform((t) => t as (typeof ENTITY_TYPES)[number]),
  q: single.max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).optional().default(''),
  limit: integer(1, MAX_ENTITY_LIST).optional().default(MAX_ENTITY_LIST),
});

/** Meilisearch document ids: letters, digits, hyphens and underscores, at most 511 bytes. */
export const articleIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,511}$/, 'not a valid article id');

/** Unix seconds of the start of a UTC day. */
function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 1000;
}

/** The search layer's request from validated parameters (dates → inclusive timestamp bounds). */
export function toSearchRequest(p: z.infer<typeof searchQuerySchema> | z.infer<typeof exportQuerySchema>): SearchRequest {
  const req: SearchRequest = {
    q: p.q,
    page: p.page,
    limit: p.limit,
    sort: p.sort,
    person: p.person,
    movement: p.movement,
    organization: p.organization,
    place: p.place,
    document: p.document,
    source: p.source,
    year: p.year,
  };
  if (p.from) req.fromTimestamp = dayStart(p.from);
  if (p.to) req.toTimestamp = dayStart(p.to) + 86399;
  if (p.unit !== undefined || p.min !== undefined || p.max !== undefined) req.quantity = { unit: p.unit, min: p.min, max: p.max };
  return req;
}
