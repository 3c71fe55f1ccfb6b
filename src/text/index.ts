/** Vietnamese text library: pure functions shared by the indexer and the API. */
export { normalizeText, normalizeSyllable, normalizeQuotes } from './normalize';
export { fold } from './fold';
export { exactKey, exactForm, hasDiacritics } from './exact-form';
export {
  parseVietnameseNumber,
  formatVietnameseNumber,
  extractNumbers,
  parseQuantityQuery,
  type QuantityQuery,
} from './numbers';
export { MEASURE_UNITS } from './number-words';
