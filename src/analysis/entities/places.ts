/**
 * Places: provinces, cities, regions and countries from the gazetteer (canonical forms),
 * units introduced by "huyện", "xã", … and multi-syllable place names the tagger finds.
 */
import type { NerToken } from '../nlp';
import { ADMIN_UNITS, AMBIGUOUS_PLACES, TOP_ADMIN_UNITS, canonicalPlace, placeAt } from './gazetteer';
import { findOrganizations, type OrganizationMention } from './organizations';
import { HONORIFICS, ROLE_HEADS } from './roles';
import { isSurname } from './surnames';
import { alignNer, isCapitalised, isSentenceInitial, wordTokens, type WordToken } from './text-units';

// Words before a one-syllable country that make it the country ("nước Anh", "tại Đức").
const PLACE_CUES = new Set(['nước', 'tại', 'ở', 'sang', 'từ', 'đến', 'tới', 'về', 'quốc', 'xứ', 'cường', 'phía', 'thăm', 'với', 'và', 'của', 'giữa', 'tuyển', 'đội']);

/**
 * Places in `text`, canonical forms, deduped, in order of first mention; `organizations`:
 * findOrganizations' result when the caller already has it (their words are not places).
 */
export function extractPlaces(
  text: string,
  ner: NerToken[] = [],
  organizations: readonly OrganizationMention[] = findOrganizations(text, ner),
): string[] {
  const tokens = wordTokens(text);
  const syl = tokens.map((t) => t.text);
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const unit = adminUnitAt(syl, i);
    if (unit) {
      const nameStart = i + unit.length;
      const name = capitalisedRunFrom(text, tokens, nameStart);
      if (name.length) {
        const written = name.map((k) => syl[k]).join(' ');
        // "Thành phố Hồ Chí Minh" is a variant as a whole; "tỉnh An Giang" by its name.
        const whole = canonicalPlace(syl.slice(i, name[name.length - 1] + 1).join(' '));
        const known = placeAt(syl, nameStart);
        const at = tokens[i].start;
        const end = tokens[name[name.length - 1]].end;
        if (whole) found.push({ at, end, name: whole });
        else if (known) found.push({ at, end, name: known.canonical });
        else if (TOP_ADMIN_UNITS.has(unit.word)) found.push({ at, end, name: written });
        else found.push({ at, end, name: `${unit.word} ${written}` });
        i = name[name.length - 1];
        continue;
      }
    }
    if (!isCapitalised(syl[i]) && !/^\p{Lu}{2,}/u.test(syl[i])) continue;
    const place = placeAt(syl, i);
    if (!place) continue;
    if (place.length === 1 && AMBIGUOUS_PLACES.has(syl[i]) && !ambiguousIsPlace(text, tokens, i)) continue;
    // Inside a longer capitalised name ("Nguyễn Hà Nam"): not the place.
    const prev = tokens[i - 1];
    if (prev && isCapitalised(prev.text) && /^ +$/.test(text.slice(prev.end, tokens[i].start)) && isSurname(prev.text)) continue;
    found.push({ at: tokens[i].start, end: tokens[i + place.length - 1].end, name: place.canonical });
    i += place.length - 1;
  }
  // The tagger's places, unless the rules already read those words as a place or an organisation.
  const taken = [...found, ...organizations.map((o) => ({ at: o.start, end: o.end }))];
  const overlaps = (p: PlaceMention) => taken.some((t) => p.at < t.end && t.at < p.end);
  const fromTagger = nerPlaces(text, ner).filter((p) => !overlaps(p) && !startsWithTitle(p.name));
  // "Tri Tôn" after "huyện Tri Tôn" is the same district.
  const withUnit = new Set(found.map((f) => f.name.toLowerCase()));
  const units = ADMIN_UNITS.filter((u) => !TOP_ADMIN_UNITS.has(u));
  found.push(...fromTagger.filter((p) => !units.some((u) => withUnit.has(`${u} ${p.name.toLowerCase()}`))));
  found.sort((a, b) => a.at - b.at);
  return [...new Map(found.map((f) => [f.name.toLowerCase(), f.name])).values()];
}

/** A place written in the text, canonical name and offsets. */
interface PlaceMention {
  at: number;
  end: number;
  name: string;
}

const TITLE_WORDS = [...HONORIFICS, ...ROLE_HEADS];

/** True when a name opens with a title or role ("Bà Chúa", "Trưởng Ban"): not a place. */
function startsWithTitle(name: string): boolean {
  const lower = name.toLowerCase();
  return TITLE_WORDS.some((w) => lower === w || lower.startsWith(`${w} `));
}

/** An admin-unit word at token i ("huyện", "thị xã", "TP"), lower-cased, with its token count. */
function adminUnitAt(syl: string[], i: number): { word: string; length: number } | null {
  // Most tokens start no unit word: one set lookup rejects them without building the phrases.
  if (!ADMIN_UNIT_FIRST_WORDS.has(syl[i].toLowerCase())) return null;
  for (const n of [3, 2, 1]) {
    const word = syl.slice(i, i + n).join(' ').toLowerCase();
    if (ADMIN_UNIT_SET.has(word)) return { word, length: n };
  }
  return null;
}

const ADMIN_UNIT_SET: ReadonlySet<string> = new Set(ADMIN_UNITS);
const ADMIN_UNIT_FIRST_WORDS: ReadonlySet<string> = new Set(ADMIN_UNITS.map((u) => u.split(' ')[0]));

/** Token indices of the capitalised run (max 4) starting at `i`, spaces only between them. */
function capitalisedRunFrom(text: string, tokens: WordToken[], i: number): number[] {
  const out: number[] = [];
  for (let k = i; k < tokens.length && out.length < 4; k++) {
    if (!isCapitalised(tokens[k].text)) break;
    if (out.length && !/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    if (out.length === 0 && k > 0 && !/^ +$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    out.push(k);
  }
  return out;
}

/** A one-syllable country or city alone, introduced by a place cue and not opening a sentence. */
function ambiguousIsPlace(text: string, tokens: WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && isCapitalised(next.text) && /^ +$/.test(text.slice(tokens[i].end, next.start))) return false;
  if (isSentenceInitial(text, tokens[i].start)) return false;
  const prev = tokens[i - 1];
  return prev !== undefined && PLACE_CUES.has(prev.text.toLowerCase());
}

/** Multi-syllable, fully capitalised LOC spans from the tagger (its single-word and numeric LOCs are noise). */
function nerPlaces(text: string, ner: NerToken[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const aligned = alignNer(text, ner);
  let span: typeof aligned = [];
  const flush = () => {
    const words = span.flatMap((t) => t.word.split(' '));
    if (span.length && words.length >= 2 && words.length <= 4 && words.every(isCapitalised) && !isSurname(words[0])) {
      const name = span.map((t) => t.word).join(' ');
      out.push({ at: span[0].start, end: span[span.length - 1].end, name: canonicalPlace(name) ?? name });
    }
    span = [];
  };
  for (const t of aligned) {
    if (t.ner === 'B-LOC') {
      flush();
      span = [t];
    } else if (t.ner === 'I-LOC' && span.length) span.push(t);
    else flush();
  }
  flush();
  return out;
}
