/**
 * Entity extraction quality: precision and recall of people, documents, movements and
 * numbers against hand annotations of corpus articles (the articles themselves are read from
 * ../shared/corpus at test time, never copied):
 *   - dev set, tests/fixtures/entity-annotations.json (48 articles): the extraction rules were
 *     tuned on its misses, so its figures flatter the rules;
 *   - dev2 set, tests/fixtures/entity-annotations-dev2.json (42 articles, a seeded selection with no
 *     content filter, so sports, foreign news, gadgets and crime weigh as in the corpus): annotated
 *     before the extractor was run on it, then used with the dev set to tune rules;
 *   - dev3 set, tests/fixtures/entity-annotations-dev3.json (42 articles, a third seeded selection with
 *     no content filter): annotated before the extractor was run on it (people, documents and
 *     movements; numbers are not annotated there and not scored), then used to tune people rules;
 *   - dev4 set, tests/fixtures/entity-annotations-dev4.json (42 articles, a fourth seeded selection with
 *     no content filter, annotated like dev3 without numbers): annotated blind, then used to tune people rules;
 *   - dev5 set, tests/fixtures/entity-annotations-dev5.json (42 articles from the dev4 pool without dev4's,
 *     another salt, annotated blind by another engineer like dev3): then used to tune people rules;
 *   - dev6 set, tests/fixtures/entity-annotations-dev6.json (30 articles, another seeded selection):
 *     the first held-out set (then entity-annotations-heldout.json), never used to tune rules while the
 *     dev..dev5 rounds ran (it measured people 0.902 / 0.878 then); from that point on its misses were
 *     looked at to tune rules, so it is a dev set too;
 *   - dev7 and dev8 sets, tests/fixtures/entity-annotations-dev7.json and -dev8.json (42 articles each,
 *     seeded selections disjoint from all the others, people, numbers, documents and movements annotated
 *     blind): measured once blind (figures by their floors), then used to tune people and number rules;
 *   - dev9 and dev10 sets, tests/fixtures/entity-annotations-dev9.json and -dev10.json (42 articles
 *     each, seeded selections disjoint from all the others, annotated blind by two engineers while
 *     the dev8 round ran): measured once blind on the rules of that round, then used to tune;
 *   - dev11 … dev16 sets, tests/fixtures/entity-annotations-dev11.json … -dev16.json (42 articles
 *     each, seeded selections disjoint from all the others; people, documents and movements annotated
 *     blind, numbers not annotated and not scored): measured once blind, then used to tune;
 *   - dev17 … dev28 sets, tests/fixtures/entity-annotations-dev17.json … -dev28.json (42 articles each,
 *     annotated blind like dev11, in three batches of four): measured once blind, then used to tune;
 *   - dev29 … dev40 sets (42 articles each, annotated blind, drawn only from corpus lines whose extractor
 *     output no rule-tuning engineer had read, in three batches of four): measured once blind, then used to tune;
 *   - held-out set, tests/fixtures/entity-annotations-heldout2.json (42 articles, a seeded selection
 *     disjoint from all the above, people and numbers annotated blind while the dev6 round ran):
 *     never used to tune rules;
 *   - second held-out set, tests/fixtures/entity-annotations-heldout3.json (42 articles, disjoint from
 *     dev..dev20, people annotated blind twice, independently, with the same result): never used to
 *     tune rules through analysis-14, a dev set since;
 *   - third held-out set, tests/fixtures/entity-annotations-heldout4.json (42 articles, disjoint from all
 *     the above): never used to tune rules. The held-out sets' figures (heldout2, heldout4) and each blind
 *     batch's first measurement are the honest estimate.
 * From analysis-32 on, every set here but heldout2 and heldout4 is also training data of the people
 * re-scorer (src/analysis/entities/people-rescorer.ts; npm run train:people): their people figures are
 * in-sample, and the floors keep what was measured before it (a new blind batch is measured on a model
 * trained without it: npm run train:people -- --exclude devN,…).
 *
 * Per-article misses and false positives of the dev sets: ENTITY_REPORT=1 npx jest tests/unit/entity-quality
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
const DEV3_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev3.json');
const DEV4_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev4.json');
const DEV5_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev5.json');
// The first held-out set, now the dev6 set (its file keeps its name).
const DEV6_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev6.json');
const DEV7_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev7.json');
const DEV8_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev8.json');
const DEV9_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev9.json');
const DEV10_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev10.json');
const DEV11_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev11.json');
const DEV12_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev12.json');
const DEV13_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev13.json');
const DEV14_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev14.json');
const DEV15_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev15.json');
const DEV16_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev16.json');
const DEV17_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev17.json');
const DEV18_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev18.json');
const DEV19_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev19.json');
const DEV20_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev20.json');
const DEV21_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev21.json');
const DEV22_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev22.json');
const DEV23_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev23.json');
const DEV24_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev24.json');
const DEV25_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev25.json');
const DEV26_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev26.json');
const DEV27_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev27.json');
const DEV28_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev28.json');
const DEV29_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev29.json');
const DEV30_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev30.json');
const DEV31_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev31.json');
const DEV32_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev32.json');
const DEV33_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev33.json');
const DEV34_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev34.json');
const DEV35_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev35.json');
const DEV36_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev36.json');
const DEV37_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev37.json');
const DEV38_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev38.json');
const DEV39_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev39.json');
const DEV40_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev40.json');
const DEV41_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev41.json');
const DEV42_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev42.json');
const DEV43_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev43.json');
const DEV44_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev44.json');
const DEV45_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev45.json');
const DEV46_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev46.json');
const DEV47_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev47.json');
const DEV48_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev48.json');
const DEV49_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev49.json');
const DEV50_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev50.json');
const DEV51_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev51.json');
const DEV52_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev52.json');
const DEV53_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev53.json');
const DEV54_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev54.json');
const DEV55_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev55.json');
const DEV56_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev56.json');
const DEV57_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev57.json');
const DEV58_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev58.json');
const DEV59_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev59.json');
const DEV60_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev60.json');
const DEV61_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev61.json');
const DEV62_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev62.json');
const DEV63_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev63.json');
const DEV64_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev64.json');
const DEV65_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev65.json');
const DEV66_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev66.json');
const DEV67_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev67.json');
const DEV68_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev68.json');
const DEV69_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev69.json');
const DEV70_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev70.json');
const DEV71_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev71.json');
const DEV72_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev72.json');
const DEV73_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev73.json');
const DEV74_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev74.json');
const DEV75_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev75.json');
const DEV76_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev76.json');
const DEV77_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev77.json');
const DEV78_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev78.json');
const DEV79_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev79.json');
const DEV80_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev80.json');
const DEV81_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev81.json');
const DEV82_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev82.json');
const DEV83_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev83.json');
const DEV84_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev84.json');
const DEV85_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev85.json');
const DEV86_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev86.json');
const DEV87_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev87.json');
const DEV88_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev88.json');
const DEV89_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev89.json');
const DEV90_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev90.json');
const DEV91_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev91.json');
const DEV92_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-dev92.json');
const HELDOUT_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-heldout2.json');
const HELDOUT3_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-heldout3.json');
const HELDOUT4_ANNOTATIONS = path.resolve(__dirname, '../fixtures/entity-annotations-heldout4.json');
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
  people: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 0.987 (capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0.9, recall: 0.75 }, // measured 0.905 / 0.792
  numbers: { precision: 0.95, recall: 0.95 }, // measured 1.000 / 1.000 (capped at the targets)
};

// Dev2 floors: measured after the rules were tuned on the dev and dev2 misses. Before that
// (first run on the blind annotations) dev2 measured people 0.825 / 0.737, numbers 0.849 / 0.954.
const DEV2_FLOORS: Floors = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.991 / 0.956 (capped at the targets)
  // The set holds no document and no movement: recall is vacuous, and one spurious document fails precision.
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0, recall: 1 }, // measured 0.000 / 1.000: one spurious quote ("1 vốn 4 lời" after "giải")
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.975 / 0.990 (capped at the targets)
};

// Dev6 floors (the first held-out set). As the held-out set it was re-measured once after each round
// of rules, its misses never looked at. Before the dev2 round: people 0.826 / 0.841, numbers
// 0.908 / 1.000; after it: people 0.841 / 0.878, movements 0.667 / 0.889; after the dev3 round
// (glued runs, brand and title words, streets and firms named elsewhere, verb triggers next to
// their quote) and the dev4/dev5 round: people 0.902 / 0.878, numbers 0.965 / 1.000. It then became
// the dev6 set: its misses were read to tune rules. Measured after the dev6 round (foreign vowels,
// role-cued given names, appositions after a dash, firms by their trade, captions glued to the next
// sentence, Arabic particles; age groups, match and branch numbers, lists of months):
const DEV6_FLOORS: Floors = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.988 / 0.976 (capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0.8, recall: 0.85 }, // measured 0.800 / 0.889
  numbers: { precision: 0.95, recall: 0.95 }, // measured 1.000 / 1.000 (capped at the targets)
};

// Dev3 floors: the set annotates no numbers, so only people, documents and movements are scored.
// First run on the blind annotations, before any rule was changed: people 0.866 / 0.946,
// movements 0.000 / 1.000 (one spurious quote); measured after the dev3 round of rules below.
const DEV3_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.993 / 0.984 (capped at the targets)
  // No document and no movement in the set: recall is vacuous, and one spurious item fails precision.
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 1, recall: 1 }, // measured 1.000 / 1.000
};

// Dev4 floors: the set annotates no numbers, so only people, documents and movements are scored.
// First run on the blind annotations, before any rule was changed: people 0.747 / 0.829 (role
// accuracy 0.704), documents 1.000 / 1.000, movements 1.000 / 1.000.
// Measured after the dev4/dev5 round of rules (kin and team-mate cues, routes, characters, quoted
// titles, lists, Sino-Vietnamese family names, roles set off by commas and dashes):
const DEV4_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.973 / 0.986 after the dev6 round (capped at the targets)
  // One document and no movement in the set: one spurious item fails precision.
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 1, recall: 1 }, // measured 1.000 / 1.000
};

// Dev5 floors: another engineer's blind set (numbers not annotated), built from the same pool as
// dev4 without its articles. First run on the blind annotations, before any rule was changed: people
// 0.955 / 0.912 (role accuracy 0.604), documents 1.000 / 1.000, movements 1.000 / 1.000.
// Measured after the dev4/dev5 round of rules:
const DEV5_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 0.991 (capped at the targets)
  // One document and one movement in the set.
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 1, recall: 1 }, // measured 1.000 / 1.000
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

interface AnnotatedSet {
  /** What the describe block says of the set. */
  title: string;
  file: string;
  /** Label of the printed summary. */
  label: string;
  floors: Partial<Floors>;
  /** Print per-article misses with ENTITY_REPORT=1 (false for a blind held-out set). */
  printMisses: boolean;
  /** Articles the set must annotate, none of them in these other sets (checked when given). */
  size?: { articles: number; disjointFrom: { names: string; files: string[] } };
}

