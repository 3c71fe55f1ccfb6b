/**
 * Scanning helpers shared by the number modules: the space and letter classes, a sticky
 * pattern matched at a position, the text before a position, spans.
 */

export const SP = '[ \\u00a0]';

export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export const LETTER = /\p{L}/u;

/** Index of the last match of a global pattern in `s`, -1 when none. */
export function lastMatchIndex(s: string, pattern: RegExp): number {
  let index = -1;
  for (const m of s.matchAll(pattern)) index = m.index;
  return index;
}

/** True when `position` falls inside one of the [from, to) spans. */
export function inSpans(spans: readonly [number, number][], position: number): boolean {
  return spans.some(([from, to]) => position >= from && position < to);
}

/** Sets a sticky pattern's position and returns the text, so `pattern.test(textAt(…))` tests there. */
export function textAt(pattern: RegExp, text: string, position: number): string {
  pattern.lastIndex = position;
  return text;
}

/** The sticky `pattern` matched at `position`: its groups and where it ends; null when it does not match there. */
export function matchAt(pattern: RegExp, text: string, position: number): { groups: RegExpExecArray; end: number } | null {
  pattern.lastIndex = position;
  const groups = pattern.exec(text);
  return groups === null ? null : { groups, end: pattern.lastIndex };
}

/** Up to `length` characters before `position`, with a space standing for the start of the text. */
export function textBefore(text: string, position: number, length: number): string {
  return position <= length ? ` ${text.slice(0, position)}` : text.slice(position - length, position);
}
