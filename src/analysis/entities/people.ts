/**
 * People named in an article: full names found by the family-name rule on capitalised runs
 * (with NER and context for foreign and given-only names), their roles, their mention counts.
 */
import type { PersonEntity } from '../../types';
import type { NerToken } from '../nlp';
import { AMBIGUOUS_PLACES, canonicalPlace, placeAt } from './gazetteer';
import { DESCRIPTORS_BEFORE_IS, HONORIFICS } from './roles';
import { endsWithRoleHead, roleAfter, roleBefore, withoutNames } from './role-phrases';
import {
  hasEnglishNounSuffix,
  isBrandWord,
  isKoreanGivenName,
  isNameParticle,
  isParticleSurname,
  isParticleWord,
  opensWithTitleArticle,
  splitGluedFunctionWords,
  splitGluedNames,
  wordsNextToModelCodes,
} from './foreign-names';
import { isCommonNounPhrase, isNewspaperTitle, isRegionName } from './non-person-names';
import { isCommaGap, isDashGap, isInsideBrackets, isListGap, listGoesOn } from './name-lists';
import { COMPOUND_SURNAMES, MIDDLE_NAME_SURNAMES, isSurname } from './surnames';
import { hasVietnameseMarks, isVietnameseLikeSyllable, isVietnameseSyllable } from './syllables';

import {
  alignNer,
  endsWithAny,
  firstRowNotBefore,
  isCapitalised,
  isSentenceInitial,
  nerLabelOf,
  wordTokens,
  type AlignedNerToken,
  type WordToken,
} from './text-units';

/** Options of {@link extractPeople}. */
export interface PeopleOptions {
  /** Names not to report as people (the article's author, taken from the byline). */
  exclude?: readonly string[];
}

const MAX_NAME_SYLLABLES = 4;

// Words right before a name that make it a place, street, school or ideology, not a person
// ("đường Lê Lợi", "tư tưởng Hồ Chí Minh", "Trường THPT Nguyễn Du").
const NON_PERSON_CONTEXT = new Set([
  'đường', 'phố', 'tp', 'tp.', 'thành phố', 'quận', 'huyện', 'xã', 'phường', 'thị trấn', 'thị xã',
  'trường', 'tư tưởng', 'phong cách', 'lăng', 'cầu', 'chợ', 'bến', 'cảng', 'khu', 'tượng đài',
  'bảo tàng', 'công viên', 'giải', 'cúp', 'tàu', 'phim', 'bộ phim', 'sách', 'cuốn', 'tác phẩm',
  'bài hát', 'ca khúc', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'đại lộ', 'quảng trường', 'thôn', 'ấp',
  'làng', 'xóm', 'núi', 'sông', 'hồ', 'đảo', 'vịnh', 'đèo', 'tỉnh', 'khách sạn', 'nhà hàng',
  'công ty', 'tập đoàn', 'hãng', 'thương hiệu', 'dự án', 'chung cư', 'tòa nhà', 'học viện',
  'đại học', 'bệnh viện', 'đạo đức', 'tấm gương', 'đền', 'chùa', 'đình', 'miếu', 'nhà thờ',
  'di tích', 'thpt', 'thcs', 'tiểu học', 'mầm non', 'tnCS', 'tncs', 'tntp', 'đội', 'đoàn',
  'huân chương', 'giải thưởng', 'quỹ', 'sân', 'sân vận động', 'nhà thi đấu', 'trung tâm',
  'thủy điện', 'nhà máy', 'mỏ', 'khu công nghiệp', 'cụm công nghiệp', 'ga', 'sân bay', 'kênh', 'rạch', 'mương', 'lộ', 'tuyến', 'quốc lộ', 'tỉnh lộ', 'nút giao',
  'vòng xoay', 'bùng binh', 'ngã ba', 'ngã tư', 'ngã năm', 'ngã sáu', 'hầm', 'cửa khẩu', 'danh thắng', 'cáp treo',
  'khu vực',
  // Villages of the Central Highlands: "buôn Cuôr, Cuôr Tắk và Dơng Yang", "plei Ơp".
  'buôn', 'plei',
  // Firms and cooperatives named after their owners: "doanh nghiệp Xuân Trường", "HTX … Huy Duy Khánh".
  'doanh nghiệp', 'hợp tác xã', 'htx',
  // Ships named after people: "tàu sân bay Carl Vinson", "khu trục hạm Arleigh Burke".
  'tàu sân bay', 'tàu khu trục', 'tàu ngầm', 'chiến hạm', 'khu trục hạm', 'tuần dương hạm', 'hàng không mẫu hạm',
  // Warships by class, and groups of them: "tàu đổ bộ Georgiy Pobedonosets", "các nhóm tàu Ronald Reagan".
  'tàu đổ bộ', 'tàu hộ vệ', 'tàu tuần tra', 'tàu tuần dương', 'tàu chiến', 'nhóm tàu', 'nhóm tác chiến',
  // Hospitals by their abbreviation: "BV Bạch Mai", "BV Chợ Rẫy".
  'bv', 'bvđk',
  // Navies' ship prefixes, read as a word before the ship's name: "USS Carl Vinson", "HMS Queen Elizabeth".
  'uss', 'hms',
  // Films by genre: "bom tấn cổ trang Hoàng Kim Giáp" (not "bom tấn", also "bom tấn Châu Tinh Trì", a director's).
  'cổ trang', 'phim truyền hình',
  // Guesthouses and parks named after people or with given-name-like names: "nhà nghỉ Hải Anh",
  // "Vườn quốc gia Greater Kruger".
  'nhà nghỉ', 'nhà trọ', 'vườn quốc gia', 'khu bảo tồn',
  // Gifted schools named after people: "Trường THPT chuyên Trần Đại Nghĩa", "trường chuyên Lê Hồng Phong".
  'thpt chuyên', 'thcs chuyên', 'trường chuyên', 'ptth chuyên',
]);

// Heads of lists of streets and landmarks: every item of "các tuyến đường như Đường Láng, Nguyễn
// Trãi, Trần Phú" is a street, full names included.
const STREET_HEADS = new Set([
  'đường', 'phố', 'tuyến đường', 'tuyến phố', 'đại lộ', 'vòng xoay', 'ngã tư', 'ngã ba', 'quảng trường', 'cầu',
  'hẻm', 'ngõ', 'trường', 'chợ', 'xa lộ',
]);

// Names that are also places or institutions: a person only with a role or honorific before.
// "Lầu Năm" opens "Lầu Năm góc", the Pentagon.
const NEEDS_PERSON_CONTEXT = new Set(['Hồ Chí Minh', 'Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ', 'Quang Trung', 'Lầu Năm']);

// A few words that introduce the leader by an epithet ("Bác Hồ", "Người").
const PERSON_EPITHETS = new Set(['bác', 'người', 'chủ tịch', 'lãnh tụ', 'hồ chủ tịch']);
// The same cue lists as arrays for endsWithAny, built once (not per candidate name).
const PERSON_EPITHET_LIST = [...PERSON_EPITHETS];
const NON_PERSON_CONTEXT_LIST = [...NON_PERSON_CONTEXT];
const NON_PERSON_OR_LOCATIVE = [...NON_PERSON_CONTEXT, 'tại', 'ở'];
const STREET_HEAD_LIST = [...STREET_HEADS];

// Honorifics that are also given names: stripped in capitals only where a sentence starts.
const HONORIFIC_GIVEN_NAMES = new Set(['Anh', 'Em', 'Nguyên']);

// Capitalised words that open institution names, never a given name ("Thủ tướng Chính phủ").
const INSTITUTION_WORDS = new Set([
  'Chính', 'Quốc', 'Nhà', 'Bộ', 'Sở', 'Ủy', 'Ban', 'Hội', 'Liên', 'Tổng', 'Cục', 'Viện', 'Trường',
  'Bệnh', 'Ngân', 'Tỉnh', 'Thành', 'Huyện', 'Xã', 'Phường', 'Đảng', 'Trung', 'Văn', 'Đại', 'Học',
  'Tòa', 'Quân', 'Cảnh', 'Công', 'Mặt', 'Đoàn', 'Hợp', 'Tập', 'Phòng', 'Chi', 'Cơ', 'Thường',
  'Báo', 'Đài', 'Câu', 'Hiệp', 'Ủy', 'Uỷ', 'Hội', 'Trạm', 'Đồn', 'Lữ', 'Sư', 'Tiểu', 'Đội',
  'Thủ', 'Phó', 'Chủ', 'Giám', 'Bí', 'Hải', 'Không', 'Biên', 'Vụ', 'Kho', 'Quỹ', 'Giải', 'Cúp', 'Khu', 'Khoa',
  'Chánh', 'Trưởng',
  // Teams and posts: "Tổ trưởng Tổ Thẩm định …", "Tổ công tác".
  'Tổ',
]);

// Ministries and bodies written in capitals after a role, which read like given names
// ("Bộ trưởng Công Thương", "Chủ nhiệm Văn Phòng").
const INSTITUTIONS_IN_CAPITALS = new Set([
  'Công Thương', 'Công An', 'Công Đoàn', 'Văn Phòng', 'Văn Hóa', 'Văn Hoá', 'Quốc Phòng', 'Quốc Hội', 'Trung Ương',
  'Thành Đoàn', 'Thành Ủy', 'Thành Uỷ', 'Hải Quan', 'Đại Học', 'Công Nghệ', 'Quốc Tế', 'Thành Phố',
]);

// Institution words that are also first syllables of given names ("Văn Thanh", "Công Phượng").
const GIVEN_NAME_WORDS = new Set(['Văn', 'Công', 'Quốc', 'Thành', 'Trung', 'Đại', 'Hải']);

// Single letters that are whole syllables of ethnic-minority names ("Giàng A Sạ", "Hờ Y Pơ"),
// taken inside a name only, never last (there a letter is an initial: "Nguyễn Văn A").
const NAME_LETTERS = new Set(['A', 'Y']);

/**
 * What the item before a run in a list makes of it ({@link isListGap}): 'given' after a person
 * a cue introduces or named without a family name ("trung vệ Văn Khánh, Đình Khương"), 'named'
 * after an uncued full name (a person, or a district that looks like one: its given-only items
 * need the tagger's word), 'street' after a street or landmark, 'fiction' after a film or stage
 * character ("vai mẹ Hoàng Lịch - Lý Kim Quế"), 'other' after another non-person (a district, a
 * group, a club).
 */
type ListKind = 'given' | 'named' | 'street' | 'fiction' | 'other';

/** What a run's context tells {@link personInRun}: its list's kind and the text's brand words. */
interface RunContext {
  list: ListKind | null;
  productWords: ReadonlySet<string>;
}

interface Mention {
  name: string;
  start: number;
  end: number;
  roles: string[];
  /** True when an honorific or a role introduces this mention ("ông", "Tổng thống"). */
  cued: boolean;
  /** 'given' (or 'named', uncued) for a person's name: the list it opens is one of people. */
  listKind?: ListKind;
}