/** One annotated set: its summary printed, its size and disjointness checked, its floors held. */
function describeQuality(set: AnnotatedSet): void {
  describe(`entity extraction quality over the ${set.title}`, () => {
    let summary: Summary;

    beforeAll(async () => {
      const measured = await measure(set.file);
      summary = measured.summary;
      console.log(formatSummary(summary, measured.scores.length, set.label));
      // Test-only switch for the extractor's author; not application configuration.
      if (set.printMisses && process.env.ENTITY_REPORT === '1') console.log(formatMisses(measured.scores));
    }, 300_000);

    const size = set.size;
    if (size) {
      it(`annotates ${size.articles} articles, none of them in the ${size.disjointFrom.names}`, () => {
        const others = new Set(size.disjointFrom.files.flatMap((file) => loadAnnotations(file).articles.map((a) => a.id)));
        const ids = loadAnnotations(set.file).articles.map((a) => a.id);
        expect(new Set(ids).size).toBe(size.articles);
        expect(ids.filter((id) => others.has(id))).toEqual([]);
      });
    }

    it.each(Object.keys(set.floors) as EntityKind[])('%s precision and recall stay at or above their floors', (kind) => {
      const floor = set.floors[kind]!;
      expect(summary.byKind[kind].precision).toBeGreaterThanOrEqual(floor.precision);
      expect(summary.byKind[kind].recall).toBeGreaterThanOrEqual(floor.recall);
    });
  });
}

describeQuality({
  title: 'dev set (rules were tuned on it)',
  file: DEV_ANNOTATIONS,
  label: 'dev',
  floors: DEV_FLOORS,
  printMisses: true,
});

describeQuality({
  title: 'dev2 set (annotated blind, then used to tune rules)',
  file: DEV2_ANNOTATIONS,
  label: 'dev2',
  floors: DEV2_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev or dev6 sets', files: [DEV_ANNOTATIONS, DEV6_ANNOTATIONS] } },
});

describeQuality({
  title: 'dev3 set (annotated blind, then used to tune people rules)',
  file: DEV3_ANNOTATIONS,
  label: 'dev3, numbers not annotated',
  floors: DEV3_FLOORS,
  printMisses: true,
  size: {
    articles: 42,
    disjointFrom: { names: 'dev, dev2 or dev6 sets', files: [DEV_ANNOTATIONS, DEV2_ANNOTATIONS, DEV6_ANNOTATIONS] },
  },
});

