/**
 * Known places: Vietnam's 63 provinces and centrally-run cities, major towns, regions and
 * countries, each with its written variants. Canonical forms are what the facets show.
 */
import { DISTRICT_NAMES } from './districts';
import { upperFirst, wordTokens } from './text-units';

// The 63 provinces and centrally-run cities, with their variants.
const PROVINCE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  'An Giang': [], 'Bà Rịa - Vũng Tàu': ['Bà Rịa-Vũng Tàu', 'BR-VT', 'Bà Rịa – Vũng Tàu'],
  'Bạc Liêu': [], 'Bắc Giang': [], 'Bắc Kạn': ['Bắc Cạn'], 'Bắc Ninh': [], 'Bến Tre': [],
  'Bình Dương': [], 'Bình Định': [], 'Bình Phước': [], 'Bình Thuận': [], 'Cà Mau': [],
  'Cao Bằng': [], 'Cần Thơ': [], 'Đà Nẵng': [], 'Đắk Lắk': ['Đắc Lắc', 'Đắk Lắc', 'Daklak', 'Dak Lak'],
  'Đắk Nông': ['Đắc Nông', 'Dak Nong'], 'Điện Biên': [], 'Đồng Nai': [], 'Đồng Tháp': [],
  'Gia Lai': [], 'Hà Giang': [], 'Hà Nam': [], 'Hà Nội': ['HN'], 'Hà Tĩnh': [], 'Hải Dương': [],
  'Hải Phòng': [], 'Hậu Giang': [], 'Hòa Bình': ['Hoà Bình'], 'Hưng Yên': [], 'Khánh Hòa': ['Khánh Hoà'],
  'Kiên Giang': [], 'Kon Tum': ['Kontum'], 'Lai Châu': [], 'Lâm Đồng': [], 'Lạng Sơn': [], 'Lào Cai': [],
  'Long An': [], 'Nam Định': [], 'Nghệ An': [], 'Ninh Bình': [], 'Ninh Thuận': [], 'Phú Thọ': [],
  'Phú Yên': [], 'Quảng Bình': [], 'Quảng Nam': [], 'Quảng Ngãi': [], 'Quảng Ninh': [], 'Quảng Trị': [],
  'Sóc Trăng': [], 'Sơn La': [], 'Tây Ninh': [], 'Thái Bình': [], 'Thái Nguyên': [],
  'Thanh Hóa': ['Thanh Hoá'], 'Thừa Thiên Huế': ['Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TT Huế'],
  'TP. Hồ Chí Minh': [
    'TP.HCM', 'TP HCM', 'TPHCM', 'TP. HCM', 'Tp.HCM', 'TP Hồ Chí Minh', 'TP.Hồ Chí Minh', 'Tp Hồ Chí Minh',
    'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh', 'Sài Gòn', 'Tp.Hồ Chí Minh', 'Tp. Hồ Chí Minh',
  ],
  'Tiền Giang': [], 'Trà Vinh': [], 'Tuyên Quang': [], 'Vĩnh Long': [], 'Vĩnh Phúc': [], 'Yên Bái': [],
};

/** Centrally-run cities ("TP Đà Nẵng"); the other provincial units are provinces ("tỉnh An Giang"). */
export const CENTRAL_CITIES: ReadonlySet<string> = new Set(['Hà Nội', 'TP. Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']);

/** Canonical names of the 63 provinces and centrally-run cities. */
export const PROVINCIAL_UNITS: ReadonlySet<string> = new Set(Object.keys(PROVINCE_VARIANTS));

