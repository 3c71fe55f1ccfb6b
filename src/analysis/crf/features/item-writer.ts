/**
 * Where feature builders write CRF items: one token's attribute values, slot by slot in a
 * model's template order. Two sinks: the `name=value` strings vntk would build (the reference,
 * and the input of the native tagger), and ../viterbi.ts's state scorer, which looks each value
 * up in the model and adds its weights, never building the strings.
 *
 * A value is converted to the sink's form once (`value`) and then placed in any number of slots
 * (`add`): a token's word is read by five slots of each of its neighbours' items, and the scorer's
 * conversion is the dictionary lookup that dominated tagging.
 */

/** Receives an item's template slots in order, then `finish()` per item. */
export interface ItemSink<V> {
  /** `text` in the sink's form, for `add`. */
  value(text: string): V;
  /** The value of the next template slot. */
  add(value: V): void;
  /** Ends the current item; the next `add` fills the first slot of the next one. */
  finish(): void;
}

/** A feature builder bound to its text: writes the items into whichever sink it is given. */
export type WriteItems = <V>(out: ItemSink<V>) => void;

/** Collects vntk's `name=value` attribute strings, one array per item. */
export class AttributeItems implements ItemSink<string> {
  readonly items: string[][] = [];
  private readonly prefixes: string[];
  private slot = 0;
  private current: string[] = [];

  constructor(template: readonly string[]) {
    this.prefixes = template.map((name) => name + '=');
  }

  value(text: string): string {
    return text;
  }

  add(value: string): void {
    this.current.push(this.prefixes[this.slot++] + value);
  }

  finish(): void {
    this.items.push(this.current);
    this.current = [];
    this.slot = 0;
  }
}

/** The `name=value` strings `write` produces with `template` (what vntk's own `transform` returns). */
export function attributeStrings(template: readonly string[], write: WriteItems): string[][] {
  const out = new AttributeItems(template);
  write(out);
  return out.items;
}
