/**
 * `npm run bench:analysis`: our CRF pipeline (src/analysis/crf) against vntk 1.4.4 on the
 * same corpus sentences, in one run: speed, identity of the output, peak memory, and a
 * linear-time check on long unpunctuated paragraphs.
 *
 * Flags: --chars N         size of the corpus slice (default 1000000 characters)
 *        --vntk-chars N    sub-sample vntk's speed is timed on (default 200000)
 *        --linear a,b,…    paragraph sizes for the linear-time check (default 100000,1000000)
 *        --no-cache        recompute vntk's reference output even when cached
 *
 * Identity needs vntk's output on the whole slice (~4 min for segmentation, ~5 for NER).
 * vntk is deterministic, so its output is cached outside the project (os.tmpdir(), keyed by
 * the vntk version and a hash of the sentences); a rerun times vntk afresh on the sub-sample
 * only. Speed ratios compare both on that same sub-sample, ours timed right after vntk's
 * (wall clock and process CPU time; the CPU figure is steadier on a shared machine).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipLines } from '../eval/corpus';
import { nerTag, segmentWords } from '../src/analysis/nlp';

const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'baomoi-2017.jsonl.gz');

interface Options {
  chars: number;
  vntkChars: number;
  linear: number[];
  cache: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      chars: { type: 'string', default: '1000000' },
      'vntk-chars': { type: 'string', default: '200000' },
      linear: { type: 'string', default: '100000,1000000' },
      'no-cache': { type: 'boolean', default: false },
    },
  });
  const positive = (text: string, flag: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`bench: --${flag} must be a positive integer`);
    return n;
  };
  return {
    chars: positive(values.chars, 'chars'),
    vntkChars: positive(values['vntk-chars'], 'vntk-chars'),
    linear: values.linear.split(',').map((n) => positive(n, 'linear')),
    cache: !values['no-cache'],
  };
}

/** Sentences of the first articles whose title and body lines reach `chars` characters. */
async function corpusSentences(chars: number): Promise<{ sentences: string[]; articles: number }> {
  const lines = gzipLines(CORPUS);
  const sentences: string[] = [];
  let total = 0;
  let articles = 0;
  for await (const line of lines) {
    const article = JSON.parse(line) as { title: string; body: string };
    articles++;
    for (const text of [article.title, ...article.body.split('\n')]) {
      for (const sentence of splitSentences(text)) {
        sentences.push(sentence);
        total += sentence.length;
      }
    }
    if (total >= chars) break;
  }
  lines.close();
  return { sentences, articles };
}

/** Splits a paragraph after . ! ? … (and a closing quote or bracket) followed by spaces. */
function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?…]["”’)]?)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function charCount(sentences: readonly string[]): number {
  let n = 0;
  for (const s of sentences) n += s.length;
  return n;
}

/** The first sentences reaching `chars` characters. */
function prefix(sentences: readonly string[], chars: number): string[] {
  const out: string[] = [];
  let n = 0;
  for (const s of sentences) {
    if (n >= chars) break;
    out.push(s);
    n += s.length;
  }
  return out;
}

interface Timed<T> {
  result: T;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process (all threads), less sensitive to a busy machine. */
  cpuSeconds: number;
}

function timed<T>(run: () => T): Timed<T> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { result, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

interface Vntk {
  wordTokenizer(): { tag(text: string): string[] };
  ner(): { tag(text: string): string[][] };
}

function loadVntk(): Vntk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('vntk') as Vntk;
}

function vntkVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(require.resolve('vntk')), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** vntk's output for every sentence, from the cache or computed (and cached). */
function vntkReference<T>(name: string, sentences: readonly string[], tag: (s: string) => T, options: Options): { outputs: T[]; computedSeconds?: number } {
  const key = createHash('sha256').update(vntkVersion()).update(name).update(sentences.join('\n')).digest('hex').slice(0, 24);
  const file = path.join(os.tmpdir(), 'vn-news-search-bench', `vntk-${name}-${key}.json`);
  if (options.cache && fs.existsSync(file)) return { outputs: JSON.parse(fs.readFileSync(file, 'utf8')) as T[] };
  process.stderr.write(`bench: computing vntk ${name} on ${sentences.length} sentences (minutes)…\n`);
  const { result, seconds } = timed(() =>
    sentences.map((s, i) => {
      if (i > 0 && i % 1000 === 0) process.stderr.write(`bench:   ${i}/${sentences.length}\n`);
      return tag(s);
    }),
  );
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(result));
  return { outputs: result, computedSeconds: seconds };
}

function sameShare<T>(ours: readonly T[], theirs: readonly T[]): { same: number; share: string } {
  let same = 0;
  for (let i = 0; i < ours.length; i++) if (JSON.stringify(ours[i]) === JSON.stringify(theirs[i])) same++;
  return { same, share: ((100 * same) / ours.length).toFixed(3) + '%' };
}

const rate = (chars: number, seconds: number): string => `${Math.round(chars / seconds).toLocaleString('en-US')} chars/s`;
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

/** A paragraph of about `chars` characters: corpus words (letters only), no punctuation. */
function unpunctuatedParagraph(sentences: readonly string[], chars: number): string {
  const words = sentences.join(' ').split(/\s+/).filter((w) => /^\p{L}+$/u.test(w));
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i = (i + 1) % words.length) {
    parts.push(words[i]);
    n += words[i].length + 1;
  }
  return parts.join(' ');
}

