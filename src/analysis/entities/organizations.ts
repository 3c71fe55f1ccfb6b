/**
 * Organisations: a head word ("UBND", "Sở", "Công ty", …) followed by its complements up to a
 * boundary (punctuation, a person's name, a lower-case word outside the name):
 *   head  [qualifier]  [field | name words]  [admin unit + place | known place]
 * ("Sở Giáo dục và Đào tạo tỉnh An Giang", "Công ty CP Việt Thái", "Bộ Y tế").
 * Each organisation gets one canonical form, so facets merge the ways news writes it: the
 * abbreviation as news writes it ("UBND tỉnh An Giang", "Sở GD-ĐT"), whose long form the index
 * synonyms find (abbreviations.ts), and the canonical place ("TP. Hồ Chí Minh").
 */
import type { NerToken } from '../nlp';
import { expandAbbreviations } from './abbreviations';
import { AMBIGUOUS_PLACES, CENTRAL_CITIES, PROVINCIAL_UNITS, MAX_PLACE_SYLLABLES, canonicalPlace, placeAt } from './gazetteer';
import { isSurname } from './surnames';
import { alignNer, isAllCaps, isCapitalised } from './text-units';

/** An organisation found in the text: its canonical name and where it is written. */
export interface OrganizationMention {
  name: string;
  start: number;
  end: number;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the tagger's word holding the token, -1 when none (syllables of one word share it). */
  word: number;
  /** The tagger's NER tag of that word ('O' when none). */
  ner: string;
  /** The tagger's POS tag of that word ('' when none). */
  pos: string;
}

