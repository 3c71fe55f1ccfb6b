/**
 * The eval's query sets, generated from the indexed articles with a fixed seed: known items
 * with accents stripped, accented words that have other accent variants, person names,
 * numbers written in another format, and abbreviation expansions.
 */
import { ABBREVIATIONS } from '../src/analysis/entities/abbreviations';
import { extractNumbers, fold, hasDiacritics, parseQuantityQuery } from '../src/text';
import { pick, seededRandom, shuffled, type Random } from './random';
import { foldedPhrase, wordsOf, type ArticleView } from './text-view';

export type SetName = 'known-item' | 'accented' | 'person' | 'number' | 'abbreviation';

export interface EvalQuery {
  set: SetName;
  q: string;
  /** known-item, number: the articles that count as found (the target and exact title duplicates). */
  targets?: string[];
  /** accented: the exact words a hit must contain. */
  words?: string[];
  /** person: the exact name a hit must contain. */
  name?: string;
  /** abbreviation: folded phrases (` ubnd tinh an giang `, ` uy ban nhan dan tinh an giang `) a hit may contain. */
  phrases?: string[];
}

const LETTERS_ONLY = /^\p{L}+$/u;

function titleGroups(views: readonly ArticleView[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const v of views) {
    const key = foldedPhrase(v.title);
    groups.set(key, [...(groups.get(key) ?? []), v.id]);
  }
  return groups;
}

/** Known items: a title's first words (up to 10), accents stripped. */
export function knownItemQueries(views: readonly ArticleView[], random: Random, count: number): EvalQuery[] {
  const groups = titleGroups(views);
  const out: EvalQuery[] = [];
  for (const v of shuffled(random, views)) {
    const words = v.title.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 3) continue;
    out.push({ set: 'known-item', q: fold(words.slice(0, 10).join(' ')), targets: groups.get(foldedPhrase(v.title)) ?? [v.id] });
    if (out.length >= count) break;
  }
  return out;
}

/** Word form → number of articles, grouped by folded form. */
function accentVariants(views: readonly ArticleView[]): Map<string, Map<string, number>> {
  const byFold = new Map<string, Map<string, number>>();
  for (const v of views) {
    for (const w of v.words) {
      if (!LETTERS_ONLY.test(w)) continue;
      const f = fold(w);
      const forms = byFold.get(f) ?? new Map<string, number>();
      forms.set(w, (forms.get(w) ?? 0) + 1);
      byFold.set(f, forms);
    }
  }
  return byFold;
}

