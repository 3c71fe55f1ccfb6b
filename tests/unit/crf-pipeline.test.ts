import { chunkTag, nerTag, posTag, segmentWords } from '../../src/analysis/nlp';
import { joinSyllables } from '../../src/analysis/crf/word-segmenter';
import { segmentLine } from '../../src/cli/segment';
import { corpusSentences, seedPageLines } from './crf-corpus';
import { TRICKY_INPUTS } from './crf-tricky-inputs';

// vntk itself, the reference.
interface Tagger<T> {
  tag(text: string): T;
}
interface Vntk {
  wordTokenizer(): Tagger<string[]>;
  posTag(): Tagger<string[][]>;
  chunking(): Tagger<string[][]>;
  ner(): Tagger<string[][]>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vntk = require('vntk') as Vntk;

const sentences = corpusSentences(250);
const seedLines = seedPageLines();
const shortTricky = TRICKY_INPUTS.filter((s) => s.length <= 300);

describe('segmentWords: identical to vntk wordTokenizer().tag', () => {
  it('on 250 corpus sentences', () => {
    expect(sentences.length).toBe(250);
    for (const s of sentences) expect(segmentWords(s)).toEqual(vntk.wordTokenizer().tag(s));
  });

  it('on the seed page, line by line', () => {
    for (const line of seedLines) expect(segmentWords(line)).toEqual(vntk.wordTokenizer().tag(line));
  });

  it.each(TRICKY_INPUTS.map((s) => [JSON.stringify(s).slice(0, 50), s]))('on %s', (_label, input) => {
    expect(segmentWords(input)).toEqual(vntk.wordTokenizer().tag(input));
  });

  it('joins syllables of a word with a space', () => {
    expect(segmentWords('Ủy ban nhân dân tỉnh An Giang')).toContain('An Giang');
  });
});

describe('nerTag: identical to vntk ner().tag', () => {
  it('on 100 corpus sentences', () => {
    for (const s of sentences.slice(0, 100)) expect(nerTag(s)).toEqual(vntk.ner().tag(s));
  });

  it('on the seed page, line by line', () => {
    for (const line of seedLines) expect(nerTag(line)).toEqual(vntk.ner().tag(line));
  });

  it.each(shortTricky.map((s) => [JSON.stringify(s).slice(0, 50), s]))('on %s', (_label, input) => {
    expect(nerTag(input)).toEqual(vntk.ner().tag(input));
  });

  it('finds the people of the seed page', () => {
    const rows = seedLines.flatMap((line) => nerTag(line));
    const people = rows.filter((r) => r[3] === 'B-PER' || r[3] === 'I-PER').map((r) => r[0]);
    expect(people.join(' ')).toContain('Lê Văn Phước');
  });
});

describe('posTag and chunkTag: identical to vntk', () => {
  it('on corpus sentences', () => {
    for (const s of sentences.slice(0, 20)) {
      expect(posTag(s)).toEqual(vntk.posTag().tag(s));
      expect(chunkTag(s)).toEqual(vntk.chunking().tag(s));
    }
  });
});

describe('vntk quirks kept', () => {
  it('drops an IW label before any word, as vntk (it writes to output[-1])', () => {
    expect(joinSyllables(['a', 'b', 'c'], ['IW', 'B_W', 'IW'])).toEqual(['b c']);
  });
});

describe('segment CLI line format', () => {
  it('joins every syllable of a word with _ and words with spaces', () => {
    const line = 'Ủy ban nhân dân tỉnh An Giang';
    expect(segmentLine(line)).toBe(segmentWords(line).map((w) => w.split(' ').join('_')).join(' '));
    expect(segmentLine(line)).toContain('An_Giang');
  });

  it('keeps an empty line empty', () => {
    expect(segmentLine('')).toBe('');
  });
});

describe('linear time', () => {
  // vntk rebuilds every column for every token: on this paragraph it would not finish.
  const words = sentences.join(' ').split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
  const paragraph: string[] = [];
  for (let i = 0, n = 0; n < 200_000; i = (i + 1) % words.length) {
    paragraph.push(words[i]);
    n += words[i].length + 1;
  }
  const text = paragraph.join(' ');

  // CPU time, not wall time: a guard against quadratic work, robust to a busy machine.
  const cpuSeconds = (run: () => void): number => {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };

  it('segments a 200 kB unpunctuated paragraph in about a second of CPU', () => {
    let segmented: string[] = [];
    expect(cpuSeconds(() => (segmented = segmentWords(text)))).toBeLessThan(3);
    expect(segmented.length).toBeGreaterThan(20_000);
  });

  it('NER-tags a 200 kB unpunctuated paragraph in a few seconds of CPU', () => {
    let tagged: string[][] = [];
    expect(cpuSeconds(() => (tagged = nerTag(text)))).toBeLessThan(6);
    expect(tagged.map((r) => r[0])).toEqual(segmentWords(text));
  });
});
