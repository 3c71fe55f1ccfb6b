/**
 * Named campaigns, emulation movements and titles: quoted names introduced by a trigger
 * ("phong trào thi đua “Giỏi việc nước, đảm việc nhà”", "danh hiệu “Người tốt, việc tốt”").
 */
import { upperFirst } from './text-units';

// Nouns that introduce a campaign or title within a few words before the quote.
const TRIGGERS = [
  'phong trào', 'thi đua', 'cuộc vận động', 'vận động', 'danh hiệu', 'chương trình', 'cuộc thi',
  'hội thi', 'giải thưởng', 'mô hình', 'chiến dịch',
  'tháng hành động', 'ngày hội', 'tấm gương', 'gương sáng', 'điển hình', 'đề án',
  'dự án', 'cuộc thi viết', 'giải', 'kỷ niệm chương',
];

// Verbs that introduce a campaign only right before its quote ("hưởng ứng “Giờ Trái đất”"), at
// most one word apart: further away they belong to other words ("tham gia biểu diễn trong “…”").
const VERB_TRIGGERS = ['phát động', 'tham gia', 'hưởng ứng', 'tuyên dương', 'học tập và làm theo', 'triển khai', 'thực hiện'];

// A quote introduced by a document reference or a speech verb is not a campaign.
const NOT_AFTER = /(?:\d+[a-zđ]?\/[\p{L}\d&.\-/]+|nói|rằng|nhấn mạnh|khẳng định|cho biết|chia sẻ|tâm sự|bày tỏ|phát biểu|nhắn nhủ|gọi là|gọi|hỏi|kêu|thốt lên)\s*[:,]?\s*$/u;

const QUOTE = /“([^“”\n]{2,160})”|"([^"\n]{2,160})"|«([^«»\n]{2,160})»/gu;
const MAX_WORDS = 20;
// How far back (in characters) a trigger may be: a few words ("phong trào thi đua yêu nước “…”").
const TRIGGER_WINDOW = 48;

/** Names of campaigns, movements and titles in `text`, canonically cased, deduped, in order. */
export function extractMovements(text: string): string[] {
  const candidates: string[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const inner = (m[1] ?? m[2] ?? m[3]).trim();
    if (!looksLikeName(inner)) continue;
    const before = clauseBefore(text, m.index);
    if (NOT_AFTER.test(before)) continue;
    if (!hasTrigger(before)) continue;
    // A quote followed by "- Name nói" or ", ông X nói" is speech.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^\s*[-–—]\s/u.test(after) && inner.split(/\s+/).length > 8) continue;
    candidates.push(inner);
  }
  return canonicalise(candidates, text);
}

/** A campaign name: 2–20 words, no sentence inside it, not a bare number. */
function looksLikeName(inner: string): boolean {
  const words = inner.split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (/[.!?;:…]\s|[.!?…]$/u.test(inner)) return false;
  if (!/\p{L}/u.test(inner)) return false;
  // Campaign names are written capitalised; a lower-case quote is a scare quote (mô hình “rừng dọc”).
  if (/^\p{Ll}/u.test(inner)) return false;
  // A document title ("về công tác …") starts with "về".
  if (/^(?:về|v\/v)\s/iu.test(inner)) return false;
  return true;
}

/** The text between the previous sentence end (or quote) and `index`, at most TRIGGER_WINDOW+ chars. */
function clauseBefore(text: string, index: number): string {
  const from = Math.max(0, index - 120);
  const slice = text.slice(from, index);
  const cut = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('\n'), slice.lastIndexOf('”'), slice.lastIndexOf(';'));
  return cut >= 0 ? slice.slice(cut + 1) : slice;
}

const TRIGGER = new RegExp(`(?<![\\p{L}])(?:${TRIGGERS.join('|')})(?![\\p{L}])`, 'u');
const VERB_TRIGGER = new RegExp(`(?<![\\p{L}])(?:${VERB_TRIGGERS.join('|')})(?:\\s+[\\p{L}\\p{M}]+)?\\s*:?\\s*$`, 'u');

function hasTrigger(before: string): boolean {
  const window = before.slice(-TRIGGER_WINDOW).toLowerCase();
  return TRIGGER.test(window) || VERB_TRIGGER.test(window);
}

/**
 * Sentence case: the first letter upper, a later capitalised word lower-cased when the text
 * also has it in lower case or when it is a lone capital (not part of a proper name such as
 * "Hồ Chí Minh"); case variants of the same name collapse to one.
 */
function canonicalise(names: string[], text: string): string[] {
  const out = new Map<string, string>();
  for (const name of names) {
    const canonical = sentenceCase(name, text);
    const key = canonical.toLowerCase();
    if (!out.has(key)) out.set(key, canonical);
  }
  return [...out.values()];
}

function sentenceCase(name: string, text: string): string {
  const words = name.split(/\s+/);
  const isCap = words.map((w) => /^\p{Lu}[\p{Ll}\p{M}]/u.test(w));
  const isAcronym = words.map((w) => /^[\p{Lu}\d]{2,}$/u.test(w));
  const titleCase = isCap.filter(Boolean).length > words.length / 2;
  const kept = words.map((w, i) => {
    if (i === 0) return upperFirst(w);
    if (isAcronym[i] || !isCap[i]) return w;
    // A run of two or more capitalised words is a proper name ("Hồ Chí Minh"), unless the
    // whole quote is in title case: then only runs the text also writes capitalised survive.
    const inRun = (i - 1 > 0 && isCap[i - 1]) || isCap[i + 1] === true;
    if (inRun && (!titleCase || properNameInText(words, i, text))) return w;
    const lower = w.toLowerCase();
    return lower;
  });
  return kept.join(' ').replace(/[,\s]+$/u, '');
}

/** True when the capitalised run around word `i` occurs capitalised outside quotes too. */
function properNameInText(words: string[], i: number, text: string): boolean {
  const run = [words[i]];
  if (/^\p{Lu}/u.test(words[i + 1] ?? '')) run.push(words[i + 1]);
  return text.split(run.join(' ')).length > 2;
}

