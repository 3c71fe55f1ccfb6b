/**
 * Who an article is before any analysis: its stable id and its content hash. Both come from
 * the raw record alone, so an unchanged article costs one hash and no analysis.
 */
import crypto from 'node:crypto';
import type { RawArticle } from '../../src/types';

/**
 * Bump when buildDocument changes what it stores: every article is then re-analysed and
 * re-sent once (the hash changes), which is how a document-format change reaches the index.
 */
export const DOCUMENT_FORMAT_VERSION = 1;

const VALID_ID = /^[a-zA-Z0-9_-]{1,511}$/;

/** True for ids Meilisearch accepts as they are. */
export function isValidDocumentId(id: string): boolean {
  return VALID_ID.test(id);
}

function sha1(text: string): string {
  return crypto.createHash('sha1').update(text).digest('hex');
}

/** Canonical form of an article URL: lower-case scheme and host, no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|zarsrc$)/i.test(key)) parsed.searchParams.delete(key);
  }
  parsed.searchParams.sort();
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const pathname = parsed.pathname.replace(/\/+$/, '') || '/';
  return `${host}${pathname}${parsed.search}`;
}

function normalizedText(s: string | undefined): string {
  return (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The document id: the record's own id when Meilisearch accepts it (kept exactly), else a hash
 * of the canonical URL, else of the invalid own id, else of the normalised title and body.
 * The same article read from two files therefore gets one id.
 */
export function articleId(raw: RawArticle): string {
  const own = raw.id?.trim();
  if (own && isValidDocumentId(own)) return own;
  const url = raw.url ? canonicalUrl(raw.url) : null;
  if (url) return `u-${sha1(url).slice(0, 24)}`;
  if (own) return `i-${sha1(own).slice(0, 24)}`;
  return `t-${sha1(`${normalizedText(raw.title)}\n${normalizedText(raw.body)}`).slice(0, 24)}`;
}

/** Content hash of a raw article (its fields, not its origin) plus the analysis and format versions. */
export function contentHash(raw: RawArticle, analysisVersion: string): string {
  const fields = [raw.id, raw.url, raw.title, raw.lead, raw.body, raw.author, raw.date, raw.source, raw.category].map(normalizedText);
  return sha1(JSON.stringify([DOCUMENT_FORMAT_VERSION, analysisVersion, ...fields]));
}
