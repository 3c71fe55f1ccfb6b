/**
 * Word lists for reading Vietnamese quantities: scale words, qualifiers, units and counted
 * nouns, and the words after which a number is a date or an identifier rather than a quantity.
 */

/** Scale words and their multipliers ("10,4 nghìn tỷ" multiplies them: 10.4 × 10³ × 10⁹). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['chục', 10],
  ['trăm', 100],
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['vạn', 1e4],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
]);

/** "scale word + next syllable" pairs that are ordinary words, not scales: "3 tỷ phú", "tỷ lệ". */
export const NOT_A_SCALE: ReadonlySet<string> = new Set([
  'tỷ lệ', 'tỉ lệ', 'tỷ số', 'tỉ số', 'tỷ trọng', 'tỉ trọng', 'tỷ giá', 'tỉ giá', 'tỷ suất', 'tỉ suất',
  'tỷ phú', 'tỉ phú', 'triệu phú', 'triệu chứng', 'triệu tập', 'trăm năm',
]);

/**
 * Words before a number that soften or bound it, longest first when matched. Not "chỉ" (only):
 * it stresses a figure without bounding it, and no annotated set records it.
 */
export const QUALIFIERS: readonly string[] = [
  'trên dưới', 'gần như', 'chưa đến', 'chưa tới', 'ít nhất', 'tối đa', 'tối thiểu', 'xấp xỉ', 'ước tính',
  'lên tới', 'lên đến', 'không quá', 'không dưới', 'khoảng', 'trên', 'hơn', 'gần', 'hàng', 'tới', 'đến',
  'dưới', 'ngót', 'chừng', 'ước', 'tầm', 'cỡ', 'từ', 'quá', 'gấp',
];

/**
 * Qualifiers that are also plain prepositions: after a verb ("ghi tới 10 bàn", "đạt tới 153 USD")
 * they only stress the figure, so they count only when they close a "từ … đến …" span.
 */
export const PREPOSITION_QUALIFIERS: ReadonlySet<string> = new Set(['tới', 'đến']);

/** Written currencies (case as written) → unit reported. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['đồng', 'đồng'], ['VNĐ', 'đồng'], ['VND', 'đồng'], ['vnđ', 'đồng'], ['vnd', 'đồng'], ['Vnđ', 'đồng'], ['đ', 'đồng'],
  ['USD', 'USD'], ['usd', 'USD'], ['đô la Mỹ', 'USD'], ['đô la', 'USD'], ['đô-la', 'USD'], ['đôla', 'USD'], ['đô', 'USD'], ['US$', 'USD'], ['$', 'USD'],
  ['EUR', 'EUR'], ['euro', 'EUR'], ['Euro', 'EUR'], ['€', 'EUR'],
  ['yên', 'JPY'], ['Yên', 'JPY'], ['rupee', 'INR'], ['Rupee', 'INR'], ['rúp', 'RUB'], ['nhân dân tệ', 'CNY'], ['NDT', 'CNY'], ['bảng Anh', 'GBP'], ['won', 'KRW'], ['baht', 'THB'], ['bạt', 'THB'],
  ['shekel', 'shekel'], ['Shekel', 'shekel'],
  // ISO 4217 codes of the currencies Vietnamese news quotes most.
  ...['HKD', 'SGD', 'AUD', 'CAD', 'CHF', 'GBP', 'JPY', 'CNY', 'KRW', 'THB', 'TWD', 'MYR', 'IDR', 'PHP', 'INR', 'RUB', 'LAK', 'KHR', 'NZD']
    .map((code): [string, string] => [code, code]),
]);

/** Unit symbols matched whatever their case ("5KM", "10 Mw") → canonical spelling. */
export const CASELESS_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['m2', 'm2'], ['m3', 'm3'], ['km2', 'km2'], ['ha', 'ha'], ['kg', 'kg'],
  ['mg', 'mg'], ['ml', 'ml'], ['mw', 'MW'], ['kw', 'kW'], ['kwh', 'kWh'], ['mwh', 'MWh'], ['gw', 'GW'], ['gwh', 'GWh'],
  ['kv', 'kV'], ['hz', 'Hz'], ['mhz', 'MHz'], ['ghz', 'GHz'], ['gb', 'GB'], ['mb', 'MB'], ['tb', 'TB'], ['inch', 'inch'],
  ['usd', 'USD'], ['vnd', 'đồng'], ['vnđ', 'đồng'], ['eur', 'EUR'], ['teu', 'TEU'], ['cc', 'cc'], ['ppm', 'ppm'],
  ['mah', 'mAh'], ['megapixel', 'megapixel'], ['mbps', 'Mbps'], ['gbps', 'Gbps'], ['kbps', 'kbps'], ['ppi', 'ppi'], ['gam', 'gam'],
]);

