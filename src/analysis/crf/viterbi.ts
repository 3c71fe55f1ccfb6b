/**
 * CRFsuite's tagging (crf1d_tag.c: state scores, then crf1dc_viterbi) in JavaScript, over a
 * model read by ./crf-model.ts. It reproduces crfsuite's arithmetic step for step (the same
 * float64 additions in the same order, the same first-maximum tie-breaking), so the labels are
 * the native tagger's, bit for bit; the tests compare the two on corpus text.
 */
import { slotTable, type CrfModel, type SlotTable } from './crf-model';
import type { ItemSink } from './features/item-writer';

/** A value's attribute ids by slot (crf-model.ts slotTable); undefined when the model knows it in no slot. */
type SlotRow = Int32Array | undefined;

/**
 * An item sink that turns attribute values straight into state scores: for each value the
 * model knows, its state features' weights are added to the current item's label scores (in
 * attribute order, then feature order: crfsuite's order). Unknown values are skipped, as
 * crfsuite skips attributes missing from its dictionary.
 */
export class StateScorer implements ItemSink<SlotRow> {
  private readonly table: SlotTable;
  private readonly labelCount: number;
  private scores: Float64Array;
  private slot = 0;
  private item = 0;

  constructor(
    private readonly model: CrfModel,
    template: readonly string[],
    expectedItems = 64,
  ) {
    this.table = slotTable(model, template);
    this.labelCount = model.labels.length;
    this.scores = new Float64Array(Math.max(1, expectedItems) * this.labelCount);
  }

  value(text: string): SlotRow {
    return this.table.get(text);
  }

  add(row: SlotRow): void {
    const attribute = row === undefined ? -1 : row[this.slot];
    this.slot++;
    if (attribute < 0) return;
    const { refStart, refLabel, refWeight } = this.model;
    const base = this.item * this.labelCount;
    const scores = this.scores;
    for (let r = refStart[attribute], end = refStart[attribute + 1]; r < end; r++) scores[base + refLabel[r]] += refWeight[r];
  }

  finish(): void {
    this.item++;
    this.slot = 0;
    if ((this.item + 1) * this.labelCount > this.scores.length) {
      const grown = new Float64Array(this.scores.length * 2);
      grown.set(this.scores);
      this.scores = grown;
    }
  }

  /** The most likely labels of the items written so far (crfsuite's Viterbi). */
  labels(): string[] {
    const ids = viterbi(this.scores, this.item, this.labelCount, this.model.transitions);
    return Array.from(ids, (id) => this.model.labels[id]);
  }
}

/**
 * Best label ids for `items` items with state scores `state` (item t, label j at t * L + j) and
 * transition scores `transitions` (i → j at i * L + j): crf1dc_viterbi, strict `<` and all.
 */
export function viterbi(state: Float64Array, items: number, L: number, transitions: Float64Array): Int32Array {
  const labels = new Int32Array(items);
  if (items === 0) return labels;
  const score = new Float64Array(items * L);
  const back = new Int32Array(items * L);
  for (let j = 0; j < L; j++) score[j] = state[j];
  for (let t = 1; t < items; t++) {
    const prev = (t - 1) * L;
    const cur = t * L;
    for (let j = 0; j < L; j++) {
      let max = -Number.MAX_VALUE;
      let argmax = -1;
      for (let i = 0; i < L; i++) {
        const s = score[prev + i] + transitions[i * L + j];
        if (max < s) {
          max = s;
          argmax = i;
        }
      }
      if (argmax >= 0) back[cur + j] = argmax;
      score[cur + j] = max + state[cur + j];
    }
  }
  let max = -Number.MAX_VALUE;
  const last = (items - 1) * L;
  for (let i = 0; i < L; i++) {
    if (max < score[last + i]) {
      max = score[last + i];
      labels[items - 1] = i;
    }
  }
  for (let t = items - 2; t >= 0; t--) labels[t] = back[(t + 1) * L + labels[t + 1]];
  return labels;
}
