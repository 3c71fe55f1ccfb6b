/**
 * NER rows for a whole article, as cheaply as the entity rules allow: paragraph by paragraph,
 * only the spans ./ner-spans.ts selects go through the CRF pipeline (segmentation → POS → NER;
 * the chunking pass is skipped: vntk's NER features do not read chunk tags and no rule does),
 * and the text between spans gets one untagged 'O' row per word so that rows keep covering the
 * text in order (alignNer looks each row's word up near the previous one).
 */
import { wordColumns } from './crf/features/sequence-features';
import { nerTagsOf } from './crf/ner-tagger';
import { posTagsOf } from './crf/pos-tagger';
import { canTagInScript } from './crf/vntk-runtime';
import { segmentWith } from './crf/word-segmenter';
import type { NerToken } from './nlp';
import { nerSpans } from './ner-spans';

/** Characters of an article given to the tagger; rules still read the whole text beyond it. */
export const MAX_NER_CHARS = 200_000;
// Paragraphs are cut to about this size for the tagger (its cost grows with sentence length).
const NER_CHUNK_CHARS = 2_000;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** NER rows for `text`, paragraph by paragraph, at most MAX_NER_CHARS; a tagger failure gives no rows. */
export function tagArticle(text: string): NerToken[] {
  const rows: NerToken[] = [];
  let budget = MAX_NER_CHARS;
  for (const chunk of chunks(text)) {
    if (budget <= 0) break;
    budget -= chunk.length;
    if (!/\p{L}/u.test(chunk)) continue;
    let untaggedFrom = 0;
    for (const span of nerSpans(chunk)) {
      pushUntagged(rows, chunk.slice(untaggedFrom, span.start));
      untaggedFrom = span.end;
      const piece = chunk.slice(span.start, span.end);
      try {
        rows.push(...nerTagWithoutChunks(piece));
      } catch {
        // The tagger chokes on some junk; the rules work without its rows.
        pushUntagged(rows, piece);
      }
    }
    pushUntagged(rows, chunk.slice(untaggedFrom));
  }
  return rows;
}

/**
 * `nerTag(text)` of ./nlp with an empty chunk column: the same words, POS and NER tags
 * (vntk's NER items are built from words and POS tags only), one CRF pass fewer.
 */
export function nerTagWithoutChunks(text: string): NerToken[] {
  const inScript = canTagInScript(text);
  const columns = wordColumns(segmentWith(text, inScript));
  const pos = posTagsOf(columns, inScript);
  const entities = nerTagsOf(columns, pos, inScript);
  return columns.words.map((word, i): NerToken => [word, pos[i], '', entities[i]]);
}

/** One untagged row per word (run of letters, marks and digits) of `text`. */
function pushUntagged(rows: NerToken[], text: string): void {
  for (const m of text.matchAll(WORD)) rows.push([m[0], '', '', 'O']);
}

/** Paragraphs, long ones cut at sentence ends (or hard at NER_CHUNK_CHARS). */
function* chunks(text: string): Generator<string> {
  for (const paragraph of text.split('\n')) {
    let rest = paragraph;
    while (rest.length > NER_CHUNK_CHARS) {
      const window = rest.slice(0, NER_CHUNK_CHARS);
      const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const at = cut > NER_CHUNK_CHARS / 4 ? cut + 1 : NER_CHUNK_CHARS;
      yield rest.slice(0, at);
      rest = rest.slice(at);
    }
    if (rest.trim()) yield rest;
  }
}
