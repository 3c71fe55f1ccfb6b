/** Small helpers shared by the feature builders: vntk's feature values as strings. */

/** vntk's boolean feature value. */
export function pyBool(value: boolean): string {
  return value ? 'True' : 'False';
}

/**
 * The value vntk's word tokenizer keeps after `'key=value'.split('=')[1]`: everything
 * before the first '=' of the value.
 */
export function beforeEquals(value: string): string {
  const at = value.indexOf('=');
  return at < 0 ? value : value.slice(0, at);
}
