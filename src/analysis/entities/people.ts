/**
 * People named in an article: full names found by the family-name rule on capitalised runs
 * (with NER and context for foreign and given-only names), their roles, their mention counts.
 * This module runs the scan over the runs and the article-level filters; the rules live beside it
 * (people-candidates, people-without-family-name, people-lists, people-article-filters, …).
 */
import type { PersonEntity } from '../../types';
import type { NerToken } from '../nlp';
import { splitGluedFunctionWords, splitGluedNames, wordsNextToModelCodes } from './foreign-names';
import { isCommaGap, isDashGap, isInsideBrackets, isListGap, listGoesOn } from './name-lists';
import {
  isAfterNonPersonCue, isColourName, isCommonNounPhrase, isEverColourOfProduct, isHolidayName, isLatinBinomial,
  isNewspaperTitle, isRegionName, opensWithContinent, opensWithSpanishArticle, withoutTrailingSport,
} from './non-person-names';
import { isAfterCompassDirection } from './people-cue-words';
import { withoutNonPersonNames } from './people-article-filters';
import { isCharacterBeforeActor } from './people-credits';
import { personInRun } from './people-candidates';
import { institutionNameEnd, isInFixtureChain, nonPersonListKind, opensCountedList, type ListKind } from './people-lists';
import { mergeMentions, type Mention } from './people-mentions';
import { capitalisedRuns, splitGluedTitles, withNameAbbreviations } from './people-runs';
import { isVietnameseSyllable } from './syllables';
import { alignNer, wordTokens, type AlignedNerToken } from './text-units';

export { mergeRoles } from './people-mentions';

/** Options of {@link extractPeople}. */
export interface PeopleOptions {
  /** Names not to report as people (the article's author, taken from the byline). */
  exclude?: readonly string[];
}

/** The mention without a combat sport glued to the name's end ("Đoàn Bảo Châu Karate"). */
function trimTrailingSport(m: Mention): Mention {
  const name = withoutTrailingSport(m.name);
  return name === m.name ? m : { ...m, name, end: m.start + name.length };
}

/**
 * True when the mention's own words or the words around it make it no person: a region, a newspaper,
 * a common noun phrase, a club's Spanish nickname, a continent glued to a name, a colour's trade name,
 * a species' Latin name, a holiday, or (uncued) a name after a ship-class, award or product word.
 */
function isNonPersonByItsWords(text: string, m: Mention): boolean {
  const before = (n: number): string => text.slice(Math.max(0, m.start - n), m.start);
  return isRegionName(m.name) || isNewspaperTitle(m.name, before(8)) || isCommonNounPhrase(m.name, text.slice(m.end, m.end + 20))
    || (!m.cued && isAfterNonPersonCue(before(30))) || opensWithSpanishArticle(m.name) || opensWithContinent(m.name, before(6))
    || isColourName(m.name, before(40)) || isEverColourOfProduct(text, m.name) || isLatinBinomial(m.name) || isHolidayName(m.name);
}

/** The rules' people, and what they read that the re-scorer (./people-rescorer.ts) reads too. */
export interface PeopleScan {
  people: PersonEntity[];
  /** The words of every capitalised run scanned. */
  runs: string[][];
  /** The NER rows aligned on the text. */
  aligned: AlignedNerToken[];
}

/** People in `text` with roles and mention counts, in order of first mention. */
export function extractPeople(text: string, ner: NerToken[] = [], options: PeopleOptions = {}): PersonEntity[] {
  return scanPeople(text, ner, options).people;
}

