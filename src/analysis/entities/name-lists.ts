/**
 * Enumerations of names ("trung vệ Văn Khánh, Đình Khương", "đường Láng, Nguyễn Trãi (Thanh
 * Xuân), Trần Phú"): an item without a cue of its own takes the kind of the list's first item,
 * person or not. Pure tests on the text between two capitalised runs.
 */

// What may stand between two items of a list: a comma, "và"/"hoặc", a dash or "&".
const LIST_GAP = /^[ \u00a0]*(?:,|[-–—&]|,?[ \u00a0]+(?:và|hoặc)[ \u00a0])[ \u00a0]*$/u;
const COMMA_GAP = /^[ \u00a0]*,[ \u00a0]*$/u;
const DASH_GAP = /^[ \u00a0]*[-–—][ \u00a0]*$/u;
// A list going on after an item: "Buôn Đôn, Krông Búk", "Buôn Đôn (Đắk Lắk) và …"; not a comma
// before a verb, which closes an apposition ("… El Palacio, Saud Abdelaziz, nói").
const LIST_GOES_ON = /^[ \u00a0]*(?:\([^()\n]{0,60}\)[ \u00a0]*)?(?:,[ \u00a0]*\p{Lu}|và[ \u00a0]|hoặc[ \u00a0])/u;
// A bracketed note after an item ("Nguyễn Trãi (Thanh Xuân)"): skipped between items.
const BRACKETED = /[ \u00a0]*\([^()\n]{0,60}\)/gu;

/** True when `gap`, the text between one list item and the next, only separates them. */
export function isListGap(gap: string): boolean {
  if (gap.length > 80) return false;
  return LIST_GAP.test(gap.replace(BRACKETED, ''));
}

/** True when `gap` is a bare comma: an apposition ("đồng đội ở Bayern, Joshua Kimmich") as much as a list. */
export function isCommaGap(gap: string): boolean {
  return COMMA_GAP.test(gap.replace(BRACKETED, ''));
}

/** True when `gap` is a bare dash: an apposition ("HLV của Real - Zinedine Zidane") as much as a list. */
export function isDashGap(gap: string): boolean {
  return DASH_GAP.test(gap.replace(BRACKETED, ''));
}

/** True when another list item follows the text at `end` ("…, Buôn Đôn và Krông Búk"). */
export function listGoesOn(text: string, end: number): boolean {
  return LIST_GOES_ON.test(text.slice(end, end + 80));
}

/** True when `index` is inside an open bracket on its line ("(Thanh Xuân"). */
export function isInsideBrackets(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const open = before.lastIndexOf('(');
  return open >= 0 && before.lastIndexOf(')') < open && !before.slice(open).includes('\n');
}
