/** Entity extraction: pure functions over (text, NER rows), one module per entity type. */
export { extractPeople, mergeRoles, type PeopleOptions } from './people';
export { extractOrganizations, findOrganizations } from './organizations';
export { extractPlaces } from './places';
export { extractMovements } from './movements';
export { extractDocuments } from './documents';
export { ABBREVIATIONS, expandAbbreviations } from './abbreviations';
export { PLACE_VARIANTS, canonicalPlace } from './gazetteer';
export { repairRunTogetherSentences } from './text-units';
