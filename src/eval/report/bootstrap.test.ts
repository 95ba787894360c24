import { describe, expect, it } from 'vitest';
import { bootstrapIntervals, deriveSeed, identity, mulberry32, quantile } from './bootstrap.js';

const mean = (values: readonly number[]) => (indices: readonly number[]) => ({
  mean: indices.reduce((sum, i) => sum + values[i]!, 0) / indices.length,
});

describe('bootstrap (resampling unit: notes)', () => {
  it('quantile interpolates linearly between order statistics (type 7), by hand', () => {
    // [1,2,3,4]: h = 3p; p = 0.5 → h 1.5 → 2 + 0.5 × (3 − 2) = 2.5
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // p = 0.025 → h 0.075 → 1 + 0.075 × 1 = 1.075; p = 0.975 → h 2.925 → 3.925
    expect(quantile([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 12);
    expect(quantile([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 12);
    expect(quantile([7], 0.3)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('the PRNG is a pure function of its seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
    expect(deriveSeed(1, 'all/smoking')).toBe(deriveSeed(1, 'all/smoking'));
    expect(deriveSeed(1, 'all/smoking')).not.toBe(deriveSeed(1, 'all/genetics'));
    expect(deriveSeed(1, 'all/smoking')).not.toBe(deriveSeed(2, 'all/smoking'));
  });

  it('a fixed seed gives a stable interval that contains the point estimate', () => {
    // 20 notes, 14 correct: accuracy 0.7.
    const correct = [1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0];
    const statistic = mean(correct);
    expect(statistic(identity(20)).mean).toBe(0.7);
    const once = bootstrapIntervals(20, statistic, { replicates: 2000, seed: 7 });
    const twice = bootstrapIntervals(20, statistic, { replicates: 2000, seed: 7 });
    expect(twice).toEqual(once);
    const ci = once.mean!;
    expect(ci.replicates).toBe(2000);
    expect(ci.lower).toBeLessThan(0.7);
    expect(ci.upper).toBeGreaterThan(0.7);
    // Resampled proportions of 20 notes are multiples of 0.05; the normal approximation gives
    // 0.7 ± 1.96 × sqrt(0.7 × 0.3 / 20) = [0.499, 0.901]: the percentile interval is close.
    expect(ci.lower).toBeGreaterThanOrEqual(0.45);
    expect(ci.lower).toBeLessThanOrEqual(0.55);
    expect(ci.upper).toBeGreaterThanOrEqual(0.85);
    expect(ci.upper).toBeLessThanOrEqual(0.95);
    // Pinned (seed 7, 2000 replicates).
    expect([ci.lower, ci.upper]).toEqual([0.5, 0.9]);
  });

  it('another seed draws other resamples', () => {
    // A continuous statistic, so two streams cannot land on the same percentiles by chance.
    const values = [0.12, 0.5, 0.33, 0.91, 0.05, 0.77, 0.4, 0.68, 0.29, 0.84];
    const a = bootstrapIntervals(10, mean(values), { replicates: 300, seed: 7 }).mean!;
    const b = bootstrapIntervals(10, mean(values), { replicates: 300, seed: 8 }).mean!;
    expect([a.lower, a.upper]).not.toEqual([b.lower, b.upper]);
    expect(bootstrapIntervals(10, mean(values), { replicates: 300, seed: 7 }).mean).toEqual(a);
  });

  it('degenerate cases: no notes, no replicates, every note the same', () => {
    expect(bootstrapIntervals(0, mean([]), { replicates: 100, seed: 1 })).toEqual({});
    expect(bootstrapIntervals(3, mean([1, 0, 1]), { replicates: 0, seed: 1 })).toEqual({});
    expect(bootstrapIntervals(5, mean([1, 1, 1, 1, 1]), { replicates: 200, seed: 1 })).toEqual({
      mean: { lower: 1, upper: 1, replicates: 200 },
    });
  });

  it('leaves undefined (NaN) replicate values out of the percentiles', () => {
    // Undefined whenever the resample holds note 0 → only the other replicates count.
    const statistic = (indices: readonly number[]) => ({
      x: indices.includes(0) ? Number.NaN : 1,
      y: Number.NaN,
    });
    const ci = bootstrapIntervals(4, statistic, { replicates: 500, seed: 3 });
    expect(ci.x!.replicates).toBeGreaterThan(0);
    expect(ci.x!.replicates).toBeLessThan(500);
    expect(ci.x).toMatchObject({ lower: 1, upper: 1 });
    expect(ci.y).toBeUndefined();
  });
});