/** Unit symbols matched only as written (single letters are too ambiguous otherwise). */
export const CASED_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['m', 'm'], ['g', 'g'], ['l', 'l'], ['L', 'l'], ['V', 'V'], ['W', 'W'], ['Nm', 'Nm'], ['MP', 'MP'], ['đ', 'đồng'], ['m²', 'm2'], ['m³', 'm3'], ['km²', 'km2'],
  ['°C', '°C'], ['℃', '°C'], ['°F', '°F'], ['$', 'USD'], ['€', 'EUR'], ['₫', 'đồng'],
]);

/** Spelled-out measurement units (lower case) → canonical unit. */
const SPELLED_UNITS: [string, string][] = [
  ['ki-lô-mét', 'km'], ['kilômét', 'km'], ['kilomet', 'km'], ['cây số', 'km'], ['héc-ta', 'ha'], ['hécta', 'ha'],
  ['héc ta', 'ha'], ['hecta', 'ha'], ['ki-lô-gam', 'kg'], ['kilôgam', 'kg'], ['kilogam', 'kg'], ['mét vuông', 'm2'],
  ['mét khối', 'm3'], ['phần trăm', '%'], ['mã lực', 'mã lực'],
];

/**
 * Counted nouns and Vietnamese measure words that follow a number; the unit reported is the
 * word itself. Two-syllable entries are tried before one-syllable ones ("công trình" before "công").
 */
const COUNTED_NOUNS = `
công trình, sáng kiến, đại biểu, đoàn viên, tập thể, cá nhân, đề tài, dự án, hội viên, đảng viên, công nhân,
cán bộ, công chức, viên chức, học sinh, sinh viên, giáo viên, nhà giáo, giảng viên, bệnh nhân, bác sĩ, y bác sĩ,
hộ dân, hộ nghèo, hộ gia đình, gia đình, doanh nghiệp, công ty, đơn vị, mô hình, trường học, thành phố, quốc gia,
căn hộ, ngôi nhà, căn nhà, ô tô, xe máy, phương tiện, vụ án, vụ việc, bị can, bị cáo, đối tượng, bàn thắng,
huy chương, tác phẩm, sản phẩm, mặt hàng, lao động, việc làm, chuyến bay, tổ chức, cơ sở, hồ sơ, văn bản,
giường bệnh, cơ quan, thành viên, nhân viên, chiến sĩ, học viên, trẻ em, du khách, lượt khách, nạn nhân,
thí sinh, vận động viên, cầu thủ, đồng chí, đồng bào, đồng hồ, đồng nghiệp, đồng đội, đồng phục, đồng hương,
đồng minh, đô thị, ca nhiễm, ca bệnh, ca mắc, người dân, trang trại, tàu cá, ngư dân, nông dân, thanh niên,
phụ nữ, cựu chiến binh, bài viết, bài báo, đầu sách, cuốn sách, xã viên, hợp tác xã, điểm trường, phòng học,
lớp học, cửa hàng, nhà máy, khu công nghiệp, gói thầu, hạng mục, tuyến đường, cây cầu, con đường, suất ăn,
phần quà, suất quà, phần thưởng, giải thưởng, bằng khen, giấy khen, danh hiệu, cải tiến, giải pháp,
tình nguyện viên, hội nghị, cuộc thi, ngày công, giờ công, chỉ tiêu, vị trí, thập kỷ, thế kỷ, nhiệm kỳ,
người, lượt, ca, hộ, xã, phường, huyện, tỉnh, nước, trường, chiếc, con, cây, căn, nhà, ngôi, tàu, xe, vụ, trận,
bàn, điểm, giải, bài, cuốn, quyển, trang, suất, phần, gói, lô, thùng, bao, bình, chai, liều, lần, đợt,
chuyến, cuộc, buổi, lớp, khóa, khoá, đoàn, đội, nhóm, em, cháu, trẻ, thôn, ấp, bản, làng, khách, tấn, tạ,
yến, lít, mét, sào, mẫu, công, năm, tháng, tuần, ngày, giờ, phút, giây, tuổi, quý, độ, vòng, bậc, cấp,
ký, cân, gam, kỳ, tiết, môn, câu, chữ, tập, tầng, phòng, giường, ly, cốc, hộp, túi, kiện, bộ, cái, quả,
chuyên gia, nguyên nhân, nguy cơ, nhiệm vụ, lĩnh vực, nội dung, vấn đề, tiêu chí, hoạt động, chương trình,
kế hoạch, dịch vụ, thiết bị, máy bay, thị trường, ngân hàng, bệnh viện, trường hợp, ngôi sao, khu vực, sự kiện,
bộ phim, ca khúc, bài hát, ứng dụng, mẫu xe, đội bóng, câu lạc bộ, trận đấu, tỉnh thành, loài, quỹ, tiếng,
trái, hạt, vé, mục, chỗ, viên, tỷ phú, tỉ phú, triệu phú, tờ, bản, ô, thửa, lô đất, thửa đất, căn, dãy, tòa, toà, block, container,
diễn viên, ca sĩ, nghệ sĩ, giám khảo, hải lý, album, sao, thắng lợi, chiến thắng, phân khối
`;

