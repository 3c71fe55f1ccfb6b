/**
 * A saved news page (.html) → RawArticle: the main text by @mozilla/readability over linkedom,
 * the metadata from JSON-LD NewsArticle, Open Graph and <meta>/<link> tags, in that order of trust.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from './dom';
import type { RawArticle } from '../../src/types';
import type { SourceError } from './types';

type Json = Record<string, unknown>;

/** The slice of the DOM this module uses (the project builds without the DOM lib). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  tagName?: string;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}
interface DomDocument {
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  body: DomNode;
}

interface PageMeta {
  title?: string;
  lead?: string;
  author?: string;
  date?: string;
  category?: string;
  url?: string;
  source?: string;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const parts = value.map(str).filter((v): v is string => v !== undefined);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (typeof value === 'object' && value !== null) return str((value as Json).name) ?? str((value as Json)['@id']);
  return undefined;
}

function typesOf(node: Json): string[] {
  const t = node['@type'];
  return Array.isArray(t) ? t.map(String) : typeof t === 'string' ? [t] : [];
}

/** Every object in a JSON-LD payload, @graph and arrays flattened. */
function ldNodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(ldNodes);
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Json;
  return [node, ...ldNodes(node['@graph'])];
}

function jsonLdMeta(document: DomDocument): PageMeta {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and never fatal: the other sources remain
    }
    const article = ldNodes(parsed).find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
    if (!article) continue;
    const mainEntity = article.mainEntityOfPage;
    return {
      title: str(article.headline) ?? str(article.name),
      lead: str(article.description),
      author: str(article.author),
      date: str(article.datePublished) ?? str(article.dateCreated),
      category: str(article.articleSection),
      url: str(article.url) ?? (typeof mainEntity === 'string' ? mainEntity : str((mainEntity as Json | undefined)?.['@id'])),
      source: str(article.publisher),
    };
  }
  return {};
}

function metaContent(document: DomDocument, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function tagMeta(document: DomDocument): PageMeta {
  return {
    title: metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    lead: metaContent(document, ['meta[property="og:description"]', 'meta[name="description"]']),
    author: metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]']),
    date: metaContent(document, ['meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]']),
    category: metaContent(document, ['meta[property="article:section"]']),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(document, ['meta[property="og:url"]']),
    source: metaContent(document, ['meta[property="og:site_name"]']),
  };
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TR', 'TABLE', 'SECTION', 'ARTICLE', 'BR', 'UL', 'OL', 'HEADER', 'FOOTER']);

/** Text of an HTML fragment with one paragraph a line (textContent alone runs paragraphs together). */
export function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      return;
    }
    const tag = node.tagName ?? '';
    const block = BLOCK.has(tag);
    if (block) out.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push('\n');
  };
  walk((document as unknown as DomDocument).body);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Parses one HTML page; a page with no readable article is a SourceError. */
export function parseHtmlPage(html: string, origin: string): RawArticle | SourceError {
  const { document } = parseHTML(html);
  const ld = jsonLdMeta(document as unknown as DomDocument);
  const tags = tagMeta(document as unknown as DomDocument);
  const readable = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const body = readable?.content ? blockText(readable.content) : '';
  const title = ld.title ?? tags.title ?? readable?.title?.trim() ?? '';
  if (!body) return { error: 'no article text found in the page', origin };
  const article: RawArticle = { title, body, origin };
  const pick = (key: keyof PageMeta, extra?: string | null): string | undefined => ld[key] ?? tags[key] ?? (extra?.trim() || undefined);
  const fields: [keyof PageMeta, string | undefined][] = [
    ['url', pick('url')],
    ['lead', pick('lead', readable?.excerpt)],
    ['author', pick('author', readable?.byline)],
    ['date', pick('date', readable?.publishedTime)],
    ['category', pick('category')],
    ['source', pick('source', readable?.siteName)],
  ];
  for (const [key, value] of fields) if (value) article[key] = value;
  return article;
}
