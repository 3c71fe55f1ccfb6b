/** The candidate scan's input: word tokens with name abbreviations kept, and the runs of capitalised syllables. */
import { isGenerationalSuffix, isGenerationalSuffixWithStop, isNameParticle, isParticleWord } from './foreign-names';
import { placeAt } from './gazetteer';
import { isSurname } from './surnames';
import { isVietnameseSyllable } from './syllables';
import { isCapitalised, type WordToken } from './text-units';

// Capitalised words that open a sentence and are never part of a name: inside a run they mark
// where two sentences ran together ("Ca sĩ Uyên Linh Theo tường trình", "Mobileye Theo Reuters").
const RUN_BREAKERS = new Set([
  'Theo', 'Sau', 'Trong', 'Khi', 'Tại', 'Nhưng', 'Nếu', 'Để', 'Với', 'Các', 'Những', 'Ảnh', 'Xem', 'Đây', 'Đó', 'Họ',
  'Còn', 'Người', 'Trước', 'Nên', 'Một', 'Hay',
  // Openers of a time or place phrase, never a name's syllable: "cháu Nghĩa Khoảng 10h30, …", "bé Nghĩa Giữa cồn cát …".
  'Khoảng', 'Giữa',
  // "Cặp" (a pair, a couple) opens a sentence, never a name: "cháu Hồ Thị Hà Vy Cặp vợ chồng …".
  'Cặp',
]);

// Sentence openers that are never a given name: at the head of a run they are the start of a
// sentence whose stop went missing ("cho cháu Tại Điều 11", "Sau Nguyễn Văn An là …").
const NEVER_NAME_OPENERS = new Set(['Tại', 'Sau', 'Trong', 'Khi', 'Nhưng', 'Nếu', 'Để', 'Với', 'Những', 'Ảnh', 'Xem', 'Hay']);

// Abbreviations written with a stop inside a full name: "Jose Sta. Romana", "St. John".
const NAME_ABBREVIATIONS = new Set(['Sta', 'St']);

// Academic and honorary titles written before a name ("PGS.TS", "ThS", "NSƯT").
const TITLE_ABBREVIATIONS = new Set(['GS', 'PGS', 'TS', 'TSKH', 'ThS', 'Ths', 'BS', 'BSCKI', 'BSCKII', 'KS', 'LS', 'CN', 'NSƯT', 'NSND', 'NSUT', 'NS', 'NTK', 'TTƯT', 'NGƯT', 'NGND']);

/**
 * Splits a family name off the titles glued to it by stops without a space ("PGS.TS.Nguyễn" of
 * "PGS.TS.Nguyễn Thị Lâm" → "PGS.TS." + "Nguyễn"), and off a word glued before it by a hyphen
 * ("Giang-Nguyễn" of "tỉnh Hà Giang-Nguyễn Văn Sơn" → "Giang" + "Nguyễn"), so the run of the name
 * starts at the family name, not at the middle name after it; other tokens are returned unchanged.
 */
export function splitGluedTitles(tokens: WordToken[]): WordToken[] {
  let out: WordToken[] | null = null; // copied only when a token splits: most texts have none
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const hyphen = hyphenBeforeFullName(tokens, k);
    if (hyphen > 0) {
      out ??= tokens.slice(0, k);
      out.push({ text: t.text.slice(0, hyphen), start: t.start, end: t.start + hyphen }, { text: t.text.slice(hyphen + 1), start: t.start + hyphen + 1, end: t.end });
      continue;
    }
    const cut = t.text.lastIndexOf('.');
    if (cut <= 0) {
      out?.push(t);
      continue;
    }
    const family = t.text.slice(cut + 1);
    if (!isSurname(family) || !t.text.slice(0, cut).split('.').every((w) => TITLE_ABBREVIATIONS.has(w))) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    const at = t.start + cut + 1;
    out.push({ text: t.text.slice(0, cut + 1), start: t.start, end: at }, { text: family, start: at, end: t.end });
  }
  return out ?? tokens;
}

/**
 * Where the hyphen of token k cuts a capitalised Vietnamese syllable from a family name that two more
 * capitalised Vietnamese syllables follow, spaced ("Giang-Nguyễn Văn Sơn"), or -1. Not before a known
 * place ("Sài Gòn-Hà Nội"), nor inside a hyphenated name of two halves ("Jong-un").
 */
