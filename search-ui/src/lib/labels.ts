import type { EntityType, FacetName, Suggestion } from '../../../src/types';

/** Vietnamese names of the facets and entity types, as shown to readers. */
export const FACET_LABELS: Record<FacetName | 'document', string> = {
  person: 'Nhân vật',
  movement: 'Phong trào',
  organization: 'Tổ chức',
  place: 'Địa danh',
  document: 'Văn bản',
  year: 'Năm',
  source: 'Nguồn',
};

/** The label of a suggestion's kind. */
export function suggestionTypeLabel(type: Suggestion['type']): string {
  return type === 'title' ? 'Tiêu đề' : FACET_LABELS[type];
}

/** Entity types that have their own page. */
export type ProfileType = Extract<EntityType, 'person' | 'movement' | 'organization'>;

export const PROFILE_TYPES: readonly ProfileType[] = ['person', 'movement', 'organization'];

/** Whether an entity type has its own page. */
export function isProfileType(type: string): type is ProfileType {
  return (PROFILE_TYPES as readonly string[]).includes(type);
}
