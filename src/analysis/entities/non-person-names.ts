/**
 * Capitalised names that read like a person's given name but name a newspaper ("phóng viên
 * Tiền Phong", "theo ghi nhận của Thanh Niên") or a region ("hướng Đông Bắc", "đội bóng Tây Á").
 */

// Vietnamese newspapers whose titles are capitalised syllables, as a given name is (not "Công Lý", a comedian's name too).
const NEWSPAPER_TITLES: ReadonlySet<string> = new Set([
  'tiền phong', 'thanh niên', 'tuổi trẻ', 'lao động', 'người lao động', 'dân trí', 'dân việt', 'pháp luật',
  'nhân dân', 'đất việt', 'giáo dục', 'đời sống', 'gia đình', 'tin tức', 'đầu tư', 'thể thao',
  'kinh tế', 'công thương', 'nông nghiệp', 'người đưa tin', 'an ninh thủ đô', 'hà nội mới', 'đại đoàn kết',
  'sài gòn giải phóng', 'quân đội nhân dân', 'công an nhân dân', 'người việt', 'pháp luật việt nam',
]);

// Kin honorifics that make a newspaper-like title a person's name ("chị Thanh Niên" is a woman).
const KIN_HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:ông|bà|anh|chị|em|cô|chú|bác|cháu)\s+$/iu;

// Compass points and continents: names made of these alone are regions, never people.
const REGION_WORDS: ReadonlySet<string> = new Set(['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Á', 'Âu', 'Phi', 'Mỹ', 'Úc']);

/** True when `name` is a newspaper's title and no kin honorific stands right before it (`before` = text before the name). */
export function isNewspaperTitle(name: string, before: string): boolean {
  return NEWSPAPER_TITLES.has(name.toLowerCase()) && !KIN_HONORIFIC_BEFORE.test(before.slice(-8));
}

/** True for "Đông Bắc", "Tây Á", "Đông Nam Á": a name made only of compass points and continents. */
export function isRegionName(name: string): boolean {
  return name.split(' ').every((w) => REGION_WORDS.has(w));
}

// Whole capitalised names that are no person: celestial bodies, ancient cultures, "the West".
const NON_PERSON_WHOLE_NAMES: ReadonlySet<string> = new Set([
  'trái đất', 'mặt trời', 'mặt trăng', 'phương tây', 'óc eo', 'chăm pa', 'ả rập',
  // Presidential and royal residences, written with no place word before them: "dưới sự bảo hộ Cheong Wa Dae"
  // ("Điện Kremlin" is a place of the gazetteer).
  'cheong wa dae', 'nhà xanh', 'trung nam hải', 'điện élysée', 'điện elysee', 'cung điện buckingham',
  // Hà Nội's landmark sites, named like people: "Hoàng Thành Thăng Long", "Văn Miếu - Quốc Tử Giám".
  'văn miếu', 'quốc tử giám', 'hoàng thành thăng long', 'văn miếu - quốc tử giám',
]);

// Seas and gulfs named by a colour or a compass point: "Biển Đỏ", "Biển Đen", "Biển Đông" ("Biển" is no family name).
const SEA_WORDS: ReadonlySet<string> = new Set(['biển', 'vịnh']);
const SEA_QUALIFIERS: ReadonlySet<string> = new Set(['đỏ', 'đen', 'trắng', 'chết', 'đông', 'tây', 'nam', 'bắc']);

// Common nouns and plural markers written in capitals at a heading's or a title's start
// ("Tiếng Anh", "Các Tiểu vương quốc", "Người Mỹ"): no Vietnamese name opens with them.
const COMMON_NOUN_OPENERS: ReadonlySet<string> = new Set([
  'các', 'những', 'tiếng', 'nền', 'người', 'phủ', 'luật', 'axít', 'axit',
  // Deities of folk worship: "Thần Tài", "Thần Nông" ("Thần" is no family name).
  'thần',
  // Parks and gardens: "Vườn Quốc gia Cúc Phương" ("Vườn" is no family name).
  'vườn',
  // English landform and settlement heads of a place's name: "Cape Horn", "Mount Hood", "Fort Worth", "Port Louis".
  'cape', 'mount', 'fort', 'port',
]);

