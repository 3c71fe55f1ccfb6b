/**
 * Which parts of a paragraph are worth the NER tagger's time. In Vietnamese orthography a
 * person, organisation or place name has a capital letter, so a clause whose only capital is
 * the first word of its sentence cannot hold one that the entity rules would use (they need a
 * capitalised word past the sentence start: two-syllable names, "Bộ Y tế", "UBND"). Only
 * clauses with such a capital go to the tagger, neighbouring ones as one span so that the
 * tagger keeps their context; that is about 60% of news text.
 */

/** A half-open character range [start, end) of a paragraph. */
export interface TextSpan {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (maybe closed by quotes or brackets) followed by white space.
const SENTENCE_END = /[.!?…]+["”’)\]]*\s+/gu;
// A clause ends at a comma, semicolon, colon, bracket or quote, or a spaced dash.
const CLAUSE_END = /[,;:()“”"]\s*|\s[-–—]\s/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
// Words of context either side of a span.
const CONTEXT_WORDS = 3;

/**
 * The spans of `paragraph` to tag: runs of clauses holding a capital past their sentence's
 * first word, each widened by `margin` words on both sides (the tagger reads two words either
 * side of a word and its labels depend on its neighbours': context keeps them as they are
 * in the whole paragraph).
 */
export function nerSpans(paragraph: string, margin = CONTEXT_WORDS): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const sentence of pieces(paragraph, 0, paragraph.length, SENTENCE_END)) {
    const firstWordEnd = firstWordEndIn(paragraph, sentence);
    for (const clause of pieces(paragraph, sentence.start, sentence.end, CLAUSE_END)) {
      if (!hasLaterCapital(paragraph, clause, firstWordEnd)) continue;
      const span = widened(paragraph, clause, margin);
      const last = spans[spans.length - 1];
      if (last && last.end >= span.start) last.end = Math.max(last.end, span.end);
      else spans.push(span);
    }
  }
  return spans;
}

/** `span` extended to take in `margin` more words before and after it (with what lies between). */
function widened(paragraph: string, span: TextSpan, margin: number): TextSpan {
  if (margin === 0) return { ...span };
  // Back over `margin` words: each is a run of word characters ended by a non-word one.
  let start = span.start;
  for (let k = 0; k < margin && start > 0; k++) {
    while (start > 0 && !WORD_CHAR.test(paragraph[start - 1])) start--;
    while (start > 0 && WORD_CHAR.test(paragraph[start - 1])) start--;
  }
  let end = span.end;
  WORD.lastIndex = span.end;
  for (let k = 0; k < margin; k++) {
    const m = WORD.exec(paragraph);
    if (!m) {
      end = paragraph.length;
      break;
    }
    end = m.index + m[0].length;
  }
  return { start, end: Math.max(end, span.end) };
}

/** Consecutive pieces of paragraph[start, end), each ending after a match of `separator`. */
function pieces(paragraph: string, start: number, end: number, separator: RegExp): TextSpan[] {
  const out: TextSpan[] = [];
  const text = paragraph.slice(start, end);
  let from = 0;
  for (const m of text.matchAll(separator)) {
    const to = m.index + m[0].length;
    if (to > from) out.push({ start: start + from, end: start + to });
    from = to;
  }
  if (from < text.length) out.push({ start: start + from, end });
  return out;
}

/** End offset of the first word of the sentence (its start when it has none). */
function firstWordEndIn(paragraph: string, sentence: TextSpan): number {
  WORD.lastIndex = sentence.start;
  const m = WORD.exec(paragraph);
  return m && m.index < sentence.end ? m.index + m[0].length : sentence.start;
}

/** True when a word of `clause` that starts at or after `from` holds a capital letter. */
function hasLaterCapital(paragraph: string, clause: TextSpan, from: number): boolean {
  WORD.lastIndex = Math.max(clause.start, from);
  for (let m = WORD.exec(paragraph); m && m.index < clause.end; m = WORD.exec(paragraph)) {
    if (UPPER.test(m[0])) return true;
  }
  return false;
}
