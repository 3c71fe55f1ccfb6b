/**
 * Article-level verdicts on a name: its other mentions in the text make it a street, a firm, an
 * event, a district, a character or a gloss rather than a person.
 */
import { isDistrictName } from './gazetteer';
import { isFollowedByPlace } from './people-credits';
import {
  endsWithNonPersonCue,
  isCharacterCue,
  isFollowedBySpeechVerb,
  NON_PERSON_CONTEXT_LIST,
  NON_PERSON_OR_LOCATIVE,
  NON_PERSON_WORDS,
  PLACE_CUE_WORDS,
  previousWords,
  STREET_HEAD_LIST,
} from './people-cue-words';
import type { Mention } from './people-mentions';
import { HONORIFICS } from './roles';
import { isRoadSectionOrHeading, isRouteStop } from './route-stops';
import { isSurname } from './surnames';
import { hasVietnameseMarks, isVietnameseSyllable } from './syllables';
import { endsWithAny } from './text-units';

/**
 * Drops the names that no honorific or role ever introduces and that the text somewhere writes
 * after a street, place or company word ("lề đường Nguyễn Tất Thành", "hãng Ipsos Sopra
 * Steria"): a street or a firm whose other mentions lack the cue.
 */
export function withoutNonPersonNames(text: string, mentions: Mention[]): Mention[] {
  const cued = new Set(mentions.filter((m) => m.cued).map((m) => m.name));
  const verdict = new Map<string, boolean>();
  const names = new Set(mentions.map((m) => m.name));
  // A name written somewhere as a stop of a route ("Tràng Tiền - Ngô Quyền - Lý Thường Kiệt") or as
  // a stretch of road ("cao tốc … đoạn Trần Duy Hưng") is a street's.
  const routeStops = new Set(mentions.filter((m) => isRouteStop(text, m.start, m.end) || isRoadSectionOrHeading(text, m.start)).map((m) => m.name));
  // Judged once per name, not per mention: a school's or a site's ("Trường tiểu học Kim Đồng", "di tích Văn Miếu").
  const schoolsAndSites = new Set([...names].filter((n) => everAfterSchoolOrSiteNoHonorific(text, n)));
  // A name cast as a role in most of its mentions ("vai diễn nàng Phượng Cửu") is the character's, cued or not.
  return mentions.filter((m) => {
    if (mostlyCastAsRole(text, m.name) || alwaysAfterPlaceWord(text, m.name)) return false;
    // A role before a firm's trade words is the firm's ("Chủ tịch hãng đầu tư mạo hiểm Y Combinator"): only an honorific saves it.
    if (everAfterFirmKindNoHonorific(text, m.name)) return false;
    // A role may end in a school or a monument ("hiệu trưởng Trường trung học phổ thông chuyên Lê Quý Đôn",
    // "Lãnh đạo … hai di tích Hoàng Thành Thăng Long"): the name after it is the school's or the site's.
    if (schoolsAndSites.has(m.name)) return false;
    // A cue does not save a name glued to the next word or name: "Hoa hậu Tường Linh Vừa đăng quang"
    // beside "Tường Linh", "giám khảo Hoài Linh Trúc Nhân" beside both names.
    if (isKnownNameGluedToOpener(text, m.name, names) || isTwoKnownNames(m.name, names)) return false;
    if (cued.has(m.name)) return true;
    if (isDistrictName(m.name) && m.roles.length === 0 && isDistrictInText(text, m.name, names)) return false;
    if (everFollowedByYear(text, m.name) || everDistrictOfStreet(text, m.name)) return false;
    if (isCreditToKnownName(m.name, names) || isTwoKnownSurnames(m.name, names) || routeStops.has(m.name)) return false;
    if (isForeignGloss(text, m.name)) return false;
    let keep = verdict.get(m.name);
    if (keep === undefined) {
      keep = !everAfterNonPersonWord(text, m.name) && !isQuotedSomewhere(text, m.name) && !everPlaceOrFirm(text, m.name)
        && !everStreetOfAddress(text, m.name) && !hasTradeNameCapital(m.name) && !isWebsiteName(m.name)
        && !everTeamOfFixture(text, m.name) && !everBesideBrandWithAmpersand(text, m.name);
      verdict.set(m.name, keep);
    }
    return keep;
  });
}

