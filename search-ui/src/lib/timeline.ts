import type { FacetValue } from '../../../src/types';

/** Years in order with their counts, the years between without articles as 0, for the timeline. */
export function timeline(years: FacetValue[]): FacetValue[] {
  const counts = new Map(years.filter((y) => /^\d{4}$/.test(y.value)).map((y) => [Number(y.value), y.count]));
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const filled: FacetValue[] = [];
  for (let year = first; year <= last; year++) filled.push({ value: String(year), count: counts.get(year) ?? 0 });
  return filled;
}
