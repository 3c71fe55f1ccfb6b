/**
 * Precision/recall of the entity extraction against the hand annotations in
 * tests/fixtures/entity-annotations.json (dev set), entity-annotations-dev2.json and entity-annotations-dev3.json
 * (second and third dev sets; dev3 annotates no numbers) and
 * entity-annotations-dev4/5/6.json (more dev sets) and entity-annotations-heldout2.json (the held-out set). Pure scoring functions plus the annotation
 * loader; the annotated articles are read by eval/corpus.ts (re-exported here).
 *
 * The normalisation here is deliberately independent of src/text: the evaluation must not
 * share a bug with the code it evaluates.
 */
import { readFileSync } from 'node:fs';
import type { AnalyzedArticle, NumberMention, PersonEntity } from '../../src/types';
import { readCorpusArticles, toRawArticle, type CorpusArticle } from '../../eval/corpus';

// ---- annotation file ----

export interface GoldPerson {
  name: string;
  /** Other forms of the same person in the text (stage name, full name). */
  aliases?: string[];
  roles: string[];
}

export interface GoldNumber {
  text: string;
  value: number;
  unit: string;
  qualifier: string;
  to?: number;
}

export interface GoldArticle {
  id: string;
  people: GoldPerson[];
  movements: string[];
  documents: string[];
  numbers: GoldNumber[];
}

export interface AnnotationFile {
  policy: string;
  policyDetails: Record<string, string>;
  articles: GoldArticle[];
}

/** Reads the annotation file. */
export function loadAnnotations(file: string): AnnotationFile {
  return JSON.parse(readFileSync(file, 'utf8')) as AnnotationFile;
}

// ---- corpus ----

/** One line of baomoi-2017.jsonl.gz (see ../shared/corpus/README.md). */
export type CorpusRecord = CorpusArticle;

export { readCorpusArticles, toRawArticle };

// ---- normalisation ----

