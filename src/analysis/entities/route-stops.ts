/** Stops of a route written as names joined by dashes ("Tràng Tiền - Ngô Quyền - Lý Thường Kiệt"): streets, not people. */

// A stop of a route: words of which the first is capitalised (dots allowed: "TP.HCM"), at most five.
const ROUTE_STOP = String.raw`\p{Lu}[\p{L}\p{M}.]*(?: [\p{L}\p{M}\d]+){0,4}`;

const STOPS_BEFORE = new RegExp(`(?:${ROUTE_STOP} [-–—] )+$`, 'u');

const STOPS_AFTER = new RegExp(`^(?: [-–—] ${ROUTE_STOP})+`, 'u');

const SPACED_DASH = / [-–—] /gu;

// What introduces a route: "lộ trình", "tuyến", "chạy từ", "đi qua" …
const ROUTE_CUE = /(?:lộ trình|hành trình|tuyến|đường|phố|chạy|đi qua|đi từ|xuất phát)/iu;

// A road or a bridge named by its two ends, right before them: "cao tốc TP.HCM - Trung Lương", "đường ô tô Tân Vũ -
// Lạch Huyện", "cầu vượt biển Tân Vũ - Lạch Huyện" (not a match, "trận cầu Hà Nội - Hải Phòng").
const ROAD_BEFORE_ENDS = /(?:^|\s)(?:cao tốc|đường ô tô|đường ôtô|đường sắt|quốc lộ|xa lộ|tuyến đường|tuyến|(?<!trận )cầu(?: vượt biển| vượt sông| vượt)?|vượt biển|hầm|đường hầm)\s+$/iu;

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

// A road section or a heading right before a name: "đoạn Trần Duy Hưng", "hướng về Mai Dịch"; not
// "giai đoạn" (a period), "trích đoạn" (an excerpt) nor "công đoạn" (a step of work).
const SECTION_OR_HEADING_BEFORE = /(?:^|\s)(?<!giai |trích |công )(?:đoạn|hướng về|hướng đi|hướng ra|hướng lên)\s+$/iu;

// A road word earlier in the sentence, which makes "đoạn" a stretch of road and "hướng về" a direction of travel.
const ROAD_WORD = /(?:đường|cao tốc|quốc lộ|tỉnh lộ|vành đai|tuyến|cầu|phố|chiều đi|chiều từ|làn)/iu;

/**
 * True when the name at `start` names a stretch of road or where traffic heads ("trên cao tốc …
 * đoạn Trần Duy Hưng hướng về Mai Dịch"): a road word earlier in the sentence, then "đoạn" or
 * "hướng về" right before the name (not "một số đoạn Tố Ny hát chưa tốt").
 */
export function isRoadSectionOrHeading(text: string, start: number): boolean {
  const sentence = text.slice(Math.max(0, start - 160), start).split(/[.!?\n]/u).pop() ?? '';
  const cue = SECTION_OR_HEADING_BEFORE.exec(sentence);
  return cue !== null && ROAD_WORD.test(sentence.slice(0, cue.index));
}
