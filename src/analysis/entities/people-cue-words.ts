/**
 * Cue words before a name that make it a place, street, firm, title or character rather than a
 * person, and the small predicates that read the words before a name.
 */
import { DESCRIPTORS_BEFORE_IS, HONORIFICS } from './roles';
import { endsWithAny } from './text-units';

// Words right before a name that make it a place, street, school or ideology, not a person
// ("đường Lê Lợi", "tư tưởng Hồ Chí Minh", "Trường THPT Nguyễn Du").
export const NON_PERSON_CONTEXT = new Set([
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
  // Firms and cooperatives named after their owners: "doanh nghiệp Xuân Trường", "DNTN Đức Thủy", "HTX … Huy Duy Khánh";
  // shops, coach firms and sponsors too: "hiệu vàng Phú Đô", "nhà xe Hồng Anh", "nhà tài trợ Tôn Đông Á".
  // ("tiệm" alone is listed below with the schools of martial arts).
  'doanh nghiệp', 'hợp tác xã', 'htx', 'cty', 'dntn', 'ctcp', 'tiệm vàng', 'hiệu vàng', 'nhà xe', 'nhà tài trợ',
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
  // Aircraft named like people: "trực thăng Marine One", "máy bay Air Force One".
  'trực thăng', 'máy bay', 'phi cơ', 'chiến đấu cơ', 'tiêm kích',
  // Border gates by rank: "cửa khẩu quốc tế Hà Tiên", "cửa khẩu quốc gia Giang Thành".
  'cửa khẩu quốc tế', 'cửa khẩu quốc gia', 'cửa khẩu chính',
  // Bodies of a district or commune by their abbreviation, before the place's name: "Theo CAH Vĩnh
  // Thạnh" (district police), "UBND Tân Phú", "BCH Quân sự Đông Hà".
  'cah', 'cax', 'caq', 'catp', 'ubnd', 'hđnd', 'bch', 'ubmttq',
  // Shops and schools of martial arts or sects: "tiệm Mutt Hutt", "phái Nam Huỳnh Đạo".
  'tiệm', 'phái', 'môn phái', 'giáo phái',
  // Warship classes named after people, and feasts: "thuộc lớp Arleigh Burke", "lễ Eid al-Fitr".
  'thuộc lớp', 'tàu lớp', 'hạm lớp', 'lễ', 'lễ hội', 'ngày lễ',
  // Stadiums named after people, as a team's home or away ground: "trên sân nhà Ramón Sánchez Pizjuán".
  'sân nhà', 'sân khách',
  // Bus and ferry stations named after their street or place: "bến xe Kim Mã", "bến phà Rạch Miễu".
  'bến xe', 'bến tàu', 'bến phà', 'bến cảng',
  // Joint-stock banks and forums: "Ngân hàng TMCP Sài Gòn Thương Tín", "diễn đàn Hương Sơn".
  'tmcp', 'thương mại cổ phần', 'diễn đàn',
]);

// Heads of lists of streets and landmarks: every item of "các tuyến đường như Đường Láng, Nguyễn
// Trãi, Trần Phú" is a street, full names included.
const STREET_HEADS = new Set([
  'đường', 'phố', 'tuyến đường', 'tuyến phố', 'đại lộ', 'vòng xoay', 'ngã tư', 'ngã ba', 'quảng trường', 'cầu',
  'hẻm', 'ngõ', 'trường', 'chợ', 'xa lộ',
  // Junctions, named after the streets that meet there: "nút giao Phạm Văn Thuận – Trần Quốc Toản".
  'nút giao', 'giao lộ', 'ngã năm', 'ngã sáu', 'vòng xuyến', 'bùng binh',
]);

// Names that are also places or institutions: a person only with a role or honorific before.
// "Lầu Năm" opens "Lầu Năm góc", the Pentagon.
export const NEEDS_PERSON_CONTEXT = new Set(['Hồ Chí Minh', 'Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ', 'Quang Trung', 'Lầu Năm']);

// A few words that introduce the leader by an epithet ("Bác Hồ", "Người").
const PERSON_EPITHETS = new Set(['bác', 'người', 'chủ tịch', 'lãnh tụ', 'hồ chủ tịch']);

