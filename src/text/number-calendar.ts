/**
 * Numbers that are dates and times, not quantities: years, day.month dates, clock hours and
 * minutes, minute marks, and the calendar or label words (and the tails of ranges and lists)
 * that make a numeral one.
 */
import {
  DASH_RANGE_AT,
  NUMERAL_AT,
  readScale,
  readUnit,
  standsAlone,
  WORD_RANGE_AT,
  type Reading,
} from './number-reading';
import { lastMatchIndex, matchAt, SP, textAt, textBefore } from './number-scan';
import { CALENDAR_WORDS, CLOCK_WORDS, LABEL_WORDS, NOT_A_LABEL } from './number-words';

/** "năm nay", "năm ngoái": the year of a date, not a number of years (not "năm sau": "5 năm sau" is a span). */
const RELATIVE_YEAR_AT = new RegExp(`${SP}+năm${SP}+(?:nay|ngoái)(?![\\p{L}])`, 'iuy');

/** A list continuing a date or a label: "năm 1989 và 1990", "số 76, 83 và 85", "cuối 80, đầu 90". */
const LIST_CONNECTOR_AT = new RegExp(`(?:${SP}*,|${SP}+(?:và|hoặc|hay))${SP}+(?:(?:đầu|cuối|giữa)${SP}+)?(?=\\d)`, 'iuy');

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

/** "giờ 30 phút" after the hour of a clock time ("lúc 1 giờ 30 phút"). */
export const HOUR_AND_MINUTES_AT = new RegExp(`${SP}+giờ(?:${SP}+\\d{1,2}(?:${SP}+phút)?)?(?![\\p{L}\\p{N}])`, 'iuy');

/** "11 tháng giêng", "ngày 3 tháng 2": a day of a month written with "tháng". */
export const MONTH_NAME_AT = new RegExp(`${SP}+(?:giêng|chạp|âm lịch|\\d{1,2}(?![\\d.,])(?!${SP}+(?:ngày|tuần)))`, 'iuy');

export const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/;

/** "2.2017": a month and a year, never a decimal with four places in Vietnamese news. */
export const MONTH_YEAR = /^(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}$/;

/** ". 2.2017" after a day: the rest of a date written with a stray space. */
export const DAY_BEFORE_MONTH_YEAR_AT = new RegExp(`\\.${SP}?(?:0?[1-9]|1[0-2])\\.(?:19|20)\\d{2}(?!\\d)`, 'y');

/** Words for a day right before a day.month date: "ngày mai 5.6", "hôm qua 4.6", "tức 11.7". */
const DAY_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:mai|nay|qua|tức|sáng|trưa|chiều|tối|đêm|hôm|rạng)${SP}+$`, 'iu');

/** "11.7 dương lịch", "18.6 âm lịch": the first word read as the date's unit. */
const DATE_CALENDAR_UNITS: ReadonlySet<string> = new Set(['dương', 'âm']);

/** "8h " right before minutes: the hour of a clock time. */
export const HOUR_MARK_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])\\d{1,2}h${SP}+$`, 'u');

export const WORDS_BEFORE = new RegExp(`(?:(\\p{L}+)${SP}+)?(\\p{L}+)${SP}+$`, 'u');

