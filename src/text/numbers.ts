/**
 * Vietnamese numbers: parse "4.154" / "1,5", format 1500000 → "1.500.000", find every quantity
 * in a text, and read a quantity typed in a search query.
 *
 * Decisions (documented because the formats are ambiguous):
 * - A dot is a thousands separator when groups of exactly three digits follow it ("4.154",
 *   "1.500.000"); otherwise it is a decimal point as in English ("2.5"). A leading "0." is decimal.
 * - A single comma is the Vietnamese decimal comma, whatever follows: "1,5" = 1.5 and
 *   "12,345" = 12.345. Several commas in groups of three are English thousands ("1,500,000").
 *   Both separators: the one that comes last, once, is the decimal ("1.234,5", "1,234.5").
 * - Percentages keep their number: "15%" → value 15, unit "%".
 * - Not quantities: numbers right after a calendar word ("năm 2019", "tháng 7", "ngày 27"),
 *   after an identifier word ("số 5", "lần thứ 3", "Điều 12", "quận 1"), inside dates and
 *   codes ("27/7/2020", "03/CT-TLĐ", "6b", "U23", "COVID-19", "7h30", "7:30"), phone numbers,
 *   numbers with a leading zero and more than three digits, and list markers ("1." at a line start).
 * - Ranges: "5-7%", "10 đến 20", "từ 10 đến 20 tỷ đồng" → value + to (qualifier "từ"), the
 *   first bound taking the second's scale word when it has none. A dash pair that does not go
 *   up ("2-1", a score) is skipped, and so is a chain of three or more bare numbers (draws, ids).
 * - Years are dates, not quantities (as the annotation policy says): a bare 1900–2100 numeral
 *   without separators and without a measure or counted noun is skipped ("Tết 2017", "(1985)",
 *   "giai đoạn 2015-2020", "từ 2010 đến 2012"); "2000 căn hộ" and "1.990 người" are amounts.
 * - Also skipped when no unit says otherwise: a number right after a name ("iPhone 7", "Trà Linh
 *   1"), before a capitalised name (house numbers), "+224", "từ 1.6" (day.month), clock times
 *   ("khoảng 15 giờ ngày 3/6") and figures in short quoted slogans ("5 không 3 sạch").
 * - Sizes and resolutions ("146,2 x 73,3 x 7,9mm", "720 x 1280 pixel", multi-part measurements in the
 *   annotation policy), levels ("gió cấp 6"), clock minutes ("8h 40 phút") and day.month dates after a
 *   day word ("ngày mai 5.6 trời nắng") are skipped; "10%-20%" is one range.
 * - Hours of the day are skipped when they open a sentence before a comma ("8 giờ, …"), follow
 *   "đúng"/"lúc" or carry bare minutes ("7 giờ 15,"); a 3+ digit number seen after a name ("Nokia
 *   3310", "Ferrari 488 GTB") is a model name wherever no measure or known counted noun follows it.
 * - Written-out numbers ("hai triệu", "hàng trăm") are not read.
 */
import type { NumberMention } from '../types';
import {
  CALENDAR_WORDS,
  CASED_SYMBOLS,
  CASELESS_SYMBOLS,
  CLOCK_WORDS,
  CURRENCIES,
  LABEL_WORDS,
  MEASURE_WORDS,
  NOT_A_LABEL,
  NOT_A_SCALE,
  NOT_A_UNIT,
  NOT_A_UNIT_PAIRS,
  NOUN_UNITS,
  PREPOSITION_QUALIFIERS,
  QUALIFIERS,
  SCALE_WORDS,
  SOFT_LABEL_WORDS,
  BARE_LABEL_WORDS,
} from './number-words';

const NUMERAL_SHAPE = /^\d+(?:[.,]\d+)*$/;

/** Parse one numeral written the Vietnamese way ("4.154", "1,5", "1.500.000"); null when it is not one. */
export function parseVietnameseNumber(s: string): number | null {
  const numeral = s.trim();
  if (!NUMERAL_SHAPE.test(numeral)) return null;
  const dots = numeral.split('.').length - 1;
  const commas = numeral.split(',').length - 1;
  if (dots === 0 && commas === 0) return Number(numeral);
  if (dots > 0 && commas > 0) {
    const decimal = numeral.lastIndexOf('.') > numeral.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    const decimalCount = decimal === '.' ? dots : commas;
    const [whole, fraction] = numeral.split(decimal);
    if (decimalCount !== 1 || !isGrouped(whole, grouping)) return null;
    return Number(`${whole.split(grouping).join('')}.${fraction}`);
  }
  const separator = dots > 0 ? '.' : ',';
  const groups = numeral.split(separator);
  if (groups.length === 2) {
    const thousands = separator === '.' && groups[1].length === 3 && groups[0] !== '0' && groups[0].length <= 3;
    return Number(thousands ? groups.join('') : groups.join('.'));
  }
  return isGrouped(numeral, separator) ? Number(groups.join('')) : null;
}

/** "1.234.567": a first group of 1–3 digits, then groups of exactly three. */
function isGrouped(numeral: string, separator: string): boolean {
  const groups = numeral.split(separator);
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/** Format a number the Vietnamese way: thousand dots, decimal comma (1500000.5 → "1.500.000,5"). */
export function formatVietnameseNumber(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const [whole, fraction] = Math.abs(n).toFixed(6).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, '.');
  const sign = n < 0 && (whole !== '0' || decimals !== '') ? '-' : '';
  return sign + grouped + (decimals ? `,${decimals}` : '');
}

// ---- finding quantities in text ----