// The same cue lists as arrays for endsWithAny, built once (not per candidate name).
export const PERSON_EPITHET_LIST = [...PERSON_EPITHETS];

export const NON_PERSON_CONTEXT_LIST = [...NON_PERSON_CONTEXT];

export const NON_PERSON_OR_LOCATIVE = [...NON_PERSON_CONTEXT, 'tại', 'ở'];

export const STREET_HEAD_LIST = [...STREET_HEADS];

/** True for words ending in a descriptor of people and "là" ("2 tuyển thủ là"): the name they introduce. */
export function isDescriptorIs(words: string): boolean {
  return words.endsWith(' là') && endsWithAny(words.slice(0, -' là'.length), DESCRIPTORS_BEFORE_IS);
}

// Plural nouns for people that open a list of names ("các sao như Chi Pu, Nhã Phương"), beside the descriptors of "là";
// "sao" alone is also "why" ("tại sao … được gọi là").
const PEOPLE_NOUNS_BEFORE_LIST = [...DESCRIPTORS_BEFORE_IS, 'các sao', 'dàn sao', 'nhiều sao', 'ngôi sao', 'danh hài', 'đồng nghiệp', 'học trò', 'thí sinh', 'gương mặt', 'người đẹp'];

// Words, then a colon, right before a name: a label ("Thủ môn: …").
const LABEL_BEFORE_COLON = /([\p{L} ]+):[ \u00a0]*$/u;

// What opens the list after the noun: "như", "gồm", "là", "trong đó có".
const LIST_OPENER = /\s(?:như|gồm|gồm có|bao gồm|là|trong đó có)$/u;

