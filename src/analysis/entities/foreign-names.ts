/**
 * Shapes of foreign names that the capitalised-run rule alone gets wrong: lower-case particles
 * inside a name ("Abu Bakr al-Baghdadi", "Robin van Persie"), surnames led by a particle ("De
 * Gea"), Korean given names ("Geun-hye"), a Vietnamese function word glued to a name by a missing
 * space ("Michael Flynnvới Nga"), and brand, product or title names that look like people's
 * ("Mazda CX-9", "Kia Morning", "Le Figaro").
 */
import { hasVietnameseMarks, isVietnameseSyllable } from './syllables';
import type { WordToken } from './text-units';

// Lower-case particles of Arabic, Dutch, German, Romance names; only between capitalised words.
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'dos', 'du', 'la', 'le']);
// "al-Baghdadi", "el-Sisi", "al-Za'abi": the particle hyphenated to the capitalised family name
// (an apostrophe may stand for the Arabic ayn inside it).
const HYPHENATED_PARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar)-\p{Lu}[\p{Ll}\p{M}]+(?:'[\p{Ll}\p{M}]+)?$/u;

// Particles that a second particle may follow inside a name ("van der Werf", "von der Leyen", "de la Fuente").
const CHAINED_PARTICLE_PAIRS = new Set(['van der', 'van den', 'van de', 'von der', 'de la', 'de los', 'de las', 'del la']);

/**
 * True when `word` is a name particle ("van", "al-Baghdadi") standing where a foreign name goes on:
 * before a capitalised word, or before a second particle that is ("van der Werf").
 */
export function isNameParticle(word: string, next: WordToken | undefined, gapAfter: string, afterNext?: WordToken, gapAfterNext?: string): boolean {
  if (HYPHENATED_PARTICLE.test(word)) return true;
  if (!NAME_PARTICLES.has(word) || next === undefined || gapAfter !== ' ') return false;
  if (/^\p{Lu}[\p{Ll}\p{M}]/u.test(next.text)) return true;
  return CHAINED_PARTICLE_PAIRS.has(`${word} ${next.text}`) && afterNext !== undefined && gapAfterNext === ' '
    && /^\p{Lu}[\p{Ll}\p{M}]/u.test(afterNext.text);
}

// Generational suffixes after a foreign family name, written with their stop ("Donald Trump Jr.").
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr']);

/** True for "Jr" or "Sr", a generational suffix ending a foreign name. */
export function isGenerationalSuffix(word: string): boolean {
  return GENERATIONAL_SUFFIXES.has(word);
}

/** True for "Jr." or "Sr.": the suffix with its stop, as a name's last word. */
export function isGenerationalSuffixWithStop(word: string): boolean {
  return word.endsWith('.') && isGenerationalSuffix(word.slice(0, -1));
}

// Particles of Arabic names written in capitals inside them ("Salman bin Abdul-Aziz Al Saud").
const CAPITALISED_ARABIC_PARTICLES = new Set(['Al', 'El', 'Bin', 'Bint', 'Ibn']);

/** True for a particle word inside a foreign name ("bin", "Al", "van"), which long names hold beside their names proper. */
export function isParticleWord(word: string): boolean {
  return NAME_PARTICLES.has(word) || CAPITALISED_ARABIC_PARTICLES.has(word);
}

// Capitalised particles that open a surname used alone ("De Gea", "Di Maria", "Van Dijk").
const SURNAME_PARTICLES = new Set(['De', 'Di', 'Van', 'Von', 'Del', 'Della', 'Dos', 'Du', 'Da', 'Der', 'Den']);

/** True for a two-word surname led by a particle ("De Gea", "Van Persie"): a foreign name even when it reads as Vietnamese. */
export function isParticleSurname(words: readonly string[]): boolean {
  return words.length === 2 && SURNAME_PARTICLES.has(words[0]) && /^\p{Lu}[a-z]+$/u.test(words[1]);
}

// A romanised Korean given name: two unmarked syllables joined by a hyphen, the second in lower
// case ("Geun-hye", "Se-yun", "Jae-in") or, as some papers write it, a short capitalised syllable
// ("Geun-Hye"; not "Kong-Trung" of "Hong Kong-Trung Quốc"); Vietnamese compounds carry marks ("Á-Thái").
const KOREAN_GIVEN_NAME = /^\p{Lu}[a-z]+-(?:[a-z]+|\p{Lu}[a-z]{1,3})$/u;

/** True for a romanised Korean given name ("Geun-hye", "Geun-Hye"). */
export function isKoreanGivenName(word: string): boolean {
  return KOREAN_GIVEN_NAME.test(word);
}

// Brands and platforms that open product, model and account names ("Kia Morning", "Ducati
// Monster", "Nokia Lumia", "Instagram Elle Johnson"): a name they open is not a person's.
const BRAND_WORDS = new Set([
  'Kia', 'Hyundai', 'Toyota', 'Mazda', 'Nissan', 'Mitsubishi', 'Suzuki', 'Yamaha', 'Kawasaki', 'Ducati',
  'Honda', 'Ford', 'Chevrolet', 'Mercedes', 'Mercedes-Benz', 'Audi', 'Lexus', 'Porsche', 'Ferrari',
  'Lamborghini', 'Volkswagen', 'Peugeot', 'Renault', 'Vespa', 'Piaggio', 'Triumph', 'Harley-Davidson',
  'Isuzu', 'Subaru', 'Volvo', 'Jaguar', 'Bentley', 'Rolls-Royce', 'Maserati', 'Bugatti', 'Tesla', 'VinFast',
  'Nokia', 'Samsung', 'Apple', 'Xiaomi', 'Oppo', 'Vivo', 'Huawei', 'Sony', 'Lenovo', 'Asus', 'Acer',
  'Microsoft', 'Google', 'Intel', 'Qualcomm', 'Nvidia', 'Dolby', 'Canon', 'Nikon', 'Panasonic', 'Toshiba',
  'Philips', 'Lumia', 'Galaxy', 'Windows', 'Android', 'Instagram', 'Facebook', 'Twitter', 'YouTube',
  'Youtube', 'TikTok', 'Zalo', 'Viber', 'Skype', 'WhatsApp', 'Snapchat', 'Netflix', 'Uber', 'Grab', 'Airbus', 'Boeing',
  'Motorola', 'Moto',
  // Arms makers: "Lockheed Martin", "Northrop Grumman".
  'Lockheed', 'Raytheon', 'Northrop', 'Grumman',
  // Cosmetics and fashion houses open their products' names ("Dior Spring", "Lancôme Juicy Shaker").
  'Dior', 'Guerlain', 'Lancôme', 'Chanel', 'Shiseido', 'Clinique', 'Maybelline', 'Revlon', 'Innisfree', 'Gucci', 'Prada', 'Versace',
  // Houses whose name in the news is nearly always the label, not the founder ("túi Hermes Birkin").
  'Hermes', 'Hermès', 'Balenciaga',
]);

/** True for a brand or platform word ("Kia", "Nokia", "Instagram"). */
export function isBrandWord(word: string): boolean {
  return BRAND_WORDS.has(word);
}

// Articles of Romance and German titles ("Le Figaro", "Il Sole", "El Pais", "Der Spiegel"): a
// name they open is a newspaper's or a work's unless a person cue introduces it ("bà Le Pen").
const TITLE_ARTICLES = new Set(['Le', 'Les', 'Il', 'El', 'Los', 'Las', 'Der', 'Die', 'Das']);

/** True when `words` open with an article of a foreign title ("Le", "Il", "Der"). */
export function opensWithTitleArticle(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  // "La" is also a Vietnamese family name ("La Văn Cầu"): an article only before foreign words ("La Habana", "La Decima").
  return TITLE_ARTICLES.has(words[0]) || (words[0] === 'La' && words.slice(1).every((w) => !isVietnameseSyllable(w)));
}

// Function words that a lost space glues onto the name before them ("Flynnvới", "Putinvà").
const GLUED_FUNCTION_WORD = /^(\p{Lu}[a-z]{2,})(với|và|của|cho|là|được|đã|đang|sẽ|bị|nói|cũng|tại|trong|khi|thì)$/u;
// Those in plain letters also end foreign names ("Iheanacho", "Sancho", "Armstrong"): cut off only a name the article
// writes alone too, or "cho" after a consonant no name ending in -cho has before it ("Williamscho").
const PLAIN_FUNCTION_WORDS: ReadonlySet<string> = new Set(['cho', 'trong', 'khi']);

/** True when the plain function word `word` glued after `stem` may be the name's own ending. */
function mayEndTheName(stem: string, word: string, tokens: readonly WordToken[]): boolean {
  if (!PLAIN_FUNCTION_WORDS.has(word) || (word === 'cho' && /[^aeiouyn]$/.test(stem))) return false;
  return !tokens.some((other) => other.text === stem);
}

/**
 * Splits a capitalised token that ends in a glued Vietnamese function word ("Flynnvới" →
 * "Flynn" + "với"); other tokens are returned unchanged. Only plain-Latin stems qualify, so a
 * Vietnamese word that happens to end that way ("Thànhcủa" has marks) is left alone.
 */
export function splitGluedFunctionWords(tokens: readonly WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  for (const t of tokens) {
    const m = t.text.length >= 5 ? GLUED_FUNCTION_WORD.exec(t.text) : null;
    if (m === null || mayEndTheName(m[1], m[2], tokens)) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1].length;
    out.push({ text: m[1], start: t.start, end: cut }, { text: m[2], start: cut, end: t.end });
  }
  return out;
}

