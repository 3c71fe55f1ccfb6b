/**
 * Features of vntk's POS, chunking and NER models (lib/pos_tag, lib/chunking, lib/ner),
 * one item per word, built in linear time. These taggers pass vntk's `key=value` strings
 * through unchanged (no '=' truncation, no masking). A window [a,b] is the column's values
 * a..b joined by a space; BOS when it starts before the text, EOS when its start or end is
 * past it. Columns: 0 word, 1 POS tag, 2 chunk tag, 3 the label being predicted ('X').
 */
import { isTitle } from '../title-case';
import type { ItemSink } from './item-writer';
import { pyBool } from './values';

/** The sink's BOS/EOS values, and a column's values converted to the sink's form once. */
interface Edges<V> {
  BOS: V;
  EOS: V;
}

/** Value of a column at offset k from i, or BOS/EOS. */
function at<V>(values: readonly V[], i: number, k: number, e: Edges<V>): V {
  const j = i + k;
  return j < 0 ? e.BOS : j >= values.length ? e.EOS : values[j];
}

/** Value of the two-token window starting at offset k from i (pairs[j] = values j, j+1). */
function pairAt<V>(pairs: readonly V[], i: number, k: number, e: Edges<V>): V {
  const j = i + k;
  return j < 0 ? e.BOS : j >= pairs.length ? e.EOS : pairs[j];
}

/** values[j] + ' ' + values[j+1] for every j (length n-1). */
function pairs(values: readonly string[]): string[] {
  const out = new Array<string>(Math.max(0, values.length - 1));
  for (let j = 0; j + 1 < values.length; j++) out[j] = values[j] + ' ' + values[j + 1];
  return out;
}

/** Word-derived columns, computed once per text and shared by the three models. */
export interface WordColumns {
  words: readonly string[];
  lower: string[];
  title: string[];
  wordPairs: string[];
}

/** Lower-cased words, istitle values and word bigrams of a text's words. */
export function wordColumns(words: readonly string[]): WordColumns {
  const lower = new Array<string>(words.length);
  const title = new Array<string>(words.length);
  for (let j = 0; j < words.length; j++) {
    lower[j] = words[j].toLowerCase();
    title[j] = pyBool(isTitle(words[j]));
  }
  return { words, lower, title, wordPairs: pairs(words) };
}

const LEXICAL = [
  'T[-2].lower', 'T[-1].lower', 'T[0].lower', 'T[1].lower', 'T[2].lower',
  // (istitle slots, which differ per model, come here)
  'T[-2]', 'T[-1]', 'T[0]', 'T[1]', 'T[2]',
  'T[-2,-1]', 'T[-1,0]', 'T[0,1]', 'T[1,2]',
];
const POS_COLUMN = [
  'T[-2][1]', 'T[-1][1]', 'T[0][1]', 'T[1][1]', 'T[2][1]',
  'T[-2,-1][1]', 'T[-1,0][1]', 'T[0,1][1]', 'T[1,2][1]',
];
const placeholders = (column: number): string[] => [`T[-3][${column}]`, `T[-2][${column}]`, `T[-1][${column}]`];
const POS_TITLE_OFFSETS = [0, -1, 1];
const NER_TITLE_OFFSETS = [0, -1, 1, -2, 2];
const titleSlots = (offsets: readonly number[]): string[] => offsets.map((k) => `T[${k}].istitle`);
const lexical = (offsets: readonly number[]): string[] => [...LEXICAL.slice(0, 5), ...titleSlots(offsets), ...LEXICAL.slice(5)];

/** vntk's templates for the three models, in their order. */
export const POS_TEMPLATE = [...lexical(POS_TITLE_OFFSETS), ...placeholders(1), 'T[-3,-2][1]', 'T[-2,-1][1]'];
export const CHUNK_TEMPLATE = [...lexical(POS_TITLE_OFFSETS), ...POS_COLUMN, ...placeholders(2)];
export const NER_TEMPLATE = [...lexical(NER_TITLE_OFFSETS), ...POS_COLUMN, ...placeholders(3)];

