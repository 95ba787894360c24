import type { Assertion } from '../core/types.js';

/** The labels of one target in a gold assertion set. */
export type AssertionLabels = Pick<
  Assertion,
  'negated' | 'possible' | 'historical' | 'hypothetical' | 'experiencer'
>;

export const ASSERTION_ATTRIBUTES = [
  'negated',
  'possible',
  'historical',
  'hypothetical',
  'experiencer',
] as const;
export type AssertionAttribute = (typeof ASSERTION_ATTRIBUTES)[number];

export interface BinaryScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The positive class of each attribute: a flag set, or `experiencer: other`. */
function isPositive(labels: AssertionLabels, attribute: AssertionAttribute): boolean {
  return attribute === 'experiencer' ? labels.experiencer === 'other' : labels[attribute];
}

/**
 * Per-attribute precision, recall and F1 over the positive class, the usual way assertion
 * engines are reported (NegEx/ConText papers). P, R or F1 with an empty denominator is 0.
 */
export function scoreAssertions(
  pairs: readonly { gold: AssertionLabels; predicted: AssertionLabels }[],
): Record<AssertionAttribute, BinaryScore> {
  const result = {} as Record<AssertionAttribute, BinaryScore>;
  for (const attribute of ASSERTION_ATTRIBUTES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const { gold, predicted } of pairs) {
      const g = isPositive(gold, attribute);
      const p = isPositive(predicted, attribute);
      if (g && p) tp += 1;
      else if (p) fp += 1;
      else if (g) fn += 1;
      else tn += 1;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    result[attribute] = { tp, fp, fn, tn, precision, recall, f1 };
  }
  return result;
}

export function formatScoreTable(scores: Record<AssertionAttribute, BinaryScore>): string {
  const rows = ASSERTION_ATTRIBUTES.map((attribute) => {
    const s = scores[attribute];
    const label = attribute === 'experiencer' ? 'experiencer=other' : attribute;
    return `${label.padEnd(18)} ${String(s.tp + s.fn).padStart(5)} ${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)}`;
  });
  return [`${'attribute'.padEnd(18)} ${'gold+'.padStart(5)} P     R     F1`, ...rows].join('\n');
}
