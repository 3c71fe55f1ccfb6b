/**
 * What the index already holds, read once at the start: id → content hash and origin. This is
 * what makes a re-run cheap (unchanged articles are skipped) and a killed run converge.
 */
import type { Index } from 'meilisearch';
import { isNotFound } from './tasks';

export interface ExistingDocument {
  hash: string;
  origin: string;
}

/** Reads {id, hash, origin} of every document, paginated; an absent index is empty. */
export async function fetchExisting(index: Index, pageSize = 10_000): Promise<Map<string, ExistingDocument>> {
  const existing = new Map<string, ExistingDocument>();
  for (let offset = 0; ; offset += pageSize) {
    let page;
    try {
      page = await index.getDocuments<{ id: string; hash?: string; origin?: string }>({ fields: ['id', 'hash', 'origin'], limit: pageSize, offset });
    } catch (err) {
      if (isNotFound(err)) return existing;
      throw err;
    }
    for (const doc of page.results) existing.set(String(doc.id), { hash: doc.hash ?? '', origin: doc.origin ?? '' });
    if (page.results.length < pageSize) return existing;
  }
}
