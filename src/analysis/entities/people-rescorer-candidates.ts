/**
 * What the people re-scorer (./people-rescorer.ts) decides on: every name the rules found, and the
 * names they may have missed: each capitalised run of at most five words and every two- to
 * four-word piece of it, and each span vntk's NER tags as a person. On the annotated articles these
 * cover 94% of the people the rules miss (about 33 candidates an article).
 */
import type { PersonEntity } from '../../types';
import type { AlignedNerToken } from './text-units';

/** What the re-scorer reads of one analysed article. */
export interface RescorerInput {
  /** The analysis text (title, lead, body), as the rules read it. */
  text: string;
  /** The rules' people. */
  people: readonly PersonEntity[];
  /** The words of every capitalised run the people rules scanned, in text order. */
  runs: readonly (readonly string[])[];
  /** NER rows aligned on the text. */
  ner: readonly AlignedNerToken[];
  /** Organisation and place names found in the article. */
  organizations: readonly string[];
  places: readonly string[];
}

/** Where a candidate came from (a candidate may come from several). */
export type CandidateSource = 'rule' | 'run_full' | 'run_sub' | 'ner_per';

export interface PersonCandidate {
  /** personKey of the name: the identity of a candidate. */
  key: string;
  /** The first spelling seen. */
  name: string;
  sources: Set<CandidateSource>;
}

/** Longest run taken whole (longer ones are lists or headlines, their pieces still count). */
const MAX_RUN_WORDS = 5;
/** Longest piece of a run taken. */
const MAX_PIECE_WORDS = 4;

const KEY_MEMO_LIMIT = 100_000;
const keys = new Map<string, string>();

/** A name's identity: NFC, Vietnamese lower case, single spaces (as the quality test matches names). */
export function personKey(name: string): string {
  // Memoised: the features fold the same few thousand words over and over, and locale case mapping is slow.
  let key = keys.get(name);
  if (key === undefined) {
    key = name.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
    if (keys.size >= KEY_MEMO_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** The candidates of one article, each with the set of its sources. */
export function personCandidates(input: RescorerInput): PersonCandidate[] {
  const byKey = new Map<string, PersonCandidate>();
  const add = (raw: string, source: CandidateSource): void => {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (!name) return;
    const key = personKey(name);
    let candidate = byKey.get(key);
    if (!candidate) byKey.set(key, (candidate = { key, name, sources: new Set() }));
    candidate.sources.add(source);
  };
  for (const person of input.people) add(person.name, 'rule');
  for (const words of input.runs) {
    if (words.length <= MAX_RUN_WORDS) add(words.join(' '), 'run_full');
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= MAX_PIECE_WORDS && i + n <= words.length; n++) {
        if (i === 0 && n === words.length) continue;
        add(words.slice(i, i + n).join(' '), 'run_sub');
      }
    }
  }
  for (const [start, end] of nerPersonSpans(input.ner)) add(input.text.slice(start, end), 'ner_per');
  return [...byKey.values()];
}

/** [start, end) of each B-PER row with the I-PER rows right after it (at most one character apart). */
function nerPersonSpans(rows: readonly AlignedNerToken[]): [number, number][] {
  const spans: [number, number][] = [];
  let span: [number, number] | null = null;
  for (const row of rows) {
    if (row.ner === 'B-PER') {
      if (span) spans.push(span);
      span = [row.start, row.end];
    } else if (row.ner === 'I-PER' && span && row.start - span[1] <= 1) {
      span[1] = row.end;
    } else if (row.ner !== 'O' || row.pos) {
      // A tagged row ends the span; untagged filler rows (no POS) between spans are skipped.
      if (span) spans.push(span);
      span = null;
    }
  }
  if (span) spans.push(span);
  return spans;
}
