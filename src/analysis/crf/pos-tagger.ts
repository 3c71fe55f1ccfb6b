/** POS tagging with vntk's POS model: vntk's `posTag().tag(text)`. */
import { posModelItems, wordColumns, type WordColumns } from './features/sequence-features';
import { canFilterAttributes } from './model-attributes';
import { modelVocabulary, tagSequence } from './vntk-runtime';
import { segmentWith } from './word-segmenter';

/** One row of vntk's POS tagger: word, POS tag. */
export type PosToken = [word: string, pos: string];

/** POS tags of already segmented words (their columns, shared with the later models). */
export function posTagsOf(columns: WordColumns, filterable: boolean): string[] {
  return tagSequence('pos_tag', posModelItems(columns, filterable ? modelVocabulary('pos_tag') : null));
}

/** [word, POS] rows for `text`. */
export function posTag(text: string): PosToken[] {
  const filterable = canFilterAttributes(text);
  const words = segmentWith(text, filterable);
  const tags = posTagsOf(wordColumns(words), filterable);
  return words.map((word, i): PosToken => [word, tags[i]]);
}
