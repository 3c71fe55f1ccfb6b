/**
 * Non-person contexts around one mention: photo credits and addresses, quoted titles, the
 * author's sign-off and a source cited with "Theo".
 */
import { canonicalPlace } from './gazetteer';
import { NON_PERSON_CONTEXT } from './people-cue-words';
import { endsWithAny } from './text-units';

/** True when the text also cites `words` after a lower-case "theo" ("cũng theo L’Equipe"): "Theo" before them is "according to", not Theo. */
export function citedAsSource(text: string, words: readonly string[]): boolean {
  return words.length > 0 && text.includes(` theo ${words.join(' ')}`);
}

/**
 * True when a known place follows the name after a comma or dash: an address ("Hai Bà Trưng, Hà
 * Nội"); in brackets, maybe after a town between ("(Đồng Mô, Sơn Tây, Hà Nội)").
 */
export function isFollowedByPlace(text: string, end: number): boolean {
  const next = /^\s*[,-]\s*((?:\p{Lu}[\p{Ll}\p{M}]*\s?){1,4})/u.exec(text.slice(end, end + 40));
  if (next !== null && canonicalPlace(next[1].trim()) !== null) return true;
  const bracketed = BRACKETED_ADDRESS_TAIL.exec(text.slice(end, end + 80));
  return bracketed !== null && canonicalPlace(bracketed[1]) !== null;
}

