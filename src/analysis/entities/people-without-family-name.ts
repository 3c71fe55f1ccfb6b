/**
 * Names without a family name: foreign names and given-name-only references, taken after an
 * honorific or a role, in a list of people, or when the tagger reads them as a person.
 */
import {
  bodyGluedBeforeName,
  isAfterPlaceOrClubWord,
  isBrandWord,
  isKoreanFullName,
  isKoreanGivenName,
  isParticleSurname,
  isParticleWord,
  leadingEnglishRanks,
  opensWithTitleArticle,
  placeLikeHeadBeforeName,
} from './foreign-names';
import { isEnglishReportingVerb, isForeignNonNameWord } from './foreign-non-name-words';
import { AMBIGUOUS_PLACES, placeAt, type PlaceMatch } from './gazetteer';
import { everNamedAsPlace } from './people-article-filters';
import {
  citedAsSource,
  isClosingByline,
  isCreditOrAddress,
  isFollowedByAddressItem,
  isFollowedByAge,
  isFollowedByPlace,
  isOpeningBracketBefore,
  isQuotedTitle,
} from './people-credits';
import {
  afterColon,
  isColourCue,
  COMPASS_POINTS,
  endsWithDescribedTitle,
  endsWithNonPersonCue,
  isCharacterCue,
  isDescriptorIs,
  isFollowedBySpeechVerb,
  isPlayerInAction,
  opensListOfPeople,
  NON_PERSON_FIRST_WORDS,
  NON_PERSON_OR_LOCATIVE,
  PLACE_CUE_WORDS,
  previousWords,
} from './people-cue-words';
import type { RunContext } from './people-lists';
import { mention, type Mention } from './people-mentions';
import {
  GIVEN_NAME_WORDS,
  INSTITUTION_WORDS,
  INSTITUTIONS_IN_CAPITALS,
  isInitial,
  isInstitutionWord,
  isTransliteratedWord,
  MAX_NAME_SYLLABLES,
  plausibleNameSyllables,
  rowStartingAt,
  SENTENCE_OPENERS,
  withoutGluedTail,
} from './person-name-shape';
import { endsWithRoleHead, roleAfter, roleBefore } from './role-phrases';
import { HONORIFICS } from './roles';
import { isHighlandsName, isSurname } from './surnames';
import { hasVietnameseMarks, isVietnameseLikeSyllable, isVietnameseSyllable } from './syllables';
import { endsWithAny, isSentenceInitial, nerLabelOf, type AlignedNerToken } from './text-units';

/**
 * Names without a family name: foreign names and given-name-only references, taken when an
 * honorific or role introduces them, or (foreign names) when the tagger says person.
 */
