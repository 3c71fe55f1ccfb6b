/** Entity extraction: pure functions over (text, NER rows), one module per entity type. */
export { extractPeople, mergeRoles, scanPeople, type PeopleOptions, type PeopleScan } from './people';
export { rescorePeople } from './people-rescorer';
export { extractOrganizations, findOrganizations } from './organizations';
export { extractPlaces } from './places';
export { extractMovements } from './movements';
export { extractDocuments } from './documents';
export { ABBREVIATIONS, expandAbbreviations } from './abbreviations';
export { PLACE_VARIANTS, canonicalPlace } from './gazetteer';
export { repairRunTogetherSentences } from './text-units';
