import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../cli-options.js';
import { runEval } from '../../commands/eval.js';

const dir = mkdtempSync(join(tmpdir(), 'emrx-eval-'));
const write = (name: string, lines: unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  return path;
};
const s = (status: string, pack_years: number | null = null) => ({
  status,
  pack_years,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
});

// gold: current, former, never; predicted: current, never, never → accuracy 2/3;
// current F1 1, former F1 0 (P 0/0, R 0/1), never P 1/2 R 1 → 2/3; macro (1 + 0 + 2/3) / 3 = 5/9.
const gold = write('gold.jsonl', [
  { note_id: 'a', smoking: s('current', 20) },
  { note_id: 'b', smoking: s('former') },
  { note_id: 'c', smoking: s('never') },
]);
const pred = write('pred.jsonl', [
  { note_id: 'a', smoking: s('current', 20) },
  { note_id: 'b', smoking: s('never') },
  { note_id: 'c', smoking: s('never') },
  { note_id: 'z', smoking: s('never') },
]);

describe('runEval', () => {
  it('--pred alone: scores, writes the three files, splits are unknown', async () => {
    const out = join(dir, 'out1');
    const result = await runEval({ gold, pred, out, bootstrap: 100, minF1: 0.5 });
    expect(result.report.systems[0]!.overall.smoking!.macroF1.value).toBeCloseTo(5 / 9, 12);
    expect(result.report.systems[0]!.extraPredictions).toBe(1);
    expect(Object.keys(result.report.systems[0]!.splits.language)).toEqual(['unknown']);
    expect(result.belowMin).toBe(false);
    expect(result.summary).toContain('smoking status macro-F1');
    expect(result.summary).toContain('--min-f1 0.5: met');
    const metrics = JSON.parse(readFileSync(result.files.metrics, 'utf8'));
    expect(metrics.systems[0].overall.smoking.macroF1.value).toBeCloseTo(5 / 9, 12);
    expect(readFileSync(result.files.html, 'utf8')).toContain('KEEP INSIDE THE TRE');
    expect(readFileSync(result.files.markdown, 'utf8')).toContain('keep inside the TRE');
  });

  it('--min-f1 above the headline F1 sets belowMin', async () => {
    const result = await runEval({ gold, pred, out: join(dir, 'out2'), bootstrap: 0, minF1: 0.6 });
    expect(result.belowMin).toBe(true);
    expect(result.summary).toContain('--min-f1 0.6: BELOW (smoking status macro-F1 0.556)');
  });

  it('an empty gold file gives empty reports, not a crash', async () => {
    const empty = write('empty.jsonl', []);
    const result = await runEval({ gold: empty, pred, out: join(dir, 'out3'), minF1: 0.9 });
    expect(result.report.systems[0]!.overall).toEqual({ notes: 0, smoking: null, genetics: null });
    expect(result.belowMin).toBe(false);
    expect(readFileSync(result.files.html, 'utf8')).toContain('</html>');
  });

  it('usage errors: no system, bad --min-f1, bad --bootstrap; data errors name the line', async () => {
    await expect(runEval({ gold, out: join(dir, 'x') })).rejects.toBeInstanceOf(UsageError);
    await expect(runEval({ gold, pred, out: join(dir, 'x'), minF1: 2 })).rejects.toBeInstanceOf(
      UsageError,
    );
    await expect(
      runEval({ gold, pred, out: join(dir, 'x'), bootstrap: -1 }),
    ).rejects.toBeInstanceOf(UsageError);
    const twice = write('twice.jsonl', [
      { note_id: 'a', smoking: s('current') },
      { note_id: 'a', smoking: s('never') },
    ]);
    await expect(runEval({ gold: twice, pred, out: join(dir, 'x') })).rejects.toThrow(
      /twice.jsonl:2: note_id a appears twice/,
    );
    const bad = write('bad.jsonl', [{ note_id: 'a', smoking: s('smoker') }]);
    await expect(runEval({ gold, pred: bad, out: join(dir, 'x') })).rejects.toThrow(
      /bad.jsonl:1: smoking.status "smoker"/,
    );
  });
});
