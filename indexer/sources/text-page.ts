/**
 * A news page saved as plain text by a scraper: page chrome (visitor and view counters, menu
 * and slug lines, share bars) around a title, a lead with a source tag and a dateline, the
 * body and the author's sign-off. Chrome is recognised by general rules, not by its strings.
 */
import type { RawArticle } from '../../src/types';
import { repairRunTogetherSentences } from '../../src/analysis/entities/text-units';

// Counters and online-visitor lines ("Truy cập hiện tại", "Đang có 67 khách … online").
const COUNTER = /(?:truy cập|online|trực tuyến|lượt xem|lần xem|lượt truy cập|đang có \d+|khách|thành viên|visitors?|views?|hôm nay:|tổng số)/iu;
// Share/print bars and widget labels, one or two words each.
const WIDGET = /^(?:chia sẻ|facebook|twitter|zalo|email|e-mail|gửi|in|in bài|bình luận|tweet|like|share|print|tags?|từ khóa|từ khoá|lên đầu trang|quay lại|trở về|xem thêm|tin liên quan|bài liên quan|tin khác|các tin khác|đọc thêm|gửi bài|phản hồi|ý kiến|top|trang chủ|home|rss|google\+?)$/iu;
// A URL slug: ASCII words joined by hyphens, no spaces ("Dua-nghi-quyet-vao-cuoc-song").
const SLUG = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+\/?$/;
const BARE_NUMBER = /^[\d.,\s:/-]+$/;
// A line ending like a sentence, or the closing mark "./.".
const SENTENCE_END = /(?:[.!?…:;"”)]|\.\/\.)$/u;
const SOURCE_TAG = /^\(([\p{Lu}\d][\p{L}\d .&/-]{0,24})\)\s*[-–—:]?\s*/u;
const SIGN_OFF_NAME = /^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){0,3}\p{Lu}[\p{Ll}\p{M}]*(?:\s*\([^()]{1,20}\))?$/u;
const DATELINE = /^(?:[^,]{0,40},\s*)?(?:(?:sáng|trưa|chiều|tối|đêm|rạng sáng)\s+(?=\d|ngày))?(ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)/iu;

/** Parses a saved text page into a raw article (title, lead, body, author, source, date). */
export function parseTextPage(text: string, origin: string): RawArticle {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
  const paragraphIdx = lines.map(isParagraph);
  const first = paragraphIdx.indexOf(true);
  if (first < 0) {
    const kept = lines.filter((l) => !isChrome(l));
    return { title: kept[0] ?? '', body: kept.slice(1).join('\n'), origin };
  }
  const last = paragraphIdx.lastIndexOf(true);

  // Title: the nearest non-chrome heading line before the first paragraph.
  let title = '';
  for (let i = first - 1; i >= 0; i--) {
    if (isChrome(lines[i]) || isDateOnly(lines[i])) continue;
    if (lines[i].split(' ').length >= 3) {
      title = lines[i];
      break;
    }
  }

  // Author: a short name line right after the body (after "./." typically).
  let author: string | undefined;
  for (let i = last + 1; i < lines.length && i <= last + 3; i++) {
    if (isChrome(lines[i])) continue;
    if (SIGN_OFF_NAME.test(lines[i]) && lines[i].split(' ').length <= 5) author = lines[i].replace(/\s*\([^()]*\)$/, '');
    break;
  }

  const bodyLines = lines.slice(first, last + 1).filter((l) => !isChrome(l));
  let bodyText = repairRunTogetherSentences(bodyLines.join('\n')).replace(/\s*\.\/\.\s*$/u, '.');

  let source: string | undefined;
  const tag = SOURCE_TAG.exec(bodyText);
  if (tag) {
    source = tag[1].trim();
    bodyText = bodyText.slice(tag[0].length);
  }
  const dateline = DATELINE.exec(bodyText);
  const { lead, rest } = splitLead(bodyText);
  const article: RawArticle = { title, lead, body: rest, origin };
  if (author) article.author = author;
  if (source) article.source = source;
  if (dateline) article.date = dateline[1];
  return article;
}

/** The lead is the first sentence of the first paragraph; the body is what follows. */
function splitLead(text: string): { lead: string; rest: string } {
  const newline = text.indexOf('\n');
  const firstParagraph = newline < 0 ? text : text.slice(0, newline);
  // First ". " followed by an upper-case letter, not inside "TP. HCM"-like abbreviations.
  const m = /(?<=[\p{Ll}\d”")])[.!?](?=\s+[\p{Lu}“"])/u.exec(firstParagraph);
  const cut = m ? m.index + 1 : firstParagraph.length;
  return { lead: firstParagraph.slice(0, cut).trim(), rest: text.slice(cut).trim() };
}

/** A body paragraph: long, or sentence-like with several words. */
function isParagraph(line: string): boolean {
  if (isChrome(line)) return false;
  if (line.length >= 160) return true;
  return line.length >= 60 && SENTENCE_END.test(line) && line.split(' ').length >= 10;
}

/** Page chrome by shape: counters, widget labels, slugs, bare numbers. */
function isChrome(line: string): boolean {
  if (SLUG.test(line) || BARE_NUMBER.test(line) || WIDGET.test(line)) return true;
  return line.length <= 80 && COUNTER.test(line) && !SENTENCE_END.test(line);
}

function isDateOnly(line: string): boolean {
  return /^(?:thứ\s+\p{L}+|chủ nhật)?[,\s]*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s*[-|,]?\s*\d{1,2}:\d{2}.*)?$/iu.test(line);
}