// Head phrases (lower case, any spelling) → canonical head; null keeps the written form.
const HEAD_CANONICAL: ReadonlyArray<readonly [readonly string[], string | null]> = [
  [['ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd'], 'UBND'],
  [['hội đồng nhân dân', 'hđnd'], 'HĐND'],
  [['ủy ban mặt trận tổ quốc', 'uỷ ban mặt trận tổ quốc', 'ủy ban mttq', 'uỷ ban mttq', 'ubmttq'], 'UBMTTQ'],
  [['mặt trận tổ quốc', 'mttq'], 'MTTQ'],
  // Written out, as the seed article's readers expect (analyze-seed test).
  [['liên đoàn lao động', 'lđlđ'], 'Liên đoàn Lao động'],
  [['tòa án nhân dân', 'toà án nhân dân', 'tand'], 'TAND'],
  [['viện kiểm sát nhân dân', 'vksnd'], 'VKSND'],
  [['hợp tác xã', 'htx'], 'HTX'],
  [['câu lạc bộ', 'clb'], 'CLB'],
  [['bảo hiểm xã hội', 'bhxh'], 'BHXH'],
  [['hội liên hiệp phụ nữ', 'hội lhpn'], 'Hội Liên hiệp Phụ nữ'],
  [['ủy ban', 'uỷ ban', 'hội đồng', 'liên đoàn', 'công đoàn', 'sở', 'bộ', 'cục', 'tổng cục', 'chi cục', 'ban',
    'viện', 'học viện', 'trường', 'đại học', 'bệnh viện', 'ngân hàng', 'công ty', 'tập đoàn', 'tổng công ty',
    'hội', 'đoàn thanh niên', 'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy',
    'thành uỷ', 'huyện ủy', 'huyện uỷ', 'quận ủy', 'quận uỷ', 'đảng ủy', 'đảng uỷ', 'công an', 'bộ chỉ huy',
    'bộ đội biên phòng', 'quân khu', 'văn phòng', 'trung tâm', 'liên hiệp', 'hiệp hội', 'ủy ban kiểm tra',
    'kho bạc nhà nước', 'cục thuế', 'chi nhánh', 'tổ chức', 'quỹ', 'đài truyền hình', 'đài phát thanh',
    'thông tấn xã', 'báo', 'đài', 'hãng', 'phòng', 'thanh tra', 'liên minh', 'nhà máy', 'cảng vụ'], null],
];
// Organisations complete on their own; only a place may follow ("Quốc hội Mỹ").
const STANDALONE: ReadonlyArray<readonly [readonly string[], string | null]> = [
  [['tổng liên đoàn lao động việt nam', 'tổng lđlđ việt nam', 'tlđlđvn'], 'Tổng Liên đoàn Lao động Việt Nam'],
  [['quốc hội', 'chính phủ', 'bộ chính trị', 'ban bí thư', 'ban chấp hành trung ương', 'liên hợp quốc',
    'ngân hàng nhà nước', 'kiểm toán nhà nước', 'ngân hàng thế giới'], null],
];
// Heads of local bodies: a province after them is written with its unit ("Sở Y tế tỉnh An Giang").
const LOCAL_BODIES = new Set([
  'UBND', 'HĐND', 'UBMTTQ', 'MTTQ', 'Liên đoàn Lao động', 'TAND', 'VKSND', 'BHXH', 'Hội Liên hiệp Phụ nữ', 'sở', 'công an',
  'phòng', 'cục thuế', 'chi cục', 'kho bạc nhà nước', 'bộ chỉ huy',
  'thanh tra', 'văn phòng', 'liên minh', 'công đoàn',
]);
// Heads whose name is a field ("Bộ Y tế", "Phòng GD-ĐT"): elsewhere "Y tế" starts a longer name ("Tổ chức Y tế Thế giới").
const FIELD_HEADS = new Set(['bộ', 'sở', 'phòng']);
// Words right after a head that qualify it without naming it ("Công ty cổ phần", "Trường THPT").
const QUALIFIERS: ReadonlyArray<readonly [readonly string[], string]> = [
  [['cổ phần', 'cp'], 'CP'], [['thương mại cổ phần', 'tmcp'], 'TMCP'],
  [['trách nhiệm hữu hạn', 'tnhh'], 'TNHH'], [['một thành viên', 'mtv'], 'MTV'],
  [['trung học phổ thông', 'thpt'], 'THPT'], [['trung học cơ sở', 'thcs'], 'THCS'],
  [['đại học', 'đh'], 'ĐH'], [['cao đẳng', 'cđ'], 'CĐ'], [['đa khoa'], 'Đa khoa'],
  [['tiểu học'], 'Tiểu học'], [['mầm non'], 'Mầm non'],
];
// Fields of ministries and departments (written any of these ways) → the abbreviation news uses.
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  'GD-ĐT': ['Giáo dục và Đào tạo', 'GD&ĐT', 'GDĐT'],
  'TN-MT': ['Tài nguyên và Môi trường', 'TN&MT', 'TNMT'],
  'NN-PTNT': ['Nông nghiệp và Phát triển nông thôn', 'NN&PTNT', 'NNPTNT'],
  'LĐ-TB&XH': ['Lao động - Thương binh và Xã hội', 'Lao động, Thương binh và Xã hội', 'LĐTB&XH', 'LĐTBXH', 'LĐ-TBXH'],
  'VH-TT&DL': ['Văn hóa, Thể thao và Du lịch', 'Văn hóa - Thể thao và Du lịch', 'VHTT&DL', 'VHTTDL', 'VH-TTDL', 'VH,TT&DL'],
  'KH-ĐT': ['Kế hoạch và Đầu tư', 'KH&ĐT', 'KHĐT'],
  'KH-CN': ['Khoa học và Công nghệ', 'KH&CN', 'KHCN'],
  'TT-TT': ['Thông tin và Truyền thông', 'TT&TT', 'TTTT'],
  GTVT: ['Giao thông vận tải', 'Giao thông - Vận tải', 'GT-VT'],
  'Văn hóa và Thể thao': ['VH-TT', 'VH&TT', 'Văn hóa - Thể thao'],
  'Công Thương': [], 'Tài chính': [], 'Y tế': [], 'Xây dựng': [], 'Tư pháp': [], 'Nội vụ': [],
  'Ngoại giao': [], 'Quốc phòng': [], 'Công an': [], 'Ngoại vụ': [], 'Du lịch': [],
};
// Admin units inside an organisation's name (lower case) → the form the canonical name uses.
const UNITS: Readonly<Record<string, string>> = {
  'tỉnh': 'tỉnh', 'thành phố': 'TP', 'tp': 'TP', 'tp.': 'TP', 'huyện': 'huyện', 'h.': 'huyện', 'quận': 'quận',
  'q.': 'quận', 'thị xã': 'thị xã', 'tx': 'thị xã', 'tx.': 'thị xã', 'thị trấn': 'thị trấn', 'xã': 'xã',
  'phường': 'phường', 'p.': 'phường',
};
const MAX_NAME_TOKENS = 10;
// Lower-case syllables the tagger sometimes glues onto a name that never belong to one.
const FUNCTION_SYLLABLES = new Set(['chỉ', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'là', 'có', 'được', 'bị', 'thì', 'mà', 'và', 'với', 'cho', 'của', 'tại', 'nói', 'cho biết']);
const CAPTION_WORDS = new Set(['Ảnh', 'Video', 'Clip', 'Nguồn']);
const UNIT_WORDS = new Set(Object.keys(UNITS).flatMap((u) => u.split(' ')));
// Heads that are also common syllables of names ("Trường Chinh", "Cục I"): a one-syllable name is not enough.
const SHORT_NAME_HEADS = new Set(['trường', 'hội', 'ban', 'viện', 'báo', 'đài', 'quỹ', 'hãng', 'cục', 'phòng', 'bộ', 'sở', 'liên minh']);

