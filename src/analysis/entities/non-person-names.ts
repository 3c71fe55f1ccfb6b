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

// Words right before a name that make it a ship class, an award, a grant, a data source, a stadium,
// a landform or a product: "lớp Arleigh Burke", "danh hiệu X", "học bổng Thiel Fellowship", "số liệu
// của Baker Hughes", "mẫu Nardo Grey", "xe Hoàng Sơn" (a coach firm). Not "người mẫu", "siêu mẫu", "nhà tạo mẫu"
// (models are people) nor "lái xe", "phụ xe", "chủ xe" (drivers and owners are); not "vào lưới",
// which a keeper follows as often as a club. Only for uncued names, so kept apart from the shared cue words.
const NON_PERSON_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:lớp|danh hiệu|học bổng|số liệu của|thánh địa|bán đảo|chòm sao|(?<!(?:lái|phụ|chủ|bác|ông|bà|anh|chị) )xe|(?<!(?:người|siêu|tạo|gương|kiểu|làm) )mẫu)\s+$/iu;

/** True when a cue word for a ship class, award, grant, data source, stadium or product stands right before the name (`before` = text before it). */
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
