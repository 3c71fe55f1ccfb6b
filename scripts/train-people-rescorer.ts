/**
 * `npm run train:people -- [--exclude dev61,dev62] [--out file] [--cv]`: trains the people re-scorer
 * (src/analysis/entities/people-rescorer.ts) on the hand-annotated articles of tests/fixtures and
 * writes its model file (default: src/analysis/entities/people-rescorer-model.json).
 * Never trains on the held-out sets (heldout2, heldout4). Retrain when the people rules change:
 * the model reads their output. Deterministic: the same rules and annotations give the same file.
 *
 * The model: L2-regularised logistic regression, AdaGrad, 15 passes, over the candidates'
 * sparse features seen at least 3 times. The thresholds come from grouped cross-validation (9
 * folds of whole annotation files, each scored by a model trained on the other folds): keep a
 * rules' person from 0.65, add a new name from 0.65, the pair with the best precision on the
 * newest third of the sets whose recall stays at 0.925 or more. The targets ask more of
 * precision (0.95) than of recall (0.90), and recall has the wider margin. `--cv` prints the table
 * (precision / recall of every pair of thresholds, out of fold) instead of writing a model. On the
 * 85 sets up to dev84 (analysis-38), the newest third (dev57 on, 1,218 articles): 0.949 / 0.933 at
 * the previous pair (0.45 / 0.7), 0.958 / 0.925 at 0.65 / 0.65; all 3,564 articles: 0.967 / 0.931
 * and 0.972 / 0.919. (The first pair, 0.15 / 0.6, gave 0.939 / 0.932 on the newest third of the 73
 * sets up to dev72.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { readCorpusArticles, toRawArticle } from '../eval/corpus';
import { peopleRescorerInput } from '../src/analysis/analyze';
import { personCandidates, personKey } from '../src/analysis/entities/people-rescorer-candidates';
import { candidateFeatures } from '../src/analysis/entities/people-rescorer-features';
import { isBarredFromAdding, keepsCandidate, personScore, type PeopleModelFile } from '../src/analysis/entities/people-rescorer';
import { ANALYSIS_VERSION } from '../indexer/analysis/version';

// Run compiled, from dist/scripts.
const PROJECT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(PROJECT, 'tests', 'fixtures');
const CORPUS = path.resolve(PROJECT, '..', 'shared', 'corpus', 'baomoi-2017.jsonl.gz');
const HELD_OUT = new Set(['heldout2', 'heldout4']);
const MIN_FEATURE_COUNT = 3;

interface GoldArticle {
  id: string;
  people: { name: string; aliases?: string[] }[];
}

/** Annotation set name of a fixture file ("dev12", "heldout3"; the first set is "dev"). */
function setName(file: string): string {
  return file.replace(/^entity-annotations-?|\.json$/g, '') || 'dev';
}

/** A deterministic pseudo-random generator (mulberry32). */
function mulberry32(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** L2 logistic regression by AdaGrad over sparse rows of [feature index, value]. */
function trainLogistic(rows: [number, number][][], labels: number[], dim: number, epochs = 15, rate = 0.2, l2 = 1e-4): Float64Array {
  const w = new Float64Array(dim);
  const squares = new Float64Array(dim).fill(1e-8);
  const order = [...rows.keys()];
  const random = mulberry32(1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      let z = 0;
      for (const [k, v] of rows[i]) z += w[k] * v;
      const error = sigmoid(z) - labels[i];
      for (const [k, v] of rows[i]) {
        const g = error * v + (k === 0 ? 0 : l2 * w[k]); // index 0 is the bias: not regularised
        squares[k] += g * g;
        w[k] -= (rate / Math.sqrt(squares[k])) * g;
      }
    }
  }
  return w;
}

/** One annotated article as the trainer sees it: its candidates' features and labels, and its gold people. */
interface TrainingArticle {
  set: string;
  candidates: { key: string; rule: boolean; blocked: boolean; features: Map<string, number>; label: number }[];
  /** The keys of each gold person (name and aliases). */
  goldPeople: string[][];
}

/** Trains the logistic model on the articles' candidates: feature name → weight. */
function trainModel(articles: readonly TrainingArticle[]): Map<string, number> {
  const examples = articles.flatMap((a) => a.candidates);
  const counts = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const vocabulary = new Map<string, number>([['bias', 0]]);
  for (const [name, n] of counts) if (n >= MIN_FEATURE_COUNT && !vocabulary.has(name)) vocabulary.set(name, vocabulary.size);
  const rows = examples.map((e) => [...e.features].filter(([name]) => vocabulary.has(name)).map(([name, v]): [number, number] => [vocabulary.get(name) ?? 0, v]));
  const w = trainLogistic(rows, examples.map((e) => e.label), vocabulary.size);
  return new Map([...vocabulary].map(([name, k]): [string, number] => [name, Math.round(w[k] * 1e4) / 1e4]));
}

/** Set number for ordering ("dev" is the first set, "heldout3" comes last). */
function setOrder(set: string): number {
  if (set === 'dev') return 1;
  const n = Number(/\d+$/.exec(set)?.[0] ?? 0);
  return set.startsWith('dev') ? n : 1000 + n;
}

/**
 * Grouped cross-validation: the sets, in order, cut into `folds` runs of whole sets; each run is
 * scored by a model trained on the others. Prints people precision / recall, as the quality test
 * counts them, for every pair of thresholds, over all articles and over the newest third of the sets.
 */
