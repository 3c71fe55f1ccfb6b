const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const dateInVietnam = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** Formats an ISO date (YYYY-MM-DD or a timestamp) the Vietnamese way: 27/07/2020; "" when unknown. */
export function formatDate(iso: string): string {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (dateOnly) return `${dateOnly[3]}/${dateOnly[2]}/${dateOnly[1]}`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : dateInVietnam.format(time);
}

/** Formats a number with Vietnamese separators: 10400 → "10.400". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