// "TP.HCM", "GD&ĐT", "LĐ-TB&XH" stay one token; "TP.Hà" is split into the unit and the name.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*/gu;
const GLUED_UNIT = /^(TP|Tp|Q|P|H|TX)\.(?=\p{Lu}\p{Ll})/u;

/**
 * Organisations in `text`, canonical forms, deduped (abbreviated and full forms count as one), in
 * order; `mentions`: findOrganizations' result when the caller already has it.
 */
export function extractOrganizations(text: string, ner: NerToken[] = [], mentions = findOrganizations(text, ner)): string[] {
  const byKey = new Map<string, string>();
  for (const { name } of mentions) {
    const key = expandAbbreviations(name).toLowerCase();
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()];
}

/** Every organisation mention of `text` with its offsets (places use them to skip organisations' words). */
export function findOrganizations(text: string, ner: NerToken[] = []): OrganizationMention[] {
  const tokens = tokenize(text, ner);
  const syllables = tokens.map((t) => t.text);
  const inPlace = tokensInsideKnownPlaces(syllables);
  const found: OrganizationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inPlace.has(i) || (/^I-/.test(tokens[i].ner) && adjacent(text, tokens[i - 1], tokens[i]))) continue;
    const org = organizationAt(text, tokens, i);
    if (!org) continue;
    const place = placeAt(syllables, i);
    if (place && place.length >= 2 && org.end <= i + place.length) continue; // "Hội An" is a town
    found.push({ name: org.name, start: tokens[i].start, end: tokens[org.end - 1].end });
    i = org.end - 1;
  }
  return found;
}

