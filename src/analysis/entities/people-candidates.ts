/** The person a capitalised run names: a family-name-led candidate checked against its context, else a name without one. */
import { isBrandWord, isParticleSurname } from './foreign-names';
import { isForeignNonNameWord } from './foreign-non-name-words';
import { AMBIGUOUS_PLACES, placeAt } from './gazetteer';
import { isClosingByline, isCreditOrHouseNumber, isFollowedByAddressItem, isFollowedByAge, isFollowedByDistrict, isFollowedByPlace, isGluedSignOff, isQuotedTitle } from './people-credits';
import {
  endsWithNonPersonCue,
  isCharacterCue,
  isDescriptorIs,
  opensListOfPeople,
  NEEDS_PERSON_CONTEXT,
  NON_PERSON_CONTEXT,
  NON_PERSON_CONTEXT_LIST,
  PERSON_EPITHET_LIST,
  previousWords,
} from './people-cue-words';
import { opensStreetListAfterColon, type ListKind, type RunContext } from './people-lists';
import type { Mention } from './people-mentions';
import { contextualName } from './people-without-family-name';
import {
  endsInCommonWord,
  endsInForeignGivenName,
  MAX_NAME_SYLLABLES,
  plausibleNameSyllables,
  withoutGluedTail,
} from './person-name-shape';
import { roleAfter, roleBefore } from './role-phrases';
import { HONORIFICS, ROLE_HEADS } from './roles';
import { COMPOUND_SURNAMES, isSurname, MIDDLE_NAME_SURNAMES } from './surnames';
import { hasVietnameseMarks, isVietnameseLikeSyllable, isVietnameseSyllable } from './syllables';
import { endsWithAny, isSentenceInitial, nerLabelOf, type AlignedNerToken, type WordToken } from './text-units';

// Honorifics that are also given names: stripped in capitals only where a sentence starts.
const HONORIFIC_GIVEN_NAMES = new Set(['Anh', 'Em', 'Nguyên']);

// The first two words of the titles of two words or more ("đội trưởng", "giám đốc", "phó chủ").
const TITLE_OPENINGS: ReadonlySet<string> = new Set(ROLE_HEADS.map((h) => h.split(' ')).filter((w) => w.length >= 2).map((w) => `${w[0]} ${w[1]}`));

/**
 * The run without a title's capitalised first word at its end, the title going on in lower case
 * after it ("…, Nguyên Đội| trưởng Đội …", "Lê Văn Hòa Giám| đốc Sở …"): no name's syllable.
 */
function withoutTitleOpenerAtEnd(text: string, tokens: WordToken[], run: number[]): number[] {
  if (run.length < 2) return run;
  const last = tokens[run[run.length - 1]];
  const next = /^ (\p{Ll}+)/u.exec(text.slice(last.end, last.end + 12));
  return next !== null && TITLE_OPENINGS.has(`${last.text.toLowerCase()} ${next[1]}`) ? run.slice(0, -1) : run;
}