describeQuality({
  title: 'dev4 set (annotated blind, then used to tune people rules)',
  file: DEV4_ANNOTATIONS,
  label: 'dev4, numbers not annotated',
  floors: DEV4_FLOORS,
  printMisses: true,
  size: {
    articles: 42,
    disjointFrom: {
      names: 'dev, dev2, dev3 or dev6 sets',
      files: [DEV_ANNOTATIONS, DEV2_ANNOTATIONS, DEV3_ANNOTATIONS, DEV6_ANNOTATIONS],
    },
  },
});

describeQuality({
  title: 'dev5 set (annotated blind by another engineer, then used to tune people rules)',
  file: DEV5_ANNOTATIONS,
  label: 'dev5, numbers not annotated',
  floors: DEV5_FLOORS,
  printMisses: true,
  size: {
    articles: 42,
    disjointFrom: {
      names: 'dev, dev2, dev3, dev4 or dev6 sets',
      files: [DEV_ANNOTATIONS, DEV2_ANNOTATIONS, DEV3_ANNOTATIONS, DEV4_ANNOTATIONS, DEV6_ANNOTATIONS],
    },
  },
});

describeQuality({
  title: 'dev6 set (the first held-out set; its misses were looked at from this point on, to tune rules)',
  file: DEV6_ANNOTATIONS,
  label: 'dev6',
  floors: DEV6_FLOORS,
  printMisses: true,
  size: { articles: 30, disjointFrom: { names: 'dev set', files: [DEV_ANNOTATIONS] } },
});

// Dev7 and dev8 floors: two more blind seeded selections (42 articles each; people, numbers,
// documents and movements annotated), disjoint from dev..dev6 and the held-out set.
// First run on the blind annotations, before any rule was changed:
//   dev7: people 0.858 / 0.929, numbers 0.956 / 0.960, documents 1.000 / 1.000, movements 1.000 / 1.000
//         (no document and no movement in the set);
//   dev8: people 0.849 / 0.735, numbers 0.870 / 0.967, documents 1.000 / 1.000, movements 0.000 / 1.000
//         (no movement in the set, one spurious quote).
// Measured after the dev7/dev8 round of rules (show, spouse and doctor cues, places and year names
// glued before names, sources in brackets, products, clubs and countries; sizes, levels, clock
// minutes, day.month dates, percent ranges, a few units):
const DEV7_FLOORS: Floors = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.982 / 0.946 (capped at the targets)
  // No document and no movement in the set: recall is vacuous, and one spurious item fails precision.
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 1, recall: 1 }, // measured 1.000 / 1.000
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.985 / 0.975 (capped at the targets)
};

const DEV8_FLOORS: Floors = {
  // Most misses are singers and models named by their stage names alone ("Chi Pu", "Lan Khuê").
  people: { precision: 0.95, recall: 0.8 }, // measured 0.953 / 0.816
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0, recall: 1 }, // measured 0.000 / 1.000: one spurious quote, no movement in the set
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.993 / 0.993 after the fresh-corpus round (capped at the targets)
};

const EARLIER_SETS = [
  DEV_ANNOTATIONS,
  DEV2_ANNOTATIONS,
  DEV3_ANNOTATIONS,
  DEV4_ANNOTATIONS,
  DEV5_ANNOTATIONS,
  DEV6_ANNOTATIONS,
  // Only for the disjointness check: the held-out ids, never its annotations.
  HELDOUT_ANNOTATIONS,
];

describeQuality({
  title: 'dev7 set (annotated blind, then used to tune rules)',
  file: DEV7_ANNOTATIONS,
  label: 'dev7',
  floors: DEV7_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev..dev6 or held-out sets', files: EARLIER_SETS } },
});

describeQuality({
  title: 'dev8 set (annotated blind, then used to tune rules)',
  file: DEV8_ANNOTATIONS,
  label: 'dev8',
  floors: DEV8_FLOORS,
  printMisses: true,
  size: {
    articles: 42,
    disjointFrom: { names: 'dev..dev7 or held-out sets', files: [...EARLIER_SETS, DEV7_ANNOTATIONS] },
  },
});

// Dev9 and dev10 floors: two more blind seeded selections (42 articles each; people, numbers,
// documents and movements annotated), disjoint from every other set. First run on the blind
// annotations, with the rules as committed after the dev8 round (7a27cd8), before any rule was
// changed for them (a second estimate, with the held-out set, of how the rules generalise):
//   dev9:  people 0.880 / 0.910, numbers 0.876 / 0.944 (no document, no movement in the set)
//   dev10: people 0.925 / 0.879, numbers 0.932 / 0.994, documents 0.000 / 0.000 (its one
//          document code is glued to the next word: "67/CPvừa")
const DEV9_FLOORS: Floors = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.974 / 0.949 after the dev9/dev10 round (blind 0.880 / 0.910; capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (no document in the set)
  movements: { precision: 1, recall: 1 }, // measured 1.000 / 1.000 (no movement in the set)
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.966 / 0.961 after the dev9/dev10 round (capped at the targets); 0.876 / 0.944 blind
};

const DEV10_FLOORS: Floors = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.981 / 0.907 after the dev9/dev10 round (blind 0.925 / 0.879; capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 after the dev9/dev10 round (blind 0.000 / 0.000: one document, its code glued to the next word; capped at the targets)
  movements: { precision: 1, recall: 1 }, // measured 1.000 / 1.000 (no movement in the set)
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.971 / 1.000 after the dev9/dev10 round (capped at the targets); 0.932 / 0.994 blind
};

describeQuality({
  title: 'dev9 set (annotated blind, then used to tune rules)',
  file: DEV9_ANNOTATIONS,
  label: 'dev9',
  floors: DEV9_FLOORS,
  printMisses: true,
  size: {
    articles: 42,
    disjointFrom: { names: 'dev..dev8 or held-out sets', files: [...EARLIER_SETS, DEV7_ANNOTATIONS, DEV8_ANNOTATIONS] },
  },
});

describeQuality({
  title: 'dev10 set (annotated blind, then used to tune rules)',
  file: DEV10_ANNOTATIONS,
  label: 'dev10',
  floors: DEV10_FLOORS,
  printMisses: true,
  size: {
    articles: 42,
    disjointFrom: { names: 'dev..dev9 or held-out sets', files: [...EARLIER_SETS, DEV7_ANNOTATIONS, DEV8_ANNOTATIONS, DEV9_ANNOTATIONS] },
  },
});