// An item of an address: one to four capitalised words ("Sơn Tây", "Hà Nội").
const ADDRESS_ITEM = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3}`;

/** The rest of a bracketed address after its first item, `between` items before the last, which is captured: ", Sơn Tây, Hà Nội)". */
function bracketedAddressTail(between: string): RegExp {
  return new RegExp(String.raw`^(?:,\s*${ADDRESS_ITEM})${between},\s*(${ADDRESS_ITEM})\)`, 'u');
}

// The rest of a bracketed address after its first item: ", Sơn Tây, Hà Nội)"; the last item is the place.
const BRACKETED_ADDRESS_TAIL = bracketedAddressTail('{0,2}');

// Words before a quoted title ("phim “Harry Potter”", "cuốn “Nguyễn Du”"): the name is the title's.
const TITLE_CUES = [
  'phim', 'bộ phim', 'tác phẩm', 'cuốn', 'cuốn sách', 'sách', 'tiểu thuyết', 'truyện', 'bài hát',
  'ca khúc', 'vở', 'vở diễn', 'album', 'chương trình', 'tựa', 'game', 'trò chơi', 'show', 'mv',
  'bài thơ', 'tập thơ', 'bức tranh', 'triển lãm', 'dự án', 'series',
  // Stage plays of the folk theatre: "tích tuồng cổ “Hồ Nguyệt Cô hóa cáo”", "trích đoạn “Xúy Vân”".
  'tích', 'tuồng', 'tuồng cổ', 'chèo', 'chèo cổ', 'trích đoạn', 'kịch', 'vở kịch', 'cải lương',
];

const TITLE_OR_NON_PERSON_CUES = [...TITLE_CUES, ...NON_PERSON_CONTEXT];

/** True when the run at `runStart` opens a quoted title ("bộ phim “Lê Văn Tám”"). */
export function isQuotedTitle(text: string, runStart: number): boolean {
  const before = /([\p{L}\p{M} ]*?)\s*:?\s*[“"‘]\s*$/u.exec(text.slice(Math.max(0, runStart - 40), runStart));
  if (!before) return false;
  const words = before[1].trim().split(/\s+/).slice(-2).join(' ').toLowerCase();
  return endsWithAny(words, TITLE_OR_NON_PERSON_CUES);
}

// What may follow a sign-off name up to the end of the text: co-authors ("- Hoàng Nam") and a
// source tag ("(theo Reuters)", "(T/h)", "Theo Đời sống Plus"), maybe both ("(Tổng hợp) Theo Đời sống Plus").
const BYLINE_TAIL = /^(?:\s*[-–—,&]\s*\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*)*\s*(?:\([^()\n]{1,60}\))?(?:\s(?:Theo|Nguồn)\s[^\n]{1,60})?\s*[.\-–—]?\s*$/u;

// What may precede it from the last sentence end: nothing but co-authors' names. Each word
// must end at a space or a separator: with both optional, an upper-case run ("SẠC QUA ĐÊM …")
// splits in exponentially many ways and one article took minutes.
const BYLINE_HEAD = /(?:^|[.!?…”"»)\n])\s*(?:\p{Lu}[\p{L}\p{M}.]*(?:\s+|\s*[-–—,&]\s*))*$/u;

/** True for the author's sign-off closing the text ("… kết thúc. Thanh Hà (theo BBC)"). */
export function isClosingByline(text: string, start: number, end: number): boolean {
  return BYLINE_TAIL.test(text.slice(end)) && BYLINE_HEAD.test(text.slice(Math.max(0, start - 120), start));
}

// A sign-off's source and time stamp after the author: " - Thể thao Việt Nam | 10:10 09/07/2017".
const SOURCE_AND_TIME_TAIL = /^\s*[-–—]\s*[^\n|]{1,60}\|\s*\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4}\s*$/u;

/**
 * True for an uncued name that ends the text with no stop before it: a sign-off glued to the
 * last caption or sentence ("… đổ về quá nhiều Phạm Công", "… quê nhà Australia Đỗ Anh - Quang Hưng").
 */
export function isGluedSignOff(text: string, end: number): boolean {
  const tail = text.slice(end);
  // A stop after the name ends a sentence ("… là Nguyễn Văn A."): that is no sign-off.
  return SOURCE_AND_TIME_TAIL.test(tail) || (tail.length < 60 && !tail.trimEnd().endsWith('.') && BYLINE_TAIL.test(tail));
}

/** True right after "(": "(Theo Rappler)". */
export function isOpeningBracketBefore(text: string, position: number): boolean {
  return /\(\s*$/u.test(text.slice(Math.max(0, position - 3), position));
}

// "Q.Nam Từ Liêm", "P.Tân Định": a district or ward abbreviation glued to the place's first word.
const PLACE_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:Q|P|H|TX|TT)\.\s?(?:\p{Lu}\p{Ll}+\s)?$/u;

// A photo credit with the kind of picture between "Ảnh" and the colon: "Ảnh minh họa: X", "Ảnh tư liệu: X".
const QUALIFIED_PHOTO_CREDIT = /(?:Ảnh|ảnh)\s+(?:minh họa|minh hoạ|tư liệu|chụp màn hình|internet|nguồn)\s*:\s*$/u;

// The consultant's sign-off of a legal or health Q&A, maybe with a title: "Tư vấn bởi Luật sư X; Công ty Luật Y".
const ADVICE_COLUMN_CREDIT = /[Tt]ư vấn bởi\s*:?\s*(?:\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Ll}[\p{Ll}\p{M}]*)?\.?\s+)?$/u;

// An agency in capitals and a slash right before a name: the photographer's credit.
const AGENCY_SLASH_BEFORE = /(?:^|[^\p{L}])\p{Lu}{2,}\s*\/\s*$/u;

/** A photo credit ("Ảnh: X", "Ảnh minh họa: X", "X/TTXVN") or an address ("19 Hồ Văn Huê, Phường 9", "Q.Nam Từ Liêm"). */
export function isCreditOrAddress(text: string, start: number, end: number): boolean {
  return isCreditOrHouseNumber(text, start, end) || isFollowedByDistrict(text, end) || opensBracketedAddress(text, start, end);
}

// Two or three more items after a bracket's first, the last a place: ", Sơn Tây, Hà Nội)".
const ADDRESS_ITEMS_AFTER = bracketedAddressTail('{1,2}');

/** True when the name opens a bracketed address of three or four items ending in a known place: "(Đồng Mô, Sơn Tây, Hà Nội)". */
function opensBracketedAddress(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '(') return false;
  const items = ADDRESS_ITEMS_AFTER.exec(text.slice(end, end + 80));
  return items !== null && canonicalPlace(items[1]) !== null;
}

// A credit naming the social account a picture or clip came from: "(Nguồn: Facebook X)", "Ảnh: Instagram X".
const SOCIAL_ACCOUNT_CREDIT = /(?:Ảnh|ảnh|Nguồn|nguồn|Video|Clip)\s*:\s*(?:Facebook|facebook|FB|Youtube|YouTube|Instagram|Twitter|Fanpage|fanpage)\s+$/u;

// Crew labels of a photo shoot or a clip, always with a colon ("Make-up: Y", "Stylist: Z").
const CREW_LABEL_BEFORE = /(?:Make-?up|Makeup|Stylist|Styling|Trang điểm|Quay phim|Dựng phim)\s*:\s*$/u;
const CREW_LABEL_ENDING = /\s(?:Photo|Make-?up|Makeup|Stylist|Styling):$/u;

/** A photo credit ("Ảnh: X", "X/TTXVN") or a street after a house number ("19 Hồ Văn Huê", "Q.Nam Từ Liêm"). */
export function isCreditOrHouseNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  // "Tác giả: X" signs off a reader's piece or a contest photo; only with the colon ("tác giả X" is mentioned).
  if (/(?:Ảnh|ảnh|Photo|Nguồn|Theo)\s*:?\s*$/u.test(before) || /Tác giả\s*:\s*$/u.test(before) || /^\s*\//u.test(after)) return true;
  // A shoot's crew list: "Photo: X Make-up: Y Stylist: Z" (a name glued to the next label is one of them).
  if (CREW_LABEL_BEFORE.test(before) || CREW_LABEL_ENDING.test(text.slice(Math.max(start, end - 12), end + 1))) return true;
  // A photographer after an agency and a slash: "REUTERS/Erik De Castro", "AFP/ Getty".
  if (AGENCY_SLASH_BEFORE.test(before)) return true;
  if (QUALIFIED_PHOTO_CREDIT.test(text.slice(Math.max(0, start - 28), start))) return true;
  if (SOCIAL_ACCOUNT_CREDIT.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (ADVICE_COLUMN_CREDIT.test(text.slice(Math.max(0, start - 32), start))) return true;
  // A house number ("19 Hồ Văn Huê"), not a code ending in a digit ("BS CK2 Nguyễn Văn Đẫu")
  // nor the year of a title the person won ("Á khôi trang sức 2009 Lê Huỳnh Thúy Ngân").
  if (/(?:^|[^\p{L}\d])\d+\s+$/u.test(before)) return !TITLE_YEAR_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  return before.includes('.') && PLACE_ABBREVIATION_BEFORE.test(before);
}

// A pageant's or an award's title, up to four words of its name, and its year: "Hoa hậu Việt Nam 2016", "Quả bóng vàng 2016".
const TITLE_YEAR_BEFORE = /(?:hậu|khôi|người đẹp|quả bóng vàng|nữ hoàng|nam vương|siêu mẫu|quán quân)(?:\s+[\p{L}\p{M}]+){0,4}\s+(?:19|20)\d\d\s+$/iu;

/** True when an age or a year of birth follows the name after a comma or bracket: "Vi Thị Lan, 43 tuổi", "(SN 1992)", "(sinh năm 1990". */
export function isFollowedByAge(text: string, end: number): boolean {
  return /^\s*[,(]\s*(?:\d{1,3}\s+tuổi|SN\s*\d{4}|[Ss]inh năm\s+\d{4})/u.test(text.slice(end, end + 20));
}

/** True when a ward, district or city follows the name after a comma, bracket or dash: a street's address ("Hồ Văn Huê, Phường 9"). */
export function isFollowedByDistrict(text: string, end: number): boolean {
  return /^\s*[,(-]\s*(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]hị xã|TP|P\.|Q\.)/u.test(text.slice(end, end + 16))
}

/**
 * True when one more place stands between the name and a district word: an address item
 * ("thuộc Xuân Chung, Thủy Xuân Tiên, huyện Chương Mỹ"). Callers apply it only to uncued names,
 * as a person's address follows the same way ("chị Hồng Nhung, Trung Hòa, quận Cầu Giấy").
 */
export function isFollowedByAddressItem(text: string, end: number): boolean {
  return ADDRESS_ITEM_THEN_DISTRICT.test(text.slice(end, end + 48));
}

const ADDRESS_ITEM_THEN_DISTRICT = new RegExp(String.raw`^\s*,\s*${ADDRESS_ITEM}\s*,\s*(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Tt]hị xã|TP\s|P\.|Q\.)`, 'u');

// "nhân vật" (a character), maybe with a describing word or two ("nhân vật chính"), right before the name.
const CHARACTER_WORD_BEFORE = /(?:^|[^\p{L}])nhân vật(?: \p{Ll}+){0,2} $/iu;

// A capitalised name in brackets right after the name: the actor who plays the character.
const BRACKETED_ACTOR_AFTER = /^\s*\(\s*\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}-]*)+\s*\)/u;

/**
 * True for a character's name introduced by "nhân vật" and followed by its actor in brackets
 * ("nhân vật chính Tae Won (No Min Woo)"): the bracketed actor is the person, the character is not.
 */
export function isCharacterBeforeActor(text: string, start: number, end: number): boolean {
  return BRACKETED_ACTOR_AFTER.test(text.slice(end, end + 60)) && CHARACTER_WORD_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