/** The organisation starting at token i: its canonical name and the index after its last token. */
function organizationAt(text: string, tokens: Token[], i: number): { name: string; end: number } | null {
  if (!/^\p{Lu}/u.test(tokens[i].text)) return null;
  const standalone = phraseAt(tokens, i, STANDALONE, text);
  const head = standalone ?? phraseAt(tokens, i, HEAD_CANONICAL, text);
  if (!head) return null;
  const headForm = head.canonical ?? tokens.slice(i, head.end).map((t) => t.text).join(' ');
  const headKey = head.canonical ?? headForm.toLowerCase();
  const parts = [headForm];
  let j = head.end;
  let named = standalone !== null;
  let complete = standalone !== null;
  let nameTokens = 0;
  let bridged = -1; // a token whose gap before it is an abbreviation in brackets: "Hội Liên hiệp Phụ nữ (LHPN) tỉnh"
  const next = () => (j < tokens.length && (j === bridged || adjacent(text, tokens[j - 1], tokens[j])) ? tokens[j] : null);
  const skipBracketedAbbreviation = () => {
    const t = tokens[j];
    if (j + 1 >= tokens.length || !isAllCaps(t.text)) return;
    if (!/^ *\( *$/.test(text.slice(tokens[j - 1].end, t.start)) || !/^ *\) +$/.test(text.slice(t.end, tokens[j + 1].start))) return;
    j++;
    bridged = j;
  };
  if (j < tokens.length) skipBracketedAbbreviation();

  const qualifier = next() && phraseAt(tokens, j, QUALIFIERS, text);
  if (qualifier) {
    parts.push(qualifier.canonical ?? '');
    j = qualifier.end;
  }
  while (next() && nameTokens < MAX_NAME_TOKENS) {
    const t = tokens[j];
    const place = adminPlaceAt(text, tokens, j) ?? knownPlaceAt(text, tokens, j, LOCAL_BODIES.has(headKey));
    if (place) {
      parts.push(place.name);
      j = place.end;
      named = true;
      break; // the place closes the name: what follows is someone's name or the sentence
    }
    if (complete || UNIT_WORDS.has(t.lower)) break;
    const field = named || !FIELD_HEADS.has(headKey) ? null : fieldAt(text, tokens, j);
    if (field) {
      parts.push(field.name);
      j = field.end;
      named = complete = true;
      continue;
    }
    if (isNameWord(t.text)) {
      if (named && startsPersonName(text, tokens, j)) break;
      let k = j + 1;
      // Lower-case syllables of the same word ("Chữ thập đỏ", "Bảo vệ"; not "chỉ" of "Thái chỉ gửi").
      while (k < tokens.length && t.word >= 0 && !FUNCTION_SYLLABLES.has(tokens[k].lower) && tokens[k].word === t.word && adjacent(text, tokens[k - 1], tokens[k])) k++;
      parts.push(tokens.slice(j, k).map((x) => x.text).join(' '));
      nameTokens += k - j;
      j = k;
      named = true;
      if (j < tokens.length) skipBracketedAbbreviation();
      continue;
    }
    const after = tokens[j + 1];
    if ((t.lower === 'và' || t.text === '&') && named && after && adjacent(text, t, after) && isNameWord(after.text)
      && !phraseAt(tokens, j + 1, HEAD_CANONICAL, text)) {
      parts.push('và');
      j++;
      continue;
    }
    break;
  }
  if (!named) return null;
  const onlyOneSyllable = parts.length === 2 && j === head.end + 1 && /^(?:\p{Lu}\p{Ll}*|[IVX]+)$/u.test(tokens[head.end].text);
  if (onlyOneSyllable && SHORT_NAME_HEADS.has(headKey)) return null;
  while (parts.length > 1 && parts[parts.length - 1] === 'và') {
    parts.pop();
    j--;
  }
  return { name: parts.join(' '), end: j };
}

/** Tokens with the tagger's word grouping and NER tags laid over them. */
function tokenize(text: string, ner: NerToken[]): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const glued = GLUED_UNIT.exec(m[0]);
    const pieces = glued ? [glued[0], m[0].slice(glued[0].length)] : [m[0]];
    let at = m.index;
    for (const piece of pieces) {
      tokens.push({ text: piece, lower: piece.toLowerCase(), start: at, end: at + piece.length, word: -1, ner: 'O', pos: '' });
      at += piece.length;
    }
  }
  const words = alignNer(text, ner);
  let w = 0;
  for (const t of tokens) {
    while (w < words.length && words[w].end <= t.start) w++;
    if (w < words.length && words[w].start <= t.start && t.end <= words[w].end) {
      t.word = w;
      t.ner = words[w].ner;
      t.pos = words[w].pos;
    }
  }
  return tokens;
}

/** Indices of tokens inside a multi-syllable known place that starts before them ("Tây Ban Nha"). */
function tokensInsideKnownPlaces(syllables: string[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < syllables.length; i++) {
    const place = placeAt(syllables, i);
    if (!place || place.length < 2) continue;
    for (let k = i + 1; k < i + place.length; k++) inside.add(k);
    i += place.length - 1;
  }
  return inside;
}