/** The word columns in a sink's form (per model: the same text maps to a different row per template). */
interface LexicalValues<V> extends Edges<V> {
  lower: V[];
  title: V[];
  words: V[];
  wordPairs: V[];
}

function lexicalValues<V>(c: WordColumns, out: ItemSink<V>): LexicalValues<V> {
  const convert = (values: readonly string[]): V[] => values.map((s) => out.value(s));
  return {
    BOS: out.value('BOS'),
    EOS: out.value('EOS'),
    lower: convert(c.lower),
    title: convert(c.title),
    words: convert(c.words),
    wordPairs: convert(c.wordPairs),
  };
}

/** Values of the lexical slots: lower, istitle (at `titleOffsets`), words, word bigrams. */
function addLexical<V>(out: ItemSink<V>, l: LexicalValues<V>, i: number, titleOffsets: readonly number[]): void {
  for (let k = -2; k <= 2; k++) out.add(at(l.lower, i, k, l));
  for (const k of titleOffsets) out.add(at(l.title, i, k, l));
  for (let k = -2; k <= 2; k++) out.add(at(l.words, i, k, l));
  for (let k = -2; k <= 1; k++) out.add(pairAt(l.wordPairs, i, k, l));
}

/** Values of the POS-column slots: T[-2..2][1] and the four bigram windows. */
function addPos<V>(out: ItemSink<V>, pos: readonly V[], posPairs: readonly V[], i: number, e: Edges<V>): void {
  for (let k = -2; k <= 2; k++) out.add(at(pos, i, k, e));
  for (let k = -2; k <= 1; k++) out.add(pairAt(posPairs, i, k, e));
}

/** Values of T[-3..-1][label column]: vntk's placeholder label 'X'. */
function addPlaceholders<V>(out: ItemSink<V>, i: number, e: Edges<V>, X: V): void {
  out.add(i < 3 ? e.BOS : X);
  out.add(i < 2 ? e.BOS : X);
  out.add(i < 1 ? e.BOS : X);
}

/** Writes vntk's POS-model items for a text's words into `out`, in POS_TEMPLATE order. */
export function writePosItems<V>(c: WordColumns, out: ItemSink<V>): void {
  const l = lexicalValues(c, out);
  const X = out.value('X');
  const XX = out.value('X X');
  for (let i = 0; i < c.words.length; i++) {
    addLexical(out, l, i, POS_TITLE_OFFSETS);
    addPlaceholders(out, i, l, X);
    out.add(i < 3 ? l.BOS : XX);
    out.add(i < 2 ? l.BOS : XX);
    out.finish();
  }
}

/** Writes vntk's chunking-model items for a text's words and POS tags into `out`, in CHUNK_TEMPLATE order. */
export function writeChunkItems<V>(c: WordColumns, pos: readonly string[], out: ItemSink<V>): void {
  writeTaggedItems(c, pos, out, POS_TITLE_OFFSETS);
}

/** Writes vntk's NER-model items for a text's words and POS tags into `out` (chunk tags are unused), in NER_TEMPLATE order. */
export function writeNerItems<V>(c: WordColumns, pos: readonly string[], out: ItemSink<V>): void {
  writeTaggedItems(c, pos, out, NER_TITLE_OFFSETS);
}

/** Items of the models that read the POS column (chunking, NER): they differ only in their istitle slots. */
function writeTaggedItems<V>(c: WordColumns, pos: readonly string[], out: ItemSink<V>, titleOffsets: readonly number[]): void {
  const l = lexicalValues(c, out);
  const X = out.value('X');
  const posValues = pos.map((s) => out.value(s));
  const posPairs = pairs(pos).map((s) => out.value(s));
  for (let i = 0; i < c.words.length; i++) {
    addLexical(out, l, i, titleOffsets);
    addPos(out, posValues, posPairs, i, l);
    addPlaceholders(out, i, l, X);
    out.finish();
  }
}
