/** Vietnamese syllables by their spelling: what tells a Vietnamese word from a foreign one. */

// Onset, vowel nucleus and coda of a Vietnamese syllable, diacritics folded. Only the nuclei
// Vietnamese writes ("ee" of "Lee", "ei" of "Kei", "ea" of "Sean" are not), and none that ends
// in a glide takes a coda ("Leon"); "oo" only before -ng or -c ("xoong", not "Hoon").
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:ieu|yeu|oai|oay|oeo|uay|uoi|uou|uya|uyu|ai|ao|au|ay|eo|eu|ia|iu|oi|ui|uu|(?:uye|ie|ye|oa|oe|ua|ue|uo|uy|[aeiouy])(?:ch|ng|nh|[cmnpt])?|oo(?:ng|c))$/;

// The same shape with any run of up to three vowels: what a loosely spelt or foreign-looking
// Vietnamese word may look like ("Noo" of "Noo Phước Thịnh").
const VIETNAMESE_LIKE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** True for a word spelt in Vietnamese letters in Vietnamese order, its vowels unchecked ("Noo", "Lee"). */
export function isVietnameseLikeSyllable(word: string): boolean {
  return VIETNAMESE_LIKE_SYLLABLE.test(foldSyllable(word));
}

/** Lower case, diacritics dropped, đ as d. */
function foldSyllable(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** True for a word that could be a Vietnamese syllable ("Phước"), false for "Trump", "Putin", "Lee". */
export function isVietnameseSyllable(word: string): boolean {
  return VIETNAMESE_SYLLABLE.test(foldSyllable(word));
}

/** True for a word with marks only Vietnamese writes ("Tờ", "Bắc", "Vì"), false for "Mbappé". */
export function hasVietnameseMarks(word: string): boolean {
  const decomposed = word.normalize('NFD');
  // Breve, horn, hook above, dot below, đ: Vietnamese only. Other marks on a Vietnamese syllable.
  if (/[\u0306\u031B\u0309\u0323đĐ]/u.test(decomposed)) return true;
  return /\p{M}/u.test(decomposed) && isVietnameseSyllable(word);
}