/** Canonical place name → written variants (the canonical form itself is implied). */
export const PLACE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  ...PROVINCE_VARIANTS,
  // Major towns and islands.
  'Huế': [], 'Đà Lạt': [], 'Nha Trang': [], 'Vũng Tàu': [], 'Hạ Long': [], 'Long Xuyên': [],
  'Châu Đốc': [], 'Biên Hòa': ['Biên Hoà'], 'Buôn Ma Thuột': ['Buôn Mê Thuột'], 'Quy Nhơn': [],
  'Phan Thiết': [], 'Rạch Giá': [], 'Phú Quốc': [], 'Mỹ Tho': [], 'Hội An': [], 'Sa Pa': ['Sapa'],
  'Hà Đông': [], 'Cam Ranh': [], 'Tam Kỳ': [], 'Pleiku': [], 'Sầm Sơn': [], 'Móng Cái': [],
  'Uông Bí': [], 'Cẩm Phả': [], 'Việt Trì': [], 'Thủ Dầu Một': [], 'Thủ Đức': [], 'Côn Đảo': [],
  'Lý Sơn': [], 'Cát Bà': [], 'Hoàng Sa': [], 'Trường Sa': [], 'Vinh': [], 'Sóc Sơn': [],
  // Regions.
  'Tây Nguyên': [], 'Đồng bằng sông Cửu Long': ['ĐBSCL', 'đồng bằng sông Cửu Long', 'Đồng bằng Sông Cửu Long'],
  'Đông Nam Bộ': [], 'Tây Bắc': [], 'Nam Bộ': [], 'Bắc Bộ': [], 'Trung Bộ': [], 'Tây Nam Bộ': [],
  'Nam Trung Bộ': [], 'Bắc Trung Bộ': [], 'Biển Đông': [], 'Đông Nam Á': [], 'châu Á': ['Châu Á'],
  'châu Âu': ['Châu Âu'], 'châu Phi': ['Châu Phi'], 'châu Mỹ': ['Châu Mỹ'], 'Trung Đông': [],
  'Đồng bằng sông Hồng': ['đồng bằng sông Hồng'], 'miền Trung': ['Miền Trung'], 'miền Tây': ['Miền Tây'],
  // Countries and territories.
  'Việt Nam': ['VN'], 'Mỹ': ['Hoa Kỳ', 'USA'], 'Trung Quốc': [], 'Nhật Bản': [], 'Hàn Quốc': [],
  'Triều Tiên': ['CHDCND Triều Tiên'], 'Nga': [], 'Pháp': [], 'Đức': [], 'Anh': ['Vương quốc Anh'],
  'Italy': ['Ý', 'Italia'], 'Tây Ban Nha': [], 'Bồ Đào Nha': [], 'Australia': ['Úc'], 'Canada': [],
  'Ấn Độ': [], 'Thái Lan': [], 'Lào': [], 'Campuchia': [], 'Singapore': [], 'Malaysia': [],
  'Indonesia': [], 'Philippines': ['Philippine'], 'Myanmar': [], 'Brazil': [], 'Argentina': [], 'Iran': [],
  'Iraq': [], 'Syria': [], 'Israel': [], 'Ukraine': ['Ukraina'], 'Thổ Nhĩ Kỳ': [], 'Ai Cập': [],
  'Saudi Arabia': ['Ả Rập Xê Út', 'Ả-rập Xê-út', 'Saudi', 'Arab Saudi', 'Ả Rập Saudi', 'Ả-rập Saudi'], 'Qatar': [], 'Hà Lan': [], 'Bỉ': [], 'Thụy Sĩ': [],
  'Thụy Điển': [], 'Na Uy': [], 'Đan Mạch': [], 'Phần Lan': [], 'Ba Lan': [], 'Séc': [], 'Hungary': [],
  'Áo': [], 'Cuba': [], 'Mexico': [], 'Venezuela': [], 'Chile': [], 'Nam Phi': [], 'Nigeria': [],
  'Pakistan': [], 'Afghanistan': [], 'Bangladesh': [], 'Sri Lanka': [], 'New Zealand': [],
  'Đài Loan': [], 'Hồng Kông': ['Hong Kong', 'Hongkong'], 'Ma Cao': ['Macau'], 'Mông Cổ': [],
  'Kazakhstan': [], 'Belarus': [], 'Hy Lạp': [], 'Ireland': [], 'Scotland': [], 'Libya': [],
  'Yemen': [], 'Jordan': [], 'Lebanon': [], 'Kuwait': [], 'UAE': ['Các Tiểu vương quốc Ả Rập Thống nhất'],
  'Brunei': [], 'Đông Timor': ['Timor Leste', 'Timor-Leste'], 'Nepal': [], 'Colombia': [], 'Peru': [], 'Romania': [], 'Serbia': [],
  'Croatia': [], 'Uruguay': [], 'Nam Sudan': [], 'Sudan': [], 'Kenya': [], 'Ethiopia': [], 'Somalia': [],
  'Congo': [], 'Morocco': ['Ma-rốc'], 'Algeria': [], 'Tunisia': [], 'Paraguay': [], 'Bolivia': [], 'Ecuador': [],
  'Panama': [], 'Costa Rica': [], 'Guatemala': [], 'Honduras': [], 'Nicaragua': [], 'El Salvador': [],
  'Haiti': [], 'Cộng hòa Dominica': [], 'Ghana': [], 'Cameroon': [], 'Senegal': [], 'Bờ Biển Ngà': [],
  'Mali': [], 'Angola': [], 'Mozambique': [], 'Zimbabwe': [], 'Uganda': [], 'Tanzania': [], 'Rwanda': [],
  'Madagascar': [], 'Maldives': [], 'Bhutan': [], 'Azerbaijan': [], 'Armenia': [], 'Gruzia': [],
  'Moldova': [], 'Montenegro': [], 'Macedonia': [], 'Albania': [], 'Bosnia': [], 'Kosovo': [], 'Malta': [],
  'Kyrgyzstan': [], 'Tajikistan': [], 'Turkmenistan': [], 'Oman': [], 'Bahrain': [], 'Fiji': [],
  'Papua New Guinea': [], 'Palestine': [], 'Uzbekistan': [], 'Estonia': [], 'Latvia': ['Latvija'], 'Lithuania': ['Litva', 'Lít-va'],
  'Slovenia': [], 'Iceland': [], 'Đảo Síp': ['Síp'], 'Luxembourg': [], 'Monaco': [], 'Jamaica': [], 'Bulgaria': [], 'Slovakia': [], 'Washington': [], 'Bắc Kinh': [], 'Tokyo': [],
  'Seoul': [], 'Moscow': ['Mát-xcơ-va', 'Matxcơva'], 'Paris': [], 'London': [], 'New York': [],
  // Foreign countries, states and cities of two words or more, which read like a foreign person's name.
  'Burkina Faso': [], 'Sierra Leone': [], 'Puerto Rico': [], 'San Marino': [], 'Guinea Xích Đạo': [],
  'Tamil Nadu': [], 'Uttar Pradesh': [], 'Andhra Pradesh': [], 'Madhya Pradesh': [], 'Himachal Pradesh': [],
  'São Paulo': ['Sao Paulo'], 'Rio de Janeiro': [], 'Buenos Aires': [], 'Los Angeles': [], 'San Francisco': [],
  'Las Vegas': [], 'San Diego': [], 'Kuala Lumpur': [], 'Abu Dhabi': [], 'Tel Aviv': [], 'Cape Town': [],
  'Tây Tạng': [], 'Bắc Phi': [], 'Á Châu': [], 'La Mã': [], 'Hollywood': [], 'Bengal': [], 'Trung Á': [], 'Hồ Tây': [], 'Hồ Gươm': ['Hồ Hoàn Kiếm'], 'Lầu Năm Góc': [], 'Điện Kremlin': [], 'Tân Cương': [], 'Crimea': ['Crưm'], 'Bình Nhưỡng': [], 'Bangkok': [], 'Viêng Chăn': ['Vientiane'], 'Phnom Penh': ['Phnôm Pênh'],
  // US states that a university's or a court's name glues before a person's ("ĐH Texas Steve Vladeck");
  // not those that are also given names (Virginia, Georgia, Carolina).
  'Texas': [], 'California': [], 'Florida': [], 'Alaska': [], 'Hawaii': [], 'Ohio': [], 'Michigan': [], 'Arizona': [],
  'Oregon': [], 'Nevada': [], 'Utah': [], 'Colorado': [], 'Illinois': [], 'Massachusetts': [], 'Minnesota': [], 'Missouri': [], 'Wisconsin': [],
  // Towns, districts and wards that read like a name after an honorific or a family name.
  'Bà Rịa': [], 'Bà Chiểu': [], 'Bà Điểm': [], 'Hoàng Su Phì': [], 'Láng Hạ': [], 'Dầu Giây': [], 'Phả Lại': [],
  'Từ Liêm': [], 'Bắc Từ Liêm': [], 'Nam Từ Liêm': [], 'Thẩm Quyến': [], 'Thiểm Tây': [],
  // Regions of eastern Ukraine a dateline glues before a leader's name ("Donetsk Aleksander Zakharchenko").
  'Donetsk': [], 'Luhansk': ['Lugansk'], 'Ả Rập': [], 'Óc Eo': [],
  // Russian republics a ruler's title glues before his name ("Thủ lĩnh Chechnya Ramzan Kadyrov").
  'Chechnya': [], 'Dagestan': [],
};

