/**
 * Access to the pieces of vntk's runtime we reuse as-is: its CRF model files, its
 * dictionary file, its `title-case` dependency and the `crfsuite` native tagger. They are
 * resolved from vntk's own install so that we always run the exact versions vntk runs.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { readModelVocabulary, type ModelVocabulary } from './model-attributes';

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

const vocabularies = new Map<VntkModel, ModelVocabulary>();

/** The attribute vocabulary of `model`, read on first use. */
export function modelVocabulary(model: VntkModel): ModelVocabulary {
  let vocabulary = vocabularies.get(model);
  if (!vocabulary) {
    vocabulary = readModelVocabulary(vntkModelPath(model));
    vocabularies.set(model, vocabulary);
  }
  return vocabulary;
}

/** Labels for a sequence; an empty sequence is not sent to the native tagger. */
export function tagSequence(model: VntkModel, items: string[][]): string[] {
  if (items.length === 0) return [];
  return crfTagger(model).tag(items);
}
