/**
 * vntk's `istitle` feature: `word === titleCase(word)` with the `title-case` 2.x library
 * (no-case's camel-case splits, non-word runs to one space, lower-case, then upper-case the
 * first letter and every letter after a space). The library is called once per distinct
 * string (memoised); windows of several tokens are derived from the tokens' own results.
 */
import { loadNoCaseNonWordRegExp, loadTitleCase } from './vntk-runtime';

const MEMO_LIMIT = 200_000;
let titleCaseFn: ((value: string) => string) | undefined;
const titled = new Map<string, string>();

/** `titleCase(value)` as the library computes it, memoised. */
export function titleCase(value: string): string {
  let result = titled.get(value);
  if (result === undefined) {
    titleCaseFn ??= loadTitleCase();
    result = titleCaseFn(value);
    if (titled.size >= MEMO_LIMIT) titled.clear();
    titled.set(value, result);
  }
  return result;
}

/** vntk's `istitle` of one string. */
export function isTitle(value: string): boolean {
  return titleCase(value) === value;
}

/**
 * How a token takes part in the title test of a space-joined window of tokens:
 * - `plain`: only word characters (letters, digits): the window's title case is the
 *   concatenation of its tokens' title cases, joined by spaces;
 * - `blocking`: holds a character the title case of any string cannot contain (a non-word
 *   character that no case mapping produces, e.g. ASCII punctuation), so no window with it
 *   is title-cased;
 * - `other`: neither; the window is passed to the library itself.
 */
export type TitleRole = 'plain' | 'blocking' | 'other';

let blockingTable: Uint8Array | undefined;
let nonWordRe: RegExp | undefined;

function loadNonWord(): RegExp {
  nonWordRe ??= new RegExp(loadNoCaseNonWordRegExp().source, '');
  return nonWordRe;
}

/** Per BMP code unit: 1 when no title-cased string can contain it (see 'blocking'). */
function blocking(): Uint8Array {
  if (blockingTable) return blockingTable;
  const producible = new Uint8Array(0x10000);
  // BMP only: astral letters case-map to astral letters, whose surrogates are never blocking.
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCharCode(cp);
    for (const mapped of [ch.toLowerCase(), ch.toUpperCase()]) {
      if (mapped === ch) continue;
      for (let k = 0; k < mapped.length; k++) producible[mapped.charCodeAt(k)] = 1;
    }
  }
  const nonWord = loadNonWord();
  const table = new Uint8Array(0x10000);
  for (let cu = 0; cu < 0x10000; cu++) {
    if (cu >= 0xd800 && cu <= 0xdfff) continue; // astral characters: let the library decide
    const ch = String.fromCharCode(cu);
    if (ch !== ' ' && producible[cu] === 0 && nonWord.test(ch)) table[cu] = 1;
  }
  blockingTable = table;
  return table;
}

/** The TitleRole of one token (a regex-tokenizer token: no whitespace). */
export function titleRole(token: string): TitleRole {
  let role = roles.get(token);
  if (role === undefined) {
    role = computeTitleRole(token);
    if (roles.size >= MEMO_LIMIT) roles.clear();
    roles.set(token, role);
  }
  return role;
}

const roles = new Map<string, TitleRole>();

function computeTitleRole(token: string): TitleRole {
  const table = blocking();
  const nonWord = loadNonWord();
  let role: TitleRole = 'plain';
  for (let k = 0; k < token.length; k++) {
    const cu = token.charCodeAt(k);
    if (table[cu] === 1) return 'blocking';
    if (role === 'plain' && !isAsciiAlnum(cu) && nonWord.test(token[k])) role = 'other';
  }
  return role;
}

function isAsciiAlnum(cu: number): boolean {
  return (cu >= 0x30 && cu <= 0x39) || (cu >= 0x41 && cu <= 0x5a) || (cu >= 0x61 && cu <= 0x7a);
}

/**
 * `isTitle(tokens.join(' '))` for a window of 2 or 3 tokens, from the tokens' roles: a
 * blocking token decides `false`; all-plain tokens title-case token by token (camel-case
 * splits and non-word runs never cross the joining space); otherwise ask the library.
 */
export function isTitleWindow(tokens: readonly string[], tokenRoles: readonly TitleRole[], from: number, to: number): boolean {
  let allPlain = true;
  for (let k = from; k <= to; k++) {
    if (tokenRoles[k] === 'blocking') return false;
    if (tokenRoles[k] !== 'plain') allPlain = false;
  }
  if (!allPlain) return isTitle(joinWindow(tokens, from, to));
  let allTitle = true;
  let sameLengths = true;
  for (let k = from; k <= to; k++) {
    const cased = titleCase(tokens[k]);
    if (cased !== tokens[k]) allTitle = false;
    if (cased.length !== tokens[k].length) sameLengths = false;
  }
  if (allTitle) return true;
  // Token results of the same lengths as the tokens line up: one differing token decides.
  if (sameLengths) return false;
  const cased: string[] = [];
  for (let k = from; k <= to; k++) cased.push(titleCase(tokens[k]));
  return cased.join(' ') === joinWindow(tokens, from, to);
}

function joinWindow(tokens: readonly string[], from: number, to: number): string {
  let joined = tokens[from];
  for (let k = from + 1; k <= to; k++) joined += ' ' + tokens[k];
  return joined;
}