export function contextualName(
  text: string,
  syl: string[],
  from: number,
  start: (k: number) => number,
  end: (k: number) => number,
  ner: AlignedNerToken[],
  context: RunContext,
): Mention | { short: string } | null {
  const highlands = highlandsNameWithCue(text, syl, from, start, end, context);
  if (highlands) return highlands;
  let i = from;
  // "Tổng thống Mỹ Donald Trump": the country belongs to the role.
  const lead = placeAt(syl, i) ?? compassPointAndCountry(syl, i);
  // Not "Đức" of "Đức Chinh" or "Anh" of "Anh Tài": a given name goes on in Vietnamese.
  const givenName = lead !== null && lead.length === 1 && AMBIGUOUS_PLACES.has(syl[i]) && syl.slice(i + 1).every(isVietnameseSyllable);
  if (lead && lead.length < syl.length - i && !givenName && !isForeignFirstName(text, syl, i, lead.length, start)) i += lead.length;
  // A title between the country and the name is the role's: "Ngoại trưởng Qatar Sheikh Mohammed …".
  if (i > from && syl.length - i >= 3 && TITLES_AFTER_COUNTRY.has(syl[i])) i++;
  // ... and with one word left ("Quốc vương Kuwait Sheikh Sabah") the name is a single-word mention.
  else if (i > from && syl.length - i === 2 && TITLES_AFTER_COUNTRY.has(syl[i])) return null;
  // The country stripped off is no cue word ("người Nhật Bản Hideki Matsuyama" does not end in "bản").
  const afterLeadPlace = i;
  // A firm or a club between a role and a name belongs to the role: "COO Facebook Sheryl Sandberg",
  // "Chủ tịch Real Madrid Florentino Perez", "ông chủ Facebook Mark Zuckerberg" (its owner).
  const firmWord = (w: string) => isBrandWord(w) || isForeignNonNameWord(w);
  const roleOrOwnerBefore = (words: string) => endsWithRoleHead(words) || endsWithAny(words, FIRM_OWNER_WORDS);
  if (firmWord(syl[i]) && syl.length - i >= 3 && !isVietnameseSyllable(syl[syl.length - 1]) && roleOrOwnerBefore(previousWords(text, start(i), 4))) {
    while (syl.length - i >= 3 && firmWord(syl[i])) i++;
  }
  // A place, body or club glued before a foreign name, mostly after a role: "Cảnh sát trưởng Manila
  // Oscar Albayalde", "hạt Leflore Frank Randle", "HLV Ajax Peter Bosz".
  const gluedBodyCue = (words: string) => endsWithRoleHead(words) || endsWithAny(words, HONORIFICS) || endsWithAny(words, FIRM_OWNER_WORDS);
  if (syl.length - i >= 3 && (gluedBodyCue(previousWords(text, start(i), 4)) || isAfterPlaceOrClubWord(text, start(i)))) {
    i += bodyGluedBeforeName(text, syl.slice(i), start(i));
  }
  // A place-like word glued between a role and a foreign name: "giám đốc Cứu hỏa Greenwood Marcus Banks".
  if (i === from && placeLikeHeadBeforeName(syl.slice(i)) === 1 && roleBefore(text, start(i)) !== null) i++;
  // An English rank before a foreign name is no part of it: "Điều tra viên Constable Grainger".
  i += leadingEnglishRanks(syl.slice(i));
  // An English verb of reporting opening a sentence before a foreign full name is the attribution's: "Added Oliver Jones".
  if (i === from && syl.length - i >= 3 && isEnglishReportingVerb(syl[i]) && isSentenceInitial(text, start(i))) i++;
  let last = syl.length - 1;
  // A foreign name never holds a Vietnamese word: "Tờ Independent", "Vì Griezmann", "Bắc Yemen"
  // (a stage name spelt like a syllable is not foreign enough: "Noo Phước Thịnh").
  const stageName = isStageNameWithForeignTail(text, syl, i, from, start);
  if (!stageName && syl.slice(i).some((w) => !isVietnameseLikeSyllable(w))) {
    // ... nor a word of the sentence it opens: "Khi Lionel Messi", "Vì Griezmann" ("Theo" may be a name).
    // "(Theo Rappler, ABS-CBN)": a source cited in brackets.
    while (i <= last && (hasVietnameseMarks(syl[i]) || (SENTENCE_OPENERS.has(syl[i]) && (syl[i] !== 'Theo' || isOpeningBracketBefore(text, start(i)) || citedAsSource(text, syl.slice(i + 1)))))) i++;
    // At most one word of the next sentence is glued on; more means a Vietnamese name ("Hai Bà Trưng").
    if (hasVietnameseMarks(syl[last])) last--;
    if (last >= i && hasVietnameseMarks(syl[last])) return null;
    // A Vietnamese word inside marks two headings run together ("Lemar Nhà Messi hưởng trăng mật").
    if (syl.slice(i, last + 1).some(hasVietnameseMarks)) return null;
  }
  last = withoutGluedTail(syl, i, last, start, end, ner);
  // Without a family name a Vietnamese name has two syllables as a rule: a third that opens a
  // common word starts the next sentence ("Lan Anh Trao thưởng"), and the run is no name.
  if (last - i === 2 && !isSurname(syl[i]) && syl.slice(i, last + 1).every(isVietnameseSyllable)
    && rowStartingAt(ner, start(last))?.word.startsWith(`${syl[last]} `)) return null;
  // A word cut off the run's end leaves the name's end in doubt ("Golf Long Thành").
  const tailCut = last < syl.length - 1;
  if (tailCut) syl = syl.slice(0, last + 1);
  // A heading glued before the full name repeats its family name ("Matic Nemanja Matic"); a
  // caption glued after it repeats its last word ("Douglas Costa Costa") or the whole name
  // ("Diệu Nhi Diệu Nhi").
  const half = (syl.length - i) / 2;
  if (half >= 2 && syl.slice(i, i + half).join(' ') === syl.slice(i + half).join(' ')) syl = syl.slice(0, i + half);
  if (syl.length - i >= 3 && syl[i] === syl[syl.length - 1]) i++;
  if (syl.length - i >= 2 && syl[syl.length - 1] === syl[syl.length - 2] && !isVietnameseSyllable(syl[syl.length - 1])) {
    syl = syl.slice(0, -1);
  }
  // A transliterated place glued before a name ("Bắc Ai-len Theresa May"): hyphenated Vietnamese syllables.
  if (syl.length - i >= 3 && isTransliteratedWord(syl[i])) i++;
  const n = syl.length - i;
  // Particles do not count towards the length: "Salman bin Abdul-Aziz Al Saud" has three names.
  if (n < 1 || n - syl.slice(i + 1, -1).filter(isParticleWord).length > MAX_NAME_SYLLABLES) return null;
  const name = syl.slice(i).join(' ');
  if (placeAt(syl, i)?.length === n) return null;
  // A foreign firm's or brand's local branch: "Aeon Việt Nam" (not "Trương Hòa Bình", a name).
  if (n >= 3 && !isVietnameseSyllable(syl[i]) && placeAt(syl, syl.length - 2)?.length === 2) return null;
  // A Vietnamese word before a foreign one-word country: "Đại Sứ Quan Israel" (the embassy).
  if (n === 2 && isVietnameseSyllable(syl[i]) && !isVietnameseSyllable(syl[i + 1]) && placeAt(syl, i + 1)?.length === 1) return null;
  // A compass point before a country: "miền Nam Philippines", "Đông Ukraine".
  // Before one foreign word too, outside a list of people: "phía Tây Nam Sydney" (not "đạo diễn Trần Bảo Nhân và Nam Cito").
  const inPeopleList = context.list === 'given' || context.list === 'named';
  if (COMPASS_POINTS.has(syl[i]) && (placeAt(syl, i + 1)?.length === n - 1 || (n === 2 && !inPeopleList && !isVietnameseLikeSyllable(syl[i + 1])))) return null;
  // A place or group word written in capitals: "Nước Pháp", "Vịnh Xuân", "Liên hoan Phim Cannes".
  if (NON_PERSON_FIRST_WORDS.has(syl[i].toLowerCase())) return null;
  const s = start(i);
  const e = end(syl.length - 1);
  // The role runs up to the name itself, over a stripped country ("Thủ tướng Canada").
  const role = roleBefore(text, start(i));
  const prevWords = previousWords(text, start(from), 4);
  // The cue must touch the name: an honorific, or a role ending in its head ("Tổng thống Mỹ").
  const honorific = from > 0 || endsWithAny(prevWords, HONORIFICS) || isDescriptorIs(prevWords) || stageName || (i === from && opensListOfPeople(text, s))
    || (i === from && endsWithDescribedTitle(prevWords));
  // A club or firm named with its province after one or two words: "cầu thủ Phong Phú Hà Nam", "tiền vệ
  // Than Quảng Ninh"; a person only after a family name and an honorific that is no team word ("ông Nguyễn Gia Thái Bình").
  const personWithProvinceName = honorific && isSurname(syl[i]) && !endsWithAny(prevWords, TEAM_MEMBER_WORDS);
  if (!personWithProvinceName && endsInProvinceAfterOneOrTwoWords(syl, i)) return null;
  // A role over a stripped country wins over a context word ("người phát ngôn quân đội Philippines X"),
  // and so does an honorific that ends in one ("tiền vệ trung tâm").
  if (endsWithNonPersonCue(prevWords, NON_PERSON_OR_LOCATIVE) && !(role !== null && i > from) && !honorific) return null;
  // "Văn", "Công", … open institutions ("Văn phòng") and given names ("Văn Khánh"): a name after a cue.
  // Or one the tagger reads as a person, as sports news name players ("Công Phượng, Đức Chinh").
  const directRole = role !== null && (endsWithRoleHead(role) || i > from) ? role : null;
  // A role touching a two-syllable given name is a cue too ("Chủ tịch Công Vinh"; not "Bí thư Thành Ủy",
  // "Bộ trưởng Công Thương").
  const givenAfterRole = directRole !== null && n === 2 && !INSTITUTION_WORDS.has(syl[i + 1])
    && !INSTITUTIONS_IN_CAPITALS.has(`${syl[i]} ${syl[i + 1]}`);
  const namedAfterCue = honorific || givenAfterRole || context.list === 'given' || context.list === 'named'
    || (n === 2 && nerLabelOf(ner, start(i), end(syl.length - 1)) === 'PER')
    // A footballer's action: "Văn Long có pha đi bóng".
    || (n === 2 && isPlayerInAction(text, start(i), end(syl.length - 1)));
  if (INSTITUTION_WORDS.has(syl[i]) && !(namedAfterCue && GIVEN_NAME_WORDS.has(syl[i]))) return null;
  const nameSyllables = syl.slice(i);
  // Words stripped off the run's start count as context too: "Gói Touring Premium", "Nhóm Maute".
  const cueWords = `${prevWords} ${syl.slice(Math.max(from, afterLeadPlace), i).join(' ').toLowerCase()}`.trim();
  // Foreign: most syllables, and the family name (last), cannot be Vietnamese ("Kei Komuro").
  const foreignCount = nameSyllables.filter((w) => !isVietnameseSyllable(w)).length;
  const foreign = (foreignCount * 2 >= n && !isVietnameseSyllable(nameSyllables[n - 1])) || isParticleSurname(nameSyllables) || isKoreanFullName(nameSyllables)
    || (!tailCut && foreignByTagger(text, nameSyllables, nerLabelOf(ner, s, e), s, e));
  // "Park" is a park in English and a family name before a Korean given name ("Park Geun-hye").
  const koreanFamily = (k: number) => k === 0 && n === 2 && isKoreanGivenName(nameSyllables[1]);
  if (nameSyllables.some((w, k) => (isForeignNonNameWord(w) && !koreanFamily(k)) || isInitial(w, k, n))) return null;
  if (isBrandWord(nameSyllables[0])) return null;
  if (n === 1) return (honorific || directRole) && !isSentenceInitial(text, s) ? { short: name } : null;
  if (!plausibleNameSyllables(nameSyllables) || isCreditOrAddress(text, s, e)) return null;
  if (isQuotedTitle(text, start(from)) || isClosingByline(text, s, e) || isCharacterCue(prevWords)) return null;
  // Three Vietnamese syllables without a known family name after a role, which the tagger does not
  // read as a person, are the role's unit ("Trưởng khoa Răng Hàm Mặt"; not "Bộ trưởng Đồng Sỹ Nguyên").
  if (!honorific && n >= 3 && nameSyllables.every(isVietnameseSyllable) && nerLabelOf(ner, s, e) !== 'PER') return null;
  // Once the name is taken, the role before it is its role even when it does not touch it
  // ("Chủ tịch thị xã Đông Triều - ông Hà Hải Dương", "cựu giám đốc FBI James Comey").
  if (honorific || directRole) return { ...mention(name, s, e, role, text, true), listKind: 'given' };
  if (isFollowedByAddressItem(text, e)) return null;
  if (context.list !== null && context.list !== 'given' && context.list !== 'named') return null;
  if (opensWithTitleArticle(nameSyllables)) return null;
  // The next item of a list of people named without a family name ("Văn Khánh, Đình Khương").
  // A one-syllable country that opens a Vietnamese given name is none ("…, Ngọc Quang, Anh Tài").
  // The tagger's LOC on foreign names is noise ("huyền thoại Ferenc Puskas" → LOC); its ORG is not.
  const label = nerLabelOf(ner, s, e);
  // After an uncued full name the tagger must read the item as a person ("Hoàng Su Phì, Xín Mần" are districts).
  const peopleList = context.list === 'given' || (context.list === 'named' && label === 'PER');
  if (peopleList && n <= 3 && (placeAt(nameSyllables, 0) === null || givenName) && !nameSyllables.some(isInstitutionWord)
    && !isFollowedByPlace(text, e)) {
    return { ...mention(name, s, e, null, text, false), listKind: 'given' };
  }
  // Opening a sentence, the tagger must agree, and a Vietnamese first word ("Theo Opta") is no name;
  // after a colon, a first word that opens no sentence will do ("… ĐT Đức: Leon Goretzka và Timo
  // Werner"); a role set off after the name says person too ("Robert Reich, cựu Bộ trưởng …").
  const placed = !isSentenceInitial(text, s)
    || (label === 'PER' && (!isVietnameseSyllable(nameSyllables[0]) || (afterColon(text, s) && !SENTENCE_OPENERS.has(nameSyllables[0]) && !hasVietnameseMarks(nameSyllables[0]))))
    || roleAfter(text, e) !== null;
  const brand = nameSyllables.some((w) => context.productWords.has(w));
  // A place or group word before the name, or before a country stripped off it ("Nhật báo Italy Il Sole").
  const placeCued = endsWithNonPersonCue(cueWords, PLACE_CUE_WORDS) || (i > from && endsWithNonPersonCue(prevWords, PLACE_CUE_WORDS) && afterLeadPlace === from)
    || isColourCue(text, s);
  if (foreign && n <= 3 && placed && label !== 'ORG' && !brand && !placeCued) {
    return { ...mention(name, s, e, role, text, false), listKind: 'given' };
  }
  // A Vietnamese given name used alone right before a verb of saying is a speaker's, even opening a
  // sentence ("Khắc Việt cho rằng …"), when the tagger reads it as a person, the article names it
  // again, and no place or full name bears it (then it is the full name's short form).
  if (!foreign && n === 2 && label === 'PER' && nameSyllables.every(isVietnameseSyllable) && isFollowedBySpeechVerb(text, e)
    && !KIN_OR_SIDE_WORDS.has(nameSyllables[0]) && !endsWithNonPersonCue(cueWords, PLACE_CUE_WORDS) && isNamedAgainAlone(text, name, s)
    && !everNamedAsPlace(text, name)) {
    return { ...mention(name, s, e, null, text, true), listKind: 'given' };
  }
  // A Vietnamese given name used alone in a match report, right before a footballer's action or after
  // one and "của" ("Phút 19, Xuân Trung tạt bóng", "cú dứt điểm của Xuân Khoa"), when no place bears it ("Hà Nội gỡ hòa").
  // Nor a full name ends in it ("Nhâm Mạnh Dũng": then "Mạnh Dũng" is that player's short form).
  if (!foreign && n === 2 && nameSyllables.every(isVietnameseSyllable) && isPlayerInAction(text, s, e) && label !== 'ORG'
    && !KIN_OR_SIDE_WORDS.has(nameSyllables[0]) && !endsWithNonPersonCue(cueWords, PLACE_CUE_WORDS) && !everNamedAsPlace(text, name)
    && !isEverTailOfLongerName(text, name)) {
    return { ...mention(name, s, e, null, text, false), listKind: 'given' };
  }
  // A Vietnamese given name used alone ("Đức Chinh", "Tuấn Tài"), as sports news name players:
  // the tagger reads it as a person, mid-sentence, and the article names it more than once.
  if (!foreign && n === 2 && label === 'PER' && !isSentenceInitial(text, s) && !endsWithNonPersonCue(cueWords, PLACE_CUE_WORDS)
    && nameSyllables.every(isVietnameseSyllable) && text.indexOf(name, e) >= 0 && !everNamedAsPlace(text, name)) {
    return { ...mention(name, s, e, null, text, false), listKind: 'given' };
  }
  return null;
}

