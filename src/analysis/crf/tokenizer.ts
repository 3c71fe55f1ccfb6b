/**
 * vntk's regex tokenizer (lib/tokenizer/regex_tokenizer.js), same tokens, linear time.
 *
 * vntk matches one alternation: abbreviations | specials | web | email | datetime | digit |
 * non_word | word. Its `web` and `email` alternatives are anchored with `^…$` (no `m` flag),
 * so they can only match the whole text, and `web`'s overlapping character alternatives
 * backtrack exponentially on a long ASCII run at the start of a text. Every email is also a
 * web match, and web's `http://` and `%XX` parts are covered by its `[$-_]` range, so both
 * reduce to one linear whole-text check done before the regular scan. vntk's
 * `replace(/\s+/, ' ')` cannot change any token (tokens hold no whitespace) and is skipped.
 */

const LETTERS =
  'aáàạảãăắằặẳẵâấầậẩẫbcdđeéèẹẻẽêếềệểễfghiíìịỉĩjklmnoóòọỏõôồốộổỗơớờợởỡpqrstuúùụủũưứừựửữvwxyýỳỵỷỹz' +
  'AÁÀẠẢÃĂẮẰẶẲẴÂẤẦẬẨẪBCDĐEÉÈẸẺẼÊẾỀỆỂỄFGHIÍÌỊỈĨJKLMNOÓÒỌỎÕÔỐỒỘỔỖƠỚỜỢỞỠPQRSTUÚÙỤỦŨƯỨỪỰỬỮVWXYÝỲỴỶỸZ';

const ABBREVIATIONS = ['[A-ZĐ]+\\.', 'Tp\\.', 'Mr\\.', 'Mrs\\.', 'Ms\\.', 'Dr\\.', 'ThS\\.'];
const SPECIALS = ['==>', '->', '\\.\\.\\.', '>>'];
const DATETIME = ['\\d{1,2}\\/\\d{1,2}(\\/\\d+)?', '\\d{1,2}-\\d{1,2}(-\\d+)?'];
const DIGIT = '\\d+([\\.,_]\\d+)+';
const NON_WORD = `[^${LETTERS}0-9\\s]`;
const WORD = `[${LETTERS}0-9]+`;

/** Everything but web/email, in vntk's order (no `u` flag: an emoji is two tokens, as in vntk). */
const TOKEN = new RegExp([...ABBREVIATIONS, ...SPECIALS, ...DATETIME, DIGIT, NON_WORD, WORD].join('|'), 'g');
/** The alternatives that precede `web` in vntk's order, tried at position 0. */
const BEFORE_WEB = new RegExp([...ABBREVIATIONS, ...SPECIALS].join('|'), 'y');
/** vntk's web pattern reduced to its character set: [a-zA-Z] | [0-9] | [$-_@.&+] | [!*(),]. */
const WHOLE_WEB = /^[a-zA-Z0-9$-_@.&+!*(),]+$/;

/** Tokens of `text` exactly as vntk's `tokenizer.tokenize(text)` returns them. */
export function tokenize(text: string): string[] {
  if (text.length === 0) return [];
  BEFORE_WEB.lastIndex = 0;
  if (!BEFORE_WEB.test(text) && WHOLE_WEB.test(text)) return [text];
  return text.match(TOKEN) ?? [];
}
