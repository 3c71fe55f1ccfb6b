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
