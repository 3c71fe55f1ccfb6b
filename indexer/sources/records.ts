/** A JSON record in any of the field spellings newsroom feeds use → RawArticle. */
import type { RawArticle } from '../../src/types';
import type { SourceError } from './types';

type Json = Record<string, unknown>;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => (typeof v === 'object' && v !== null ? text((v as Json).name) : text(v))).filter(Boolean);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (typeof value === 'object' && value !== null && 'name' in value) return text((value as Json).name);
  return undefined;
}

function first(record: Json, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = text(record[key]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Maps `{ id?, url?, title, lead?/summary?, body, author?, date?, source?, category? }` (and common aliases). */
export function recordToArticle(value: unknown, origin: string): RawArticle | SourceError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'record is not a JSON object', origin };
  }
  const record = value as Json;
  const title = first(record, ['title', 'headline']) ?? '';
  const body = first(record, ['body', 'content', 'text', 'articleBody']) ?? '';
  if (!title && !body) return { error: 'record has neither a title nor a body', origin };
  const article: RawArticle = { title, body, origin };
  const optional: [keyof RawArticle, string[]][] = [
    ['id', ['id', '_id', 'guid']],
    ['url', ['url', 'link', 'canonicalUrl']],
    ['lead', ['lead', 'summary', 'description', 'sapo']],
    ['author', ['author', 'authors', 'byline']],
    ['date', ['date', 'publishedAt', 'datePublished', 'published_at', 'pubDate']],
    ['source', ['source', 'publisher']],
    ['category', ['category', 'section', 'articleSection']],
  ];
  for (const [field, keys] of optional) {
    const v = first(record, keys);
    if (v !== undefined) (article as unknown as Json)[field] = v;
  }
  return article;
}
