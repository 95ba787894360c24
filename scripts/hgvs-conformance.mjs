#!/usr/bin/env node
// Prints how the built HGVS parser scores on the recommendations' worked examples
// (samples/hgvs/examples.jsonl). Run `npm run build` first; `--misses` lists what it gets wrong.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHgvsConformance, scoreHgvsConformance } from '../dist/src/eval/hgvs-conformance.js';
import { parseHgvs } from '../dist/src/extractors/genetics/hgvs/parse.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examples = readFileSync(join(root, 'samples', 'hgvs', 'examples.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line));
const score = scoreHgvsConformance(examples, parseHgvs);
console.log(formatHgvsConformance(score));
if (process.argv.includes('--misses')) {
  for (const miss of score.misses) console.log(JSON.stringify(miss));
}
