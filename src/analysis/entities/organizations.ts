/**
 * Organisations: a head word ("UBND", "Sở", "Liên đoàn Lao động", "Công ty", …) followed by
 * its name and the province or district it belongs to ("Liên đoàn Lao động tỉnh An Giang").
 * Names follow the tagger's word segmentation, so "Sở Giáo dục và Đào tạo" stays whole.
 */
import type { NerToken } from '../nlp';
import { expandAbbreviations } from './abbreviations';
import { ADMIN_UNITS, canonicalPlace } from './gazetteer';
import { isSurname } from './surnames';
import { alignNer, squeeze, wordTokens } from './text-units';

// Heads that need a name after them ("Sở Y tế"), lower-cased.
const HEADS = [
  'ủy ban nhân dân', 'ủy ban', 'ubnd', 'hđnd', 'hội đồng nhân dân', 'hội đồng', 'mặt trận tổ quốc',
  'ủy ban mặt trận tổ quốc', 'mttq', 'ubmttq', 'liên đoàn lao động', 'lđlđ', 'liên đoàn', 'công đoàn',
  'sở', 'bộ', 'cục', 'tổng cục', 'chi cục', 'ban', 'viện', 'học viện', 'trường', 'đại học',
  'bệnh viện', 'ngân hàng', 'công ty', 'tập đoàn', 'tổng công ty', 'hội', 'đoàn thanh niên',
  'tỉnh đoàn', 'thành đoàn', 'huyện đoàn', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'đảng ủy',
  'tòa án nhân dân', 'tand', 'viện kiểm sát nhân dân', 'vksnd', 'công an', 'bộ chỉ huy', 'quân khu',
  'văn phòng', 'trung tâm', 'câu lạc bộ', 'clb', 'hợp tác xã', 'htx', 'báo', 'đài', 'hãng',
  'liên hiệp', 'hiệp hội', 'ủy ban kiểm tra', 'bảo hiểm xã hội', 'kho bạc nhà nước', 'cục thuế',
  'chi nhánh', 'tổ chức', 'quỹ', 'đài truyền hình', 'đài phát thanh', 'thông tấn xã',
];
// Heads that are an organisation on their own.
const STANDALONE = ['quốc hội', 'chính phủ', 'bộ chính trị', 'ban bí thư', 'ban chấp hành trung ương', 'tổng liên đoàn lao động việt nam', 'liên hợp quốc', 'ngân hàng nhà nước', 'mặt trận tổ quốc việt nam', 'kiểm toán nhà nước'];
// Lower-case words that continue a head ("Ủy ban nhân dân", "Công ty cổ phần").
const CONTINUATIONS = new Set(['nhân dân', 'cổ phần', 'trách nhiệm hữu hạn', 'tnhh', 'quốc gia', 'trung ương', 'nhà nước']);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Organisations in `text`, deduped (abbreviated and full forms count as one), in order. */
export function extractOrganizations(text: string, ner: NerToken[] = []): string[] {
  const words: Word[] = ner.length
    ? alignNer(text, ner).map((t) => ({ text: t.word, start: t.start, end: t.end }))
    : wordTokens(text);
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const head = headAt(words, i);
    if (!head) continue;
    const first = words[i].text;
    if (!/^\p{Lu}/u.test(first)) continue;
    let j = i + head.length; // next word after the head
    let named = STANDALONE.includes(head.text);
    while (j < words.length && adjacent(text, words[j - 1], words[j])) {
      const w = words[j].text;
      const lower = w.toLowerCase();
      if (/^[\p{Lu}]/u.test(w)) {
        named = true;
        j++;
      } else if (lower === 'và' && /^\p{Lu}/u.test(words[j + 1]?.text ?? '') && named) {
        j++;
      } else if (CONTINUATIONS.has(lower) && j === i + head.length) {
        j++;
      } else if (ADMIN_UNITS.includes(lower) && /^\p{Lu}/u.test(words[j + 1]?.text ?? '')) {
        // "… tỉnh An Giang": the unit's name closes the organisation (a name after it is a person's).
        const place = placeAfterUnit(text, words, j + 1);
        if (place > 0) j += 1 + place;
        else if (!isSurname(words[j + 1].text.split(' ')[0])) j += 2;
        else break;
        named = true;
        break;
      } else break;
    }
    if (!named) continue;
    found.push(squeeze(text.slice(words[i].start, words[j - 1].end)));
    i = j - 1;
  }
  return dedupe(found);
}

/** The head phrase starting at word i (spanning up to four words), or null. */
function headAt(words: Word[], i: number): { text: string; length: number } | null {
  let best: { text: string; length: number } | null = null;
  let joined = '';
  for (let n = 1; n <= 4 && i + n <= words.length; n++) {
    joined = (joined ? `${joined} ` : '') + words[i + n - 1].text.toLowerCase();
    if (HEADS.includes(joined) || STANDALONE.includes(joined)) best = { text: joined, length: n };
  }
  return best;
}

/** Number of words (1–3) at `k` forming a known place, 0 when none. */
function placeAfterUnit(text: string, words: Word[], k: number): number {
  for (let n = 3; n >= 1; n--) {
    const span = words.slice(k, k + n);
    if (span.length < n || !span.every((w, x) => x === 0 || adjacent(text, span[x - 1], w))) continue;
    if (canonicalPlace(span.map((w) => w.text).join(' '))) return n;
  }
  return 0;
}

function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ ]*$/.test(text.slice(a.end, b.start));
}

function dedupe(names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const n of names) {
    const key = expandAbbreviations(n).toLowerCase();
    if (!byKey.has(key)) byKey.set(key, n);
  }
  return [...byKey.values()];
}
