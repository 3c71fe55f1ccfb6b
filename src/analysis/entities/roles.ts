/** Words around names: honorifics to strip, role heads that introduce a position. */

/** Honorifics and academic titles written before a name (compared lower-cased). */
export const HONORIFICS: readonly string[] = [
  'đồng chí', 'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'bé', 'cậu',
  'ngài', 'thầy', 'nữ sĩ', 'nhà báo', 'nhà thơ', 'nhạc sĩ', 'họa sĩ', 'ca sĩ', 'diễn viên',
  'nghệ sĩ', 'nsnd', 'nsưt', 'gs', 'ts', 'pgs', 'ths', 'bs', 'ks', 'ls', 'gs.ts', 'pgs.ts',
  'gs.tskh', 'bsck', 'ds', 'cn', 'mr', 'mrs', 'ms', 'dr', 'luật sư', 'bác sĩ', 'kỹ sư',
  'giáo sư', 'tiến sĩ', 'thạc sĩ', 'phó giáo sư', 'cố', 'nguyên', 'đại úy', 'thượng úy',
  'trung úy', 'thiếu úy', 'đại tá', 'thượng tá', 'trung tá', 'thiếu tá', 'đại tướng',
  'thượng tướng', 'trung tướng', 'thiếu tướng', 'hlv', 'tiền đạo', 'tiền vệ', 'hậu vệ',
  'thủ môn', 'cầu thủ', 'tay vợt', 'võ sĩ', 'vận động viên', 'vđv', 'danh thủ', 'ngôi sao',
  'tỷ phú', 'hoa hậu', 'á hậu', 'người mẫu', 'đạo diễn', 'nhà văn', 'ông bà', 'vợ chồng',
  'bị can', 'bị cáo', 'đối tượng', 'nạn nhân', 'cháu bé', 'sư', 'thượng tọa', 'hòa thượng',
  'giáo hoàng', 'sheikh', 'sheikha', 'tướng', 'tài tử', 'minh tinh', 'siêu sao', 'nam diễn viên', 'nữ diễn viên', 'huyền thoại', 'bạn gái', 'bạn trai', 'vợ', 'chồng', 'linh mục', 'nhà sư', 'chủ tọa',
  // Football positions before a player's (often given-only) name: "cặp trung vệ Văn Khánh".
  'trung vệ', 'thủ thành', 'hậu vệ cánh', 'tiền vệ cánh', 'tiền vệ trung tâm', 'tiền vệ phòng ngự', 'tiền vệ tấn công',
  'tiền đạo cắm', 'chân sút', 'tuyển thủ',
  // British honours written before the name ("Sir Alex Ferguson", "Dame Judi Dench") and supermodels.
  'sir', 'dame', 'siêu mẫu',
  // Shiite clerics' title, dropped like "Sheikh": "Ayatollah Ali Khamenei" is Ali Khamenei.
  'ayatollah',
  // Royal titles: "Vua Willem-Alexander" leaves the king's one given name, a single-word mention.
  'vua',
  // Club owners go by "bầu" and a given name ("bầu Đức", "ông bầu Hiển").
  'bầu', 'ông bầu',
  // Shows, couples and spellings: "giám khảo Bích Phương", "MC Tùng Leo", "bà xã Thúy Diễm", "Bác sỹ Phương Đức Cù".
  'giám khảo', 'mc', 'thí sinh', 'bà xã', 'ông xã', 'bác sỹ', 'nam ca sĩ', 'nữ ca sĩ', 'rapper',
  // Kin, team-mates and account holders: "gia đình Luis Suarez", "đồng đội Iago Aspas", "người gác
  // đền Sergio Alvarez" (the goalkeeper), "tài khoản facebook Trần Thiện".
  'gia đình', 'đồng đội', 'đồng hương', 'đồng nghiệp', 'học trò', 'người gác đền', 'tài khoản', 'tài khoản facebook',
  // English words for online authors, written in capitals and glued to the name: "Blogger Jo Brodie".
  'blogger', 'vlogger', 'youtuber', 'tiktoker', 'streamer',
];

/** HONORIFICS as a set, for lookups of one word or phrase. */
export const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS);

/**
 * Descriptors of people that introduce a name after "là" ("sở hữu 2 tuyển thủ là Văn Hoàn và
 * Đình Luật"); not the pronouns, after which "là" starts a predicate ("anh là Giám đốc …").
 */
export const DESCRIPTORS_BEFORE_IS: readonly string[] = [
  'cầu thủ', 'tuyển thủ', 'danh thủ', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'trung vệ', 'thủ môn', 'thủ thành',
  'ca sĩ', 'diễn viên', 'người mẫu', 'hoa hậu', 'á hậu', 'vận động viên', 'vđv', 'tay vợt', 'võ sĩ',
  'nghệ sĩ', 'nhạc sĩ', 'đạo diễn', 'nhà văn', 'nhà thơ', 'họa sĩ',
];

/**
 * Heads of role phrases ("Phó Chủ tịch UBND tỉnh …", "Giám đốc Sở …"); a role runs from its
 * head to the name (before it) or to the end of the clause (after it). Compared lower-cased.
 */
