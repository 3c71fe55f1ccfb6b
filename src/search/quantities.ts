/** How number mentions are keyed for filtering; shared by the indexer (documents) and the API (filters). */
import { fold } from '../text/fold';

/** Filter key of a unit: folded, spaces to "_", "%" to "pct", "" to "_" ("công trình" → "cong_trinh"). */
export function unitKey(unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '') return '_';
  if (trimmed === '%') return 'pct';
  const key = fold(trimmed).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return key === '' ? '_' : key;
}
