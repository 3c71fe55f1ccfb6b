/**
 * Legal and party document references with a code: "Nghị quyết 6b/NQ-BCH",
 * "Nghị định 15/2023/NĐ-CP", "Công văn số 12/UBND-KT", "Luật 45/2013/QH13".
 */
import { isVietnameseSyllable } from './syllables';
import { upperFirst } from './text-units';

const DOCUMENT_TYPES = [
  'thông tư liên tịch', 'nghị quyết liên tịch', 'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị',
  'thông tư', 'kế hoạch', 'công văn', 'thông báo', 'hướng dẫn', 'công điện', 'kết luận', 'quy định',
  'pháp lệnh', 'lệnh', 'sắc lệnh', 'đề án', 'tờ trình', 'báo cáo', 'văn bản', 'quy chế', 'thông tri',
  'bộ luật', 'luật',
];

// A document code: a number (maybe with a letter), then "/" or "-" separated parts, at least one
// "/" and one upper-case part ("6b/NQ-BCH", "15/2023/NĐ-CP", "26-NQ/TW", "12/UBND-KT").
/** "nghị quyết" → "[Nn]ghị quyết": the type word may open a sentence. */
function eitherCaseFirst(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
}

// A slash may have a stray space on one side ("67 /2014/NĐ-CP", "301/ BGDĐT-GDMN"); trimCode closes it.
const SLASH = String.raw`(?: /|/ ?)`;
const CODE = String.raw`\d+[a-zđ]?(?:(?:${SLASH}|-)[\p{L}\d&.]+)*${SLASH}[\p{L}\d&.-]*\p{Lu}[\p{L}\d&.-]*|\d+${SLASH}(?:19|20)\d\d(?![\d/])`;
// "số 15", "số:15", "số15" (the space is often lost).
const NUMBER_WORD = String.raw`(?:[Ss]ố\s*:?\s*)`;
// A lower-case word that opens no type's name ("luật" of "pháp luật" does: that code is the law's).
const PURPOSE_WORD = String.raw`(?!(?:${DOCUMENT_TYPES.join('|')})(?![\p{L}]))\p{Ll}+`;
// Between a (maybe plural) type word and its first code: "Thông tư số", "các Thông tư sau: số", or the
// decision's purpose in a few lower-case words before "số" ("quyết định khởi tố bị can số 37/C46-P12"); not after
// a law or an order, whose words before "số" are its name (NAMED_LAW reads those).
const TYPE_TO_CODE = String.raw`(?:(?<![Ll]uật|[Ll]ệnh)(?:\s+${PURPOSE_WORD}){1,4}?\s+${NUMBER_WORD}|\s*(?:(?:sau|gồm|như sau)\s*:?\s*)?${NUMBER_WORD}?)`;
// The issuer (two capitals at least) after a dash set off by a space, which the code's own pattern stops at: "1844/2015/QĐ – NHNN",
// "304/2016/TT- BTC", "301/BGDĐT – GDMN" (the part before the dash up to six capitals: "BGDĐT" is the ministry's).
const SPACED_ISSUER = String.raw`(?:(?:(?<=/\p{Lu}{1,6})(?:\s+[-–]\s*|[-–]\s+)|(?<=/\p{Lu}{1,6}-)\s+)\p{Lu}{2}[\p{L}\d&]*(?![\p{L}\d]))?`;
const CODED_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}])(${DOCUMENT_TYPES.map(eitherCaseFirst).join('|')})${TYPE_TO_CODE}((?:${CODE})${SPACED_ISSUER})`,
  'gu',
);
// A law or ordinance with its short name before "số" ("Luật thuế XNK số 107/2016/QH13"): only with a
// National Assembly code (…/QH13, …/UBTVQH14), so that "quy định tại Nghị định số …" is not read so.
const NAMED_LAW = new RegExp(
  String.raw`(?<![\p{L}])([Bb]ộ [Ll]uật|[Ll]uật|[Pp]háp lệnh)(?:\s+[\p{L}&]+){1,5}?\s+${NUMBER_WORD}(\d+/(?:19|20)\d\d/(?:UBTV)?QH\d+)(?![\p{L}\d])`,
  'gu',
);
// A further code of the same type listed after one ("…/TT-BXD; số 11/2009/TT-BXD và 05/2010/TT-BXD"),
// each maybe followed by its date ("ngày 15/9/2014").
const LISTED_CODE = new RegExp(
  String.raw`^(?:\s+ngày\s+\d{1,2}[/-]\d{1,2}[/-](?:19|20)\d\d)?\s*(?:[,;]|\s(?:và|hoặc))\s*${NUMBER_WORD}?((?:${CODE})${SPACED_ISSUER})`,
  'u',
);

/**
 * Document references in `text`, normalised ("nghị quyết số 6b/NQ-BCH" → "Nghị quyết 6b/NQ-BCH"),
 * deduped, in order. Only coded documents count: a law named without a code ("Luật Đất đai") is
 * a subject, not a reference a reader can look up.
 */
export function extractDocuments(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(CODED_DOCUMENT)) {
    const type = upperFirst(m[1].toLowerCase());
    found.push(`${type} ${trimCode(m[2])}`);
    // Every code listed after the first takes the same type…
    let rest = m.index + m[0].length;
    for (let next = LISTED_CODE.exec(text.slice(rest, rest + 200)); next; next = LISTED_CODE.exec(text.slice(rest, rest + 200))) {
      // Unless its own abbreviation names another type ("kết luận số 19/KL-CT và số 20/QĐ-CT": a decision).
      found.push(`${typeOfCode(next[1]) ?? type} ${trimCode(next[1])}`);
      rest += next[0].length;
    }
  }
  for (const m of text.matchAll(NAMED_LAW)) found.push(`${upperFirst(m[1].toLowerCase())} ${m[2]}`);
  const seen = new Set<string>();
  return found.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The abbreviations of document types that open a code's letters ("QĐ" of "2100/QĐ-CT", "NQ" of "26-NQ/TW").
const TYPE_OF_ABBREVIATION: Readonly<Record<string, string>> = {
  QĐ: 'Quyết định', NĐ: 'Nghị định', NQ: 'Nghị quyết', TT: 'Thông tư', CT: 'Chỉ thị', KL: 'Kết luận', TB: 'Thông báo',
  KH: 'Kế hoạch', CĐ: 'Công điện', BC: 'Báo cáo', TTr: 'Tờ trình', HD: 'Hướng dẫn',
};

/** The type a code's first letters name ("2100/QĐ-CT" → "Quyết định"), or undefined. */
function typeOfCode(code: string): string | undefined {
  const letters = code.split(/[\s/-]+/).find((part) => /^\p{L}/u.test(part));
  return letters === undefined ? undefined : TYPE_OF_ABBREVIATION[letters];
}

// A lower-case word glued to a code's last upper-case part by a lost space: "67/CPvừa" ("TTg" of "QĐ-TTg" is no word).
const GLUED_WORD_AFTER_CODE = /^(.*\p{Lu})(\p{Ll}{2,})$/u;

/**
 * A code without trailing sentence punctuation or a glued next word ("15/2014/TT-BXD." → "15/2014/TT-BXD",
 * "67/CPvừa" → "67/CP"), its spaced dash or slash closed up ("304/2016/TT- BTC" → "304/2016/TT-BTC",
 * "67 /2014/NĐ-CP" → "67/2014/NĐ-CP").
 */
function trimCode(code: string): string {
  const trimmed = code.replace(/\s*[-–]\s*(?=\p{Lu})/gu, '-').replace(/ ?\/ ?/g, '/').replace(/[.-]+$/, '');
  const glued = GLUED_WORD_AFTER_CODE.exec(trimmed);
  return glued !== null && isVietnameseSyllable(glued[2]) ? glued[1] : trimmed;
}