/** The person a capitalised run names, `{ short }` for an honorific + given name ("ông Kiên"), or null. */
export function personInRun(
  text: string,
  tokens: WordToken[],
  wholeRun: number[],
  ner: AlignedNerToken[],
  context: RunContext,
): Mention | { short: string } | null {
  const run = withoutTitleOpenerAtEnd(text, tokens, wholeRun);
  const syl = run.map((i) => tokens[i].text);
  const start = (k: number) => tokens[run[k]].start;
  // Capitalised honorifics opening a sentence: "Ông Nguyễn Thiện Phú". Mid-sentence, "Anh",
  // "Em" and "Nguyên" in capitals are given names ("tiền vệ Anh Tài", "ca sĩ Nguyên Lộc").
  const opensSentence = isSentenceInitial(text, start(0));
  let from = 0;
  // An honorific that opens a known place is the place's ("Bà Rịa", "Bà Chiểu", "Bà Điểm").
  while (from < syl.length - 1 && HONORIFICS.includes(syl[from].toLowerCase())
    && (opensSentence || from > 0 || !HONORIFIC_GIVEN_NAMES.has(syl[from])) && (placeAt(syl, from)?.length ?? 0) < 2) from++;
  const end = (k: number) => tokens[run[k]].end;
  // "Văn phòng luật sư Nguyễn Anh": a law office named after its founder ("luật sư" is no person cue there).
  if (text.slice(Math.max(0, start(0) - 10), start(0)).includes('uật') && endsWithAny(previousWords(text, start(0), 4), LAW_OFFICE_HEADS)) return null;

  // "Trung ương Đoàn" is the Youth Union's central body: the family name Đoàn there opens no name
  // ("Bí thư thứ nhất Trung ương Đoàn Lê Quốc Phong").
  if (from === 0 && syl[0] === 'Đoàn' && syl.length >= 3 && previousWords(text, start(0), 2) === 'trung ương') from = 1;
  let consumed = true; // every syllable before i is an honorific or a known place
  for (let i = from; i < syl.length; i++) {
    const place = placeAt(syl, i);
    if (place && !(place.length === 1 && AMBIGUOUS_PLACES.has(place.canonical) && isSurname(syl[i]))) {
      if (!(place.length === 1 && AMBIGUOUS_PLACES.has(syl[i]) && i > from)) {
        i += place.length - 1;
        continue;
      }
    }
    const compound = COMPOUND_SURNAMES.includes(`${syl[i]} ${syl[i + 1] ?? ''}`);
    // "Thị" after a Vietnamese syllable marks a woman's name whatever her family name ("Vi Thị Lan", "Kha Thị Mai").
    const beforeThi = syl[i + 1] === 'Thị' && i + 2 < syl.length && isVietnameseSyllable(syl[i]) && isVietnameseSyllable(syl[i + 2]);
    // So does an age or a year of birth after three or four Vietnamese syllables ("Văn Trọng Hoàng (SN 1992)"): a rare family name.
    const agedName = i === from && syl.length - i >= 3 && syl.length - i <= 4 && syl.slice(i).every(isVietnameseSyllable) && isFollowedByAge(text, end(syl.length - 1));
    // A family name that is more often a middle name ("Lê Phi Long", "Nguyễn Tất Thành") opens a name only at the run's start.
    if (((!isSurname(syl[i]) && !beforeThi && !agedName) || (MIDDLE_NAME_SURNAMES.has(syl[i]) && i > from)) && !compound) {
      consumed = false;
      continue;
    }
    let last = syl.length - 1;
    // A place glued after the name ("Nguyễn Văn A Hà Nội") is not part of it; after two syllables
    // it ends a club's or a firm's name ("Hoàng Anh Gia Lai", "Sông Lam Nghệ An").
    let gluedPlace = false;
    for (let k = i + 2; k <= last; k++) {
      const tail = placeAt(syl, k);
      if (tail && k + tail.length - 1 === last && tail.length > 1) {
        gluedPlace = k === i + 2;
        last = k - 1;
        break;
      }
    }
    if (gluedPlace) {
      consumed = false;
      continue;
    }
    last = withoutGluedTail(syl, i, last, start, end, ner);
    // A caption repeating the name glued to it: "Mai Hường Mai Hường".
    if (last - i === 3 && syl[i] === syl[i + 2] && syl[i + 1] === syl[i + 3]) last = i + 1;
    // A family-name syllable before a place ("Từ Đà Nẵng", "Đoàn Việt Nam") or before a club,
    // brand or title word ("La Liga", "Trang Daily Mail") is no person's name.
    const restPlace = placeAt(syl, i + 1);
    const opening = `${syl[i]} ${syl[i + 1] ?? ''}`.toLowerCase();
    // A foreign one-word country after it too ("Đại Sứ Quan Israel"; not "Lê Anh", "Hồ Đức").
    const foreignCountryAfter = restPlace !== null && restPlace.length === 1 && last === i + 1 && !isVietnameseSyllable(syl[last]);
    if ((restPlace && restPlace.length > 1 && i + restPlace.length === last) || foreignCountryAfter || NON_PERSON_CONTEXT.has(opening)
      || syl.slice(i, last + 1).some((w) => isForeignNonNameWord(w) || isBrandWord(w))) {
      consumed = false;
      continue;
    }
    // A Vietnamese-marked family name glued to a foreign name ("châu Âu Antonio Tajani") is not one;
    // a Vietnamese name may end in one plain foreign given name after a marked middle name ("Đặng Văn Robert"),
    // and a Vietnamese family name may open a Dutch or German one ("Nguyễn Van Bakel").
    // In a list of people, a family name before one foreign given name is a naturalised player's ("…, Huỳnh Kesley");
    // not a colour before a product's colour name ("Vàng Terra").
    const listedNaturalised = () => (context.list === 'given' || context.list === 'named') && last === i + 1 && i === from
      && !COLOUR_SURNAMES.has(syl[i]) && /^\p{Lu}\p{Ll}+$/u.test(syl[last]);
    if (hasVietnameseMarks(syl[i]) && syl.slice(i + 1, last + 1).some((w) => !isVietnameseSyllable(w)) && !endsInForeignGivenName(syl, i, last) && !listedNaturalised()
      && !(last === i + 2 && isParticleSurname(syl.slice(i + 1, last + 1)) && !isVietnameseSyllable(syl[last]))) {
      consumed = false;
      continue;
    }
    // "huyện Gia Lâm Nguyễn Ngọc Thuần": a family-name syllable that ends a capitalised word run
    // (a place) is not the name's when a full three-part name with its own family name follows.
    if (!consumed && last - i === 3 && isSurname(syl[i + 1]) && !HONORIFICS.includes(syl[i - 1].toLowerCase())) continue;
    const length = last - i + 1;
    if (length < 2 || length > MAX_NAME_SYLLABLES) continue;
    // "huyện Nam Trà My": a two-syllable tail of a longer capitalised name is not a person.
    if (!consumed && length === 2) continue;
    const mention = checkedMention(text, syl.slice(i, last + 1), start(i), end(last), start(0), ner, context.list, from > 0);
    if (mention) return mention;
    consumed = false;
  }
  if (isWesternNameWithFamilyName(syl, from)) {
    const mention = checkedMention(text, syl.slice(from), start(from), end(syl.length - 1), start(0), ner, context.list, from > 0);
    if (mention) return mention;
  }
  return contextualName(text, syl, from, start, end, ner, context);
}