// Two foreign names run together by a lost separator: "RenLily" of "Alexis RenLily Maymac" (each
// half at least three letters, so "LeBron", "McGregor", "DiCaprio" stay whole; "MacBook" too).
const GLUED_NAMES = /^(\p{Lu}[a-z]{2,})(\p{Lu}[a-z]{2,})$/u;
const NAME_PREFIXES = new Set(['Mac', 'Van', 'Von', 'Del', 'Der', 'Den', 'Dos', 'Les', 'Las', 'Los', 'Fitz', 'Della']);

/**
 * Splits a token holding two capitalised Latin words ("RenLily") when capitalised words stand on
 * both sides of it, as inside a list of names; brands ("YouTube", "WhatsApp") and other tokens are
 * returned unchanged.
 */
export function splitGluedNames(text: string, tokens: readonly WordToken[]): WordToken[] {
  const out: WordToken[] = [];
  tokens.forEach((t, k) => {
    const m = GLUED_NAMES.exec(t.text);
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const flanked = prev !== undefined && next !== undefined && text.slice(prev.end, t.start) === ' ' && text.slice(t.end, next.start) === ' '
      && /^\p{Lu}[a-z]/u.test(prev.text) && /^\p{Lu}[a-z]/u.test(next.text);
    if (m === null || !flanked || NAME_PREFIXES.has(m[1]) || BRAND_WORDS.has(t.text)) {
      out.push(t);
      return;
    }
    const cut = t.start + m[1].length;
    out.push({ text: m[1], start: t.start, end: cut }, { text: m[2], start: cut, end: t.end });
  });
  return out;
}

