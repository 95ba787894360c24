/**
 * Seeded non-parametric bootstrap for the eval report.
 *
 * Resampling unit: the **note**. A replicate draws as many notes as the scored set holds,
 * uniformly with replacement, and recomputes every metric on that sample with the same scorer
 * as the point estimate. Smoking and genetics each resample their own scored notes (a note's
 * findings stay together, so findings within a note are never treated as independent).
 * The 95% interval is the percentile interval: the 2.5th and 97.5th percentiles of the
 * replicate values (linear interpolation between order statistics, R's type 7).
 * A metric that is undefined in a replicate (zero denominator, e.g. no predicted `never` in
 * that sample) is left out of that metric's percentiles; `replicates` says how many counted.
 */

/** A 95% interval from `replicates` defined bootstrap values. */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
  readonly replicates: number;
}

export interface BootstrapOptions {
  /** Replicates to draw (0: no intervals). */
  readonly replicates: number;
  readonly seed: number;
  /** Two-sided level, default 0.95. */
  readonly level?: number;
}

/** mulberry32: a small, fast 32-bit PRNG; the same seed always gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a label mixed into the base seed: each split gets its own, stable stream. */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h ^ (seed >>> 0)) >>> 0;
}

/** The p-quantile of ascending `sorted` values (type 7: linear between order statistics). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Percentile intervals for every key `statistic` returns. `statistic` gets the indices of one
 * resample of `n` units (with repeats) and returns named values; NaN means undefined in that
 * replicate. Keys with no defined replicate (or n = 0, or replicates = 0) get no interval.
 */
export function bootstrapIntervals(
  n: number,
  statistic: (indices: readonly number[]) => Record<string, number>,
  options: BootstrapOptions,
): Record<string, Interval> {
  if (n === 0 || options.replicates <= 0) return {};
  const random = mulberry32(options.seed);
  const values = new Map<string, number[]>();
  const indices = new Array<number>(n);
  for (let r = 0; r < options.replicates; r++) {
    for (let i = 0; i < n; i++) indices[i] = Math.floor(random() * n);
    for (const [key, value] of Object.entries(statistic(indices))) {
      const list = values.get(key) ?? [];
      values.set(key, list);
      if (!Number.isNaN(value)) list.push(value);
    }
  }
  const alpha = (1 - (options.level ?? 0.95)) / 2;
  const out: Record<string, Interval> = {};
  for (const [key, list] of values) {
    if (list.length === 0) continue;
    list.sort((a, b) => a - b);
    out[key] = {
      lower: quantile(list, alpha),
      upper: quantile(list, 1 - alpha),
      replicates: list.length,
    };
  }
  return out;
}

/** 0, 1, …, n−1: the "resample" that is the data itself. */
export const identity = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
