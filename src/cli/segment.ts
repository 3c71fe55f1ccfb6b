/**
 * `npm run --silent segment`: word-segments stdin line by line, streaming.
 *
 * Each output line holds the words of its input line separated by single spaces, every
 * syllable of a multi-syllable word joined by '_' ("Hà_Nội", "Ủy_ban_nhân_dân"). vntk's
 * own 'text' format joins only the first space of a word (`w.replace(' ', '_')`); joining
 * all of them keeps one word one token. Empty lines stay empty.
 */
import * as readline from 'node:readline';
import { segmentWords } from '../analysis/nlp';

/** The segmented form of one line: words by spaces, syllables by '_'. */
export function segmentLine(line: string): string {
  return segmentWords(line)
    .map((word) => word.replaceAll(' ', '_'))
    .join(' ');
}

async function main(): Promise<void> {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const ok = process.stdout.write(segmentLine(line) + '\n');
    if (!ok) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`segment: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
