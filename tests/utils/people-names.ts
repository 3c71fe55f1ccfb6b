import { tagArticle } from '../../src/analysis/article-ner';
import { extractPeople } from '../../src/analysis/entities';

/** The names of the people found in `text` with the tagger's reading, as the analyser runs the rules. */
export function taggedPeopleNames(text: string): string[] {
  return extractPeople(text, tagArticle(text)).map((p) => p.name);
}