/**
 * Canonical units of currencies and measures ("USD", "EUR", "km", "đồng", "%"), as opposed to
 * counted nouns ("học sinh"): each has many written forms ("euro", "€", "eur"), so the unit a
 * reader typed is not a word the article must contain.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  ...CURRENCIES.values(),
  ...CASELESS_SYMBOLS.values(),
  ...CASED_SYMBOLS.values(),
  ...SPELLED_UNITS.map(([, unit]) => unit),
  '%',
]);

/** Spelled units and counted nouns (lower case) → unit reported. */
export const NOUN_UNITS: ReadonlyMap<string, string> = new Map([
  ...SPELLED_UNITS,
  ...COUNTED_NOUNS.split(',').map((w) => w.trim()).filter((w) => w !== '').map((w): [string, string] => [w, w]),
]);

/**
 * Function words and verbs that are never the counted noun after a number, for the fallback
 * that takes any other lower-case syllable as the unit.
 */
export const NOT_A_UNIT: ReadonlySet<string> = new Set(
  `và hoặc hay với của có là được bị đã đang sẽ cho trong ngoài trên dưới từ đến tới so theo tại về vào ra lên
  xuống nhưng mà thì nên này đó kia nào các những mỗi mọi cũng vẫn đều chỉ rất hơn nhất khi nếu vì do để như thế
  tuy bằng trước sau giữa cùng qua nay rồi lại không chưa còn thêm nữa gồm đạt tăng giảm ở ngay liền luôn tức hết
  đi trở thuộc đây ấy chiếm xếp thua thắng hòa hoà mới vừa tương ứng riêng chung trở lên trở xuống tính kể
  làm nhập xuất bán mua đưa dành giúp gây khiến cần phải muốn thấy nói biết hiện vốn
  diễn xảy may bắt tiếp kết đầu cuối khác ai gì bao xây trả vay nộp chia đánh ăn thực
  nghìn ngàn triệu tỷ tỉ trăm chục vạn lẻ linh rưỡi`.split(/\s+/),
);

/**
 * A counted noun and the syllable after it that make a verb or an adverb, not a unit:
 * "2017 bao gồm" (includes), "Bệnh viện 115 cấp cứu" (gives emergency care).
 */
export const NOT_A_UNIT_PAIRS: ReadonlySet<string> = new Set(['bao gồm', 'bao quanh', 'cấp cứu']);

