/**
 * Canonical form of Vietnamese text: NFC, one tone-mark placement, clean spaces.
 *
 * Tone placement: the tone goes on the FIRST vowel of an open oa/oe/uy syllable — "hòa",
 * "hóa", "khỏe", "thủy", "ủy" — the placement most Vietnamese keyboards produce and most of the
 * corpus uses (first 3,000 baomoi articles: hóa/hòa/thủy/khỏe/ủy/tùy 3,941 times, the
 * hoá/hoà/thuỷ/khoẻ/uỷ/tuỳ placement never). In a closed syllable the tone goes on the last vowel ("hoàng",
 * "huỳnh"); a vowel with a breve, circumflex or horn always takes it ("thuở", "quyết", "người");
 * in qu- and gi- the u/i belongs to the consonant ("quý", "giá", but "gìn").
 *
 * Quotes: normalizeText keeps quotation marks as written (entity extraction needs the curly
 * “…” pairs to find quoted movement names); use normalizeQuotes for matching keys.
 */
import { SHAPED_VOWELS, VOWELS, applyShapeMark, composeVowel, toneOfMark, type Tone } from './letters';

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
const SPACE_RUNS = /[ \t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const SPACES_AROUND_NEWLINES = / ?\n ?/g;
const COMBINING = /[\u0300-\u036f]/;
const VIETNAMESE_CONSONANT = /^[a-zA-ZđĐ]$/;
const LETTER = /^\p{L}$/u;

/**
 * Onset, vowel nucleus and coda of a toneless lower-case syllable. The alternation order makes
 * "qu"/"gi" the onset when a vowel follows them, and backtracks to "g" + "i" for "gin".
 */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;

/** The vowel nuclei Vietnamese spelling allows; anything else ("âya" in a run-together "đâyẢnh") is left alone. */
const NUCLEI: ReadonlySet<string> = new Set(
  `a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu iê oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ
  yê oai oay oao oeo uây uôi uya uyê uyu ươi ươu iêu yêu`.split(/\s+/),
);

/** Normalise text: NFC, stray combining marks repaired, one tone placement, clean spaces, newlines kept. */
export function normalizeText(s: string): string {
  let text = s.replace(INVISIBLE, '').normalize('NFC');
  if (COMBINING.test(text)) text = repairStrayMarks(text);
  text = text.replace(LINE_BREAKS, '\n').replace(SPACE_RUNS, ' ').replace(SPACES_AROUND_NEWLINES, '\n');
  if (text.startsWith(' ')) text = text.slice(1);
  if (text.endsWith(' ')) text = text.slice(0, -1);
  return placeTones(text);
}

/**
 * Re-place tones word by word. Only a toned vowel next to another vowel can be misplaced, so
 * the scan skips everything else without cutting the text into words (it runs on every document).
 */
function placeTones(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0xc0 || !VOWELS.get(text[i])?.tone) continue;
    if (!isVowel(text[i - 1]) && !isVowel(text[i + 1])) continue;
    let start = i;
    while (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < text.length && isLatinLetter(text.charCodeAt(end))) end++;
    const word = text.slice(start, end);
    const placed = normalizeSyllable(word);
    if (placed !== word) {
      out += text.slice(copiedUpTo, start) + placed;
      copiedUpTo = end;
    }
    i = end - 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** Letters of the Latin blocks, where every Vietnamese letter lives (× and ÷ excluded). */
function isLatinLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** Put the tone of one NFC syllable on its canonical vowel, keeping case; other words are returned unchanged. */
export function normalizeSyllable(word: string): string {
  let tone: Tone = '';
  let tonedAt = -1;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) < 0xc0) continue; // ASCII: never a toned vowel
    const parts = VOWELS.get(word[i]);
    if (parts === undefined || parts.tone === '') continue;
    if (tone !== '') return word; // two tones: not one syllable, leave it alone
    tone = parts.tone;
    tonedAt = i;
  }
  // A toned vowel with no vowel beside it is the whole nucleus: already in place.
  if (tone === '' || (!isVowel(word[tonedAt - 1]) && !isVowel(word[tonedAt + 1]))) return word;

  let plain = '';
  for (let i = 0; i < word.length; i++) plain += VOWELS.get(word[i])?.base ?? word[i].toLowerCase();
  const match = SYLLABLE.exec(plain);
  if (match === null) return word;
  const [, onset = '', nucleus, coda] = match;
  if (!NUCLEI.has(nucleus)) return word;
  const target = onset.length + toneIndex(nucleus, coda !== undefined);
  if (target === tonedAt) return word;

  let out = '';
  for (let i = 0; i < word.length; i++) {
    const parts = VOWELS.get(word[i]);
    out += parts === undefined ? word[i] : composeVowel(parts.base, i === target ? tone : '', parts.upper);
  }
  return out;
}

const PLAIN_VOWELS = new Set('aeiouyAEIOUY');

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && (PLAIN_VOWELS.has(ch) || VOWELS.has(ch));
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
