/**
 * A second opinion on the people rules: a logistic model, trained on the hand-annotated articles
 * (scripts/train-people-rescorer.ts), scores every candidate of an article
 * (./people-rescorer-candidates.ts) from its features (./people-rescorer-features.ts). A person the
 * rules found is kept unless the model gives it less than `keepRuleAt`; a name they did not report
 * is added when the model gives it at least `addNewAt`.
 * Why: the rules' errors are a long tail that rounds of new rules fixed only on the sets they were
 * written for; the model weighs all the annotated evidence at once. On four blind sets no rule and
 * no training saw (dev61-dev64) it moved people from 0.920 / 0.916 to 0.927 / 0.936; much of the
 * recall comes from names it has seen annotated (a learned name list of this archive). Its
 * thresholds (0.65 / 0.65 since analysis-39; 0.45 / 0.7 from analysis-35) favour precision, whose target is the harder one; see
 * scripts/train-people-rescorer.ts for how they were chosen.
 */
import type { PersonEntity } from '../../types';
import modelFile from './people-rescorer-model.json';
import { personCandidates, personKey, type RescorerInput } from './people-rescorer-candidates';
import { candidateFeatures, wholeWordSpans, type FeatureMap } from './people-rescorer-features';
import { HONORIFIC_SET } from './roles';

/** Whether the name opens with an honorific ("Ông Cao Thắng"): the rules report names without one, so the model adds none. */
function opensWithHonorific(key: string): boolean {
  const words = key.split(' ');
  return HONORIFIC_SET.has(words[0]) || (words.length > 2 && HONORIFIC_SET.has(`${words[0]} ${words[1]}`));
}

export interface PeopleModel {
  /** Feature name → weight (absent = 0). */
  weights: ReadonlyMap<string, number>;
  /** A rules' person scored below this is dropped. */
  keepRuleAt: number;
  /** A candidate the rules did not report is added from this score on. */
  addNewAt: number;
}

/** The model file's shape (weights as pairs: a 20,000-key object literal would burden the type checker). */
export interface PeopleModelFile {
  /** The analysis version whose rules' output it was trained on (indexer/analysis/version.ts). */
  analysisVersion: string;
  about: string;
  keepRuleAt: number;
  addNewAt: number;
  weights: (string | number)[][];
}

/** Reads a model file; throws when it is malformed. */
export function readPeopleModel(file: PeopleModelFile): PeopleModel {
  const weights = new Map<string, number>();
  for (const pair of file.weights) {
    const [name, weight] = pair;
    if (typeof name !== 'string' || typeof weight !== 'number' || !Number.isFinite(weight)) {
      throw new Error(`analysis: people model: bad weight ${JSON.stringify(pair)}`);
    }
    weights.set(name, weight);
  }
  const inUnit = (x: number): boolean => x >= 0 && x <= 1;
  if (!inUnit(file.keepRuleAt) || !inUnit(file.addNewAt)) throw new Error('analysis: people model: thresholds must be in [0, 1]');
  return { weights, keepRuleAt: file.keepRuleAt, addNewAt: file.addNewAt };
}

let shipped: PeopleModel | undefined;

/** The model shipped with the analysis (./people-rescorer-model.json), read on first use. */
export function shippedPeopleModel(): PeopleModel {
  shipped ??= readPeopleModel(modelFile as PeopleModelFile);
  return shipped;
}

/** The model's probability that the features describe a person. */
export function personScore(model: Pick<PeopleModel, 'weights'>, features: FeatureMap): number {
  let z = 0;
  for (const [name, value] of features) z += (model.weights.get(name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** Whether a name the rules did not report may never be added: the byline's author (`excludedKeys`) or a name opening with an honorific. */
export function isBarredFromAdding(key: string, excludedKeys: ReadonlySet<string>): boolean {
  return excludedKeys.has(key) || opensWithHonorific(key);
}

/** The model's verdict on a candidate of `score`: a rules' person is kept from `keepRuleAt`, another name added from `addNewAt` unless barred. */
export function keepsCandidate(model: Pick<PeopleModel, 'keepRuleAt' | 'addNewAt'>, fromRules: boolean, barred: boolean, score: number): boolean {
  return fromRules ? score >= model.keepRuleAt : !barred && score >= model.addNewAt;
}

/**
 * The people of an article after the model's second opinion: the rules' people it keeps, in their
 * order, then the names it adds (no role: the rules found no cue), in order of first mention.
 * `exclude` names (the byline's author) and names opening with an honorific are never added.
 */
export function rescorePeople(input: RescorerInput, model: PeopleModel = shippedPeopleModel(), exclude: readonly string[] = []): PersonEntity[] {
  const candidates = personCandidates(input);
  const features = candidateFeatures(input, candidates);
  const excluded = new Set(exclude.map(personKey));
  const keptKeys = new Set<string>();
  const added: { person: PersonEntity; at: number }[] = [];
  candidates.forEach((candidate, i) => {
    const fromRules = candidate.sources.has('rule');
    const barred = !fromRules && isBarredFromAdding(candidate.key, excluded);
    if (!keepsCandidate(model, fromRules, barred, personScore(model, features[i]))) return;
    if (fromRules) {
      keptKeys.add(candidate.key);
      return;
    }
    const at = input.text.indexOf(candidate.name);
    added.push({ person: { name: candidate.name, roles: [], mentions: Math.max(1, wholeWordSpans(input.text, candidate.name).length) }, at: at < 0 ? input.text.length : at });
  });
  const kept = input.people.filter((p) => keptKeys.has(personKey(p.name)));
  return [...kept, ...added.sort((a, b) => a.at - b.at).map((a) => a.person)];
}
