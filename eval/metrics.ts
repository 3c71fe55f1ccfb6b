/** The eval's figures, per query: 1 = perfect, 0 = nothing right. */
import type { EvalQuery } from './query-sets';
import { hasAllWords, namesExactly, type ArticleView } from './text-view';

/** How many top results each set looks at. */
export const DEPTH: Record<EvalQuery['set'], number> = { 'known-item': 3, number: 3, abbreviation: 3, accented: 10, person: 5 };

/** What each set's figure is called in the report. */
export const METRIC_NAME: Record<EvalQuery['set'], string> = {
  'known-item': 'success@3',
  number: 'success@3',
  abbreviation: 'success@3',
  accented: 'exact-accent precision@10 (of min(10, R))',
  person: 'exact-person share@5 (of min(5, R))',
};

/** Whether an article is a right answer for a query of the accented or person set. */
export function isRelevant(query: EvalQuery, view: ArticleView): boolean {
  if (query.set === 'accented') return hasAllWords(view, query.words ?? []);
  if (query.set === 'person') return namesExactly(view, query.name ?? '');
  return false;
}

/**
 * Score of one query's ranked ids. For the accented and person sets: the share of the top
 * results that are right, out of as many as can be right (min(depth, right articles in the
 * index)), so that a perfect ranking scores 1 even when only two articles name a person.
 */
export function scoreQuery(query: EvalQuery, ids: readonly string[], views: ReadonlyMap<string, ArticleView>, relevantCount = Infinity): number {
  const top = ids.slice(0, DEPTH[query.set]);
  const hits = top.map((id) => views.get(id)).filter((v): v is ArticleView => v !== undefined);
  const possible = Math.max(1, Math.min(DEPTH[query.set], relevantCount));
  switch (query.set) {
    case 'known-item':
    case 'number':
      return top.some((id) => query.targets?.includes(id)) ? 1 : 0;
    case 'abbreviation':
      return hits.some((v) => query.phrases?.some((p) => v.folded.includes(p))) ? 1 : 0;
    case 'accented':
    case 'person':
      return Math.min(1, hits.filter((v) => isRelevant(query, v)).length / possible);
  }
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
