/** Phrase chunking with vntk's chunking model: vntk's `chunking().tag(text)`. */
import { CHUNK_TEMPLATE, wordColumns, writeChunkItems, type WordColumns } from './features/sequence-features';
import { posTagsOf } from './pos-tagger';
import { canTagInScript, tagItems } from './vntk-runtime';
import { segmentWith } from './word-segmenter';

/** One row of vntk's chunker: word, POS tag, chunk tag. */
export type ChunkToken = [word: string, pos: string, chunk: string];

/** Chunk tags of words with their POS tags. */
export function chunkTagsOf(columns: WordColumns, pos: readonly string[], inScript: boolean): string[] {
  return tagItems('chunking', CHUNK_TEMPLATE, columns.words.length, inScript, (out) => writeChunkItems(columns, pos, out));
}

/** [word, POS, chunk] rows for `text`. */
export function chunkTag(text: string): ChunkToken[] {
  const inScript = canTagInScript(text);
  const columns = wordColumns(segmentWith(text, inScript));
  const pos = posTagsOf(columns, inScript);
  const chunks = chunkTagsOf(columns, pos, inScript);
  return columns.words.map((word, i): ChunkToken => [word, pos[i], chunks[i]]);
}