/** People in `text` with roles and mention counts, in order of first mention. */
export function extractPeople(text: string, ner: NerToken[] = [], options: PeopleOptions = {}): PersonEntity[] {
  const tokens = withNameAbbreviations(text, splitGluedNames(text, splitGluedFunctionWords(wordTokens(text))));
  const aligned = alignNer(text, ner);
  const productWords = wordsNextToModelCodes(text, tokens);
  const excluded = new Set((options.exclude ?? []).map((n) => n.toLowerCase()));
  const mentions: Mention[] = [];
  const shortRefs: { syllables: string; start: number }[] = [];
  // `counted`: a count or plural opened the list ("3 xã Kim Hải, Kim Đông, Kim Trung"): each item is one, no apposition.
  let list: { kind: ListKind; end: number; counted: boolean } | null = null;
  for (const run of capitalisedRuns(text, tokens)) {
    const runStart = tokens[run[0]].start;
    const runEnd = tokens[run[run.length - 1]].end;
    // A bracketed note ("Nguyễn Trãi (Thanh Xuân), Trần Phú") neither joins nor breaks the list.
    const bracketed = isInsideBrackets(text, runStart);
    const gap: string = list === null ? '' : text.slice(list.end, runStart);
    let inList: ListKind | null = !bracketed && list !== null && isListGap(gap) ? list.kind : null;
    // After a club or a district a comma may open an apposition ("ở Bayern, Joshua Kimmich"), and
    // so may a dash before a foreign name ("HLV của Real - Zinedine Zidane"; not "Đại Kim - Hoàng
    // Mai"): only an item the list goes on after is taken for one of its items.
    const apposed = isCommaGap(gap) || (isDashGap(gap) && run.some((k) => !isVietnameseSyllable(tokens[k].text)));
    if (inList === 'other' && apposed && !list?.counted && !listGoesOn(text, runEnd)) inList = null;
    const found = personInRun(text, tokens, run, aligned, { list: inList, productWords });
    if (!bracketed) {
      // A person opens (or goes on with) a list of people; a non-person keeps a non-person list going,
      // and so does an uncued name in it ("tuyến phố như Cầu Giấy, Đội Cấn, Tôn Thất Tùng, Khuất Duy Tiến").
      const nonPersonList: boolean = inList !== null && inList !== 'given' && inList !== 'named';
      let kind: ListKind | null | undefined;
      // An uncued full name inside a list of people keeps it one ("Hồng Duy – Lâm Ti Phông, Công Phượng").
      if (found && !('short' in found)) kind = nonPersonList && !found.cued ? inList : (inList === 'given' ? 'given' : found.listKind);
      else kind = inList === 'street' ? 'street' : (nonPersonListKind(text, tokens, run) ?? (nonPersonList ? inList : null));
      const counted: boolean = inList !== null && list !== null ? list.counted : opensCountedList(text, runStart);
      list = kind ? { kind, end: runEnd, counted } : null;
    }
    if (found && 'short' in found) {
      shortRefs.push({ syllables: found.short, start: runStart });
      continue;
    }
    if (!found || excluded.has(found.name.toLowerCase())) continue;
    mentions.push(found);
  }
  const people = mentions.filter((m) => !isRegionName(m.name) && !isNewspaperTitle(m.name, text.slice(Math.max(0, m.start - 8), m.start))
    && !isCommonNounPhrase(m.name, text.slice(m.end, m.end + 20)));
  return mergeMentions(withoutNonPersonNames(text, people), shortRefs);
}

/**
 * Drops the names that no honorific or role ever introduces and that the text somewhere writes
 * after a street, place or company word ("lề đường Nguyễn Tất Thành", "hãng Ipsos Sopra
 * Steria"): a street or a firm whose other mentions lack the cue.
 */