// Dev11 and dev12 floors: two more blind seeded selections (42 articles each; people, documents and
// movements annotated; numbers not annotated, so not scored), disjoint from every other set. First
// run on the blind annotations, with the rules of the dev9/dev10 round (a0b85f4), before any rule
// was changed for them:
//   dev11: people 0.912 / 0.889, documents 1.000 / 1.000, movements 0.000 / 1.000 (two spurious quotes)
//   dev12: people 0.903 / 0.914, documents 1.000 / 1.000 (none in the set), movements 1.000 / 1.000
const DEV11_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 0.922 after the dev11/dev12 round (blind 0.912 / 0.889; capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (capped at the targets)
  movements: { precision: 0, recall: 1 }, // measured 0.000 / 1.000 (no movement in the set)
};

const DEV12_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.957 / 0.929 after the dev11/dev12 round (blind 0.903 / 0.914; capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (no document in the set)
  movements: { precision: 1, recall: 1 }, // measured 1.000 / 1.000
};

const SETS_BEFORE_DEV11 = [...EARLIER_SETS, DEV7_ANNOTATIONS, DEV8_ANNOTATIONS, DEV9_ANNOTATIONS, DEV10_ANNOTATIONS];

describeQuality({
  title: 'dev11 set (annotated blind, then used to tune rules)',
  file: DEV11_ANNOTATIONS,
  label: 'dev11',
  floors: DEV11_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev..dev10 or held-out sets', files: SETS_BEFORE_DEV11 } },
});

describeQuality({
  title: 'dev12 set (annotated blind, then used to tune rules)',
  file: DEV12_ANNOTATIONS,
  label: 'dev12',
  floors: DEV12_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev..dev11 or held-out sets', files: [...SETS_BEFORE_DEV11, DEV11_ANNOTATIONS] } },
});

// Dev13 and dev14 floors: two more blind seeded selections like dev11 and dev12 (people, documents and
// movements annotated). First run on the blind annotations, with the rules of the dev11/dev12 round
// (f31b3b0), before any rule was changed for them:
//   dev13: people 0.793 / 0.957, documents 1.000 / 1.000, movements 1.000 / 1.000 (none in the set)
//   dev14: people 0.906 / 0.949, documents 1.000 / 1.000 (none in the set), movements 0.500 / 1.000
const DEV13_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.979 / 0.957 after tuning (blind: 0.793 / 0.957; capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (blind; capped at the targets)
};

const DEV14_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.975 / 0.949 after tuning (blind: 0.906 / 0.949; capped at the targets)
  movements: { precision: 0.5, recall: 1 }, // measured 0.500 / 1.000 (blind)
};

describeQuality({
  title: 'dev13 set (annotated blind, then used to tune rules)',
  file: DEV13_ANNOTATIONS,
  label: 'dev13',
  floors: DEV13_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev..dev12 or held-out sets', files: [...SETS_BEFORE_DEV11, DEV11_ANNOTATIONS, DEV12_ANNOTATIONS] } },
});

describeQuality({
  title: 'dev14 set (annotated blind, then used to tune rules)',
  file: DEV14_ANNOTATIONS,
  label: 'dev14',
  floors: DEV14_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev..dev13 or held-out sets', files: [...SETS_BEFORE_DEV11, DEV11_ANNOTATIONS, DEV12_ANNOTATIONS, DEV13_ANNOTATIONS] } },
});

// Dev15 and dev16 floors: two more blind seeded selections like dev11 … dev14 (people, documents and
// movements annotated). First run on the blind annotations, with the rules of the dev13/dev14 round
// (7c9f89a), before any rule was changed for them:
//   dev15: people 0.953 / 0.908, documents 1.000 / 1.000, movements 1.000 / 1.000 (none in the set)
//   dev16: people 0.920 / 0.914, documents 1.000 / 1.000 (none in the set), movements 0.000 / 1.000
//          (one spurious quote, none in the set)
const DEV15_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 0.927 after tuning (blind: 0.953 / 0.908; capped at the targets)
  documents: { precision: 0.95, recall: 0.9 }, // measured 1.000 / 1.000 (blind; capped at the targets)
};

const DEV16_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.986 / 0.914 after tuning (blind: 0.920 / 0.914; capped at the targets)
};

const SETS_BEFORE_DEV15 = [...SETS_BEFORE_DEV11, DEV11_ANNOTATIONS, DEV12_ANNOTATIONS, DEV13_ANNOTATIONS, DEV14_ANNOTATIONS];

describeQuality({
  title: 'dev15 set (annotated blind, then used to tune rules)',
  file: DEV15_ANNOTATIONS,
  label: 'dev15',
  floors: DEV15_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev..dev14 or held-out sets', files: SETS_BEFORE_DEV15 } },
});

describeQuality({
  title: 'dev16 set (annotated blind, then used to tune rules)',
  file: DEV16_ANNOTATIONS,
  label: 'dev16',
  floors: DEV16_FLOORS,
  printMisses: true,
  size: { articles: 42, disjointFrom: { names: 'dev..dev15 or held-out sets', files: [...SETS_BEFORE_DEV15, DEV15_ANNOTATIONS] } },
});

/** One blind set of a batch annotated together: its number, file and floors. */
type BlindSet = [number, string, Partial<Floors>];

/** A batch of blind dev sets: each disjoint from the `before` sets and from the batch's earlier ones. */
function describeBlindBatch(batch: BlindSet[], before: string[]): void {
  batch.forEach(([n, file, floors], k) => {
    describeQuality({
      title: `dev${n} set (annotated blind, then used to tune rules)`,
      file,
      label: `dev${n}`,
      floors,
      printMisses: true,
      size: {
        articles: 42,
        disjointFrom: { names: `dev..dev${n - 1} or held-out sets`, files: [...before, ...batch.slice(0, k).map(([, f]) => f)] },
      },
    });
  });
}

// Dev17 … dev20 floors: four more blind sets (people, documents and movements; numbers not
// annotated), measured once on the rules of the dev15/dev16 round before any rule was changed for
// them, then used to tune.
const DEV17_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.75 }, // measured 0.957 / 0.770 after two rounds (blind: 0.899 / 0.770; capped at the targets)
};
const DEV18_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.952 / 0.906 after two rounds (blind: 0.849 / 0.906; capped at the targets)
};
const DEV19_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // measured 0.978 / 0.870 after two rounds (blind: 0.947 / 0.870; capped at the targets)
};
const DEV20_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.982 / 0.903 after two rounds (blind: 0.933 / 0.903; capped at the targets)
};

const SETS_BEFORE_DEV17 = [...SETS_BEFORE_DEV15, DEV15_ANNOTATIONS, DEV16_ANNOTATIONS];
const DEV17_ON: BlindSet[] = [
  [17, DEV17_ANNOTATIONS, DEV17_FLOORS],
  [18, DEV18_ANNOTATIONS, DEV18_FLOORS],
  [19, DEV19_ANNOTATIONS, DEV19_FLOORS],
  [20, DEV20_ANNOTATIONS, DEV20_FLOORS],
];
describeBlindBatch(DEV17_ON, SETS_BEFORE_DEV17);