// A prime after a numeral, with no letter or digit on: a minute mark ("18'", "36’", "90'+2").
const PRIME_AT = /['’′](?![\p{L}\p{N}])/uy;

// A straight quote that opens a phrase: at a line start or after a space or bracket, before a letter or digit.
const OPENING_STRAIGHT_QUOTE = /(?:^|(?<=[\s(“"]))'(?=[\p{L}\p{N}])/gu;

/**
 * "Eriksen 18'", "(90'+2)", "14h 30’": a minute mark (a time point in a match or a clock time),
 * not a quantity; a prime closing a single-quoted phrase ("‘top 10’") is a quote.
 */
export function isMinuteMark(text: string, start: number, end: number): boolean {
  if (!PRIME_AT.test(textAt(PRIME_AT, text, end)) || Number(text.slice(start, end)) > 130) return false;
  const line = textBefore(text, start, 80).split('\n').pop() ?? '';
  const opened = Math.max(line.lastIndexOf('‘'), lastMatchIndex(line, OPENING_STRAIGHT_QUOTE));
  // Inside a quote opened on this line and not closed since (a closing quote follows a letter).
  return opened < 0 || /[\p{L}\p{M}.!?]['’]/u.test(line.slice(opened + 1));
}

/** "ngày mai 5.6 trời", "tức 11.7 dương lịch": a day word before, or the calendar named after. */
export function isDateContext(text: string, start: number, unit: string): boolean {
  return DATE_CALENDAR_UNITS.has(unit) || DAY_WORD_BEFORE.test(textBefore(text, start, 12));
}

/** "khoảng 1 giờ 45 phút ngày 18-5", "2 giờ sáng": an hour followed by a part of the day or a date. */
export function isClockTime(text: string, end: number, unit: string): boolean {
  return unit === 'giờ' && CLOCK_TAIL_AT.test(textAt(CLOCK_TAIL_AT, text, end));
}

/**
 * "8 giờ, Quốc hội họp", "Hơn 14 giờ, ông …", "Đúng 9 giờ", "Từ 7 giờ 15, …": an hour of the day
 * (0–24) that opens a sentence before a comma, has bare minutes after it, or follows "đúng" or
 * "lúc" (which the calendar words catch only right before the numeral, not before "hơn 14 giờ").
 */
export function isOpeningHour(text: string, reading: Reading): boolean {
  const { mention, end } = reading;
  if (mention.unit !== 'giờ' || mention.to !== undefined || !Number.isInteger(mention.value) || mention.value > 24) return false;
  if (BARE_MINUTES_AT.test(textAt(BARE_MINUTES_AT, text, end))) return true;
  const start = end - mention.text.length;
  if (SHARP_BEFORE.test(textBefore(text, start, 8))) return true;
  return text[end] === ',' && SENTENCE_OPENING_BEFORE.test(textBefore(text, start, 6));
}

/** End of the minutes and day word after a clock time's hour ("16 giờ| 30 ngày|"), or null. */
export function clockTailEnd(text: string, reading: Reading): number | null {
  if (reading.mention.unit !== 'giờ') return null;
  return matchAt(CLOCK_TAIL_AT, text, reading.end)?.end ?? matchAt(BARE_MINUTES_AT, text, reading.end)?.end ?? null;
}

/** A bare four-digit year (1900–2100) written without separators. */
export function isYear(numeral: string): boolean {
  return /^\d{4}$/.test(numeral) && isYearValue(Number(numeral));
}

/** True for a whole number from 1900 to 2100. */
export function isYearValue(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/**
 * "calendar" after "năm", "tháng", "ngày", …; "label" after "số", "lần thứ", "Điều", …
 * (but not after "tổng số", "trong số"); null otherwise.
 */
export function dateOrLabelContext(text: string, start: number): 'calendar' | 'label' | null {
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
export function isMeasuredDespiteContext(text: string, end: number, context: 'calendar' | 'label'): boolean {
  if (readScale(text, end) !== null) return true;
  const unit = readUnit(text, end);
  if (unit === null || unit.kind !== 'measure') return false;
  return context === 'label' || !CLOCK_WORDS.has(unit.unit);
}

/** End of a "-2020" / " đến 2020" / "-7-2020" tail after a skipped numeral, so its parts are skipped too. */
export function skipRangeTail(text: string, end: number): number {
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
export function skipDateTail(text: string, end: number): number {
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
export function isBare(text: string, start: number, end: number): boolean {
  return standsAlone(text, start, end) && readScale(text, end) === null && readUnit(text, end) === null;
}