// Words for kin or a side that open a speaker's phrase in capitals ("Ba Nhi cắt lời", "Phía Nga cho biết").
const KIN_OR_SIDE_WORDS: ReadonlySet<string> = new Set(['Ba', 'Bố', 'Mẹ', 'Má', 'Cha', 'Con', 'Phía', 'Bên']);

/**
 * True when `name` occurs again in `text` besides at `at`, never right after a capitalised word
 * ("Nguyễn Minh Đức" makes "Minh Đức" that person's short form, not a person of its own) and never as a credit.
 */
function isNamedAgainAlone(text: string, name: string, at: number): boolean {
  let again = false;
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length)) {
    // Right after a capitalised word it is the end of a longer name ("Đặng Thị Thúy Diễm", "Ngô Viết Nam Sơn").
    if (/\p{Lu}[\p{Ll}\p{M}]+\s+$/u.test(text.slice(Math.max(0, k - 12), k))) return false;
    // A photographer's or author's credit elsewhere makes it a pen name ("Ảnh: Khám Phá").
    if (isCreditOrAddress(text, k, k + name.length)) return false;
    if (k !== at) again = true;
  }
  return again;
}

/** True when `name` stands right after a capitalised word somewhere in `text`: the end of a longer name ("Nhâm Mạnh Dũng"). */
function isEverTailOfLongerName(text: string, name: string): boolean {
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + name.length)) {
    if (/\p{Lu}[\p{Ll}\p{M}]*[ \u00a0]+$/u.test(text.slice(Math.max(0, k - 12), k))) return true;
  }
  return false;
}