/** {@link extractPeople}, with the runs and aligned NER rows it read. */
export function scanPeople(text: string, ner: NerToken[] = [], options: PeopleOptions = {}): PeopleScan {
  const tokens = withNameAbbreviations(text, splitGluedNames(text, splitGluedFunctionWords(splitGluedTitles(wordTokens(text)))));
  const aligned = alignNer(text, ner);
  const runs: string[][] = [];
  const productWords = wordsNextToModelCodes(text, tokens);
  const excluded = new Set((options.exclude ?? []).map((n) => n.toLowerCase()));
  const mentions: Mention[] = [];
  const shortRefs: { syllables: string; start: number }[] = [];
  // `counted`: a count or plural opened the list ("3 xã Kim Hải, Kim Đông, Kim Trung"): each item is one, no apposition.
  // `items`: how many items the list has had so far.
  let list: { kind: ListKind; end: number; counted: boolean; items: number } | null = null;
  for (const run of capitalisedRuns(text, tokens)) {
    runs.push(run.map((k) => tokens[k].text));
    const runStart = tokens[run[0]].start;
    const runEnd = tokens[run[run.length - 1]].end;
    // A bracketed note ("Nguyễn Trãi (Thanh Xuân), Trần Phú") neither joins nor breaks the list.
    const bracketed = isInsideBrackets(text, runStart);
    const gap: string = list === null ? '' : text.slice(list.end, runStart);
    // A run within a school's name, past its lower-case words ("Đại học Sư phạm TP.HCM", "Y khoa Phạm Ngọc Thạch").
    const withinItem: boolean = list !== null && runStart < list.end;
    let inList: ListKind | null = list !== null && (withinItem || (!bracketed && isListGap(gap))) ? list.kind : null;
    // After a club or a district a comma may open an apposition ("ở Bayern, Joshua Kimmich"), and
    // so may a dash before a foreign name ("HLV của Real - Zinedine Zidane"; not "Đại Kim - Hoàng
    // Mai"): only an item the list goes on after is taken for one of its items.
    const apposed = isCommaGap(gap) || (isDashGap(gap) && run.some((k) => !isVietnameseSyllable(tokens[k].text)));
    // Not after two or more schools or ethnic groups: "dân tộc Mường, Khơ Mú, Tà Ôi, Thái Ê Đê đang …".
    const longInstitutionList = inList === 'institution' && (list?.items ?? 0) >= 2;
    const itemEnd: number = inList === 'institution' ? institutionNameEnd(text, runEnd) : runEnd;
    if ((inList === 'other' || inList === 'institution') && apposed && !list?.counted && !longInstitutionList && !listGoesOn(text, itemEnd)) inList = null;
    const found = personInRun(text, tokens, run, aligned, { list: inList, productWords });
    if (!bracketed) {
      // A person opens (or goes on with) a list of people; a non-person keeps a non-person list going,
      // and so does an uncued name in it ("tuyến phố như Cầu Giấy, Đội Cấn, Tôn Thất Tùng, Khuất Duy Tiến").
      const nonPersonList: boolean = inList !== null && inList !== 'given' && inList !== 'named';
      let kind: ListKind | null | undefined;
      // An uncued full name inside a list of people keeps it one ("Hồng Duy – Lâm Ti Phông, Công Phượng").
      if (found && !('short' in found)) kind = nonPersonList && !found.cued ? inList : (inList === 'given' ? 'given' : found.listKind);
      else kind = inList === 'street' ? 'street' : (nonPersonListKind(text, tokens, run) ?? (nonPersonList ? inList : null));
      const counted: boolean = inList !== null && list !== null ? list.counted : opensCountedList(text, runStart);
      const items: number = inList !== null && list !== null ? list.items + (withinItem ? 0 : 1) : 1;
      const end = Math.max(runEnd, withinItem && list !== null ? list.end : 0, kind === 'institution' ? institutionNameEnd(text, runEnd) : 0);
      list = kind ? { kind, end, counted, items } : null;
    }
    if (found && 'short' in found) {
      shortRefs.push({ syllables: found.short, start: runStart });
      continue;
    }
    if (!found || excluded.has(found.name.toLowerCase())) continue;
    mentions.push(found);
  }
  // A name once introduced as a character with its actor in brackets is the character's throughout.
  const characters = new Set(mentions.filter((m) => isCharacterBeforeActor(text, m.start, m.end)).map((m) => m.name));
  const people = mentions.filter((m) => !characters.has(m.name) && !isNonPersonByItsWords(text, m)).map(trimTrailingSport);
  // After the article-level filters, which read every mention of a name (a route's stops among them):
  // a team in a fixture list, and an uncued name after a compass direction ("ở phía Bắc Rasm al-Sabiheh").
  const placed = withoutNonPersonNames(text, people).filter((m) => !isInFixtureChain(text, m.start, m.end)
    && !(!m.cued && isAfterCompassDirection(text, m.start, m.name)));
  return { people: mergeMentions(placed, shortRefs), runs, aligned };
}