export const ROLE_HEADS: readonly string[] = [
  'tổng bí thư', 'chủ tịch nước', 'phó chủ tịch nước', 'chủ tịch', 'phó chủ tịch', 'bí thư',
  'phó bí thư', 'thủ tướng', 'phó thủ tướng', 'bộ trưởng', 'thứ trưởng', 'tổng giám đốc',
  'phó tổng giám đốc', 'giám đốc', 'phó giám đốc', 'trưởng ban', 'phó trưởng ban', 'trưởng phòng',
  'phó trưởng phòng', 'chánh án', 'phó chánh án', 'viện trưởng', 'phó viện trưởng', 'hiệu trưởng',
  'phó hiệu trưởng', 'chủ nhiệm', 'phó chủ nhiệm', 'tổng thống', 'phó tổng thống', 'đại sứ',
  'tổng lãnh sự', 'lãnh sự', 'ngoại trưởng', 'quốc vương', 'nhà vua', 'hoàng tử', 'công chúa',
  'nữ hoàng', 'tổng thư ký', 'thư ký', 'chánh văn phòng', 'phó chánh văn phòng', 'trưởng đoàn',
  'phó trưởng đoàn', 'đại biểu quốc hội', 'đbqh', 'ủy viên', 'tổng cục trưởng', 'phó tổng cục trưởng',
  'cục trưởng', 'phó cục trưởng', 'vụ trưởng', 'phó vụ trưởng', 'tư lệnh', 'phó tư lệnh',
  'chính ủy', 'phó chính ủy', 'chỉ huy trưởng', 'tham mưu trưởng', 'trưởng công an',
  'phó trưởng công an', 'tổng biên tập', 'phó tổng biên tập', 'người phát ngôn', 'phát ngôn viên',
  'huấn luyện viên', 'hlv', 'trưởng khoa', 'phó trưởng khoa', 'trưởng trạm', 'trưởng ấp',
  'trưởng thôn', 'trưởng bản', 'trưởng phố', 'tổ trưởng', 'đội trưởng', 'phó đội trưởng',
  'chi hội trưởng', 'hội trưởng', 'trưởng khu', 'kiểm sát viên', 'thẩm phán', 'điều tra viên',
  'chủ doanh nghiệp', 'chủ trang trại', 'nhà sáng lập', 'ceo', 'thủ lĩnh', 'lãnh đạo',
  'thống đốc', 'phó thống đốc', 'thị trưởng', 'tỉnh trưởng', 'trưởng ban quản lý', 'phó trưởng ban quản lý',
  'chủ tịch hđnd', 'chủ tịch ubnd', 'trưởng ban tuyên giáo', 'tổng tham mưu trưởng', 'tổng chỉ huy',
  'trưởng phòng cảnh sát', 'đồn trưởng', 'phó đồn trưởng', 'trạm trưởng', 'xã đội trưởng',
  'giáo viên', 'bác sĩ', 'cán bộ', 'nhân viên', 'chuyên viên', 'phóng viên', 'kế toán trưởng',
  'đại tướng', 'thượng tướng', 'trung tướng', 'thiếu tướng', 'đại tá', 'thượng tá', 'trung tá',
  'thiếu tá', 'đại úy', 'thượng úy', 'trung úy', 'thiếu úy', 'tướng', 'thủ hiến', 'quản lý',
  'cố vấn', 'trợ lý', 'thượng nghị sĩ', 'hạ nghị sĩ', 'nghị sĩ', 'tùy viên', 'thuyền trưởng', 'trưởng nhóm',
  'chủ nhóm', 'phó tham mưu trưởng', 'chánh thanh tra', 'phó chánh thanh tra', 'coo', 'cfo', 'cto',
  'giám đốc điều hành', 'tổng giám đốc điều hành', 'cảnh sát trưởng',
  // Envoys: "Brett McGurk, đặc phái viên tại liên quân …", "đặc sứ Liên Hợp Quốc".
  'đặc phái viên', 'đặc sứ',
];

/** Words after which a role phrase that follows a name stops ("…, Chủ tịch X cho biết"). */
export const ROLE_STOP_WORDS: readonly string[] = [
  'cho biết', 'cho rằng', 'cho hay', 'nói', 'phát biểu', 'khẳng định', 'nhấn mạnh', 'chia sẻ',
  'thông tin', 'trả lời', 'yêu cầu', 'đề nghị', 'đánh giá', 'ghi nhận', 'đã', 'đang', 'sẽ',
  'vừa', 'được', 'bị', 'là', 'có', 'cũng', 'thì', 'tại', 'trong', 'khi', 'để', 'cùng', 'với',
  'nêu', 'nhận định', 'kết luận', 'thừa nhận', 'tiết lộ', 'giải thích', 'bày tỏ', 'lưu ý',
  'trao', 'tặng', 'chủ trì', 'dự', 'tham dự', 'chỉ đạo', 'đến', 'tới', 'làm', 'nhận',
  'khen', 'phê bình', 'đề xuất', 'kiến nghị', 'đồng thời', 'nhưng', 'mà', 'vì', 'nên', 'thăm',
  'gặp', 'tiếp', 'phụ trách', 'ký', 'công bố', 'tuyên bố', 'kể', 'ra', 'lên', 'về', 'dưới thời',
  'chúc mừng', 'cảm ơn', 'mời', 'thay', 'bổ nhiệm', 'hỏi', 'tiễn', 'đón', 'cho',
];
