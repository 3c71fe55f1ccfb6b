/** What the eval checks in an article: its words as written (normalised, lower case) and folded. */
import { fold, normalizeText } from '../src/text';
import type { CorpusArticle } from './corpus';

export interface ArticleView {
  id: string;
  /** Normalised title, case kept. */
  title: string;
  /** Normalised title + summary + body, case kept. */
  text: string;
  /** Lower-case words of `text` (exact accents). */
  words: Set<string>;
  /** Folded words of `text`, single-spaced, padded with spaces for phrase lookups. */
  folded: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** ` a b c ` form of a text's folded words, for whole-word phrase tests. */
export function foldedPhrase(text: string): string {
  return ` ${(fold(text).match(WORD) ?? []).join(' ')} `;
}

export function viewOf(article: CorpusArticle): ArticleView {
  const title = normalizeText(article.title ?? '');
  const text = normalizeText(`${article.title ?? ''}\n${article.summary ?? ''}\n${article.body ?? ''}`);
  return { id: article.id, title, text, words: new Set(wordsOf(text)), folded: foldedPhrase(text) };
}

/** True when the article contains every word exactly (accents and all), case-insensitive. */
export function hasAllWords(view: ArticleView, words: readonly string[]): boolean {
  return words.every((w) => view.words.has(w));
}

/** True when the article names `name` exactly (normalised, case kept, whole words). */
export function namesExactly(view: ArticleView, name: string): boolean {
  let from = 0;
  for (;;) {
    const at = view.text.indexOf(name, from);
    if (at === -1) return false;
    const before = view.text[at - 1] ?? ' ';
    const after = view.text[at + name.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    from = at + 1;
  }
}
