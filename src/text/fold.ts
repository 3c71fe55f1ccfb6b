/**
 * Accent folding for matching and suggestion keys: lower case, no diacritics, đ → d.
 * Runs on every document, so it is one pass over UTF-16 code units with a lookup table built
 * once (NFD + strip combining marks for U+0000–U+1FFF) instead of a regex per character.
 */

const TABLE_SIZE = 0x2000;

function buildFoldTable(): (string | undefined)[] {
  const table: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
  const marks = /\p{M}/gu;
  for (let code = 0x80; code < TABLE_SIZE; code++) {
    const ch = String.fromCharCode(code);
    const folded = ch.normalize('NFD').replace(marks, '').toLowerCase();
    if (folded !== ch) table[code] = folded;
  }
  table[0x0110] = 'd'; // Đ: not a decomposable letter
  table[0x0111] = 'd'; // đ
  return table;
}

const FOLD_TABLE = buildFoldTable();

/** Unaccented lower case with đ/Đ → d: "Đường Hồ Chí Minh" → "duong ho chi minh". */
export function fold(s: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let folded: string | undefined;
    if (code < 0x80) {
      if (code < 65 || code > 90) continue; // ASCII that is not upper case: unchanged
      folded = String.fromCharCode(code + 32);
    } else if (code < TABLE_SIZE) {
      folded = FOLD_TABLE[code];
      if (folded === undefined) continue;
    } else {
      continue;
    }
    out += s.slice(copiedUpTo, i) + folded;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? s : out + s.slice(copiedUpTo);
}
