/** Word segmentation with vntk's word model: vntk's `wordTokenizer().tag(text)`. */
import { WORD_TEMPLATE, writeWordItems } from './features/word-features';
import { tokenize } from './tokenizer';
import { canTagInScript, tagItems } from './vntk-runtime';

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

/** Words of `text`; `inScript`: whether the script tagger may tag it (vntk-runtime.ts canTagInScript). */
export function segmentWith(text: string, inScript: boolean): string[] {
  const tokens = tokenize(text);
  const labels = tagItems('word_tokenizer', WORD_TEMPLATE, tokens.length, inScript, (out) => writeWordItems(tokens, out));
  return joinSyllables(tokens, labels);
}

/** Words of `text`, the syllables of a word separated by one space. */
export function segment(text: string): string[] {
  return segmentWith(text, canTagInScript(text));
}
