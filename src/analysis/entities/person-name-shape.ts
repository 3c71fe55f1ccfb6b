/**
 * The shape of a candidate name, syllable by syllable: its length, initials, year names,
 * institution words written in capitals, and the next sentence's first word glued to its end.
 */
import { isGenerationalSuffixWithStop, isKoreanGivenName, isParticleWord } from './foreign-names';
import { hasVietnameseMarks, isVietnameseSyllable } from './syllables';
import { firstRowNotBefore, type AlignedNerToken } from './text-units';

export const MAX_NAME_SYLLABLES = 4;

// Capitalised words that open institution names, never a given name ("Thủ tướng Chính phủ").
export const INSTITUTION_WORDS = new Set([
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
export const INSTITUTIONS_IN_CAPITALS = new Set([
  'Công Thương', 'Công An', 'Công Đoàn', 'Văn Phòng', 'Văn Hóa', 'Văn Hoá', 'Quốc Phòng', 'Quốc Hội', 'Trung Ương',
  'Thành Đoàn', 'Thành Ủy', 'Thành Uỷ', 'Hải Quan', 'Đại Học', 'Công Nghệ', 'Quốc Tế', 'Thành Phố',
  'Cảnh Sát', 'Cảnh Vệ', 'Cảnh Báo',
]);

// Institution words that are also first syllables of given names ("Văn Thanh", "Công Phượng"), or of
// Chinese names written in Vietnamese ("Cảnh Sảng" after his role; "Cảnh sát" opens a body).
// Also "Chi" of stage names ("ca sĩ Chi Pu", "Chi Bảo"); not "Chánh", far more often a title
// after a name ("ông Bùi Quý Khiêm, Chánh Văn phòng") than a given name ("tài tử Chánh Tín").
export const GIVEN_NAME_WORDS = new Set(['Văn', 'Công', 'Quốc', 'Thành', 'Trung', 'Đại', 'Hải', 'Cảnh', 'Chi']);

// Single letters that are whole syllables of ethnic-minority names ("Giàng A Sạ", "Hờ Y Pơ"),
// taken inside a name only, never last (there a letter is an initial: "Nguyễn Văn A").
const NAME_LETTERS = new Set(['A', 'Y']);

/** True for a middle initial kept with its stop ("J."): a name syllable, not an abbreviation. */
function isMiddleInitialWord(word: string, k: number, n: number): boolean {
  return /^[A-Z]\.$/.test(word) && k > 0 && k < n - 1;
}

// Words that open a sentence and do not end a name. Where sentences or paragraphs run together
// without a stop, they glue onto the name before them ("… Đinh La Thăng Sáng 9/5, …").
export const SENTENCE_OPENERS = new Set([
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

// First syllables of officials' titles ("Giám đốc", "Phó Chủ tịch", "Bí thư"), which end no Vietnamese name.
const TITLE_OPENERS: ReadonlySet<string> = new Set(['Giám', 'Phó', 'Bí', 'Chủ']);

/**
 * The last index of the name `syl[first..last]` without a next sentence's first word glued on.
 * A 4th syllable is suspect (names have 2–3 as a rule); it is dropped when the tagger reads
 * it as the start of a longer word ("Ca sĩ", "Nữ diễn viên") or it is a word that opens sentences.
 */
export function withoutGluedTail(
  syl: string[],
  first: number,
  last: number,
  start: (k: number) => number,
  end: (k: number) => number,
  ner: AlignedNerToken[],
): number {
  // "Người mẫu Ngọc Trinh Tối 9.6 …", "Kha Chấn Đông Cuối tháng 5 …": these openers are never a name's syllable.
  if (last - first >= 2 && NEVER_NAME_TAILS.has(syl[last]) && `${syl[last - 1]} ${syl[last]}` !== 'Ngộ Không') return last - 1;
  // A title's first syllable glued after a full name, its comma lost ("Lương Văn A Giám đốc Sở …"): no name ends so.
  if (last - first + 1 === MAX_NAME_SYLLABLES && TITLE_OPENERS.has(syl[last])) return last - 1;
  // A family name after a particle ends a long foreign name ("Rupert van der Werf"): no sentence opens there.
  if (last - first + 1 !== MAX_NAME_SYLLABLES || isParticleWord(syl[last - 1])) return last;
  const row = rowStartingAt(ner, start(last));
  if (row && row.word.startsWith(`${syl[last]} `)) return last - 1;
  return SENTENCE_OPENERS.has(syl[last]) ? last - 1 : last;
}

/** True for a word of Vietnamese syllables joined by hyphens, as foreign place names are written ("Ai-len", "Xê-út"). */
export function isTransliteratedWord(word: string): boolean {
  return word.includes('-') && word.split('-').every(isVietnameseSyllable);
}

/** True for "Đặng Văn Robert": marked Vietnamese syllables, then one plain foreign word ("Robert", not "PhongMilor"). */
export function endsInForeignGivenName(syl: readonly string[], first: number, last: number): boolean {
  const tail = syl[last];
  if (last - first < 2 || isVietnameseSyllable(tail) || !/^\p{Lu}\p{Ll}+$/u.test(tail) || /\p{M}/u.test(tail.normalize('NFD'))) return false;
  return syl.slice(first + 1, last).every(hasVietnameseMarks);
}

/** True when the tagger's row that holds the character before `end` runs on into lower-case words ("Thanh tra"). */
export function endsInCommonWord(ner: AlignedNerToken[], end: number): boolean {
  const row = ner[firstRowNotBefore(ner, (r) => r.end < end)];
  return row !== undefined && row.start < end && row.end > end && /^\s+\p{Ll}/u.test(row.word.slice(end - row.start));
}

/** The tagger's row that starts exactly at `offset`, if any (rows are in text order). */
export function rowStartingAt(ner: AlignedNerToken[], offset: number): AlignedNerToken | undefined {
  const row = ner[firstRowNotBefore(ner, (r) => r.start < offset)];
  return row?.start === offset ? row : undefined;
}

const HEAVENLY_STEMS = new Set(['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý']);

const EARTHLY_BRANCHES = new Set(['Tý', 'Sửu', 'Dần', 'Mão', 'Mẹo', 'Thìn', 'Tỵ', 'Tị', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi']);

// A plain Latin word of a foreign name: capitalised, no Vietnamese syllable ("George", "Bush", "Kiang").
const isForeignNameWord = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}[a-z]+$/u.test(w) && !isVietnameseSyllable(w);

/** True for a middle initial written without its stop between two foreign words ("W" of "George W Bush"). */
function isBareForeignMiddleInitial(syllables: readonly string[], k: number): boolean {
  return /^[B-HJ-Z]$/.test(syllables[k]) && isForeignNameWord(syllables[k - 1]) && isForeignNameWord(syllables[k + 1]);
}

// A syllabic nasal of Hokkien and Cantonese names, which has no vowel ("Ng Eng Hen", "Lim Hng Kiang").
const SYLLABIC_NASAL = /^H?ng$/iu;

/** True for a nasal syllable ("Ng", "Hng") in a name of plain Latin words with one foreign among them, unlike "Ng Văn A". */
function isChineseNasalSyllable(syllables: readonly string[], k: number): boolean {
  return SYLLABIC_NASAL.test(syllables[k]) && syllables.length >= 3
    && syllables.every((w) => /^\p{Lu}[a-z]*$/u.test(w)) && syllables.some(isForeignNameWord);
}

/** True for "Jr." or "Sr." ending a name of two words or more ("Donald Trump Jr."). */
function isGenerationalSuffixWord(word: string, k: number, n: number): boolean {
  return isGenerationalSuffixWithStop(word) && k >= 2 && k === n - 1;
}

/** Rejects year names ("Đinh Dậu"), initials ("Nguyễn Đình H") and hyphen-glued words ("Á-Thái"). */
export function plausibleNameSyllables(syllables: string[]): boolean {
  // "Đinh Tỵ Tuổi" (a heading glued on): the year name opens the run whatever follows.
  if (syllables.length >= 2 && HEAVENLY_STEMS.has(syllables[0]) && EARTHLY_BRANCHES.has(syllables[1])) return false;
  // Initials and abbreviations ("H", "Tg", "Th") have no vowel; a foreign middle initial may lose its stop ("George W Bush").
  const bareInitial = (k: number) => isBareForeignMiddleInitial(syllables, k);
  if (syllables.some((w, k) => (isLetterInitial(w, k, syllables.length) && !bareInitial(k))
    || (!/[aeiouy]/iu.test(w.normalize('NFD')) && !isMiddleInitialWord(w, k, syllables.length) && !bareInitial(k) && !isChineseNasalSyllable(syllables, k)
      && !isGenerationalSuffixWord(w, k, syllables.length)))) {
    return false;
  }
  return !syllables.some((w) => w.includes('-') && !isKoreanGivenName(w) && w.split('-').every(isVietnameseSyllable));
}

/** True for a one-letter initial at position k of n syllables; "A"/"Y" before the last are name syllables. */
function isLetterInitial(word: string, k: number, n: number): boolean {
  return /^[A-Z]$/.test(word) && !(NAME_LETTERS.has(word) && k < n - 1);
}

/**
 * True for a one-letter initial at position k of n syllables that rules the name out on its own:
 * first or last ("Nguyễn Văn A"); a middle one is judged with its neighbours by
 * `plausibleNameSyllables` ("George W Bush" is a name, "Nguyễn H Minh" is not).
 */
export function isInitial(word: string, k: number, n: number): boolean {
  return isLetterInitial(word, k, n) && (k === 0 || k === n - 1);
}

// Capitalised words of offices and institutions that are never a syllable of a given name
// ("Nguyên Giám đốc", "Hàm Vụ phó"); not "Trường", "Khoa", "Quân", "Hiệp", which are.
const NEVER_NAME_WORDS = new Set([
  'Giám', 'Vụ', 'Bộ', 'Sở', 'Cục', 'Phòng', 'Ủy', 'Uỷ', 'Viện', 'Bệnh', 'Ngân', 'Huyện', 'Xã', 'Phường', 'Tỉnh',
  'Đảng', 'Tòa', 'Báo', 'Đài', 'Trạm', 'Đồn', 'Phó', 'Chủ', 'Bí', 'Quỹ', 'Giải', 'Cúp', 'Khu', 'Nhà',
]);

/** True for a capitalised word of an office or institution that no given name holds ("Giám", "Vụ"). */
export function isInstitutionWord(word: string): boolean {
  return NEVER_NAME_WORDS.has(word);
}