function hyphenBeforeFullName(tokens: WordToken[], k: number): number {
  const t = tokens[k];
  const hyphen = t.text.indexOf('-');
  if (hyphen <= 0 || hyphen !== t.text.lastIndexOf('-')) return -1;
  const left = t.text.slice(0, hyphen);
  const family = t.text.slice(hyphen + 1);
  if (!isSurname(family) || !isCapitalised(left) || !isVietnameseSyllable(left)) return -1;
  const rest = [tokens[k + 1], tokens[k + 2]];
  let end = t.end;
  for (const w of rest) {
    if (w === undefined || w.start !== end + 1 || !isCapitalised(w.text) || !isVietnameseSyllable(w.text)) return -1;
    end = w.end;
  }
  // Not in a route of hyphen-joined streets ("Hồ Xuân Hương-Ngũ Hành Sơn-Lê Văn Hiến"): no hyphen before it in its run.
  for (let j = k - 1; j >= 0 && tokens[j].end + 1 === tokens[j + 1].start; j--) if (tokens[j].text.includes('-')) return -1;
  return placeAt([family, ...rest.map((w) => w.text)], 0) === null ? hyphen : -1;
}

/**
 * Tokens with the stop kept on a name abbreviation followed by a capitalised word ("Sta." of "Jose
 * Sta. Romana"), and on a middle initial between two foreign words ("J." of "Anthony J. Santino").
 */
export function withNameAbbreviations(text: string, tokens: WordToken[]): WordToken[] {
  return tokens.map((t, k) => {
    if (isSuffixBeforeItsStop(text, tokens, k)) return { text: `${t.text}.`, start: t.start, end: t.end + 1 };
    const next = tokens[k + 1];
    if (!next || text.slice(t.end, next.start) !== '. ' || !isCapitalised(next.text)) return t;
    if (!NAME_ABBREVIATIONS.has(t.text) && !isMiddleInitial(text, tokens, k)) return t;
    return { text: `${t.text}.`, start: t.start, end: t.end + 1 };
  });
}

/** True for "Jr"/"Sr" with its stop right after a foreign capitalised word ("Donald Trump Jr."). */
function isSuffixBeforeItsStop(text: string, tokens: WordToken[], k: number): boolean {
  const prev = tokens[k - 1];
  return isGenerationalSuffix(tokens[k].text) && text[tokens[k].end] === '.' && prev !== undefined
    && text.slice(prev.end, tokens[k].start) === ' ' && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !isVietnameseSyllable(prev.text);
}

/** True for a one-letter token between two foreign capitalised words, the first right before it ("Anthony J. Santino"). */
function isMiddleInitial(text: string, tokens: WordToken[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // Not "A" or "I", which end league and class names and numerals ("Serie A. Bulut …").
  if (!/^[B-HJ-Z]$/.test(tokens[k].text) || !prev || text.slice(prev.end, tokens[k].start) !== ' ') return false;
  const foreign = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isVietnameseSyllable(w);
  return foreign(prev.text) && foreign(next.text);
}

/** Index lists of consecutive capitalised syllables separated only by spaces. */
export function capitalisedRuns(text: string, tokens: WordToken[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The breaker itself starts no run: "Theo Reuters" after a name is a credit, not a person.
    if (run.length > 0 && RUN_BREAKERS.has(t.text)) {
      runs.push(run);
      run = [];
      continue;
    }
    // The second of two particles follows the first ("van der Werf"), which is no Vietnamese syllable either.
    const lastInRun = run.length > 0 ? tokens[run[run.length - 1]].text : '';
    const particle = run.length > 0 && (!isVietnameseSyllable(lastInRun) || (isParticleWord(lastInRun) && !isCapitalised(lastInRun)))
      && isNameParticle(t.text, tokens[i + 1], text.slice(t.end, tokens[i + 1]?.start ?? t.end), tokens[i + 2], text.slice(tokens[i + 1]?.end ?? t.end, tokens[i + 2]?.start ?? t.end));
    if (!isCapitalised(t.text) && !particle && !t.text.endsWith('.')) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    const prev = run.length ? tokens[run[run.length - 1]] : null;
    if (prev && !/^ +$/.test(text.slice(prev.end, t.start))) {
      runs.push(run);
      run = [];
    }
    run.push(i);
    // The suffix ends the name; its stop may end the sentence too ("… Donald Trump Jr. Ông này …").
    if (isGenerationalSuffixWithStop(t.text)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs.map((r) => withoutSentenceOpener(text, tokens, r)).filter((r) => r.length > 0);
}

/**
 * The run without a sentence opener at its head: a never-name opener, or "Theo" ("according to")
 * before two names or before a comma ("Theo Andrew Shearer, …", "Theo SlashGear, …"; not "Theo Walcott ghi bàn").
 */
function withoutSentenceOpener(text: string, tokens: WordToken[], run: number[]): number[] {
  if (run.length < 2) return run;
  const head = tokens[run[0]].text;
  if (NEVER_NAME_OPENERS.has(head)) return run.slice(1);
  const credit = run.length >= 3 || text.slice(tokens[run[run.length - 1]].end).startsWith(',');
  return head === 'Theo' && credit ? run.slice(1) : run;
}
