/** A quantity typed in a search query, with the forms articles write its value in. */
import { extractNumbers } from './numbers';
import { formatVietnameseNumber } from './numerals';

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