// Landforms that name a lake or a place after them ("Hồ Núi Cốc", "Hồ Suối Hai"): never a given name.
const LANDFORM_WORDS: ReadonlySet<string> = new Set(['núi', 'sông', 'suối', 'đèo']);

// "Mùa" is a Hmong family name ("Mùa A Chông"); before a season it is the season ("Mùa Xuân Ả Rập").
const SEASONS: ReadonlySet<string> = new Set(['xuân', 'hạ', 'hè', 'thu', 'đông']);

// Two-word titles and compounds whose first word a capitalised run swallows ("Đoàn Luật sư",
// "ông Quyền Chủ tịch", "Nguyên Trưởng khoa", "Phủ Tổng thống", "Nền Cộng hòa", "Lầu Năm góc").
const COMPOUNDS_CUT_AFTER_FIRST_WORD: ReadonlySet<string> = new Set([
  'luật sư', 'chủ tịch', 'chủ nhiệm', 'trưởng khoa', 'trưởng ban', 'trưởng phòng', 'tiểu vương',
  'cộng hòa', 'cộng hoà', 'tổng thống', 'giám đốc', 'bí thư',
  // "Lầu Năm| góc": the Pentagon, whose last word is written in lower case.
  'năm góc',
  // A sentence's first word glued to an institution written in lower case after its head:
  // "đồng nghiệp Theo Đại| học Y tế Utah", "Tại Bệnh| viện".
  'đại học', 'học viện', 'bệnh viện',
]);

/**
 * True when `name` is a common noun phrase rather than a person: a celestial body or culture
 * ("Trái Đất", "Óc Eo"), a phrase opened by a common noun ("Tiếng Anh", "Mùa Đông"), or a run
 * whose last word opens a title written on in lower case (`after` = text after the name:
 * "Đoàn Luật| sư", "Quyền Chủ| tịch").
 */
export function isCommonNounPhrase(name: string, after: string): boolean {
  const words = name.toLowerCase().split(' ');
  if (NON_PERSON_WHOLE_NAMES.has(words.join(' '))) return true;
  if (COMMON_NOUN_OPENERS.has(words[0])) return true;
  if (words[0] === 'mùa' && SEASONS.has(words[1])) return true;
  if (SEA_WORDS.has(words[0]) && words.slice(1).every((w) => SEA_QUALIFIERS.has(w))) return true;
  if (words.slice(1).some((w) => LANDFORM_WORDS.has(w))) return true;
  const next = /^ (\p{Ll}+)/u.exec(after)?.[1];
  return next !== undefined && COMPOUNDS_CUT_AFTER_FIRST_WORD.has(`${words[words.length - 1]} ${next}`);
}

// Words right before a name that make it a ship class, an award, a grant, a data source, a stadium, a telescope
// or a spacecraft ("Kính viễn vọng không gian James Webb", "tàu thăm dò Osiris Rex"), a police unit by its
// ward ("Đội CSGT Bàn Cờ"),
// a polling firm ("cơ quan thăm dò dư luận xã hội Ipsos"), a town written "TX" (thị xã), a landform or a product: "lớp Arleigh Burke", "danh hiệu X", "học bổng Thiel Fellowship", "số liệu
// của Baker Hughes", "mẫu Nardo Grey", "xe Hoàng Sơn" (a coach firm), "dàn âm thanh Mark Levinson" (a hi-fi
// brand). Not "người mẫu", "siêu mẫu", "nhà tạo mẫu"
// (models are people) nor "lái xe", "phụ xe", "chủ xe" (drivers and owners are); not "vào lưới",
// which a keeper follows as often as a club. Only for uncued names, so kept apart from the shared cue words.
const NON_PERSON_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:lớp|danh hiệu|học bổng|(?:đội|trạm|chốt|phòng) (?:csgt|cstt|cshs|csđt|cskv|pccc|cảnh sát giao thông)|kính (?:viễn vọng|thiên văn)(?: không gian)?|tàu (?:vũ trụ|thăm dò)|số liệu của|(?:điều tra|thăm dò|khảo sát) (?:dư luận|ý kiến)(?: xã hội)?|tx\.?|thánh địa|bán đảo|chòm sao|(?:dàn|hệ thống|loa) âm thanh|(?<!(?:lái|phụ|chủ|bác|ông|bà|anh|chị) )xe|(?<!(?:người|siêu|tạo|gương|kiểu|làm) )mẫu)\s+$/iu;

