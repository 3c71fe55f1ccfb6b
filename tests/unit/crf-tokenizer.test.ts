import { tokenize } from '../../src/analysis/crf/tokenizer';
import { corpusSentences, seedPageLines } from './crf-corpus';
import { TRICKY_INPUTS } from './crf-tricky-inputs';

// vntk's own regex tokenizer, the reference.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vntkTokenizer = require('vntk/lib/tokenizer') as { tokenize(text: string): string[] };

describe('tokenize: same tokens as vntk', () => {
  it('on corpus sentences', () => {
    const sentences = corpusSentences(600);
    expect(sentences.length).toBeGreaterThan(500);
    for (const s of sentences) expect(tokenize(s)).toEqual(vntkTokenizer.tokenize(s));
  });

  it('on the seed page, line by line and whole', () => {
    for (const line of seedPageLines()) expect(tokenize(line)).toEqual(vntkTokenizer.tokenize(line));
    const page = seedPageLines().join('\n');
    expect(tokenize(page)).toEqual(vntkTokenizer.tokenize(page));
  });

  it.each(TRICKY_INPUTS.map((s) => [JSON.stringify(s).slice(0, 60), s]))('on %s', (_label, input) => {
    expect(tokenize(input)).toEqual(vntkTokenizer.tokenize(input));
  });

  it('keeps a whole text that is one URL as one token, like vntk', () => {
    expect(tokenize('https://example.com/a?b=1&c=2')).toEqual(['https://example.com/a?b=1&c=2']);
    expect(tokenize('TP. HCM')).toEqual(['TP.', 'HCM']);
  });
});

describe('tokenize: linear where vntk backtracks', () => {
  // vntk's anchored web pattern backtracks exponentially on a long ASCII upper-case or digit
  // run at the start of a text that is not all URL characters; ours answers at once.
  it('splits a long upper-case run followed by a word', () => {
    const run = 'A'.repeat(5000);
    const start = Date.now();
    expect(tokenize(`${run} bé`)).toEqual([run, 'bé']);
    expect(tokenize(`${'7'.repeat(5000)} số`)).toEqual(['7'.repeat(5000), 'số']);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
