import fs from 'node:fs';
import path from 'node:path';
import { ANALYSIS_VERSION } from '../../indexer/analysis/version';
import { personCandidates, type RescorerInput } from '../../src/analysis/entities/people-rescorer-candidates';
import { candidateFeatures } from '../../src/analysis/entities/people-rescorer-features';
import { readPeopleModel, rescorePeople, shippedPeopleModel, type PeopleModelFile } from '../../src/analysis/entities/people-rescorer';
import type { AlignedNerToken } from '../../src/analysis/entities/text-units';

const TEXT = 'Ca sĩ Minh Khoa hát ở phố Hàng Lược\nTối qua, ca sĩ Minh Khoa và Lý Thu Hà hát tại phố Hàng Lược. Bà Đinh Thị Mơ khen.';

/** An aligned NER row over the first occurrence of `word` at or after `from`. */
function row(word: string, ner: string, from = 0): AlignedNerToken {
  const start = TEXT.indexOf(word, from);
  return { word, start, end: start + word.length, pos: 'Np', ner };
}

const INPUT: RescorerInput = {
  text: TEXT,
  people: [
    { name: 'Minh Khoa', roles: ['Ca sĩ'], mentions: 2 },
    { name: 'Hàng Lược', roles: [], mentions: 2 },
  ],
  runs: [['Ca'], ['Minh', 'Khoa'], ['Hàng', 'Lược'], ['Tối'], ['Minh', 'Khoa'], ['Lý', 'Thu', 'Hà'], ['Hàng', 'Lược'], ['Bà', 'Đinh', 'Thị', 'Mơ']],
  ner: [row('Lý', 'B-PER', 40), row('Thu', 'I-PER', 40), row('Hà', 'I-PER', 40), row('tại', 'O', 40)],
  organizations: [],
  places: [],
};

describe('people re-scorer candidates', () => {
  test('every rules person, every short capitalised run, its pieces and NER person spans, each with its sources', () => {
    const byName = new Map(personCandidates(INPUT).map((c) => [c.name, [...c.sources].sort()]));
    expect(byName.get('Minh Khoa')).toEqual(['rule', 'run_full']);
    expect(byName.get('Lý Thu Hà')).toEqual(['ner_per', 'run_full']);
    expect(byName.get('Thu Hà')).toEqual(['run_sub']);
    // The honorific run gives the name as a piece of it.
    expect(byName.get('Đinh Thị Mơ')).toEqual(['run_sub']);
    expect(byName.get('Bà Đinh Thị Mơ')).toEqual(['run_full']);
  });

  test('a run longer than five words is taken in pieces only', () => {
    const words = ['Ban', 'Chỉ', 'Đạo', 'Phòng', 'Chống', 'Thiên', 'Tai'];
    const names = personCandidates({ ...INPUT, people: [], runs: [words], ner: [] }).map((c) => c.name);
    expect(names).not.toContain(words.join(' '));
    expect(names).toContain('Phòng Chống');
    expect(names.every((n) => n.split(' ').length <= 4)).toBe(true);
  });
});

describe('people re-scorer features', () => {
  const candidates = personCandidates(INPUT);
  const features = candidateFeatures(INPUT, candidates);
  const of = (name: string) => features[candidates.findIndex((c) => c.name === name)];

  test('the words before and after a mention, its punctuation and the rules roles', () => {
    const minh = of('Minh Khoa');
    expect(minh.get('L2:ca sĩ')).toBe(1);
    expect(minh.get('R1:và')).toBe(1);
    expect(minh.get('rule_roles')).toBe(1);
    expect(minh.get('in_title')).toBe(1);
    expect(minh.get('mentions_log')).toBeCloseTo(Math.log1p(2));
    expect(minh.get('W0:minh')).toBe(1);
    expect(minh.get('WL:khoa')).toBe(1);
  });

  test('a street name after "phố" carries the place cue; a woman\'s name after "Bà" the honorific', () => {
    expect(of('Hàng Lược').get('place_org_cue')).toBe(1);
    expect(of('Hàng Lược').get('L1:phố')).toBe(1);
    expect(of('Đinh Thị Mơ').get('honorific_before')).toBe(1);
    expect(of('Đinh Thị Mơ').get('surname_first')).toBe(1);
  });
});

