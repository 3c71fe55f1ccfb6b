/**
 * Dates in Vietnamese news: datelines with or without a year ("Ngày 27/7", "ngày 27/7/2020",
 * "27-7-2020", "Hà Nội, ngày 5 tháng 3 năm 2021") and ISO timestamps, to ISO date strings.
 */

/** A day and month, with the year when written. */
export interface DateParts {
  day: number;
  month: number;
  year?: number;
}

const NUMERIC = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?![\d/])/u;
const WORDED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?/iu;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The day, month and optional year written in `s` ("Ngày 27/7" → {day: 27, month: 7}), or null. */
export function parseDateParts(s: string): DateParts | null {
  const worded = WORDED.exec(s);
  const m = worded ?? NUMERIC.exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] ? Number(m[3]) : undefined;
  if (year !== undefined && year < 100) year += 2000;
  if (!isValidDate(day, month, year ?? 2000)) return null;
  return year === undefined ? { day, month } : { day, month, year };
}

/**
 * An ISO date for `written` ("" when none): ISO input passes through; a date without a year
 * takes `defaultYear` (from the source metadata or {@link inferYear}).
 */
export function toIsoDate(written: string, defaultYear?: number): string {
  const s = written.trim();
  const iso = ISO.exec(s);
  if (iso) return isValidDate(Number(iso[3]), Number(iso[2]), Number(iso[1])) ? s : '';
  const parts = parseDateParts(s);
  if (!parts) return '';
  const year = parts.year ?? defaultYear;
  if (year === undefined || !isValidDate(parts.day, parts.month, year)) return '';
  return `${year}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The dateline at the start of a lead ("Ngày 27/7, …", "Hà Nội, ngày 5 tháng 3 năm 2021 - …"), or null. */
export function findDateline(lead: string): DateParts | null {
  const head = lead.slice(0, 80);
  const m = /^(?:\([^)]{1,30}\)\s*[-–—]?\s*)?(?:[\p{L} .]{0,30},\s*)?(ngày\s+\d{1,2}\s*(?:[/.-]|tháng)\s*\d{1,2}(?:\s*(?:[/.-]|năm)\s*\d{2,4})?)/iu.exec(head);
  return m ? parseDateParts(m[1]) : null;
}

// Years introduced as a target or a plan are in the article's future ("đến năm 2030", "tầm nhìn 2045").
const FUTURE_CUE = /(?:tầm nhìn|định hướng|mục tiêu|phấn đấu|kế hoạch|dự kiến|dự báo|sẽ|đến|tới)\s+(?:năm\s+)?$/iu;

/**
 * The article's probable year when its dateline has none: the latest year the text mentions,
 * leaving out years in plan/target phrases unless they also close a period the text reviews
 * ("giai đoạn 2015-2020", "từ năm 2015 đến năm 2020"). Null when the text names no year.
 */
export function inferYear(text: string, notAfter = new Date().getFullYear() + 1): number | null {
  const counts = new Map<number, { plain: number; future: number }>();
  for (const m of text.matchAll(/(?<![\d.,])(19[5-9]\d|20\d\d)(?![\d.,]\d)/gu)) {
    const year = Number(m[1]);
    if (year > notAfter) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // The end of a reviewed range ("2010-2020", "2015 – 2020") counts as a plain mention.
    const rangeEnd = /(?:19|20)\d\d\s*[-–—]\s*$/u.test(before);
    const future = !rangeEnd && FUTURE_CUE.test(before) && !/từ\s+(?:năm\s+)?(?:19|20)\d\d\s+đến\s+(?:năm\s+)?$/iu.test(before);
    const c = counts.get(year) ?? { plain: 0, future: 0 };
    if (future) c.future++;
    else c.plain++;
    counts.set(year, c);
  }
  const plain = [...counts].filter(([, c]) => c.plain > 0).map(([y]) => y);
  if (plain.length) return Math.max(...plain);
  const any = [...counts.keys()];
  return any.length ? Math.min(...any) : null;
}

function isValidDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
