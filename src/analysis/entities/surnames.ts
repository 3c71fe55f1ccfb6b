/** Vietnamese family names (and a few Sino-Vietnamese ones used for Chinese leaders). */

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