/**
 * One-syllable places that are also given names or common words ("Đức", "Anh", "Vinh"): taken
 * only when a place word introduces them or when they stand alone mid-sentence.
 */
export const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set([
  'Anh', 'Nga', 'Pháp', 'Đức', 'Ý', 'Úc', 'Lào', 'Huế', 'Mỹ', 'Vinh', 'Bỉ', 'Áo', 'Séc', 'Jordan', 'HN', 'VN',
]);

/** Words that introduce an administrative unit ("tỉnh", "huyện", "TP", …), lower-cased. */
export const ADMIN_UNITS: readonly string[] = [
  'tỉnh', 'thành phố', 'tp', 'tp.', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'ấp', 'thôn',
  'bản', 'khóm', 'khu phố', 'tổ dân phố',
];

/** Admin units above district level: their names stand alone as the place. */
export const TOP_ADMIN_UNITS: ReadonlySet<string> = new Set(['tỉnh', 'thành phố', 'tp', 'tp.']);

/** A known place found at a position of a syllable sequence. */
export interface PlaceMatch {
  canonical: string;
  /** Number of syllables (word tokens) matched. */
  length: number;
}

const PLACE_BY_KEY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(PLACE_VARIANTS)) {
    for (const form of [canonical, ...variants]) {
      const words = wordTokens(form).map((t) => t.text);
      map.set(words.join(' '), canonical);
      // Headlines capitalise every word: "Vương Quốc Anh", "Đồng Bằng Sông Cửu Long".
      if (words.length > 1) {
        const titled = words.map(upperFirst).join(' ');
        if (!map.has(titled)) map.set(titled, canonical);
      }
    }
  }
  return map;
})();
export const MAX_PLACE_SYLLABLES = 6;

