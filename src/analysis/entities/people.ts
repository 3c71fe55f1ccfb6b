/**
 * People named in an article: full names found by the family-name rule on capitalised runs
 * (with NER and context for foreign and given-only names), their roles, their mention counts.
 */
import type { PersonEntity } from '../../types';
import type { NerToken } from '../nlp';
import { AMBIGUOUS_PLACES, placeAt } from './gazetteer';
import { HONORIFICS, ROLE_HEADS, ROLE_STOP_WORDS } from './roles';
import { COMPOUND_SURNAMES, isSurname } from './surnames';
import {
  alignNer,
  isCapitalised,
  isSentenceInitial,
  nerLabelOf,
  squeeze,
  wordTokens,
  type AlignedNerToken,
  type WordToken,
} from './text-units';

/** Options of {@link extractPeople}. */
export interface PeopleOptions {
  /** Names not to report as people (the article's author, taken from the byline). */
  exclude?: readonly string[];
}

const MAX_NAME_SYLLABLES = 4;
const MAX_ROLE_WORDS = 14;

// Words right before a name that make it a place, street, school or ideology, not a person
// ("đường Lê Lợi", "tư tưởng Hồ Chí Minh", "Trường THPT Nguyễn Du").
const NON_PERSON_CONTEXT = new Set([
  'đường', 'phố', 'tp', 'tp.', 'thành phố', 'quận', 'huyện', 'xã', 'phường', 'thị trấn', 'thị xã',
  'trường', 'tư tưởng', 'phong cách', 'lăng', 'cầu', 'chợ', 'bến', 'cảng', 'khu', 'tượng đài',
  'bảo tàng', 'công viên', 'giải', 'cúp', 'tàu', 'phim', 'bộ phim', 'sách', 'cuốn', 'tác phẩm',
  'bài hát', 'ca khúc', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'đại lộ', 'quảng trường', 'thôn', 'ấp',
  'làng', 'xóm', 'núi', 'sông', 'hồ', 'đảo', 'vịnh', 'đèo', 'tỉnh', 'khách sạn', 'nhà hàng',
  'công ty', 'tập đoàn', 'hãng', 'thương hiệu', 'dự án', 'chung cư', 'tòa nhà', 'học viện',
  'đại học', 'bệnh viện', 'đạo đức', 'tấm gương', 'đền', 'chùa', 'đình', 'miếu', 'nhà thờ',
  'di tích', 'thpt', 'thcs', 'tiểu học', 'mầm non', 'tnCS', 'tncs', 'tntp', 'đội', 'đoàn',
  'huân chương', 'giải thưởng', 'quỹ', 'sân', 'sân vận động', 'nhà thi đấu', 'trung tâm',
  'ga', 'sân bay', 'kênh', 'rạch', 'mương', 'lộ', 'tuyến', 'quốc lộ', 'tỉnh lộ', 'nút giao',
]);

// Names that are also places or institutions: a person only with a role or honorific before.
const NEEDS_PERSON_CONTEXT = new Set(['Hồ Chí Minh', 'Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ', 'Quang Trung']);

// A few words that introduce the leader by an epithet ("Bác Hồ", "Người").
const PERSON_EPITHETS = new Set(['bác', 'người', 'chủ tịch', 'lãnh tụ', 'hồ chủ tịch']);

// Capitalised words that open institution names, never a given name ("Thủ tướng Chính phủ").
const INSTITUTION_WORDS = new Set([
  'Chính', 'Quốc', 'Nhà', 'Bộ', 'Sở', 'Ủy', 'Ban', 'Hội', 'Liên', 'Tổng', 'Cục', 'Viện', 'Trường',
  'Bệnh', 'Ngân', 'Tỉnh', 'Thành', 'Huyện', 'Xã', 'Phường', 'Đảng', 'Trung', 'Văn', 'Đại', 'Học',
  'Tòa', 'Quân', 'Cảnh', 'Công', 'Mặt', 'Đoàn', 'Hợp', 'Tập', 'Phòng', 'Chi', 'Cơ', 'Thường',
  'Báo', 'Đài', 'Câu', 'Hiệp', 'Ủy', 'Uỷ', 'Hội', 'Trạm', 'Đồn', 'Lữ', 'Sư', 'Tiểu', 'Đội',
  'Thủ', 'Phó', 'Chủ', 'Giám', 'Bí', 'Hải', 'Không', 'Biên', 'Vụ', 'Kho', 'Quỹ', 'Giải', 'Cúp',
]);

interface Mention {
  name: string;
  start: number;
  end: number;
  roles: string[];
}