const SP = '[ \\u00a0]';
const NUMERALS = /\d+(?:[.,]\d+)*/g;
const NUMERAL_AT = /\d+(?:[.,]\d+)*/y;
const SCALE_AT = new RegExp(`${SP}+(chục|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:${SP}+(nghìn|ngàn|triệu|tỷ|tỉ))?(?![\\p{L}\\p{N}])`, 'iuy');
const NEXT_WORD_AT = new RegExp(`${SP}+(\\p{L}+)`, 'uy');
const SMALLER_PART_AT = new RegExp(`${SP}+(\\d{1,3}(?:,\\d+)?)${SP}+(trăm|nghìn|ngàn|triệu)(?![\\p{L}\\p{N}])`, 'iuy');
const DASH_RANGE_AT = new RegExp(`${SP}*[-–—]${SP}*(?=\\d)`, 'y');
const WORD_RANGE_AT = new RegExp(`${SP}+(?:đến|tới)${SP}+(?=\\d)`, 'iuy');
const DASH_NUMERAL_AT = /[-–—]\d/y;
const PERCENT_AT = new RegExp(`${SP}?%|${SP}+phần trăm(?![\\p{L}])`, 'uy');
const SYMBOL_AT = new RegExp(`${SP}?(°C|°F|℃|\\$|€|₫|m²|m³|km²)`, 'uy');
const ATTACHED_WORD_AT = /[\p{L}\d²³]+/uy;
const UNIT_WORDS_AT = new RegExp(`${SP}+(\\p{L}[\\p{L}\\d²³]*(?:-\\p{L}+)*)(?:${SP}+(\\p{L}+(?:-\\p{L}+)*))?(?:${SP}+(\\p{L}+))?`, 'uy');
const PER_UNIT_AT = /\/(\p{L}+\d?)(?![\p{L}\d])/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** "năm nay", "năm ngoái": the year of a date, not a number of years (not "năm sau": "5 năm sau" is a span). */
const RELATIVE_YEAR_AT = new RegExp(`${SP}+năm${SP}+(?:nay|ngoái)(?![\\p{L}])`, 'iuy');
/** One or two capitals and a stop right before a numeral: "U.19", "Q.1". */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{1,2}\.$/u;
const LETTER = /\p{L}/u;
const LOWER_CASE_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** "1m65": a height in metres and centimetres. */
const HEIGHT_AT = /(\d)m(\d{2})(?![\p{L}\p{N}])/uy;
/** ", ", " và ", " hoặc ", " – " between the items of a list or a sequence of numbers. */
const SEQUENCE_CONNECTOR_AT = new RegExp(`${SP}*,${SP}+|${SP}+(?:và|hoặc)${SP}+|${SP}*[-–—]${SP}*`, 'iuy');
/** A list continuing a date or a label: "năm 1989 và 1990", "số 76, 83 và 85", "cuối 80, đầu 90". */
const LIST_CONNECTOR_AT = new RegExp(`(?:${SP}*,|${SP}+(?:và|hoặc|hay))${SP}+(?:(?:đầu|cuối|giữa)${SP}+)?(?=\\d)`, 'iuy');
/** A bound opening a "từ … đến …" span earlier in the same clause. */
const FROM_IN_CLAUSE = new RegExp(`(?:^|[^\\p{L}])từ${SP}+\\d[^.;!?\\n]*$`, 'iu');
// A word with inner hyphens or dots: "CX-9 2017" follows a model name.
const WORD_BEFORE = new RegExp(`([\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*)${SP}+$`, 'u');
const CAPITALIZED_WORD_AT = new RegExp(`${SP}+\\p{Lu}`, 'uy');
const ACRONYM = /^\p{Lu}{2,8}$/u;
/** Minutes after an hour, then a span's end hour ("7 giờ 30 đến 9 giờ"), then a part of the day or a date word. */
const CLOCK_TAIL_AT = new RegExp(
  `(?:${SP}+\\d{1,2}(?:${SP}+phút)?)?(?:${SP}+(?:đến|tới)${SP}+\\d{1,2}${SP}+giờ(?:${SP}+\\d{1,2}(?:${SP}+phút)?)?)?`
  + `${SP}+(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|rạng sáng|cùng ngày)(?![\\p{L}])`,
  'iuy',
);
/** "7 giờ 15,": two-digit minutes after an hour with no "phút", closing a clause. */
const BARE_MINUTES_AT = new RegExp(`${SP}+[0-5]\\d(?=${SP}*(?:[,;)]|\\.(?!\\d)|$))`, 'y');
/** "Đúng 9 giờ", "lúc hơn 14 giờ": "exactly", or "at" before a qualified hour, names a time of day. */
const SHARP_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:đúng|lúc)${SP}+$`, 'iu');
/** The start of a sentence or a line, before a mention that opens it. */
const SENTENCE_OPENING_BEFORE = /(?:^|[.!?…:\n])[ \u00a0"“]*$/u;
/** " 2" or " 3" alone after a glued "m": "34m 2" is 34 m². */
const LOST_POWER_AT = /[ \u00a0]([23])(?![\p{L}\p{N}]|[.,]\d)/uy;
/** A year right after a word: " 2010". */
const YEAR_AT = new RegExp(`${SP}+(?:19|20)\\d{2}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'uy');
/** "0-2", "2 - 3": two whole numbers joined by a dash, nothing else. */
const BARE_DASH_PAIR = /^\d{1,2}[ \u00a0]*[-–—][ \u00a0]*\d{1,2}$/u;
/** "giờ 30 phút" after the hour of a clock time ("lúc 1 giờ 30 phút"). */
const HOUR_AND_MINUTES_AT = new RegExp(`${SP}+giờ(?:${SP}+\\d{1,2}(?:${SP}+phút)?)?(?![\\p{L}\\p{N}])`, 'iuy');
/** "11 tháng giêng", "ngày 3 tháng 2": a day of a month written with "tháng". */
const MONTH_NAME_AT = new RegExp(`${SP}+(?:giêng|chạp|âm lịch|\\d{1,2}(?![\\d.,])(?!${SP}+(?:ngày|tuần)))`, 'iuy');
/** "54Z3 – 3067", "61C1-515.87": the second part of a licence plate or a code. */
const CODE_DASH_BEFORE = /(?:^|[^\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\d)[\p{L}\p{N}]+[ \u00a0]*[-–—][ \u00a0]*$/u;
/** "SU- 30": a model code whose dash is followed by a stray space. */
const ACRONYM_DASH_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,5}[-–][ \u00a0]$/u;
/** "10 000 đồng": thousands grouped with spaces, taken only before a currency. */
const SPACE_GROUPS_AT = new RegExp(`(?:${SP}\\d{3})+(?![\\d.,])`, 'y');
const AGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(tuổi)${SP}+$`, 'iu');
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/;
/** "2.2017": a month and a year, never a decimal with four places in Vietnamese news. */
const MONTH_YEAR = /^(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}$/;
/** ". 2.2017" after a day: the rest of a date written with a stray space. */
const DAY_BEFORE_MONTH_YEAR_AT = new RegExp(`\\.${SP}?(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d{2}(?!\\d)`, 'y');
/** Words for a day right before a day.month date: "ngày mai 5.6", "hôm qua 4.6", "tức 11.7". */
const DAY_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:mai|nay|qua|tức|sáng|trưa|chiều|tối|đêm|hôm|rạng)${SP}+$`, 'iu');
/** "11.7 dương lịch", "18.6 âm lịch": the first word read as the date's unit. */
const DATE_CALENDAR_UNITS: ReadonlySet<string> = new Set(['dương', 'âm']);
/** "8h " right before minutes: the hour of a clock time. */
const HOUR_MARK_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])\\d{1,2}h${SP}+$`, 'u');
/** " x 73" after a number, "146,2 x " before one: the sides of a size ("146,2 x 73,3 x 7,9mm"). */
const TIMES_NEXT_AT = new RegExp(`${SP}*[x×]${SP}*\\d`, 'y');
const TIMES_BEFORE = new RegExp(`\\d(?:${SP}*(?:mm|cm|m|px|pixel))?${SP}*[x×]${SP}*$`, 'u');
/** Short quoted names ("“Xây dựng gia đình 5 không 3 sạch”"): slogans, titles, movements. */
const SHORT_QUOTES = /[“"]\p{Lu}[^“”"\n.!?]{0,70}[”"]/gu;
const WORDS_BEFORE = new RegExp(`(?:(\\p{L}+)${SP}+)?(\\p{L}+)${SP}+$`, 'u');
const QUALIFIER_BEFORE = new RegExp(
  `[^\\p{L}](${[...QUALIFIERS].sort((a, b) => b.length - a.length).join('|')})${SP}+$`,
  'iu',
);
/** Phone numbers: 0xx / (0xx) / +84 then groups of digits; confirmed by their digit count. */
// A prime after a numeral, with no letter or digit on: a minute mark ("18'", "36’", "90'+2").
const PRIME_AT = /['’′](?![\p{L}\p{N}])/uy;
// A straight quote that opens a phrase: at a line start or after a space or bracket, before a letter or digit.
const OPENING_STRAIGHT_QUOTE = /(?:^|(?<=[\s(“"]))'(?=[\p{L}\p{N}])/gu;
const PHONES = /(?:\+84[ .-]?|\(0\d{1,3}\)[ .-]?|(?<![\d.,])0)\d{1,4}(?:[ .-]?\d{2,4}){1,3}(?!\d)/g;

/** A number with its scale words applied, and where it ends in the text. */
interface Amount {
  value: number;
  multiplier: number;
  end: number;
}

/**
 * How sure a unit is: a measure (currency, symbol, %, time or physical unit), a known counted
 * noun, or a guess (any other lower-case word, an upper-case acronym).
 */
type UnitKind = 'measure' | 'noun' | 'guess';

interface Unit {
  unit: string;
  end: number;
  kind: UnitKind;
}

/** A mention read at a numeral, with what the filters for non-quantities need to know. */
interface Reading {
  mention: NumberMention;
  end: number;
  numeral: string;
  scaled: boolean;
  unitKind: UnitKind | null;
}

/** Every quantity in a text, in text order: value with scale applied, unit, qualifier, range bound. */
export function extractNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  // Readings that only a guessed unit or none makes quantities, for the model-number pass below.
  const uncertain = new Map<NumberMention, string>();
  const modelNumbers = new Set<string>();
  const phones = phoneSpans(text);
  const quotes = shortQuoteSpans(text);
  let consumedUntil = 0;
  for (const match of text.matchAll(NUMERALS)) {
    const start = match.index;
    let end = start + match[0].length;
    if (start < consumedUntil || inSpans(phones, start)) continue;
    // "54Z3 – 3067": the tail of a licence plate or a code, not an amount.
    if (CODE_DASH_BEFORE.test(textBefore(text, start, 24)) || (text[start - 1] === ' ' && ACRONYM_DASH_BEFORE.test(textBefore(text, start, 8)))) {
      consumedUntil = end;
      continue;
    }
    const height = readHeight(text, start);
    if (height !== null) {
      mentions.push(height.mention);
      consumedUntil = height.end;
      continue;
    }
    if (!standsAlone(text, start, end) || isListMarker(text, start, end)) continue;
    if (isMinuteMark(text, start, end)) {
      consumedUntil = end + 1;
      continue;
    }
    if (/^0\d{3}/.test(match[0])) continue; // 0912…, 0283…: codes and phone fragments
    const sequenceEnd = bareSequenceEnd(text, start);
    if (sequenceEnd !== null) {
      consumedUntil = sequenceEnd;
      continue;
    }
    end = spaceGroupedEnd(text, match[0], end);
    const context = dateOrLabelContext(text, start);
    if (context !== null && !isMeasuredDespiteContext(text, end, context)) {
      consumedUntil = skipDateTail(text, matchAt(HOUR_AND_MINUTES_AT, text, end)?.end ?? end);
      continue;
    }
    const reading = readMention(text, start, end);
    if (reading === null) {
      consumedUntil = skipRangeTail(text, end);
      continue;
    }
    consumedUntil = reading.end;
    if (namesAModel(text, start, reading)) modelNumbers.add(reading.numeral);
    if (isNotAQuantity(text, start, reading, quotes)) {
      // "16 giờ 30 ngày 30.6": the minutes and the day word belong to the clock time.
      consumedUntil = skipDateTail(text, clockTailEnd(text, reading) ?? reading.end);
      continue;
    }
    mentions.push(reading.mention);
    if (isUncertain(reading)) uncertain.set(reading.mention, reading.numeral);
  }
  // "Nokia 3310" once, then "Nokia 3310 là …" opening a sentence or "chiếc 488 GTB": a number
  // that names a model after a name names it throughout the text.
  return mentions.filter((m) => !modelNumbers.has(uncertain.get(m) ?? ''));
}

/** A reading with no qualifier, no scale word and only a guessed unit or none. */
function isUncertain(reading: Reading): boolean {
  return reading.mention.qualifier === '' && !reading.scaled && (reading.unitKind === null || reading.unitKind === 'guess');
}

/**
 * "Ferrari 488 GTB", "Nokia 3310 chưa lên kệ": a numeral of three or more digits without
 * separators after a name, with no measure or known counted noun, names a model.
 */
function namesAModel(text: string, start: number, reading: Reading): boolean {
  return /^\d{3,}$/.test(reading.numeral) && !isYear(reading.numeral) && isUncertain(reading) && followsName(text, start);
}

/**
 * "Eriksen 18'", "(90'+2)", "14h 30’": a minute mark (a time point in a match or a clock time),
 * not a quantity; a prime closing a single-quoted phrase ("‘top 10’") is a quote.
 */
function isMinuteMark(text: string, start: number, end: number): boolean {
  if (!PRIME_AT.test(textAt(PRIME_AT, text, end)) || Number(text.slice(start, end)) > 130) return false;
  const line = textBefore(text, start, 80).split('\n').pop() ?? '';
  const opened = Math.max(line.lastIndexOf('‘'), lastMatchIndex(line, OPENING_STRAIGHT_QUOTE));
  // Inside a quote opened on this line and not closed since (a closing quote follows a letter).
  return opened < 0 || /[\p{L}\p{M}.!?]['’]/u.test(line.slice(opened + 1));
}

/** Index of the last match of a global pattern in `s`, -1 when none. */
function lastMatchIndex(s: string, pattern: RegExp): number {
  let index = -1;
  for (const m of s.matchAll(pattern)) index = m.index;
  return index;
}

function inSpans(spans: readonly [number, number][], position: number): boolean {
  return spans.some(([from, to]) => position >= from && position < to);
}

/**
 * Numbers that read like quantities but are not (the annotation policy's exclusions): years and
 * year ranges, parts of names ("iPhone 7", "APEC 2017"), house numbers before a street name,
 * day.month dates ("từ 1.6") and figures inside a short quoted slogan ("5 không 3 sạch").
 * Only numbers without a measure or a known counted noun are dropped.
 */
function isNotAQuantity(text: string, start: number, reading: Reading, quotes: readonly [number, number][]): boolean {
  const { mention, numeral, scaled, unitKind } = reading;
  // "(11 tháng giêng)", "3 tháng 2": a day of a month, not a number of months.
  if (mention.unit === 'tháng' && mention.to === undefined && matchAt(MONTH_NAME_AT, text, reading.end) !== null) return true;
  // "1 số sạp", "1 cách trùng hợp": "một số" (some), "một cách" (an adverb), not counts.
  if (numeral === '1' && (mention.unit === 'số' || mention.unit === 'cách')) return true;
  // "146,2 x 73,3 x 7,9mm", "720 x 1280 pixel": a size or a resolution, not a quantity.
  if (inDimensions(text, start, start + numeral.length)) return true;
  // "từ 8h 40 phút": the minutes of a clock time.
  if (mention.unit === 'phút' && HOUR_MARK_BEFORE.test(textBefore(text, start, 8))) return true;
  // "từ 10-18 giờ": hours of the day (an afternoon hour ends it), not a duration ("ngủ từ 6-8 giờ").
  if (mention.unit === 'giờ' && mention.qualifier === 'từ' && mention.to !== undefined && mention.to >= 13 && mention.to <= 23 && mention.value < mention.to) return true;
  if (unitKind === 'measure') return isClockTime(text, reading.end, mention.unit) || isOpeningHour(text, reading);
  if (scaled) return false;
  // "World Cup 2018 khu vực châu Âu": a year after a name, whatever noun follows.
  if (isYear(numeral) && mention.qualifier === '' && followsName(text, start)) return true;
  if (unitKind === 'noun') return false;
  if (text[start - 1] === '+' && unitKind === null) return true; // "+224": a dialling code
  if (followsSoftLabel(text, start, unitKind === null)) return true;
  // "thua 0-2", "2-3": a bare pair of small whole numbers going up is a score, not a range.
  if (unitKind === null && mention.qualifier === '' && mention.to !== undefined && mention.to <= 30 && BARE_DASH_PAIR.test(mention.text)) return true;
  if (isYear(numeral) && (mention.to === undefined || isYearValue(mention.to))) return true;
  const grouped = /^\d{1,3}(?:\.\d{3})+$/.test(numeral); // "Lộc 1.268 viên": model numbers are not grouped
  if (mention.qualifier === '' && (unitKind === null || !grouped) && followsName(text, start)) return true;
  if (unitKind === null && mention.to === undefined && matchAt(CAPITALIZED_WORD_AT, text, reading.end) !== null) return true;
  // "vào 2.2017", "ngày 20. 2.2017": a month.year date, or the day before one.
  if (unitKind === null && (MONTH_YEAR.test(numeral) || DAY_BEFORE_MONTH_YEAR_AT.test(textAt(DAY_BEFORE_MONTH_YEAR_AT, text, start + numeral.length)))) return true;
  // "ngày mai 5.6 trời nắng", "tức 11.7 dương lịch": a day.month date before a word that is no known noun.
  const dayMonth = DAY_MONTH.exec(numeral);
  if (dayMonth !== null && Number(dayMonth[1]) <= 31 && Number(dayMonth[2]) <= 12
    && (unitKind === null || (mention.to === undefined && Number(dayMonth[2]) >= 1 && isDateContext(text, start, mention.unit)))) return true;
  return inSpans(quotes, start);
}

/** "ngày mai 5.6 trời", "tức 11.7 dương lịch": a day word before, or the calendar named after. */
function isDateContext(text: string, start: number, unit: string): boolean {
  return DATE_CALENDAR_UNITS.has(unit) || DAY_WORD_BEFORE.test(textBefore(text, start, 12));
}

/** True when the number is a side of a size or resolution: "146,2 x 73,3 x 7,9mm", "720 x 1280 pixel". */
function inDimensions(text: string, start: number, numeralEnd: number): boolean {
  if (TIMES_NEXT_AT.test(textAt(TIMES_NEXT_AT, text, numeralEnd))) return true;
  const before = textBefore(text, start, 16);
  return (before.includes('x') || before.includes('×')) && TIMES_BEFORE.test(before);
}

/** "khoảng 1 giờ 45 phút ngày 18-5", "2 giờ sáng": an hour followed by a part of the day or a date. */
function isClockTime(text: string, end: number, unit: string): boolean {
  return unit === 'giờ' && CLOCK_TAIL_AT.test(textAt(CLOCK_TAIL_AT, text, end));
}

/**
 * "8 giờ, Quốc hội họp", "Hơn 14 giờ, ông …", "Đúng 9 giờ", "Từ 7 giờ 15, …": an hour of the day
 * (0–24) that opens a sentence before a comma, has bare minutes after it, or follows "đúng" or
 * "lúc" (which the calendar words catch only right before the numeral, not before "hơn 14 giờ").
 */
function isOpeningHour(text: string, reading: Reading): boolean {
  const { mention, end } = reading;
  if (mention.unit !== 'giờ' || mention.to !== undefined || !Number.isInteger(mention.value) || mention.value > 24) return false;
  if (BARE_MINUTES_AT.test(textAt(BARE_MINUTES_AT, text, end))) return true;
  const start = end - mention.text.length;
  if (SHARP_BEFORE.test(textBefore(text, start, 8))) return true;
  return text[end] === ',' && SENTENCE_OPENING_BEFORE.test(textBefore(text, start, 6));
}

/** End of the minutes and day word after a clock time's hour ("16 giờ| 30 ngày|"), or null. */
function clockTailEnd(text: string, reading: Reading): number | null {
  if (reading.mention.unit !== 'giờ') return null;
  return matchAt(CLOCK_TAIL_AT, text, reading.end)?.end ?? matchAt(BARE_MINUTES_AT, text, reading.end)?.end ?? null;
}

const CURRENCY_UNITS: ReadonlySet<string> = new Set(CURRENCIES.values());

/**
 * End of "10 000" when a numeral of 1–3 digits goes on in space-separated groups of three and a
 * currency follows ("10 000 đồng"); `end` otherwise, so "lớp 3 000" stays apart.
 */
function spaceGroupedEnd(text: string, numeral: string, end: number): number {
  if (!/^\d{1,3}$/.test(numeral)) return end;
  const groups = matchAt(SPACE_GROUPS_AT, text, end);
  if (groups === null) return end;
  const unit = readUnit(text, groups.end);
  return unit !== null && CURRENCY_UNITS.has(unit.unit.split('/')[0]) ? groups.end : end;
}

/** Sets a sticky pattern's position and returns the text, so `pattern.test(textAt(…))` tests there. */
function textAt(pattern: RegExp, text: string, position: number): string {
  pattern.lastIndex = position;
  return text;
}

/** A bare four-digit year (1900–2100) written without separators. */
function isYear(numeral: string): boolean {
  return /^\d{4}$/.test(numeral) && isYearValue(Number(numeral));
}

function isYearValue(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/**
 * "iPhone 7", "Maroon 5", "Trà Linh 1": the word right before has a capital letter. A sentence's
 * capitalised first word ("Có 3 món") is a name only when it has another capital ("OnePlus 5").
 */
function followsName(text: string, start: number): boolean {
  const before = WORD_BEFORE.exec(textBefore(text, start, 30));
  if (before === null || !/\p{Lu}/u.test(before[1])) return false;
  const wordStart = start - before[0].length;
  const opensSentence = /(?:^|[.!?:;…\n"“(]|[.!?:;…][ \u00a0]+)$/u.test(text.slice(Math.max(0, wordStart - 3), wordStart));
  return !opensSentence || /\p{Lu}/u.test(before[1].slice(1));
}

/** True after "Bước", "giai đoạn", "ngã", "khu vực" ({@link SOFT_LABEL_WORDS}), and after "cấp" when `bare` (no unit). */
function followsSoftLabel(text: string, start: number, bare: boolean): boolean {
  const words = WORDS_BEFORE.exec(textBefore(text, start, 30));
  if (words === null) return false;
  const last = words[2].toLowerCase();
  return SOFT_LABEL_WORDS.has(last) || (bare && BARE_LABEL_WORDS.has(last)) || (words[1] !== undefined && SOFT_LABEL_WORDS.has(`${words[1].toLowerCase()} ${last}`));
}

/**
 * Spans of short quoted names that start with a capital and hold no sentence end, and of the
 * same names written again without quotes ("“Em chưa 18”" … "diễn lại một cảnh trong Em chưa 18").
 */
function shortQuoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(SHORT_QUOTES)) {
    spans.push([m.index, m.index + m[0].length]);
    const name = m[0].slice(1, -1);
    if (!/\d/.test(name)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!LETTER_OR_DIGIT.test(text[at + name.length] ?? '')) spans.push([at, at + name.length]);
    }
  }
  return spans;
}

/** "1m65" → 1.65 m. */
function readHeight(text: string, start: number): { mention: NumberMention; end: number } | null {
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return null;
  const height = matchAt(HEIGHT_AT, text, start);
  if (height === null) return null;
  const value = Number(`${height.groups[1]}.${height.groups[2]}`);
  return { mention: withQualifier(text, start, height.end, { value, unit: 'm' }), end: height.end };
}

/** False when the numeral is glued to letters, slashes, colons or a code ("6b", "U23", "27/7", "7:30", "COVID-19"). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const afterNext = text[end + 1] ?? '';
  if (before !== '' && LETTER_OR_DIGIT.test(before)) return false;
  if (before === '/' || before === ':' || before === '#' || before === '№') return false;
  // "U.19", "Q.1", "P.5": an age group or an address abbreviation glued to its number.
  if (before === '.' && ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  if (before === '+' && /[\p{L}\p{N}’']/u.test(text[start - 2] ?? '')) return false; // "km10+400", "45’+1’"
  if ((before === '-' || before === '–') && LETTER_OR_DIGIT.test(text[start - 2] ?? '')) return false;
  if ((after === '/' || after === ':') && LETTER_OR_DIGIT.test(afterNext)) return false;
  if (after === '-' && LETTER.test(afterNext)) return false;
  if (after !== '' && LETTER.test(after)) return attachedSymbol(text, end) !== null;
  return true;
}

/** A unit symbol glued to the numeral ("5km", "500đ", "15USD"), or null. */
function attachedSymbol(text: string, end: number): { unit: string; end: number } | null {
  ATTACHED_WORD_AT.lastIndex = end;
  const word = ATTACHED_WORD_AT.exec(text)?.[0];
  if (word === undefined) return null;
  const unit = CASED_SYMBOLS.get(word) ?? CASELESS_SYMBOLS.get(word.toLowerCase());
  return unit === undefined ? null : { unit, end: end + word.length };
}

/**
 * "1." or "2)" opening a line, or opening an item after a sentence end or a colon and followed
 * by a capital ("gồm: 1. Trần Văn A. 2. Lê Văn B"): an enumeration, not a quantity.
 */
function isListMarker(text: string, start: number, end: number): boolean {
  if (text[end] !== '.' && text[end] !== ')') return false;
  const lineStart = start === 0 || text[start - 1] === '\n';
  if (lineStart) return text[end + 1] === ' ' || text[end + 1] === undefined;
  const afterSentence = /[.:;!?…][ \u00a0]+$/.test(text.slice(Math.max(0, start - 3), start));
  return afterSentence && end - start <= 2 && /^[ \u00a0]+\p{Lu}/u.test(text.slice(end + 1, end + 4));
}

function phoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(PHONES)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 12) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/**
 * "calendar" after "năm", "tháng", "ngày", …; "label" after "số", "lần thứ", "Điều", …
 * (but not after "tổng số", "trong số"); null otherwise.
 */
function dateOrLabelContext(text: string, start: number): 'calendar' | 'label' | null {
  const words = WORDS_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (words === null) return null;
  const last = words[2].toLowerCase();
  const previous = words[1]?.toLowerCase();
  const pair = previous === undefined ? '' : `${previous} ${last}`;
  if (NOT_A_LABEL.has(pair)) return null;
  if (CALENDAR_WORDS.has(last) || CALENDAR_WORDS.has(pair)) return 'calendar';
  if (LABEL_WORDS.has(last) || LABEL_WORDS.has(pair)) return 'label';
  return null;
}

/**
 * A scale word, a currency, a symbol or a percent after the number makes it an amount even after a
 * calendar word ("bình quân năm 1.755,16 triệu kWh"), and so does an age; after a label word a time unit does too
 * ("làm bài 120 phút", "năm 20 tuổi"). Clock times ("lúc 8 giờ") stay dates.
 */
function isMeasuredDespiteContext(text: string, end: number, context: 'calendar' | 'label'): boolean {
  if (readScale(text, end) !== null) return true;
  const unit = readUnit(text, end);
  if (unit === null || unit.kind !== 'measure') return false;
  return context === 'label' || !CLOCK_WORDS.has(unit.unit);
}

/** End of a "-2020" / " đến 2020" / "-7-2020" tail after a skipped numeral, so its parts are skipped too. */
function skipRangeTail(text: string, end: number): number {
  let position = end;
  for (;;) {
    const connector = matchAt(DASH_RANGE_AT, text, position) ?? matchAt(WORD_RANGE_AT, text, position);
    if (connector === null) return position;
    const numeral = matchAt(NUMERAL_AT, text, connector.end);
    if (numeral === null) return position;
    position = numeral.end;
  }
}

/**
 * End of the range tail and of the list of bare numbers continuing a skipped date or label
 * ("năm 1989 và 1990", "kỳ quay số 76, 83 và 85"); an item with a unit ends the list.
 */
function skipDateTail(text: string, end: number): number {
  let position = skipRangeTail(text, end);
  for (;;) {
    const connector = matchAt(LIST_CONNECTOR_AT, text, position);
    if (connector === null) return position;
    const numeral = matchAt(NUMERAL_AT, text, connector.end);
    if (numeral === null) return position;
    // "tháng 8 và 10 năm nay": the last month of the list, then its year.
    const year = matchAt(RELATIVE_YEAR_AT, text, numeral.end);
    if (year !== null) return year.end;
    if (!isBare(text, connector.end, numeral.end)) return position;
    position = skipRangeTail(text, numeral.end);
  }
}

/** A numeral standing alone with no scale word and no unit after it. */
function isBare(text: string, start: number, end: number): boolean {
  return standsAlone(text, start, end) && readScale(text, end) === null && readUnit(text, end) === null;
}

/**
 * End of a sequence of three or more bare numbers ("76, 83 và 85", "01 – 05 – 07 – 16"): draw
 * results, ids or codes, never a quantity; null when the numeral does not start one.
 */
function bareSequenceEnd(text: string, start: number): number | null {
  let position = start;
  let items = 0;
  for (;;) {
    const numeral = matchAt(NUMERAL_AT, text, position);
    if (numeral === null || !isBare(text, position, numeral.end)) return null;
    items += 1;
    const connector = matchAt(SEQUENCE_CONNECTOR_AT, text, numeral.end);
    if (connector === null || !/\d/.test(text[connector.end] ?? '')) return items >= 3 ? numeral.end : null;
    position = connector.end;
  }
}

function matchAt(pattern: RegExp, text: string, position: number): { groups: RegExpExecArray; end: number } | null {
  pattern.lastIndex = position;
  const groups = pattern.exec(text);
  return groups === null ? null : { groups, end: pattern.lastIndex };
}

/** Read amount, optional range, unit and qualifier around the numeral at [start, end). */
function readMention(text: string, start: number, end: number): Reading | null {
  const first = readAmount(text, start, end);
  if (first === null) return null;
  let mentionStart = start;
  let to: number | undefined;
  let position = first.end;
  let scaled = first.multiplier > 1;

  const range = readRangeEnd(text, first);
  if (range === 'invalid') return null;
  if (range !== null) {
    const inherits = range.multiplier > 1 && first.multiplier === 1;
    const from = inherits ? applyScale(first.value, range.multiplier) : first.value;
    if (from < range.value) {
      first.value = from;
      to = range.value;
      position = range.end;
      scaled = scaled || range.multiplier > 1;
    } else if (range.dash) {
      return null; // "2-1": a score or a code, not a range
    }
  }

  let unit = '';
  let unitKind: UnitKind | null = null;
  if (text[start - 1] === '$') {
    unit = 'USD';
    unitKind = 'measure';
    mentionStart = text.slice(start - 3, start) === 'US$' ? start - 3 : start - 1;
  }
  const after = yearOfAFigure(text, first.value, readUnit(text, position)) ? null : readUnit(text, position);
  if (after !== null) {
    unit = after.unit;
    unitKind = after.kind;
    position = after.end;
  } else if (unitKind === null) {
    // "ở tuổi 68": an age written after its noun.
    const age = AGE_BEFORE.exec(textBefore(text, start, 8));
    if (age !== null) {
      unit = 'tuổi';
      unitKind = 'measure';
      mentionStart = start - age[0].length + age[0].indexOf(age[1]);
    }
  }

  // "10%-20%", "Từ 10 người đến 50 người": a range whose bounds both carry the unit.
  if (to === undefined && unit !== '') {
    const upper = repeatedUnitRangeEnd(text, position, first.value, unit);
    if (upper !== null) {
      to = upper.value;
      position = upper.end;
    }
  }

  const mention = withQualifier(text, mentionStart, position, { value: first.value, unit });
  if (to !== undefined) mention.to = to;
  return { mention, end: position, numeral: text.slice(start, end), scaled, unitKind };
}

/**
 * "con số 21.000 năm 2010", "210.000 năm 2016": "năm" before a year dates a figure of a thousand
 * or more (no span of that many years is dated so); it is not the figure's unit.
 */
function yearOfAFigure(text: string, value: number, unit: Unit | null): boolean {
  return unit !== null && unit.unit === 'năm' && value >= 1000 && YEAR_AT.test(textAt(YEAR_AT, text, unit.end));
}

/**
 * Upper bound and end of a "-20%" or " đến 50 người" tail repeating the unit, when it goes up;
 * null otherwise.
 */
function repeatedUnitRangeEnd(text: string, position: number, from: number, unit: string): { value: number; end: number } | null {
  const connector = matchAt(DASH_RANGE_AT, text, position) ?? matchAt(WORD_RANGE_AT, text, position);
  if (connector === null) return null;
  const numeral = matchAt(NUMERAL_AT, text, connector.end);
  if (numeral === null || !standsAlone(text, connector.end, numeral.end)) return null;
  const upper = readAmount(text, connector.end, numeral.end);
  const upperUnit = upper === null ? null : readUnit(text, upper.end);
  if (upper === null || upperUnit === null || upperUnit.unit !== unit || upper.value <= from) return null;
  return { value: upper.value, end: upperUnit.end };
}

/**
 * The mention at [start, end) with the qualifier written before it ("trên", "ít nhất từ", …).
 * "tới"/"đến" alone count only when they close a "từ … đến …" span: after a verb they
 * merely stress the figure ("ghi tới 10 bàn").
 */
function withQualifier(text: string, start: number, end: number, amount: { value: number; unit: string }): NumberMention {
  let mentionStart = start;
  let qualifier = '';
  const match = QUALIFIER_BEFORE.exec(textBefore(text, start, 16));
  if (match !== null) {
    const word = match[1].toLowerCase();
    const wordStart = start - match[0].length + match[0].indexOf(match[1]);
    if (!PREPOSITION_QUALIFIERS.has(word) || FROM_IN_CLAUSE.test(textBefore(text, wordStart, 60))) {
      qualifier = word;
      mentionStart = wordStart;
      // "ít nhất từ 3 cơ sở": the bound word before "từ" is the qualifier.
      const outer = word === 'từ' ? QUALIFIER_BEFORE.exec(textBefore(text, wordStart, 16)) : null;
      const outerWord = outer?.[1].toLowerCase();
      if (outer !== null && outerWord !== undefined && outerWord !== 'từ' && !PREPOSITION_QUALIFIERS.has(outerWord)) {
        qualifier = outerWord;
        mentionStart = wordStart - outer[0].length + outer[0].indexOf(outer[1]);
      }
    }
  }
  return { text: text.slice(mentionStart, end), value: amount.value, unit: amount.unit, qualifier };
}

/** Up to `length` characters before `position`, with a space standing for the start of the text. */
function textBefore(text: string, position: number, length: number): string {
  return position <= length ? ` ${text.slice(0, position)}` : text.slice(position - length, position);
}

/** A numeral, its scale words ("10,4 nghìn tỷ") and smaller parts ("1 tỷ 200 triệu"). */
function readAmount(text: string, start: number, end: number): Amount | null {
  const number = parseVietnameseNumber(text.slice(start, end).replace(/[ \u00a0]/g, ''));
  if (number === null) return null;
  const scale = readScale(text, end);
  if (scale === null) return { value: number, multiplier: 1, end };
  let value = applyScale(number, scale.multiplier);
  let position = scale.end;
  let smallest = scale.multiplier;
  for (;;) {
    const part = matchAt(SMALLER_PART_AT, text, position);
    if (part === null) break;
    const partScale = SCALE_WORDS.get(part.groups[2].toLowerCase()) ?? 1;
    const partNumber = parseVietnameseNumber(part.groups[1]);
    if (partScale >= smallest || partNumber === null) break;
    value += applyScale(partNumber, partScale);
    smallest = partScale;
    position = part.end;
  }
  return { value, multiplier: scale.multiplier, end: position };
}

function readScale(text: string, position: number): { multiplier: number; end: number } | null {
  const scale = matchAt(SCALE_AT, text, position);
  if (scale === null) return null;
  const words = [scale.groups[1], scale.groups[2]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
  const next = matchAt(NEXT_WORD_AT, text, scale.end)?.groups[1].toLowerCase();
  const lastWord = words[words.length - 1];
  if (next !== undefined && NOT_A_SCALE.has(`${lastWord} ${next}`)) return null;
  const multiplier = words.reduce((product, w) => product * (SCALE_WORDS.get(w) ?? 1), 1);
  return { multiplier, end: scale.end };
}

/** Scale a number and drop the float noise of decimal mantissas (10.4 × 10¹² is 10400000000000). */
function applyScale(value: number, multiplier: number): number {
  const scaled = value * multiplier;
  const rounded = Math.round(scaled * 1e6) / 1e6;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled)) ? Math.round(scaled) : rounded;
}

/**
 * The upper bound after "-", "–" or "đến"/"tới", or null when there is none; "invalid" for a
 * chain of three numbers ("27-7-2020": a date) or a bound glued to a code.
 */
function readRangeEnd(text: string, first: Amount): (Amount & { dash: boolean }) | 'invalid' | null {
  const dash = matchAt(DASH_RANGE_AT, text, first.end);
  const connector = dash ?? matchAt(WORD_RANGE_AT, text, first.end);
  if (connector === null) return null;
  const numeral = matchAt(NUMERAL_AT, text, connector.end);
  if (numeral === null) return null;
  if (!standsAloneAfter(text, numeral.end)) return dash ? 'invalid' : null;
  if (matchAt(DASH_NUMERAL_AT, text, numeral.end) !== null) return 'invalid';
  const second = readAmount(text, connector.end, numeral.end);
  if (second === null) return dash ? 'invalid' : null;
  return { ...second, dash: dash !== null };
}

function standsAloneAfter(text: string, end: number): boolean {
  const after = text[end] ?? '';
  const afterNext = text[end + 1] ?? '';
  if ((after === '/' || after === ':') && LETTER_OR_DIGIT.test(afterNext)) return false;
  if (after !== '' && LETTER.test(after)) return attachedSymbol(text, end) !== null;
  return true;
}

/** The unit after an amount: %, currency, symbol, counted noun (1–2 syllables), or a noun-like syllable. */
function readUnit(text: string, position: number): Unit | null {
  const attached = attachedSymbol(text, position);
  if (attached !== null) {
    // "34m 2": the superscript of an area or a volume lost to a space.
    const power = attached.unit === 'm' ? matchAt(LOST_POWER_AT, text, attached.end) : null;
    if (power !== null) return withPerUnit(text, `m${power.groups[1]}`, power.end, 'measure');
    return withPerUnit(text, attached.unit, attached.end, 'measure');
  }
  const percent = matchAt(PERCENT_AT, text, position);
  if (percent !== null) return { unit: '%', end: percent.end, kind: 'measure' };
  const symbol = matchAt(SYMBOL_AT, text, position);
  if (symbol !== null) return withPerUnit(text, CASED_SYMBOLS.get(symbol.groups[1]) ?? symbol.groups[1], symbol.end, 'measure');

  const words = matchAt(UNIT_WORDS_AT, text, position);
  if (words === null) return null;
  const [whole, w1, w2, w3] = words.groups;
  const start1 = position + whole.indexOf(w1);
  const end1 = start1 + w1.length;
  const end2 = w2 === undefined ? end1 : text.indexOf(w2, end1) + w2.length;
  const end3 = w3 === undefined ? end2 : text.indexOf(w3, end2) + w3.length;
  const lower1 = w1.toLowerCase();
  const lowerCase = LOWER_CASE_WORD.test(w1);
  if (w2 !== undefined && NOT_A_UNIT_PAIRS.has(`${lower1} ${w2.toLowerCase()}`)) return null;
  const currency3 = w3 === undefined ? undefined : CURRENCIES.get(`${w1} ${w2} ${w3}`);
  if (currency3 !== undefined) return withPerUnit(text, currency3, end3, 'measure');
  if (w2 !== undefined && lowerCase && LOWER_CASE_WORD.test(w2)) {
    const noun = NOUN_UNITS.get(`${w1} ${w2}`);
    if (noun !== undefined) return withPerUnit(text, noun, end2, nounKind(noun));
  }
  const currency2 = w2 === undefined ? undefined : CURRENCIES.get(`${w1} ${w2}`);
  if (currency2 !== undefined) return withPerUnit(text, currency2, end2, 'measure');
  const currency = CURRENCIES.get(w1);
  if (currency !== undefined) return withPerUnit(text, currency, end1, 'measure');
  const symbol1 = CASED_SYMBOLS.get(w1) ?? CASELESS_SYMBOLS.get(lower1);
  if (symbol1 !== undefined) return withPerUnit(text, symbol1, end1, 'measure');
  // "77.000 CBCNVC": an acronym of a counted group; not "1 TP.HCM", an abbreviated name.
  if (ACRONYM.test(w1)) return text[end1] === '.' && LETTER.test(text[end1 + 1] ?? '') ? null : withPerUnit(text, w1, end1, 'guess');
  if (!lowerCase) return null;
  const noun = NOUN_UNITS.get(w1);
  if (noun !== undefined) return withPerUnit(text, noun, end1, nounKind(noun));
  if (!NOT_A_UNIT.has(w1)) return withPerUnit(text, w1, end1, 'guess');
  return null;
}

/** Spelled measurement units and time/age words measure; other listed nouns count. */
function nounKind(unit: string): UnitKind {
  return MEASURE_WORDS.has(unit) || CASELESS_SYMBOLS.has(unit) ? 'measure' : 'noun';
}

/** Extend a unit with a "/unit" denominator: "đồng/kg", "km/h", "người/năm". */
function withPerUnit(text: string, unit: string, end: number, kind: UnitKind): Unit {
  const per = matchAt(PER_UNIT_AT, text, end);
  if (per === null) return { unit, end, kind };
  const word = per.groups[1];
  const denominator = CASED_SYMBOLS.get(word) ?? CASELESS_SYMBOLS.get(word.toLowerCase()) ?? NOUN_UNITS.get(word.toLowerCase());
  if (denominator === undefined && !LOWER_CASE_WORD.test(word)) return { unit, end, kind };
  return { unit: `${unit}/${denominator ?? word}`, end: per.end, kind };
}

// ---- quantities typed in a search query ----

/** A quantity read from a search query, with the forms articles write it in. */
export interface QuantityQuery {
  value: number;
  unit: string;
  /** Upper bound when the query is a range. */
  to?: number;
  /** Written forms of the value to search for, most usual first: ["1.500.000", "1,5 triệu"]. */
  textVariants: string[];
}

const VARIANT_SCALES: [number, string, string | null][] = [
  [1e12, 'nghìn tỷ', 'ngàn tỷ'],
  [1e9, 'tỷ', 'tỉ'],
  [1e6, 'triệu', null],
  [1e3, 'nghìn', 'ngàn'],
];

/** Recognise the first quantity in a query in any written format; null when it has none. */
export function parseQuantityQuery(q: string): QuantityQuery | null {
  const mention = extractNumbers(q)[0];
  if (mention === undefined) return null;
  const result: QuantityQuery = { value: mention.value, unit: mention.unit, textVariants: writtenForms(mention.value) };
  if (mention.to !== undefined) result.to = mention.to;
  return result;
}

/**
 * How Vietnamese articles write a value: with every thousand dot, and with each scale word
 * that gives a mantissa of 1–999 with at most three decimals (plus "10.400 tỷ" for tỷ, which
 * is written above 999 too). Spelling variants (ngàn, tỉ) come last.
 */
function writtenForms(value: number): string[] {
  const plain = formatVietnameseNumber(value);
  const scaled: string[] = [];
  const spellings: string[] = [];
  for (const [scale, word, spelling] of VARIANT_SCALES) {
    const mantissa = value / scale;
    const clean = Math.abs(mantissa * 1000 - Math.round(mantissa * 1000)) < 1e-6;
    const inRange = mantissa >= 1 && (mantissa < 1000 || scale === 1e9);
    if (!clean || !inRange) continue;
    const written = formatVietnameseNumber(Math.round(mantissa * 1000) / 1000);
    scaled.push(`${written} ${word}`);
    if (spelling !== null) spellings.push(`${written} ${spelling}`);
  }
  const main = value >= 1e9 ? [...scaled.reverse(), plain] : [plain, ...scaled];
  return [...new Set([...main, ...spellings])];
}
