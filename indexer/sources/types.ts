/** What a source yields besides articles: something that could not be read, and where. */
import type { RawArticle } from '../../src/types';

/** A record or file that could not be read; `origin` is the file (and line or byte offset). */
export interface SourceError {
  error: string;
  origin: string;
}

export type SourceItem = RawArticle | SourceError;

/** True when a source item is an error rather than an article. */
export function isSourceError(item: SourceItem): item is SourceError {
  return typeof (item as SourceError).error === 'string';
}
