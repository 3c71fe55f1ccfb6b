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
 *
 * This module runs the scan; parsing a numeral is ./numerals, reading the mention at a numeral
 * ./number-reading, the date and clock exclusions ./number-calendar, the other exclusions
 * ./number-exclusions, and a query's quantity ./quantity-query.
 */
import type { NumberMention } from '../types';
import {
  clockTailEnd,
  dateOrLabelContext,
  HOUR_AND_MINUTES_AT,
  isMeasuredDespiteContext,
  isMinuteMark,
  skipDateTail,
  skipRangeTail,
} from './number-calendar';
import {
  bareSequenceEnd,
  isListMarker,
  isNotAQuantity,
  isUncertain,
  namesAModel,
  phoneSpans,
  shortQuoteSpans,
} from './number-exclusions';
import { readHeight, readMention, spaceGroupedEnd, standsAlone } from './number-reading';
import { inSpans, matchAt, textBefore } from './number-scan';

const NUMERALS = /\d+(?:[.,]\d+)*/g;

/** "54Z3 – 3067", "61C1-515.87": the second part of a licence plate or a code. */
const CODE_DASH_BEFORE = /(?:^|[^\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\d)[\p{L}\p{N}]+[ \u00a0]*[-–—][ \u00a0]*$/u;

/** "SU- 30": a model code whose dash is followed by a stray space. */
const ACRONYM_DASH_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{2,5}[-–][ \u00a0]$/u;

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
