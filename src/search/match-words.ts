/**
 * The words a search's snippets mark: what the engine would highlight for its plan. The words
 * of every planned query but the exact and accented ones (their extra words are keys, which live
 * only in the `exact` field), the index's synonyms of the query's phrases, and the last typed
 * word as a prefix (unless keys follow it in the accented query). Words that
 * stand for the same part of the query ("gd", "đt" for "giáo dục và đào tạo") form one term,
 * so that a crop counts that part once when it weighs where the matches are; words typed with
 * accents are kept as typed, so that a crop prefers "hương" to "hưởng".
 */
import { fold, hasDiacritics } from '../text';
import type { MatchWords } from './crop';
import type { SearchPlan } from './plan';
import { parseTerms, type AnalyzedQuery } from './query';
import { wordsIn } from './words';
import { SYNONYM_GROUPS } from './settings';

/** Shortest last word marked as a prefix. */
const MIN_PREFIX_LENGTH = 3;

/** One synonym: its folded words as a padded phrase (" uy ban nhan dan "), and every word of its group. */
interface Synonym {
  phrase: string;
  groupWords: string[];
}

/** Synonyms by their first folded word: a query only checks those its words can start. */
const SYNONYMS_BY_FIRST_WORD = new Map<string, Synonym[]>();
for (const group of SYNONYM_GROUPS) {
  const groupWords = group.flatMap((member) => wordsIn(fold(member)));
  for (const member of group) {
    const words = wordsIn(fold(member));
    if (words.length === 0) continue;
    const list = SYNONYMS_BY_FIRST_WORD.get(words[0]) ?? [];
    list.push({ phrase: ` ${words.join(' ')} `, groupWords });
    SYNONYMS_BY_FIRST_WORD.set(words[0], list);
  }
}

/** Folded words of the non-excluded terms of an engine query string. */
function positiveWords(q: string): string[] {
  return parseTerms(q).flatMap((t) => (t.kind === 'excluded' ? [] : wordsIn(fold(t.text))));
}

/** Word → term, merging words into one term (union-find over the words). */
class Terms {
  private readonly parent = new Map<string, string>();

  add(word: string): void {
    if (!this.parent.has(word)) this.parent.set(word, word);
  }

  termOf(word: string): string {
    let root = word;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    return root;
  }

  /** One term for all of `words`. */
  merge(words: readonly string[]): void {
    words.forEach((w) => this.add(w));
    for (const w of words.slice(1)) this.parent.set(this.termOf(w), this.termOf(words[0]));
  }

  toMap(): Map<string, string> {
    return new Map([...this.parent.keys()].map((w) => [w, this.termOf(w)]));
  }
}

/** The match words of a search: see the module comment. */
export function matchWordsOf(query: AnalyzedQuery, plan: SearchPlan): MatchWords {
  const terms = new Terms();
  const typed = positiveWords(query.text);
  typed.forEach((w) => terms.add(w));
  const typedSet = new Set(typed);
  for (const planned of plan.queries) {
    // The exact and accented queries' extra words are keys, never in the text.
    if (planned.role === 'exact' || planned.role === 'accented') continue;
    // A variant's own words replace the typed words it lacks (an abbreviation, a number's written form).
    const words = positiveWords(planned.q);
    const own = words.filter((w) => !typedSet.has(w));
    words.forEach((w) => terms.add(w));
    if (own.length > 0) {
      const present = new Set(words);
      terms.merge([...own, ...typed.filter((w) => !present.has(w))]);
    }
  }
  const padded = ` ${typed.join(' ')} `;
  for (const word of new Set(typed)) for (const synonym of SYNONYMS_BY_FIRST_WORD.get(word) ?? []) if (padded.includes(synonym.phrase)) terms.merge(synonym.groupWords);
  // The engine matches the last word as a prefix unless it closes a phrase. Not under 3 letters:
  // a syllable like "ba" begins hundreds of words (bản, báo, bạn), which the engine does not
  // mark either past its limit of prefix derivations.
  // The accented query ends with keys, so the typed words are all matched whole.
  const last = plan.queries.some((q) => q.role === 'accented') ? undefined : query.terms.at(-1);
  const lastWord = last?.kind === 'word' ? wordsIn(fold(last.text)).at(-1) : undefined;
  const prefix = lastWord !== undefined && lastWord.length >= MIN_PREFIX_LENGTH ? lastWord : null;
  const exactForms = new Set(query.terms.flatMap((t) => (t.kind === 'excluded' ? [] : wordsIn(t.text.toLowerCase()).filter(hasDiacritics))));
  return { words: terms.toMap(), prefix, exactForms };
}
