/** One article to analyse and what to do with it: the same function in a worker or inline. */
import { analyzeArticle } from '../../src/analysis/analyze';
import type { RawArticle } from '../../src/types';
import { buildDocument } from '../document/build';

export interface AnalysisJob {
  raw: RawArticle;
  id: string;
  hash: string;
  /** The file the article came from (without line), stored for --prune. */
  origin: string;
}

/** Analyses an article and returns its stored document, serialized (the feeder sends JSON as is). */
export function runAnalysisJob(job: AnalysisJob): string {
  const analyzed = analyzeArticle(job.raw);
  return JSON.stringify(buildDocument(job.raw, analyzed, { id: job.id, hash: job.hash, origin: job.origin }));
}
