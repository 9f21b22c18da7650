// `npm run annotate -- FILE`: the mentions of a UTF-8 text file as a JSON array on stdout, offsets
// into the file's text as read. Diagnostics go to stderr only.
import { readFileSync } from 'node:fs';
import { annotate } from '../lib/match/index';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run annotate -- FILE\n');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  process.stderr.write(`annotate: cannot read ${file}: ${(error as Error).message}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(annotate(text)) + '\n');
