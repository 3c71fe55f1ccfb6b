/**
 * Features of a person candidate for the re-scorer's logistic model (./people-rescorer.ts): its
 * sources, what the rules made of it, the shape of its words, the words themselves, how often and
 * where it is mentioned, and the words and punctuation around its mentions. Sparse: feature name →
 * value (absent = 0). The names are the model's keys: changing one means retraining
 * (scripts/train-people-rescorer.ts).
 */
import { placeAt } from './gazetteer';
import { PLACE_CUE_WORDS, STREET_HEAD_LIST } from './people-cue-words';
import { personKey, type PersonCandidate, type RescorerInput } from './people-rescorer-candidates';
import { HONORIFIC_SET } from './roles';
import { isSurname } from './surnames';
import { isVietnameseSyllable } from './syllables';

export type FeatureMap = Map<string, number>;

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;
/** Words before a name that make it a place, a firm, a work or an event more often than a person. */
const PLACE_ORG_CUES: ReadonlySet<string> = new Set([
  ...PLACE_CUE_WORDS, ...STREET_HEAD_LIST, 'phố', 'đường', 'trường', 'cầu', 'công ty', 'huyện', 'xã', 'quận',
  'phường', 'thị xã', 'thị trấn', 'sông', 'núi', 'chùa', 'đền', 'làng', 'thôn', 'ấp', 'bản', 'bệnh viện', 'khách sạn', 'nhà hàng', 'đảo',
  'hồ', 'khu', 'tại', 'ở', 'về', 'đến', 'ra', 'vào', 'tổng công ty', 'ngân hàng', 'hội', 'đoàn', 'lữ đoàn', 'sư đoàn', 'phim', 'bộ phim',
  'ca khúc', 'bài hát', 'album', 'chương trình', 'sách', 'cuốn', 'tác phẩm', 'vở', 'dự án', 'chiến dịch', 'lễ hội', 'giải', 'cúp', 'đội tuyển',
  'câu lạc bộ', 'học viện', 'đại học', 'viện', 'sở', 'bộ', 'ủy ban', 'ubnd', 'hđnd', 'nhà máy', 'siêu thị', 'thương hiệu',
]);

interface Token {
  text: string;
  start: number;
  end: number;
}

/** What every candidate of an article reads: its words, where the title ends, the rules' output by key. */
interface ArticleIndex {
  tokens: Token[];
  tokenAt: Map<number, number>;
  tokenEndingAt: Map<number, number>;
  titleEnd: number;
  ruleKeys: string[];
  rulePeople: Map<string, RescorerInput['people'][number]>;
  organizationKeys: string[];
  placeKeys: string[];
}

function articleIndex(input: RescorerInput): ArticleIndex {
  const tokens: Token[] = [];
  for (const m of input.text.matchAll(WORD)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const newline = input.text.indexOf('\n');
  return {
    tokens,
    tokenAt: new Map(tokens.map((t, i) => [t.start, i])),
    tokenEndingAt: new Map(tokens.map((t, i) => [t.end, i])),
    titleEnd: newline < 0 ? input.text.length : newline,
    ruleKeys: input.people.map((p) => personKey(p.name)),
    rulePeople: new Map(input.people.map((p) => [personKey(p.name), p])),
    organizationKeys: input.organizations.map(personKey),
    placeKeys: input.places.map(personKey),
  };
}

/**
 * [start, end) of each occurrence of `needle` in `haystack` (`text` or a case-mapped copy of it) with no
 * letter, mark or digit of `text` right before or after it.
 */
export function wholeWordSpans(text: string, needle: string, haystack = text): [number, number][] {
  const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);
  const spans: [number, number][] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) spans.push([at, at + needle.length]);
  }
  return spans;
}

/** Whole-word occurrences of `name` (case-sensitive; if none, case-insensitive). */
function mentionsOf(text: string, name: string): { spans: [number, number][]; exact: boolean } {
  const spans = wholeWordSpans(text, name);
  if (spans.length) return { spans, exact: true };
  return { spans: wholeWordSpans(text, name.toLocaleLowerCase('vi'), text.toLocaleLowerCase('vi')), exact: false };
}

/** Whether the words of `inner` occur inside `outer` (a different key). */
function withinWords(inner: string, outer: string): boolean {
  return inner !== outer && ` ${outer} `.includes(` ${inner} `);
}