function crossValidate(articles: readonly TrainingArticle[], folds: number): void {
  const sets = [...new Set(articles.map((a) => a.set))].sort((a, b) => setOrder(a) - setOrder(b));
  const foldOf = new Map(sets.map((set, i) => [set, Math.floor((i * folds) / sets.length)]));
  const scores = new Map<TrainingArticle, number[]>();
  for (let fold = 0; fold < folds; fold++) {
    const weights = trainModel(articles.filter((a) => foldOf.get(a.set) !== fold));
    for (const a of articles.filter((x) => foldOf.get(x.set) === fold)) {
      scores.set(a, a.candidates.map((c) => personScore({ weights }, c.features)));
    }
  }
  const measure = (subset: readonly TrainingArticle[], keepRuleAt: number, addNewAt: number): string => {
    let predicted = 0, correct = 0, gold = 0, found = 0;
    for (const a of subset) {
      const score = scores.get(a) ?? [];
      const kept = new Set(a.candidates.filter((c, i) => keepsCandidate({ keepRuleAt, addNewAt }, c.rule, c.blocked, score[i])).map((c) => c.key));
      const goldKeys = new Set(a.goldPeople.flat());
      predicted += kept.size;
      correct += [...kept].filter((k) => goldKeys.has(k)).length;
      gold += a.goldPeople.length;
      found += a.goldPeople.filter((keys) => keys.some((k) => kept.has(k))).length;
    }
    return `${(correct / Math.max(1, predicted)).toFixed(3)}/${(found / Math.max(1, gold)).toFixed(3)}`;
  };
  const newest = new Set(sets.slice(Math.floor((sets.length * 2) / 3)));
  const groups: [string, TrainingArticle[]][] = [
    [`all ${sets.length} sets`, [...articles]],
    [`newest third (${[...newest][0]} on)`, articles.filter((a) => newest.has(a.set))],
  ];
  const addAt = [0.5, 0.6, 0.65, 0.7, 0.8];
  for (const [name, subset] of groups) {
    console.log(`${name}, ${subset.length} articles, out of fold, precision/recall; rules alone ${measure(subset, 0, 2)}`);
    console.log(`keep \\ add  ${addAt.map((x) => x.toFixed(2).padEnd(11)).join(' ')}`);
    for (const keep of [0.35, 0.45, 0.55, 0.65, 0.75]) console.log(`${keep.toFixed(2).padEnd(11)}  ${addAt.map((add) => measure(subset, keep, add)).join(' ')}`);
  }
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--exclude <sets>', 'annotation sets not to train on, comma-separated (e.g. dev61,dev62)', '')
    .option('--out <file>', 'model file to write', path.join(PROJECT, 'src', 'analysis', 'entities', 'people-rescorer-model.json'))
    .option('--keep-rule-at <p>', 'keep a rules person from this score', Number, 0.65)
    .option('--add-new-at <p>', 'add a new name from this score', Number, 0.65)
    .option('--cv [folds]', 'print grouped cross-validation figures for the thresholds instead of writing a model', Number)
    .parse(process.argv)
    .opts<{ exclude: string; out: string; keepRuleAt: number; addNewAt: number; cv?: number | true }>();
  const excluded = new Set([...HELD_OUT, ...opts.exclude.split(',').filter(Boolean)]);
  const files = fs.readdirSync(FIXTURES).filter((f) => /^entity-annotations.*\.json$/.test(f) && !excluded.has(setName(f))).sort();
  const gold = files.flatMap((f) => (JSON.parse(fs.readFileSync(path.join(FIXTURES, f), 'utf8')) as { articles: GoldArticle[] }).articles.map((article) => ({ set: setName(f), article })));
  const records = await readCorpusArticles(CORPUS, gold.map((g) => g.article.id));

  const articles: TrainingArticle[] = gold.map(({ set, article: g }) => {
    const record = records.get(g.id);
    if (!record) throw new Error(`train: article ${g.id} is not in the corpus`);
    const { input, exclude } = peopleRescorerInput(toRawArticle(record, `${CORPUS}#${record.id}`));
    const goldPeople = g.people.map((p) => [p.name, ...(p.aliases ?? [])].map(personKey));
    const goldKeys = new Set(goldPeople.flat());
    const excludedKeys = new Set(exclude.map(personKey));
    const candidates = personCandidates(input);
    const features = candidateFeatures(input, candidates);
    return {
      set,
      goldPeople,
      candidates: candidates.map((c, i) => ({
        key: c.key,
        rule: c.sources.has('rule'),
        blocked: isBarredFromAdding(c.key, excludedKeys),
        features: features[i],
        label: goldKeys.has(c.key) ? 1 : 0,
      })),
    };
  });

  if (opts.cv !== undefined) {
    crossValidate(articles, opts.cv === true ? 9 : opts.cv);
    return;
  }
  const weights = [...trainModel(articles)]
    .filter(([, weight]) => weight !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const model: PeopleModelFile = {
    analysisVersion: ANALYSIS_VERSION,
    about: `people re-scorer: logistic regression trained by scripts/train-people-rescorer.ts on ${gold.length} annotated articles (sets: ${files.map(setName).join(', ')})`,
    keepRuleAt: opts.keepRuleAt,
    addNewAt: opts.addNewAt,
    weights,
  };
  fs.writeFileSync(opts.out, `${JSON.stringify(model)}\n`);
  const examples = articles.flatMap((a) => a.candidates);
  const positives = examples.filter((e) => e.label === 1).length;
  console.log(`trained on ${gold.length} articles of ${files.length} sets: ${examples.length} candidates (${positives} people), ${weights.length} weights -> ${opts.out}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