async function main(): Promise<void> {
  const options = readOptions();
  const { sentences, articles } = await corpusSentences(options.chars);
  const chars = charCount(sentences);
  const sample = prefix(sentences, options.vntkChars);
  const sampleChars = charCount(sample);
  console.log(`corpus slice: first ${articles} articles of baomoi-2017, ${sentences.length} sentences, ${chars.toLocaleString('en-US')} chars`);
  console.log(`speed sub-sample (vntk and ours): first ${sample.length} sentences, ${sampleChars.toLocaleString('en-US')} chars`);

  // Ours first, so the first peak-memory figure holds only our pipeline.
  timed(() => nerTag('Khởi động mô hình ở Hà Nội.'));
  const ourSeg = timed(() => sentences.map(segmentWords));
  const ourNer = timed(() => sentences.map(nerTag));
  const oursRss = process.resourceUsage().maxRSS;

  const vntk = loadVntk();
  const wordTokenizer = vntk.wordTokenizer();
  const ner = vntk.ner();
  timed(() => ner.tag('Khởi động mô hình ở Hà Nội.'));
  // Speed before vntk's reference outputs fill the heap: on the same sub-sample, each of
  // ours right after vntk's, so that both see the same machine load.
  const vntkSeg = timed(() => sample.map((s) => wordTokenizer.tag(s)));
  const ourSegSample = timed(() => sample.map(segmentWords));
  const vntkNer = timed(() => sample.map((s) => ner.tag(s)));
  const ourNerSample = timed(() => sample.map(nerTag));
  const segRef = vntkReference('segment', sentences, (s) => wordTokenizer.tag(s), options);
  const nerRef = vntkReference('ner', sentences, (s) => ner.tag(s), options);
  const totalRss = process.resourceUsage().maxRSS;

  const segSame = sameShare(ourSeg.result, segRef.outputs);
  const nerSame = sameShare(ourNer.result, nerRef.outputs);
  const report = (title: string, theirs: Timed<unknown>, ours: Timed<unknown>, full: Timed<unknown>, same: string): void => {
    console.log(title);
    console.log(`  vntk, sub-sample:  ${rate(sampleChars, theirs.seconds)} wall, ${rate(sampleChars, theirs.cpuSeconds)} CPU (${theirs.seconds.toFixed(1)} s)`);
    console.log(`  ours, sub-sample:  ${rate(sampleChars, ours.seconds)} wall, ${rate(sampleChars, ours.cpuSeconds)} CPU (${ours.seconds.toFixed(2)} s)`);
    console.log(`  speed-up:          ${(theirs.seconds / ours.seconds).toFixed(1)}× wall, ${(theirs.cpuSeconds / ours.cpuSeconds).toFixed(1)}× CPU`);
    console.log(`  ours, full slice:  ${rate(chars, full.seconds)} wall, ${rate(chars, full.cpuSeconds)} CPU (${full.seconds.toFixed(2)} s, first run: model loading and cold memos included)`);
    console.log(`  identical output on the full slice: ${same}`);
  };
  console.log('');
  report('segmentation (wordTokenizer().tag; identity = same word arrays)', vntkSeg, ourSegSample, ourSeg, `${segSame.same}/${sentences.length} sentences = ${segSame.share}`);
  report('NER (ner().tag; identity = same [word, POS, chunk, NER] rows)', vntkNer, ourNerSample, ourNer, `${nerSame.same}/${sentences.length} sentences = ${nerSame.share}`);
  const computed = (t: number | undefined): string => (t === undefined ? 'read from cache' : `computed in this run at ${rate(chars, t)}`);
  console.log(`vntk reference for the identity check (whole slice): segmentation ${computed(segRef.computedSeconds)}, NER ${computed(nerRef.computedSeconds)}`);
  console.log(`  (cache: ${path.join(os.tmpdir(), 'vn-news-search-bench')}, keyed by vntk version and sentences; --no-cache recomputes)`);
  console.log(`peak memory (maxRSS): ours alone ${mb(oursRss)}; after vntk too ${mb(totalRss)}`);

  console.log('');
  console.log('linear-time check (ours; one unpunctuated paragraph = one CRF sequence)');
  let previous: { chars: number; seg: number; ner: number } | undefined;
  for (const size of options.linear) {
    const paragraph = unpunctuatedParagraph(sentences, size);
    const seg = timed(() => segmentWords(paragraph));
    const ner = timed(() => nerTag(paragraph));
    const growth = previous
      ? `  (×${(paragraph.length / previous.chars).toFixed(1)} chars → CPU ×${(seg.cpuSeconds / previous.seg).toFixed(1)} segment, ×${(ner.cpuSeconds / previous.ner).toFixed(1)} NER)`
      : '';
    console.log(
      `  ${paragraph.length.toLocaleString('en-US')} chars: segment ${seg.seconds.toFixed(2)} s wall / ${seg.cpuSeconds.toFixed(2)} s CPU, ` +
        `NER ${ner.seconds.toFixed(2)} s wall / ${ner.cpuSeconds.toFixed(2)} s CPU${growth}`,
    );
    previous = { chars: paragraph.length, seg: seg.cpuSeconds, ner: ner.cpuSeconds };
  }
  console.log(`peak memory after the linear check: ${mb(process.resourceUsage().maxRSS)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