/**
 * True for a Western given name before a Vietnamese family name, as Vietnamese abroad and
 * entertainers are named ("Elly Trần", "Louis Nguyễn"): the family name carries its marks, so
 * "Kim", "Mai", "Lam" (also Korean, English, Chinese) do not count; no brand, club or place word leads.
 */
function isWesternNameWithFamilyName(syl: readonly string[], from: number): boolean {
  if (syl.length - from !== 2) return false;
  const [given, family] = [syl[from], syl[from + 1]];
  return /^\p{Lu}[a-z]{2,}$/u.test(given) && !isVietnameseLikeSyllable(given) && !isForeignNonNameWord(given) && !isBrandWord(given)
    && !GROUP_NOUNS.has(given) && placeAt(syl, from) === null && COMMON_MARKED_SURNAMES.has(family);
}

// The commonest family names, written with their marks: rare ones read as words ("Bailly Mùa trước":
// last season) or countries ("Netizen Hàn": Korean), and unmarked ones ("Kim", "Mai") are foreign too.
const COMMON_MARKED_SURNAMES: ReadonlySet<string> = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Lư', 'Lưu', 'Tống', 'Đinh', 'Trịnh', 'Đoàn', 'Trương', 'Lâm', 'Tạ', 'Quách', 'Tô', 'Châu', 'Lương', 'Mạc', 'Diệp',
]);

// English nouns for a group of people that Vietnamese writes in capitals before a nationality or a
// name: "Netizen Hàn" (Korean netizens), "Facebooker Nguyễn thị …".
const GROUP_NOUNS: ReadonlySet<string> = new Set(['Netizen', 'Netizens', 'Facebooker', 'Youtuber', 'Blogger', 'Vlogger', 'Fan', 'Fans', 'Team', 'Teen', 'Hotgirl', 'Hotboy']);

const LAW_OFFICE_HEADS = ['văn phòng luật sư', 'công ty luật', 'hãng luật'];

// Family names that are also colours, which open the colour names of products ("Vàng Terra", "Hồng Rose").
const COLOUR_SURNAMES: ReadonlySet<string> = new Set(['Vàng', 'Hồng']);

// Firms and places a role may end in, whose name then comes next: "Giám đốc HTX chăn nuôi Thái Sơn".
const PLACE_OR_FIRM_HEADS = ['công ty', 'htx', 'hợp tác xã', 'doanh nghiệp', 'trung tâm', 'tập đoàn', 'cửa hàng', 'cơ sở', 'nhà máy'];

/** True when a place word ends, or a firm word stands among, the words of the clause before a name. */
function namesPlaceOrFirmBefore(text: string, runStart: number): boolean {
  const words = ` ${previousWords(text, runStart, 10)} `;
  return endsWithNonPersonCue(words.trim(), NON_PERSON_CONTEXT_LIST) || PLACE_OR_FIRM_HEADS.some((w) => words.includes(` ${w} `));
}

