/**
 * didYouMean: the accented form of an unaccented query, read from the matches the engine
 * marked in the top hits ("le van phuoc" → "Lê Văn Phước"). No extra engine request.
 */
import { fold, hasDiacritics } from '../text';
import { markedRuns } from './snippet';
import { wordsIn } from './words';

/** Longest query (in words) offered an accented form: a longer one is a pasted title, not a name. */
const MAX_SUGGESTED_WORDS = 8;

/** True when accentedForm can answer for `queryText` (no accents typed, 1 to 8 words): callers skip marking crops otherwise. */
export function mayHaveAccentedForm(queryText: string): boolean {
  if (hasDiacritics(queryText)) return false;
  const words = wordsIn(fold(queryText)).length;
  return words > 0 && words <= MAX_SUGGESTED_WORDS;
}

/**
 * The most frequent accented form, in the formatted crops, of the folded query words;
 * undefined when some word has no accented match or the query already has accents.
 */
export function accentedForm(queryText: string, formattedCrops: readonly string[]): string | undefined {
  if (!mayHaveAccentedForm(queryText)) return undefined;
  const queryWords = wordsIn(fold(queryText));
  const target = queryWords.join(' ');

  // Whole sequences first: consecutive marked words whose folded form is the whole query.
  const sequences = new Map<string, number>();
  const perWord = new Map<string, Map<string, number>>();
  for (const crop of formattedCrops) {
    const runs = markedRuns(crop);
    let current: string[] = [];
    const flush = (): void => {
      if (current.length > 0 && fold(current.join(' ')) === target) {
        const form = current.join(' ');
        sequences.set(form, (sequences.get(form) ?? 0) + 1);
      }
      current = [];
    };
    for (const run of runs) {
      if (run.marked) {
        for (const word of wordsIn(run.text)) {
          current.push(word);
          const folded = fold(word);
          const forms = perWord.get(folded) ?? new Map<string, number>();
          forms.set(word, (forms.get(word) ?? 0) + 1);
          perWord.set(folded, forms);
        }
      } else if (!/^[ \t]*$/.test(run.text)) {
        flush();
      }
    }
    flush();
  }
  const best = mostFrequent(sequences) ?? wordByWord(queryWords, perWord);
  if (best === undefined || !hasDiacritics(best)) return undefined;
  return best;
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [form, count] of counts) {
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/** Each query word's most frequent marked form (lower-cased unless every form is capitalised). */
function wordByWord(queryWords: string[], perWord: Map<string, Map<string, number>>): string | undefined {
  const out: string[] = [];
  for (const word of queryWords) {
    const forms = perWord.get(word);
    if (!forms) return undefined;
    const lowered = new Map<string, number>();
    for (const [form, count] of forms) lowered.set(form.toLowerCase(), (lowered.get(form.toLowerCase()) ?? 0) + count);
    const form = mostFrequent(lowered);
    if (form === undefined) return undefined;
    out.push(form);
  }
  return out.join(' ');
}
