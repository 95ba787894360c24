import { describe, expect, it } from 'vitest';
import type { SmokingAnnotation } from '../pipeline.js';
import { scoreSmoking } from './smoking-score.js';

const note = (
  status: SmokingAnnotation['status'],
  packYears: number | null = null,
): SmokingAnnotation => ({
  status,
  pack_years: packYears,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
});

describe('scoreSmoking (spec section 4)', () => {
  it('computes per-class P/R/F1 and macro-F1 by hand', () => {
    // gold:      current current former never
    // predicted: current former  former unknown
    const scores = scoreSmoking([
      { gold: note('current'), predicted: note('current') },
      { gold: note('current'), predicted: note('former') },
      { gold: note('former'), predicted: note('former') },
      { gold: note('never'), predicted: note('unknown') },
    ]);
    expect(scores.accuracy).toBe(0.5);
    // current: P 1/1, R 1/2 → F1 2/3; former: P 1/2, R 1/1 → 2/3; never: 0; unknown: 0 (predicted once)
    expect(scores.perClass.current.f1).toBeCloseTo(2 / 3);
    expect(scores.perClass.former.f1).toBeCloseTo(2 / 3);
    expect(scores.perClass.never).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(scores.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 0 + 0) / 4);
    expect(scores.confusion.never?.unknown).toBe(1);
  });

  it('scores a numeric field only where gold or prediction is non-null, within 0.5', () => {
    const scores = scoreSmoking([
      { gold: note('former', 30), predicted: note('former', 30.4) }, // match
      { gold: note('former', 30), predicted: note('former', 31) }, // miss
      { gold: note('former', null), predicted: note('former', 10) }, // miss (spurious)
      { gold: note('former', 20), predicted: note('former', null) }, // miss
      { gold: note('never', null), predicted: note('never', null) }, // not scored
    ]);
    expect(scores.numeric.pack_years).toEqual({ scored: 4, correct: 1, accuracy: 0.25 });
  });

  it('leaves a class absent from gold and prediction out of the macro average', () => {
    const scores = scoreSmoking([{ gold: note('current'), predicted: note('current') }]);
    expect(scores.macroF1).toBe(1);
  });
});
