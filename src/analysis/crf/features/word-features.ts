/**
 * Features of vntk's word-segmentation model (lib/word_tokenizer), one item per syllable
 * token, built in linear time. vntk's template, in its order:
 *   T[-2..2].lower, T[-1..1].isdigit, T[-1..1].istitle, T[0,1].istitle, T[0,2].istitle,
 *   T[-2..2].is_in_dict, T[-2,-1|-1,0|0,1|1,2].is_in_dict, T[-2,0|-1,1|0,2].is_in_dict,
 *   T[-2..2], T[-2,-1|-1,0|0,1|1,2], T[-2,0|-1,1|0,2], T[-2][1], T[-1][1]
 * Windows [a,b] are tokens a..b joined by a space; BOS when the window starts before the
 * text, EOS when its start or end is past it. vntk then turns each `key=value` into an
 * object with `split('=')` (a value keeps only what precedes its first '=') and masks
 * T[k] and T[k].lower with '-' when T[k].is_in_dict is True, T[k,k+1] likewise.
 */
import { inDictionary, startsDictionaryEntry } from '../dictionary';
import { isTitle, isTitleWindow, titleRole, type TitleRole } from '../title-case';
import type { ItemSink } from './item-writer';
import { beforeEquals, pyBool } from './values';

const DIGITS = /^\d+$/;

/** Per-token facts, each computed once per text. */
interface SyllableFacts {
  /** Token values after vntk's '=' truncation. */
  word: string[];
  lower: string[];
  isDigit: string[];
  isTitle: string[];
  /** 'True'/'False' for the one-, two- and three-token windows starting at each token. */
  inDict1: string[];
  inDict2: string[];
  inDict3: string[];
  /** Title test of the two- and three-token windows starting at each token. */
  isTitle2: string[];
  isTitle3: string[];
  /** Truncated values of the two- and three-token windows starting at each token. */
  word2: string[];
  word3: string[];
}

function syllableFacts(tokens: readonly string[]): SyllableFacts {
  const n = tokens.length;
  const lower = new Array<string>(n);
  const roles = new Array<TitleRole>(n);
  const hasEquals = new Array<boolean>(n);
  const startsEntry = new Array<boolean>(n);
  const facts: SyllableFacts = {
    word: new Array<string>(n),
    lower: new Array<string>(n),
    isDigit: new Array<string>(n),
    isTitle: new Array<string>(n),
    inDict1: new Array<string>(n),
    inDict2: new Array<string>(n),
    inDict3: new Array<string>(n),
    isTitle2: new Array<string>(n),
    isTitle3: new Array<string>(n),
    word2: new Array<string>(n),
    word3: new Array<string>(n),
  };
  for (let j = 0; j < n; j++) {
    const token = tokens[j];
    const lo = token.toLowerCase();
    lower[j] = lo;
    roles[j] = titleRole(token);
    hasEquals[j] = token.includes('=');
    startsEntry[j] = startsDictionaryEntry(lo);
    facts.word[j] = hasEquals[j] ? beforeEquals(token) : token;
    facts.lower[j] = hasEquals[j] ? beforeEquals(lo) : lo;
    facts.isDigit[j] = pyBool(DIGITS.test(token));
    facts.isTitle[j] = pyBool(isTitle(token));
    facts.inDict1[j] = pyBool(inDictionary(lo));
  }
  for (let j = 0; j + 1 < n; j++) {
    const pairLower = startsEntry[j] ? lower[j] + ' ' + lower[j + 1] : '';
    facts.inDict2[j] = pyBool(startsEntry[j] && inDictionary(pairLower));
    facts.isTitle2[j] = pyBool(isTitleWindow(tokens, roles, j, j + 1));
    facts.word2[j] = hasEquals[j] ? facts.word[j] : tokens[j] + ' ' + facts.word[j + 1];
    if (j + 2 < n) {
      const tripleDict = startsEntry[j] && startsDictionaryEntry(pairLower) && inDictionary(pairLower + ' ' + lower[j + 2]);
      facts.inDict3[j] = pyBool(tripleDict);
      facts.isTitle3[j] = pyBool(isTitleWindow(tokens, roles, j, j + 2));
    }
  }
  for (let j = 0; j + 2 < n; j++) facts.word3[j] = hasEquals[j] ? facts.word[j] : tokens[j] + ' ' + facts.word2[j + 1];
  return facts;
}

