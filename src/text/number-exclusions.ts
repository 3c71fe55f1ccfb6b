/**
 * Other numbers that read like quantities but are not: model names, sizes, scores, list markers,
 * phone numbers, sequences of bare numbers and figures in short quoted slogans.
 */
import {
  DAY_BEFORE_MONTH_YEAR_AT,
  DAY_MONTH,
  HOUR_MARK_BEFORE,
  isBare,
  isClockTime,
  isDateContext,
  isOpeningHour,
  isYear,
  isYearValue,
  MONTH_NAME_AT,
  MONTH_YEAR,
  WORDS_BEFORE,
} from './number-calendar';
import { NUMERAL_AT, type Reading } from './number-reading';
import { inSpans, LETTER_OR_DIGIT, matchAt, SP, textAt, textBefore } from './number-scan';
import { BARE_LABEL_WORDS, SOFT_LABEL_WORDS } from './number-words';

/** ", ", " và ", " hoặc ", " – " between the items of a list or a sequence of numbers. */
const SEQUENCE_CONNECTOR_AT = new RegExp(`${SP}*,${SP}+|${SP}+(?:và|hoặc)${SP}+|${SP}*[-–—]${SP}*`, 'iuy');

// A word with inner hyphens or dots: "CX-9 2017" follows a model name.
const WORD_BEFORE = new RegExp(`([\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*)${SP}+$`, 'u');

const CAPITALIZED_WORD_AT = new RegExp(`${SP}+\\p{Lu}`, 'uy');

/** "0-2", "2 - 3": two whole numbers joined by a dash, nothing else. */
const BARE_DASH_PAIR = /^\d{1,2}[ \u00a0]*[-–—][ \u00a0]*\d{1,2}$/u;

/** " x 73" after a number, "146,2 x " before one: the sides of a size ("146,2 x 73,3 x 7,9mm"). */
const TIMES_NEXT_AT = new RegExp(`${SP}*[x×]${SP}*\\d`, 'y');

const TIMES_BEFORE = new RegExp(`\\d(?:${SP}*(?:mm|cm|m|px|pixel))?${SP}*[x×]${SP}*$`, 'u');

/** Short quoted names ("“Xây dựng gia đình 5 không 3 sạch”"): slogans, titles, movements. */
const SHORT_QUOTES = /[“"]\p{Lu}[^“”"\n.!?]{0,70}[”"]/gu;

/** Phone numbers: 0xx / (0xx) / +84 then groups of digits; confirmed by their digit count. */
const PHONES = /(?:\+84[ .-]?|\(0\d{1,3}\)[ .-]?|(?<![\d.,])0)\d{1,4}(?:[ .-]?\d{2,4}){1,3}(?!\d)/g;

/** A reading with no qualifier, no scale word and only a guessed unit or none. */
export function isUncertain(reading: Reading): boolean {
  return reading.mention.qualifier === '' && !reading.scaled && (reading.unitKind === null || reading.unitKind === 'guess');
}

/**
 * "Ferrari 488 GTB", "Nokia 3310 chưa lên kệ": a numeral of three or more digits without
 * separators after a name, with no measure or known counted noun, names a model.
 */
export function namesAModel(text: string, start: number, reading: Reading): boolean {
  return /^\d{3,}$/.test(reading.numeral) && !isYear(reading.numeral) && isUncertain(reading) && followsName(text, start);
}

/**
 * Numbers that read like quantities but are not (the annotation policy's exclusions): years and
 * year ranges, parts of names ("iPhone 7", "APEC 2017"), house numbers before a street name,
 * day.month dates ("từ 1.6") and figures inside a short quoted slogan ("5 không 3 sạch").
 * Only numbers without a measure or a known counted noun are dropped.
 */
export function isNotAQuantity(text: string, start: number, reading: Reading, quotes: readonly [number, number][]): boolean {
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

/** True when the number is a side of a size or resolution: "146,2 x 73,3 x 7,9mm", "720 x 1280 pixel". */
function inDimensions(text: string, start: number, numeralEnd: number): boolean {
  if (TIMES_NEXT_AT.test(textAt(TIMES_NEXT_AT, text, numeralEnd))) return true;
  const before = textBefore(text, start, 16);
  return (before.includes('x') || before.includes('×')) && TIMES_BEFORE.test(before);
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
export function shortQuoteSpans(text: string): [number, number][] {
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

/**
 * "1." or "2)" opening a line, or opening an item after a sentence end or a colon and followed
 * by a capital ("gồm: 1. Trần Văn A. 2. Lê Văn B"): an enumeration, not a quantity.
 */
export function isListMarker(text: string, start: number, end: number): boolean {
  if (text[end] !== '.' && text[end] !== ')') return false;
  const lineStart = start === 0 || text[start - 1] === '\n';
  if (lineStart) return text[end + 1] === ' ' || text[end + 1] === undefined;
  const afterSentence = /[.:;!?…][ \u00a0]+$/.test(text.slice(Math.max(0, start - 3), start));
  return afterSentence && end - start <= 2 && /^[ \u00a0]+\p{Lu}/u.test(text.slice(end + 1, end + 4));
}

/** Spans of the phone numbers in `text` (9–12 digits). */
export function phoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of text.matchAll(PHONES)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 9 && digits <= 12) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/**
 * End of a sequence of three or more bare numbers ("76, 83 và 85", "01 – 05 – 07 – 16"): draw
 * results, ids or codes, never a quantity; null when the numeral does not start one.
 */
export function bareSequenceEnd(text: string, start: number): number | null {
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
