import type { SmokingAnnotation } from '../pipeline.js';

export const SMOKING_STATUSES = ['current', 'former', 'never', 'unknown'] as const;
export const NUMERIC_FIELDS = [
  'pack_years',
  'cigarettes_per_day',
  'years_smoked',
  'quit_year',
  'brinkman_index',
] as const;

export interface ClassScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface NumericScore {
  /** Notes where gold or prediction is non-null (spec 4). */
  readonly scored: number;
  /** Of those, equal within 0.5. */
  readonly correct: number;
  readonly accuracy: number;
}

export interface SmokingScores {
  readonly notes: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Record<(typeof SMOKING_STATUSES)[number], ClassScore>;
  /** confusion[gold][predicted] */
  readonly confusion: Record<string, Record<string, number>>;
  readonly numeric: Record<(typeof NUMERIC_FIELDS)[number], NumericScore>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/**
 * Scores smoking answers exactly as `../shared/spec/annotations.md` section 4 says: status
 * accuracy and per-class P/R/F1 over the four classes (macro-F1 is the headline); each numeric
 * field scored only where gold or prediction is non-null, a match being equal within 0.5.
 * An F1 whose class never occurs in gold or prediction counts as 0 in the macro average only if
 * the class occurs at all; absent classes are left out of the average.
 */
export function scoreSmoking(
  pairs: readonly { gold: SmokingAnnotation; predicted: SmokingAnnotation }[],
): SmokingScores {
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of SMOKING_STATUSES) {
    confusion[g] = Object.fromEntries(SMOKING_STATUSES.map((p) => [p, 0]));
  }
  let correctStatus = 0;
  for (const { gold, predicted } of pairs) {
    confusion[gold.status]![predicted.status]! += 1;
    if (gold.status === predicted.status) correctStatus += 1;
  }
  const perClass = {} as Record<(typeof SMOKING_STATUSES)[number], ClassScore>;
  const present: number[] = [];
  for (const c of SMOKING_STATUSES) {
    const tp = confusion[c]![c]!;
    const goldCount = SMOKING_STATUSES.reduce((sum, p) => sum + confusion[c]![p]!, 0);
    const predictedCount = SMOKING_STATUSES.reduce((sum, g) => sum + confusion[g]![c]!, 0);
    const precision = ratio(tp, predictedCount);
    const recall = ratio(tp, goldCount);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[c] = { precision, recall, f1, support: goldCount };
    if (goldCount + predictedCount > 0) present.push(f1);
  }
  const numeric = {} as Record<(typeof NUMERIC_FIELDS)[number], NumericScore>;
  for (const field of NUMERIC_FIELDS) {
    let scored = 0;
    let correct = 0;
    for (const { gold, predicted } of pairs) {
      const g = gold[field];
      const p = predicted[field];
      if (g === null && p === null) continue;
      scored += 1;
      if (g !== null && p !== null && Math.abs(g - p) <= 0.5) correct += 1;
    }
    numeric[field] = { scored, correct, accuracy: ratio(correct, scored) };
  }
  return {
    notes: pairs.length,
    accuracy: ratio(correctStatus, pairs.length),
    macroF1: present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length,
    perClass,
    confusion,
    numeric,
  };
}

export function formatSmokingScores(title: string, s: SmokingScores): string {
  const lines = [
    `${title}: ${s.notes} notes, status accuracy ${s.accuracy.toFixed(3)}, macro-F1 ${s.macroF1.toFixed(3)}`,
  ];
  for (const c of SMOKING_STATUSES) {
    const k = s.perClass[c];
    lines.push(
      `  ${c.padEnd(8)} P ${k.precision.toFixed(3)} R ${k.recall.toFixed(3)} F1 ${k.f1.toFixed(3)} (n=${k.support})`,
    );
  }
  for (const f of NUMERIC_FIELDS) {
    const n = s.numeric[f];
    lines.push(`  ${f.padEnd(19)} ${n.correct}/${n.scored} = ${n.accuracy.toFixed(3)}`);
  }
  return lines.join('\n');
}
