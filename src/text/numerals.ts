/** One numeral written the Vietnamese way: parse "4.154" / "1,5", format 1500000 → "1.500.000". */

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