/** vntk's word-model template, in its order. */
export const WORD_TEMPLATE = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  'T[-1].isdigit', 'T[0].isdigit', 'T[1].isdigit',
  'T[-1].istitle', 'T[0].istitle', 'T[1].istitle', 'T[0,1].istitle', 'T[0,2].istitle',
  'T[-2].is_in_dict', 'T[-1].is_in_dict', 'T[0].is_in_dict', 'T[1].is_in_dict', 'T[2].is_in_dict',
  'T[-2,-1].is_in_dict', 'T[-1,0].is_in_dict', 'T[0,1].is_in_dict', 'T[1,2].is_in_dict',
  'T[-2,0].is_in_dict', 'T[-1,1].is_in_dict', 'T[0,2].is_in_dict',
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
  'T[-2,0]', 'T[-1,1]', 'T[0,2]',
  'T[-2][1]', 'T[-1][1]',
] as const;

/** Writes vntk's word-model items for the regex tokens of a text into `out`, in WORD_TEMPLATE order. */
export function writeWordItems<V>(tokens: readonly string[], out: ItemSink<V>): void {
  const n = tokens.length;
  const f = syllableFacts(tokens);
  // Each token's values in the sink's form, converted once and reused by every slot reading them.
  const [BOS, EOS, DASH, X] = ['BOS', 'EOS', '-', 'X'].map((s) => out.value(s));
  const [TRUE, FALSE] = ['True', 'False'].map((s) => out.value(s));
  const flags = (values: string[]): V[] => values.map((s) => (s === 'True' ? TRUE : s === 'False' ? FALSE : out.value(s)));
  const texts = (values: string[]): V[] => values.map((s) => out.value(s));
  const lower = texts(f.lower);
  const word = texts(f.word);
  const word2 = texts(f.word2);
  const word3 = texts(f.word3);
  const isDigit = flags(f.isDigit);
  const isTitle = flags(f.isTitle);
  const isTitle2 = flags(f.isTitle2);
  const isTitle3 = flags(f.isTitle3);
  const inDict1 = flags(f.inDict1);
  const inDict2 = flags(f.inDict2);
  const inDict3 = flags(f.inDict3);
  // A value at offset k, or BOS/EOS; `masked` replaces in-dictionary values with '-'.
  const at = (values: V[], i: number, k: number): V => (i + k < 0 ? BOS : i + k >= n ? EOS : values[i + k]);
  const atMasked = (values: V[], i: number, k: number): V =>
    i + k < 0 ? BOS : i + k >= n ? EOS : f.inDict1[i + k] === 'True' ? DASH : values[i + k];
  // A window [i+k, i+k+len-1]: BOS by its start, EOS by its start or end.
  const win = (values: V[], i: number, k: number, len: number): V =>
    i + k < 0 ? BOS : i + k + len - 1 >= n ? EOS : values[i + k];
  const pairMasked = (i: number, k: number): V =>
    i + k < 0 ? BOS : i + k + 1 >= n ? EOS : f.inDict2[i + k] === 'True' ? DASH : word2[i + k];
  for (let i = 0; i < n; i++) {
    for (let k = -2; k <= 2; k++) out.add(atMasked(lower, i, k));
    for (let k = -1; k <= 1; k++) out.add(at(isDigit, i, k));
    for (let k = -1; k <= 1; k++) out.add(at(isTitle, i, k));
    out.add(win(isTitle2, i, 0, 2));
    out.add(win(isTitle3, i, 0, 3));
    for (let k = -2; k <= 2; k++) out.add(at(inDict1, i, k));
    for (let k = -2; k <= 1; k++) out.add(win(inDict2, i, k, 2));
    for (let k = -2; k <= 0; k++) out.add(win(inDict3, i, k, 3));
    for (let k = -2; k <= 2; k++) out.add(atMasked(word, i, k));
    for (let k = -2; k <= 1; k++) out.add(pairMasked(i, k));
    for (let k = -2; k <= 0; k++) out.add(win(word3, i, k, 3));
    out.add(i < 2 ? BOS : X);
    out.add(i < 1 ? BOS : X);
    out.finish();
  }
}