// The clause before a name, up to a sentence break, as words (lower case).
function sentenceWordsBefore(text: string, index: number): string[] {
  const slice = text.slice(Math.max(0, index - 100), index);
  const sentence = slice.split(/[.;!?()“”"\n]/u).pop() ?? '';
  return sentence.toLowerCase().replace(/,/g, ' ').trim().split(/\s+/).slice(-12);
}

// Plural nouns for people that touch their list (not "ngôi sao"/"gương mặt", singular as often as not).
const PEOPLE_NOUNS_TOUCHING_LIST = PEOPLE_NOUNS_BEFORE_LIST.filter((w) => !['ngôi sao', 'gương mặt', 'các sao', 'dàn sao', 'nhiều sao'].includes(w));

// A plural marker and a noun for people touching the list: "các danh hài Hoài Linh, Chí Tài", "những nữ ca sĩ …".
const PLURAL_PEOPLE_NOUN_AT_END = new RegExp(
  ` (?:các|những|nhiều|dàn|hai|ba|bốn|năm)(?: nữ| nam)? (?:${PEOPLE_NOUNS_TOUCHING_LIST.map((w) => w.replace(/[.]/gu, '\\.')).join('|')})$`,
  'u',
);

// A number before a noun for people makes it plural, those that are singular as often as not
// included: "4 gương mặt Anh Tú, Hiền Mai" (not "5 ngôi sao", a hotel's grade).
const COUNTED_PEOPLE_NOUN_AT_END = new RegExp(
  ` (?:\\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?: nữ| nam)? (?:${PEOPLE_NOUNS_BEFORE_LIST.filter((w) => w !== 'ngôi sao').map((w) => w.replace(/[.]/gu, '\\.')).join('|')})$`,
  'u',
);

// The name at the start, then another capitalised item after a comma or "và": the list goes on.
const NEXT_ITEM_AFTER_NAME = /^\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}(?:,[ \u00a0]*|[ \u00a0]+và[ \u00a0]+)\p{Lu}/u;

/** True when another capitalised item follows the name that starts at `index` ("Hoài Linh, Chí Tài"). */
function nextItemFollows(text: string, index: number): boolean {
  return NEXT_ITEM_AFTER_NAME.test(text.slice(index, index + 80));
}

/**
 * True when the name at `index` opens a list announced by a noun for people ("nhiều cầu thủ trụ
 * cột của ĐTVN như Công Vinh, Thành Lương", "lời chúc của đồng nghiệp, trong đó có Hoài Linh"),
 * with no place or group word between the noun and the list ("cầu thủ của các CLB như Hà Nội, …"
 * lists clubs).
 */
export function opensListOfPeople(text: string, index: number): boolean {
  // A line-up by position: "Thủ môn: Tiến Dũng, Văn Lâm", "Tiền vệ: Ritsu Doan (U20 Nhật Bản), …".
  const window = text.slice(Math.max(0, index - 40), index);
  // The pattern backtracks over every start: read it only where a colon is.
  const labelled = window.includes(':') ? LABEL_BEFORE_COLON.exec(window) : null;
  if (labelled !== null && endsWithAny(labelled[1].trim().toLowerCase(), PEOPLE_NOUNS_BEFORE_LIST)) return true;
  const words = sentenceWordsBefore(text, index);
  const joined = ` ${words.join(' ')}`;
  // Both patterns end the text and span a few short words: matched on its end, not tried at every word of the sentence.
  const end = joined.slice(-100);
  if ((PLURAL_PEOPLE_NOUN_AT_END.test(end) || COUNTED_PEOPLE_NOUN_AT_END.test(end)) && nextItemFollows(text, index)) return true;
  const opener = LIST_OPENER.exec(joined);
  if (opener === null) return false;
  const before = joined.slice(0, opener.index).trim().split(' ');
  // The noun closest to the opener, at most six words before it.
  for (let k = before.length - 1; k >= Math.max(0, before.length - 6); k--) {
    const one = before[k];
    const two = k > 0 ? `${before[k - 1]} ${before[k]}` : '';
    if (NON_PERSON_CONTEXT.has(one) || NON_PERSON_CONTEXT.has(two)) return false;
    if (PEOPLE_NOUNS_BEFORE_LIST.includes(one) || PEOPLE_NOUNS_BEFORE_LIST.includes(two)) return true;
  }
  return false;
}

// Titles of performers not among the honorifics: "diva Hồng Nhung", "danh hài Hoài Linh".
const PERFORMER_TITLES = ['diva', 'danh hài', 'nữ danh hài', 'nam danh hài'];

// Describing words between a title and the name: "tiền vệ trẻ Quang Hải", "ca sĩ kỳ cựu Tuấn Ngọc".
const DESCRIBING_WORDS = ['trẻ', 'trẻ tuổi', 'kỳ cựu', 'gạo cội', 'lão làng', 'nổi tiếng', 'xinh đẹp', 'tài năng', 'điển trai', 'tài hoa', 'lừng danh', 'nhí'];

/**
 * True when the words before a name end in a performer's title ("diva") or in an honorific and
 * one describing word ("tiền vệ trẻ", "nữ ca sĩ xinh đẹp"): a person's title.
 */
export function endsWithDescribedTitle(words: string): boolean {
  if (endsWithAny(words, PERFORMER_TITLES)) return true;
  const described = DESCRIBING_WORDS.find((w) => words === w || words.endsWith(` ${w}`));
  return described !== undefined && endsWithAny(words.slice(0, -described.length).trim(), HONORIFICS);
}

/** True when the word at `index` follows a colon ("ĐT Đức: Leon Goretzka"), maybe past spaces and quotes. */
export function afterColon(text: string, index: number): boolean {
  return /:[\s“"']*$/u.test(text.slice(Math.max(0, index - 4), index));
}

// Words before a place name ("đến Manchester"), not before a person's.
export const PLACE_CUE_WORDS = [
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
  // Capitals of provinces, birthplaces and TV channels: "thủ phủ Lashkar Gah", "Nơi sinh Basel",
  // "kênh truyền hình Deutsche Welle".
  'thủ phủ', 'nơi sinh', 'kênh truyền hình', 'đài truyền hình',
  // Bags, shoes and other goods by their label: "chiếc Lady Dior", "Giày Christian Louboutin", "clutch Hermes Jige".
  'chiếc', 'túi', 'túi xách', 'giày', 'clutch', 'nhà mốt', 'hàng hiệu',
];

export const COMPASS_POINTS = new Set(['Nam', 'Bắc', 'Đông', 'Tây', 'Trung']);

// Vietnamese cue words written in capitals at the start of a name without a family name: "Liên
// hoan Phim Cannes", "Giải Oscar", "Nước Pháp". One syllable each, compared lower-cased; not the
// ones that are also family or given names ("Hồ", "Trang", "Đình Trọng", "Trường Giang").
export const NON_PERSON_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...[...NON_PERSON_CONTEXT, ...PLACE_CUE_WORDS].filter(
    (w) => !w.includes(' ') && !['hồ', 'trang', 'đình', 'trường', 'kiệt', 'từ', 'sang', 'đoàn', 'tuyến', 'tp', 'tp.', 'lễ'].includes(w),
  ),
  // Hà Nội's guild streets: "Hàng Khay", "Hàng Bài".
  'hàng',
]);

