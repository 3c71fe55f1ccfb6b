/**
 * Role phrases around a name: the office written before it ("Phó Chủ tịch UBND tỉnh An Giang
 * Lê Văn Phước"), set off after it ("…, Chủ tịch LĐLĐ tỉnh cho biết") or in a clause of its own
 * before it ("Giám đốc Europol, Rob Wainwright"). Pure functions over the text.
 */
import { HONORIFICS, ROLE_HEADS, ROLE_STOP_WORDS } from './roles';
import { endsWithAny, squeeze } from './text-units';

const MAX_ROLE_WORDS = 18;

const ROLE_HEADS_LONGEST_FIRST = [...ROLE_HEADS].sort((x, y) => y.length - x.length).join('|');
const ROLE_HEAD = new RegExp(`(?<![\\p{L}])(?:(?:nguyên|cựu)\\s+)?(?:${ROLE_HEADS_LONGEST_FIRST})(?![\\p{L}])`, 'iu');
const ROLE_HEADS_ALL = new RegExp(ROLE_HEAD.source, 'giu');
// A head may end in the office's rank or level: "Phó Thủ tướng Thường trực", "Bí thư thứ nhất",
// "thẩm phán liên bang" (a federal judge).
const ROLE_HEAD_AT_END = new RegExp(`(?<![\\p{L}])(?:${ROLE_HEADS_LONGEST_FIRST})(?:\\s+(?:thường trực|thứ nhất|liên bang))?$`, 'iu');
const ROLE_STOP = new RegExp(`(?<![\\p{L}])(?:${ROLE_STOP_WORDS.join('|')})(?![\\p{L}])`, 'u');
// After an envoy's head, "tại" places the office ("Đại sứ Trung Quốc tại Washington Thôi Thiên Khải").
const PLACED_OFFICE = /^(?:(?:nguyên|cựu)\s+)?(?:đại sứ|tổng lãnh sự|lãnh sự|phóng viên)$/iu;
const ROLE_STOP_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(?:${ROLE_STOP_WORDS.filter((w) => w !== 'tại').join('|')})(?![\\p{L}])`, 'u');
// Honorifics and academic or artistic titles between a role and the name: not part of the role
// ("tân Giám đốc NSƯT Chí Trung", "Trưởng khoa, PGS.TS …").
const TRAILING_HONORIFIC =
  /(?:\s+(?:ông|bà|anh|chị|em|cô|chú|bác|cụ|ngài|đồng chí|nsnd|nsưt|gs|ts|pgs|ths|bs|gs\.ts|pgs\.ts|nghệ sĩ|nhà báo|nhà văn|nhà thơ|nhạc sĩ|họa sĩ|luật sư|bác sĩ|tiến sĩ|thạc sĩ|giáo sư|phó giáo sư))+$/iu;

// What joins two heads into one role: "kiêm", "của" after at most three words ("Thư ký Báo chí của
// Tổng thống"), or up to three lower-case words ("Thư ký báo chí Tổng thống Nga").
const HEAD_JOINT = /^\s*(?:kiêm|(?:[\p{L}\p{M}]+\s+){0,3}của|(?:\p{Ll}[\p{L}\p{M}]*\s+){1,3})\s*$/u;

/** The role phrase between the clause start and a name ("Phó Chủ tịch UBND tỉnh An Giang"), or null. */
export function roleBefore(text: string, nameStart: number): string | null {
  const from = Math.max(0, nameStart - 160);
  const slice = text.slice(from, nameStart);
  let cut = lastClauseCut(slice);
  // An abbreviation or expansion in brackets inside the role ("Đại sứ Các tiểu vương quốc Arab thống nhất
  // (UAE) tại Mỹ", "Tổng Thư ký Liên hợp quốc (LHQ)"): the clause goes on before it.
  const bracketed = slice[cut] === ')' ? BRACKETED_NAME_NOTE.exec(slice.slice(0, cut + 1)) : null;
  if (bracketed && ROLE_HEAD.test(slice.slice(0, bracketed.index))) cut = lastClauseCut(slice.slice(0, bracketed.index));
  // A comma inside an institution's name ("Bộ Lao động, Thương binh và Xã hội Đào Ngọc Dung"): the clause goes on before it.
  if (slice[cut] === ',' && LISTED_NAME_TAIL.test(slice.slice(cut + 1)) && NAME_PART_BEFORE_COMMA.test(slice.slice(0, cut))) {
    cut = lastClauseCut(slice.slice(0, cut));
  }
  const clause = slice.slice(cut + 1);
  // "Giám đốc Europol, Rob Wainwright": a clause that is a role alone, set off before the name.
  if (slice[cut] === ',' && clause.trim() === '') return roleClause(slice.slice(0, cut));
  // The last head in the clause ("… Trần Nam Hồng và Phó Chủ tịch UBND tỉnh" → the latter),
  // extended back over "kiêm" ("Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh") and "của" ("Thư ký Báo
  // chí của Tổng thống Nga Dmitri Peskov": the secretary's role, not the president's).
  let headAt = -1;
  let headLength = 0;
  let prevEnd = -1;
  // A head inside the note is the note's ("Đại biểu Quốc hội (ĐBQH)"): heads are looked for outside it.
  const noteAt = bracketed ? bracketed.index - (cut + 1) : -1;
  const heads = noteAt >= 0 ? clause.slice(0, noteAt) + ' '.repeat(bracketed![0].length) + clause.slice(noteAt + bracketed![0].length) : clause;
  for (const m of heads.matchAll(ROLE_HEADS_ALL)) {
    const gap = prevEnd >= 0 ? clause.slice(prevEnd, m.index) : '';
    const joined = prevEnd >= 0 && HEAD_JOINT.test(gap) && !ROLE_STOP.test(gap.toLowerCase());
    if (!joined) {
      headAt = m.index;
      headLength = m[0].length;
    }
    prevEnd = m.index + m[0].length;
  }
  if (headAt < 0) return null;
  // A verb between the head and the name means the role belongs to someone else.
  const stop = PLACED_OFFICE.test(clause.slice(headAt, headAt + headLength)) ? ROLE_STOP_BEFORE_NAME : ROLE_STOP;
  const afterHead = clause.slice(headAt + headLength).toLowerCase();
  if (stop.test(afterHead)) return null;
  // "Công chúa Mako và bạn trai Kei Komuro": the office is the first person's.
  const coordinated = /\svà\s+([^]*)$/u.exec(afterHead);
  if (coordinated && endsWithAny(coordinated[1].trim(), HONORIFICS)) return null;
  let role = squeeze(clause.slice(headAt)).replace(TRAILING_HONORIFIC, '');
  role = role.replace(/\s*[-–—]\s*$/u, '');
  if (!role || role.split(' ').length > MAX_ROLE_WORDS) return null;
  return role;
}

// The rest of an institution's name listing its fields after a comma: " Thương binh và Xã hội ", " In và Phát hành ".
const LISTED_NAME_TAIL = /^ \p{Lu}[\p{Ll}\p{M}]*(?: \p{Ll}[\p{Ll}\p{M}]*)* và \p{Lu}[\p{Ll}\p{M}]*(?: \p{Ll}[\p{Ll}\p{M}]*)* $/u;
// Its first field, capitalised, before the comma: "Bộ Lao động", "Cục Xuất bản".
const NAME_PART_BEFORE_COMMA = /\p{Lu}[\p{Ll}\p{M}]* \p{Lu}[\p{Ll}\p{M}]*(?: \p{Ll}[\p{Ll}\p{M}]*)*$/u;

// A capitalised note in brackets that ends the slice: "(UAE)", "(Các tiểu vương quốc Ả Rập Thống nhất)"; not "(trái)", "(Ảnh: …)".
const BRACKETED_NAME_NOTE = /\(\p{Lu}[^()\n:;,/]{0,60}\)$/u;

const CLAUSE_CUTS = new Set([',', ';', ':', '(', ')', '“', '”', '"', '\n', '!', '?']);

/** Index of the last clause boundary in `slice` (-1 when none); a stop counts only before a space ("TP.Hà Nội" is one word). */
function lastClauseCut(slice: string): number {
  for (let k = slice.length - 1; k >= 0; k--) {
    const c = slice[k];
    if (CLAUSE_CUTS.has(c) || (c === '.' && (k + 1 === slice.length || /\s/u.test(slice[k + 1])))) return k;
  }
  return -1;
}

/** The last clause of `slice` when it is a role phrase from its first word ("Giám đốc Europol"), else null. */
function roleClause(slice: string): string | null {
  const clause = squeeze(slice.slice(lastClauseCut(slice) + 1));
  const head = ROLE_HEAD.exec(clause);
  if (!head || head.index !== 0 || ROLE_STOP.test(clause.slice(head[0].length).toLowerCase())) return null;
  return clause.split(' ').length <= MAX_ROLE_WORDS ? clause : null;
}

/** The role phrase after a name set off by a comma, dash or bracket ("…, Chủ tịch LĐLĐ tỉnh cho biết"), or null. */
export function roleAfter(text: string, nameEnd: number): string | null {
  const rest = text.slice(nameEnd, nameEnd + 200);
  const lead = /^\s*(?:,|\(|\s[-–—])\s*/u.exec(rest);
  if (!lead) return null;
  const clauseEnd = rest.slice(lead[0].length).search(/[,.;:()“”"!?\n]|\s[-–—]\s/u);
  let clause = rest.slice(lead[0].length, clauseEnd < 0 ? undefined : lead[0].length + clauseEnd);
  const head = ROLE_HEAD.exec(clause);
  if (!head || head.index !== 0) return null;
  const stop = ROLE_STOP.exec(clause.slice(head[0].length));
  if (stop) clause = clause.slice(0, head[0].length + stop.index);
  // A stop word cuts "… Trưởng ban tôn giáo và [đã] …" after the conjunction: drop it.
  const role = squeeze(clause).replace(TRAILING_CONJUNCTION, '');
  if (!role || role.split(' ').length > MAX_ROLE_WORDS) return null;
  return role;
}

const TRAILING_CONJUNCTION = /(?:\s+(?:và|của|cùng|với|kiêm|hay|hoặc))+$/u;

/** True when `words` end with a role head ("… Tổng thống", "cựu giám đốc"): the role touches what follows. */
export function endsWithRoleHead(words: string): boolean {
  return ROLE_HEAD_AT_END.test(words);
}

/**
 * A role without the names of people it runs into: cut before its holder's own name or before
 * "và …" that names someone else ("Chủ tịch UBND huyện và Đại tá Nguyễn Đình Chiến"); null when
 * it is a clause about someone else ("Tổng thống Donald Trump sa thải" before "ông James Comey").
 */
export function withoutNames(role: string, own: string, names: readonly string[]): string | null {
  const named = names.filter((n) => role.includes(n));
  if (named.length === 0) return role;
  const firstAt = Math.min(...named.map((n) => role.indexOf(n)));
  if (named.includes(own) && role.indexOf(own) === firstAt) return role.slice(0, firstAt).replace(TRAILING_HONORIFIC, '').trim();
  const joint = /\s(?:và|cùng|với)\s/u.exec(role);
  return joint && joint.index < firstAt ? role.slice(0, joint.index) : null;
}
