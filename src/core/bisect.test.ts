import { describe, expect, it } from 'vitest';
import { countBefore } from './bisect.js';

describe('countBefore', () => {
  const starts = [0, 5, 5, 9, 20];
  it('counts the leading entries the test holds for', () => {
    expect(countBefore(starts.length, (i) => starts[i]! < 5)).toBe(1);
    expect(countBefore(starts.length, (i) => starts[i]! <= 5)).toBe(3);
    expect(countBefore(starts.length, (i) => starts[i]! < 0)).toBe(0);
    expect(countBefore(starts.length, (i) => starts[i]! < 99)).toBe(5);
    expect(countBefore(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on every offset', () => {
    const sorted = Array.from({ length: 40 }, (_, i) => Math.floor(i * 2.5));
    for (let at = -1; at <= 101; at += 1) {
      const linear = sorted.filter((s) => s < at).length;
      expect(countBefore(sorted.length, (i) => sorted[i]! < at)).toBe(linear);
    }
  });
});