/** A surname-led candidate kept unless its context makes it a place, street, credit or year name. */
function checkedMention(
  text: string,
  syllables: string[],
  start: number,
  end: number,
  runStart: number,
  ner: AlignedNerToken[],
  list: ListKind | null,
  honorificInRun: boolean,
): Mention | null {
  const name = syllables.join(' ');
  if (!plausibleNameSyllables(syllables)) return null;
  if (isCreditOrHouseNumber(text, start, end) || isQuotedTitle(text, runStart) || isClosingByline(text, start, end)) return null;
  const before = roleBefore(text, start);
  const prevWords = previousWords(text, runStart, 4);
  // A capitalised honorific opening the run ("Ông Nguyễn Văn A") is a cue too.
  const honorificBefore = honorificInRun || endsWithAny(prevWords, HONORIFICS) || endsWithAny(prevWords, PERSON_EPITHET_LIST);
  // A city after an official's name opens the next clause ("Giám đốc Sở … Nguyễn Văn A, TP HCM đang …");
  // without a role, or after a place or firm word ("phường Nguyễn Thái Bình, Quận 1", "Giám đốc Công ty
  // Hoàng Minh, TP HCM"), it is a street's or a firm's address. Not after an honorific: streets take
  // none, and a person's address follows the name so ("bà Nguyễn Thị Thìn (xã Bình Nam, huyện Thăng Bình)").
  if (!honorificBefore && isFollowedByDistrict(text, end) && (before === null || namesPlaceOrFirmBefore(text, runStart))) return null;
  // An age or a year of birth after the name is a person's ("Vi Thị Lan, 43 tuổi", "(SN 1992)").
  const hasPersonCue = honorificBefore || before !== null || isDescriptorIs(prevWords) || (start === runStart && opensListOfPeople(text, runStart))
    || isFollowedByAge(text, end);
  // A city or street named after a leader keeps its place word even at the end of a role
  // ("Chủ tịch Sở Giao dịch Chứng khoán thành phố Hồ Chí Minh").
  if (NEEDS_PERSON_CONTEXT.has(name) && (!hasPersonCue || endsWithNonPersonCue(prevWords, NON_PERSON_CONTEXT_LIST))) return null;
  if (!hasPersonCue && (isGluedSignOff(text, end) || isFollowedByAddressItem(text, end))) return null;
  // An item of a list of streets, characters or institutions, or a two-syllable item of a list of districts or groups.
  if (!hasPersonCue && (list === 'street' || list === 'fiction' || list === 'institution' || (list === 'other' && syllables.length < 3))) return null;
  if (!hasPersonCue && start === runStart && opensStreetListAfterColon(text, runStart)) return null;
  if (isCharacterCue(prevWords)) return null;
  // The Romance article "La" before foreign words opens a place or a title ("La Habana", "La Decima"),
  // while the family name La opens Vietnamese syllables ("La Văn Cầu").
  if (!hasPersonCue && syllables[0] === 'La' && syllables.slice(1).every((w) => !isVietnameseSyllable(w))) return null;
  // Right after "quận", "THCS", "tại", …: a place unless a role introduces a full three-part name;
  // when a known place of the run comes first, the cue is the place's ("tỉnh Yên Bái Trần Nhật Tân").
  const cueIsPlaces = start !== runStart && syllables.length >= 3;
  if (!cueIsPlaces && endsWithNonPersonCue(prevWords, NON_PERSON_CONTEXT_LIST) && (syllables.length < 3 || !hasPersonCue)) return null;
  // "tại Kim Kê Bách Hoa", "ở Phạm Văn Đồng": a place, an event or a street unless a cue says person.
  if (!hasPersonCue && start === runStart && endsWithAny(prevWords, ['tại', 'ở'])) return null;
  const label = nerLabelOf(ner, start, end);
  if (!hasPersonCue && label === 'ORG') return null;
  // The last syllable opens a common word the tagger reads on ("Đoàn Thanh tra", "Lê Phương Tham dự").
  if (!hasPersonCue && endsInCommonWord(ner, end)) return null;
  // Two syllables and no cue: a place when the tagger, a number or a following place says so
  // ("Thủy điện Trà Linh 1", "(Hoàng Mai, Hà Nội)", "xã Trà Vân và Trà Don").
  if (!hasPersonCue && syllables.length === 2) {
    if (label === 'LOC' || /^\s+\d/u.test(text.slice(end, end + 3)) || isFollowedByPlace(text, end)) return null;
  }
  const roles: string[] = [];
  if (before) roles.push(before);
  const after = roleAfter(text, end);
  if (after) roles.push(after);
  // A full name opens a list of people as a given name does ("Hoàng Thịnh, Văn Toàn, Trọng Đại").
  return { name, start, end, roles, cued: hasPersonCue, listKind: hasPersonCue ? 'given' : 'named' };
}