// Dev21 … dev24 floors: four more blind sets (people, documents and movements), measured once on
// analysis-12 before any rule was changed for them, then used to tune.
const DEV21_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // measured 0.971 / 0.970 after the dev21-dev24 round (blind: 0.907 / 0.970; capped at the targets)
};
const DEV22_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // measured 0.969 / 0.952 after the dev21-dev24 round (blind: 0.954 / 0.952; capped at the targets)
};
const DEV23_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.75 }, // measured 0.974 / 0.758 after the dev21-dev24 round (blind: 0.926 / 0.747; capped at the targets)
};
const DEV24_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.8 }, // measured 1.000 / 0.840 after the dev21-dev24 round (blind: 0.963 / 0.840; capped at the targets)
};

const SETS_BEFORE_DEV21 = [...SETS_BEFORE_DEV17, ...DEV17_ON.map(([, f]) => f), HELDOUT3_ANNOTATIONS];
const DEV21_ON: BlindSet[] = [
  [21, DEV21_ANNOTATIONS, DEV21_FLOORS],
  [22, DEV22_ANNOTATIONS, DEV22_FLOORS],
  [23, DEV23_ANNOTATIONS, DEV23_FLOORS],
  [24, DEV24_ANNOTATIONS, DEV24_FLOORS],
];
describeBlindBatch(DEV21_ON, SETS_BEFORE_DEV21);

// Dev25 … dev28 floors: four more blind sets (people, documents and movements), measured once on
// analysis-13 before any rule was changed for them.
const DEV25_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.8 }, // measured 0.971 / 0.817 after the dev25-dev28 round (blind: 0.962 / 0.817; capped at the targets)
};
const DEV26_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // measured 0.989 / 0.856 after the dev25-dev28 round (blind: 0.968 / 0.856; capped at the targets)
};
const DEV27_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // measured 0.940 / 0.922 after the dev25-dev28 round (blind: 0.852 / 0.902)
};
const DEV28_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // measured 0.978 / 0.876 after the dev25-dev28 round (blind: 0.887 / 0.866; capped at the targets)
};

const SETS_BEFORE_DEV25 = [...SETS_BEFORE_DEV21, ...DEV21_ON.map(([, f]) => f)];
const DEV25_ON: BlindSet[] = [
  [25, DEV25_ANNOTATIONS, DEV25_FLOORS],
  [26, DEV26_ANNOTATIONS, DEV26_FLOORS],
  [27, DEV27_ANNOTATIONS, DEV27_FLOORS],
  [28, DEV28_ANNOTATIONS, DEV28_FLOORS],
];
describeBlindBatch(DEV25_ON, SETS_BEFORE_DEV25);

// Dev29 … dev32 floors: four more blind sets (people, documents and movements), drawn only from corpus
// lines whose extractor output no rule-tuning engineer had read, measured once on analysis-16 before any
// rule was changed for them (pooled people 0.907 / 0.927; analysis-17 0.909 / 0.927), then used to tune
// (analysis-18, pooled 0.953 / 0.936).
const DEV29_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.953 / 0.929 after the dev29-dev32 round (blind: 0.909 / 0.918)
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (3 documents)
};
const DEV30_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // measured 0.939 / 0.918 after the dev29-dev32 round (blind: 0.929 / 0.918)
};
const DEV31_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // measured 0.939 / 0.927 after the dev29-dev32 round (blind: 0.875 / 0.927; analysis-17: 0.885)
};
const DEV32_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // measured 0.979 / 0.968 after the dev29-dev32 round (blind: 0.910 / 0.947)
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (5 documents)
};

const SETS_BEFORE_DEV29 = [...SETS_BEFORE_DEV25, ...DEV25_ON.map(([, f]) => f), HELDOUT_ANNOTATIONS, HELDOUT3_ANNOTATIONS, HELDOUT4_ANNOTATIONS];
const DEV29_ON: BlindSet[] = [
  [29, DEV29_ANNOTATIONS, DEV29_FLOORS],
  [30, DEV30_ANNOTATIONS, DEV30_FLOORS],
  [31, DEV31_ANNOTATIONS, DEV31_FLOORS],
  [32, DEV32_ANNOTATIONS, DEV32_FLOORS],
];
describeBlindBatch(DEV29_ON, SETS_BEFORE_DEV29);

// Dev33 … dev36 floors: four more blind sets drawn like dev29-dev32 (and outside the slices the dev29-dev32
// round read), measured once on analysis-18 before any rule was changed for them: pooled people 0.892 /
// 0.879 (analysis-16: 0.889 / 0.879), documents 1.000 / 0.909 (11).
const DEV33_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.85 }, // blind: 0.873 / 0.857
  documents: { precision: 0.95, recall: 0.85 }, // blind: 1.000 / 0.857 (7 documents)
};
const DEV34_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.940 / 0.919
};
const DEV35_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.8 }, // blind: 0.855 / 0.818
};
const DEV36_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.9 }, // blind: 0.893 / 0.918
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (3 documents)
};

const SETS_BEFORE_DEV33 = [...SETS_BEFORE_DEV29, ...DEV29_ON.map(([, f]) => f)];
const DEV33_ON: BlindSet[] = [
  [33, DEV33_ANNOTATIONS, DEV33_FLOORS],
  [34, DEV34_ANNOTATIONS, DEV34_FLOORS],
  [35, DEV35_ANNOTATIONS, DEV35_FLOORS],
  [36, DEV36_ANNOTATIONS, DEV36_FLOORS],
];
describeBlindBatch(DEV33_ON, SETS_BEFORE_DEV33);

// Dev37 … dev40 floors: four more blind sets drawn like dev33-dev36, measured once on analysis-18 and again
// on analysis-19 (a round that never saw them): pooled people 0.930 / 0.890 both times, documents 1.000 / 1.000 (5).
const DEV37_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // blind: 0.952 / 0.891 (capped at the target)
};
const DEV38_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.9 }, // blind: 0.896 / 0.904
};
const DEV39_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.946 / 0.933
};
const DEV40_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.8 }, // blind: 0.926 / 0.824
};

const SETS_BEFORE_DEV37 = [...SETS_BEFORE_DEV33, ...DEV33_ON.map(([, f]) => f)];
const DEV37_ON: BlindSet[] = [
  [37, DEV37_ANNOTATIONS, DEV37_FLOORS],
  [38, DEV38_ANNOTATIONS, DEV38_FLOORS],
  [39, DEV39_ANNOTATIONS, DEV39_FLOORS],
  [40, DEV40_ANNOTATIONS, DEV40_FLOORS],
];
describeBlindBatch(DEV37_ON, SETS_BEFORE_DEV37);

