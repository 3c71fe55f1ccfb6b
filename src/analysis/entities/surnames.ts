/** Vietnamese family names (and a few Sino-Vietnamese ones used for Chinese leaders). */
import { isVietnameseSyllable } from './syllables';

/** Single-syllable family names, capitalised. */
export const SURNAMES: ReadonlySet<string> = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Lương', 'Đinh', 'Trịnh', 'Đoàn', 'Đào', 'Mai', 'Cao', 'Lâm',
  'Tô', 'Tạ', 'Hà', 'Chu', 'Châu', 'Quách', 'Thái', 'Tăng', 'Tống', 'Triệu', 'Trương', 'Vương',
  'Phùng', 'La', 'Lưu', 'Lục', 'Mạc', 'Mạch', 'Khổng', 'Kiều', 'Kha', 'Khúc', 'Lạc', 'Lã',
  'Lại', 'Lò', 'Lữ', 'Nông', 'Phí', 'Quan', 'Sầm', 'Tôn', 'Từ', 'Thân', 'Thạch', 'Tiêu',
  'Trình', 'Ung', 'Viên', 'Vi', 'Doãn', 'Diệp', 'Đàm', 'Đới', 'Giang', 'Giáp', 'Hầu',
  'Hứa', 'Kim', 'Mẫn', 'Nghiêm', 'Ninh', 'Quản', 'Thiều', 'Tiết', 'Cù', 'Cấn', 'Chế', 'Chúc',
  'Bạch', 'Bế', 'Biện', 'Âu', 'Bành', 'Cung', 'Dư', 'Đan', 'Điền', 'Giản', 'Hàn', 'Hạ', 'Khương',
  'Lư', 'Mã', 'Mông', 'Ngọ', 'Nhâm', 'Ôn', 'Tào', 'Trà', 'Trầm',
  'Vòng', 'Đậu', 'Lầu', 'Sùng', 'Mùa', 'Giàng', 'Thào', 'Tập', 'Ma', 'Nhữ', 'Đèo', 'Lành',
  'Miêu', 'Ksor', 'Rah', 'Siu', 'Rmah', 'Hồng', 'Trang', 'Quang',
  // A rarer family name: "Ưng Hoàng Phúc" (not "Diêm", which opens "Diêm Vương", the king of hell).
  'Ưng',
  // Rarer family names: "Chử Hoàng Minh Đức", "Tất Thành Cang", "Phi Thanh Vân".
  'Chử', 'Tất', 'Phi',
  // Family names of the Dao, Thai and Hmong peoples ("Bàn Văn Duy", "Lường Văn Hùng").
  'Bàn', 'Lường', 'Quàng', 'Cầm', 'Tẩn', 'Chảo', 'Sộng', 'Vàng', 'Tòng',
  // Sino-Vietnamese readings of Chinese family names ("Củng Lợi", "Chương Tử Di", "Thôi Thiên Khải").
  'Củng', 'Chương', 'Thang', 'Thôi', 'Uông', 'Diêu', 'Tần', 'Mao', 'Ngụy', 'Quế',
]);

/** Two-syllable family names: matched before the single ones. */
export const COMPOUND_SURNAMES: readonly string[] = [
  'Âu Dương', 'Tôn Nữ', 'Tôn Thất', 'Công Tôn', 'Hoàng Phủ', 'Tư Mã', 'Nguyễn Phúc', 'Thái Phiên',
];

/** Family names that are more often middle names ("Lê Phi Long", "Nguyễn Tất Thành"): a name opens with them only at a run's start. */
export const MIDDLE_NAME_SURNAMES: ReadonlySet<string> = new Set(['Phi', 'Tất']);

/** True when `syllable` is a family name. */
export function isSurname(syllable: string): boolean {
  return SURNAMES.has(syllable);
}

// Markers and family names of the Central Highlands peoples (Ê Đê, Gia Rai, Ba Na, M'Nông, Xtiêng…):
// "Y" opens a man's name and "H'" a woman's ("Y Bao Hwing", "H'Hen Niê"); "Điểu", "Ksơr", … are
// family names ("Điểu Kré", "Ksơr San"). "A" (Ba Na men) is left out: it opens too many other words.
const HIGHLANDS_NAME_OPENERS: ReadonlySet<string> = new Set([
  'Y', 'H', 'Ksor', 'Ksơr', 'Rmah', 'Rơmah', 'Siu', 'Nay', 'Kpă', 'Kpah', 'Điểu', 'Niê', 'Mlô', 'Êban', 'Byă', 'Bdap', 'Rcom',
]);

/**
 * True for a name of the Central Highlands peoples: two to four short capitalised words opened by
 * a marker or family name of theirs, one of them (past a one-letter marker) not a Vietnamese
 * syllable ("Y Bao Hwing", "Điểu Kré", "Ksơr San"); an all-Vietnamese run ("Y Tế") is left to the other rules.
 */
export function isHighlandsName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!HIGHLANDS_NAME_OPENERS.has(words[0]) && !/^H'\p{Lu}/u.test(words[0])) return false;
  // Their syllables are short ("Hwing", "Kbuôr"): a long word is a firm's or a brand's ("Y Combinator").
  // A one-letter marker counts for nothing: "bà H Nạn nhân" is an initial before the next sentence.
  const rest = words[0].length === 1 ? words.slice(1) : words;
  return words.every((w) => /^\p{Lu}[\p{L}\p{M}']{0,6}$/u.test(w)) && rest.some((w) => !isVietnameseSyllable(w));
}