// A foreign term in brackets right after the lower-case Vietnamese words it translates:
// "bản dữ liệu trọng yếu (Essential Facts)", "người có thẩm quyền (Parliamentary Secretary)".
// A transliteration before the brackets ("Tay-íp Éc-đô-gan (Tayyip Erdogan)") is capitalised and hyphenated: not one.
const GLOSSED_BEFORE = /(?:^|\s)\p{Ll}[\p{Ll}\p{M}]* \($/u;

/** True when the foreign `name` somewhere stands alone in brackets after a lower-case word: a term's translation, not a person. */
function isForeignGloss(text: string, name: string): boolean {
  if (name.split(' ').some(isVietnameseSyllable)) return false;
  for (let at = text.indexOf(`(${name})`), seen = 0; at >= 0 && seen < 20; at = text.indexOf(`(${name})`, at + 1), seen++) {
    if (GLOSSED_BEFORE.test(text.slice(Math.max(0, at - 20), at + 1)) && hasVietnameseMarks(previousWords(text, at, 1)) && isVietnameseSyllable(previousWords(text, at, 1))) return true;
  }
  return false;
}

/**
 * True for two foreign words the first of which is another person's family name: two people
 * whose comma was lost ("Neymar, Messi Ronaldo và …" beside "Lionel Messi").
 */
function isTwoKnownSurnames(name: string, names: ReadonlySet<string>): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.some(isVietnameseSyllable)) return false;
  // Three words or more: the rest must be a known name too ("Buyten Denise Milani").
  if (words.length > 2 && !names.has(words.slice(1).join(' '))) return false;
  for (const other of names) if (other !== name && other.endsWith(` ${words[0]}`)) return true;
  return false;
}

/**
 * True for a name of three words or more written once whose words but the last are another name
 * of the text, standing alone at least twice, and whose last is Vietnamese and goes on in lower
 * case or digits: a caption's name glued to the sentence after it ("Lý Mạn Thường những mỹ nhân …"
 * beside "Lý Mạn là …", "Thu Minh Năm 2013, Thu Minh …"; not "Sir Alex Ferguson" beside "Sir Alex").
 */
function isKnownNameGluedToOpener(text: string, name: string, names: ReadonlySet<string>): boolean {
  const cut = name.lastIndexOf(' ');
  const short = name.slice(0, cut);
  if (cut < 0 || name.split(' ').length < 3 || !names.has(short) || !isVietnameseSyllable(name.slice(cut + 1))) return false;
  const at = text.indexOf(name);
  if (text.indexOf(name, at + name.length) >= 0 || !/^ [\p{Ll}\d]/u.test(text.slice(at + name.length, at + name.length + 2))) return false;
  // The short name stands alone at least twice (not once, as a misspelt "Võ Quang hòa" beside "Võ Quang Thuận").
  let alone = 0;
  for (let k = text.indexOf(short); k >= 0 && alone < 2; k = text.indexOf(short, k + short.length)) {
    if (!/^ ?\p{Lu}/u.test(text.slice(k + short.length, k + short.length + 2))) alone++;
  }
  return alone >= 2;
}

/**
 * True for a name made of two other names of the text, each of two words or more: two people
 * whose separator was lost ("giám khảo Hoài Linh Trúc Nhân" beside "Hoài Linh" and "Trúc Nhân").
 */
function isTwoKnownNames(name: string, names: ReadonlySet<string>): boolean {
  const words = name.split(' ');
  for (let i = 2; i <= words.length - 2; i++) {
    if (names.has(words.slice(0, i).join(' ')) && names.has(words.slice(i).join(' '))) return true;
  }
  return false;
}

/** Mentions of a name read to judge it: the first 20 are enough, and a long text costs no more. */
const MENTIONS_READ = 20;

/** The offsets of the first MENTIONS_READ mentions of `name` in `text`. */
function mentionOffsets(text: string, name: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf(name); at >= 0 && offsets.length < MENTIONS_READ; at = text.indexOf(name, at + name.length)) offsets.push(at);
  return offsets;
}