describe('people re-scorer decisions', () => {
  // A hand-made model: people are names that open with a family name (three words when only a piece of a run) or follow
  // "ca sĩ"; a place cue makes no person.
  const model = readPeopleModel({
    analysisVersion: 'test',
    about: 'test',
    keepRuleAt: 0.3,
    addNewAt: 0.7,
    weights: [['bias', -2], ['surname_first', 4], ['L2:ca sĩ', 4], ['place_org_cue', -6], ['src:run_sub', -2], ['nsyl:3', 2]],
  });

  test('keeps the rules people the model believes, drops the others, adds the names it is sure of after them', () => {
    const people = rescorePeople(INPUT, model);
    expect(people.map((p) => p.name)).toEqual(['Minh Khoa', 'Lý Thu Hà', 'Đinh Thị Mơ']);
    expect(people[0].roles).toEqual(['Ca sĩ']);
    expect(people[1]).toEqual({ name: 'Lý Thu Hà', roles: [], mentions: 1 });
  });

  test('never adds a name with its honorific ("Bà Đinh Thị Mơ"): the name without it is the person', () => {
    const sure = readPeopleModel({ analysisVersion: 'test', about: 'test', keepRuleAt: 0.3, addNewAt: 0.7, weights: [['bias', -2], ['W0:bà', 6]] });
    expect(rescorePeople(INPUT, sure).map((p) => p.name)).not.toContain('Bà Đinh Thị Mơ');
  });

  test("never adds the byline's author", () => {
    const people = rescorePeople(INPUT, model, ['Đinh Thị Mơ']);
    expect(people.map((p) => p.name)).not.toContain('Đinh Thị Mơ');
  });

  test('a malformed model file is refused', () => {
    const file = (over: Partial<PeopleModelFile>): PeopleModelFile => ({ analysisVersion: 't', about: 't', keepRuleAt: 0.2, addNewAt: 0.6, weights: [], ...over });
    expect(() => readPeopleModel(file({ weights: [['bias', Number.NaN]] }))).toThrow(/bad weight/);
    expect(() => readPeopleModel(file({ weights: [[3, 'bias']] }))).toThrow(/bad weight/);
    expect(() => readPeopleModel(file({ addNewAt: 1.5 }))).toThrow(/thresholds/);
  });
});

describe('the shipped model', () => {
  const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/analysis/entities/people-rescorer-model.json'), 'utf8')) as PeopleModelFile;

  test('was trained on the rules of this analysis version (retrain with npm run train:people when they change)', () => {
    expect(file.analysisVersion).toBe(ANALYSIS_VERSION);
  });

  test('was trained on every annotation set but the held-out ones', () => {
    const sets = fs
      .readdirSync(path.resolve(__dirname, '../fixtures'))
      .filter((f) => /^entity-annotations.*\.json$/.test(f))
      .map((f) => f.replace(/^entity-annotations-?|\.json$/g, '') || 'dev');
    const trainedOn = /sets: ([^)]*)\)/.exec(file.about)?.[1].split(', ') ?? [];
    expect(trainedOn.sort()).toEqual(sets.filter((s) => s !== 'heldout2' && s !== 'heldout4').sort());
  });

  test('reads, with thresholds that never ask more of a rules person than of a new name', () => {
    const model = shippedPeopleModel();
    expect(model.weights.size).toBeGreaterThan(1000);
    expect(model.keepRuleAt).toBeGreaterThan(0);
    expect(model.keepRuleAt).toBeLessThanOrEqual(model.addNewAt);
    expect(model.addNewAt).toBeLessThan(1);
  });
});