/** Words after which a number is a date or a time, never a quantity ("năm 2019", "ngày 27"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'năm', 'tháng', 'ngày', 'hôm', 'lúc', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'niên',
  'năm học', 'niên học', 'niên khóa', 'niên khoá', 'mùa giải', 'mùa vụ', 'thập niên', 'thế kỷ', 'thập kỷ',
  // "những năm cuối 80", "đầu năm": a decade or a part of a period.
  'năm đầu', 'năm cuối', 'năm giữa',
  // Days of a lunar month: "mồng 7", "mùng 3 Tết".
  'mồng', 'mùng',
]);

/** Words after which a number is an identifier or an ordinal ("số 5", "lần thứ 3", "Điều 12", "quận 1"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'số', 'thứ', 'điều', 'khoản', 'chương', 'mục', 'điểm', 'quận', 'phường', 'tầng', 'phòng', 'khóa', 'khoá', 'kỳ',
  'lớp', 'lộ', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'tổ', 'ấp', 'xóm', 'thôn', 'khóm', 'khu', 'lô', 'hạng', 'top', 'mã', 'trang', 'câu', 'bài',
  'hình', 'bảng', 'tập', 'phần', 'đợt', 'vòng', 'lần', 'kênh', 'tuyến', 'đường', 'quý', 'phụ lục', 'quốc lộ',
  'tỉnh lộ', 'hương lộ', 'khu phố', 'sư đoàn', 'trung đoàn', 'lữ đoàn', 'tiểu đoàn', 'đại đội', 'phiên bản',
  // Lottery draws: "kỳ quay 76", "kỳ mở thưởng 85".
  'kỳ quay', 'kỳ xổ', 'mở thưởng', 'quay thưởng',
  // Match minutes and halves, traffic lanes, seasons of a show: "phút 41", "hiệp 2", "luồng 1", "season 7".
  'phút', 'hiệp', 'luồng', 'season',
  // Residential groups and types: "tổ dân phố 4", "tiểu khu 5", "type 0".
  'dân phố', 'tiểu khu', 'type',
  // Residential blocks of a town: "khối 9 thị trấn Đô Lương".
  'khối',
  // Documents cited without a code: "Thông tư 17", "Nghị định 100".
  'thông tư', 'nghị định', 'nghị quyết', 'quyết định', 'chỉ thị', 'công văn', 'đề án',
]);

/**
 * Words after which a number is an identifier unless a counted noun or a measure follows: "Bước 1",
 * "giai đoạn 2", "ngã 3", "khu vực 1" but "giai đoạn 5 năm", "bị ngã 2 lần"; a match, a branch or a
 * gate by its number ("Trận 3: …", "(cơ sở 2)", "cổng 4"). Not "nhóm": a count may follow it before
 * a noun no list knows ("nhóm 7 nam sinh").
 */
export const SOFT_LABEL_WORDS: ReadonlySet<string> = new Set([
  'bước', 'giai đoạn', 'ngã', 'khu vực', 'trận', 'cơ sở', 'cổng',
  // Hospitals and show rounds go by number: "nhập viện 103 điều trị", "Liveshow 4 với chủ đề".
  'viện', 'liveshow', 'gameshow',
]);

/**
 * Labels only before a number with no unit at all: "công trình cấp 3", "gió cấp 6" (a level, as
 * "hạng 2" is a rank); but "cấp 500 suất học bổng" grants an amount.
 */
export const BARE_LABEL_WORDS: ReadonlySet<string> = new Set(['cấp']);

/** "số" after these is "number of", not a label: "tổng số 140 người", "2 trong số 20 trận". */
export const NOT_A_LABEL: ReadonlySet<string> = new Set([
  'tổng số', 'con số', 'trong số',
  // "trong vòng 60 ngày" is a span, "hộp số 6 cấp" a gearbox, "cấu hình 6 lõi" a configuration.
  'trong vòng', 'hộp số', 'cấu hình',
  // "triệu tập 4 tiền đạo" (summons), "thực tập 3 tháng": verbs, not "tập" (an episode).
  'triệu tập', 'luyện tập', 'học tập', 'thực tập',
]);

/**
 * Units that measure (time, age, money, physical units): a number followed by one is a quantity
 * even after a label word ("làm bài 120 phút").
 */
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  'phút', 'giây', 'giờ', 'tiếng', 'tuổi', 'tấn', 'tạ', 'lít', 'mét', '%',
]);

/** Time units that after a calendar word make a clock time ("lúc 8 giờ", "sáng 10 giờ 30 phút"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['giờ', 'phút', 'giây', 'tiếng']);
