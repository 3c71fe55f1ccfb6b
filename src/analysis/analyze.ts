/**
 * Stage 3 of the pipeline: a raw article → what readers search for (people, organisations,
 * places, movements, documents, numbers, the publication date). NER runs once per article,
 * over the clauses that can hold a name (./article-ner.ts); every entity rule is a pure
 * function over the text and NER rows.
 */
import type { AnalyzedArticle, RawArticle } from '../types';
import { extractNumbers, normalizeText } from '../text';
import { findDateline, inferYear, toIsoDate } from './dates';
import { splitByline } from './entities/byline';
import {
  extractDocuments,
  extractMovements,
  extractOrganizations,
  extractPeople,
  extractPlaces,
  findOrganizations,
  repairRunTogetherSentences,
} from './entities';
import { tagArticle } from './article-ner';

export { MAX_NER_CHARS } from './article-ner';
// C0 controls but tab/newline, DEL, lone surrogates' replacement and private-use junk of binary input.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** Analyses one article; throws an Error starting "analysis:" when `raw` is not an article. */
export function analyzeArticle(raw: RawArticle): AnalyzedArticle {
  if (raw === null || typeof raw !== 'object') throw new Error('analysis: article must be an object');
  if (typeof raw.title !== 'string' || typeof raw.body !== 'string') {
    throw new Error(`analysis: article ${raw.origin ?? ''} needs string title and body`.replace('  ', ' '));
  }
  const title = clean(raw.title);
  const lead = repairRunTogetherSentences(clean(raw.lead ?? ''));
  let body = repairRunTogetherSentences(clean(raw.body));
  let author = clean(raw.author ?? '');
  const byline = splitByline(body);
  if (byline && (!author || byline.author === author)) {
    author = byline.author;
    body = byline.body;
  }

  // The body often repeats the lead (baomoi's body is "lead and body"): count it once.
  const bodyRepeatsLead = lead !== '' && body.startsWith(lead.slice(0, 80));
  const text = [title, bodyRepeatsLead ? '' : lead, body].filter(Boolean).join('\n');
  const ner = tagArticle(text);
  const people = extractPeople(text, ner, { exclude: author ? [author] : [] });
  const personNames = new Set(people.map((p) => p.name.toLowerCase()));
  const notAPerson = (name: string) => !personNames.has(name.toLowerCase());
  // Found once: places skip the organisations' words.
  const organizationMentions = findOrganizations(text, ner);

  return {
    title,
    lead,
    body,
    author,
    source: clean(raw.source ?? ''),
    url: raw.url ?? '',
    category: clean(raw.category ?? ''),
    publishedAt: publicationDate(raw.date, lead || body, text),
    people,
    organizations: extractOrganizations(text, ner, organizationMentions).filter(notAPerson),
    places: extractPlaces(text, ner, organizationMentions).filter(notAPerson),
    movements: extractMovements(text),
    documents: extractDocuments(text),
    numbers: extractNumbers(text),
  };
}

/** Normalised text without control characters. */
function clean(s: string): string {
  return normalizeText(String(s).replace(CONTROL, ' ')).trim();
}

/**
 * The ISO publication date: the metadata date when it has a year; otherwise the metadata's or
 * the lead's dateline with the year inferred from the text; "" when nothing says.
 */
function publicationDate(written: string | undefined, lead: string, text: string): string {
  if (written) {
    const withYear = toIsoDate(written);
    if (withYear) return withYear;
    const year = inferYear(text);
    const inferred = year === null ? '' : toIsoDate(written, year);
    if (inferred) return inferred;
  }
  const dateline = findDateline(lead);
  if (!dateline) return '';
  const year = dateline.year ?? inferYear(text);
  return year === null ? '' : toIsoDate(`${dateline.day}/${dateline.month}/${year}`);
}
