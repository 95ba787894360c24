import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HgvsExample, ratio, scoreHgvsConformance } from '../src/eval/hgvs-conformance.js';
import { parseHgvs } from '../src/extractors/genetics/hgvs/parse.js';

// The worked examples of the HGVS recommendations (21.1.0), quoted, never invented: see
// samples/hgvs/README.md. They are the spec, so the parser is tested against every one.
const dir = join(import.meta.dirname, '..', 'samples', 'hgvs');
const read = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as HgvsExample);

describe('HGVS recommendations: worked examples', () => {
  const score = scoreHgvsConformance(read('examples.jsonl'), parseHgvs);

  it('marks valid the valid DNA, RNA and protein examples (issue bar: 97%)', () => {
    expect(score.validAccepted.total).toBeGreaterThan(300);
    expect(ratio(score.validAccepted), JSON.stringify(score.misses)).toBeGreaterThanOrEqual(0.99);
    for (const level of ['c', 'g', 'r', 'p']) {
      expect(score.validByLevel[level]?.total).toBeGreaterThan(0);
    }
  });

  it('rejects every wrong form that the string itself shows to be wrong', () => {
    expect(score.invalidRejectedFromString.total).toBeGreaterThan(70);
    expect(ratio(score.invalidRejectedFromString), JSON.stringify(score.misses)).toBe(1);
  });

  it('rejects the wrong forms overall; the rest need the reference sequence (3′ rule and the like)', () => {
    // README gives the figure; floor at what is measured so a regression fails.
    expect(ratio(score.invalidRejected)).toBeGreaterThanOrEqual(0.79);
  });

  it('never throws on the out-of-scope forms of the same pages', () => {
    for (const example of read('out-of-scope.jsonl')) {
      expect(() => parseHgvs(example.input)).not.toThrow();
    }
  });
});
