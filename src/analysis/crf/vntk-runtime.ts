/**
 * Access to the pieces of vntk's runtime we reuse as-is: its CRF model files, its
 * dictionary file, its `title-case` dependency and the `crfsuite` native tagger. They are
 * resolved from vntk's own install so that we always run the exact versions vntk runs.
 * Tagging itself runs in JavaScript over the same model files (./viterbi.ts); the native
 * tagger remains for the texts whose attribute strings it would alter (see `canTagInScript`).
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { readCrfModel, type CrfModel } from './crf-model';
import { attributeStrings, type WriteItems } from './features/item-writer';
import { StateScorer } from './viterbi';

/** A crfsuite tagger as the native binding exposes it: it returns one label per item. */
export interface CrfTagger {
  open(modelFile: string): boolean;
  tag(items: string[][]): string[];
}

type CrfTaggerConstructor = new () => CrfTagger;

const vntkRequire = createRequire(require.resolve('vntk'));
const vntkLibDir = path.join(path.dirname(require.resolve('vntk')), 'lib');

/** The four CRF models vntk ships. */
export type VntkModel = 'word_tokenizer' | 'pos_tag' | 'chunking' | 'ner';

/** Path of one of vntk's model files. */
export function vntkModelPath(model: VntkModel): string {
  return path.join(vntkLibDir, model, 'model.bin');
}

/** Path of the word list vntk's `is_in_dict` feature reads (@vntk/dictionary's Viet74K). */
export function vntkDictionaryPath(): string {
  return path.join(path.dirname(vntkRequire.resolve('@vntk/dictionary')), 'data', 'Viet74K.txt');
}

/** The `title-case` function vntk's `istitle` feature calls. */
export function loadTitleCase(): (value: string) => string {
  return vntkRequire('title-case') as (value: string) => string;
}

/** no-case's non-word character class (title-case removes these, and splits words on them). */
export function loadNoCaseNonWordRegExp(): RegExp {
  const noCaseRequire = createRequire(vntkRequire.resolve('title-case'));
  return noCaseRequire('no-case/vendor/non-word-regexp') as RegExp;
}

const openTaggers = new Map<VntkModel, CrfTagger>();

/** The tagger for `model`, opened on first use and kept for the life of the process. */
export function crfTagger(model: VntkModel): CrfTagger {
  let tagger = openTaggers.get(model);
  if (!tagger) {
    const { Tagger } = vntkRequire('crfsuite') as { Tagger: CrfTaggerConstructor };
    tagger = new Tagger();
    const file = vntkModelPath(model);
    if (!tagger.open(file)) throw new Error(`analysis: cannot open CRF model ${file}`);
    openTaggers.set(model, tagger);
  }
  return tagger;
}

const models = new Map<VntkModel, CrfModel>();

/** The model file of `model`, read on first use and kept for the life of the process. */
export function crfModel(model: VntkModel): CrfModel {
  let read = models.get(model);
  if (!read) {
    read = readCrfModel(vntkModelPath(model));
    models.set(model, read);
  }
  return read;
}

/**
 * Whether the script tagger gives the native tagger's labels for `text`: the binding truncates
 * attribute names at a NUL and encodes lone surrogates (our tokenizer splits emoji into them,
 * as vntk's does) as U+FFFD, so such texts go through the native tagger.
 */
export function canTagInScript(text: string): boolean {
  return !/[\0\uD800-\uDFFF]/.test(text);
}

/**
 * Labels of the `items` items `write` produces with `template`, tagged by `model`: in script
 * when `inScript` (see canTagInScript), else by the native tagger on vntk's attribute strings.
 */
export function tagItems(
  model: VntkModel,
  template: readonly string[],
  items: number,
  inScript: boolean,
  write: WriteItems,
): string[] {
  if (items === 0) return [];
  if (inScript) {
    const scorer = new StateScorer(crfModel(model), template, items);
    write(scorer);
    return scorer.labels();
  }
  return crfTagger(model).tag(attributeStrings(template, write));
}
