/**
 * linkedom, loaded on first use: its dependencies (css-select, htmlparser2, …) are ES modules
 * that jest does not transform, so only HTML parsing needs them and other sources never load them.
 */
type Linkedom = typeof import('linkedom');

/** linkedom's parseHTML. */
export function parseHTML(html: string): ReturnType<Linkedom['parseHTML']> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('linkedom') as Linkedom).parseHTML(html);
}
