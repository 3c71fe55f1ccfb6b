/**
 * Vietnamese news abbreviations and their expansions, shared by the entity rules (to dedupe
 * "UBND tỉnh" and "Ủy ban nhân dân tỉnh") and the index synonyms.
 */

/** Abbreviation → expansion. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  MTTQ: 'Mặt trận Tổ quốc',
  LĐLĐ: 'Liên đoàn Lao động',
  TLĐLĐVN: 'Tổng Liên đoàn Lao động Việt Nam',
  CĐ: 'Công đoàn',
  CĐCS: 'Công đoàn cơ sở',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  TPHCM: 'Thành phố Hồ Chí Minh',
  TP: 'Thành phố',
  'GD-ĐT': 'Giáo dục và Đào tạo',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'KH-CN': 'Khoa học và Công nghệ',
  'KH&CN': 'Khoa học và Công nghệ',
  'TN-MT': 'Tài nguyên và Môi trường',
  'TN&MT': 'Tài nguyên và Môi trường',
  'NN-PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'LĐTB&XH': 'Lao động - Thương binh và Xã hội',
  'VH-TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'VHTT&DL': 'Văn hóa, Thể thao và Du lịch',
  'GTVT': 'Giao thông vận tải',
  'KH-ĐT': 'Kế hoạch và Đầu tư',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  'TT-TT': 'Thông tin và Truyền thông',
  'TT&TT': 'Thông tin và Truyền thông',
  ĐBSCL: 'Đồng bằng sông Cửu Long',
  THPT: 'Trung học phổ thông',
  THCS: 'Trung học cơ sở',
  ĐH: 'Đại học',
  CSGT: 'Cảnh sát giao thông',
  'KT-XH': 'Kinh tế - xã hội',
  ATGT: 'An toàn giao thông',
  BHXH: 'Bảo hiểm xã hội',
  BHYT: 'Bảo hiểm y tế',
  NTM: 'Nông thôn mới',
  ĐBQH: 'Đại biểu Quốc hội',
  QH: 'Quốc hội',
  TW: 'Trung ương',
  TƯ: 'Trung ương',
  BCH: 'Ban Chấp hành',
  TAND: 'Tòa án nhân dân',
  VKSND: 'Viện Kiểm sát nhân dân',
  CAND: 'Công an nhân dân',
  QĐND: 'Quân đội nhân dân',
  TNCS: 'Thanh niên Cộng sản',
  HLHPN: 'Hội Liên hiệp Phụ nữ',
  CCB: 'Cựu chiến binh',
  HTX: 'Hợp tác xã',
  DN: 'Doanh nghiệp',
  DNNVV: 'Doanh nghiệp nhỏ và vừa',
  CNH: 'Công nghiệp hóa',
  HĐH: 'Hiện đại hóa',
  'CNH-HĐH': 'Công nghiệp hóa, hiện đại hóa',
  XHCN: 'Xã hội chủ nghĩa',
  CHXHCN: 'Cộng hòa xã hội chủ nghĩa',
  HLV: 'Huấn luyện viên',
  VĐV: 'Vận động viên',
  NSND: 'Nghệ sĩ nhân dân',
  NSƯT: 'Nghệ sĩ ưu tú',
  GS: 'Giáo sư',
  PGS: 'Phó giáo sư',
  TS: 'Tiến sĩ',
  ThS: 'Thạc sĩ',
  BS: 'Bác sĩ',
  CLB: 'Câu lạc bộ',
  ĐT: 'Đội tuyển',
  NHNN: 'Ngân hàng Nhà nước',
  WTO: 'Tổ chức Thương mại Thế giới',
  ASEAN: 'Hiệp hội các quốc gia Đông Nam Á',
  LHQ: 'Liên Hợp Quốc',
  EU: 'Liên minh châu Âu',
};

const ABBREVIATION_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Replaces every known abbreviation in `text` by its expansion ("UBND tỉnh" → "Ủy ban nhân dân tỉnh"). */
export function expandAbbreviations(text: string): string {
  return text.replace(ABBREVIATION_PATTERN, (abbr) => ABBREVIATIONS[abbr] ?? abbr);
}
