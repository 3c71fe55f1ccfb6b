/** The search benches' query mix: the eval's five query sets, seeded, shuffled together. */
import { querySets, type EvalQuery } from '../eval/query-sets';
import { seededRandom, shuffled } from '../eval/random';
import type { CorpusArticle } from '../eval/corpus';
import { viewOf } from '../eval/text-view';

/** `count` queries drawn evenly from the five sets over the first 5,000 articles. */
export function benchQueries(articles: readonly CorpusArticle[], count: number): EvalQuery[] {
  const views = articles.slice(0, 5000).map(viewOf);
  const per = Math.ceil(count / 5);
  return shuffled(seededRandom(7), Object.values(querySets(views, 0, per)).flat()).slice(0, count);
}
