/**
 * Writes one CRF item (the `name=value` attributes of one token) slot by slot in a model's
 * template order, leaving out the attributes the model does not know (see
 * model-attributes.ts): the values are tested, not the concatenated strings.
 */
import type { ModelVocabulary } from '../model-attributes';

const NONE: ReadonlySet<string> = new Set();

export class ItemWriter {
  private readonly prefixes: string[];
  private readonly known: (ReadonlySet<string> | undefined)[];
  private slot = 0;
  private current: string[] = [];

  /** `vocabulary` null: write every attribute (as vntk does). */
  constructor(template: readonly string[], vocabulary: ModelVocabulary | null) {
    this.prefixes = template.map((name) => name + '=');
    this.known = template.map((name) => (vocabulary ? (vocabulary.get(name) ?? NONE) : undefined));
  }

  /** The value of the next template slot. */
  add(value: string): void {
    const slot = this.slot++;
    const known = this.known[slot];
    if (known === undefined || known.has(value)) this.current.push(this.prefixes[slot] + value);
  }

  /** The finished item; the writer starts the next one at the first slot. */
  finish(): string[] {
    const item = this.current;
    this.current = [];
    this.slot = 0;
    return item;
  }
}
