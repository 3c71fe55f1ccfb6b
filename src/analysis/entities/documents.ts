/**
 * Legal and party document references: "Nghị quyết 6b/NQ-BCH", "Nghị định 15/2023/NĐ-CP",
 * "Công văn số 12/UBND-KT", "Luật Đất đai 2013".
 */
import { squeeze, upperFirst } from './text-units';

const DOCUMENT_TYPES = [
  'thông tư liên tịch', 'nghị quyết liên tịch', 'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị',
  'thông tư', 'kế hoạch', 'công văn', 'thông báo', 'hướng dẫn', 'công điện', 'kết luận', 'quy định',
  'pháp lệnh', 'lệnh', 'sắc lệnh', 'đề án', 'tờ trình', 'báo cáo', 'văn bản', 'quy chế', 'thông tri',
];

// A document code: a number (maybe with a letter), then "/" or "-" separated parts, at least one
// "/" and one upper-case part ("6b/NQ-BCH", "15/2023/NĐ-CP", "26-NQ/TW", "12/UBND-KT").
/** "nghị quyết" → "[Nn]ghị quyết": the type word may open a sentence. */
function eitherCaseFirst(word: string): string {
  return `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
}

const CODE = String.raw`\d+[a-zđ]?(?:[/-][\p{L}\d&.]+)*/[\p{L}\d&.-]*\p{Lu}[\p{L}\d&.-]*|\d+/(?:19|20)\d\d(?![\d/])`;
const CODED_DOCUMENT = new RegExp(
  String.raw`(?<![\p{L}])(${DOCUMENT_TYPES.map(eitherCaseFirst).join('|')})\s+(?:[Ss]ố\s+|[Ss]ố:\s*)?(${CODE})`,
  'gu',
);

// "Luật Đất đai", "Bộ luật Hình sự", "Luật Giao thông đường bộ năm 2008": a capitalised head
// word, then lower-case words until a verb/function word, an optional year.
const LAW = new RegExp(
  String.raw`(?<![\p{L}])(Bộ luật|Luật)\s+(\p{Lu}[\p{Ll}\p{M}]*(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Ll}\p{M}]+)){0,5})`,
  'gu',
);

// Words that end a law's name ("Luật Đất đai đã quy định" → "Luật Đất đai").
const LAW_NAME_STOPS = new Set([
  'đã', 'đang', 'sẽ', 'được', 'bị', 'có', 'là', 'và', 'của', 'cho', 'về', 'quy', 'với', 'thì', 'mà',
  'này', 'đó', 'khi', 'không', 'cũng', 'vẫn', 'nên', 'phải', 'theo', 'tại', 'trong', 'để', 'thông',
  'ban', 'sửa', 'mới', 'hiện', 'còn', 'nhằm', 'từ', 'do', 'vào', 'hay', 'hoặc', 'sau', 'trước',
  'nói', 'nêu', 'ghi', 'áp', 'chưa', 'cần', 'gồm', 'lần', 'năm', 'số', 'dự', 'thì', 'như', 'người',
  'chính', 'nay', 'bao', 'cụ', 'tới', 'đến', 'điều', 'khoản', 'chương',
]);

/** " 2013" when the law's name is followed by its year ("Luật Đất đai năm 2013"), else "". */
function lawYear(from: string, words: string[]): string {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const m = new RegExp(`^${escaped}\\s+(?:năm\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'u').exec(from);
  return m ? ` ${m[1]}` : '';
}

/** Document references in `text`, normalised ("nghị quyết số 6b/NQ-BCH" → "Nghị quyết 6b/NQ-BCH"), deduped, in order. */
export function extractDocuments(text: string): string[] {
  const found: { at: number; name: string }[] = [];
  for (const m of text.matchAll(CODED_DOCUMENT)) {
    const code = m[2].replace(/[.-]+$/, '');
    found.push({ at: m.index, name: `${upperFirst(m[1].toLowerCase())} ${code}` });
  }
  for (const m of text.matchAll(LAW)) {
    const words = m[2].split(/\s+/);
    const kept: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      // "và" belongs to the name only when a capitalised word follows ("Hôn nhân và Gia đình").
      if (w === 'và' && /^\p{Lu}/u.test(words[i + 1] ?? '')) {
        kept.push(w);
        continue;
      }
      if (LAW_NAME_STOPS.has(w) || (w === 'và' && i > 0)) break;
      kept.push(w);
    }
    // "Luật sư", "Luật pháp" are not laws: a law's name starts with a capitalised word.
    if (kept.length === 0 || !/^\p{Lu}/u.test(kept[0])) continue;
    const year = lawYear(text.slice(m.index, m.index + 200), [m[1], ...kept]);
    found.push({ at: m.index, name: squeeze(`${m[1]} ${kept.join(' ')}${year}`) });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { name } of found) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
