/** Vietnamese text library: pure functions shared by the indexer and the API. */
export { normalizeText, normalizeSyllable, normalizeQuotes } from './normalize';
export { fold } from './fold';
export { exactKey, exactForm, hasDiacritics } from './exact-form';
export { parseVietnameseNumber, formatVietnameseNumber } from './numerals';
export { extractNumbers } from './numbers';
export { parseQuantityQuery, type QuantityQuery } from './quantity-query';
export { MEASURE_UNITS } from './number-words';
