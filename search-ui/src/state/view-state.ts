import type { ProfileType } from '../lib/labels';
import { isProfileType } from '../lib/labels';

/** Filters that take several values, each one repeated in the query string. */
export const LIST_FILTERS = ['person', 'movement', 'organization', 'place', 'document', 'year', 'source'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];

export type SortOrder = 'relevance' | 'newest' | 'oldest';
const SORTS: readonly SortOrder[] = ['relevance', 'newest', 'oldest'];

/** The whole view, as the URL's query string holds it: a link reproduces it. */
export interface ViewState {
  q: string;
  filters: Record<ListFilter, string[]>;
  /** Date range, YYYY-MM-DD, "" when open. */
  from: string;
  to: string;
  /** Number filter: a unit and a value range ("" when unset). */
  unit: string;
  min: string;
  max: string;
  sort: SortOrder;
  /** 1-based results page. */
  page: number;
  /** Id of the open article, if any. */
  article: string;
  /** The open entity page, if any. */
  entity: { type: ProfileType; name: string } | null;
}

/** A fresh search view with nothing set. */
export function emptyFilters(): Record<ListFilter, string[]> {
  return { person: [], movement: [], organization: [], place: [], document: [], year: [], source: [] };
}

export const EMPTY_VIEW: ViewState = {
  q: '',
  filters: emptyFilters(),
  from: '',
  to: '',
  unit: '',
  min: '',
  max: '',
  sort: 'relevance',
  page: 1,
  article: '',
  entity: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Reads a view from a query string ("?q=…&person=…"); unknown or malformed values are dropped. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const name of LIST_FILTERS) {
    filters[name] = unique(params.getAll(name).map((v) => v.trim()).filter(Boolean));
  }
  const sort = params.get('sort') as SortOrder | null;
  const page = Number(params.get('page'));
  const entityType = params.get('entityType') ?? '';
  const entityName = (params.get('entity') ?? '').trim();
  return {
    q: params.get('q') ?? '',
    filters,
    from: keepIf(params.get('from'), DATE),
    to: keepIf(params.get('to'), DATE),
    unit: (params.get('unit') ?? '').trim(),
    min: keepIf(params.get('min'), NUMBER),
    max: keepIf(params.get('max'), NUMBER),
    sort: sort && SORTS.includes(sort) ? sort : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    article: (params.get('article') ?? '').trim(),
    entity: entityName && isProfileType(entityType) ? { type: entityType, name: entityName } : null,
  };
}

/** The search parameters the API understands (no view parameters), defaults left out. */
export function searchParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q.trim());
  for (const name of LIST_FILTERS) for (const value of view.filters[name]) params.append(name, value);
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  if (view.unit) params.set('unit', view.unit);
  if (view.min) params.set('min', view.min);
  if (view.max) params.set('max', view.max);
  if (view.sort !== 'relevance') params.set('sort', view.sort);
  return params;
}

/** Writes a view as a query string ("" for the empty view, else "?…"). */
export function serializeViewState(view: ViewState): string {
  const params = searchParams(view);
  if (view.page > 1) params.set('page', String(view.page));
  if (view.article) params.set('article', view.article);
  if (view.entity) {
    params.set('entityType', view.entity.type);
    params.set('entity', view.entity.name);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether any filter (list, date or number) narrows the search. */
export function hasFilters(view: ViewState): boolean {
  return LIST_FILTERS.some((name) => view.filters[name].length > 0) || Boolean(view.from || view.to || view.unit || view.min || view.max);
}

/** The search view with one more value of a list filter (back to page 1, article and entity closed). */
export function withFilter(view: ViewState, name: ListFilter, value: string): ViewState {
  const values = view.filters[name].includes(value) ? view.filters[name] : [...view.filters[name], value];
  return toSearch({ ...view, filters: { ...view.filters, [name]: values } });
}

/** The search view without one value of a list filter. */
export function withoutFilter(view: ViewState, name: ListFilter, value: string): ViewState {
  return toSearch({ ...view, filters: { ...view.filters, [name]: view.filters[name].filter((v) => v !== value) } });
}

/** The search view with every filter removed (query and sort kept). */
export function withoutAnyFilter(view: ViewState): ViewState {
  return toSearch({ ...view, filters: emptyFilters(), from: '', to: '', unit: '', min: '', max: '' });
}

/** Back to the results list from an article or entity page, on page 1. */
export function toSearch(view: ViewState): ViewState {
  return { ...view, page: 1, article: '', entity: null };
}

/** A search narrowed to one entity and nothing else: what an entity link opens. */
export function entitySearch(name: ListFilter, value: string): ViewState {
  return withFilter(EMPTY_VIEW, name, value);
}

function keepIf(value: string | null, pattern: RegExp): string {
  const trimmed = (value ?? '').trim();
  return pattern.test(trimmed) ? trimmed : '';
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/**
 * The parameters sent to /api/search and /api/export: without a query, "relevance" means
 * nothing, so the newest articles come first.
 */
export function apiSearchParams(view: ViewState): URLSearchParams {
  const params = searchParams(view);
  if (!view.q.trim() && view.sort === 'relevance') params.set('sort', 'newest');
  return params;
}

/** The page of one person, movement or organisation. */
export function entityPage(type: ProfileType, name: string): ViewState {
  return { ...EMPTY_VIEW, filters: emptyFilters(), entity: { type, name } };
}
