/**
 * `npm run --silent analyze -- <file…>`: one JSON object per article a line on stdout with
 * what the analysis finds; unreadable records go to stderr and make the exit code 1.
 */
import { analyzeArticle } from '../analysis/analyze';
import { isSourceError, readSources } from '../../indexer/sources';
import type { AnalyzedArticle } from '../types';

/** The fields the command prints, in this order. */
export function toOutputRecord(a: AnalyzedArticle): Record<string, unknown> {
  return {
    title: a.title,
    lead: a.lead,
    body: a.body,
    author: a.author,
    source: a.source,
    publishedAt: a.publishedAt,
    people: a.people.map((p) => ({ name: p.name, roles: p.roles, mentions: p.mentions })),
    organizations: a.organizations,
    places: a.places,
    movements: a.movements,
    documents: a.documents,
    numbers: a.numbers,
  };
}

/** Analyses every article of `paths`, writing results and errors; resolves to the exit code. */
export async function runAnalyze(
  paths: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  if (paths.length === 0) {
    err('analyze: usage: npm run --silent analyze -- <file|folder|->...');
    return 2;
  }
  let failed = 0;
  for await (const item of readSources(paths)) {
    if (isSourceError(item)) {
      failed++;
      err(`analyze: ${item.origin}: ${item.error}`);
      continue;
    }
    try {
      out(JSON.stringify(toOutputRecord(analyzeArticle(item))));
    } catch (e) {
      failed++;
      err(`analyze: ${item.origin}: ${(e as Error).message}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  runAnalyze(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e: Error) => {
      process.stderr.write(`analyze: ${e.message}\n`);
      process.exitCode = 1;
    },
  );
}