// First syllables of the known places: most positions start none, and are rejected at once.
const PLACE_FIRST_SYLLABLES: ReadonlySet<string> = new Set([...PLACE_BY_KEY.keys()].map((key) => key.split(' ')[0]));

/** The longest known place starting at `syllables[i]`, or null. */
export function placeAt(syllables: readonly string[], i: number): PlaceMatch | null {
  if (!PLACE_FIRST_SYLLABLES.has(syllables[i])) return null;
  let match: PlaceMatch | null = null;
  let key = '';
  for (let n = 1; n <= Math.min(MAX_PLACE_SYLLABLES, syllables.length - i); n++) {
    key = n === 1 ? syllables[i] : key + ' ' + syllables[i + n - 1];
    const canonical = PLACE_BY_KEY.get(key);
    if (canonical) match = { canonical, length: n };
  }
  return match;
}

/** The canonical form of a known place name, or null ("TP.HCM" → "TP. Hồ Chí Minh"). */
export function canonicalPlace(name: string): string | null {
  return PLACE_BY_KEY.get(wordTokens(name).map((t) => t.text).join(' ')) ?? null;
}

// District names, and each side of a twin town's name ("Phan Rang-Tháp Chàm" → "Phan Rang", "Tháp Chàm").
const DISTRICT_NAME_SET: ReadonlySet<string> = new Set(DISTRICT_NAMES.flatMap((n) => [n, ...(n.includes('-') ? n.split('-').map((p) => p.trim()) : [])]));

/** True when `name` is the name of one of Vietnam's district-level units ("Hương Sơn", "Đan Phượng"). */
export function isDistrictName(name: string): boolean {
  return DISTRICT_NAME_SET.has(name);
}
