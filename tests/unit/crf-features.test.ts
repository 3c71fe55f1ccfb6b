import { chunkModelItems, nerModelItems, posModelItems, wordColumns } from '../../src/analysis/crf/features/sequence-features';
import { wordModelItems } from '../../src/analysis/crf/features/word-features';
import { readModelVocabulary } from '../../src/analysis/crf/model-attributes';
import { tokenize } from '../../src/analysis/crf/tokenizer';
import { vntkModelPath } from '../../src/analysis/crf/vntk-runtime';
import { corpusSentences, seedPageLines } from './crf-corpus';
import { TRICKY_INPUTS } from './crf-tricky-inputs';

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
      expect(wordModelItems(tokens, null)).toEqual(vntkWord.transform(tokens.map((t) => [t, 'X'])));
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
      expect(posModelItems(columns, null)).toEqual(vntkPos.transform(words.map((w) => [w, 'X'])));
      expect(chunkModelItems(columns, pos, null)).toEqual(vntkChunk.transform(rows.map((r) => [r[0], r[1], 'X'])));
      expect(nerModelItems(columns, pos, null)).toEqual(vntkNer.transform(rows.map((r) => [r[0], r[1], r[2], 'X'])));
    }
  });
});

describe('attribute filtering', () => {
  it('keeps exactly the attributes the model knows, in template order', () => {
    const vocabulary = readModelVocabulary(vntkModelPath('word_tokenizer'));
    const known = new Set<string>();
    for (const values of vocabulary.values()) for (const attribute of values.values()) known.add(attribute);
    expect(known.size).toBeGreaterThan(10_000);
    for (const text of texts.slice(0, 40)) {
      const tokens = tokenize(text);
      const all = wordModelItems(tokens, null);
      const filtered = wordModelItems(tokens, vocabulary);
      expect(filtered).toEqual(all.map((item) => item.filter((attribute) => known.has(attribute))));
    }
  });
});