/** Accented queries: one or two title words, at least one accented with another accent variant in at least 3 articles. */
export function accentedQueries(views: readonly ArticleView[], random: Random, count: number): EvalQuery[] {
  const variants = accentVariants(views);
  const hasRival = (w: string): boolean => {
    if (!hasDiacritics(w)) return false;
    const forms = variants.get(fold(w));
    return forms !== undefined && [...forms].some(([form, n]) => form !== w && n >= 3);
  };
  const out: EvalQuery[] = [];
  const seen = new Set<string>();
  for (const v of shuffled(random, views)) {
    const words = wordsOf(v.title).filter((w) => LETTERS_ONLY.test(w));
    if (words.length < 2) continue;
    const i = Math.floor(random() * (words.length - 1));
    const chosen = random() < 0.5 ? [words[i]] : [words[i], words[i + 1]];
    if (!chosen.some(hasRival)) continue;
    const q = chosen.join(' ');
    if (seen.has(q)) continue;
    seen.add(q);
    out.push({ set: 'accented', q, words: chosen });
    if (out.length >= count) break;
  }
  return out;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đào', 'Đinh', 'Trương', 'Lâm', 'Mai', 'Tô', 'Cao', 'Lương', 'Đoàn', 'Trịnh', 'Vương', 'Tạ', 'Thái', 'Chu', 'Lưu'];
const NAME = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SURNAMES.join('|')})(?: \\p{Lu}\\p{Ll}+){2,3}(?![\\p{L}\\p{N}])`, 'gu');
/** Capitalised sequences that start like a name but are places or institutions. */
const NOT_PEOPLE = new Set(['Hồ Chí Minh', 'Thành Phố Hồ', 'Lê Văn Lương', 'Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ', 'Phạm Văn Đồng', 'Võ Nguyên Giáp', 'Nguyễn Tất Thành', 'Lý Thường Kiệt']);

/** Person-name queries: three- and four-syllable names with a common surname, as written. */
export function personQueries(views: readonly ArticleView[], random: Random, count: number): EvalQuery[] {
  const names = new Map<string, number>();
  for (const v of views) {
    for (const m of new Set(v.text.match(NAME) ?? [])) if (!NOT_PEOPLE.has(m) && hasDiacritics(m)) names.set(m, (names.get(m) ?? 0) + 1);
  }
  const candidates = [...names.keys()].sort();
  return shuffled(random, candidates)
    .slice(0, count)
    .map((name) => ({ set: 'person', q: name, name }));
}

/** The ways a value is written that the article did not use: scaled or plain, with or without thousand dots. */
function otherFormats(mentionText: string, value: number): string[] {
  const parsed = parseQuantityQuery(mentionText);
  if (!parsed) return [];
  const forms = new Set<string>();
  for (const variant of [...parsed.textVariants, String(value)]) {
    forms.add(variant);
    forms.add(variant.replace(/\.(?=\d{3})/g, ''));
  }
  const written = foldedPhrase(mentionText);
  return [...forms].filter((f) => !written.includes(foldedPhrase(f)) && !/e/i.test(f));
}

/** Number queries: a value of the article in another format, plus two words of its title. */
export function numberQueries(views: readonly ArticleView[], random: Random, count: number): EvalQuery[] {
  const groups = titleGroups(views);
  const out: EvalQuery[] = [];
  for (const v of shuffled(random, views)) {
    const mentions = extractNumbers(v.text).filter((m) => m.value >= 1000 && m.to === undefined && !/^(19|20)\d\d$/.test(m.text.trim()));
    if (mentions.length === 0) continue;
    const mention = pick(random, mentions);
    const formats = otherFormats(mention.text, mention.value);
    if (formats.length === 0) continue;
    const titleWords = (v.title.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2);
    if (titleWords.length < 2) continue;
    const i = Math.floor(random() * (titleWords.length - 1));
    const unit = mention.unit && !/\d/.test(mention.unit) ? ` ${mention.unit}` : '';
    const q = `${pick(random, formats)}${unit} ${titleWords[i]} ${titleWords[i + 1]}`.toLowerCase();
    out.push({ set: 'number', q, targets: groups.get(foldedPhrase(v.title)) ?? [v.id] });
    if (out.length >= count) break;
  }
  return out;
}

/** Abbreviations safe to expand in the eval (not ambiguous short forms). */
const EVAL_ABBREVIATIONS = Object.entries(ABBREVIATIONS).filter(([abbr]) => abbr.length >= 3 && !['CĐCS'].includes(abbr));

/** Abbreviation queries: an abbreviation the article wrote before a proper name, typed as its expansion, with the name. */
export function abbreviationQueries(views: readonly ArticleView[], random: Random, count: number): EvalQuery[] {
  const out: EvalQuery[] = [];
  const seen = new Set<string>();
  for (const v of shuffled(random, views)) {
    const found: { abbr: string; expansion: string; next: string }[] = [];
    for (const [abbr, expansion] of EVAL_ABBREVIATIONS) {
      const escaped = abbr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // Followed by a proper name, optionally after an administrative word: "UBND tỉnh An Giang".
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped} ((?:(?:tỉnh|huyện|quận|xã|phường|thành phố) )?\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2})(?![\\p{L}\\p{N}])`, 'u').exec(v.text);
      if (m) found.push({ abbr, expansion, next: m[1] });
    }
    if (found.length === 0) continue;
    const { abbr, expansion, next } = pick(random, found);
    const q = `${expansion} ${next}`.toLowerCase();
    if (seen.has(q)) continue;
    seen.add(q);
    out.push({ set: 'abbreviation', q, phrases: [foldedPhrase(`${abbr} ${next}`), foldedPhrase(`${expansion} ${next}`)] });
    if (out.length >= count) break;
  }
  return out;
}

/** The seed `npm run eval` uses by default. */
export const DEFAULT_SEED = 20170527;

/** The five query sets over `views`, each from its own stream of `seed` (seed + 1 … seed + 5). */
export function querySets(views: readonly ArticleView[], seed: number, perSet: number): Record<SetName, EvalQuery[]> {
  return {
    'known-item': knownItemQueries(views, seededRandom(seed + 1), perSet),
    accented: accentedQueries(views, seededRandom(seed + 2), perSet),
    person: personQueries(views, seededRandom(seed + 3), perSet),
    number: numberQueries(views, seededRandom(seed + 4), perSet),
    abbreviation: abbreviationQueries(views, seededRandom(seed + 5), perSet),
  };
}
