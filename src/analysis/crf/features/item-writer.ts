/**
 * Writes one CRF item (the `name=value` attributes of one token) slot by slot in a model's
 * template order. With the model's vocabulary it leaves out the attributes the model does
 * not know (see model-attributes.ts) and, for the known ones, hands over the vocabulary's
 * own string: no concatenation, and one shared flat string per attribute, so the native
 * binding neither allocates nor flattens while it reads a long sequence.
 */
import type { ModelVocabulary } from '../model-attributes';

const NONE: ReadonlyMap<string, string> = new Map();

export class ItemWriter {
  private readonly prefixes: string[];
  private readonly known: (ReadonlyMap<string, string> | undefined)[];
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
    if (known === undefined) {
      this.current.push(this.prefixes[slot] + value);
    } else {
      const attribute = known.get(value);
      if (attribute !== undefined) this.current.push(attribute);
    }
  }

  /** The finished item; the writer starts the next one at the first slot. */
  finish(): string[] {
    const item = this.current;
    this.current = [];
    this.slot = 0;
    return item;
  }
}
