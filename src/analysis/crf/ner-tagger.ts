/** Named-entity tagging with vntk's NER model: vntk's `ner().tag(text)`. */
import { nerModelItems, wordColumns } from './features/sequence-features';
import { chunkTagsOf } from './chunker';
import { canFilterAttributes } from './model-attributes';
import { posTagsOf } from './pos-tagger';
import { modelVocabulary, tagSequence } from './vntk-runtime';
import { segmentWith } from './word-segmenter';

/** One row of vntk's NER tagger: word, POS tag, chunk tag, NER tag. */
export type NerRow = [word: string, pos: string, chunk: string, ner: string];

/** [word, POS, chunk, NER] rows for `text` (the whole text is one CRF sequence, as in vntk). */
export function nerTag(text: string): NerRow[] {
  const filterable = canFilterAttributes(text);
  const columns = wordColumns(segmentWith(text, filterable));
  const pos = posTagsOf(columns, filterable);
  const chunks = chunkTagsOf(columns, pos, filterable);
  const entities = tagSequence('ner', nerModelItems(columns, pos, filterable ? modelVocabulary('ner') : null));
  return columns.words.map((word, i): NerRow => [word, pos[i], chunks[i], entities[i]]);
}