/**
 * A name of the Central Highlands peoples ending the run ("ông Điểu Kré", "Y Bao Hwing (SN 1992)"),
 * which the foreign-name rules cut at its marked or Vietnamese-looking words: taken only with a
 * person cue (an honorific or a role touching it, an age after it, a list of people). A body glued
 * before it must belong to a role ("Ủy viên Trung ương Đảng Điểu Kré").
 */
function highlandsNameWithCue(
  text: string,
  syl: readonly string[],
  from: number,
  start: (k: number) => number,
  end: (k: number) => number,
  context: RunContext,
): Mention | null {
  const last = syl.length - 1;
  for (let k = from; k < last; k++) {
    // A known place inside is the body's name ("Sở Y Tế Đắk Lắk").
    if (!isHighlandsName(syl.slice(k)) || syl.some((_, j) => j >= k && placeAt(syl, j) !== null)) continue;
    const s = start(k);
    const e = end(last);
    const role = roleBefore(text, s);
    if (k > from && role === null) return null;
    const honorific = k === from && (from > 0 || endsWithAny(previousWords(text, s, 4), HONORIFICS));
    const cued = honorific || role !== null || isFollowedByAge(text, e) || context.list === 'given' || (k === from && opensListOfPeople(text, s));
    return cued ? { ...mention(syl.slice(k).join(' '), s, e, role, text, true), listKind: 'given' } : null;
  }
  return null;
}

