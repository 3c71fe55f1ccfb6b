/**
 * Entity extraction quality: precision and recall of people, documents, movements and
 * numbers against hand annotations of 48 corpus articles (tests/fixtures/entity-annotations.json;
 * the articles themselves are read from ../shared/corpus at test time, never copied).
 *
 * Per-article misses and false positives: ENTITY_REPORT=1 npx jest tests/unit/entity-quality
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

const ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations.json');
const CORPUS = path.resolve(__dirname, '../../../shared/corpus/baomoi-2017.jsonl.gz');

/**
 * Floors = what the extractor reached when these annotations were written (measured
 * P/R in the trailing comments), rounded down to 0.05 and never above the targets.
 * Raise them as the extractor improves, up to the targets:
 *   people    precision ≥ 0.95, recall ≥ 0.90
 *   documents precision ≥ 0.95, recall ≥ 0.90
 *   numbers   precision ≥ 0.95, recall ≥ 0.95
 *   movements: no target set; the floor tracks the measured value.
 */
const FLOORS: Record<EntityKind, { precision: number; recall: number }> = {
  people: { precision: 0.65, recall: 0.85 }, // measured 0.688 / 0.852
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 0.952 (capped at the targets)
  movements: { precision: 0.85, recall: 0.75 }, // measured 0.864 / 0.792
  numbers: { precision: 0.8, recall: 0.95 }, // measured 0.838 / 0.956
};

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
    expect(numberMatches({ value: 10400000000000, unit: 'đồng' }, { value: 10400000000000, unit: 'Đồng' })).toBe(true);
    expect(numberMatches({ value: 1.5, unit: '%' }, { value: 15, unit: '%' })).toBe(false);
  });
});

describe('entity extraction quality over the hand-annotated articles', () => {
  let summary: Summary;

  beforeAll(async () => {
    const annotations = loadAnnotations(ANNOTATIONS);
    const records = await readCorpusArticles(
      CORPUS,
      annotations.articles.map((a) => a.id),
    );
    const scores: ArticleScore[] = annotations.articles.map((gold) => {
      const record = records.get(gold.id);
      if (!record) throw new Error(`entity-quality: article ${gold.id} not found in ${CORPUS}`);
      return scoreArticle(gold, analyzeArticle(toRawArticle(record, `${CORPUS}#${gold.id}`)));
    });
    summary = summarize(scores);
    console.log(formatSummary(summary, scores.length));
    // Test-only switch for the extractor's author; not application configuration.
    if (process.env.ENTITY_REPORT === '1') console.log(formatMisses(scores));
  }, 300_000);

  it.each(Object.keys(FLOORS) as EntityKind[])('%s precision and recall stay at or above their floors', (kind) => {
    expect(summary.byKind[kind].precision).toBeGreaterThanOrEqual(FLOORS[kind].precision);
    expect(summary.byKind[kind].recall).toBeGreaterThanOrEqual(FLOORS[kind].recall);
  });
});
