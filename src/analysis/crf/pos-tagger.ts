/** POS tagging with vntk's POS model: vntk's `posTag().tag(text)`. */
import { POS_TEMPLATE, wordColumns, writePosItems, type WordColumns } from './features/sequence-features';
import { canTagInScript, tagItems } from './vntk-runtime';
import { segmentWith } from './word-segmenter';

/** One row of vntk's POS tagger: word, POS tag. */
export type PosToken = [word: string, pos: string];

/** POS tags of already segmented words (their columns, shared with the later models). */
export function posTagsOf(columns: WordColumns, inScript: boolean): string[] {
  return tagItems('pos_tag', POS_TEMPLATE, columns.words.length, inScript, (out) => writePosItems(columns, out));
}

/** [word, POS] rows for `text`. */
export function posTag(text: string): PosToken[] {
  const inScript = canTagInScript(text);
  const words = segmentWith(text, inScript);
  const tags = posTagsOf(wordColumns(words), inScript);
  return words.map((word, i): PosToken => [word, tags[i]]);
}
