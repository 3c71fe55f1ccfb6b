/**
 * Exact-form keys: a Telex-like ASCII spelling that keeps Vietnamese diacritics through
 * Meilisearch's accent folding. "bạn" → "banj", "đường" → "dduwowngf": shape marks spelled
 * after their vowel (aw aa ee oo ow uw dd), the tone letter (s f r x j) at the end of the word,
 * so "hoà" and "hòa" get the same key.
 *
 * Known collisions, accepted: an unaccented foreign or malformed word whose letters happen to
 * read as Telex ("bus" = key of "bú", "xoong" = key of a non-word "xôong") shares that key.
 * Real Vietnamese words never collide with each other, and an unaccented word never collides
 * with an accented one unless it ends in s/f/r/x/j or contains aa/aw/ee/oo/ow/uw/dd.
 */
import { TELEX_BASE, VOWELS, type Tone } from './letters';

interface LetterKey {
  spelling: string;
  tone: Tone;
}

function buildLetterKeys(): Map<string, LetterKey> {
  const keys = new Map<string, LetterKey>();
  for (const [letter, parts] of VOWELS) keys.set(letter, { spelling: TELEX_BASE[parts.base] ?? parts.base, tone: parts.tone });
  keys.set('đ', { spelling: 'dd', tone: '' });
  keys.set('Đ', { spelling: 'dd', tone: '' });
  return keys;
}

/** Every Vietnamese letter (both cases) → its Telex spelling and tone. */
const LETTER_KEYS = buildLetterKeys();

/** Letters that carry a Vietnamese diacritic: every vowel but plain a e i o u y, and đ. */
const DIACRITIC_LETTERS = new Set([...LETTER_KEYS].filter(([, key]) => key.tone !== '' || key.spelling.length > 1).map(([letter]) => letter));

/** Vietnamese tone and shape marks in decomposed text. */
const DIACRITIC_MARKS = /[\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323]/;
const COMBINING = /[\u0300-\u036f]/;
const OTHER_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Exact-form key of one word: "bạn" → "banj"; words without diacritics just lower-cased. */
export function exactKey(word: string): string {
  const text = COMBINING.test(word) ? word.normalize('NFC') : word;
  let key = '';
  let tones = '';
  for (const ch of text) {
    const letter = LETTER_KEYS.get(ch);
    if (letter === undefined) {
      key += ch.toLowerCase();
    } else {
      key += letter.spelling;
      tones += letter.tone;
    }
  }
  return key + tones;
}

/** Exact-form keys of every word of a text, joined by single spaces; punctuation dropped. */
export function exactForm(text: string): string {
  const source = COMBINING.test(text) ? text.normalize('NFC') : text;
  const keys: string[] = [];
  let key = '';
  let tones = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    const code = source.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) key += ch;
      else if (code >= 65 && code <= 90) key += String.fromCharCode(code + 32);
      else if (key !== '') {
        keys.push(key + tones);
        key = tones = '';
      }
      continue;
    }
    const letter = LETTER_KEYS.get(ch);
    if (letter !== undefined) {
      key += letter.spelling;
      tones += letter.tone;
    } else if (OTHER_WORD_CHAR.test(ch) || (code >= 0xd800 && code <= 0xdfff)) {
      key += ch.toLowerCase();
    } else if (key !== '') {
      keys.push(key + tones);
      key = tones = '';
    }
  }
  if (key !== '') keys.push(key + tones);
  return keys.join(' ');
}

/** True when the text has any Vietnamese diacritic (tone, breve, circumflex, horn) or đ. */
export function hasDiacritics(s: string): boolean {
  for (const ch of s) if (DIACRITIC_LETTERS.has(ch)) return true;
  return DIACRITIC_MARKS.test(s);
}
