import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContext } from '../src/commands/context.js';
import { loadClinicalText } from '../src/load-clinical-text.js';

// Golden run over the project's labelled assertion sets: the accuracy bar, kept as a
// regression guard (the README reports the figures, including the blind holdout run).
const core = loadClinicalText();
const samples = join(import.meta.dirname, '..', 'samples', 'assertions');

describe.each(['dev', 'test', 'holdout'])('assertion set %s', (split) => {
  it('meets negation F1 ≥ 0.95, historical and hypothetical F1 ≥ 0.85', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-assert-'));
    const result = await runContext(core, {
      input: join(samples, `${split}.jsonl`),
      output: join(dir, 'out.jsonl'),
      rejects: join(dir, 'rejects.jsonl'),
    });
    expect(result.rejected).toBe(0);
    expect(result.targets).toBeGreaterThan(150);
    expect(result.scores?.negated.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.scores?.historical.f1).toBeGreaterThanOrEqual(0.85);
    expect(result.scores?.hypothetical.f1).toBeGreaterThanOrEqual(0.85);
  });
});
