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
  extractPlaces,
  findOrganizations,
  repairRunTogetherSentences,
  rescorePeople,
  scanPeople,
} from './entities';
import { tagArticle } from './article-ner';
import type { RescorerInput } from './entities/people-rescorer-candidates';
import type { NerToken } from './nlp';

export { MAX_NER_CHARS } from './article-ner';
// C0 controls but tab/newline, DEL, lone surrogates' replacement and private-use junk of binary input.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** The texts of an article as the analysis reads them: cleaned fields, the byline moved to the author, and one running text. */
interface ArticleText {
  title: string;
  lead: string;
  body: string;
  author: string;
  /** Title, lead (unless the body repeats it) and body, one per line: what every rule reads. */
  text: string;
}

function articleText(raw: RawArticle): ArticleText {
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
  return { title, lead, body, author, text };
}

/** The named entities of the text: the rules' people, organisations and places, and what the people re-scorer reads. */
function namedEntities(text: string, ner: NerToken[], exclude: string[]) {
  const scan = scanPeople(text, ner, { exclude });
  const ruleNames = new Set(scan.people.map((p) => p.name.toLowerCase()));
  const notARulePerson = (name: string) => !ruleNames.has(name.toLowerCase());
  // Found once: places skip the organisations' words.
  const organizationMentions = findOrganizations(text, ner);
  const organizations = extractOrganizations(text, ner, organizationMentions).filter(notARulePerson);
  const places = extractPlaces(text, ner, organizationMentions).filter(notARulePerson);
  const rescorerInput: RescorerInput = { text, people: scan.people, runs: scan.runs, ner: scan.aligned, organizations, places };
  return { ruleNames, organizations, places, rescorerInput };
}

/** What the people re-scorer reads of `raw` and the names it must not add (scripts/train-people-rescorer.ts trains on these). */
export function peopleRescorerInput(raw: RawArticle): { input: RescorerInput; exclude: string[] } {
  const { author, text } = articleText(raw);
  const exclude = author ? [author] : [];
  return { input: namedEntities(text, tagArticle(text), exclude).rescorerInput, exclude };
}

/** Analyses one article; throws an Error starting "analysis:" when `raw` is not an article. */
export function analyzeArticle(raw: RawArticle): AnalyzedArticle {
  const { title, lead, body, author, text } = articleText(raw);
  const ner = tagArticle(text);
  const exclude = author ? [author] : [];
  const { ruleNames, organizations, places, rescorerInput } = namedEntities(text, ner, exclude);
  // The learned second opinion on the rules' people (./entities/people-rescorer.ts).
  const people = rescorePeople(rescorerInput, undefined, exclude);
  const addedNames = new Set(people.map((p) => p.name.toLowerCase()).filter((name) => !ruleNames.has(name)));
  const notAnAddedPerson = (name: string) => !addedNames.has(name.toLowerCase());

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
    organizations: organizations.filter(notAnAddedPerson),
    places: places.filter(notAnAddedPerson),
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
