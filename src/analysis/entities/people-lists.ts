/**
 * Lists of capitalised names: what kind of list a run opens or goes on with (people, streets,
 * districts, characters), so that its next items are read alike.
 */
import { isForeignNonNameWord } from './foreign-non-name-words';
import {
  endsWithNonPersonCue,
  isCharacterCue,
  NON_PERSON_CONTEXT_LIST,
  PLACE_CUE_WORDS,
  previousWords,
  STREET_HEAD_LIST,
} from './people-cue-words';
import { endsWithAny, type WordToken } from './text-units';

/**
 * What the item before a run in a list makes of it ({@link isListGap}): 'given' after a person
 * a cue introduces or named without a family name ("trung vệ Văn Khánh, Đình Khương"), 'named'
 * after an uncued full name (a person, or a district that looks like one: its given-only items
 * need the tagger's word), 'street' after a street or landmark, 'fiction' after a film or stage
 * character ("vai mẹ Hoàng Lịch - Lý Kim Quế"), 'institution' after a school, firm or ethnic group
 * ("Đại học Sư phạm, Sài Gòn, Nguyễn Tất Thành": named after people, all of them), 'other' after
 * another non-person (a district, a group, a club).
 */
export type ListKind = 'given' | 'named' | 'street' | 'fiction' | 'institution' | 'other';

/** What a run's context tells {@link personInRun}: its list's kind and the text's brand words. */
export interface RunContext {
  list: ListKind | null;
  productWords: ReadonlySet<string>;
}

// A clause about streets ending in a colon, before the list of them: "nhiều tuyến đường ngập nặng: Nguyễn Xí, …".
const STREETS_BEFORE_COLON = /(?:tuyến đường|tuyến phố|các đường|các phố|con đường|các ngả đường|các tuyến)[^.!?\n:]{0,60}:\s*$/iu;

/** True when the run at `start` opens a list after a colon that closes a clause about streets. */
export function opensStreetListAfterColon(text: string, start: number): boolean {
  return STREETS_BEFORE_COLON.test(text.slice(Math.max(0, start - 120), start));
}

/** 'street' or 'other' when the run opens a list of non-people ("Đường Láng", "huyện Ea Súp", "Nhóm Maute"), else null. */
export function nonPersonListKind(text: string, tokens: WordToken[], run: number[]): ListKind | null {
  const syl = run.map((i) => tokens[i].text);
  // The run's first two words, lower-case ones included: "Đại học" opens the one-word run "Đại".
  const clause = text.slice(tokens[run[0]].start, tokens[run[0]].start + 40).split(/[,;:!?()]|\.\s/u)[0];
  const lead = clause.trim().split(/\s+/u).slice(0, 2).map((w) => w.toLowerCase());
  // "5 thành phố là El Jadida, Settat, …": the word that introduces the items is not the head.
  const before = previousWords(text, tokens[run[0]].start, 4).replace(ITEMS_INTRO, '');
  const heads = [before, `${before} ${lead[0]}`, `${before} ${lead.join(' ')}`];
  if (isCharacterCue(before)) return 'fiction';
  if (opensStreetListAfterColon(text, tokens[run[0]].start)) return 'street';
  // Before streets: "các trường gồm Đại học …" heads a list of universities.
  if (heads.some((h) => endsWithNonPersonCue(h, INSTITUTION_HEADS))) return 'institution';
  // "thành phố" (city) ends in "phố" (street) but heads a list of cities.
  if (heads.some((h) => endsWithNonPersonCue(h, STREET_HEAD_LIST) && !endsWithAny(h, ['thành phố']))) return 'street';
  if (heads.some((h) => endsWithNonPersonCue(h, NON_PERSON_CONTEXT_LIST) || endsWithNonPersonCue(h, PLACE_CUE_WORDS))) return 'other';
  return syl.some(isForeignNonNameWord) ? 'other' : null;
}

