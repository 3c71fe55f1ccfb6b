/**
 * vntk's CRF pipeline (word segmentation → POS → chunking → NER) with vntk's own models
 * and identical output, but features built in linear time.
 */
export { tokenize } from './tokenizer';
export { segment } from './word-segmenter';
export { posTag, type PosToken } from './pos-tagger';
export { chunkTag, type ChunkToken } from './chunker';
export { nerTag, type NerRow } from './ner-tagger';
