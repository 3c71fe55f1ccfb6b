/** A run of text, marked when it matches the searched words. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references an escaped snippet may contain. */
export function unescapeHtml(text: string): string {
  return text.replace(ENTITY, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), whole);
    return NAMED[lower] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * Splits a snippet where only <mark> is markup into text segments, so it is rendered as text
 * nodes and never injected as HTML: any other tag-like text stays literal text.
 */
export function parseMarkedSnippet(html: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let marked = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (part) segments.push({ text: unescapeHtml(part), mark: marked });
  }
  return segments;
}
