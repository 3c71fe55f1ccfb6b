/**
 * Entity extraction quality: precision and recall of people, documents, movements and
 * numbers against hand annotations of corpus articles (the articles themselves are read from
 * ../shared/corpus at test time, never copied):
 *   - dev set, tests/fixtures/entity-annotations.json (48 articles): the extraction rules were
 *     tuned on its misses, so its figures flatter the rules;
 *   - dev2 set, tests/fixtures/entity-annotations-dev2.json (42 articles, a seeded selection with no
 *     content filter, so sports, foreign news, gadgets and crime weigh as in the corpus): annotated
 *     before the extractor was run on it, then used with the dev set to tune rules;
 *   - held-out set, tests/fixtures/entity-annotations-heldout.json (30 articles, another seeded
 *     selection): never used to tune rules; its figures are the honest estimate.
 *
 * Per-article misses and false positives of the dev and dev2 sets: ENTITY_REPORT=1 npx jest tests/unit/entity-quality
 * (the held-out misses are deliberately not printed: reading them to fix rules would spoil the set).
 */
import path from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze';
import {
  documentKey,
  formatMisses,
  formatSummary,
  loadAnnotations,
  movementKey,
  numberMatches,
  readCorpusArticles,
  scoreArticle,
  summarize,
  toRawArticle,
  unitsMatch,
  type ArticleScore,
  type EntityKind,
  type Summary,
} from '../utils/entity-metrics';

const DEV_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations.json');
const DEV2_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev2.json');
const HELDOUT_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-heldout.json');
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/baomoi-2017.jsonl.gz');

type Floors = Record<EntityKind, { precision: number; recall: number }>;

/*
 * Floors = the measured P/R (in the trailing comments), rounded down to 0.05 and never above
 * the targets. Raise them as the extractor improves, up to the targets:
 *   people    precision ≥ 0.95, recall ≥ 0.90
 *   documents precision ≥ 0.95, recall ≥ 0.90
 *   numbers   precision ≥ 0.95, recall ≥ 0.95
 *   movements: no target set; the floor tracks the measured value.
 */
const DEV_FLOORS: Floors = {
  people: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 0.980 (capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0.9, recall: 0.75 }, // measured 0.905 / 0.792
  numbers: { precision: 0.95, recall: 0.95 }, // measured 1.000 / 1.000 (capped at the targets)
};

// Dev2 floors: measured after the rules were tuned on the dev and dev2 misses. Before that
// (first run on the blind annotations) dev2 measured people 0.825 / 0.737, numbers 0.849 / 0.954.
const DEV2_FLOORS: Floors = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.956 / 0.947 (recall capped at the target)
  // The set holds no document and no movement: recall is vacuous, and one spurious document fails precision.
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0, recall: 0.95 }, // measured 0.000 / 1.000: one spurious quote ("1 vốn 4 lời" after "giải")
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.975 / 0.990 (capped at the targets)
};

// Held-out floors: re-measured once, after the dev2 round of rules (lists of names, foreign name
// shapes, brand words, identifier numbers, clock tails); before it: people 0.826 / 0.841, numbers
// 0.908 / 1.000. Its misses were not looked at.
const HELDOUT_FLOORS: Floors = {
  people: { precision: 0.8, recall: 0.85 }, // measured 0.841 / 0.878
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0.65, recall: 0.85 }, // measured 0.667 / 0.889
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.965 / 1.000 (capped at the targets)
};

/** Runs the analysis over every annotated article of one annotation file and scores it. */
async function measure(annotationFile: string): Promise<{ summary: Summary; scores: ArticleScore[] }> {
  const annotations = loadAnnotations(annotationFile);
  const records = await readCorpusArticles(
    CORPUS,
    annotations.articles.map((a) => a.id),
  );
  const scores: ArticleScore[] = annotations.articles.map((gold) => {
    const record = records.get(gold.id);
    if (!record) throw new Error(`entity-quality: article ${gold.id} not found in ${CORPUS}`);
    return scoreArticle(gold, analyzeArticle(toRawArticle(record, `${CORPUS}#${gold.id}`)));
  });
  return { summary: summarize(scores), scores };
}