// Words after which a name is a street, place, firm or title, whatever its other mentions; not
// the prepositions and descriptors that also stand before people ("từ", "sang", "lái xe", "người mẫu").
export const NON_PERSON_WORDS = [...NON_PERSON_CONTEXT, ...PLACE_CUE_WORDS].filter(
  (w) => !['từ', 'sang', 'xe', 'mẫu', 'bản', 'nước', 'trang', 'mạng', 'giống', 'show'].includes(w),
);

// A part in a film or play, maybe with the character's kinship or rank: "vào vai mẹ Hoàng Lịch".
const CHARACTER_CUE = /(?:^| )vai(?: diễn)?(?: (?:mẹ|bố|cha|con|vợ|chồng|anh|chị|em|ông|bà|cô|chú|nàng|chàng|chính|phụ|vua|hoàng hậu|công chúa))?$/u;

/** True when the words before a name introduce a character played ("vào vai mẹ"): a fictional name. */
export function isCharacterCue(words: string): boolean {
  return words.includes('vai') && CHARACTER_CUE.test(words);
}

// "màu" (colour), maybe with a few lower-case words of shade, right before a name: the paint's or
// the product's colour name ("màu trắng Arctic White", "màu sơn nâu đồng Berwick Bronze"); not
// past a function word ("màu son bán chạy của Charlotte Tilbury") nor a miracle ("phép màu").
const COLOUR_CUE = /(?:^|[^\p{L}])(?<!phép )màu(?: (?!của |như |với |và |cho |là |bởi |từ )\p{Ll}+){0,3} $/u;

/** True when a colour word and its shade stand right before `index` ("màu xám Frozen Grey"): a colour's name follows. */
export function isColourCue(text: string, index: number): boolean {
  return COLOUR_CUE.test(text.slice(Math.max(0, index - 40), index));
}

