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

/** How a distribution's keys become values, all at once (facets of a search reply come as UTF-8 bytes, see utf8-bytes.ts). */
export type FacetKeysDecoder = (keys: string[]) => string[];

const asIs: FacetKeysDecoder = (keys) => keys;

/** The values that can be among the `limit` most frequent, undecoded and unsorted, from a distribution in any order. */
function candidatesAnyOrder(distribution: Record<string, number>, limit: number): FacetValue[] {
  const values = Object.entries(distribution).map(([value, count]) => ({ value, count }));
  // The count of the limit-th value: anything below it cannot be shown (a facet has up to MAX_ENTITY_LIST values, see attributes.ts).
  const cut = values.length > limit ? values.map((v) => v.count).sort((a, b) => b - a)[limit - 1] : 0;
  return values.filter((v) => v.count >= cut);
}

/** A key JavaScript enumerates before the others, in numeric order (an array index). */
const INTEGER_KEY = /^(0|[1-9][0-9]{0,9})$/;

/**
 * The values that can be among the `limit` most frequent, undecoded and unsorted. The engine
 * lists values most frequent first (sortFacetValuesBy count): one pass keeps only those that
 * can make the cut and stops at the first below it, without copying the other values (that cost
 * ~0.4 ms a search for the six facets, profiled). Any other order (integer-like keys such as
 * years are enumerated in numeric order) takes the general path.
 */
function candidates(distribution: Record<string, number>, limit: number): FacetValue[] {
  const kept: FacetValue[] = [];
  let previous = Infinity;
  for (const value in distribution) {
    const count = distribution[value];
    if (count > previous) return candidatesAnyOrder(distribution, limit);
    // Below the cut, and past the integer-like keys (enumerated first, in numeric order): so is the rest.
    if (kept.length >= limit && count < kept[limit - 1].count && !INTEGER_KEY.test(value)) break;
    previous = count;
    kept.push({ value, count });
  }
  return kept;
}

/** The candidates' values decoded in one call, each list sorted (most frequent first, ties alphabetical) and cut to `limit`. */
function decodedTop(lists: FacetValue[][], limit: number, decode: FacetKeysDecoder): FacetValue[][] {
  const values = decode(lists.flatMap((list) => list.map((v) => v.value)));
  let at = 0;
  for (const list of lists) for (const v of list) v.value = values[at++];
  return lists.map((list) => list.sort(byCountThenName).slice(0, limit));
}

/** The `limit` most frequent values, ties alphabetical. */
export function topValues(distribution: Record<string, number> | undefined, limit: number, decode: FacetKeysDecoder = asIs): FacetValue[] {
  if (distribution === undefined) return [];
  return decodedTop([candidates(distribution, limit)], limit, decode)[0];
}

/** The API's facets from the engine's distribution (attributes named as in FACET_ATTRIBUTE; all values decoded by one `decode` call). */
export function toFacets(distribution: FacetDistribution, decode: FacetKeysDecoder = asIs): Record<FacetName, FacetValue[]> {
  const lists = FACET_NAMES.map((name) => {
    const values = distribution[FACET_ATTRIBUTE[name]];
    return values === undefined ? [] : candidates(values, FACET_VALUES_SHOWN);
  });
  const top = decodedTop(lists, FACET_VALUES_SHOWN, decode);
  const facets = {} as Record<FacetName, FacetValue[]>;
  FACET_NAMES.forEach((name, i) => (facets[name] = top[i]));
  return facets;
}