describe('entity metrics (the scoring itself)', () => {
  it('matches documents regardless of "số", case and spaces in the code', () => {
    expect(documentKey('Quyết định số 1234/QĐ-UBND')).toBe(documentKey('quyết định 1234 / qđ-ubnd'));
    expect(documentKey('Nghị định 42/2014/NĐ-CP')).not.toBe(documentKey('Nghị định 46/2014/NĐ-CP'));
  });

  it('matches movements without their quotes', () => {
    expect(movementKey('“Người tốt, việc tốt”.')).toBe(movementKey('người tốt, việc tốt'));
  });

  it('matches a number by value and a unit extended at a word boundary', () => {
    expect(unitsMatch('bàn', 'bàn thắng')).toBe(true);
    expect(unitsMatch('bảng/tuần', 'bảng')).toBe(true);
    expect(unitsMatch('tỷ', 'tỷ đồng')).toBe(true);
    expect(unitsMatch('người', 'người tiêu dùng')).toBe(true);
    expect(unitsMatch('ha', 'hat-trick')).toBe(false);
    expect(unitsMatch('', 'đồng')).toBe(false);
    expect(unitsMatch('euro/mùa', 'EUR/mùa')).toBe(true);
    expect(unitsMatch('bảng Anh', 'GBP')).toBe(true);
    expect(numberMatches({ value: 10400000000000, unit: 'đồng' }, { value: 10400000000000, unit: 'Đồng' })).toBe(true);
    expect(numberMatches({ value: 1.5, unit: '%' }, { value: 15, unit: '%' })).toBe(false);
  });
});

describe('entity extraction quality over the dev set (rules were tuned on it)', () => {
  let summary: Summary;

  beforeAll(async () => {
    const measured = await measure(DEV_ANNOTATIONS);
    summary = measured.summary;
    console.log(formatSummary(summary, measured.scores.length, 'dev'));
    // Test-only switch for the extractor's author; not application configuration.
    if (process.env.ENTITY_REPORT === '1') console.log(formatMisses(measured.scores));
  }, 300_000);

  it.each(Object.keys(DEV_FLOORS) as EntityKind[])('%s precision and recall stay at or above their floors', (kind) => {
    expect(summary.byKind[kind].precision).toBeGreaterThanOrEqual(DEV_FLOORS[kind].precision);
    expect(summary.byKind[kind].recall).toBeGreaterThanOrEqual(DEV_FLOORS[kind].recall);
  });
});

describe('entity extraction quality over the dev2 set (annotated blind, then used to tune rules)', () => {
  let summary: Summary;

  beforeAll(async () => {
    const measured = await measure(DEV2_ANNOTATIONS);
    summary = measured.summary;
    console.log(formatSummary(summary, measured.scores.length, 'dev2'));
    if (process.env.ENTITY_REPORT === '1') console.log(formatMisses(measured.scores));
  }, 300_000);

  it('annotates 42 articles, none of them in the dev or held-out sets', () => {
    const others = new Set(
      [DEV_ANNOTATIONS, HELDOUT_ANNOTATIONS].flatMap((file) => loadAnnotations(file).articles.map((a) => a.id)),
    );
    const dev2 = loadAnnotations(DEV2_ANNOTATIONS).articles.map((a) => a.id);
    expect(new Set(dev2).size).toBe(42);
    expect(dev2.filter((id) => others.has(id))).toEqual([]);
  });

  it.each(Object.keys(DEV2_FLOORS) as EntityKind[])('%s precision and recall stay at or above their floors', (kind) => {
    expect(summary.byKind[kind].precision).toBeGreaterThanOrEqual(DEV2_FLOORS[kind].precision);
    expect(summary.byKind[kind].recall).toBeGreaterThanOrEqual(DEV2_FLOORS[kind].recall);
  });
});

describe('entity extraction quality over the held-out set (never used to tune rules)', () => {
  let summary: Summary;

  beforeAll(async () => {
    const measured = await measure(HELDOUT_ANNOTATIONS);
    summary = measured.summary;
    console.log(formatSummary(summary, measured.scores.length, 'held-out'));
  }, 300_000);

  it('annotates 30 articles, none of them in the dev set', () => {
    const dev = new Set(loadAnnotations(DEV_ANNOTATIONS).articles.map((a) => a.id));
    const heldOut = loadAnnotations(HELDOUT_ANNOTATIONS).articles.map((a) => a.id);
    expect(new Set(heldOut).size).toBe(30);
    expect(heldOut.filter((id) => dev.has(id))).toEqual([]);
  });

  it.each(Object.keys(HELDOUT_FLOORS) as EntityKind[])('%s precision and recall stay at or above their floors', (kind) => {
    expect(summary.byKind[kind].precision).toBeGreaterThanOrEqual(HELDOUT_FLOORS[kind].precision);
    expect(summary.byKind[kind].recall).toBeGreaterThanOrEqual(HELDOUT_FLOORS[kind].recall);
  });
});