// Words after a firm's name ("Hong Leong Group", "Lee Kum Kee Holdings"), never after a person's.
const FIRM_TAILS = new Set(['Group', 'Bank', 'Holdings', 'Holding', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Company', 'Securities', 'Airlines', 'Motors']);

const NEXT_CAPITALISED_WORD = /^ (\p{Lu}[\p{L}\p{M}]*)/u;

/**
 * True when some mention of `name` is a firm's name ("(Hong Leong Group, …)") or a place of an
 * address ("ở Siem Reap, Campuchia"): the other, uncued mentions are the firm's or the place's.
 */
function everPlaceOrFirm(text: string, name: string): boolean {
  for (const at of mentionOffsets(text, name)) {
    const end = at + name.length;
    const next = NEXT_CAPITALISED_WORD.exec(text.slice(end, end + 20));
    if (next !== null && FIRM_TAILS.has(next[1])) return true;
    if (endsWithAny(previousWords(text, at, 1), ['ở', 'tại']) && isFollowedByPlace(text, end)) return true;
  }
  return false;
}

/**
 * True when `name` is written at least twice and every time right after a place or firm word, even where a
 * role ends in it ("tại chợ Lương Văn Can", "Tổ trưởng tổ quản lý chợ Lương Văn Can"): the place's name.
 */
function alwaysAfterPlaceWord(text: string, name: string): boolean {
  const offsets = mentionOffsets(text, name);
  return offsets.length >= 2 && offsets.every((at) => endsWithNonPersonCue(previousWords(text, at, 4), NON_PERSON_CONTEXT_LIST));
}

/**
 * True when at least half the mentions of `name` follow a role cue ("vai diễn nàng Phượng Cửu"): a character,
 * however else it is cued; not an actress named often, once after "một vai diễn" ("vai diễn Thân Thúy Hà tiếp tục …").
 */
function mostlyCastAsRole(text: string, name: string): boolean {
  const offsets = mentionOffsets(text, name);
  const asRole = offsets.filter((at) => isCharacterCue(previousWords(text, at, 4))).length;
  return asRole > 0 && asRole * 2 >= offsets.length;
}

// A year right after a name, not a date's or a code's part: an event's edition ("Roland Garros 2017").
const YEAR_AFTER = /^ (?:19|20)\d\d(?![\d\/.,]\d)/u;

// Words before an event's name: "tại Roland Garros 1978", "vô địch Wimbledon 2017" (not a caption's birth year,
// "Enzo Zidane 1995", nor a fan meeting's title, "Meet and Greet Diệu Nhi 2017").
const EVENT_CUES = ['tại', 'ở', 'vô địch', 'chung kết', 'danh hiệu', 'chức vô địch', 'mùa giải', 'kỳ', 'phiên bản'];

/** True when some mention of `name` after a venue or title cue is followed by a year: a tournament named after a person. */
function everFollowedByYear(text: string, name: string): boolean {
  for (const at of mentionOffsets(text, name)) {
    if (!YEAR_AFTER.test(text.slice(at + name.length, at + name.length + 8))) continue;
    // A foreign model's year after its maker's name: "Suzuki Swift Sedan 2017", "BSA Two-Engine Drag Bike 1970".
    const maker = /(?:^|\s)(\p{Lu}[\p{L}\p{M}-]*) $/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    const model = maker !== undefined && ![maker, ...name.split(' ')].some(isVietnameseSyllable);
    if (model || endsWithAny(previousWords(text, at, 3), EVENT_CUES)) return true;
  }
  return false;
}

// A street, school or place word and its capitalised name right before an opening bracket or a dash:
// "phố Khâm Thiên (", "THPT Trần Phú - ".
const PLACE_BEFORE_NOTE = /(\p{Ll}[\p{Ll}\p{M}]*(?: \p{Ll}[\p{Ll}\p{M}]*)?|\p{Lu}{2,}) (?:\p{Lu}[\p{L}\p{M}]*\s){1,4}(\(|[-–] )$/u;

const STREETS_AND_SCHOOLS = [...STREET_HEAD_LIST, 'thpt', 'thcs', 'tiểu học', 'mầm non'];

/**
 * True when `name` stands somewhere in brackets, or (two syllables) after a dash, right after a street, school or
 * place: its district ("phố Khâm Thiên (Đống Đa)", "THPT Trần Phú - Hoàn Kiếm").
 */
function everDistrictOfStreet(text: string, name: string): boolean {
  const twoSyllables = name.split(' ').length === 2;
  for (const at of mentionOffsets(text, name)) {
    const note = PLACE_BEFORE_NOTE.exec(text.slice(Math.max(0, at - 60), at));
    if (!note || (note[2] === '(' ? text[at + name.length] !== ')' : !twoSyllables)) continue;
    // After a dash only a street's or a school's, not a team's ("đội Cẩm Ly - Đại Nghĩa", two coaches).
    if (endsWithNonPersonCue(note[1].toLowerCase(), note[2] === '(' ? NON_PERSON_CONTEXT_LIST : STREETS_AND_SCHOOLS)) return true;
  }
  return false;
}

// A house number with a letter right before a street: "45B Lý Thường Kiệt", "12/3A Trần Phú" (not a date,
// "từ 23/3 Lan Ngọc", nor a class, "lớp 12A Nguyễn Văn Bình", nor a generation, "người đẹp 9X Lý Tẩm").
const HOUSE_NUMBER_BEFORE = /(?:^|[\s(,])(?<!lớp\s)\d+(?:\/\d+)*[A-WYZ] $/u;

// A bracketed note of who someone is, right before the name: the age then a comma ("(55 tuổi, "), or
// a residence word and the address items before it ("(trú thôn Tây, xã Đông, "): what follows is an address.
const AGE_THEN_ADDRESS = /\(\d+ tuổi, $/u;
const RESIDENCE_NOTE = /\((?:\d+ tuổi, )?(?:thường trú|tạm trú|trú|ngụ|quê)(?: tại| ở)?[^()]*, $/u;

/**
 * True when some mention of `name` is a street or a place of an address: after a house number with a
 * letter, or in a bracketed note after an age or a residence word and before a comma or
 * the bracket's end ("Bà Hoa (55 tuổi, Lê Thanh Nghị, Hà Nội)").
 */
function everStreetOfAddress(text: string, name: string): boolean {
  for (const at of mentionOffsets(text, name)) {
    const before = text.slice(Math.max(0, at - 120), at);
    if (HOUSE_NUMBER_BEFORE.test(before.slice(-16))) return true;
    const next = text[at + name.length];
    if ((next === ',' || next === ')') && (AGE_THEN_ADDRESS.test(before.slice(-14)) || RESIDENCE_NOTE.test(before))) return true;
  }
  return false;
}

// A word with a capital inside after four letters or more: a trade name ("MotoCorp", "DreamWorks"), not a
// family name with a prefix ("McDonald", "MacLeod", "LeBron", "DiCaprio", "DeShawn").
const TRADE_NAME_CAPITAL = /^\p{Lu}\p{Ll}{3,}\p{Lu}/u;

/** True when a word of `name` has a capital inside after four letters or more: a firm's or a product's name. */
function hasTradeNameCapital(name: string): boolean {
  return name.split(' ').some((w) => TRADE_NAME_CAPITAL.test(w));
}

/**
 * True for "Trang" ("page", "website") before foreign words only: a sentence-initial "Trang Vogue nhận xét"
 * names a magazine's site; a woman's given name "Trang" goes with Vietnamese syllables ("Trang Lê").
 */
function isWebsiteName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words[0] === 'Trang' && !words.slice(1).some(isVietnameseSyllable);
}

// A fixture list's kick-off time and date before the home team, maybe with the home team and its dash
// before the away team: "17:00 7/2 Balkan - Dordoi Bishkek 18:00 7/2 …".
const KICK_OFF_BEFORE = /\d{1,2}[:h]\d{2}\s+\d{1,2}\/\d{1,2}\s+(?:(?:\p{Lu}[\p{L}\p{M}.'-]*\s+){1,4}[-–]\s+)?$/u;

/** True when some mention of `name` follows a kick-off time and date, or its opponent after one: a team of a fixture list. */
function everTeamOfFixture(text: string, name: string): boolean {
  return mentionOffsets(text, name).some((at) => KICK_OFF_BEFORE.test(text.slice(Math.max(0, at - 80), at)));
}

// A brand joined by "&" ("Dolce &Gabbana", "Marks & Spencer") as the next or the previous item of a comma list
// whose other side goes on too: the list is of brands ("trình diễn cho X, Dolce &Gabbana, Y…"). Not a firm before
// an apposition ("CEO của Procter & Gamble, David Taylor").
const AMPERSAND_ITEM = String.raw`\p{Lu}[\p{L}\p{M}]*\s*&\s*\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*)*`;
const AMPERSAND_ITEM_AFTER = new RegExp(String.raw`^,\s*${AMPERSAND_ITEM}\s*(?:,|…|\.\.\.|\svà\s)`, 'u');
const AMPERSAND_ITEM_BEFORE = new RegExp(String.raw`,\s*${AMPERSAND_ITEM},\s*$`, 'u');

/** True when some mention of `name` stands in a comma list next to a brand joined by "&": a brand, not a person. */
function everBesideBrandWithAmpersand(text: string, name: string): boolean {
  return mentionOffsets(text, name).some((at) => {
    const end = at + name.length;
    return AMPERSAND_ITEM_AFTER.test(text.slice(end, end + 60)) || AMPERSAND_ITEM_BEFORE.test(text.slice(Math.max(0, at - 60), at));
  });
}

/** True when `name` stands somewhere alone between quotes ("minh tinh 'Hoàng Kim Giáp'"): a title's name. */
function isQuotedSomewhere(text: string, name: string): boolean {
  return text.includes(`“${name}”`) || text.includes(`"${name}"`) || text.includes(`'${name}'`) || text.includes(`‘${name}’`);
}

/**
 * True for "Theo X" ("according to X") when another name ends in X: "Theo Cafiero" credits
 * "Giorgio Cafiero" (while "Theo Walcott" alone stays a person).
 */
function isCreditToKnownName(name: string, names: ReadonlySet<string>): boolean {
  if (!name.startsWith('Theo ') || name.split(' ').length !== 2) return false;
  const surname = name.slice('Theo '.length);
  for (const other of names) if (other !== name && other.endsWith(` ${surname}`)) return true;
  return false;
}

/** True when some mention of `name` comes right after a street, place, company or media word. */
function everAfterNonPersonWord(text: string, name: string): boolean {
  for (const at of mentionOffsets(text, name)) {
    if (endsWithNonPersonCue(previousWords(text, at, 4), NON_PERSON_WORDS) || isAfterFirmKind(text, at) || isFaceOfBrand(text, at)) return true;
  }
  return false;
}

// Firms, brands and shops, and the words of their kind and trade that may come between them and the
// name ("Doanh nghiệp tư nhân in Hà Phát", "hãng đầu tư mạo hiểm Y Combinator", "thương hiệu nội y như Lise Charmel").
const FIRM_HEADS = [
  'doanh nghiệp', 'công ty', 'dntn', 'cơ sở', 'cửa hàng', 'hợp tác xã', 'htx', 'tập đoàn', 'xưởng', 'nhà máy',
  'hãng', 'thương hiệu', 'nhãn hiệu', 'nhãn hàng', 'tiệm', 'cửa hiệu', 'ngân hàng',
];

// Trades of brands and shops, and "như" before their examples ("thương hiệu thời trang như").
const BRAND_KIND_WORDS = [
  'mạo', 'hiểm', 'chăm', 'sóc', 'lông', 'thú', 'y', 'thời', 'trang', 'mỹ', 'làm', 'đẹp', 'bán', 'lẻ', 'công', 'nghệ',
  'cà', 'phê', 'spa', 'xe', 'hơi', 'ô', 'tô', 'điện', 'thoại', 'sữa', 'sức', 'phần', 'mềm', 'trò', 'chơi', 'nổi', 'tiếng',
  'quần', 'áo', 'giày', 'túi', 'xách', 'đồng', 'hồ', 'cao', 'cấp', 'xa', 'xỉ', 'như',
  // Energy, finance, media and arms: "Công ty dịch vụ năng lượng Baker Hughes", "tập đoàn tài chính".
  'năng', 'lượng', 'tài', 'chính', 'bảo', 'viễn', 'thông', 'truyền', 'giải', 'trí', 'quảng', 'cáo',
  'vấn', 'chứng', 'khoán', 'tử', 'đồ', 'vũ', 'quốc', 'phòng', 'mạng', 'di',
];

const FIRM_KIND_WORDS = new Set([
  'tư', 'nhân', 'tnhh', 'cổ', 'phần', 'cp', 'mtv', 'một', 'thành', 'viên', 'in', 'thương', 'mại', 'dịch', 'vụ',
  'sản', 'xuất', 'xây', 'dựng', 'vận', 'tải', 'du', 'lịch', 'đầu', 'kinh', 'doanh', 'nhập', 'khẩu',
  'phát', 'triển', 'chế', 'biến', 'thực', 'phẩm', 'dược', 'cơ', 'khí', 'may', 'mặc', 'nội', 'thất', 'bất',
  'động', 'xăng', 'dầu', 'vàng', 'bạc', 'đá', 'quý', 'vật', 'liệu', 'thủy', 'hải', 'nông', 'lâm', 'gỗ',
  ...BRAND_KIND_WORDS,
]);

// A brand's face or ambassador, "of" the brand: "gương mặt đại diện trên toàn thế giới của Giorgio Armani".
const FACE_OF_BRAND = /(?:gương mặt đại diện|gương mặt quảng cáo|đại sứ thương hiệu)(?: [\p{Ll}\p{M}]+){0,5} của\s*$/u;

/** True when the name at `index` ends "gương mặt đại diện … của": a brand's name, not a person's. */
function isFaceOfBrand(text: string, index: number): boolean {
  return FACE_OF_BRAND.test(text.slice(Math.max(0, index - 80), index).split(/[,.;:!?()“”"\n]/u).pop() ?? '');
}

/** True when the name at `index` follows a firm word and nothing but words of its kind and trade ("doanh nghiệp tư nhân in"). */
function isAfterFirmKind(text: string, index: number): boolean {
  const words = previousWords(text, index, 10).split(' ');
  let kept = words.length;
  while (kept > 0 && FIRM_KIND_WORDS.has(words[kept - 1])) kept--;
  // At least one trade word skipped: a firm word right before the name is NON_PERSON_WORDS' case.
  return kept < words.length && kept > 0 && endsWithAny(words.slice(0, kept).join(' '), FIRM_HEADS);
}

/** True when `name` follows a firm word and its trade words somewhere, and never an honorific ("ông", "bà"). */
function everAfterFirmKindNoHonorific(text: string, name: string): boolean {
  const offsets = mentionOffsets(text, name);
  return !offsets.some((at) => endsWithAny(previousWords(text, at, 3), HONORIFICS)) && offsets.some((at) => isAfterFirmKind(text, at));
}

// A school by its kind, spelled out or abbreviated, maybe gifted or boarding: "Trường trung học phổ thông
// chuyên", "trường THCS", "Trường phổ thông dân tộc nội trú", "Trường cao đẳng". Not "thị trường", "môi trường".
const SCHOOL_BEFORE_NAME = new RegExp(
  String.raw`(?:^| )(?<!(?:thị|môi|hiện|chiến|lập|hậu) )trường (?:thpt|thcs|ptth|ptcs|pt|trung học(?: phổ thông| cơ sở)?|phổ thông(?: dân tộc)?(?: nội trú| bán trú)?|`
  + String.raw`dân tộc (?:nội|bán) trú|tiểu học|mầm non|cao đẳng|đại học|trung cấp)(?: (?:chuyên|năng khiếu|quốc tế|dân lập|tư thục|công lập|bán công))? $`,
  'u',
);

// Sites and landmarks whose names follow, maybe in a list: "hai di tích", "khu du lịch quốc gia", "bán đảo".
const SITE_HEADS = /(?:^| )(?:di tích(?: lịch sử)?(?: quốc gia)?(?: đặc biệt)?|khu du lịch(?: quốc gia)?|kdl|khu nghỉ dưỡng|bán đảo|bãi biển|eo biển|vườn quốc gia|danh thắng|thắng cảnh)(?= )/gu;

// What may stand between a site word and the name: nothing, or the list's earlier items and their
// separators ("di tích Hoàng Thành Thăng Long và Văn Miếu", "Văn Miếu - Quốc Tử Giám").
const SITE_ITEMS_BEFORE = /^(?:(?: \p{Lu}[\p{L}\p{M}]*)+(?:,| và| [-–]))* $/u;

/** True when the name at `index` follows a school's kind or a site word, or items of a list it heads. */
function isAfterSchoolOrSite(text: string, index: number): boolean {
  const sentence = ` ${(text.slice(Math.max(0, index - 100), index).split(/[.;:!?()“”"\n]/u).pop() ?? '').replace(/\s+/gu, ' ')}`;
  const lower = sentence.toLowerCase();
  if (SCHOOL_BEFORE_NAME.test(lower.slice(lower.lastIndexOf(',') + 1).replace(/^(?! )/u, ' '))) return true;
  const heads = [...lower.matchAll(SITE_HEADS)];
  const last = heads[heads.length - 1];
  return last !== undefined && lower.length === sentence.length && SITE_ITEMS_BEFORE.test(sentence.slice((last.index ?? 0) + last[0].length));
}

/** True when some mention of `name` follows a school's kind or a site word, and none an honorific ("ông", "thầy"). */
function everAfterSchoolOrSiteNoHonorific(text: string, name: string): boolean {
  const offsets = mentionOffsets(text, name);
  return offsets.some((at) => isAfterSchoolOrSite(text, at)) && !offsets.some((at) => endsWithAny(previousWords(text, at, 3), HONORIFICS));
}

/** True when some mention of `name` comes after a place or institution word ("thành phố Nam Kinh"). */
export function everNamedAsPlace(text: string, name: string): boolean {
  for (const at of mentionOffsets(text, name)) {
    const before = previousWords(text, at, 4);
    if (endsWithNonPersonCue(before, NON_PERSON_OR_LOCATIVE) || endsWithNonPersonCue(before, PLACE_CUE_WORDS)) return true;
  }
  return false;
}

// A list separator before or after a mention: "Đức Chinh và Thanh Bình", "Ô Chợ Dừa, Đống Đa", "Kon Plông (Kon Tum)"
// (after a mention an opening bracket too).
const LIST_SEPARATOR = String.raw`(?:,|;|\svà|\s[-–])`;
const LIST_SEPARATOR_OR_BRACKET = String.raw`(?:,|;|\svà|\s[-–]|\s\()`;
const SEPARATOR_BEFORE = new RegExp(String.raw`${LIST_SEPARATOR}\s+$`, 'u');
const SEPARATOR_AFTER = new RegExp(String.raw`^${LIST_SEPARATOR_OR_BRACKET}\s*`, 'u');
// A capitalised word (maybe with its bracket closed) right before a separator, or right after one.
const CAPITALISED_BEFORE_SEPARATOR = new RegExp(String.raw`\p{Lu}[\p{L}\p{M}]*\)?\s*${LIST_SEPARATOR}\s+$`, 'u');
const CAPITALISED_AFTER_SEPARATOR = new RegExp(String.raw`^${LIST_SEPARATOR_OR_BRACKET}\s*\p{Lu}`, 'u');
// A preposition of place or of going right before a mention: "về đến Phan Rang", "ở Hương Sơn".
const LOCATIVE_BEFORE = /(?:^|\s)(?:ở|tại|đến|tới)\s+$/u;

const GIVEN_NAMES_OF_A_TEAM = 3;

/** True for a two-syllable Vietnamese name without a family name ("Đức Chinh", not "Lê Hải"). */
function isGivenNameOnly(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && !isSurname(words[0]) && words.every(isVietnameseSyllable);
}

/**
 * True when an uncued district name is the district in this article: some mention stands in a
 * list or an address beside another capitalised name that is no person ("Ô Chợ Dừa, Đống Đa",
 * "Phan Rang - Tháp Chàm", "Kon Plông (Kon Tum)"), and no mention reads as a person's: no verb of
 * saying after it, no person beside it ("Đức Chinh và Thanh Bình"), no longer name of the article
 * ending with it (a footballer's "Đinh Thanh Bình"), no team sheet of given names around it. A
 * preposition of place before a mention makes it the district too ("đến Phan Rang").
 */
function isDistrictInText(text: string, name: string, names: ReadonlySet<string>): boolean {
  for (const other of names) if (other !== name && other.endsWith(` ${name}`)) return false;
  // Another district beside it makes a list of districts ("Lê Chân và Ngô Quyền"), not of people.
  const others = [...names].filter((n) => n !== name && !isDistrictName(n));
  const offsets = mentionOffsets(text, name);
  const afterLocative = offsets.some((at) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 10), at)));
  // A team sheet or a match report calls several people by their given names alone ("Tiến Dũng", "Đức Chinh"),
  // though not one that travels "đến Phan Rang".
  if (!afterLocative && others.filter(isGivenNameOnly).length >= GIVEN_NAMES_OF_A_TEAM) return false;
  let besidePlace = afterLocative;
  for (const at of offsets) {
    const end = at + name.length;
    if (isFollowedBySpeechVerb(text, end)) return false;
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(end, end + 40);
    const sepBefore = SEPARATOR_BEFORE.exec(before);
    const sepAfter = SEPARATOR_AFTER.exec(after);
    if (others.some((o) => (sepBefore !== null && before.slice(0, sepBefore.index).endsWith(o))
      || (sepAfter !== null && after.slice(sepAfter[0].length).startsWith(o)))) return false;
    besidePlace ||= CAPITALISED_BEFORE_SEPARATOR.test(before) || CAPITALISED_AFTER_SEPARATOR.test(after);
  }
  return besidePlace;
}