/**
 * True for a foreign first name before an unmarked family name that reads as a Vietnamese
 * syllable ("Harper Lee", "Robert Reich") when the tagger reads the whole as a person, mid-sentence
 * or with a role set off after it ("Robert Reich, cựu Bộ trưởng …"; not a heading "Lock It Up!").
 */
function foreignByTagger(text: string, words: readonly string[], label: string, start: number, end: number): boolean {
  const last = words[words.length - 1];
  if (label !== 'PER' || words.length < 2 || isVietnameseSyllable(words[0]) || /\p{M}/u.test(last.normalize('NFD'))) return false;
  return !isSentenceInitial(text, start) || roleAfter(text, end) !== null;
}

// Places that are also English first names ("Jordan Spieth", "Georgia May"); not "Paris", far more often the city ("Paris Bataclan").
const FIRST_NAME_PLACES = new Set(['Jordan', 'Georgia', 'Chad', 'Sydney', 'Florence', 'Victoria', 'Austin', 'Dallas', 'Israel', 'India']);

/**
 * True when a place opening the run is a foreign first name ("Jordan Spieth"): one of the places
 * that are first names, one foreign word after it, and no honorific or role before it (else
 * "Thủ tướng Israel Netanyahu").
 */
function isForeignFirstName(text: string, syl: string[], i: number, placeLength: number, start: (k: number) => number): boolean {
  if (placeLength !== 1 || syl.length - i !== 2 || !FIRST_NAME_PLACES.has(syl[i]) || isVietnameseSyllable(syl[i + 1])) return false;
  return !endsWithAny(previousWords(text, start(i), 4), HONORIFICS) && roleBefore(text, start(i)) === null;
}

