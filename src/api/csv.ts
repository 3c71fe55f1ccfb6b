/** CSV for spreadsheets: UTF-8 BOM (so Excel reads Vietnamese correctly), CRLF, RFC 4180 quoting. */

/** Byte order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * One cell: quoted when needed, and prefixed with ' when it would start a formula
 * (=, +, -, @, tab, CR), so an exported headline can never run as a formula.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document with a header row, BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
