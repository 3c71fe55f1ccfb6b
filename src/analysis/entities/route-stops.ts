/** Stops of a route written as names joined by dashes ("Tràng Tiền - Ngô Quyền - Lý Thường Kiệt"): streets, not people. */

// A stop of a route: words of which the first is capitalised (dots allowed: "TP.HCM"), at most five.
const ROUTE_STOP = String.raw`\p{Lu}[\p{L}\p{M}.]*(?: [\p{L}\p{M}\d]+){0,4}`;

const STOPS_BEFORE = new RegExp(`(?:${ROUTE_STOP} [-–—] )+$`, 'u');

const STOPS_AFTER = new RegExp(`^(?: [-–—] ${ROUTE_STOP})+`, 'u');

const SPACED_DASH = / [-–—] /gu;

// What introduces a route: "lộ trình", "tuyến", "chạy từ", "đi qua" …
const ROUTE_CUE = /(?:lộ trình|hành trình|tuyến|đường|phố|chạy|đi qua|đi từ|xuất phát)/iu;

// A road named by its two ends, right before them: "cao tốc TP.HCM - Trung Lương", "đường ô tô Tân Vũ - Lạch Huyện".
const ROAD_BEFORE_ENDS = /(?:^|\s)(?:cao tốc|đường ô tô|đường sắt|quốc lộ|xa lộ|tuyến đường|tuyến)\s+$/iu;

/**
 * True when the name at [start, end) is one of three or more stops joined by spaced dashes after
 * a route word ("Lộ trình … chạy từ Nhà hát lớn - Tràng Tiền - Ngô Quyền - …").
 */
export function isRouteStop(text: string, start: number, end: number): boolean {
  const dashBefore = / [-–—] $/u.test(text.slice(Math.max(0, start - 3), start));
  const dashAfter = /^ [-–—] /u.test(text.slice(end, end + 3));
  if (!dashBefore && !dashAfter) return false;
  const before = dashBefore ? STOPS_BEFORE.exec(text.slice(Math.max(0, start - 240), start)) : null;
  const after = dashAfter ? STOPS_AFTER.exec(text.slice(end, end + 240)) : null;
  const stops = 1 + (before?.[0].match(SPACED_DASH)?.length ?? 0) + (after?.[0].match(SPACED_DASH)?.length ?? 0);
  if (stops < 2) return false;
  const chainStart = start - (before?.[0].length ?? 0);
  const lead = text.slice(Math.max(0, chainStart - 120), chainStart).split(/[.!?\n]/u).pop() ?? '';
  // Two stops only when the road word comes right before them (not "trận Nguyễn A - Trần B").
  return stops === 2 ? ROAD_BEFORE_ENDS.test(lead) : ROUTE_CUE.test(lead);
}