// Dev41 … dev44 floors: four more blind sets drawn like dev33-dev40, measured on analysis-19 and on
// analysis-20 to -24 (whose rules were written without them): pooled people 0.923 / 0.891, then 0.924 / 0.893 and (analysis-24) 0.924 / 0.902,
// documents 0.900 / 0.900 (10) both times; analysis-23 mends the one document missed (dev44's "301/BGDĐT – GDMN").
const DEV41_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.8 }, // blind: 0.905 / 0.824
};
const DEV42_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.9 }, // blind: 0.871 / 0.940
};
const DEV43_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // blind: 0.957 / 0.853
};
const DEV44_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.968 / 0.955 (capped at the targets)
};
const SETS_BEFORE_DEV41 = [...SETS_BEFORE_DEV37, ...DEV37_ON.map(([, f]) => f)];
const DEV41_ON: BlindSet[] = [
  [41, DEV41_ANNOTATIONS, DEV41_FLOORS],
  [42, DEV42_ANNOTATIONS, DEV42_FLOORS],
  [43, DEV43_ANNOTATIONS, DEV43_FLOORS],
  [44, DEV44_ANNOTATIONS, DEV44_FLOORS],
];
describeBlindBatch(DEV41_ON, SETS_BEFORE_DEV41);

// Dev45 … dev48 floors: four more blind sets drawn like dev41-dev44 (from the corpus lines still unread
// by any rule-tuning engineer), measured once on analysis-27 before any rule was changed for them: pooled
// people 0.939 / 0.902, documents 1.000 / 1.000 (5).
const DEV45_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // blind: 0.989 / 0.892 (capped at the target)
};
const DEV46_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.917 / 0.916
};
const DEV47_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.85 }, // blind: 0.932 / 0.886
};
const DEV48_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.910 / 0.921
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (3 documents)
};
const SETS_BEFORE_DEV45 = [...SETS_BEFORE_DEV41, ...DEV41_ON.map(([, f]) => f)];
const DEV45_ON: BlindSet[] = [
  [45, DEV45_ANNOTATIONS, DEV45_FLOORS],
  [46, DEV46_ANNOTATIONS, DEV46_FLOORS],
  [47, DEV47_ANNOTATIONS, DEV47_FLOORS],
  [48, DEV48_ANNOTATIONS, DEV48_FLOORS],
];
describeBlindBatch(DEV45_ON, SETS_BEFORE_DEV45);

// Dev49 … dev52 floors: four more blind sets drawn like dev45-dev48, measured on analysis-27 and again on
// analysis-29 (whose rules were written without them): pooled people 0.944 / 0.845, then 0.947 / 0.848;
// documents 1.000 / 0.800 (10), then 1.000 / 1.000 (analysis-28 reads a slash with a stray space, a fix
// made after reading the annotators' notes on these sets, so not a blind figure).
const DEV49_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // blind: 0.990 / 0.870 (capped at the target)
  documents: { precision: 0.95, recall: 0.9 }, // 1.000 / 1.000 (4; blind 1.000 / 0.750)
};
const DEV50_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.85 }, // blind: 0.944 / 0.859, then 0.957 / 0.859
  documents: { precision: 0.95, recall: 0.9 }, // 1.000 / 1.000 (2; blind 1.000 / 0.500)
};
const DEV51_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.942 / 0.911
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (4 documents)
};
const DEV52_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.75 }, // blind: 0.908 / 0.770, then 0.909 / 0.777
};
const SETS_BEFORE_DEV49 = [...SETS_BEFORE_DEV45, ...DEV45_ON.map(([, f]) => f)];
const DEV49_ON: BlindSet[] = [
  [49, DEV49_ANNOTATIONS, DEV49_FLOORS],
  [50, DEV50_ANNOTATIONS, DEV50_FLOORS],
  [51, DEV51_ANNOTATIONS, DEV51_FLOORS],
  [52, DEV52_ANNOTATIONS, DEV52_FLOORS],
];
describeBlindBatch(DEV49_ON, SETS_BEFORE_DEV49);

// Dev53 … dev56 floors: four more blind sets drawn like dev49-dev52, measured on analysis-29 and again on
// analysis-30 (whose rules were written without them): pooled people 0.918 / 0.848 both times, documents
// 1.000 / 1.000 (6). Dev53 names players in an all-capitals table, which the rules do not read.
const DEV53_FLOORS: Partial<Floors> = {
  people: { precision: 0.8, recall: 0.7 }, // blind: 0.851 / 0.723
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (2 documents)
};
const DEV54_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.946 / 0.903
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (3 documents)
};
const DEV55_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.85 }, // blind: 0.863 / 0.878
};
const DEV56_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // blind: 0.960 / 0.875 (capped at the target)
};
const SETS_BEFORE_DEV53 = [...SETS_BEFORE_DEV49, ...DEV49_ON.map(([, f]) => f)];
const DEV53_ON: BlindSet[] = [
  [53, DEV53_ANNOTATIONS, DEV53_FLOORS],
  [54, DEV54_ANNOTATIONS, DEV54_FLOORS],
  [55, DEV55_ANNOTATIONS, DEV55_FLOORS],
  [56, DEV56_ANNOTATIONS, DEV56_FLOORS],
];
describeBlindBatch(DEV53_ON, SETS_BEFORE_DEV53);

// Dev57 … dev60 floors: four more blind sets drawn like dev53-dev56, measured on analysis-27, -29, -30 and -31
// (none of whose rules saw them): pooled people 0.877 / 0.914, then 0.877 / 0.917 from analysis-30 on;
// documents 1.000 / 1.000 (6). Dev58 counts ten photo-contest entrants named after "Tác giả:" as people.
const DEV57_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.9 }, // blind: 0.895 / 0.915
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (4 documents)
};
const DEV58_FLOORS: Partial<Floors> = {
  people: { precision: 0.75, recall: 0.75 }, // blind: 0.800 / 0.797
};
const DEV59_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.95 }, // blind: 0.905 / 0.988
};
const DEV60_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.9 }, // blind: 0.894 / 0.949
  documents: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 1.000 (2 documents)
};
const SETS_BEFORE_DEV57 = [...SETS_BEFORE_DEV53, ...DEV53_ON.map(([, f]) => f)];
const DEV57_ON: BlindSet[] = [
  [57, DEV57_ANNOTATIONS, DEV57_FLOORS],
  [58, DEV58_ANNOTATIONS, DEV58_FLOORS],
  [59, DEV59_ANNOTATIONS, DEV59_FLOORS],
  [60, DEV60_ANNOTATIONS, DEV60_FLOORS],
];
describeBlindBatch(DEV57_ON, SETS_BEFORE_DEV57);