/** The last `n` words before `index`, lower-cased, joined by spaces (no crossing of punctuation). */
export function previousWords(text: string, index: number, n: number): string {
  const slice = text.slice(Math.max(0, index - 40), index);
  const clause = slice.split(/[,.;:!?()“”"\n]/u).pop() ?? '';
  return clause.trim().split(/\s+/).slice(-n).join(' ').toLowerCase();
}

// Words whose last syllable is a place or group cue but which are not one: "gia đình" (family,
// not "đình", a communal house), "đồng đội" (team-mate), "người gác đền" (goalkeeper), "tắc đường",
// "tình báo" (intelligence, not a paper).
const NOT_PLACE_COMPOUNDS = [
  'gia đình', 'đồng đội', 'gác đền', 'tắc đường', 'kẹt đường', 'nhường đường',
  // Not a feast ("lễ"): the officiant, "chủ lễ Nguyễn Văn A".
  'chủ lễ',
  // Not a paper ("báo"): "quan chức tình báo Suh Hoon", "cảnh báo", "dự báo".
  'tình báo', 'cảnh báo', 'dự báo', 'thông báo',
  // Not a school ("trường"): "trong hậu trường Bella Hadid" (backstage), "thị trường", "môi trường", "hiện trường".
  'hậu trường', 'thị trường', 'môi trường', 'hiện trường', 'chiến trường', 'lập trường',
  // Not a commune ("xã"): "bà xã Huỳnh Hiểu Minh" (his wife), "ông xã" (her husband).
  'bà xã', 'ông xã',
];

/** True when `words` ends with one of the non-person cue `phrases`, unless the cue is the tail of a compound that is none. */
export function endsWithNonPersonCue(words: string, phrases: readonly string[]): boolean {
  return endsWithAny(words, phrases) && !endsWithAny(words, NOT_PLACE_COMPOUNDS);
}

// A compass direction right before a name: "ở phía Bắc Rasm al-Sabiheh", "đến Tây Bắc Banr al-Qasb",
// "hướng Đông Nam Aleppo". One point after "phía"/"hướng", or two points together.
const COMPASS_DIRECTION_BEFORE = /(?:(?:^|[^\p{L}])(?:phía|hướng)(?: (?:[Bb]ắc|[Nn]am|[Đđ]ông|[Tt]ây)){1,2}|(?:^|[^\p{L}])(?:[Tt]ây|[Đđ]ông) (?:[Bb]ắc|[Nn]am)) $/u;

// Compass points a capitalised run may have swallowed at its head: "phía Nam Khirbet al-Hamra".
const LEADING_COMPASS_POINTS = /^(?:(?:Bắc|Nam|Đông|Tây) ){1,2}/u;

/**
 * True when a compass direction stands right before the name at `index` ("phía Bắc", "Tây Nam"),
 * or opens it after "phía"/"hướng" ("phía Nam Khirbet al-Hamra"): a place's name.
 */
export function isAfterCompassDirection(text: string, index: number, name: string): boolean {
  const head = LEADING_COMPASS_POINTS.exec(name)?.[0].length ?? 0;
  const at = index + (head < name.length ? head : 0);
  return COMPASS_DIRECTION_BEFORE.test(text.slice(Math.max(0, at - 20), at));
}

// Verbs of saying right after a name, maybe past a comma: "Hoàng Mai cho biết", "…, Thanh Hà nói".
const SPEECH_VERB_AFTER = /^,?\s+(?:cho biết|cho hay|cho rằng|nói|kể|chia sẻ|tâm sự|khẳng định|nhấn mạnh|thừa nhận|tiết lộ|giải thích|bày tỏ|phát biểu|trả lời|hỏi)(?![\p{L}\p{M}])/u;

/** True when a verb of saying follows the name ending at `end`: the name is a speaker's, a person's. */
export function isFollowedBySpeechVerb(text: string, end: number): boolean {
  return SPEECH_VERB_AFTER.test(text.slice(end, end + 24));
}

// A footballer's action right after a name: "Văn Long có pha đi bóng", "Xuân Trung tạt bóng", "Minh Tâm ghi bàn".
const PLAY_AFTER = /^,?\s+(?:(?:đã|lại|tiếp tục|kịp|bất ngờ|dễ dàng) )?(?:ghi bàn|lập công|nâng tỷ số|gỡ hòa|rút ngắn tỷ số|tạt bóng|tạt vào|sút|tung cú|dứt điểm|đánh đầu|đi bóng|kiến tạo|chuyền bóng|căng ngang|đột phá|cứu thua|phá bóng|băng xuống|thoát xuống|có pha|có cú|bỏ lỡ|đệm bóng|vô lê|lốp bóng|treo bóng|xâu kim)(?![\p{L}\p{M}])/u;

// A footballer's action, then "của", before a name or the list it goes on: "cú dứt điểm của Xuân Khoa",
// "những pha dứt điểm của Merlo, Văn Long, Huy Toàn".
const PLAY_OF_BEFORE = /(?:^|[^\p{L}])(?:[Cc]ú|[Pp]ha|[Đđ]ường|[Tt]ình huống) (?:sút|dứt điểm|chuyền|kiến tạo|đánh đầu|tạt|căng ngang|đi bóng|đột phá|cứu thua|lốp bóng|vô lê)(?: \p{Ll}+){0,2} của(?: \p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3},){0,4} $/u;

/** True when a footballer's action follows the name ending at `end` or, with "của", precedes the one at `start`: a player. */
export function isPlayerInAction(text: string, start: number, end: number): boolean {
  return PLAY_AFTER.test(text.slice(end, end + 30)) || PLAY_OF_BEFORE.test(text.slice(Math.max(0, start - 100), start));
}