function nameFeatures(on: (name: string, value?: number) => void, ix: ArticleIndex, c: PersonCandidate): void {
  const sources = [...c.sources].sort();
  for (const s of sources) on(`src:${s}`);
  on(`srcset:${sources.join('+')}`);
  const rule = ix.rulePeople.get(c.key);
  if (rule) {
    on('rule_roles', rule.roles.length ? 1 : 0);
    on('rule_mentions_log', Math.log1p(rule.mentions ?? 0));
  }
  const words = c.name.split(' ');
  const n = words.length;
  on(`nsyl:${Math.min(n, 5)}`);
  if (isSurname(words[0])) on('surname_first');
  if (n >= 2 && isSurname(words[n - 1]) && !isSurname(words[0])) on('surname_last_only');
  const vietnamese = words.filter((w) => isVietnameseSyllable(w)).length;
  on(vietnamese === n ? 'shape:viet' : vietnamese === 0 ? 'shape:foreign' : 'shape:mixed');
  if (words.some((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w))) on('allcaps_word');
  if (/\d/.test(c.name)) on('has_digit');
  if (/[-.]/.test(c.name)) on('has_hyphen_dot');
  if (words.some((w) => !CAPITAL.test(w))) on('lower_word');
  const place = placeAt(words, 0);
  if (place && place.length === n) on('is_place_name');
  else if (place) on('opens_with_place');
  for (let i = 1; i < n; i++) {
    if (placeAt(words, i)) {
      on('has_place_inside');
      break;
    }
  }
  if (ix.organizationKeys.some((k) => k === c.key || withinWords(c.key, k))) on('in_org_output');
  if (ix.placeKeys.some((k) => k === c.key || withinWords(c.key, k))) on('in_place_output');
  if (!rule) {
    if (ix.ruleKeys.some((k) => withinWords(c.key, k))) on('inside_rule_name');
    if (ix.ruleKeys.some((k) => withinWords(k, c.key))) on('contains_rule_name');
    const last = personKey(words[n - 1]);
    if (ix.ruleKeys.some((k) => k.split(' ').pop() === last)) on('shares_last_with_rule');
  }
  // The words themselves: the model's memory of names and non-names.
  on(`W0:${personKey(words[0])}`);
  on(`WL:${personKey(words[n - 1])}`);
  for (let i = 1; i < n - 1; i++) on(`WM:${personKey(words[i])}`);
  if (n >= 2) on(`WB:${personKey(`${words[n - 2]} ${words[n - 1]}`)}`);
}

function mentionFeatures(on: (name: string, value?: number) => void, input: RescorerInput, ix: ArticleIndex, c: PersonCandidate): void {
  const { text } = input;
  const { spans, exact } = mentionsOf(text, c.name);
  const m = spans.length;
  on('mentions_log', Math.log1p(m));
  if (m === 0) on('mentions0');
  else if (m === 1) on('mentions1');
  else if (m >= 3) on('mentions3+');
  if (m && !exact) on('case_mismatch');
  if (spans.some(([s]) => s < ix.titleEnd)) on('in_title');
  if (m) on('first_pos', spans[0][0] / text.length);
  let sentenceInitial = 0;
  // Context features count once per candidate, however many mentions show them.
  const context = new Set<string>();
  for (const [s, e] of spans) {
    const i0 = ix.tokenAt.get(s);
    const i1 = ix.tokenEndingAt.get(e);
    const prev = i0 !== undefined && i0 > 0 ? ix.tokens[i0 - 1] : null;
    const prevGap = prev ? text.slice(prev.end, s) : '\n';
    const initial =
      !prev || /[.!?:\n…]/.test(prevGap) || (/["“]\s*$/.test(prevGap) && /[.!?:]/.test(text.slice(Math.max(0, prev.end - 1), prev.end + 1)));
    if (initial) sentenceInitial++;
    context.add(`sep_before:${/\S/.test(prevGap) ? prevGap.trim().slice(-1) : '_'}`);
    const next = i1 !== undefined ? ix.tokens[i1 + 1] : undefined;
    const nextGap = next ? text.slice(e, next.start) : '\n';
    context.add(`sep_after:${/\S/.test(nextGap) ? nextGap.trim()[0] : '_'}`);
    if (prev && !initial && i0 !== undefined) {
      const p1 = personKey(prev.text);
      context.add(`L1:${p1}`);
      const prev2 = ix.tokens[i0 - 2];
      if (prev2 && !/[.!?\n]/.test(text.slice(prev2.end, prev.start))) {
        const p2 = `${personKey(prev2.text)} ${p1}`;
        context.add(`L2:${p2}`);
        if (PLACE_ORG_CUES.has(p2)) context.add('place_org_cue');
        if (HONORIFIC_SET.has(p2)) context.add('honorific_before');
      }
      if (PLACE_ORG_CUES.has(p1)) context.add('place_org_cue');
      if (HONORIFIC_SET.has(p1)) context.add('honorific_before');
      if (CAPITAL.test(prev.text) && /^ +$/.test(prevGap)) context.add('cap_before');
      if (/^\s*,\s*$/.test(prevGap) && CAPITAL.test(prev.text)) context.add('comma_list_before');
    }
    if (next && !/[.!?\n]/.test(nextGap)) {
      context.add(`R1:${personKey(next.text)}`);
      if (CAPITAL.test(next.text) && /^ +$/.test(nextGap)) context.add('cap_after');
      if (/^\s*,\s*$/.test(nextGap) && CAPITAL.test(next.text)) context.add('comma_list_after');
      if (/^\s*[(]/.test(nextGap)) context.add('bracket_after');
    }
  }
  for (const k of context) on(k);
  if (m) {
    on('sent_init_frac', sentenceInitial / m);
    if (sentenceInitial === m) on('always_sent_init');
  }
}

/** The features of each candidate of an article, in the candidates' order. */
export function candidateFeatures(input: RescorerInput, candidates: readonly PersonCandidate[]): FeatureMap[] {
  const ix = articleIndex(input);
  return candidates.map((c) => {
    const features: FeatureMap = new Map();
    const on = (name: string, value = 1): void => void features.set(name, (features.get(name) ?? 0) + value);
    on('bias');
    nameFeatures(on, ix, c);
    mentionFeatures(on, input, ix, c);
    return features;
  });
}