function withoutNonPersonNames(text: string, mentions: Mention[]): Mention[] {
  const cued = new Set(mentions.filter((m) => m.cued).map((m) => m.name));
  const verdict = new Map<string, boolean>();
  const names = new Set(mentions.map((m) => m.name));
  // A name written somewhere as a stop of a route ("Tràng Tiền - Ngô Quyền - Lý Thường Kiệt") is a street's.
  const routeStops = new Set(mentions.filter((m) => isRouteStop(text, m.start, m.end)).map((m) => m.name));
  // A name cast as a role in most of its mentions ("vai diễn nàng Phượng Cửu") is the character's, cued or not.
  return mentions.filter((m) => {
    if (mostlyCastAsRole(text, m.name)) return false;
    if (cued.has(m.name)) return true;
    if (everFollowedByYear(text, m.name) || everDistrictOfStreet(text, m.name)) return false;
    if (isCreditToKnownName(m.name, names) || isTwoKnownSurnames(m.name, names) || routeStops.has(m.name)) return false;
    if (isKnownNameGluedToOpener(text, m.name, names) || isForeignGloss(text, m.name)) return false;
    let keep = verdict.get(m.name);
    if (keep === undefined) {
      keep = !everAfterNonPersonWord(text, m.name) && !isQuotedSomewhere(text, m.name) && !everPlaceOrFirm(text, m.name);
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
 * True for a three-syllable name written once whose first two syllables are another name of the
 * text, standing alone at least twice, and whose last is Vietnamese: a caption's name glued to the
 * sentence after it ("Lý Mạn Thường những mỹ nhân …" beside "Lý Mạn là …", "Lý Mạn thủ vai …"; not
 * "Sir Alex Ferguson" beside "Sir Alex").
 */
function isKnownNameGluedToOpener(text: string, name: string, names: ReadonlySet<string>): boolean {
  const cut = name.lastIndexOf(' ');
  const short = name.slice(0, cut);
  if (cut < 0 || name.split(' ').length !== 3 || !names.has(short) || !isVietnameseSyllable(name.slice(cut + 1))) return false;
  const at = text.indexOf(name);
  if (text.indexOf(name, at + name.length) >= 0 || !/^ \p{Ll}/u.test(text.slice(at + name.length, at + name.length + 2))) return false;
  // The short name stands alone at least twice (not once, as a misspelt "Võ Quang hòa" beside "Võ Quang Thuận").
  let alone = 0;
  for (let k = text.indexOf(short); k >= 0 && alone < 2; k = text.indexOf(short, k + short.length)) {
    if (!/^ ?\p{Lu}/u.test(text.slice(k + short.length, k + short.length + 2))) alone++;
  }
  return alone >= 2;
}

// Words after a firm's name ("Hong Leong Group", "Lee Kum Kee Holdings"), never after a person's.
const FIRM_TAILS = new Set(['Group', 'Bank', 'Holdings', 'Holding', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Company', 'Securities', 'Airlines', 'Motors']);
const NEXT_CAPITALISED_WORD = /^ (\p{Lu}[\p{L}\p{M}]*)/u;

/**
 * True when some mention of `name` is a firm's name ("(Hong Leong Group, …)") or a place of an
 * address ("ở Siem Reap, Campuchia"): the other, uncued mentions are the firm's or the place's.
 */
function everPlaceOrFirm(text: string, name: string): boolean {
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 20; at = text.indexOf(name, at + name.length), seen++) {
    const end = at + name.length;
    const next = NEXT_CAPITALISED_WORD.exec(text.slice(end, end + 20));
    if (next !== null && FIRM_TAILS.has(next[1])) return true;
    if (endsWithAny(previousWords(text, at, 1), ['ở', 'tại']) && isFollowedByPlace(text, end)) return true;
  }
  return false;
}

/**
 * True when at least half the mentions of `name` follow a role cue ("vai diễn nàng Phượng Cửu"): a character,
 * however else it is cued; not an actress named often, once after "một vai diễn" ("vai diễn Thân Thúy Hà tiếp tục …").
 */
function mostlyCastAsRole(text: string, name: string): boolean {
  let mentions = 0;
  let asRole = 0;
  for (let at = text.indexOf(name); at >= 0 && mentions < 20; at = text.indexOf(name, at + name.length), mentions++) {
    if (isCharacterCue(previousWords(text, at, 4))) asRole++;
  }
  return asRole > 0 && asRole * 2 >= mentions;
}

// A year right after a name, not a date's or a code's part: an event's edition ("Roland Garros 2017").
const YEAR_AFTER = /^ (?:19|20)\d\d(?![\d\/.,]\d)/u;

// Words before an event's name: "tại Roland Garros 1978", "vô địch Wimbledon 2017" (not a caption's birth year,
// "Enzo Zidane 1995", nor a fan meeting's title, "Meet and Greet Diệu Nhi 2017").
const EVENT_CUES = ['tại', 'ở', 'vô địch', 'chung kết', 'danh hiệu', 'chức vô địch', 'mùa giải', 'kỳ', 'phiên bản'];

/** True when some mention of `name` after a venue or title cue is followed by a year: a tournament named after a person. */
function everFollowedByYear(text: string, name: string): boolean {
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 20; at = text.indexOf(name, at + name.length), seen++) {
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
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 20; at = text.indexOf(name, at + name.length), seen++) {
    const note = PLACE_BEFORE_NOTE.exec(text.slice(Math.max(0, at - 60), at));
    if (!note || (note[2] === '(' ? text[at + name.length] !== ')' : !twoSyllables)) continue;
    // After a dash only a street's or a school's, not a team's ("đội Cẩm Ly - Đại Nghĩa", two coaches).
    if (endsWithNonPersonCue(note[1].toLowerCase(), note[2] === '(' ? NON_PERSON_CONTEXT_LIST : STREETS_AND_SCHOOLS)) return true;
  }
  return false;
}

/** True when the text also cites `words` after a lower-case "theo" ("cũng theo L’Equipe"): "Theo" before them is "according to", not Theo. */
function citedAsSource(text: string, words: readonly string[]): boolean {
  return words.length > 0 && text.includes(` theo ${words.join(' ')}`);
}

/** True when `name` stands somewhere alone between quotes ("minh tinh 'Hoàng Kim Giáp'"): a title's name. */
function isQuotedSomewhere(text: string, name: string): boolean {
  return text.includes(`“${name}”`) || text.includes(`"${name}"`) || text.includes(`'${name}'`) || text.includes(`‘${name}’`);
}

// A stop of a route: words of which the first is capitalised (dots allowed: "TP.HCM"), at most five.
const ROUTE_STOP = String.raw`\p{Lu}[\p{L}\p{M}.]*(?: [\p{L}\p{M}\d]+){0,4}`;
const STOPS_BEFORE = new RegExp(`(?:${ROUTE_STOP} [-–—] )+$`, 'u');
const STOPS_AFTER = new RegExp(`^(?: [-–—] ${ROUTE_STOP})+`, 'u');
const SPACED_DASH = / [-–—] /gu;
// What introduces a route: "lộ trình", "tuyến", "chạy từ", "đi qua" …
const ROUTE_CUE = /(?:lộ trình|hành trình|tuyến|đường|phố|chạy|đi qua|đi từ|xuất phát)/iu;
// A road named by its two ends, right before them: "cao tốc TP.HCM - Trung Lương", "đường ô tô Tân Vũ - Lạch Huyện".
const ROAD_BEFORE_ENDS = /(?:^|\s)(?:cao tốc|đường ô tô|đường sắt|quốc lộ|xa lộ|tuyến đường|tuyến)\s+$/iu;

/**
 * True when the name at [start, end) is one of three or more stops joined by spaced dashes after
 * a route word ("Lộ trình … chạy từ Nhà hát lớn - Tràng Tiền - Ngô Quyền - …").
 */
function isRouteStop(text: string, start: number, end: number): boolean {
  const dashBefore = / [-–—] $/u.test(text.slice(Math.max(0, start - 3), start));
  const dashAfter = /^ [-–—] /u.test(text.slice(end, end + 3));
  if (!dashBefore && !dashAfter) return false;
  const before = dashBefore ? STOPS_BEFORE.exec(text.slice(Math.max(0, start - 240), start)) : null;
  const after = dashAfter ? STOPS_AFTER.exec(text.slice(end, end + 240)) : null;
  const stops = 1 + (before?.[0].match(SPACED_DASH)?.length ?? 0) + (after?.[0].match(SPACED_DASH)?.length ?? 0);
  if (stops < 2) return false;
  const chainStart = start - (before?.[0].length ?? 0);
  const lead = text.slice(Math.max(0, chainStart - 120), chainStart).split(/[.!?\n]/u).pop() ?? '';
  // Two stops only when the road word comes right before them (not "trận Nguyễn A - Trần B").
  return stops === 2 ? ROAD_BEFORE_ENDS.test(lead) : ROUTE_CUE.test(lead);
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
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 20; at = text.indexOf(name, at + name.length), seen++) {
    if (endsWithNonPersonCue(previousWords(text, at, 4), NON_PERSON_WORDS) || isAfterFirmKind(text, at)) return true;
  }
  return false;
}

// Firms, and the words of their kind and trade that may come between them and the firm's name
// ("Doanh nghiệp tư nhân in Hà Phát", "công ty TNHH thương mại dịch vụ Minh Long").
const FIRM_HEADS = ['doanh nghiệp', 'công ty', 'dntn', 'cơ sở', 'cửa hàng', 'hợp tác xã', 'htx', 'tập đoàn', 'xưởng', 'nhà máy'];
const FIRM_KIND_WORDS = new Set([
  'tư', 'nhân', 'tnhh', 'cổ', 'phần', 'cp', 'mtv', 'một', 'thành', 'viên', 'in', 'thương', 'mại', 'dịch', 'vụ',
  'sản', 'xuất', 'xây', 'dựng', 'vận', 'tải', 'du', 'lịch', 'đầu', 'kinh', 'doanh', 'nhập', 'khẩu',
  'phát', 'triển', 'chế', 'biến', 'thực', 'phẩm', 'dược', 'cơ', 'khí', 'may', 'mặc', 'nội', 'thất', 'bất',
  'động', 'xăng', 'dầu', 'vàng', 'bạc', 'đá', 'quý', 'vật', 'liệu', 'thủy', 'hải', 'nông', 'lâm', 'gỗ',
]);

/** True when the name at `index` follows a firm word and nothing but words of its kind and trade ("doanh nghiệp tư nhân in"). */
function isAfterFirmKind(text: string, index: number): boolean {
  const words = previousWords(text, index, 10).split(' ');
  let kept = words.length;
  while (kept > 0 && FIRM_KIND_WORDS.has(words[kept - 1])) kept--;
  // At least one trade word skipped: a firm word right before the name is NON_PERSON_WORDS' case.
  return kept < words.length && kept > 0 && endsWithAny(words.slice(0, kept).join(' '), FIRM_HEADS);
}

// A clause about streets ending in a colon, before the list of them: "nhiều tuyến đường ngập nặng: Nguyễn Xí, …".
const STREETS_BEFORE_COLON = /(?:tuyến đường|tuyến phố|các đường|các phố|con đường|các ngả đường|các tuyến)[^.!?\n:]{0,60}:\s*$/iu;

/** True when the run at `start` opens a list after a colon that closes a clause about streets. */
function opensStreetListAfterColon(text: string, start: number): boolean {
  return STREETS_BEFORE_COLON.test(text.slice(Math.max(0, start - 120), start));
}

/** 'street' or 'other' when the run opens a list of non-people ("Đường Láng", "huyện Ea Súp", "Nhóm Maute"), else null. */
function nonPersonListKind(text: string, tokens: WordToken[], run: number[]): ListKind | null {
  const syl = run.map((i) => tokens[i].text);
  const lead = syl.slice(0, 2).map((w) => w.toLowerCase());
  // "5 thành phố là El Jadida, Settat, …": the word that introduces the items is not the head.
  const before = previousWords(text, tokens[run[0]].start, 4).replace(ITEMS_INTRO, '');
  const heads = [before, `${before} ${lead[0]}`, `${before} ${lead.join(' ')}`];
  if (isCharacterCue(before)) return 'fiction';
  if (opensStreetListAfterColon(text, tokens[run[0]].start)) return 'street';
  // "thành phố" (city) ends in "phố" (street) but heads a list of cities.
  if (heads.some((h) => endsWithNonPersonCue(h, STREET_HEAD_LIST) && !endsWithAny(h, ['thành phố']))) return 'street';
  if (heads.some((h) => endsWithNonPersonCue(h, NON_PERSON_CONTEXT_LIST) || endsWithNonPersonCue(h, PLACE_CUE_WORDS))) return 'other';
  return syl.some(isForeignNonNameWord) ? 'other' : null;
}

// Words between a list's head and its first item: "các thành phố như", "5 thành phố là".
const ITEMS_INTRO = / (?:là|như|gồm|gồm có|bao gồm)$/u;

// A number or plural marker before a place or group word: "3 xã", "các tỉnh", "5 thành phố là".
const COUNTED_HEAD = /(?:^|\s)(?:\d+|các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (\p{Ll}[\p{Ll}\p{M}]*(?: \p{Ll}[\p{Ll}\p{M}]*)?)(?: (?:là|như|gồm))?$/u;

/** True when a counted or plural place or group word introduces the run ("3 xã Kim Hải"): a list of several such items. */
function opensCountedList(text: string, runStart: number): boolean {
  const head = COUNTED_HEAD.exec(previousWords(text, runStart, 5))?.[1];
  return head !== undefined && (endsWithNonPersonCue(head, NON_PERSON_CONTEXT_LIST) || endsWithNonPersonCue(head, PLACE_CUE_WORDS));
}

// Capitalised words that open a sentence and are never part of a name: inside a run they mark
// where two sentences ran together ("Ca sĩ Uyên Linh Theo tường trình", "Mobileye Theo Reuters").
const RUN_BREAKERS = new Set([
  'Theo', 'Sau', 'Trong', 'Khi', 'Tại', 'Nhưng', 'Nếu', 'Để', 'Với', 'Các', 'Những', 'Ảnh', 'Xem', 'Đây', 'Đó', 'Họ',
  'Còn', 'Người', 'Trước', 'Nên', 'Một',
]);

// Abbreviations written with a stop inside a full name: "Jose Sta. Romana", "St. John".
const NAME_ABBREVIATIONS = new Set(['Sta', 'St']);

/**
 * Tokens with the stop kept on a name abbreviation followed by a capitalised word ("Sta." of "Jose
 * Sta. Romana"), and on a middle initial between two foreign words ("J." of "Anthony J. Santino").
 */
function withNameAbbreviations(text: string, tokens: WordToken[]): WordToken[] {
  return tokens.map((t, k) => {
    const next = tokens[k + 1];
    if (!next || text.slice(t.end, next.start) !== '. ' || !isCapitalised(next.text)) return t;
    if (!NAME_ABBREVIATIONS.has(t.text) && !isMiddleInitial(text, tokens, k)) return t;
    return { text: `${t.text}.`, start: t.start, end: t.end + 1 };
  });
}

/** True for a one-letter token between two foreign capitalised words, the first right before it ("Anthony J. Santino"). */
function isMiddleInitial(text: string, tokens: WordToken[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // Not "A" or "I", which end league and class names and numerals ("Serie A. Bulut …").
  if (!/^[B-HJ-Z]$/.test(tokens[k].text) || !prev || text.slice(prev.end, tokens[k].start) !== ' ') return false;
  const foreign = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isVietnameseSyllable(w);
  return foreign(prev.text) && foreign(next.text);
}

/** True for a middle initial kept with its stop ("J."): a name syllable, not an abbreviation. */
function isMiddleInitialWord(word: string, k: number, n: number): boolean {
  return /^[A-Z]\.$/.test(word) && k > 0 && k < n - 1;
}

/** Index lists of consecutive capitalised syllables separated only by spaces. */
function capitalisedRuns(text: string, tokens: WordToken[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The breaker itself starts no run: "Theo Reuters" after a name is a credit, not a person.
    if (run.length > 0 && RUN_BREAKERS.has(t.text)) {
      runs.push(run);
      run = [];
      continue;
    }
    const particle = run.length > 0 && !isVietnameseSyllable(tokens[run[run.length - 1]].text)
      && isNameParticle(t.text, tokens[i + 1], text.slice(t.end, tokens[i + 1]?.start ?? t.end));
    if (!isCapitalised(t.text) && !particle && !t.text.endsWith('.')) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const prev = run.length ? tokens[run[run.length - 1]] : null;
    if (prev && !/^ +$/.test(text.slice(prev.end, t.start))) {
      runs.push(run);
      run = [];
    }
    run.push(i);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The person a capitalised run names, `{ short }` for an honorific + given name ("ông Kiên"), or null. */
function personInRun(
  text: string,
  tokens: WordToken[],
  run: number[],
  ner: AlignedNerToken[],
  context: RunContext,
): Mention | { short: string } | null {
  const syl = run.map((i) => tokens[i].text);
  const start = (k: number) => tokens[run[k]].start;
  // Capitalised honorifics opening a sentence: "Ông Nguyễn Thiện Phú". Mid-sentence, "Anh",
  // "Em" and "Nguyên" in capitals are given names ("tiền vệ Anh Tài", "ca sĩ Nguyên Lộc").
  const opensSentence = isSentenceInitial(text, start(0));
  let from = 0;
  // An honorific that opens a known place is the place's ("Bà Rịa", "Bà Chiểu", "Bà Điểm").
  while (from < syl.length - 1 && HONORIFICS.includes(syl[from].toLowerCase())
    && (opensSentence || from > 0 || !HONORIFIC_GIVEN_NAMES.has(syl[from])) && (placeAt(syl, from)?.length ?? 0) < 2) from++;
  const end = (k: number) => tokens[run[k]].end;
  // "Văn phòng luật sư Nguyễn Anh": a law office named after its founder ("luật sư" is no person cue there).
  if (text.slice(Math.max(0, start(0) - 10), start(0)).includes('uật') && endsWithAny(previousWords(text, start(0), 4), LAW_OFFICE_HEADS)) return null;

  let consumed = true; // every syllable before i is an honorific or a known place
  for (let i = from; i < syl.length; i++) {
    const place = placeAt(syl, i);
    if (place && !(place.length === 1 && AMBIGUOUS_PLACES.has(place.canonical) && isSurname(syl[i]))) {
      if (!(place.length === 1 && AMBIGUOUS_PLACES.has(syl[i]) && i > from)) {
        i += place.length - 1;
        continue;
      }
    }
    const compound = COMPOUND_SURNAMES.includes(`${syl[i]} ${syl[i + 1] ?? ''}`);
    // A family name that is more often a middle name ("Lê Phi Long", "Nguyễn Tất Thành") opens a name only at the run's start.
    if ((!isSurname(syl[i]) || (MIDDLE_NAME_SURNAMES.has(syl[i]) && i > from)) && !compound) {
      consumed = false;
      continue;
    }
    let last = syl.length - 1;
    // A place glued after the name ("Nguyễn Văn A Hà Nội") is not part of it; after two syllables
    // it ends a club's or a firm's name ("Hoàng Anh Gia Lai", "Sông Lam Nghệ An").
    let gluedPlace = false;
    for (let k = i + 2; k <= last; k++) {
      const tail = placeAt(syl, k);
      if (tail && k + tail.length - 1 === last && tail.length > 1) {
        gluedPlace = k === i + 2;
        last = k - 1;
        break;
      }
    }
    if (gluedPlace) {
      consumed = false;
      continue;
    }
    last = withoutGluedTail(syl, i, last, start, end, ner);
    // A caption repeating the name glued to it: "Mai Hường Mai Hường".
    if (last - i === 3 && syl[i] === syl[i + 2] && syl[i + 1] === syl[i + 3]) last = i + 1;
    // A family-name syllable before a place ("Từ Đà Nẵng", "Đoàn Việt Nam") or before a club,
    // brand or title word ("La Liga", "Trang Daily Mail") is no person's name.
    const restPlace = placeAt(syl, i + 1);
    const opening = `${syl[i]} ${syl[i + 1] ?? ''}`.toLowerCase();
    // A foreign one-word country after it too ("Đại Sứ Quan Israel"; not "Lê Anh", "Hồ Đức").
    const foreignCountryAfter = restPlace !== null && restPlace.length === 1 && last === i + 1 && !isVietnameseSyllable(syl[last]);
    if ((restPlace && restPlace.length > 1 && i + restPlace.length === last) || foreignCountryAfter || NON_PERSON_CONTEXT.has(opening)
      || syl.slice(i, last + 1).some((w) => isForeignNonNameWord(w) || isBrandWord(w))) {
      consumed = false;
      continue;
    }
    // A Vietnamese-marked family name glued to a foreign name ("châu Âu Antonio Tajani") is not one;
    // a Vietnamese name may end in one plain foreign given name after a marked middle name ("Đặng Văn Robert"),
    // and a Vietnamese family name may open a Dutch or German one ("Nguyễn Van Bakel").
    // In a list of people, a family name before one foreign given name is a naturalised player's ("…, Huỳnh Kesley");
    // not a colour before a product's colour name ("Vàng Terra").
    const listedNaturalised = () => (context.list === 'given' || context.list === 'named') && last === i + 1 && i === from
      && !COLOUR_SURNAMES.has(syl[i]) && /^\p{Lu}\p{Ll}+$/u.test(syl[last]);
    if (hasVietnameseMarks(syl[i]) && syl.slice(i + 1, last + 1).some((w) => !isVietnameseSyllable(w)) && !endsInForeignGivenName(syl, i, last) && !listedNaturalised()
      && !(last === i + 2 && isParticleSurname(syl.slice(i + 1, last + 1)) && !isVietnameseSyllable(syl[last]))) {
      consumed = false;
      continue;
    }
    // "huyện Gia Lâm Nguyễn Ngọc Thuần": a family-name syllable that ends a capitalised word run
    // (a place) is not the name's when a full three-part name with its own family name follows.
    if (!consumed && last - i === 3 && isSurname(syl[i + 1]) && !HONORIFICS.includes(syl[i - 1].toLowerCase())) continue;
    const length = last - i + 1;
    if (length < 2 || length > MAX_NAME_SYLLABLES) continue;
    const name = syl.slice(i, last + 1).join(' ');
    // "huyện Nam Trà My": a two-syllable tail of a longer capitalised name is not a person.
    if (!consumed && length === 2) continue;
    const mention = checkedMention(text, syl.slice(i, last + 1), start(i), end(last), start(0), ner, context.list, from > 0);
    if (mention) return mention;
    consumed = false;
  }
  return contextualName(text, syl, from, start, end, ner, context);
}

const LAW_OFFICE_HEADS = ['văn phòng luật sư', 'công ty luật', 'hãng luật'];

// Family names that are also colours, which open the colour names of products ("Vàng Terra", "Hồng Rose").
const COLOUR_SURNAMES: ReadonlySet<string> = new Set(['Vàng', 'Hồng']);

/** A surname-led candidate kept unless its context makes it a place, street, credit or year name. */
function checkedMention(
  text: string,
  syllables: string[],
  start: number,
  end: number,
  runStart: number,
  ner: AlignedNerToken[],
  list: ListKind | null,
  honorificInRun: boolean,
): Mention | null {
  const name = syllables.join(' ');
  if (!plausibleNameSyllables(syllables)) return null;
  if (isCreditOrAddress(text, start, end) || isQuotedTitle(text, runStart) || isClosingByline(text, start, end)) return null;
  const before = roleBefore(text, start);
  const prevWords = previousWords(text, runStart, 4);
  // A capitalised honorific opening the run ("Ông Nguyễn Văn A") is a cue too.
  const hasPersonCue = honorificInRun || before !== null || endsWithAny(prevWords, HONORIFICS) || endsWithAny(prevWords, PERSON_EPITHET_LIST)
    || isDescriptorIs(prevWords);
  // A city or street named after a leader keeps its place word even at the end of a role
  // ("Chủ tịch Sở Giao dịch Chứng khoán thành phố Hồ Chí Minh").
  if (NEEDS_PERSON_CONTEXT.has(name) && (!hasPersonCue || endsWithNonPersonCue(prevWords, NON_PERSON_CONTEXT_LIST))) return null;
  if (!hasPersonCue && isGluedSignOff(text, end)) return null;
  // An item of a list of streets or characters, or a two-syllable item of a list of districts or groups.
  if (!hasPersonCue && (list === 'street' || list === 'fiction' || (list === 'other' && syllables.length < 3))) return null;
  if (!hasPersonCue && start === runStart && opensStreetListAfterColon(text, runStart)) return null;
  if (isCharacterCue(prevWords)) return null;
  // The Romance article "La" before foreign words opens a place or a title ("La Habana", "La Decima"),
  // while the family name La opens Vietnamese syllables ("La Văn Cầu").
  if (!hasPersonCue && syllables[0] === 'La' && syllables.slice(1).every((w) => !isVietnameseSyllable(w))) return null;
  // Right after "quận", "THCS", "tại", …: a place unless a role introduces a full three-part name;
  // when a known place of the run comes first, the cue is the place's ("tỉnh Yên Bái Trần Nhật Tân").
  const cueIsPlaces = start !== runStart && syllables.length >= 3;
  if (!cueIsPlaces && endsWithNonPersonCue(prevWords, NON_PERSON_CONTEXT_LIST) && (syllables.length < 3 || !hasPersonCue)) return null;
  // "tại Kim Kê Bách Hoa", "ở Phạm Văn Đồng": a place, an event or a street unless a cue says person.
  if (!hasPersonCue && start === runStart && endsWithAny(prevWords, ['tại', 'ở'])) return null;
  const label = nerLabelOf(ner, start, end);
  if (!hasPersonCue && label === 'ORG') return null;
  // The last syllable opens a common word the tagger reads on ("Đoàn Thanh tra", "Lê Phương Tham dự").
  if (!hasPersonCue && endsInCommonWord(ner, end)) return null;
  // Two syllables and no cue: a place when the tagger, a number or a following place says so
  // ("Thủy điện Trà Linh 1", "(Hoàng Mai, Hà Nội)", "xã Trà Vân và Trà Don").
  if (!hasPersonCue && syllables.length === 2) {
    if (label === 'LOC' || /^\s+\d/u.test(text.slice(end, end + 3)) || isFollowedByPlace(text, end)) return null;
  }
  const roles: string[] = [];
  if (before) roles.push(before);
  const after = roleAfter(text, end);
  if (after) roles.push(after);
  // A full name opens a list of people as a given name does ("Hoàng Thịnh, Văn Toàn, Trọng Đại").
  return { name, start, end, roles, cued: hasPersonCue, listKind: hasPersonCue ? 'given' : 'named' };
}

/** True when a known place follows the name after a comma or dash: an address ("Hai Bà Trưng, Hà Nội"). */
function isFollowedByPlace(text: string, end: number): boolean {
  const next = /^\s*[,-]\s*((?:\p{Lu}[\p{Ll}\p{M}]*\s?){1,4})/u.exec(text.slice(end, end + 40));
  return next !== null && canonicalPlace(next[1].trim()) !== null;
}

// Words that open a sentence and do not end a name. Where sentences or paragraphs run together
// without a stop, they glue onto the name before them ("… Đinh La Thăng Sáng 9/5, …").
const SENTENCE_OPENERS = new Set([
  'Sáng', 'Chiều', 'Tối', 'Trưa', 'Đêm', 'Hôm', 'Ngày', 'Tháng', 'Năm', 'Sau', 'Trước', 'Khi', 'Lúc',
  'Trong', 'Tại', 'Theo', 'Vì', 'Do', 'Để', 'Từ', 'Với', 'Cùng', 'Nhưng', 'Tuy', 'Còn', 'Nếu', 'Dù',
  'Bởi', 'Các', 'Những', 'Một', 'Mọi', 'Người', 'Ông', 'Bà', 'Chị', 'Cô', 'Nhà', 'Tờ', 'Cũng', 'Đó',
  'Đây', 'Này', 'Hiện', 'Được', 'Bị', 'Có', 'Là', 'Và', 'Hay', 'Hoặc', 'Ngoài', 'Riêng', 'Trên',
  'Dưới', 'Qua', 'Vào', 'Sự', 'Đoạn', 'Ca', 'Nữ', 'Thế', 'Vậy', 'Chính', 'Đặc', 'Tuy', 'Mặc', 'Thậm',
  'Chúng', 'Họ', 'Tôi', 'Ảnh', 'Video', 'Clip', 'Xem',
]);

// Sentence openers that no Vietnamese name ends with (unlike "Sáng", "Năm", "Chính"): dropped from
// names of any length from three syllables ("Tôn Ngộ Không" keeps its Buddhist name).
const NEVER_NAME_TAILS: ReadonlySet<string> = new Set(['Tối', 'Tôi', 'Cô', 'Cuối', 'Ở', 'Gần', 'Không']);

/**
 * The last index of the name `syl[first..last]` without a next sentence's first word glued on.
 * A 4th syllable is suspect (names have 2–3 as a rule); it is dropped when the tagger reads
 * it as the start of a longer word ("Ca sĩ", "Nữ diễn viên") or it is a word that opens sentences.
 */
function withoutGluedTail(
  syl: string[],
  first: number,
  last: number,
  start: (k: number) => number,
  end: (k: number) => number,
  ner: AlignedNerToken[],
): number {
  // "Người mẫu Ngọc Trinh Tối 9.6 …", "Kha Chấn Đông Cuối tháng 5 …": these openers are never a name's syllable.
  if (last - first >= 2 && NEVER_NAME_TAILS.has(syl[last]) && `${syl[last - 1]} ${syl[last]}` !== 'Ngộ Không') return last - 1;
  if (last - first + 1 !== MAX_NAME_SYLLABLES) return last;
  const row = rowStartingAt(ner, start(last));
  if (row && row.word.startsWith(`${syl[last]} `)) return last - 1;
  return SENTENCE_OPENERS.has(syl[last]) ? last - 1 : last;
}

/** True for a word of Vietnamese syllables joined by hyphens, as foreign place names are written ("Ai-len", "Xê-út"). */
function isTransliteratedWord(word: string): boolean {
  return word.includes('-') && word.split('-').every(isVietnameseSyllable);
}

/** True for "Đặng Văn Robert": marked Vietnamese syllables, then one plain foreign word ("Robert", not "PhongMilor"). */
function endsInForeignGivenName(syl: readonly string[], first: number, last: number): boolean {
  const tail = syl[last];
  if (last - first < 2 || isVietnameseSyllable(tail) || !/^\p{Lu}\p{Ll}+$/u.test(tail) || /\p{M}/u.test(tail.normalize('NFD'))) return false;
  return syl.slice(first + 1, last).every(hasVietnameseMarks);
}

/** True when the tagger's row that holds the character before `end` runs on into lower-case words ("Thanh tra"). */
function endsInCommonWord(ner: AlignedNerToken[], end: number): boolean {
  const row = ner[firstRowNotBefore(ner, (r) => r.end < end)];
  return row !== undefined && row.start < end && row.end > end && /^\s+\p{Ll}/u.test(row.word.slice(end - row.start));
}

/** The tagger's row that starts exactly at `offset`, if any (rows are in text order). */
function rowStartingAt(ner: AlignedNerToken[], offset: number): AlignedNerToken | undefined {
  const row = ner[firstRowNotBefore(ner, (r) => r.start < offset)];
  return row?.start === offset ? row : undefined;
}

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
function isQuotedTitle(text: string, runStart: number): boolean {
  const before = /([\p{L}\p{M} ]*?)\s*:?\s*[“"‘]\s*$/u.exec(text.slice(Math.max(0, runStart - 40), runStart));
  if (!before) return false;
  const words = before[1].trim().split(/\s+/).slice(-2).join(' ').toLowerCase();
  return endsWithAny(words, TITLE_OR_NON_PERSON_CUES);
}

// What may follow a sign-off name up to the end of the text: co-authors ("- Hoàng Nam") and a
// source tag ("(theo Reuters)", "(T/h)", "Theo Đời sống Plus").
const BYLINE_TAIL = /^(?:\s*[-–—,&]\s*\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*)*)*\s*(?:\([^()\n]{1,60}\)|\s(?:Theo|Nguồn)\s[^\n]{1,60})?\s*[.\-–—]?\s*$/u;
// What may precede it from the last sentence end: nothing but co-authors' names. Each word
// must end at a space or a separator: with both optional, an upper-case run ("SẠC QUA ĐÊM …")
// splits in exponentially many ways and one article took minutes.
const BYLINE_HEAD = /(?:^|[.!?…”"»)\n])\s*(?:\p{Lu}[\p{L}\p{M}.]*(?:\s+|\s*[-–—,&]\s*))*$/u;

/** True for the author's sign-off closing the text ("… kết thúc. Thanh Hà (theo BBC)"). */
function isClosingByline(text: string, start: number, end: number): boolean {
  return BYLINE_TAIL.test(text.slice(end)) && BYLINE_HEAD.test(text.slice(Math.max(0, start - 120), start));
}

// A sign-off's source and time stamp after the author: " - Thể thao Việt Nam | 10:10 09/07/2017".
const SOURCE_AND_TIME_TAIL = /^\s*[-–—]\s*[^\n|]{1,60}\|\s*\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4}\s*$/u;

/**
 * True for an uncued name that ends the text with no stop before it: a sign-off glued to the
 * last caption or sentence ("… đổ về quá nhiều Phạm Công", "… quê nhà Australia Đỗ Anh - Quang Hưng").
 */
function isGluedSignOff(text: string, end: number): boolean {
  const tail = text.slice(end);
  // A stop after the name ends a sentence ("… là Nguyễn Văn A."): that is no sign-off.
  return SOURCE_AND_TIME_TAIL.test(tail) || (tail.length < 60 && !tail.trimEnd().endsWith('.') && BYLINE_TAIL.test(tail));
}

const HEAVENLY_STEMS = new Set(['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý']);
const EARTHLY_BRANCHES = new Set(['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi']);

/** Rejects year names ("Đinh Dậu"), initials ("Nguyễn Đình H") and hyphen-glued words ("Á-Thái"). */
function plausibleNameSyllables(syllables: string[]): boolean {
  // "Đinh Tỵ Tuổi" (a heading glued on): the year name opens the run whatever follows.
  if (syllables.length >= 2 && HEAVENLY_STEMS.has(syllables[0]) && EARTHLY_BRANCHES.has(syllables[1])) return false;
  // Initials and abbreviations ("H", "Tg", "Th") have no vowel.
  if (syllables.some((w, k) => isInitial(w, k, syllables.length) || (!/[aeiouy]/iu.test(w.normalize('NFD')) && !isMiddleInitialWord(w, k, syllables.length)))) {
    return false;
  }
  return !syllables.some((w) => w.includes('-') && !isKoreanGivenName(w) && w.split('-').every(isVietnameseSyllable));
}

/** True for a one-letter initial at position k of n syllables; "A"/"Y" before the last are name syllables. */
function isInitial(word: string, k: number, n: number): boolean {
  return /^[A-Z]$/.test(word) && !(NAME_LETTERS.has(word) && k < n - 1);
}

/** True right after "(": "(Theo Rappler)". */
function isOpeningBracketBefore(text: string, position: number): boolean {
  return /\(\s*$/u.test(text.slice(Math.max(0, position - 3), position));
}

// "Q.Nam Từ Liêm", "P.Tân Định": a district or ward abbreviation glued to the place's first word.
const PLACE_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:Q|P|H|TX|TT)\.\s?(?:\p{Lu}\p{Ll}+\s)?$/u;

// A photo credit with the kind of picture between "Ảnh" and the colon: "Ảnh minh họa: X", "Ảnh tư liệu: X".
const QUALIFIED_PHOTO_CREDIT = /(?:Ảnh|ảnh)\s+(?:minh họa|minh hoạ|tư liệu|chụp màn hình|internet|nguồn)\s*:\s*$/u;

// An agency in capitals and a slash right before a name: the photographer's credit.
const AGENCY_SLASH_BEFORE = /(?:^|[^\p{L}])\p{Lu}{2,}\s*\/\s*$/u;

/** A photo credit ("Ảnh: X", "Ảnh minh họa: X", "X/TTXVN") or an address ("19 Hồ Văn Huê, Phường 9", "Q.Nam Từ Liêm"). */
function isCreditOrAddress(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  if (/(?:Ảnh|ảnh|Photo|Nguồn|Theo)\s*:?\s*$/u.test(before) || /^\s*\//u.test(after)) return true;
  // A photographer after an agency and a slash: "REUTERS/Erik De Castro", "AFP/ Getty".
  if (AGENCY_SLASH_BEFORE.test(before)) return true;
  if (QUALIFIED_PHOTO_CREDIT.test(text.slice(Math.max(0, start - 28), start))) return true;
  // A house number ("19 Hồ Văn Huê"), not a code ending in a digit ("BS CK2 Nguyễn Văn Đẫu").
  if (/(?:^|[^\p{L}\d])\d+\s+$/u.test(before) || (before.includes('.') && PLACE_ABBREVIATION_BEFORE.test(before))) return true;
  return /^\s*[,(-]\s*(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|[Tt]hị xã|TP|P\.|Q\.)/u.test(after);
}

/**
 * Names without a family name: foreign names and given-name-only references, taken when an
 * honorific or role introduces them, or (foreign names) when the tagger says person.
 */
function contextualName(
  text: string,
  syl: string[],
  from: number,
  start: (k: number) => number,
  end: (k: number) => number,
  ner: AlignedNerToken[],
  context: RunContext,
): Mention | { short: string } | null {
  let i = from;
  // "Tổng thống Mỹ Donald Trump": the country belongs to the role.
  const lead = placeAt(syl, i);
  // Not "Đức" of "Đức Chinh" or "Anh" of "Anh Tài": a given name goes on in Vietnamese.
  const givenName = lead !== null && lead.length === 1 && AMBIGUOUS_PLACES.has(syl[i]) && syl.slice(i + 1).every(isVietnameseSyllable);
  if (lead && lead.length < syl.length - i && !givenName && !isForeignFirstName(text, syl, i, lead.length, start)) i += lead.length;
  // A title between the country and the name is the role's: "Ngoại trưởng Qatar Sheikh Mohammed …".
  if (i > from && syl.length - i >= 3 && syl[i] === 'Sheikh') i++;
  // The country stripped off is no cue word ("người Nhật Bản Hideki Matsuyama" does not end in "bản").
  const afterLeadPlace = i;
  // A firm or a club between a role and a name belongs to the role: "COO Facebook Sheryl Sandberg",
  // "Chủ tịch Real Madrid Florentino Perez".
  const firmWord = (w: string) => isBrandWord(w) || isForeignNonNameWord(w);
  if (firmWord(syl[i]) && syl.length - i >= 3 && !isVietnameseSyllable(syl[syl.length - 1]) && endsWithRoleHead(previousWords(text, start(i), 4))) {
    while (syl.length - i >= 3 && firmWord(syl[i])) i++;
  }
  let last = syl.length - 1;
  // A foreign name never holds a Vietnamese word: "Tờ Independent", "Vì Griezmann", "Bắc Yemen"
  // (a stage name spelt like a syllable is not foreign enough: "Noo Phước Thịnh").
  if (syl.slice(i).some((w) => !isVietnameseLikeSyllable(w))) {
    // ... nor a word of the sentence it opens: "Khi Lionel Messi", "Vì Griezmann" ("Theo" may be a name).
    // "(Theo Rappler, ABS-CBN)": a source cited in brackets.
    while (i <= last && (hasVietnameseMarks(syl[i]) || (SENTENCE_OPENERS.has(syl[i]) && (syl[i] !== 'Theo' || isOpeningBracketBefore(text, start(i)) || citedAsSource(text, syl.slice(i + 1)))))) i++;
    // At most one word of the next sentence is glued on; more means a Vietnamese name ("Hai Bà Trưng").
    if (hasVietnameseMarks(syl[last])) last--;
    if (last >= i && hasVietnameseMarks(syl[last])) return null;
    // A Vietnamese word inside marks two headings run together ("Lemar Nhà Messi hưởng trăng mật").
    if (syl.slice(i, last + 1).some(hasVietnameseMarks)) return null;
  }
  last = withoutGluedTail(syl, i, last, start, end, ner);
  // Without a family name a Vietnamese name has two syllables as a rule: a third that opens a
  // common word starts the next sentence ("Lan Anh Trao thưởng"), and the run is no name.
  if (last - i === 2 && !isSurname(syl[i]) && syl.slice(i, last + 1).every(isVietnameseSyllable)
    && rowStartingAt(ner, start(last))?.word.startsWith(`${syl[last]} `)) return null;
  // A word cut off the run's end leaves the name's end in doubt ("Golf Long Thành").
  const tailCut = last < syl.length - 1;
  if (tailCut) syl = syl.slice(0, last + 1);
  // A heading glued before the full name repeats its family name ("Matic Nemanja Matic"); a
  // caption glued after it repeats its last word ("Douglas Costa Costa") or the whole name
  // ("Diệu Nhi Diệu Nhi").
  const half = (syl.length - i) / 2;
  if (half >= 2 && syl.slice(i, i + half).join(' ') === syl.slice(i + half).join(' ')) syl = syl.slice(0, i + half);
  if (syl.length - i >= 3 && syl[i] === syl[syl.length - 1]) i++;
  if (syl.length - i >= 2 && syl[syl.length - 1] === syl[syl.length - 2] && !isVietnameseSyllable(syl[syl.length - 1])) {
    syl = syl.slice(0, -1);
  }
  // A transliterated place glued before a name ("Bắc Ai-len Theresa May"): hyphenated Vietnamese syllables.
  if (syl.length - i >= 3 && isTransliteratedWord(syl[i])) i++;
  const n = syl.length - i;
  // Particles do not count towards the length: "Salman bin Abdul-Aziz Al Saud" has three names.
  if (n < 1 || n - syl.slice(i + 1, -1).filter(isParticleWord).length > MAX_NAME_SYLLABLES) return null;
  const name = syl.slice(i).join(' ');
  if (placeAt(syl, i)?.length === n) return null;
  // A foreign firm's or brand's local branch: "Aeon Việt Nam" (not "Trương Hòa Bình", a name).
  if (n >= 3 && !isVietnameseSyllable(syl[i]) && placeAt(syl, syl.length - 2)?.length === 2) return null;
  // A Vietnamese word before a foreign one-word country: "Đại Sứ Quan Israel" (the embassy).
  if (n === 2 && isVietnameseSyllable(syl[i]) && !isVietnameseSyllable(syl[i + 1]) && placeAt(syl, i + 1)?.length === 1) return null;
  // A compass point before a country: "miền Nam Philippines", "Đông Ukraine".
  // Before one foreign word too, outside a list of people: "phía Tây Nam Sydney" (not "đạo diễn Trần Bảo Nhân và Nam Cito").
  const inPeopleList = context.list === 'given' || context.list === 'named';
  if (COMPASS_POINTS.has(syl[i]) && (placeAt(syl, i + 1)?.length === n - 1 || (n === 2 && !inPeopleList && !isVietnameseLikeSyllable(syl[i + 1])))) return null;
  // A place or group word written in capitals: "Nước Pháp", "Vịnh Xuân", "Liên hoan Phim Cannes".
  if (NON_PERSON_FIRST_WORDS.has(syl[i].toLowerCase())) return null;
  const s = start(i);
  const e = end(syl.length - 1);
  // The role runs up to the name itself, over a stripped country ("Thủ tướng Canada").
  const role = roleBefore(text, start(i));
  const prevWords = previousWords(text, start(from), 4);
  // The cue must touch the name: an honorific, or a role ending in its head ("Tổng thống Mỹ").
  const honorific = from > 0 || endsWithAny(prevWords, HONORIFICS) || isDescriptorIs(prevWords);
  // A role over a stripped country wins over a context word ("người phát ngôn quân đội Philippines X"),
  // and so does an honorific that ends in one ("tiền vệ trung tâm").
  if (endsWithNonPersonCue(prevWords, NON_PERSON_OR_LOCATIVE) && !(role !== null && i > from) && !honorific) return null;
  // "Văn", "Công", … open institutions ("Văn phòng") and given names ("Văn Khánh"): a name after a cue.
  // Or one the tagger reads as a person, as sports news name players ("Công Phượng, Đức Chinh").
  const directRole = role !== null && (endsWithRoleHead(role) || i > from) ? role : null;
  // A role touching a two-syllable given name is a cue too ("Chủ tịch Công Vinh"; not "Bí thư Thành Ủy",
  // "Bộ trưởng Công Thương").
  const givenAfterRole = directRole !== null && n === 2 && !INSTITUTION_WORDS.has(syl[i + 1])
    && !INSTITUTIONS_IN_CAPITALS.has(`${syl[i]} ${syl[i + 1]}`);
  const namedAfterCue = honorific || givenAfterRole || context.list === 'given' || context.list === 'named'
    || (n === 2 && nerLabelOf(ner, start(i), end(syl.length - 1)) === 'PER');
  if (INSTITUTION_WORDS.has(syl[i]) && !(namedAfterCue && GIVEN_NAME_WORDS.has(syl[i]))) return null;
  const nameSyllables = syl.slice(i);
  // Words stripped off the run's start count as context too: "Gói Touring Premium", "Nhóm Maute".
  const cueWords = `${prevWords} ${syl.slice(Math.max(from, afterLeadPlace), i).join(' ').toLowerCase()}`.trim();
  // Foreign: most syllables, and the family name (last), cannot be Vietnamese ("Kei Komuro").
  const foreignCount = nameSyllables.filter((w) => !isVietnameseSyllable(w)).length;
  const foreign = (foreignCount * 2 >= n && !isVietnameseSyllable(nameSyllables[n - 1])) || isParticleSurname(nameSyllables)
    || (!tailCut && foreignByTagger(text, nameSyllables, nerLabelOf(ner, s, e), s, e));
  // "Park" is a park in English and a family name before a Korean given name ("Park Geun-hye").
  const koreanFamily = (k: number) => k === 0 && n === 2 && isKoreanGivenName(nameSyllables[1]);
  if (nameSyllables.some((w, k) => (isForeignNonNameWord(w) && !koreanFamily(k)) || isInitial(w, k, n))) return null;
  if (isBrandWord(nameSyllables[0])) return null;
  if (n === 1) return (honorific || directRole) && !isSentenceInitial(text, s) ? { short: name } : null;
  if (!plausibleNameSyllables(nameSyllables) || isCreditOrAddress(text, s, e)) return null;
  if (isQuotedTitle(text, start(from)) || isClosingByline(text, s, e) || isCharacterCue(prevWords)) return null;
  // Three Vietnamese syllables without a known family name after a role, which the tagger does not
  // read as a person, are the role's unit ("Trưởng khoa Răng Hàm Mặt"; not "Bộ trưởng Đồng Sỹ Nguyên").
  if (!honorific && n >= 3 && nameSyllables.every(isVietnameseSyllable) && nerLabelOf(ner, s, e) !== 'PER') return null;
  // Once the name is taken, the role before it is its role even when it does not touch it
  // ("Chủ tịch thị xã Đông Triều - ông Hà Hải Dương", "cựu giám đốc FBI James Comey").
  if (honorific || directRole) return { ...mention(name, s, e, role, text, true), listKind: 'given' };
  if (context.list === 'street' || context.list === 'other' || context.list === 'fiction') return null;
  if (opensWithTitleArticle(nameSyllables)) return null;
  // The next item of a list of people named without a family name ("Văn Khánh, Đình Khương").
  // A one-syllable country that opens a Vietnamese given name is none ("…, Ngọc Quang, Anh Tài").
  // The tagger's LOC on foreign names is noise ("huyền thoại Ferenc Puskas" → LOC); its ORG is not.
  const label = nerLabelOf(ner, s, e);
  // After an uncued full name the tagger must read the item as a person ("Hoàng Su Phì, Xín Mần" are districts).
  const peopleList = context.list === 'given' || (context.list === 'named' && label === 'PER');
  if (peopleList && n <= 3 && (placeAt(nameSyllables, 0) === null || givenName) && !nameSyllables.some(isInstitutionWord)
    && !isFollowedByPlace(text, e)) {
    return { ...mention(name, s, e, null, text, false), listKind: 'given' };
  }
  // Opening a sentence, the tagger must agree, and a Vietnamese first word ("Theo Opta") is no name;
  // after a colon, a first word that opens no sentence will do ("… ĐT Đức: Leon Goretzka và Timo
  // Werner"); a role set off after the name says person too ("Robert Reich, cựu Bộ trưởng …").
  const placed = !isSentenceInitial(text, s)
    || (label === 'PER' && (!isVietnameseSyllable(nameSyllables[0]) || (afterColon(text, s) && !SENTENCE_OPENERS.has(nameSyllables[0]) && !hasVietnameseMarks(nameSyllables[0]))))
    || roleAfter(text, e) !== null;
  const brand = nameSyllables.some((w) => context.productWords.has(w));
  // A place or group word before the name, or before a country stripped off it ("Nhật báo Italy Il Sole").
  const placeCued = endsWithNonPersonCue(cueWords, PLACE_CUE_WORDS) || (i > from && endsWithNonPersonCue(prevWords, PLACE_CUE_WORDS) && afterLeadPlace === from);
  if (foreign && n <= 3 && placed && label !== 'ORG' && !brand && !placeCued) {
    return { ...mention(name, s, e, role, text, false), listKind: 'given' };
  }
  // A Vietnamese given name used alone ("Đức Chinh", "Tuấn Tài"), as sports news name players:
  // the tagger reads it as a person, mid-sentence, and the article names it more than once.
  if (!foreign && n === 2 && label === 'PER' && !isSentenceInitial(text, s) && !endsWithNonPersonCue(cueWords, PLACE_CUE_WORDS)
    && nameSyllables.every(isVietnameseSyllable) && text.indexOf(name, e) >= 0 && !everNamedAsPlace(text, name)) {
    return { ...mention(name, s, e, null, text, false), listKind: 'given' };
  }
  return null;
}

/**
 * True for a foreign first name before an unmarked family name that reads as a Vietnamese
 * syllable ("Harper Lee", "Robert Reich") when the tagger reads the whole as a person, mid-sentence
 * or with a role set off after it ("Robert Reich, cựu Bộ trưởng …"; not a heading "Lock It Up!").
 */
function foreignByTagger(text: string, words: readonly string[], label: string, start: number, end: number): boolean {
  const last = words[words.length - 1];
  if (label !== 'PER' || words.length < 2 || isVietnameseSyllable(words[0]) || /\p{M}/u.test(last.normalize('NFD'))) return false;
  return !isSentenceInitial(text, start) || roleAfter(text, end) !== null;
}

// Capitalised words of offices and institutions that are never a syllable of a given name
// ("Nguyên Giám đốc", "Hàm Vụ phó"); not "Trường", "Khoa", "Quân", "Hiệp", which are.
const NEVER_NAME_WORDS = new Set([
  'Giám', 'Vụ', 'Bộ', 'Sở', 'Cục', 'Phòng', 'Ủy', 'Uỷ', 'Viện', 'Bệnh', 'Ngân', 'Huyện', 'Xã', 'Phường', 'Tỉnh',
  'Đảng', 'Tòa', 'Báo', 'Đài', 'Trạm', 'Đồn', 'Phó', 'Chủ', 'Bí', 'Quỹ', 'Giải', 'Cúp', 'Khu', 'Nhà',
]);

/** True for a capitalised word of an office or institution that no given name holds ("Giám", "Vụ"). */
function isInstitutionWord(word: string): boolean {
  return NEVER_NAME_WORDS.has(word);
}

/** True for words ending in a descriptor of people and "là" ("2 tuyển thủ là"): the name they introduce. */
function isDescriptorIs(words: string): boolean {
  return words.endsWith(' là') && endsWithAny(words.slice(0, -' là'.length), DESCRIPTORS_BEFORE_IS);
}

/** True when the word at `index` follows a colon ("ĐT Đức: Leon Goretzka"), maybe past spaces and quotes. */
function afterColon(text: string, index: number): boolean {
  return /:[\s“"']*$/u.test(text.slice(Math.max(0, index - 4), index));
}

// Places that are also English first names ("Jordan Spieth", "Georgia May"); not "Paris", far more often the city ("Paris Bataclan").
const FIRST_NAME_PLACES = new Set(['Jordan', 'Georgia', 'Chad', 'Sydney', 'Florence', 'Victoria', 'Austin', 'Dallas', 'Israel', 'India']);

/**
 * True when a place opening the run is a foreign first name ("Jordan Spieth"): one of the places
 * that are first names, one foreign word after it, and no honorific or role before it (else
 * "Thủ tướng Israel Netanyahu").
 */
function isForeignFirstName(text: string, syl: string[], i: number, placeLength: number, start: (k: number) => number): boolean {
  if (placeLength !== 1 || syl.length - i !== 2 || !FIRST_NAME_PLACES.has(syl[i]) || isVietnameseSyllable(syl[i + 1])) return false;
  return !endsWithAny(previousWords(text, start(i), 4), HONORIFICS) && roleBefore(text, start(i)) === null;
}

/** True when some mention of `name` comes after a place or institution word ("thành phố Nam Kinh"). */
function everNamedAsPlace(text: string, name: string): boolean {
  for (let at = text.indexOf(name), seen = 0; at >= 0 && seen < 20; at = text.indexOf(name, at + name.length), seen++) {
    const before = previousWords(text, at, 4);
    if (endsWithNonPersonCue(before, NON_PERSON_OR_LOCATIVE) || endsWithNonPersonCue(before, PLACE_CUE_WORDS)) return true;
  }
  return false;
}

// Words before a place name ("đến Manchester"), not before a person's.
const PLACE_CUE_WORDS = [
  'sang', 'từ', 'thành phố', 'thủ đô', 'bang', 'tỉnh', 'nước', 'vùng', 'khu vực', 'sân', 'giải', 'đội', 'clb', 'tạp chí',
  'báo', 'hãng', 'tập đoàn', 'công ty', 'thương hiệu', 'dòng', 'mẫu', 'ứng dụng', 'trang', 'mạng',
  // Media: "tờ Le Figaro", "nhật báo Il Sole", "kênh Europe", "hãng tin Yonhap".
  'tờ', 'nhật báo', 'kênh', 'đài', 'hãng tin', 'thông tấn xã',
  // Brands, collections and species: "bộ sưu tập Elie Saab", "loài Homo sapiens".
  'bộ sưu tập', 'nhãn hiệu', 'loài', 'giống',
  // Groups and products: "nhóm Abu Sayyaf", "phiên bản Vios Limo", "Gói Touring Premium Package".
  'nhóm', 'phe', 'tổ chức', 'lực lượng', 'phiến quân', 'phiên bản', 'bản', 'gói', 'tính năng', 'hệ thống', 'công nghệ',
  'sản phẩm', 'xe', 'nhãn hàng', 'ban nhạc', 'camera',
  // Talk shows named after their hosts: "Trong show Graham Norton"; fashion shows named after a
  // label ("show diễn Alexandre Vauthier") and clubs after "đội bóng" ("màu áo đội bóng Sao Paulo").
  'show', 'show diễn', 'đội bóng',
];

const COMPASS_POINTS = new Set(['Nam', 'Bắc', 'Đông', 'Tây', 'Trung']);

// Vietnamese cue words written in capitals at the start of a name without a family name: "Liên
// hoan Phim Cannes", "Giải Oscar", "Nước Pháp". One syllable each, compared lower-cased; not the
// ones that are also family or given names ("Hồ", "Trang", "Đình Trọng", "Trường Giang").
const NON_PERSON_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...[...NON_PERSON_CONTEXT, ...PLACE_CUE_WORDS].filter(
    (w) => !w.includes(' ') && !['hồ', 'trang', 'đình', 'trường', 'kiệt', 'từ', 'sang', 'đoàn', 'tuyến', 'tp', 'tp.'].includes(w),
  ),
  // Hà Nội's guild streets: "Hàng Khay", "Hàng Bài".
  'hàng',
]);

// Words after which a name is a street, place, firm or title, whatever its other mentions; not
// the prepositions and descriptors that also stand before people ("từ", "sang", "lái xe", "người mẫu").
const NON_PERSON_WORDS = [...NON_PERSON_CONTEXT, ...PLACE_CUE_WORDS].filter(
  (w) => !['từ', 'sang', 'xe', 'mẫu', 'bản', 'nước', 'trang', 'mạng', 'giống', 'show'].includes(w),
);

// Capitalised English/foreign words of club, league, venue and brand names, never in a person's name.
const FOREIGN_NON_NAME_WORDS = new Set([
  'The', 'Of', 'And', 'Video', 'Clip', 'Other', 'Woman', 'Secret', 'League', 'Champions', 'Premier', 'Cup', 'Real', 'Madrid', 'Munich', 'Bayern', 'City', 'United',
  'Arena', 'Images', 'Lane', 'Illustrated', 'Swimsuit', 'Sports', 'Miss', 'Mega', 'Jackpot',
  'Sporting', 'Lisbon', 'Barcelona', 'Chelsea', 'Arsenal', 'Liverpool', 'Juventus', 'Milan', 'Inter',
  'Dortmund', 'Manchester', 'Tottenham', 'Everton', 'Leicester', 'Stadium', 'Park', 'Hotel', 'Group',
  'Bank', 'Airlines', 'Airways', 'Award', 'Awards', 'Festival', 'Show', 'Times', 'Post', 'News',
  'Street', 'Journal', 'Bowl', 'Super', 'Club', 'Football', 'Association', 'Corporation', 'Company',
  'Inc', 'Ltd', 'Co', 'Holdings', 'Global', 'International', 'Mobile', 'Galaxy', 'Apple', 'Google',
  'Facebook', 'Samsung', 'Microsoft', 'Android', 'Windows', 'Iphone', 'Phone', 'Pro', 'Plus', 'Max',
  'Asia', 'Europe', 'America', 'World', 'Open', 'Grand', 'Prix', 'Tour', 'Series', 'Game', 'Games',
  'Studio', 'Studios', 'Records', 'Entertainment', 'Media', 'Network', 'Channel', 'Magazine', 'Center',
  'Centre', 'University', 'College', 'School', 'Institute', 'Hospital', 'Museum', 'Tower', 'Mall',
  'Square', 'Palace', 'House', 'Airport', 'Station', 'Road', 'Avenue', 'Bridge', 'River', 'Lake',
  'Island', 'Beach', 'Mountain', 'Valley', 'Hills', 'Village', 'Town', 'County', 'State', 'Republic',
  'Kingdom', 'Union', 'Council', 'Committee', 'Party', 'Army', 'Navy', 'Force', 'Police', 'Agency',
  'Ministry', 'Department', 'Office', 'Service', 'Fund', 'Foundation', 'Trust', 'Capital', 'Partners',
  'Motors', 'Energy', 'Oil', 'Gas', 'Power', 'Electric', 'Technology', 'Technologies', 'Systems',
  'Software', 'Digital', 'Online', 'Store', 'Shop', 'Market', 'Coffee', 'Burger', 'Pizza', 'Chicken',
  'Zoo', 'Resort', 'Spa', 'Garden', 'Gardens', 'Lounge', 'Links', 'Estate', 'Composite', 'Index',
  'Concept', 'Racing', 'Masters', 'Idol', 'Kids', 'Top', 'Model', 'Control', 'Interface', 'Air',
  'Sachs', 'Mail', 'Wars', 'Utd', 'Liga', 'Roar', 'Great',
  // Product words: "Instant Notes", "Leather Sleeve", "Smart Cover".
  'Notes', 'Note', 'Sleeve', 'Leather', 'Instant', 'Cover', 'Case', 'Smart', 'Watch', 'Tab', 'Pad', 'Book',
  // Club names: "Crystal Palace", "Atletico Madrid", "Blackburn Rovers" (not "Villa", "Forest": David Villa).
  'Athletic', 'Rovers', 'Wanderers', 'Albion', 'Hotspur', 'Palace', 'Rangers', 'Celtic',
  'Olympique', 'Atletico', 'Atlético', 'Deportivo', 'Borussia', 'Dynamo', 'Spartak', 'Sociedad',
  // Media, companies and bodies: "Daily Telegraph", "Warner Bros", "Goldman Securities".
  'Daily', 'Herald', 'Telegraph', 'Guardian', 'Tribune', 'Press', 'Today', 'Weekly', 'Review', 'Insider',
  'Radio', 'Television', 'Broadcasting', 'Bros', 'Brothers', 'Pictures', 'Motor', 'Airline', 'Logistics',
  'Pharma', 'Foods', 'Labs', 'Solutions', 'Ventures', 'Investment', 'Securities', 'Insurance', 'Finance',
  'Financial', 'Consulting', 'Federation', 'Organization', 'Organisation', 'Nations', 'Forum', 'Summit',
  'Academy', 'Fortune',
  // Services and accessories: "Vinasun Car", "Quick Charge", "Moto Mods", "Aman Canal Grande".
  'Car', 'Cars', 'Taxi', 'Charge', 'Mods', 'Canal', 'Brom', 'Bromwich',
  // More clubs a transfer list glues before a player's name ("tới Bournemouth Oscar - 60 triệu bảng").
  'Bournemouth', 'Wolfsburg', 'Saint-Germain', 'Roma', 'Lazio', 'Napoli', 'Sevilla', 'Villarreal', 'Schalke',
  'Leverkusen', 'Southampton', 'Watford', 'Burnley', 'Swansea', 'Sunderland', 'Middlesbrough', 'Benfica',
  // News agencies and papers: "Theo Reuters", "Sputnik Piotr Tsvetov", "Asahi Shimbun".
  'Reuters', 'Sputnik', 'Bloomberg', 'Xinhua', 'Yonhap', 'Kyodo', 'Tass', 'Shimbun', 'Fool',
  // Korean papers ("Rodong Sinmun") and ship prefixes of navies ("USS Carl Vinson", "HMS Queen Elizabeth").
  'Sinmun', 'USS', 'HMS', 'INS', 'Serie',
  // Teams, firms, units, events and products: "Dallas Cowboys", "Jetstar Pacific", "Sultan Morad
  // Brigade", "Community Shield", "Range Rover Evoque", "Gangnam Style", "High Performance".
  'Cowboys', 'Werder', 'Shanghai', 'Pacific', 'Pacifica', 'Brigade', 'Battalion', 'Regiment', 'Shield',
  'Women', 'Girl', 'Girls', 'Boy', 'Boys', 'Style', 'Program', 'Programme', 'Sport', 'Performance', 'High',
  'Logic', 'Dynamic', 'Command', 'Assist', 'Pilot', 'Touch', 'Universal', 'Paradise', 'Rover', 'Cruiser',
  'Flower', 'Rice', 'Cola', 'Mobil', 'Vuitton', 'Gucci', 'Chanel', 'Prada', 'Versace', 'Face', 'Wants',
  // Arabic words of armed groups' names: "Ahrar al-Sham", "Faylaq al-Rahman", "Jaish al-Islam".
  'Ahrar', 'Faylaq', 'Jabhat', 'Jaish', 'Liwa', 'Harakat', 'Maghawir', 'Tahrir', 'Ansar', 'Kremlin',
  // English common words of products, services, events and places: "Internet Explorer", "Device
  // Management", "Fashion Week", "Sanyo Homes", "Okpo Land", "Old Trafford", "Saint Germain".
  'Advanced', 'Modular', 'Platform', 'System', 'Device', 'Management', 'Manage', 'Storage', 'Email', 'Push',
  'Display', 'Infinity', 'Internet', 'Explorer', 'Launch', 'Release', 'Nano', 'Twist', 'Karaoke', 'Matrix',
  'Home', 'Homes', 'Development', 'Land', 'Week', 'Fashion', 'Musicians', 'Competition',
  'Invitational', 'Work', 'Jets', 'Biology', 'Current', 'New', 'Old', 'Saint', 'Santa', 'BlackBerry',
  'Bull', 'Glass', 'Steel', 'Stainless', 'Dinner', 'Gala', 'Dreams', 'Legends', 'Amazing', 'Spaces', 'Reporter',
  'Calendar', 'Repeater', 'Minute', 'Enamel', 'Latin', 'Medieval', 'Project', 'Championship', 'Vehicle', 'Port',
  'Virus', 'Crazy', 'Skulls', 'Commander', 'San', 'Celta', 'Indian', 'Olympic', 'Orange', 'Mile', 'Eight',
  'Dow', 'Disney', 'Arabiya', 'Grup', 'Pasukan', 'Gerakan', 'Khas',
  // Clubs, pollsters, glossed terms and app names: "Preston North End", "West Ham", "Public Policy
  // Polling", "(Diamond Cut)", "Lock It Up".
  'North', 'End', 'Public', 'Policy', 'Polling', 'Diamond', 'Cut', 'Ham', 'Golf', 'It', 'Up', 'How', 'Not', 'Trade', 'Marketing', 'GmbH',
  'Central', 'Food', 'Hall', 'Assistant', 'Referee', 'Dhabi',
  'Motion', 'Eye', 'Beijing', 'Guangzhou', 'Tianjin', 'Man', 'Beautiful', 'You', 'Always', 'On', 'Dream', 'Team',
  // Titles of songs and films, dishes, magazines and gadgets: "Bad Blood", "Star Trek", "Lemon
  // Cheese", "Rolling Stone", "Balance Free Cushion", "Tunnel Boring Machine".
  'Blood', 'Born', 'Way', 'Million', 'Reasons', 'Returns', 'Trek', 'Star', 'Impossible', 'Mission', 'Baby',
  'Wanted', 'Most', 'Cheese', 'Croissant', 'Chocolate', 'Roll', 'Lemon', 'Tart', 'Original', 'Bacon', 'Full',
  'Balance', 'Free', 'Cushion', 'Fork', 'Piston', 'Big', 'Antivirus', 'Endpoint', 'Log', 'Diaper', 'Tunnel',
  'Boring', 'Machine', 'Play', 'Trailer', 'Ransomware', 'Bazaar', 'Health', 'Geographic', 'National',
  'Rolling', 'Jazeera', 'Medical', 'Fight', 'Maze', 'Hedge',
  // Trims and editions of products: "Touring Premium Package", "Galaxy Note Edition".
  'Premium', 'Package', 'Edition', 'Limited', 'Special', 'Ultra', 'Mini', 'Lite', 'Prime',
  // Countries and peoples in English: "Hebei China Fortune", "Japan Airlines".
  'China', 'Japan', 'Korea', 'Vietnam', 'Thailand', 'India', 'Russia', 'France', 'Germany', 'Spain',
  'England', 'British', 'American', 'Chinese', 'Japanese', 'Korean',
  // American teams by their plural nicknames: "Atlanta Falcons", "New England Patriots", "Golden State Warriors".
  'Falcons', 'Patriots', 'Eagles', 'Warriors', 'Lakers', 'Celtics', 'Cavaliers', 'Spurs', 'Rockets', 'Bulls', 'Knicks',
  'Giants', 'Yankees', 'Dodgers', 'Broncos', 'Packers', 'Steelers', 'Seahawks', 'Panthers', 'Raiders', 'Chiefs',
  'Bears', 'Jaguars', 'Titans', 'Saints', 'Ravens', 'Texans', 'Colts', 'Dolphins', 'Vikings', 'Chargers', 'Redskins',
  'Bengals', 'Buccaneers', 'Clippers', 'Mavericks', 'Nuggets', 'Pistons', 'Pacers', 'Hornets', 'Grizzlies',
  'Pelicans', 'Timberwolves', 'Raptors', 'Wizards', 'Blazers', 'Astros', 'Braves', 'Cubs', 'Mets',
  // English common words of shows, songs and products: "Very Good Days", "Coop Organic", "Pijama Suit".
  'Very', 'Good', 'Days', 'Organic', 'Suit', 'Mashup', 'Boom', 'Got', 'Talent', 'Voice', 'Next', 'Running',
  'Password', 'Manager', 'Industries', 'Industry', 'Nature',
  // Research, medicine and trade: "SSI Retail Research", "Journal of Traditional and Complementary Medicine".
  'Research', 'Retail', 'Medicine', 'Complementary', 'Traditional', 'Science', 'Sciences', 'Studies',
  // Armed groups whose Arabic article reads like a first name ("Al Qaeda", "Al Shabaab"; not "Al Gore").
  'Qaeda', 'Shabaab', 'Nusra',
]);

/** True for a capitalised foreign word that is never part of a person's name: a listed one or an English common noun by its suffix. */
function isForeignNonNameWord(word: string): boolean {
  return FOREIGN_NON_NAME_WORDS.has(word) || hasEnglishNounSuffix(word);
}

function mention(name: string, start: number, end: number, before: string | null, text: string, cued: boolean): Mention {
  const roles: string[] = [];
  if (before) roles.push(before);
  const after = roleAfter(text, end);
  if (after) roles.push(after);
  return { name, start, end, roles, cued };
}

// A part in a film or play, maybe with the character's kinship or rank: "vào vai mẹ Hoàng Lịch".
const CHARACTER_CUE = /(?:^| )vai(?: diễn)?(?: (?:mẹ|bố|cha|con|vợ|chồng|anh|chị|em|ông|bà|cô|chú|nàng|chàng|chính|phụ|vua|hoàng hậu|công chúa))?$/u;

/** True when the words before a name introduce a character played ("vào vai mẹ"): a fictional name. */
function isCharacterCue(words: string): boolean {
  return words.includes('vai') && CHARACTER_CUE.test(words);
}

/** The last `n` words before `index`, lower-cased, joined by spaces (no crossing of punctuation). */
function previousWords(text: string, index: number, n: number): string {
  const slice = text.slice(Math.max(0, index - 40), index);
  const clause = slice.split(/[,.;:!?()“”"\n]/u).pop() ?? '';
  return clause.trim().split(/\s+/).slice(-n).join(' ').toLowerCase();
}

// Words whose last syllable is a place or group cue but which are not one: "gia đình" (family,
// not "đình", a communal house), "đồng đội" (team-mate), "người gác đền" (goalkeeper), "tắc đường",
// "tình báo" (intelligence, not a paper).
const NOT_PLACE_COMPOUNDS = [
  'gia đình', 'đồng đội', 'gác đền', 'tắc đường', 'kẹt đường', 'nhường đường',
  // Not a paper ("báo"): "quan chức tình báo Suh Hoon", "cảnh báo", "dự báo".
  'tình báo', 'cảnh báo', 'dự báo', 'thông báo',
  // Not a school ("trường"): "trong hậu trường Bella Hadid" (backstage), "thị trường", "môi trường", "hiện trường".
  'hậu trường', 'thị trường', 'môi trường', 'hiện trường', 'chiến trường', 'lập trường',
];

/** True when `words` ends with one of the non-person cue `phrases`, unless the cue is the tail of a compound that is none. */
function endsWithNonPersonCue(words: string, phrases: readonly string[]): boolean {
  return endsWithAny(words, phrases) && !endsWithAny(words, NOT_PLACE_COMPOUNDS);
}

/** One entity per name: mentions counted, roles merged (a less specific prefix dropped). */
function mergeMentions(mentions: Mention[], shortRefs: { syllables: string; start: number }[]): PersonEntity[] {
  const byName = new Map<string, PersonEntity>();
  for (const m of mentions) {
    const person = byName.get(m.name) ?? { name: m.name, roles: [], mentions: 0 };
    person.mentions++;
    person.roles.push(...m.roles);
    byName.set(m.name, person);
  }
  // "ông Phước" counts for "Lê Văn Phước" when exactly one known name ends that way.
  for (const ref of shortRefs) {
    const matches = [...byName.values()].filter((p) => p.name.endsWith(` ${ref.syllables}`));
    if (matches.length === 1) matches[0].mentions++;
  }
  const names = [...byName.keys()];
  for (const person of byName.values()) {
    const roles = person.roles.map((r) => withoutNames(r, person.name, names)).filter((r): r is string => r !== null && r !== '');
    person.roles = mergeRoles(roles);
  }
  return [...byName.values()];
}

/** Deduped roles; a role that another extends ("… UBND tỉnh" vs "… UBND tỉnh An Giang") is dropped. */
export function mergeRoles(roles: string[]): string[] {
  const unique = [...new Map(roles.map((r) => [r.toLowerCase(), r])).values()];
  return unique.filter((r) => !unique.some((o) => o !== r && o.toLowerCase().startsWith(`${r.toLowerCase()} `)));
}
