/**
 * Meilisearch filter expressions built from validated parameters. Every string value goes
 * through quoteFilterValue, so no value (quotes, backslashes, OR, `"a" = "a"`) can change the
 * expression's structure; attribute names come from fixed tables, numbers from the schema.
 */
import { FACET_ATTRIBUTE } from './attributes';
import { unitKey } from './quantities';

/** A string value as a quoted filter literal: backslash and double quote escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A number as a filter literal (finite by construction of the schema). */
function numberLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`filter: not a finite number: ${n}`);
  return String(n);
}

/** `attribute = "v1" OR attribute = "v2"` for one repeatable parameter (any of the values). */
export function anyOf(attribute: string, values: readonly string[]): string {
  return values.map((v) => `${attribute} = ${quoteFilterValue(v)}`).join(' OR ');
}

/** What a search can be restricted to; all present conditions must hold. */
export interface FilterParams {
  person?: string[];
  movement?: string[];
  organization?: string[];
  place?: string[];
  document?: string[];
  source?: string[];
  year?: number[];
  /** Unix seconds, inclusive. */
  fromTimestamp?: number;
  /** Unix seconds, inclusive. */
  toTimestamp?: number;
  /** A quantity range matched within one number mention. */
  quantity?: { unit?: string; min?: number; max?: number };
}

/** Range condition on one numeric attribute; `TO` keeps both bounds on the same array value. */
export function rangeCondition(attribute: string, min?: number, max?: number): string | null {
  if (min !== undefined && max !== undefined) return `${attribute} ${numberLiteral(min)} TO ${numberLiteral(max)}`;
  if (min !== undefined) return `${attribute} >= ${numberLiteral(min)}`;
  if (max !== undefined) return `${attribute} <= ${numberLiteral(max)}`;
  return null;
}

/** The filter as an array of AND-ed groups (Meilisearch's array form), each group parenthesised. */
export function buildFilter(params: FilterParams): string[] {
  const groups: string[] = [];
  const stringFilters: [keyof FilterParams, string][] = [
    ['person', FACET_ATTRIBUTE.person],
    ['movement', FACET_ATTRIBUTE.movement],
    ['organization', FACET_ATTRIBUTE.organization],
    ['place', FACET_ATTRIBUTE.place],
    ['document', 'documents'],
    ['source', FACET_ATTRIBUTE.source],
  ];
  for (const [param, attribute] of stringFilters) {
    const values = params[param] as string[] | undefined;
    if (values && values.length > 0) groups.push(`(${anyOf(attribute, values)})`);
  }
  if (params.year && params.year.length > 0) {
    groups.push(`(${params.year.map((y) => `year = ${numberLiteral(y)}`).join(' OR ')})`);
  }
  const dates = rangeCondition('timestamp', params.fromTimestamp, params.toTimestamp);
  if (dates) groups.push(`(${dates})`);
  if (params.quantity) {
    const { unit, min, max } = params.quantity;
    const attribute = unit !== undefined && unit.trim() !== '' ? `quantities.${unitKey(unit)}` : 'numberValues';
    const range = rangeCondition(attribute, min, max);
    if (range) groups.push(`(${range})`);
    else groups.push(`(${attribute} EXISTS)`);
  }
  return groups;
}

/** A number value with a relative tolerance, so float rounding in "1,5 triệu" never misses 1500000. */
export function approximately(attribute: string, value: number, to?: number): string {
  const low = value - Math.abs(value) * 1e-9;
  const high = (to ?? value) + Math.abs(to ?? value) * 1e-9;
  return `${attribute} ${numberLiteral(low)} TO ${numberLiteral(high)}`;
}
