/** The search benches' query mix: the eval's five query sets, seeded, shuffled together. */
import { abbreviationQueries, accentedQueries, knownItemQueries, numberQueries, personQueries, type EvalQuery } from '../eval/query-sets';
import { seededRandom, shuffled } from '../eval/random';
import type { CorpusArticle } from '../eval/corpus';
import { viewOf } from '../eval/text-view';

/** `count` queries drawn evenly from the five sets over the first 5,000 articles. */
export function benchQueries(articles: readonly CorpusArticle[], count: number): EvalQuery[] {
  const views = articles.slice(0, 5000).map(viewOf);
  const per = Math.ceil(count / 5);
  return shuffled(seededRandom(7), [
    ...knownItemQueries(views, seededRandom(1), per),
    ...accentedQueries(views, seededRandom(2), per),
    ...personQueries(views, seededRandom(3), per),
    ...numberQueries(views, seededRandom(4), per),
    ...abbreviationQueries(views, seededRandom(5), per),
  ]).slice(0, count);
}
