import { attributeStrings } from '../../src/analysis/crf/features/item-writer';
import {
  CHUNK_TEMPLATE,
  NER_TEMPLATE,
  POS_TEMPLATE,
  wordColumns,
  writeChunkItems,
  writeNerItems,
  writePosItems,
  type WordColumns,
} from '../../src/analysis/crf/features/sequence-features';
import { WORD_TEMPLATE, writeWordItems } from '../../src/analysis/crf/features/word-features';
import { tokenize } from '../../src/analysis/crf/tokenizer';
import { canTagInScript, crfTagger, tagItems, type VntkModel } from '../../src/analysis/crf/vntk-runtime';
import { corpusSentences, seedPageLines } from './crf-corpus';
import { TRICKY_INPUTS } from './crf-tricky-inputs';

const wordModelItems = (tokens: readonly string[]): string[][] =>
  attributeStrings(WORD_TEMPLATE, (out) => writeWordItems(tokens, out));
const posModelItems = (c: WordColumns): string[][] => attributeStrings(POS_TEMPLATE, (out) => writePosItems(c, out));
const chunkModelItems = (c: WordColumns, pos: string[]): string[][] =>
  attributeStrings(CHUNK_TEMPLATE, (out) => writeChunkItems(c, pos, out));
const nerModelItems = (c: WordColumns, pos: string[]): string[][] =>
  attributeStrings(NER_TEMPLATE, (out) => writeNerItems(c, pos, out));

// vntk's own models: their `transform` builds the reference features.
type Rows = string[][];
interface Transformer {
  transform(tokens: Rows): Rows;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const vntkWord = require('vntk/lib/word_tokenizer') as Transformer;
const vntkPos = require('vntk/lib/pos_tag') as Transformer;
const vntkChunk = require('vntk/lib/chunking') as Transformer;
const vntkNer = require('vntk/lib/ner') as Transformer & { tag(text: string): Rows };
/* eslint-enable @typescript-eslint/no-require-imports */

/** Texts short enough for vntk's quadratic builder (the long tricky ones are for the pipeline). */
const texts = [
  ...corpusSentences(60, 300, 250),
  ...seedPageLines().filter((line) => line.length <= 300),
  ...TRICKY_INPUTS.filter((s) => s.length <= 200),
];

describe('word-model features: exactly vntk word_tokenizer.transform', () => {
  it.each([
    ['corpus, seed page and tricky texts', texts],
    ['"=" values (split quirk) and dictionary masking', ['a = b', '==> ==', 'x=y=z thành phố Hồ Chí Minh', 'Ủy ban nhân dân tỉnh']],
  ])('on %s', (_label, inputs) => {
    for (const text of inputs) {
      const tokens = tokenize(text);
      expect(wordModelItems(tokens)).toEqual(vntkWord.transform(tokens.map((t) => [t, 'X'])));
    }
  });
});

describe('POS, chunking and NER features: exactly vntk transform', () => {
  it('on corpus, seed page and tricky texts', () => {
    for (const text of texts.slice(0, 60)) {
      const rows = vntkNer.tag(text);
      const words = rows.map((r) => r[0]);
      const pos = rows.map((r) => r[1]);
      const columns = wordColumns(words);
      expect(posModelItems(columns)).toEqual(vntkPos.transform(words.map((w) => [w, 'X'])));
      expect(chunkModelItems(columns, pos)).toEqual(vntkChunk.transform(rows.map((r) => [r[0], r[1], 'X'])));
      expect(nerModelItems(columns, pos)).toEqual(vntkNer.transform(rows.map((r) => [r[0], r[1], r[2], 'X'])));
    }
  });
});

describe('script tagger (viterbi.ts over the model file): the native crfsuite tagger\'s labels', () => {
  /** Labels of both taggers for the items `write` produces. */
  function bothTaggers(model: VntkModel, template: readonly string[], n: number, write: Parameters<typeof tagItems>[4]) {
    return {
      script: tagItems(model, template, n, true, write),
      native: crfTagger(model).tag(attributeStrings(template, write)),
    };
  }

  it('on every model, for corpus, seed page and tricky texts', () => {
    let compared = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      if (tokens.length === 0 || !canTagInScript(text)) continue;
      const words = bothTaggers('word_tokenizer', WORD_TEMPLATE, tokens.length, (out) => writeWordItems(tokens, out));
      expect(words.script).toEqual(words.native);
      const rows = vntkNer.tag(text);
      const columns = wordColumns(rows.map((r) => r[0]));
      const pos = rows.map((r) => r[1]);
      const n = rows.length;
      const posTags = bothTaggers('pos_tag', POS_TEMPLATE, n, (out) => writePosItems(columns, out));
      expect(posTags.script).toEqual(posTags.native);
      const chunks = bothTaggers('chunking', CHUNK_TEMPLATE, n, (out) => writeChunkItems(columns, pos, out));
      expect(chunks.script).toEqual(chunks.native);
      const entities = bothTaggers('ner', NER_TEMPLATE, n, (out) => writeNerItems(columns, pos, out));
      expect(entities.script).toEqual(entities.native);
      compared++;
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('tags an empty sequence as nothing', () => {
    expect(tagItems('ner', NER_TEMPLATE, 0, true, () => undefined)).toEqual([]);
  });
});