/** NFC, lower case, single spaces, trimmed. */
export function foldText(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/** Movement key: folded, without surrounding quotes and trailing punctuation. */
export function movementKey(text: string): string {
  return foldText(text)
    .replace(/^[\s"'“”‘’«»]+/u, '')
    .replace(/[\s"'“”‘’«».,;:!?…]+$/u, '');
}

/** Document key: folded "type code" with "số", spaces and colons removed and dashes unified. */
export function documentKey(text: string): string {
  return foldText(text)
    .replace(/[‐‑‒–—]/gu, '-')
    .replace(/(^|\s)số(?=\s|:|\d)/gu, '$1')
    .replace(/[\s:]+/gu, '');
}

/** Person key: folded name. */
export function personKey(name: string): string {
  return foldText(name);
}

// Spellings of one unit that an extractor may legitimately canonicalise (ISO code, variant spelling).
const UNIT_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/^euro(?=$|[ /])/u, 'eur'],
  [/^tỉ(?=$|[ /])/u, 'tỷ'],
  [/^phần trăm$/u, '%'],
  [/^bảng anh(?=$|[ /])/u, 'gbp'],
];

/** Folded unit with its spelling canonicalised ("Euro/mùa" → "eur/mùa"). */
export function unitKey(unit: string): string {
  let u = foldText(unit);
  for (const [spelling, canonical] of UNIT_SPELLINGS) u = u.replace(spelling, canonical);
  return u;
}

/** True when two units are equal or one extends the other at a word or "/" boundary ("bàn" ~ "bàn thắng"). */
export function unitsMatch(a: string, b: string): boolean {
  const x = unitKey(a);
  const y = unitKey(b);
  if (x === y) return true;
  if (x === '' || y === '') return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.startsWith(short) && (long[short.length] === ' ' || long[short.length] === '/');
}

function valuesMatch(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** True when a predicted number has the gold value and a matching unit. */
export function numberMatches(gold: Pick<GoldNumber, 'value' | 'unit'>, predicted: Pick<NumberMention, 'value' | 'unit'>): boolean {
  return valuesMatch(gold.value, predicted.value) && unitsMatch(gold.unit, predicted.unit);
}

// ---- scoring ----

export type EntityKind = 'people' | 'documents' | 'movements' | 'numbers';

export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'documents', 'movements', 'numbers'];

/** Counts for one entity kind: predicted items that are right, gold items that were found. */
export interface Counts {
  gold: number;
  predicted: number;
  /** Predicted items that match some gold item (precision numerator). */
  correct: number;
  /** Gold items matched by some prediction (recall numerator). */
  found: number;
}

export interface ArticleScore {
  id: string;
  counts: Record<EntityKind, Counts>;
  /** Gold items not found, as readable strings. */
  missed: Record<EntityKind, string[]>;
  /** Predictions matching no gold item, as readable strings. */
  spurious: Record<EntityKind, string[]>;
  /** Matched gold numbers (by value+unit) and how many of them also had the right qualifier. */
  qualifiers: { matched: number; right: number; wrong: string[] };
  /** Gold (person, role) pairs whose person was found, and how many had a matching predicted role. */
  roles: { matched: number; right: number; missed: string[] };
}

function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, correct: 0, found: 0 };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Scores a set of gold strings against predicted strings under a key function (set semantics). */
function scoreStrings(gold: readonly string[], predicted: readonly string[], key: (s: string) => string) {
  const goldKeys = new Set(gold.map(key));
  const predicted1 = uniqueBy(predicted, key);
  const predictedKeys = new Set(predicted1.map(key));
  const gold1 = uniqueBy(gold, key);
  const counts: Counts = {
    gold: gold1.length,
    predicted: predicted1.length,
    correct: predicted1.filter((p) => goldKeys.has(key(p))).length,
    found: gold1.filter((g) => predictedKeys.has(key(g))).length,
  };
  return {
    counts,
    missed: gold1.filter((g) => !predictedKeys.has(key(g))),
    spurious: predicted1.filter((p) => !goldKeys.has(key(p))),
  };
}

function personKeys(p: GoldPerson): string[] {
  return [p.name, ...(p.aliases ?? [])].map(personKey);
}

function roleMatches(gold: string, predicted: string): boolean {
  const g = foldText(gold);
  const p = foldText(predicted);
  return g === p || g.includes(p) || p.includes(g);
}

function scorePeople(gold: readonly GoldPerson[], predicted: readonly PersonEntity[]) {
  const predicted1 = uniqueBy(predicted, (p) => personKey(p.name));
  const goldKeys = new Set(gold.flatMap(personKeys));
  const byKey = new Map(predicted1.map((p) => [personKey(p.name), p]));
  const counts: Counts = { gold: gold.length, predicted: predicted1.length, correct: 0, found: 0 };
  const missed: string[] = [];
  const roles = { matched: 0, right: 0, missed: [] as string[] };
  counts.correct = predicted1.filter((p) => goldKeys.has(personKey(p.name))).length;
  for (const g of gold) {
    const hits = personKeys(g).flatMap((k) => byKey.get(k) ?? []);
    if (hits.length === 0) {
      missed.push(g.roles.length ? `${g.name} (${g.roles.join('; ')})` : g.name);
      continue;
    }
    counts.found++;
    const predictedRoles = hits.flatMap((h) => h.roles);
    for (const role of g.roles) {
      roles.matched++;
      if (predictedRoles.some((r) => roleMatches(role, r))) roles.right++;
      else roles.missed.push(`${g.name}: ${role} [got: ${predictedRoles.join('; ') || '-'}]`);
    }
  }
  const spurious = predicted1.filter((p) => !goldKeys.has(personKey(p.name))).map((p) => p.name);
  return { counts, missed, spurious, roles };
}

function describeNumber(n: Pick<NumberMention, 'text' | 'value' | 'unit' | 'qualifier'>): string {
  return `"${n.text}" = ${n.qualifier ? n.qualifier + ' ' : ''}${n.value} ${n.unit || '∅'}`;
}

function scoreNumbers(gold: readonly GoldNumber[], predicted: readonly NumberMention[]) {
  const numberKey = (n: Pick<NumberMention, 'value' | 'unit'>) => `${n.value}|${unitKey(n.unit)}`;
  const predicted1 = uniqueBy(predicted, numberKey);
  const gold1 = uniqueBy(gold, numberKey);
  const counts: Counts = {
    gold: gold1.length,
    predicted: predicted1.length,
    correct: predicted1.filter((p) => gold.some((g) => numberMatches(g, p))).length,
    found: gold1.filter((g) => predicted.some((p) => numberMatches(g, p))).length,
  };
  const missed = gold1.filter((g) => !predicted.some((p) => numberMatches(g, p))).map(describeNumber);
  const spurious = predicted1.filter((p) => !gold.some((g) => numberMatches(g, p))).map(describeNumber);
  // Qualifier accuracy over every gold entry (value, unit, qualifier) whose value+unit was found.
  const qualifiers = { matched: 0, right: 0, wrong: [] as string[] };
  for (const g of gold) {
    const hits = predicted.filter((p) => numberMatches(g, p));
    if (hits.length === 0) continue;
    qualifiers.matched++;
    if (hits.some((p) => foldText(p.qualifier) === foldText(g.qualifier))) qualifiers.right++;
    else qualifiers.wrong.push(`${describeNumber(g)} [got: ${hits.map((h) => h.qualifier || '∅').join(', ')}]`);
  }
  return { counts, missed, spurious, qualifiers };
}

/** Scores one article's analysis against its annotation. */
export function scoreArticle(gold: GoldArticle, analyzed: AnalyzedArticle): ArticleScore {
  const people = scorePeople(gold.people, analyzed.people);
  const documents = scoreStrings(gold.documents, analyzed.documents, documentKey);
  const movements = scoreStrings(gold.movements, analyzed.movements, movementKey);
  const numbers = scoreNumbers(gold.numbers, analyzed.numbers);
  return {
    id: gold.id,
    counts: { people: people.counts, documents: documents.counts, movements: movements.counts, numbers: numbers.counts },
    missed: { people: people.missed, documents: documents.missed, movements: movements.missed, numbers: numbers.missed },
    spurious: {
      people: people.spurious,
      documents: documents.spurious,
      movements: movements.spurious,
      numbers: numbers.spurious,
    },
    qualifiers: numbers.qualifiers,
    roles: people.roles,
  };
}

/** Micro-averaged precision and recall of one kind. An empty denominator counts as 1 (nothing to get wrong). */
export interface PrecisionRecall extends Counts {
  precision: number;
  recall: number;
}

export interface Summary {
  byKind: Record<EntityKind, PrecisionRecall>;
  qualifierAccuracy: number;
  roleAccuracy: number;
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** Sums article scores into micro-averaged precision/recall per kind, plus qualifier and role accuracy. */
export function summarize(scores: readonly ArticleScore[]): Summary {
  const byKind = {} as Record<EntityKind, PrecisionRecall>;
  for (const kind of ENTITY_KINDS) {
    const total = emptyCounts();
    for (const s of scores) {
      total.gold += s.counts[kind].gold;
      total.predicted += s.counts[kind].predicted;
      total.correct += s.counts[kind].correct;
      total.found += s.counts[kind].found;
    }
    byKind[kind] = { ...total, precision: ratio(total.correct, total.predicted), recall: ratio(total.found, total.gold) };
  }
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  return {
    byKind,
    qualifierAccuracy: ratio(sum((s) => s.qualifiers.right), sum((s) => s.qualifiers.matched)),
    roleAccuracy: ratio(sum((s) => s.roles.right), sum((s) => s.roles.matched)),
  };
}

/** The summary as a fixed-width table; `label` names the annotation set ("dev", "held-out"). */
export function formatSummary(summary: Summary, articles: number, label?: string): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = ENTITY_KINDS.map((kind) => {
    const k = summary.byKind[kind];
    return `${kind.padEnd(10)} ${String(k.gold).padStart(5)} ${String(k.predicted).padStart(5)} ${String(k.correct).padStart(5)} ${String(k.found).padStart(5)}  ${pct(k.precision)}  ${pct(k.recall)}`;
  });
  return [
    `entity quality${label ? ` (${label})` : ''} over ${articles} hand-annotated articles`,
    'kind        gold  pred right found  precis  recall',
    ...rows,
    `number qualifier accuracy (over matched numbers): ${pct(summary.qualifierAccuracy)}`,
    `person role accuracy (over found people's gold roles): ${pct(summary.roleAccuracy)}`,
  ].join('\n');
}

/** Per-article misses and false positives, for the extractor's author (ENTITY_REPORT=1). */
export function formatMisses(scores: readonly ArticleScore[]): string {
  const out: string[] = [];
  for (const s of scores) {
    const lines: string[] = [];
    for (const kind of ENTITY_KINDS) {
      if (s.missed[kind].length) lines.push(`  missed ${kind}: ${s.missed[kind].join(' | ')}`);
      if (s.spurious[kind].length) lines.push(`  spurious ${kind}: ${s.spurious[kind].join(' | ')}`);
    }
    if (s.qualifiers.wrong.length) lines.push(`  wrong qualifier: ${s.qualifiers.wrong.join(' | ')}`);
    if (s.roles.missed.length) lines.push(`  missed role: ${s.roles.missed.join(' | ')}`);
    if (lines.length) out.push(`${s.id}\n${lines.join('\n')}`);
  }
  return out.join('\n');
}