/**
 * A compass point and a country glued before a foreign name ("miền Đông Afghanistan Ghani Musamim"):
 * the place as one lead, or null; only before foreign words, so "Nam Anh Tuấn" stays a name.
 */
function compassPointAndCountry(syl: readonly string[], i: number): PlaceMatch | null {
  if (!COMPASS_POINTS.has(syl[i])) return null;
  const place = placeAt(syl, i + 1);
  if (place === null || AMBIGUOUS_PLACES.has(syl[i + 1])) return null;
  const rest = syl.slice(i + 1 + place.length);
  return rest.length >= 2 && rest.every((w) => !isVietnameseSyllable(w)) ? { canonical: place.canonical, length: place.length + 1 } : null;
}

// Words for a club's members, before the club's name as before a player's.
const TEAM_MEMBER_WORDS = ['cầu thủ', 'tuyển thủ', 'thủ môn', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'trung vệ', 'hlv', 'đội'];

/**
 * True when a place of two or more syllables ends the run after one word that is no family name,
 * or after two words: a club or a firm named with its province ("Than Quảng Ninh", "Hoàng Anh Gia Lai").
 */
function endsInProvinceAfterOneOrTwoWords(syl: readonly string[], i: number): boolean {
  // After a family name alone the place is a given name ("Trương Hòa Bình").
  return (isSurname(syl[i]) ? [2] : [1, 2]).some((k) => {
    const place = placeAt(syl, i + k);
    return place !== null && place.length >= 2 && i + k + place.length === syl.length;
  });
}