/** The longest phrase of `table` at token i (compared lower-case, spaces between), with its canonical form. */
function phraseAt(
  tokens: Token[],
  i: number,
  table: ReadonlyArray<readonly [readonly string[], string | null]>,
  text: string,
): { canonical: string | null; end: number } | null {
  let best: { canonical: string | null; end: number } | null = null;
  let joined = '';
  for (let n = 1; n <= 8 && i + n <= tokens.length; n++) {
    if (n > 1 && !adjacent(text, tokens[i + n - 2], tokens[i + n - 1])) break;
    joined = (joined ? `${joined} ` : '') + tokens[i + n - 1].lower;
    for (const [forms, canonical] of table) if (forms.includes(joined)) best = { canonical, end: i + n };
  }
  return best;
}

// Old-style tone placement ("hoá", "uỷ") → the placement the tables use ("hóa", "ủy").
const OLD_TONES: ReadonlyArray<readonly [RegExp, string]> = [
  [/oá/g, 'óa'], [/oà/g, 'òa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/uỷ/g, 'ủy'], [/uý/g, 'úy'], [/uỳ/g, 'ùy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];

const FIELD_BY_KEY: ReadonlyMap<string, string> = new Map(
  Object.entries(FIELDS).flatMap(([canonical, variants]) => [canonical, ...variants].map((v) => [fieldKey(v), canonical] as const)),
);
const MAX_FIELD_TOKENS = 8;

/** A ministry or department field at token j, written any known way ("Giáo dục và Đào tạo", "GD&ĐT"). */
function fieldAt(text: string, tokens: Token[], j: number): { name: string; end: number } | null {
  if (!/^\p{Lu}/u.test(tokens[j].text)) return null;
  let best: { name: string; end: number } | null = null;
  for (let n = 1; n <= MAX_FIELD_TOKENS && j + n <= tokens.length; n++) {
    if (n > 1 && !/^(?:\s*[-–,&]\s*| +)$/.test(text.slice(tokens[j + n - 2].end, tokens[j + n - 1].start))) break;
    const canonical = FIELD_BY_KEY.get(fieldKey(text.slice(tokens[j].start, tokens[j + n - 1].end)));
    if (canonical) best = { name: canonical, end: j + n };
  }
  return best;
}

/** Lower case, new-style tone marks, "và" and separators dropped: "TN&MT" → "tn mt". */
function fieldKey(s: string): string {
  return toneMarksOnVowel(s.toLowerCase())
    .split(/[\s,&\-–]+/u)
    .filter((w) => w && w !== 'và')
    .join(' ');
}

function toneMarksOnVowel(s: string): string {
  return OLD_TONES.reduce((acc, [from, to]) => acc.replace(from, to), s);
}

/**
 * An admin unit and its place at token j ("tỉnh An Giang", "TP.HCM", "phường 5"), canonical
 * ("UBND thành phố Hà Nội" → "TP Hà Nội"); null when no place follows the unit.
 */
function adminPlaceAt(text: string, tokens: Token[], j: number): { name: string; end: number } | null {
  // The unit may be part of the written place ("TP.HCM", "Thành phố Hồ Chí Minh").
  for (let n = 5; n >= 1; n--) {
    if (!spaced(text, tokens, j, n)) continue;
    const whole = canonicalPlace(tokens.slice(j, j + n).map((t) => t.text).join(' '));
    if (whole && /^(tp|thành)/iu.test(tokens[j].text)) return { name: whole, end: j + n };
  }
  const unit = phraseAt(tokens, j, Object.keys(UNITS).map((u) => [[u], UNITS[u]] as const), text);
  if (!unit || !unit.canonical || tokens[j].text === 'Tỉnh' || tokens[j].text === 'Xã') return null;
  const k = unit.end;
  if (k >= tokens.length || !adjacent(text, tokens[k - 1], tokens[k])) return null;
  // Only the window a place name can span: mapping every token here made long texts quadratic.
  const window = tokens.slice(k, k + MAX_PLACE_SYLLABLES).map((t) => t.text);
  const known = placeAt(window, 0);
  if (known && spaced(text, tokens, k, known.length)) return { name: `${unit.canonical} ${known.canonical}`, end: k + known.length };
  if (unit.canonical === 'tỉnh') return null; // every province is known: another name is a person's
  if (/^\d+$/.test(tokens[k].text) && unit.canonical !== 'TP') return { name: `${unit.canonical} ${tokens[k].text}`, end: k + 1 };
  const length = placeNameLength(text, tokens, k);
  if (!length) return null;
  return { name: `${unit.canonical} ${tokens.slice(k, k + length).map((t) => t.text).join(' ')}`, end: k + length };
}

/**
 * Syllables (1–3) of an unknown place name at k, leaving out a person's name glued after it
 * ("phường Minh Khai Nguyễn Văn A" → 2): a split before a family name that starts 2+ syllables.
 */
function placeNameLength(text: string, tokens: Token[], k: number): number {
  let run = 0;
  while (k + run < tokens.length && run < 6 && isCapitalised(tokens[k + run].text)
    && (run === 0 || adjacent(text, tokens[k + run - 1], tokens[k + run]))) run++;
  if (run === 0 || CAPTION_WORDS.has(tokens[k].text)) return 0; // "Công đoàn TP Ảnh: …" is a photo caption
  for (const split of [2, 1, 3]) {
    if (split < run && run - split >= 2 && (isSurname(tokens[k + split].text) || tokens[k + split].ner === 'B-PER')) return split;
  }
  if (isSurname(tokens[k].text) && run >= 3) return 0; // "UBND xã Nguyễn Văn A": no place at all
  return Math.min(run, 3);
}

/** A known place at token j (not introduced by a unit), with a province's unit for local bodies. */
function knownPlaceAt(text: string, tokens: Token[], j: number, localBody: boolean): { name: string; end: number } | null {
  const place = placeAt(tokens.slice(j, j + MAX_PLACE_SYLLABLES).map((t) => t.text), 0);
  if (!place || !spaced(text, tokens, j, place.length)) return null;
  const end = j + place.length;
  // A longer capitalised name goes on ("Ngân hàng Hà Nội Mới" is not "Hà Nội").
  if (end < tokens.length && adjacent(text, tokens[end - 1], tokens[end]) && isCapitalised(tokens[end].text)
    && !startsPersonName(text, tokens, end)) return null;
  if (place.length === 1 && AMBIGUOUS_PLACES.has(place.canonical) && !/^\p{Lu}/u.test(tokens[j].text)) return null;
  // Other bodies keep the place as written ("Ngân hàng TMCP Sài Gòn" is no city's bank).
  if (!localBody) return { name: tokens.slice(j, end).map((t) => t.text).join(' '), end };
  const name = place.canonical;
  if (!PROVINCIAL_UNITS.has(name) || name.startsWith('TP.')) return { name, end };
  return { name: `${CENTRAL_CITIES.has(name) ? 'TP' : 'tỉnh'} ${name}`, end };
}

/** True when a person's name starts at token j: a family name the tagger marks as a name's start or that opens 2+ capitalised syllables. */
function startsPersonName(text: string, tokens: Token[], j: number): boolean {
  if (!isSurname(tokens[j].text)) return false;
  if (tokens[j].ner === 'B-PER') return true;
  const second = tokens[j + 1];
  return second !== undefined && adjacent(text, tokens[j], second) && isCapitalised(second.text);
}

/** A word that can be part of a name: capitalised, an acronym or a number ("Quốc Học", "PK", "19-5"). */
function isNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && (isCapitalised(word) || isAllCaps(word) || /^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(word));
}

/** True when tokens j … j+n-1 exist and only spaces separate them. */
function spaced(text: string, tokens: Token[], j: number, n: number): boolean {
  if (j + n > tokens.length) return false;
  for (let k = j + 1; k < j + n; k++) if (!adjacent(text, tokens[k - 1], tokens[k])) return false;
  return true;
}

function adjacent(text: string, a: Token | undefined, b: Token): boolean {
  return a !== undefined && /^ *$/.test(text.slice(a.end, b.start));
}