// Dev61 … dev64 floors: four more blind sets drawn like dev57-dev60, measured on analysis-31 (whose rules
// never saw them): pooled people 0.920 / 0.916; documents 1.000 / 0.889 (9: "NĐ155/CP" on a roadside sign,
// annotated as "Nghị định 155/CP", is missed).
const DEV61_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.923 / 0.922
};
const DEV62_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.85 }, // blind: 0.867 / 0.862
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 1.000 (6 documents)
};
const DEV63_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.95 }, // blind: 0.929 / 0.951
};
const DEV64_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.965 / 0.930
};
const SETS_BEFORE_DEV61 = [...SETS_BEFORE_DEV57, ...DEV57_ON.map(([, f]) => f)];
const DEV61_ON: BlindSet[] = [
  [61, DEV61_ANNOTATIONS, DEV61_FLOORS],
  [62, DEV62_ANNOTATIONS, DEV62_FLOORS],
  [63, DEV63_ANNOTATIONS, DEV63_FLOORS],
  [64, DEV64_ANNOTATIONS, DEV64_FLOORS],
];
describeBlindBatch(DEV61_ON, SETS_BEFORE_DEV61);

// Dev65 … dev68 floors: four more blind sets drawn like dev61-dev64, measured on analysis-32 (neither its rules nor its
// people re-scorer, trained on the sets up to dev64, saw them): pooled people 0.954 / 0.966 (the rules alone, the re-scorer
// switched off: 0.950 / 0.941); documents 1.000 / 1.000 (5). From then on they are training data of the re-scorer.
const DEV65_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.95 }, // blind: 0.910 / 0.984
};
const DEV66_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // blind: 0.988 / 0.976
};
const DEV67_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.963 / 0.938
};
const DEV68_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.95 }, // blind: 0.944 / 0.970
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 1.000 (3 documents)
};
const SETS_BEFORE_DEV65 = [...SETS_BEFORE_DEV61, ...DEV61_ON.map(([, f]) => f)];
const DEV65_ON: BlindSet[] = [
  [65, DEV65_ANNOTATIONS, DEV65_FLOORS],
  [66, DEV66_ANNOTATIONS, DEV66_FLOORS],
  [67, DEV67_ANNOTATIONS, DEV67_FLOORS],
  [68, DEV68_ANNOTATIONS, DEV68_FLOORS],
];
describeBlindBatch(DEV65_ON, SETS_BEFORE_DEV65);

// Dev69 … dev72 floors: four more blind sets drawn like dev65-dev68, measured on analysis-33 (rules and re-scorer trained on
// the sets up to dev68; neither saw them): pooled people 0.865 / 0.918, the weakest precision of any batch (the rules
// alone: 0.866 / 0.908); documents 1.000 / 1.000 (5). From then on they are training data of the re-scorer.
const DEV69_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.85 }, // blind: 0.900 / 0.908
};
const DEV70_FLOORS: Partial<Floors> = {
  people: { precision: 0.8, recall: 0.85 }, // blind: 0.813 / 0.909
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 1.000 (4 documents)
};
const DEV71_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.85 }, // blind: 0.885 / 0.882
};
const DEV72_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.95 }, // blind: 0.855 / 0.985
};
const SETS_BEFORE_DEV69 = [...SETS_BEFORE_DEV65, ...DEV65_ON.map(([, f]) => f)];
const DEV69_ON: BlindSet[] = [
  [69, DEV69_ANNOTATIONS, DEV69_FLOORS],
  [70, DEV70_ANNOTATIONS, DEV70_FLOORS],
  [71, DEV71_ANNOTATIONS, DEV71_FLOORS],
  [72, DEV72_ANNOTATIONS, DEV72_FLOORS],
];
describeBlindBatch(DEV69_ON, SETS_BEFORE_DEV69);

// Dev73 … dev76 floors: four more blind sets drawn like dev69-dev72, measured on analysis-35 (its rules and its re-scorer,
// trained on the sets up to dev72 with thresholds 0.45 / 0.7, never saw them): pooled people 0.943 / 0.938 (the rules
// alone: 0.916 / 0.927); documents 1.000 / 1.000 (1); movements 0.600 / 1.000 (3). From then on training data of the re-scorer.
const DEV73_FLOORS: Partial<Floors> = {
  people: { precision: 0.85, recall: 0.9 }, // blind: 0.879 / 0.939
};
const DEV74_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.953 / 0.934
};
const DEV75_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // blind: 0.969 / 0.968
};
const DEV76_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 1.000 / 0.912
};
const SETS_BEFORE_DEV73 = [...SETS_BEFORE_DEV69, ...DEV69_ON.map(([, f]) => f)];
const DEV73_ON: BlindSet[] = [
  [73, DEV73_ANNOTATIONS, DEV73_FLOORS],
  [74, DEV74_ANNOTATIONS, DEV74_FLOORS],
  [75, DEV75_ANNOTATIONS, DEV75_FLOORS],
  [76, DEV76_ANNOTATIONS, DEV76_FLOORS],
];
describeBlindBatch(DEV73_ON, SETS_BEFORE_DEV73);

// Dev77 … dev80 floors: four more blind sets drawn like dev73-dev76, measured on analysis-37's rules with the re-scorer
// trained on the sets up to dev76 (neither had seen them): pooled people 0.950 / 0.934 (the rules alone: 0.921 / 0.931);
// documents 1.000 / 1.000 (4). Some dev80 articles repeat stories of earlier sets. From then on training data of the re-scorer.
const DEV77_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.957 / 0.943
};
const DEV78_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // blind: 0.976 / 0.880
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 1.000 (2 documents)
};
const DEV79_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.954 / 0.922
};
const DEV80_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.95 }, // blind: 0.922 / 0.989
};
const SETS_BEFORE_DEV77 = [...SETS_BEFORE_DEV73, ...DEV73_ON.map(([, f]) => f)];
const DEV77_ON: BlindSet[] = [
  [77, DEV77_ANNOTATIONS, DEV77_FLOORS],
  [78, DEV78_ANNOTATIONS, DEV78_FLOORS],
  [79, DEV79_ANNOTATIONS, DEV79_FLOORS],
  [80, DEV80_ANNOTATIONS, DEV80_FLOORS],
];
describeBlindBatch(DEV77_ON, SETS_BEFORE_DEV77);

// Dev81 … dev84 floors: four more blind sets drawn like dev77-dev80, measured on analysis-37 as shipped (rules and
// re-scorer trained on the sets up to dev80; neither saw them): pooled people 0.940 / 0.925 (the rules alone:
// 0.901 / 0.913); documents 1.000 / 0.895 (19: two decisions with their purpose before "số", "quyết định khởi tố bị can
// số …", read since analysis-38). From then on training data of the re-scorer.
const DEV81_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.932 / 0.910
};
const DEV82_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.937 / 0.936
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 1.000 (12 documents)
};
const DEV83_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.952 / 0.904
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 0.600 (5 documents); 1.000 / 1.000 since analysis-38
};
const DEV84_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.95 }, // blind: 0.937 / 0.960
};
const SETS_BEFORE_DEV81 = [...SETS_BEFORE_DEV77, ...DEV77_ON.map(([, f]) => f)];
const DEV81_ON: BlindSet[] = [
  [81, DEV81_ANNOTATIONS, DEV81_FLOORS],
  [82, DEV82_ANNOTATIONS, DEV82_FLOORS],
  [83, DEV83_ANNOTATIONS, DEV83_FLOORS],
  [84, DEV84_ANNOTATIONS, DEV84_FLOORS],
];
describeBlindBatch(DEV81_ON, SETS_BEFORE_DEV81);