/** True when a cue word for a ship class, award, grant, data source, pollster, town, stadium, telescope, spacecraft, police unit or product stands right before the name (`before` = text before it). */
export function isAfterNonPersonCue(before: string): boolean {
  return NON_PERSON_CUE_BEFORE.test(before.slice(-30));
}

// Continents written "châu Phi", "châu Á": the capitalised word is the continent's, never a name's head
// ("vô địch châu Phi Mkhitaryan thăng hoa", a headline glued to the next).
const CONTINENT_AFTER_CHAU = /(?:^|[^\p{L}])châu $/iu;
const CONTINENTS: ReadonlySet<string> = new Set(['Phi', 'Á', 'Âu', 'Mỹ', 'Úc', 'Đại']);

/** True when the name opens with a continent written after "châu" (`before` = text before the name). */
export function opensWithContinent(name: string, before: string): boolean {
  return CONTINENT_AFTER_CHAU.test(before.slice(-6)) && CONTINENTS.has(name.split(' ')[0]);
}

// Martial arts and combat sports named in Latin letters, glued after a fighter's name: "võ sư Đoàn Bảo
// Châu Karate Việt Nam". No Vietnamese name ends with one.
const COMBAT_SPORTS: ReadonlySet<string> = new Set(['karate', 'taekwondo', 'judo', 'vovinam', 'wushu', 'boxing', 'kickboxing', 'muay', 'mma', 'aikido', 'jujitsu', 'sambo', 'kungfu']);

/** The name without a combat sport glued to its end ("Đoàn Bảo Châu Karate" → "Đoàn Bảo Châu"), or the name itself. */
export function withoutTrailingSport(name: string): string {
  const words = name.split(' ');
  return words.length >= 3 && COMBAT_SPORTS.has(words[words.length - 1].toLowerCase()) ? words.slice(0, -1).join(' ') : name;
}

// Spanish plural articles open a club's nickname or a place ("cầu thủ Los Blancos", "Las Vegas"), never a person's name.
const SPANISH_PLURAL_ARTICLES: ReadonlySet<string> = new Set(['Los', 'Las']);

/** True for a name opened by a Spanish plural article: "Los Blancos", "Las Palmas". */
export function opensWithSpanishArticle(name: string): boolean {
  return SPANISH_PLURAL_ARTICLES.has(name.split(' ')[0]);
}

// English colour and finish words that end a paint's or a trim's trade name ("Java Green", "Frozen Grey",
// "Purple Pearl"); also family names ("Damian Green", "Chris Brown"), so only read with a cue.
const COLOUR_WORDS: ReadonlySet<string> = new Set([
  'Grey', 'Gray', 'Green', 'Red', 'Blue', 'White', 'Black', 'Silver', 'Pearl', 'Purple', 'Gold', 'Golden', 'Orange',
  'Yellow', 'Pink', 'Bronze', 'Brown', 'Violet', 'Beige', 'Crimson', 'Scarlet', 'Ivory', 'Graphite', 'Titanium',
  'Chrome', 'Metallic', 'Matte',
]);

// A Vietnamese colour word (lower case: not "Nhà Trắng") or "màu", "sơn" naming the colour before its trade name:
// "xanh Java Green", "màu sơn Frozen Grey", "3 màu: Arctic Silver". Not a skin ("người da đen Michael Brown") nor "Quỷ đỏ", a club's nickname.
const COLOUR_CUE_BEFORE = /(?:^|[^\p{L}])(?<!(?:da|[Qq]uỷ) )(?:màu:?|sơn|xanh|đỏ|đen|trắng|xám|bạc|vàng|tím|cam|hồng|nâu|ghi)\s+$/u;

