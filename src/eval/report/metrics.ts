import type { GeneticAnnotation, SmokingAnnotation } from '../../pipeline.js';
import { type GeneticsScores, scoreGenetics } from '../genetics-score.js';
import {
  NUMERIC_FIELDS,
  SMOKING_STATUSES,
  type SmokingScores,
  scoreSmoking,
} from '../smoking-score.js';
import { bootstrapIntervals, deriveSeed, type Interval } from './bootstrap.js';
import type { EvalNote, SystemPredictions } from './inputs.js';

export type SmokingStatus = (typeof SMOKING_STATUSES)[number];
export type NumericField = (typeof NUMERIC_FIELDS)[number];

/** A point estimate (the spec scorer on all notes) and its bootstrap 95% interval. */
export interface Estimate {
  readonly value: number;
  /** null: no interval (no bootstrap, no notes, or the metric is undefined on these notes). */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Buckets of predicted − gold for a numeric field, plus one-sided misses. */
export const ERROR_BUCKETS = [
  'missed',
  '< -10',
  '-10 to -5',
  '-5 to -0.5',
  'within 0.5',
  '+0.5 to +5',
  '+5 to +10',
  '> +10',
  'spurious',
] as const;
export type ErrorBucket = (typeof ERROR_BUCKETS)[number];

export interface NumericMetrics {
  /** Notes where gold or prediction is non-null (spec 4). */
  readonly scored: number;
  readonly correct: number;
  readonly accuracy: Estimate;
  /** Mean |predicted − gold| where both are non-null; null when there is no such note. */
  readonly meanAbsoluteError: number | null;
  /** `missed`: gold only; `spurious`: prediction only; the rest bucket predicted − gold. */
  readonly distribution: Record<ErrorBucket, number>;
}

export interface ClassMetrics {
  readonly precision: Estimate;
  readonly recall: Estimate;
  readonly f1: Estimate;
  /** Gold notes of this class. */
  readonly support: number;
  /** Notes predicted as this class. */
  readonly predicted: number;
}

export interface SmokingMetrics {
  readonly notes: number;
  readonly accuracy: Estimate;
  readonly macroF1: Estimate;
  readonly perClass: Record<SmokingStatus, ClassMetrics>;
  /** confusion[gold][predicted] */
  readonly confusion: Record<string, Record<string, number>>;
  readonly numeric: Record<NumericField, NumericMetrics>;
}

export interface AttributeMetrics {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: Estimate;
}

export interface GeneticsMetrics {
  readonly notes: number;
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: Estimate;
  readonly recall: Estimate;
  readonly f1: Estimate;
  readonly significance: AttributeMetrics;
  readonly origin: AttributeMetrics;
}

export interface SystemMetrics {
  readonly notes: number;
  /** null when none of these notes has smoking gold. */
  readonly smoking: SmokingMetrics | null;
  /** null when none of these notes has genetics gold. */
  readonly genetics: GeneticsMetrics | null;
}

export interface BootstrapSettings {
  readonly replicates: number;
  readonly seed: number;
}

export const NO_SMOKING: SmokingAnnotation = {
  status: 'unknown',
  pack_years: null,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
};

export interface SmokingCase {
  readonly note: EvalNote;
  readonly gold: SmokingAnnotation;
  /** A gold note without a prediction counts as `unknown` with every field null. */
  readonly predicted: SmokingAnnotation;
}

export interface GeneticsCase {
  readonly note: EvalNote;
  readonly gold: readonly GeneticAnnotation[];
  /** A gold note without a prediction counts as no findings. */
  readonly predicted: readonly GeneticAnnotation[];
  /** The spec scorer on this one note (matching is within a note, so counts add up). */
  readonly scores: GeneticsScores;
}

export interface Cases {
  readonly smoking: readonly SmokingCase[];
  readonly genetics: readonly GeneticsCase[];
}

/** Pairs each gold note with one system's answer; notes keep their order. */
export function buildCases(notes: readonly EvalNote[], system: SystemPredictions): Cases {
  const smoking: SmokingCase[] = [];
  const genetics: GeneticsCase[] = [];
  for (const note of notes) {
    const predicted = system.annotations.get(note.noteId);
    if (note.gold.smoking)
      smoking.push({ note, gold: note.gold.smoking, predicted: predicted?.smoking ?? NO_SMOKING });
    if (note.gold.genetics) {
      const pair = {
        note_id: note.noteId,
        gold: note.gold.genetics,
        predicted: predicted?.genetics ?? [],
      };
      genetics.push({
        note,
        gold: pair.gold,
        predicted: pair.predicted,
        scores: scoreGenetics([pair]),
      });
    }
  }
  return { smoking, genetics };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const predictedCount = (s: SmokingScores, c: SmokingStatus) =>
  SMOKING_STATUSES.reduce((sum, g) => sum + s.confusion[g]![c]!, 0);

/** Every smoking figure by name; NaN where its denominator is zero (undefined, not 0). */
export function smokingValues(s: SmokingScores): Record<string, number> {
  const out: Record<string, number> = {
    accuracy: s.notes === 0 ? Number.NaN : s.accuracy,
  };
  let present = 0;
  for (const c of SMOKING_STATUSES) {
    const k = s.perClass[c];
    const predicted = predictedCount(s, c);
    out[`${c}.precision`] = predicted === 0 ? Number.NaN : k.precision;
    out[`${c}.recall`] = k.support === 0 ? Number.NaN : k.recall;
    out[`${c}.f1`] = predicted + k.support === 0 ? Number.NaN : k.f1;
    if (predicted + k.support > 0) present += 1;
  }
  out.macroF1 = present === 0 ? Number.NaN : s.macroF1;
  for (const f of NUMERIC_FIELDS)
    out[`numeric.${f}`] = s.numeric[f].scored === 0 ? Number.NaN : s.numeric[f].accuracy;
  return out;
}

/** The smoking scorer on a resample of the cases. */
export const smokingStatistic =
  (cases: readonly SmokingCase[]) =>
  (indices: readonly number[]): Record<string, number> =>
    smokingValues(scoreSmoking(indices.map((i) => cases[i]!)));

export interface GeneticsCounts {
  gold: number;
  predicted: number;
  matched: number;
  significanceCorrect: number;
  significanceTotal: number;
  originCorrect: number;
  originTotal: number;
}

/** Sums per-note scorer counts (one-to-one matching never crosses notes, so sums are exact). */
export function sumGenetics(
  cases: readonly GeneticsCase[],
  indices: readonly number[],
): GeneticsCounts {
  const c: GeneticsCounts = {
    gold: 0,
    predicted: 0,
    matched: 0,
    significanceCorrect: 0,
    significanceTotal: 0,
    originCorrect: 0,
    originTotal: 0,
  };
  for (const i of indices) {
    const s = cases[i]!.scores;
    c.gold += s.gold;
    c.predicted += s.predicted;
    c.matched += s.matched;
    c.significanceCorrect += s.significance.correct;
    c.significanceTotal += s.significance.total;
    c.originCorrect += s.origin.correct;
    c.originTotal += s.origin.total;
  }
  return c;
}

/** Genetics figures from summed counts, as the scorer computes them; NaN where undefined. */
export function geneticsValues(c: GeneticsCounts): Record<string, number> {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  return {
    precision: c.predicted === 0 ? Number.NaN : precision,
    recall: c.gold === 0 ? Number.NaN : recall,
    f1: c.gold + c.predicted === 0 ? Number.NaN : ratio(2 * precision * recall, precision + recall),
    significance:
      c.significanceTotal === 0 ? Number.NaN : c.significanceCorrect / c.significanceTotal,
    origin: c.originTotal === 0 ? Number.NaN : c.originCorrect / c.originTotal,
  };
}

export const geneticsStatistic =
  (cases: readonly GeneticsCase[]) =>
  (indices: readonly number[]): Record<string, number> =>
    geneticsValues(sumGenetics(cases, indices));

const estimate = (value: number, interval: Interval | undefined): Estimate => ({
  value,
  lower: interval?.lower ?? null,
  upper: interval?.upper ?? null,
});

function bucketOf(error: number): ErrorBucket {
  if (error < -10) return '< -10';
  if (error < -5) return '-10 to -5';
  if (error < 0) return '-5 to -0.5';
  if (error <= 5) return '+0.5 to +5';
  if (error <= 10) return '+5 to +10';
  return '> +10';
}

/** Where each numeric answer fell: the scorer decides `within 0.5`; the rest is bucketed. */
function numericDistribution(cases: readonly SmokingCase[], field: NumericField) {
  const distribution = Object.fromEntries(ERROR_BUCKETS.map((b) => [b, 0])) as Record<
    ErrorBucket,
    number
  >;
  let absolute = 0;
  let both = 0;
  for (const { gold, predicted } of cases) {
    const g = gold[field];
    const p = predicted[field];
    if (g === null && p === null) continue;
    if (p === null) distribution.missed += 1;
    else if (g === null) distribution.spurious += 1;
    else {
      both += 1;
      absolute += Math.abs(p - g);
      const correct = scoreSmoking([{ gold, predicted }]).numeric[field].correct === 1;
      distribution[correct ? 'within 0.5' : bucketOf(p - g)] += 1;
    }
  }
  return { distribution, meanAbsoluteError: both === 0 ? null : absolute / both };
}

export function smokingMetrics(
  cases: readonly SmokingCase[],
  boot: BootstrapSettings,
  label: string,
): SmokingMetrics {
  const s = scoreSmoking(cases);
  const ci = bootstrapIntervals(cases.length, smokingStatistic(cases), {
    replicates: boot.replicates,
    seed: deriveSeed(boot.seed, `${label}/smoking`),
  });
  const perClass = {} as Record<SmokingStatus, ClassMetrics>;
  for (const c of SMOKING_STATUSES) {
    const k = s.perClass[c];
    perClass[c] = {
      precision: estimate(k.precision, ci[`${c}.precision`]),
      recall: estimate(k.recall, ci[`${c}.recall`]),
      f1: estimate(k.f1, ci[`${c}.f1`]),
      support: k.support,
      predicted: predictedCount(s, c),
    };
  }
  const numeric = {} as Record<NumericField, NumericMetrics>;
  for (const f of NUMERIC_FIELDS) {
    const n = s.numeric[f];
    numeric[f] = {
      scored: n.scored,
      correct: n.correct,
      accuracy: estimate(n.accuracy, ci[`numeric.${f}`]),
      ...numericDistribution(cases, f),
    };
  }
  return {
    notes: s.notes,
    accuracy: estimate(s.accuracy, ci.accuracy),
    macroF1: estimate(s.macroF1, ci.macroF1),
    perClass,
    confusion: s.confusion,
    numeric,
  };
}

export function geneticsMetrics(
  cases: readonly GeneticsCase[],
  boot: BootstrapSettings,
  label: string,
): GeneticsMetrics {
  // The point estimate is the scorer over all notes at once (not a sum of ours).
  const s = scoreGenetics(
    cases.map((c) => ({ note_id: c.note.noteId, gold: c.gold, predicted: c.predicted })),
  );
  const ci = bootstrapIntervals(cases.length, geneticsStatistic(cases), {
    replicates: boot.replicates,
    seed: deriveSeed(boot.seed, `${label}/genetics`),
  });
  return {
    notes: s.notes,
    gold: s.gold,
    predicted: s.predicted,
    matched: s.matched,
    precision: estimate(s.precision, ci.precision),
    recall: estimate(s.recall, ci.recall),
    f1: estimate(s.f1, ci.f1),
    significance: {
      correct: s.significance.correct,
      total: s.significance.total,
      accuracy: estimate(s.significance.accuracy, ci.significance),
    },
    origin: {
      correct: s.origin.correct,
      total: s.origin.total,
      accuracy: estimate(s.origin.accuracy, ci.origin),
    },
  };
}

/**
 * Every figure for one system on a set of notes. `label` names the subset (`all`,
 * `language:ja`, …) and seeds its bootstrap, so two systems scored on the same subset are
 * resampled identically (paired) and one split's stream does not depend on the others.
 */
export function systemMetrics(cases: Cases, boot: BootstrapSettings, label: string): SystemMetrics {
  const notes = new Set([...cases.smoking, ...cases.genetics].map((c) => c.note.noteId)).size;
  return {
    notes,
    smoking: cases.smoking.length > 0 ? smokingMetrics(cases.smoking, boot, label) : null,
    genetics: cases.genetics.length > 0 ? geneticsMetrics(cases.genetics, boot, label) : null,
  };
}

/** The cases of the notes `keep` accepts. */
export function filterCases(cases: Cases, keep: (note: EvalNote) => boolean): Cases {
  return {
    smoking: cases.smoking.filter((c) => keep(c.note)),
    genetics: cases.genetics.filter((c) => keep(c.note)),
  };
}

export type SplitKey = 'language' | 'note_type';

/** Values of a split key, sorted. */
export function splitValues(notes: readonly EvalNote[], key: SplitKey): string[] {
  const values = new Set<string>();
  for (const note of notes) values.add(key === 'language' ? note.language : note.noteType);
  return [...values].sort();
}

/** Metrics per language and per note type. */
export function splitMetrics(
  notes: readonly EvalNote[],
  cases: Cases,
  boot: BootstrapSettings,
): Record<SplitKey, Record<string, SystemMetrics>> {
  const out = { language: {}, note_type: {} } as Record<SplitKey, Record<string, SystemMetrics>>;
  for (const key of ['language', 'note_type'] as const) {
    for (const value of splitValues(notes, key)) {
      const subset = filterCases(cases, (n) =>
        key === 'language' ? n.language === value : n.noteType === value,
      );
      out[key][value] = systemMetrics(subset, boot, `${key}:${value}`);
    }
  }
  return out;
}