// A model code: letters and digits mixed ("CX-9", "1.5G", "i10", "R15", "S8"), not a
// generation ("9x", "8X": born in the nineties, the eighties).
const MODEL_CODE = /^(?!\d{1,2}[xX]$)(?=.*\p{L})(?=.*\d)[\p{L}\d.-]+$/u;

/**
 * Capitalised words written right next to a model code somewhere in the text ("Mazda" of
 * "Mazda CX-9", "Touring" of "CX-9 Touring"): brand and trim names, not people's names.
 * One pass over the tokens.
 */
export function wordsNextToModelCodes(text: string, tokens: readonly WordToken[]): Set<string> {
  const words = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!MODEL_CODE.test(tokens[i].text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && text.slice(prev.end, tokens[i].start) === ' ' && /^\p{Lu}/u.test(prev.text)) words.add(prev.text);
    if (next && text.slice(tokens[i].end, next.start) === ' ' && /^\p{Lu}/u.test(next.text)) words.add(next.text);
  }
  return words;
}

// English common nouns by their suffix ("Pyrotechnics", "Foundation", "Management", "Biology",
// "Communities", "Psychiatry", "Agriculture", "Championship", "Tourism",
// "Software", "Framework"): no given or family name ends so, bar "Clement" ("-sions" and "-ness" end "Sessions", "Souness").
const ENGLISH_NOUN_SUFFIX = /^\p{Lu}[a-z]{2,}(?:ics|tions?|ments?|ology|iatry|ities|tures?|ships?|isms?|wares?|works?)$/u;

