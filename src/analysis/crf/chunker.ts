/** Phrase chunking with vntk's chunking model: vntk's `chunking().tag(text)`. */
import { chunkModelItems, wordColumns, type WordColumns } from './features/sequence-features';
import { canFilterAttributes } from './model-attributes';
import { posTagsOf } from './pos-tagger';
import { modelVocabulary, tagSequence } from './vntk-runtime';
import { segmentWith } from './word-segmenter';

/** One row of vntk's chunker: word, POS tag, chunk tag. */
export type ChunkToken = [word: string, pos: string, chunk: string];

/** Chunk tags of words with their POS tags. */
export function chunkTagsOf(columns: WordColumns, pos: readonly string[], filterable: boolean): string[] {
  return tagSequence('chunking', chunkModelItems(columns, pos, filterable ? modelVocabulary('chunking') : null));
}

/** [word, POS, chunk] rows for `text`. */
export function chunkTag(text: string): ChunkToken[] {
  const filterable = canFilterAttributes(text);
  const columns = wordColumns(segmentWith(text, filterable));
  const pos = posTagsOf(columns, filterable);
  const chunks = chunkTagsOf(columns, pos, filterable);
  return columns.words.map((word, i): ChunkToken => [word, pos[i], chunks[i]]);
}
