/**
 * Reading the quantity at a numeral: its edges, amount and scale words, range bound, unit and
 * qualifier ("trên 10.400 tỷ đồng", "từ 10 đến 20%", "1m65").
 */
import type { NumberMention } from '../types';
import { LETTER, LETTER_OR_DIGIT, matchAt, SP, textAt, textBefore } from './number-scan';
import {
  CASED_SYMBOLS,
  CASELESS_SYMBOLS,
  CURRENCIES,
  MEASURE_WORDS,
  NOT_A_SCALE,
  NOT_A_UNIT,
  NOT_A_UNIT_PAIRS,
  NOUN_UNITS,
  PREPOSITION_QUALIFIERS,
  QUALIFIERS,
  SCALE_WORDS,
} from './number-words';
import { parseVietnameseNumber } from './numerals';

export const NUMERAL_AT = /\d+(?:[.,]\d+)*/y;

const SCALE_AT = new RegExp(`${SP}+(chục|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?:${SP}+(nghìn|ngàn|triệu|tỷ|tỉ))?(?![\\p{L}\\p{N}])`, 'iuy');

const NEXT_WORD_AT = new RegExp(`${SP}+(\\p{L}+)`, 'uy');

const SMALLER_PART_AT = new RegExp(`${SP}+(\\d{1,3}(?:,\\d+)?)${SP}+(trăm|nghìn|ngàn|triệu)(?![\\p{L}\\p{N}])`, 'iuy');

export const DASH_RANGE_AT = new RegExp(`${SP}*[-–—]${SP}*(?=\\d)`, 'y');

export const WORD_RANGE_AT = new RegExp(`${SP}+(?:đến|tới)${SP}+(?=\\d)`, 'iuy');

const DASH_NUMERAL_AT = /[-–—]\d/y;

const PERCENT_AT = new RegExp(`${SP}?%|${SP}+phần trăm(?![\\p{L}])`, 'uy');

const SYMBOL_AT = new RegExp(`${SP}?(°C|°F|℃|\\$|€|₫|m²|m³|km²)`, 'uy');

const ATTACHED_WORD_AT = /[\p{L}\d²³]+/uy;

const UNIT_WORDS_AT = new RegExp(`${SP}+(\\p{L}[\\p{L}\\d²³]*(?:-\\p{L}+)*)(?:${SP}+(\\p{L}+(?:-\\p{L}+)*))?(?:${SP}+(\\p{L}+))?`, 'uy');

const PER_UNIT_AT = /\/(\p{L}+\d?)(?![\p{L}\d])/uy;

/** One or two capitals and a stop right before a numeral: "U.19", "Q.1". */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}{1,2}\.$/u;

const LOWER_CASE_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;

/** "1m65": a height in metres and centimetres. */
const HEIGHT_AT = /(\d)m(\d{2})(?![\p{L}\p{N}])/uy;

/** A bound opening a "từ … đến …" span earlier in the same clause. */
const FROM_IN_CLAUSE = new RegExp(`(?:^|[^\\p{L}])từ${SP}+\\d[^.;!?\\n]*$`, 'iu');

const ACRONYM = /^\p{Lu}{2,8}$/u;

/** " 2" or " 3" alone after a glued "m": "34m 2" is 34 m². */
const LOST_POWER_AT = /[ \u00a0]([23])(?![\p{L}\p{N}]|[.,]\d)/uy;

/** A year right after a word: " 2010". */
const YEAR_AT = new RegExp(`${SP}+(?:19|20)\\d{2}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'uy');

/** "10 000 đồng": thousands grouped with spaces, taken only before a currency. */
const SPACE_GROUPS_AT = new RegExp(`(?:${SP}\\d{3})+(?![\\d.,])`, 'y');

const AGE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(tuổi)${SP}+$`, 'iu');

const QUALIFIER_BEFORE = new RegExp(
  `[^\\p{L}](${[...QUALIFIERS].sort((a, b) => b.length - a.length).join('|')})${SP}+$`,
  'iu',
);

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
export interface Reading {
  mention: NumberMention;
  end: number;
  numeral: string;
  scaled: boolean;
  unitKind: UnitKind | null;
}

const CURRENCY_UNITS: ReadonlySet<string> = new Set(CURRENCIES.values());

/**
 * End of "10 000" when a numeral of 1–3 digits goes on in space-separated groups of three and a
 * currency follows ("10 000 đồng"); `end` otherwise, so "lớp 3 000" stays apart.
 */
export function spaceGroupedEnd(text: string, numeral: string, end: number): number {
  if (!/^\d{1,3}$/.test(numeral)) return end;
  const groups = matchAt(SPACE_GROUPS_AT, text, end);
  if (groups === null) return end;
  const unit = readUnit(text, groups.end);
  return unit !== null && CURRENCY_UNITS.has(unit.unit.split('/')[0]) ? groups.end : end;
}

/** "1m65" → 1.65 m. */
export function readHeight(text: string, start: number): { mention: NumberMention; end: number } | null {
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return null;
  const height = matchAt(HEIGHT_AT, text, start);
  if (height === null) return null;
  const value = Number(`${height.groups[1]}.${height.groups[2]}`);
  return { mention: withQualifier(text, start, height.end, { value, unit: 'm' }), end: height.end };
}

/** False when the numeral is glued to letters, slashes, colons or a code ("6b", "U23", "27/7", "7:30", "COVID-19"). */
export function standsAlone(text: string, start: number, end: number): boolean {
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

/** Read amount, optional range, unit and qualifier around the numeral at [start, end). */
export function readMention(text: string, start: number, end: number): Reading | null {
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

/** The scale words after `position` ("triệu", "nghìn tỷ") and their product; null when none or not a scale. */
export function readScale(text: string, position: number): { multiplier: number; end: number } | null {
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

/** False when the numeral ending at `end` is glued to letters, a slash or a colon (bar a unit symbol). */
function standsAloneAfter(text: string, end: number): boolean {
  const after = text[end] ?? '';
  const afterNext = text[end + 1] ?? '';
  if ((after === '/' || after === ':') && LETTER_OR_DIGIT.test(afterNext)) return false;
  if (after !== '' && LETTER.test(after)) return attachedSymbol(text, end) !== null;
  return true;
}

/** The unit after an amount: %, currency, symbol, counted noun (1–2 syllables), or a noun-like syllable. */
export function readUnit(text: string, position: number): Unit | null {
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
