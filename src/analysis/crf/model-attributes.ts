/**
 * The attribute dictionary of a CRFsuite model file (crf1d format), read once per model.
 *
 * crfsuite's tagger looks every `name=value` string up in this dictionary and ignores the
 * ones it does not hold, so leaving those out changes no label; it does save their trip
 * through the native binding, which dominates the tagging time. The format (crfsuite's
 * crf1d_model.c and cqdb.c): a 48-byte header whose uint32 at 36 is the offset of the
 * attribute CQDB; in it, at 16/20, the size and offset of an id → record-offset array;
 * a record is uint32 id, uint32 key size (NUL included), key bytes. Little-endian.
 */
import * as fs from 'node:fs';

/**
 * The model's attributes by feature name (the part before the first '=') and value (the
 * rest): the attribute string itself, so that known attributes are shared strings.
 */
export type ModelVocabulary = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** Reads the attribute dictionary of the crf1d model in `file`. */
export function readModelVocabulary(file: string): ModelVocabulary {
  const model = fs.readFileSync(file);
  if (model.toString('latin1', 0, 4) !== 'lCRF') throw new Error(`analysis: ${file} is not a CRFsuite model`);
  const db = model.readUInt32LE(36);
  if (model.toString('latin1', db, db + 4) !== 'CQDB') throw new Error(`analysis: ${file} has no attribute dictionary`);
  const count = model.readUInt32LE(db + 16);
  const backward = db + model.readUInt32LE(db + 20);
  const vocabulary = new Map<string, Map<string, string>>();
  for (let id = 0; id < count; id++) {
    const relative = model.readUInt32LE(backward + 4 * id);
    if (relative === 0) continue;
    const record = db + relative;
    const size = model.readUInt32LE(record + 4);
    const attribute = model.toString('utf8', record + 8, record + 8 + size - 1);
    const at = attribute.indexOf('=');
    if (at < 0) continue; // vntk's features always have a '='
    const name = attribute.slice(0, at);
    let values = vocabulary.get(name);
    if (!values) vocabulary.set(name, (values = new Map()));
    values.set(attribute.slice(at + 1), attribute);
  }
  return vocabulary;
}

/**
 * Whether attribute filtering is exact for `text`: crfsuite truncates names at a NUL and
 * the binding encodes lone surrogates (our tokenizer splits emoji into them, as vntk's does)
 * as U+FFFD, so such texts keep every attribute.
 */
export function canFilterAttributes(text: string): boolean {
  return !/[\0\uD800-\uDFFF]/.test(text);
}