/** People in `text` with roles and mention counts, in order of first mention. */
export function extractPeople(text: string, ner: NerToken[] = [], options: PeopleOptions = {}): PersonEntity[] {
  const tokens = wordTokens(text);
  const aligned = alignNer(text, ner);
  const excluded = new Set((options.exclude ?? []).map((n) => n.toLowerCase()));
  const mentions: Mention[] = [];
  const shortRefs: { syllables: string; start: number }[] = [];
  for (const run of capitalisedRuns(text, tokens)) {
    const found = personInRun(text, tokens, run, aligned);
    if (found === 'short') {
      shortRefs.push({ syllables: run.map((i) => tokens[i].text).join(' '), start: tokens[run[0]].start });
      continue;
    }
    if (!found || excluded.has(found.name.toLowerCase())) continue;
    mentions.push(found);
  }
  return mergeMentions(mentions, shortRefs);
}

/** Index lists of consecutive capitalised syllables separated only by spaces. */
function capitalisedRuns(text: string, tokens: WordToken[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isCapitalised(t.text)) {
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
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The person a capitalised run names, 'short' for an honorific + given name, or null. */
function personInRun(
  text: string,
  tokens: WordToken[],
  run: number[],
  ner: AlignedNerToken[],
): Mention | 'short' | null {
  const syl = run.map((i) => tokens[i].text);
  // Capitalised honorifics opening a sentence: "Ông Nguyễn Thiện Phú".
  let from = 0;
  while (from < syl.length - 1 && HONORIFICS.includes(syl[from].toLowerCase())) from++;
  const start = (k: number) => tokens[run[k]].start;
  const end = (k: number) => tokens[run[k]].end;

  for (let i = from; i < syl.length; i++) {
    const place = placeAt(syl, i);
    if (place && !(place.length === 1 && AMBIGUOUS_PLACES.has(place.canonical) && isSurname(syl[i]))) {
      if (!(place.length === 1 && AMBIGUOUS_PLACES.has(syl[i]) && i > from)) {
        i += place.length - 1;
        continue;
      }
    }
    const compound = COMPOUND_SURNAMES.includes(`${syl[i]} ${syl[i + 1] ?? ''}`);
    if (!isSurname(syl[i]) && !compound) continue;
    let last = syl.length - 1;
    // A place glued after the name ("Nguyễn Văn A Hà Nội") is not part of it.
    for (let k = i + 2; k <= last; k++) {
      const tail = placeAt(syl, k);
      if (tail && k + tail.length - 1 === last && tail.length > 1) {
        last = k - 1;
        break;
      }
    }
    const length = last - i + 1;
    if (length < 2 || length > MAX_NAME_SYLLABLES) continue;
    const name = syl.slice(i, last + 1).join(' ');
    const mention = checkedMention(text, name, start(i), end(last), ner);
    if (mention) return mention;
  }
  return contextualName(text, syl, from, start, end, ner);
}

/** A surname-led candidate kept unless its context makes it a place, street or ideology. */
function checkedMention(text: string, name: string, start: number, end: number, ner: AlignedNerToken[]): Mention | null {
  const before = roleBefore(text, start);
  const prevWords = previousWords(text, start, 2);
  const hasPersonCue = before !== null || endsWithAny(prevWords, HONORIFICS) || endsWithAny(prevWords, [...PERSON_EPITHETS]);
  if (NEEDS_PERSON_CONTEXT.has(name) && !hasPersonCue) return null;
  if (!hasPersonCue && endsWithAny(prevWords, [...NON_PERSON_CONTEXT])) return null;
  // The tagger calls the span a place or organisation and nothing says person: trust it.
  const label = nerLabelOf(ner, start, end);
  if (!hasPersonCue && (label === 'ORG')) return null;
  const roles: string[] = [];
  if (before) roles.push(before);
  const after = roleAfter(text, end);
  if (after) roles.push(after);
  return { name, start, end, roles };
}

/**
 * Names without a family name: foreign names and given-name-only references, taken when an
 * honorific or role introduces them, or (foreign names) when the tagger says person.
 */
function contextualName(
  text: string,
  syl: string[],
  from: number,
  start: (k: number) => number,
  end: (k: number) => number,
  ner: AlignedNerToken[],
): Mention | 'short' | null {
  let i = from;
  // "Tổng thống Mỹ Donald Trump": the country belongs to the role.
  const lead = placeAt(syl, i);
  if (lead && lead.length < syl.length - i) i += lead.length;
  const n = syl.length - i;
  if (n < 1 || n > MAX_NAME_SYLLABLES) return null;
  const name = syl.slice(i).join(' ');
  if (placeAt(syl, i)?.length === n || INSTITUTION_WORDS.has(syl[i])) return null;
  const s = start(i);
  const e = end(syl.length - 1);
  const role = roleBefore(text, start(from));
  const prevWords = previousWords(text, start(from), 2);
  const honorific = from > 0 || endsWithAny(prevWords, HONORIFICS);
  const foreign = syl.slice(i).some((w) => !isVietnameseSyllable(w));
  if (n === 1) {
    if ((honorific || role) && !isSentenceInitial(text, s)) return 'short';
    return null;
  }
  if (honorific || role) return mention(name, s, e, role, text);
  if (foreign && nerLabelOf(ner, s, e) === 'PER' && !isSentenceInitial(text, s)) return mention(name, s, e, null, text);
  return null;
}

function mention(name: string, start: number, end: number, before: string | null, text: string): Mention {
  const roles: string[] = [];
  if (before) roles.push(before);
  const after = roleAfter(text, end);
  if (after) roles.push(after);
  return { name, start, end, roles };
}

const ROLE_HEAD = new RegExp(`(?<![\\p{L}])(?:nguyên\\s+)?(?:${ROLE_HEADS.join('|')})(?![\\p{L}])`, 'iu');
const ROLE_STOP = new RegExp(`(?<![\\p{L}])(?:${ROLE_STOP_WORDS.join('|')})(?![\\p{L}])`, 'u');
const TRAILING_HONORIFIC = new RegExp(`(?:\\s+(?:${HONORIFICS.map((h) => h.replace('.', '\\.')).join('|')}))+$`, 'iu');

/** The role phrase between the clause start and a name ("Phó Chủ tịch UBND tỉnh An Giang"), or null. */
function roleBefore(text: string, nameStart: number): string | null {
  const from = Math.max(0, nameStart - 160);
  const slice = text.slice(from, nameStart);
  const cut = Math.max(...[',', ';', ':', '.', '(', ')', '“', '”', '"', '\n', '!', '?'].map((c) => slice.lastIndexOf(c)));
  const clause = slice.slice(cut + 1);
  const head = ROLE_HEAD.exec(clause);
  if (!head) return null;
  let role = squeeze(clause.slice(head.index)).replace(TRAILING_HONORIFIC, '');
  role = role.replace(/\s*[-–—]\s*$/u, '');
  if (!role || role.split(' ').length > MAX_ROLE_WORDS) return null;
  return role;
}

/** The role phrase after a name set off by a comma, dash or bracket ("…, Chủ tịch LĐLĐ tỉnh cho biết"), or null. */
function roleAfter(text: string, nameEnd: number): string | null {
  const rest = text.slice(nameEnd, nameEnd + 200);
  const lead = /^\s*(?:,|\(|\s[-–—])\s*/u.exec(rest);
  if (!lead) return null;
  const clauseEnd = rest.slice(lead[0].length).search(/[,.;:()“”"!?\n]|\s[-–—]\s/u);
  let clause = rest.slice(lead[0].length, clauseEnd < 0 ? undefined : lead[0].length + clauseEnd);
  const head = ROLE_HEAD.exec(clause);
  if (!head || head.index !== 0) return null;
  const stop = ROLE_STOP.exec(clause.slice(head[0].length));
  if (stop) clause = clause.slice(0, head[0].length + stop.index);
  const role = squeeze(clause);
  if (!role || role.split(' ').length > MAX_ROLE_WORDS) return null;
  return role;
}

/** The last `n` words before `index`, lower-cased, joined by spaces (no crossing of punctuation). */
function previousWords(text: string, index: number, n: number): string {
  const slice = text.slice(Math.max(0, index - 40), index);
  const clause = slice.split(/[,.;:!?()“”"\n]/u).pop() ?? '';
  return clause.trim().split(/\s+/).slice(-n).join(' ').toLowerCase();
}

/** True when `words` ends with one of `phrases` as whole words. */
function endsWithAny(words: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => words === p || words.endsWith(` ${p}`));
}

// Onset, vowel nucleus and coda of a Vietnamese syllable, diacritics folded.
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/** True for a word that could be a Vietnamese syllable ("Phước"), false for "Trump", "Putin". */
export function isVietnameseSyllable(word: string): boolean {
  const folded = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return VIETNAMESE_SYLLABLE.test(folded);
}

/** One entity per name: mentions counted, roles merged (a less specific prefix dropped). */
function mergeMentions(mentions: Mention[], shortRefs: { syllables: string; start: number }[]): PersonEntity[] {
  const byName = new Map<string, PersonEntity>();
  for (const m of mentions) {
    const person = byName.get(m.name) ?? { name: m.name, roles: [], mentions: 0 };
    person.mentions++;
    person.roles.push(...m.roles);
    byName.set(m.name, person);
  }
  // "ông Phước" counts for "Lê Văn Phước" when exactly one known name ends that way.
  for (const ref of shortRefs) {
    const matches = [...byName.values()].filter((p) => p.name.endsWith(` ${ref.syllables}`));
    if (matches.length === 1) matches[0].mentions++;
  }
  for (const person of byName.values()) person.roles = mergeRoles(person.roles);
  return [...byName.values()];
}

/** Deduped roles; a role that another extends ("… UBND tỉnh" vs "… UBND tỉnh An Giang") is dropped. */
export function mergeRoles(roles: string[]): string[] {
  const unique = [...new Map(roles.map((r) => [r.toLowerCase(), r])).values()];
  return unique.filter((r) => !unique.some((o) => o !== r && o.toLowerCase().startsWith(`${r.toLowerCase()} `)));
}
