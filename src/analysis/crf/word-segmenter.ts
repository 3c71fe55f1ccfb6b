/** Word segmentation with vntk's word model: vntk's `wordTokenizer().tag(text)`. */
import { wordModelItems } from './features/word-features';
import { canFilterAttributes } from './model-attributes';
import { tokenize } from './tokenizer';
import { modelVocabulary, tagSequence } from './vntk-runtime';

/**
 * Joins tokens into words from their B/I labels: 'IW' continues the previous word. As in
 * vntk, an 'IW' before any word is dropped (vntk writes it to `output[-1]`, off the array).
 */
export function joinSyllables(tokens: readonly string[], labels: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (labels[i] !== 'IW') words.push(tokens[i]);
    else if (words.length > 0) words[words.length - 1] += ' ' + tokens[i];
  }
  return words;
}

/** Words of `text`; `filterable`: whether unknown attributes may be left out (model-attributes.ts). */
export function segmentWith(text: string, filterable: boolean): string[] {
  const tokens = tokenize(text);
  const items = wordModelItems(tokens, filterable ? modelVocabulary('word_tokenizer') : null);
  return joinSyllables(tokens, tagSequence('word_tokenizer', items));
}

/** Words of `text`, the syllables of a word separated by one space. */
export function segment(text: string): string[] {
  return segmentWith(text, canFilterAttributes(text));
}