// Dev85 … dev88 floors: four more blind sets drawn like dev81-dev84, measured on analysis-38 as shipped (rules and
// re-scorer trained on the sets up to dev84; neither saw them): pooled people 0.971 / 0.958 at its thresholds
// (0.45 / 0.7), 0.974 / 0.951 at analysis-39's (0.65 / 0.65, chosen by cross-validation before this batch was
// measured), the rules alone 0.933 / 0.955; documents 1.000 / 1.000 (5). From then on training data of the re-scorer.
const DEV85_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // blind: 0.977 / 0.988 (0.976 / 0.952 at 0.65 / 0.65)
};
const DEV86_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // blind: 0.976 / 0.975 (0.988 / 0.963)
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 1.000 (4 documents)
};
const DEV87_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.975 / 0.950 (0.975 / 0.950)
};
const DEV88_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // blind: 0.952 / 0.905 (0.953 / 0.937)
};
const SETS_BEFORE_DEV85 = [...SETS_BEFORE_DEV81, ...DEV81_ON.map(([, f]) => f)];
const DEV85_ON: BlindSet[] = [
  [85, DEV85_ANNOTATIONS, DEV85_FLOORS],
  [86, DEV86_ANNOTATIONS, DEV86_FLOORS],
  [87, DEV87_ANNOTATIONS, DEV87_FLOORS],
  [88, DEV88_ANNOTATIONS, DEV88_FLOORS],
];
describeBlindBatch(DEV85_ON, SETS_BEFORE_DEV85);

// Dev89 … dev92 floors: four more blind sets drawn like dev85-dev88, measured on analysis-39 as shipped (rules, and
// the re-scorer trained on the sets up to dev88 with its thresholds 0.65 / 0.65; neither saw them): pooled people
// 0.952 / 0.928 (the rules alone 0.918 / 0.913); documents 1.000 / 1.000 (8). From then on training data of the re-scorer.
const DEV89_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.948 / 0.946
  documents: { precision: 0.95, recall: 0.95 }, // blind: 1.000 / 1.000 (6 documents)
};
const DEV90_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // blind: 0.923 / 0.922
};
const DEV91_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.95 }, // blind: 0.967 / 0.989
};
const DEV92_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.85 }, // blind: 0.965 / 0.859
};
const SETS_BEFORE_DEV89 = [...SETS_BEFORE_DEV85, ...DEV85_ON.map(([, f]) => f)];
const DEV89_ON: BlindSet[] = [
  [89, DEV89_ANNOTATIONS, DEV89_FLOORS],
  [90, DEV90_ANNOTATIONS, DEV90_FLOORS],
  [91, DEV91_ANNOTATIONS, DEV91_FLOORS],
  [92, DEV92_ANNOTATIONS, DEV92_FLOORS],
];
describeBlindBatch(DEV89_ON, SETS_BEFORE_DEV89);

// Held-out floors: measured after the dev6 round and after the dev9/dev10 round (never tuned on), on the blind annotations (the set holds
// no document and no movement, so only people and numbers are scored).
const HELDOUT_FLOORS: Partial<Floors> = {
  // First measurement 0.928 / 0.899; after the dev9/dev10 round 0.938 / 0.909.
  people: { precision: 0.9, recall: 0.9 }, // measured 0.938 / 0.909
  // First measurement 0.948 / 0.982; after the dev9/dev10 round 0.959 / 0.988.
  numbers: { precision: 0.95, recall: 0.95 }, // measured 0.959 / 0.988 (capped at the targets)
};

describeQuality({
  title: 'held-out set (annotated blind, never used to tune rules)',
  file: HELDOUT_ANNOTATIONS,
  label: 'held-out',
  floors: HELDOUT_FLOORS,
  printMisses: false,
  size: {
    articles: 42,
    disjointFrom: {
      names: 'dev..dev6 sets',
      files: [DEV_ANNOTATIONS, DEV2_ANNOTATIONS, DEV3_ANNOTATIONS, DEV4_ANNOTATIONS, DEV5_ANNOTATIONS, DEV6_ANNOTATIONS],
    },
  },
});

// The second held-out set (heldout3), annotated blind while the dev17-dev20 rounds ran (people,
// documents and movements; no number annotated), people annotated twice, independently, with the same
// 99 names. Never used to tune rules through analysis-14, re-measured after each round without looking
// at its misses: people 0.833 / 0.929 (analysis-11), 0.841 / 0.929 (analysis-12 to -14). From then on its
// misses were read to tune rules, like dev6's: it is a dev set now, and a new held-out set took its place.
const HELDOUT3_FLOORS: Partial<Floors> = {
  people: { precision: 0.95, recall: 0.9 }, // measured 0.960 / 0.929 after its round (analysis-15; 0.841 / 0.929 before; capped at the targets)
};

describeQuality({
  title: 'second held-out set, a dev set from analysis-14 on (its misses looked at to tune rules)',
  file: HELDOUT3_ANNOTATIONS,
  label: 'held-out 3 (dev)',
  floors: HELDOUT3_FLOORS,
  printMisses: true,
  size: {
    articles: 42,
    disjointFrom: { names: 'dev..dev20 or first held-out sets', files: [...SETS_BEFORE_DEV17, ...DEV17_ON.map(([, f]) => f)] },
  },
});

// The third held-out set (heldout4), annotated blind after the dev25-dev28 round (people, documents and
// movements), never used to tune rules; its misses are never printed. Measured on analysis-14 (before the
// heldout3 round): people 0.913 / 0.921; on analysis-15 the same.
const HELDOUT4_FLOORS: Partial<Floors> = {
  people: { precision: 0.9, recall: 0.9 }, // measured 0.913 / 0.921 (analysis-15)
  // Three documents in the set: one miss is a third of the recall.
  documents: { precision: 0.95, recall: 0.65 }, // measured 1.000 / 0.667
};

describeQuality({
  title: 'third held-out set (annotated blind, never used to tune rules)',
  file: HELDOUT4_ANNOTATIONS,
  label: 'held-out 4',
  floors: HELDOUT4_FLOORS,
  printMisses: false,
  size: {
    articles: 42,
    disjointFrom: { names: 'dev..dev28 or other held-out sets', files: [...SETS_BEFORE_DEV25, ...DEV25_ON.map(([, f]) => f), HELDOUT_ANNOTATIONS] },
  },
});
