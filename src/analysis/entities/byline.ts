/** The author's sign-off at the end of an article body ("… tại Hà Nội? Kim Thanh (T/h)"). */

// 2–4 capitalised syllables (or initials like "H.A"), an optional "(T/h)" / "(theo …)" tag; or two
// such names joined by a dash before the agency's slash ("Trần Ngọc - Ngọc Khánh/VOV.VN", "… /VOV-Đông Bắc").
const BYLINE_NAME = String.raw`(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){1,3}\p{Lu}[\p{Ll}\p{M}]*`;
// A regional desk after the agency's name: "/VOV-Đông Bắc", "/VOV-Tây Nguyên".
const AGENCY_REGION = String.raw`(?:-\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2})?`;
const TRAILING_BYLINE = new RegExp(
  String.raw`(?:^|[.!?…”"»)]\s+|\n)(${BYLINE_NAME}|${BYLINE_NAME}\s[-–]\s${BYLINE_NAME}(?=\/\p{Lu}))(\s*\([^()\n]{1,40}\)|\/[\p{Lu}][\p{L}.]{1,15}${AGENCY_REGION})?\s*[-–—]?\s*$`,
  'u',
);

/** The byline name at the end of `body` and the body without it, or null when there is none. */
export function splitByline(body: string): { author: string; body: string } | null {
  const m = TRAILING_BYLINE.exec(body.slice(-200));
  if (!m) return null;
  const author = m[1].trim();
  // "Theo Dân trí" credits a source, not an author.
  if (/^(?:Theo|Nguồn|Ảnh|Video|Clip)\s/u.test(author)) return null;
  const cut = body.length - (m[0].length - m[0].indexOf(m[1]));
  return { author, body: body.slice(0, cut).trimEnd() };
}
