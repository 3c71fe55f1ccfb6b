/**
 * Canonical form of Vietnamese text: NFC, one tone-mark placement, clean spaces.
 *
 * Tone placement: the tone goes on the FIRST vowel of an open oa/oe/uy syllable — "hòa",
 * "hóa", "khỏe", "thủy", "ủy" — the placement most Vietnamese keyboards produce and most of the
 * corpus uses (first 3,000 baomoi articles: hóa/hòa/thủy/khỏe/ủy 4,699 times against
 * hoá/hoà/thuỷ/khoẻ/uỷ 2,702). In a closed syllable the tone goes on the last vowel ("hoàng",
 * "huỳnh"); a vowel with a breve, circumflex or horn always takes it ("thuở", "quyết", "người");
 * in qu- and gi- the u/i belongs to the consonant ("quý", "giá", but "gìn").
 *
 * Quotes: normalizeText keeps quotation marks as written (entity extraction needs the curly
 * “…” pairs to find quoted movement names); use normalizeQuotes for matching keys.
 */
import { SHAPED_VOWELS, VOWELS, applyShapeMark, composeVowel, toneOfMark, type Tone } from './letters';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const UNICODE_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const SPACE_RUNS = / {2,}/g;
const SPACES_AT_LINE_EDGES = /^ +| +$/gm;
const COMBINING = /[\u0300-\u036f]/;
const WORDS = /\p{L}+/gu;
const VIETNAMESE_CONSONANT = /^[a-zA-ZđĐ]$/;
const LETTER = /^\p{L}$/u;

/**
 * Onset, vowel nucleus and coda of a toneless lower-case syllable. The alternation order makes
 * "qu"/"gi" the onset when a vowel follows them, and backtracks to "g" + "i" for "gin".
 */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;

/** Normalise text: NFC, stray combining marks repaired, one tone placement, clean spaces, newlines kept. */
export function normalizeText(s: string): string {
  let text = s.replace(INVISIBLE, '').normalize('NFC');
  if (COMBINING.test(text)) text = repairStrayMarks(text);
  text = text
    .replace(LINE_BREAKS, '\n')
    .replace(UNICODE_SPACES, ' ')
    .replace(SPACE_RUNS, ' ')
    .replace(SPACES_AT_LINE_EDGES, '');
  return text.replace(WORDS, (word) => normalizeSyllable(word));
}

/** Put the tone of one NFC syllable on its canonical vowel, keeping case; other words are returned unchanged. */
export function normalizeSyllable(word: string): string {
  let tone: Tone = '';
  let tonedAt = -1;
  for (let i = 0; i < word.length; i++) {
    const parts = VOWELS.get(word[i]);
    if (parts === undefined || parts.tone === '') continue;
    if (tone !== '') return word; // two tones: not one syllable, leave it alone
    tone = parts.tone;
    tonedAt = i;
  }
  if (tone === '') return word;

  let plain = '';
  for (let i = 0; i < word.length; i++) plain += VOWELS.get(word[i])?.base ?? word[i].toLowerCase();
  const match = SYLLABLE.exec(plain);
  if (match === null) return word;
  const [, onset = '', nucleus, coda] = match;
  const target = onset.length + toneIndex(nucleus, coda !== undefined);
  if (target === tonedAt) return word;

  let out = '';
  for (let i = 0; i < word.length; i++) {
    const parts = VOWELS.get(word[i]);
    out += parts === undefined ? word[i] : composeVowel(parts.base, i === target ? tone : '', parts.upper);
  }
  return out;
}

/** Index of the vowel that carries the tone inside a nucleus of 1–3 vowels. */
function toneIndex(nucleus: string, closed: boolean): number {
  for (let i = nucleus.length - 1; i >= 0; i--) if (SHAPED_VOWELS.includes(nucleus[i])) return i;
  if (closed) return nucleus.length - 1;
  return nucleus.length === 3 ? 1 : 0;
}

/** Map every single-quote variant to ' and every double-quote variant (curly, low, guillemets, ″) to ". */
export function normalizeQuotes(s: string): string {
  return s.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"');
}

/**
 * Marks NFC could not compose: a tone on an already toned letter replaces its tone (the last
 * typed wins, as in Vietnamese keyboards); a tone after a consonant goes to the word's last
 * vowel; a shape mark reshapes the letter before it when Vietnamese has the result; anything
 * else on a Vietnamese letter, and any mark on a space, digit or punctuation, is dropped.
 * Marks on letters of other scripts are kept.
 */
function repairStrayMarks(text: string): string {
  const out: string[] = [];
  for (const ch of text) {
    if (COMBINING.test(ch)) attachMark(out, ch);
    else out.push(ch);
  }
  return out.join('');
}

function attachMark(out: string[], mark: string): void {
  const last = out.length - 1;
  const prev = last >= 0 ? out[last] : '';
  if (!VOWELS.has(prev) && !VIETNAMESE_CONSONANT.test(prev)) {
    if (LETTER.test(prev)) out.push(mark);
    return;
  }
  const tone = toneOfMark(mark);
  if (tone === undefined) {
    const parts = VOWELS.get(prev);
    const shaped = parts && applyShapeMark(parts.base, mark);
    if (parts && shaped) out[last] = composeVowel(shaped, parts.tone, parts.upper);
    return;
  }
  let i = last;
  while (i >= 0 && !VOWELS.has(out[i]) && VIETNAMESE_CONSONANT.test(out[i])) i--;
  const parts = i >= 0 ? VOWELS.get(out[i]) : undefined;
  if (parts) out[i] = composeVowel(parts.base, tone, parts.upper);
}