// The list item before ends in a colour word too: "3 màu: Luminous Chrome, Deepsea Black và Brone Pink".
const COLOUR_ITEM_BEFORE = /\p{Lu}\p{L}* (\p{Lu}\p{L}+)(?:,| và| hoặc)\s+$/u;

/**
 * True when `name` is a colour's trade name (`before` = text before it): its last word is a colour
 * word and another colour word stands before that ("Twilight Purple Pearl"), a Vietnamese colour word
 * introduces it ("xám Frozen Grey"), or the list item before it is a colour too.
 */
export function isColourName(name: string, before: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !COLOUR_WORDS.has(words[words.length - 1])) return false;
  if (words.length >= 3 && COLOUR_WORDS.has(words[words.length - 2])) return true;
  const tail = before.slice(-40);
  const previousItemEnd = COLOUR_ITEM_BEFORE.exec(tail)?.[1];
  return COLOUR_CUE_BEFORE.test(tail) || (previousItemEnd !== undefined && COLOUR_WORDS.has(previousItemEnd));
}

// Words after a colour in a trim's, a paint's or an option's name ("Nardo Grey Design Package").
const PRODUCT_WORDS_AFTER_COLOUR: ReadonlySet<string> = new Set([
  'Design', 'Package', 'Edition', 'Interior', 'Exterior', 'Trim', 'Option', 'Paint', 'Metallic', 'Pearl', 'Matte',
]);

/** Mentions read for {@link isEverColourOfProduct}: a few are enough. */
const COLOUR_MENTIONS_READ = 10;

/**
 * True when a name ending in a colour word is somewhere in `text` followed by a product's word:
 * a trim's colour ("Gói RS Nardo Grey Design Package" makes "Nardo Grey" a colour; "Damian Green" never is).
 */
export function isEverColourOfProduct(text: string, name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !COLOUR_WORDS.has(words[words.length - 1])) return false;
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < COLOUR_MENTIONS_READ; at = text.indexOf(name, at + name.length), seen++) {
    const next = /^ (\p{Lu}\p{L}+)/u.exec(text.slice(at + name.length, at + name.length + 30))?.[1];
    if (next !== undefined && PRODUCT_WORDS_AFTER_COLOUR.has(next)) return true;
  }
  return false;
}

// Endings of a genus (a "-saurus", a "-suchus") and of a species' Latin epithet ("Americanus", "Sinensis"):
// a two-word foreign run so made is a binomial name, never a person's.
const GENUS_ENDING = /^\p{Lu}\p{Ll}+(?:saurus|suchus|pithecus|ceratops|therium|raptor|ornis|cetus)$/u;
const EPITHET_ENDING = /^\p{Lu}?\p{Ll}+(?:ensis|anus|icus|oides|iformis)$/u;

/** True for a Latin binomial: "Gavialosuchus Americanus", "Camellia Sinensis". */
export function isLatinBinomial(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && (GENUS_ENDING.test(words[0]) || EPITHET_ENDING.test(words[1]));
}

// Words that name a holiday before "Day": "Valentine Day", "Memorial Day" (not "Jason Day", "Doris Day").
const HOLIDAY_HEADS: ReadonlySet<string> = new Set([
  'Valentine', "Valentine's", 'Valentines', 'Memorial', 'Independence', 'Labor', 'Labour', 'Mother', "Mother's", 'Mothers',
  'Father', "Father's", 'Fathers', 'Thanksgiving', 'Boxing', 'Earth', 'Victory', 'Election', 'Veterans', 'Remembrance',
]);

/** True for a holiday named in English: "Valentine Day", "Memorial Day". */
export function isHolidayName(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && words[1] === 'Day' && HOLIDAY_HEADS.has(words[0]);
}
