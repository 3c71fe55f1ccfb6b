/**
 * Tables of Vietnamese letters shared by the normaliser, the folder and the exact-form keys.
 * Built once at load time from Unicode composition, so no hand-typed 134-letter table to get wrong.
 */

/** A tone, named by its Telex key: s sắc, f huyền, r hỏi, x ngã, j nặng; "" for ngang (no mark). */
export type Tone = '' | 's' | 'f' | 'r' | 'x' | 'j';

/** The combining mark of each tone (NFD form). */
export const TONE_MARK: Readonly<Record<Exclude<Tone, ''>, string>> = {
  s: '\u0301',
  f: '\u0300',
  r: '\u0309',
  x: '\u0303',
  j: '\u0323',
};

const TONE_OF_MARK: ReadonlyMap<string, Exclude<Tone, ''>> = new Map(
  (Object.entries(TONE_MARK) as [Exclude<Tone, ''>, string][]).map(([tone, mark]) => [mark, tone]),
);

/** The tone a combining mark stands for, or undefined when it is not a tone mark. */
export function toneOfMark(mark: string): Tone | undefined {
  return TONE_OF_MARK.get(mark);
}

/** The twelve toneless Vietnamese vowels, lower case. */
export const BASE_VOWELS = 'aăâeêioôơuưy';

/** Vowels that carry a shape diacritic (breve, circumflex, horn): they take the tone first. */
export const SHAPED_VOWELS = 'ăâêôơư';

/** A precomposed vowel split into its toneless base, its tone and its case. */
export interface VowelParts {
  base: string;
  tone: Tone;
  upper: boolean;
}

const TONES: Tone[] = ['', 's', 'f', 'r', 'x', 'j'];

function buildVowelTables(): { parts: Map<string, VowelParts>; compose: Map<string, string> } {
  const parts = new Map<string, VowelParts>();
  const compose = new Map<string, string>();
  for (const base of BASE_VOWELS) {
    for (const tone of TONES) {
      const lower = (base + (tone ? TONE_MARK[tone] : '')).normalize('NFC');
      const upper = lower.toUpperCase();
      parts.set(lower, { base, tone, upper: false });
      parts.set(upper, { base, tone, upper: true });
      compose.set(`${base}${tone}`, lower);
    }
  }
  return { parts, compose };
}

const VOWEL_TABLES = buildVowelTables();

/** Every precomposed Vietnamese vowel (144 letters, both cases) → its parts. */
export const VOWELS: ReadonlyMap<string, VowelParts> = VOWEL_TABLES.parts;

/** The precomposed vowel for a toneless base vowel, a tone and a case. */
export function composeVowel(base: string, tone: Tone, upper: boolean): string {
  const lower = VOWEL_TABLES.compose.get(`${base}${tone}`) ?? base;
  return upper ? lower.toUpperCase() : lower;
}

/** Shape marks (circumflex, breve, horn) and the vowels they make from a plain vowel. */
const SHAPE_RESULT: ReadonlyMap<string, string> = new Map([
  ['a\u0302', 'â'],
  ['a\u0306', 'ă'],
  ['e\u0302', 'ê'],
  ['o\u0302', 'ô'],
  ['o\u031b', 'ơ'],
  ['u\u031b', 'ư'],
]);

/** The base vowel a shape mark turns `base` into, or undefined when Vietnamese has no such letter. */
export function applyShapeMark(base: string, mark: string): string | undefined {
  return SHAPE_RESULT.get(base + mark);
}

/** Telex spelling of the shaped base letters; plain vowels and consonants spell themselves. */
export const TELEX_BASE: Readonly<Record<string, string>> = {
  ă: 'aw',
  â: 'aa',
  ê: 'ee',
  ô: 'oo',
  ơ: 'ow',
  ư: 'uw',
  đ: 'dd',
};