/** True for a capitalised English common noun told by its suffix ("Pyrotechnics", "Management"). */
export function hasEnglishNounSuffix(word: string): boolean {
  return ENGLISH_NOUN_SUFFIX.test(word) && word !== 'Clement';
}

// A whole-word occurrence of `phrase` in the text (letters and digits do not touch it).
function wordOccurrences(text: string, phrase: string): number[] {
  const at: number[] = [];
  for (let k = text.indexOf(phrase); k >= 0; k = text.indexOf(phrase, k + 1)) {
    const before = text[k - 1] ?? ' ';
    const after = text[k + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) at.push(k);
  }
  return at;
}

// Words after which a capitalised word is a district, county, state or club ("hạt Leflore", "bang Texas", "CLB Ajax").
const PLACE_OR_CLUB_WORD_BEFORE = /(?:^|\s)(?:hạt|bang|tỉnh|thành phố|tp\.?|quận|vùng|clb|đội bóng)\s+$/iu;

const COMPASS_POINTS_BEFORE_PLACE = new Set(['Nam', 'Bắc', 'Đông', 'Tây']);

const KOREAN_FAMILY_NAMES = new Set([
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang',
  'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Moon', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Shim', 'Noh', 'Ha', 'Kwak', 'Sung',
  'Cha', 'Joo', 'Woo', 'Min', 'Ryu', 'Jin', 'Ji', 'Chae', 'Won', 'Gong', 'Hyun', 'Byun', 'Yang', 'Jo',
]);

/**
 * True for a Korean name of three plain words: a Korean family name and two given-name syllables,
 * at least one of which no Vietnamese syllable spells ("Song Joong Ki", "Song Hye Kyo"), so the
 * Vietnamese-looking "Song", "Hye" or "Ki" do not make it read as Vietnamese.
 */
export function isKoreanFullName(words: readonly string[]): boolean {
  return words.length === 3 && KOREAN_FAMILY_NAMES.has(words[0]) && words.every((w) => /^\p{Lu}[a-z]+$/u.test(w))
    && words.slice(1).some((w) => !isVietnameseSyllable(w));
}

// Words that open a place's name of two words or more ("Saint Petersburg", "New Mexico", "Santa Clara").
const PLACE_NAME_OPENERS = new Set(['Saint', 'San', 'Santa', 'Santo', 'São', 'New', 'Los', 'Las', 'Port', 'Fort', 'North', 'South', 'West', 'East', 'Upper', 'Lower', 'Great', 'Mount', 'Lake', 'Cape', 'Costa', 'Sierra', 'Puerto', 'Rio', 'Nizhny', 'Novo']);

// Prepositions and place words before a place named alone ("ở Manila", "tại Donetsk", "thủ đô Manila").
const LOCATIVE_BEFORE = /(?:^|\s)(?:ở|tại|đến|tới|thủ đô|thành phố|bang|hạt|tỉnh|vùng)\s+$/iu;

