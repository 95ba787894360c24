import type { GeneticAnnotation } from '../pipeline.js';

export interface GeneticsScores {
  readonly notes: number;
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Attribute accuracy on matched pairs (spec 4). */
  readonly significance: {
    readonly correct: number;
    readonly total: number;
    readonly accuracy: number;
  };
  readonly origin: { readonly correct: number; readonly total: number; readonly accuracy: number };
  /** Every unmatched finding, for error analysis. */
  readonly misses: readonly { note_id: string; type: 'fn' | 'fp'; finding: GeneticAnnotation }[];
  readonly attributeErrors: readonly {
    note_id: string;
    field: 'significance' | 'origin';
    gold: GeneticAnnotation;
    predicted: GeneticAnnotation;
  }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/**
 * Spec 4: two findings match when gene, status and subject agree and the variant agrees: the
 * same `hgvs_p`, or else the same `hgvs_c`, or else, for findings with neither, the same
 * `kind` plus `exon`/`partner`.
 */
export function findingsMatch(gold: GeneticAnnotation, predicted: GeneticAnnotation): boolean {
  if (gold.gene !== predicted.gene) return false;
  if (gold.status !== predicted.status || gold.subject !== predicted.subject) return false;
  if (gold.hgvs_p && predicted.hgvs_p) return gold.hgvs_p === predicted.hgvs_p;
  if (gold.hgvs_c && predicted.hgvs_c) return gold.hgvs_c === predicted.hgvs_c;
  const neither = (f: GeneticAnnotation) => !f.hgvs_p && !f.hgvs_c;
  if (neither(gold) && neither(predicted)) {
    return (
      gold.kind === predicted.kind &&
      gold.exon === predicted.exon &&
      gold.partner === predicted.partner
    );
  }
  return false;
}

/** Precision/recall/F1 over findings, one-to-one matching within each note. */
export function scoreGenetics(
  pairs: readonly {
    note_id: string;
    gold: readonly GeneticAnnotation[];
    predicted: readonly GeneticAnnotation[];
  }[],
): GeneticsScores {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  const significance = { correct: 0, total: 0 };
  const origin = { correct: 0, total: 0 };
  const misses: GeneticsScores['misses'][number][] = [];
  const attributeErrors: GeneticsScores['attributeErrors'][number][] = [];
  for (const pair of pairs) {
    gold += pair.gold.length;
    predicted += pair.predicted.length;
    const free = new Set(pair.predicted.map((_, i) => i));
    for (const g of pair.gold) {
      const index = [...free].find((i) => findingsMatch(g, pair.predicted[i]!));
      if (index === undefined) {
        misses.push({ note_id: pair.note_id, type: 'fn', finding: g });
        continue;
      }
      free.delete(index);
      matched += 1;
      const p = pair.predicted[index]!;
      significance.total += 1;
      origin.total += 1;
      if (g.significance === p.significance) significance.correct += 1;
      else
        attributeErrors.push({
          note_id: pair.note_id,
          field: 'significance',
          gold: g,
          predicted: p,
        });
      if (g.origin === p.origin) origin.correct += 1;
      else attributeErrors.push({ note_id: pair.note_id, field: 'origin', gold: g, predicted: p });
    }
    for (const i of free)
      misses.push({ note_id: pair.note_id, type: 'fp', finding: pair.predicted[i]! });
  }
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return {
    notes: pairs.length,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    significance: { ...significance, accuracy: ratio(significance.correct, significance.total) },
    origin: { ...origin, accuracy: ratio(origin.correct, origin.total) },
    misses,
    attributeErrors,
  };
}

export function formatGeneticsScores(label: string, s: GeneticsScores): string {
  return (
    `${label}: ${s.notes} notes, gold ${s.gold}, predicted ${s.predicted}, matched ${s.matched} — ` +
    `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}; ` +
    `significance ${s.significance.correct}/${s.significance.total} (${s.significance.accuracy.toFixed(3)}), ` +
    `origin ${s.origin.correct}/${s.origin.total} (${s.origin.accuracy.toFixed(3)})`
  );
}