// A firm's owner, named like a role before the firm and the name ("ông chủ Facebook Mark Zuckerberg").
const FIRM_OWNER_WORDS = ['ông chủ', 'bà chủ'];

// Arab and Shiite titles written between a ruler's country and his name ("Qatar Sheikh Tamim", "Iran Ayatollah Ali Khamenei").
const TITLES_AFTER_COUNTRY = new Set(['Sheikh', 'Sheikha', 'Ayatollah']);

/**
 * A singer's stage name of two Vietnamese given-name syllables and one foreign word ("ca sĩ Phương
 * Trinh Jolie"), after an honorific: one name, not a foreign name with Vietnamese words glued on.
 */
function isStageNameWithForeignTail(text: string, syl: readonly string[], i: number, from: number, start: (k: number) => number): boolean {
  if (i !== from || syl.length - i !== 3 || isSentenceInitial(text, start(i))) return false;
  const [first, second, tail] = syl.slice(i);
  // The tail is plain Latin, so a glued Vietnamese word ("Lươngđã") is no stage name's.
  return isVietnameseSyllable(first) && hasVietnameseMarks(first) && isVietnameseSyllable(second)
    && /^\p{Lu}[a-z]+$/u.test(tail) && !isVietnameseLikeSyllable(tail) && !SENTENCE_OPENERS.has(first) && honorificWithinTwoWords(previousWords(text, start(i), 6));
}

// An honorific maybe followed by one or two describing words: "nữ ca sĩ xinh đẹp".
function honorificWithinTwoWords(words: string): boolean {
  const w = words.split(' ');
  return [0, 1, 2].some((k) => w.length > k && endsWithAny(w.slice(0, w.length - k).join(' '), HONORIFICS));
}
