/**
 * Snippets from Meilisearch's crops. The engine marks matches with private-use characters
 * (which never appear as markup); we escape everything and only then turn those markers
 * into <mark>, so article text can never inject HTML.
 */

/** Start and end of a match in a crop the engine formats. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';
export const CROP_MARKER = '…';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

const MARKED = new RegExp(`${MATCH_START}([^${MATCH_START}${MATCH_END}]*)${MATCH_END}`, 'g');
const MARKERS = new RegExp(`[${MATCH_START}${MATCH_END}]`, 'g');

/** HTML in which only <mark> is markup: matches marked, all else escaped, stray markers dropped. */
export function snippetHtml(formatted: string): string {
  const collapsed = collapseSpaces(formatted);
  let html = '';
  let last = 0;
  for (const m of collapsed.matchAll(MARKED)) {
    html += escapeHtml(collapsed.slice(last, m.index).replace(MARKERS, ''));
    html += `<mark>${escapeHtml(m[1])}</mark>`;
    last = m.index + m[0].length;
  }
  return html + escapeHtml(collapsed.slice(last).replace(MARKERS, ''));
}

/** The same snippet as plain text (for exports). */
export function snippetText(formatted: string): string {
  return collapseSpaces(formatted).replace(MARKERS, '');
}

/** The matched passages of a formatted crop, in order ("Lê", "Văn", "Phước"), with the text between them. */
export function markedRuns(formatted: string): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const m of formatted.matchAll(MARKED)) {
    if (m.index > last) runs.push({ text: formatted.slice(last, m.index), marked: false });
    runs.push({ text: m[1], marked: true });
    last = m.index + m[0].length;
  }
  if (last < formatted.length) runs.push({ text: formatted.slice(last), marked: false });
  return runs;
}

/** True when the crop has at least one match. */
export function hasMatch(formatted: string): boolean {
  return formatted.includes(MATCH_START);
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