// Heads of lists whose items are named after people though none is one, full names included:
// universities, colleges, ethnic groups ("các dân tộc Mường, Khơ Mú, Thái Ê Đê"). Not firms: "Giám
// đốc công ty A, Nguyễn Văn B, cho biết" names its director next; schools ("trường") head streets' lists.
const INSTITUTION_HEADS = ['đại học', 'học viện', 'cao đẳng', 'dân tộc'];

// Words between a list's head and its first item: "các thành phố như", "5 thành phố là".
const ITEMS_INTRO = / (?:là|như|gồm|gồm có|bao gồm)$/u;

// A number or plural marker before a place or group word: "3 xã", "các tỉnh", "5 thành phố là".
const COUNTED_HEAD = /(?:^|\s)(?:\d+|các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (\p{Ll}[\p{Ll}\p{M}]*(?: \p{Ll}[\p{Ll}\p{M}]*)?)(?: (?:là|như|gồm))?$/u;

/** True when a counted or plural place or group word introduces the run ("3 xã Kim Hải"): a list of several such items. */
export function opensCountedList(text: string, runStart: number): boolean {
  const head = COUNTED_HEAD.exec(previousWords(text, runStart, 5))?.[1];
  return head !== undefined && (endsWithNonPersonCue(head, NON_PERSON_CONTEXT_LIST) || endsWithNonPersonCue(head, PLACE_CUE_WORDS));
}

// The rest of an institution's name after a capitalised run: capitalised words, each after at most two
// lower-case ones or a dash ("Đại học Sư phạm TP.HCM", "Ngoại ngữ - Tin học"), then at most two lower-case words.
const REST_OF_ITEM = /^(?:(?:\s+\p{Ll}[\p{L}\p{M}]*){0,2}(?:\s+[-–])?\s+\p{Lu}[\p{L}\p{M}.&-]*)*(?:\s+\p{Ll}[\p{L}\p{M}]*){0,2}/u;

/** Where the list item of an institution whose name runs past `runEnd` ends: before its comma, "và" or full stop (else `runEnd`). */
export function institutionNameEnd(text: string, runEnd: number): number {
  const rest = REST_OF_ITEM.exec(text.slice(runEnd, runEnd + 80))?.[0] ?? '';
  const after = text.slice(runEnd + rest.length, runEnd + rest.length + 5);
  return /^(?:[,;]|\svà\s|[.!?](?:\s|$)|$)/u.test(after) ? runEnd + rest.length : runEnd;
}

// A word of a team's name in a fixture list: capitalised, digits, inner dots and hyphens ("Red Star", "Al-Sadd").
const FIXTURE_WORD = String.raw`[\p{Lu}\d][\p{L}\p{M}\d.'’-]*`;
// "Team - Team" pairs, maybe run together when the line breaks were lost ("Ajaccio - Valenciennes
// Amiens SC - Ajaccio Auxerre - Brest"). A lower-case word ends them ("ông A - Chủ tịch UBND").
const FIXTURE_PAIRS = new RegExp(String.raw`${FIXTURE_WORD}(?: ${FIXTURE_WORD})*(?: [-–] ${FIXTURE_WORD}(?: ${FIXTURE_WORD})*)+`, 'gu');
// A football results or fixtures heading right before them: "Kết quả bóng đá giải hạng Nhất Anh:".
// Football only: dashes also join players in line-ups and tennis pairings, who are people.
const FOOTBALL_FIXTURES_HEADING = /(?:kết quả|lịch thi đấu|lịch trực tiếp) bóng đá[^:.!?\n]{0,60}:\s*$/iu;

/** True when the name at [start, end) lies in the "Team - Team" pairs after a football results or fixtures heading. */
export function isInFixtureChain(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 400);
  for (const m of text.slice(from, end + 200).matchAll(FIXTURE_PAIRS)) {
    const s = from + (m.index ?? 0);
    if (s <= start && s + m[0].length >= end && FOOTBALL_FIXTURES_HEADING.test(text.slice(Math.max(0, s - 100), s))) return true;
  }
  return false;
}
