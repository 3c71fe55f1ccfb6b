/** Named-entity tagging with vntk's NER model: vntk's `ner().tag(text)`. */
import { NER_TEMPLATE, wordColumns, writeNerItems, type WordColumns } from './features/sequence-features';
import { chunkTagsOf } from './chunker';
import { posTagsOf } from './pos-tagger';
import { canTagInScript, tagItems } from './vntk-runtime';
import { segmentWith } from './word-segmenter';

/** One row of vntk's NER tagger: word, POS tag, chunk tag, NER tag. */
export type NerRow = [word: string, pos: string, chunk: string, ner: string];

/** NER tags of words with their POS tags (vntk's NER features read no chunk tags). */
export function nerTagsOf(columns: WordColumns, pos: readonly string[], inScript: boolean): string[] {
  return tagItems('ner', NER_TEMPLATE, columns.words.length, inScript, (out) => writeNerItems(columns, pos, out));
}

/** [word, POS, chunk, NER] rows for `text` (the whole text is one CRF sequence, as in vntk). */
export function nerTag(text: string): NerRow[] {
  const inScript = canTagInScript(text);
  const columns = wordColumns(segmentWith(text, inScript));
  const pos = posTagsOf(columns, inScript);
  const chunks = chunkTagsOf(columns, pos, inScript);
  const entities = nerTagsOf(columns, pos, inScript);
  return columns.words.map((word, i): NerRow => [word, pos[i], chunks[i], entities[i]]);
}