/** True when a district, state or club word stands right before `start` ("hạt Leflore", "CLB Ajax"). */
export function isAfterPlaceOrClubWord(text: string, start: number): boolean {
  return PLACE_OR_CLUB_WORD_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

/**
 * How many head words of a run of foreign words are a place, body or club glued before a person's
 * name ("Manila Oscar Albayalde", "Verkhovnaya Rada Nadezhda Savchenko"); 0 when none. The head
 * (one or two words, before a name of two or three) is a place when the article names it after a
 * preposition ("ở Manila") or a place word stands before the run ("hạt Leflore"); else it must stand
 * alone elsewhere while the name's last word is written without the head.
 */
export function bodyGluedBeforeName(text: string, words: readonly string[], runStart: number): number {
  // A compass point and one foreign word after a place word are one place before a two-word name
  // ("bang Nam Carolina Lindsey Graham", "bang Tây Virginia Joe Manchin"); "Nam" is no Korean family name there.
  if (words.length === 4 && COMPASS_POINTS_BEFORE_PLACE.has(words[0]) && isAfterPlaceOrClubWord(text, runStart)
    && words.slice(1).every((w) => /^\p{Lu}[a-z'-]+$/u.test(w) && !isVietnameseSyllable(w))) return 2;
  // Korean family names stand alone for a couple or a family ("Song Joong Ki" of "cặp đôi Song - Song"),
  // and words opening a place's name take the next word with them ("Saint Petersburg").
  if (KOREAN_FAMILY_NAMES.has(words[0]) || PLACE_NAME_OPENERS.has(words[0])) return 0;
  // Arabic and Dutch names run long with their particles ("Sabah Al-Ahmad Al-Jaber Al-Sabah"): one name.
  if (words.some((w) => isParticleWord(w) || HYPHENATED_PARTICLE.test(w[0].toLowerCase() + w.slice(1)) || SURNAME_PARTICLES.has(w))) return 0;
  // Only foreign words, each capitalised.
  if (words.some((w) => !/^\p{Lu}[\p{L}'-]*$/u.test(w) || hasVietnameseMarks(w))) return 0;
  for (const headLength of [1, 2]) {
    const rest = words.slice(headLength);
    if (rest.length < 2 || rest.length > 3) continue;
    const head = words.slice(0, headLength).join(' ');
    const headAt = wordOccurrences(text, head);
    // Alone: not before another capitalised word, and not after an honorific ("ông Otto" is a person's).
    const headAlone = headAt.some((k) => !/^ \p{Lu}/u.test(text.slice(k + head.length, k + head.length + 2))
      && !/(?:^|\s)(?:ông|bà|anh|chị|cô|ngài|Ông|Bà|Anh|Chị|Cô|Ngài)\s+$/u.test(text.slice(Math.max(0, k - 6), k)));
    // Named as a place elsewhere: "ở Manila", "tại Donetsk", "thủ đô Manila".
    const headAsPlace = headAt.some((k) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, k - 12), k)));
    // After a place word only a one-word place is sure to end before the name ("hạt Leflore"; not "TP Saint Petersburg").
    const placeBefore = headLength === 1 && rest.length === 2 && isAfterPlaceOrClubWord(text, runStart);
    if (headAsPlace || placeBefore) return headLength;
    const glued = `${words.slice(0, -1).join(' ')} `;
    // Otherwise the article must name the person apart from the head, as news names people again.
    const restAlone = wordOccurrences(text, rest[rest.length - 1]).some((k) => text.slice(Math.max(0, k - glued.length), k) !== glued);
    if (headAlone && restAlone) return headLength;
  }
  return 0;
}

// English ranks and titles written before a surname in quoted English ("Constable Grainger",
// "Detective Sergeant Hale"): the rank is no part of the name. Not "Major" or "Judge", also surnames.
const ENGLISH_RANKS = new Set([
  'Constable', 'Sergeant', 'Detective', 'Inspector', 'Officer', 'Sheriff', 'Superintendent', 'Lieutenant', 'Corporal', 'Deputy',
]);

/** How many English ranks open a run of foreign words before at least one more word ("Detective Sergeant Hale" → 2). */
export function leadingEnglishRanks(words: readonly string[]): number {
  let k = 0;
  while (k < words.length - 1 && ENGLISH_RANKS.has(words[k])) k++;
  return k;
}

// Endings of English place names ("Greenwood", "Riverside", "Hamilton" is left out: -ton ends given names too).
const PLACE_NAME_ENDING = /^\p{Lu}[a-z]{2,}(?:wood|ville|burg|borough|field|shire|stan|side|port|mouth|polis|grad)$/u;

/**
 * 1 when a run of three plain foreign words opens with a word ending like a place's name, which a
 * role glues before its holder's two-word name ("giám đốc Cứu hỏa Greenwood Marcus Banks"); else 0.
 */
export function placeLikeHeadBeforeName(words: readonly string[]): number {
  if (words.length !== 3 || !words.every((w) => /^\p{Lu}[a-z]+$/u.test(w) && !isVietnameseSyllable(w))) return 0;
  return PLACE_NAME_ENDING.test(words[0]) ? 1 : 0;
}
