import { describe, expect, it } from 'vitest';
import { type AssertionLabels, scoreAssertions } from './assertion-score.js';

const none: AssertionLabels = {
  negated: false,
  possible: false,
  historical: false,
  hypothetical: false,
  experiencer: 'patient',
};

describe('scoreAssertions', () => {
  it('computes P/R/F1 of the positive class by hand', () => {
    // negated: gold + + + - ; predicted + + - + → tp 2, fn 1, fp 1 → P 2/3, R 2/3, F1 2/3
    const pairs = [
      { gold: { ...none, negated: true }, predicted: { ...none, negated: true } },
      { gold: { ...none, negated: true }, predicted: { ...none, negated: true } },
      { gold: { ...none, negated: true }, predicted: none },
      { gold: none, predicted: { ...none, negated: true, experiencer: 'other' as const } },
    ];
    const scores = scoreAssertions(pairs);
    expect(scores.negated).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 0 });
    expect(scores.negated.precision).toBeCloseTo(2 / 3);
    expect(scores.negated.recall).toBeCloseTo(2 / 3);
    expect(scores.negated.f1).toBeCloseTo(2 / 3);
    // experiencer: one false positive, no gold positives → P 0, R 0, F1 0
    expect(scores.experiencer).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, f1: 0 });
    expect(scores.historical).toMatchObject({ tp: 0, fp: 0, fn: 0, tn: 4 });
  });
});
