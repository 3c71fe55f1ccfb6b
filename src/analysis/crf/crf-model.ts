/**
 * A CRFsuite model file (crf1d format, as vntk ships them) read into arrays, so that tagging
 * runs in JavaScript (./viterbi.ts) instead of through the native binding, whose cost was
 * mostly copying every `name=value` string into C++ and looking it up there.
 *
 * The format (crfsuite's crf1d_model.c and cqdb.c), little-endian:
 * - a 48-byte header: magic "lCRF", size, type, version, then uint32 counts of features (16),
 *   labels (20) and attributes (24), and the offsets of the features (28), the label CQDB (32),
 *   the attribute CQDB (36), the label references (40) and the attribute references (44);
 * - features: a 12-byte chunk header, then 20 bytes each: uint32 type (0 state, 1 transition),
 *   uint32 source (attribute or label id), uint32 destination label, float64 weight;
 * - references: a 12-byte chunk header, then one uint32 absolute offset per label/attribute,
 *   pointing at uint32 count followed by that many uint32 feature ids;
 * - a CQDB: at 16/20 the size and offset of an id → record-offset array; a record is uint32 id,
 *   uint32 key size (NUL included), key bytes.
 */
import * as fs from 'node:fs';

/** A crf1d model, ready for tagging. */
export interface CrfModel {
  /** Label strings by label id. */
  labels: readonly string[];
  /** Attribute ids by feature name (before the first '=') and value (the rest). */
  attributes: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** State features of attribute a: indexes refStart[a] ..< refStart[a + 1] of refLabel/refWeight, in the file's order. */
  refStart: Uint32Array;
  refLabel: Uint16Array;
  refWeight: Float64Array;
  /** Transition weight from label i to label j at i * labels.length + j (0 when the model has none). */
  transitions: Float64Array;
}

const CHUNK_HEADER = 12;
const FEATURE_SIZE = 20;

/** Reads the crf1d model in `file`; throws when it is not one. */
export function readCrfModel(file: string): CrfModel {
  const model = fs.readFileSync(file);
  if (model.toString('latin1', 0, 4) !== 'lCRF') throw new Error(`analysis: ${file} is not a CRFsuite model`);
  const u32 = (at: number): number => model.readUInt32LE(at);
  const numLabels = u32(20);
  const numAttributes = u32(24);
  const offFeatures = u32(28) + CHUNK_HEADER;
  const labelStrings = readCqdb(model, u32(32), file);
  const attributeStrings = readCqdb(model, u32(36), file);

  const labels = Array.from({ length: numLabels }, (_, id) => labelStrings.get(id) ?? '');
  const attributes = new Map<string, Map<string, number>>();
  for (const [id, attribute] of attributeStrings) {
    const at = attribute.indexOf('=');
    if (at < 0) continue; // vntk's features always have a '='
    const name = attribute.slice(0, at);
    let values = attributes.get(name);
    if (!values) attributes.set(name, (values = new Map()));
    values.set(attribute.slice(at + 1), id);
  }

  // Feature ids referenced by attribute a, flattened in attribute order.
  const refs = (table: number, id: number): { count: number; at: number } => {
    const at = u32(table + CHUNK_HEADER + 4 * id);
    return { count: u32(at), at: at + 4 };
  };
  const offAttributeRefs = u32(44);
  const refStart = new Uint32Array(numAttributes + 1);
  for (let a = 0; a < numAttributes; a++) refStart[a + 1] = refStart[a] + refs(offAttributeRefs, a).count;
  const refLabel = new Uint16Array(refStart[numAttributes]);
  const refWeight = new Float64Array(refStart[numAttributes]);
  for (let a = 0; a < numAttributes; a++) {
    const { count, at } = refs(offAttributeRefs, a);
    for (let r = 0; r < count; r++) {
      const feature = offFeatures + FEATURE_SIZE * u32(at + 4 * r);
      refLabel[refStart[a] + r] = u32(feature + 8);
      refWeight[refStart[a] + r] = model.readDoubleLE(feature + 12);
    }
  }

  const transitions = new Float64Array(numLabels * numLabels);
  const offLabelRefs = u32(40);
  for (let i = 0; i < numLabels; i++) {
    const { count, at } = refs(offLabelRefs, i);
    for (let r = 0; r < count; r++) {
      const feature = offFeatures + FEATURE_SIZE * u32(at + 4 * r);
      transitions[i * numLabels + u32(feature + 8)] = model.readDoubleLE(feature + 12);
    }
  }
  return { labels, attributes, refStart, refLabel, refWeight, transitions };
}

/** The id → string records of the CQDB at `db`. */
function readCqdb(model: Buffer, db: number, file: string): Map<number, string> {
  if (model.toString('latin1', db, db + 4) !== 'CQDB') throw new Error(`analysis: ${file} has a broken string table`);
  const count = model.readUInt32LE(db + 16);
  const backward = db + model.readUInt32LE(db + 20);
  const strings = new Map<number, string>();
  for (let id = 0; id < count; id++) {
    const relative = model.readUInt32LE(backward + 4 * id);
    if (relative === 0) continue;
    const record = db + relative;
    const size = model.readUInt32LE(record + 4);
    strings.set(id, model.toString('utf8', record + 8, record + 8 + size - 1));
  }
  return strings;
}

/**
 * A template's attribute ids by value: row[slot] is the id of `template[slot]=value`, or -1.
 * One lookup finds a value's ids in every slot, and the rows of the few values around the
 * current token stay in cache while the window slides (one Map per slot scattered them).
 */
export type SlotTable = ReadonlyMap<string, Int32Array>;

const slotTables = new WeakMap<CrfModel, Map<readonly string[], SlotTable>>();

/** The slot table of `template` for `model`, built on first use. */
export function slotTable(model: CrfModel, template: readonly string[]): SlotTable {
  let byTemplate = slotTables.get(model);
  if (!byTemplate) slotTables.set(model, (byTemplate = new Map()));
  let table = byTemplate.get(template);
  if (!table) {
    const rows = new Map<string, Int32Array>();
    template.forEach((name, slot) => {
      for (const [value, id] of model.attributes.get(name) ?? []) {
        let row = rows.get(value);
        if (!row) rows.set(value, (row = new Int32Array(template.length).fill(-1)));
        row[slot] = id;
      }
    });
    byTemplate.set(template, (table = rows));
  }
  return table;
}
