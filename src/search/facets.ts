/**
 * The facet values a search shows: per facet, the most frequent values of the engine's
 * distribution, ties in Vietnamese alphabetical order.
 */
import type { FacetDistribution } from './meili';
import type { FacetName, FacetValue } from '../types';
import { FACET_ATTRIBUTE, FACET_NAMES } from './attributes';

/** Facet values shown per facet. */
export const FACET_VALUES_SHOWN = 30;

/** Vietnamese order; one collator (String#localeCompare with a locale builds one per call). */
export const compareVi = new Intl.Collator('vi').compare;

/** Most frequent first, ties in Vietnamese alphabetical order. */
export function byCountThenName(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || compareVi(a.value, b.value);
}

/** How a distribution's keys become values (facets of a search reply come as UTF-8 bytes, see utf8-bytes.ts). */
export type FacetKeyDecoder = (key: string) => string;

const asIs: FacetKeyDecoder = (key) => key;

/** The `limit` most frequent values, ties alphabetical, from a distribution in any order. */
function topValuesAnyOrder(distribution: Record<string, number>, limit: number, decode: FacetKeyDecoder): FacetValue[] {
  const values = Object.entries(distribution).map(([value, count]) => ({ value, count }));
  // The count of the limit-th value: anything below it cannot be shown (a facet has up to MAX_ENTITY_LIST values, see attributes.ts).
  const cut = values.length > limit ? values.map((v) => v.count).sort((a, b) => b - a)[limit - 1] : 0;
  return values
    .filter((v) => v.count >= cut)
    .map((v) => ({ value: decode(v.value), count: v.count }))
    .sort(byCountThenName)
    .slice(0, limit);
}

/**
 * The `limit` most frequent values, ties alphabetical. The engine lists values most frequent
 * first (sortFacetValuesBy count): one pass keeps only those that can make the cut, without
 * copying the other hundreds (that cost ~0.4 ms a search for the six facets, profiled). Any
 * other order (integer-like keys such as years are enumerated in numeric order) takes the
 * general path.
 */
export function topValues(distribution: Record<string, number> | undefined, limit: number, decode: FacetKeyDecoder = asIs): FacetValue[] {
  if (distribution === undefined) return [];
  const kept: FacetValue[] = [];
  let previous = Infinity;
  for (const value in distribution) {
    const count = distribution[value];
    if (count > previous) return topValuesAnyOrder(distribution, limit, decode);
    previous = count;
    if (kept.length < limit || count >= kept[limit - 1].count) kept.push({ value, count });
  }
  for (const v of kept) v.value = decode(v.value);
  return kept.sort(byCountThenName).slice(0, limit);
}

/** The API's facets from the engine's distribution (attributes named as in FACET_ATTRIBUTE; values decoded by `decode`). */
export function toFacets(distribution: FacetDistribution, decode: FacetKeyDecoder = asIs): Record<FacetName, FacetValue[]> {
  const facets = {} as Record<FacetName, FacetValue[]>;
  for (const name of FACET_NAMES) facets[name] = topValues(distribution[FACET_ATTRIBUTE[name]], FACET_VALUES_SHOWN, decode);
  return facets;
}
