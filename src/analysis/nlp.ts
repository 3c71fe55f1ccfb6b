/**
 * The seam between the analysis and the Vietnamese NLP models: word segmentation and NER
 * with vntk's models. Everything else imports these two functions, never vntk itself.
 */

/** One NER row as vntk's `ner.tag(text)` returns it: word, POS tag, chunk tag, NER tag. */
export type NerToken = [word: string, pos: string, chunk: string, ner: string];

// Placeholder implementation through vntk itself (slow); replaced by the linear-time
// reimplementation in ./crf.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vntk = require('vntk');

/** Words of `text`, syllables of a word separated by a space (vntk's `wordTokenizer().tag(text)`). */
export function segmentWords(text: string): string[] {
  return vntk.wordTokenizer().tag(text);
}

/** NER rows for `text` (vntk's `ner().tag(text)`). */
export function nerTag(text: string): NerToken[] {
  return vntk.ner().tag(text);
}
