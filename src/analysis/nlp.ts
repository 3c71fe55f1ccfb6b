/**
 * The seam between the analysis and the Vietnamese NLP models: word segmentation, POS,
 * chunking and NER with vntk's CRF models. Everything else imports these functions, never
 * vntk itself. The output is vntk's, token for token; the features behind it are built in
 * linear time by ./crf (vntk's own builder is quadratic in the text length).
 */
import { chunkTag as crfChunkTag, nerTag as crfNerTag, posTag as crfPosTag, segment } from './crf';
import type { ChunkToken, NerRow, PosToken } from './crf';

/** One NER row as vntk's `ner.tag(text)` returns it: word, POS tag, chunk tag, NER tag. */
export type NerToken = NerRow;
export type { ChunkToken, PosToken };

/** Words of `text`, syllables of a word separated by a space (vntk's `wordTokenizer().tag(text)`). */
export function segmentWords(text: string): string[] {
  return segment(text);
}

/** [word, POS] rows for `text` (vntk's `posTag().tag(text)`). */
export function posTag(text: string): PosToken[] {
  return crfPosTag(text);
}

/** [word, POS, chunk] rows for `text` (vntk's `chunking().tag(text)`). */
export function chunkTag(text: string): ChunkToken[] {
  return crfChunkTag(text);
}

/** NER rows for `text` (vntk's `ner().tag(text)`). */
export function nerTag(text: string): NerToken[] {
  return crfNerTag(text);
}
