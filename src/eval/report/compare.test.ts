import { describe, expect, it } from 'vitest';
import type { GeneticAnnotation, SmokingAnnotation } from '../../pipeline.js';
import { noteDifferences, pairedDeltas } from './compare.js';
import type { AnnotationLine, EvalNote, SystemPredictions } from './inputs.js';
import { buildCases } from './metrics.js';

const smoking = (
  status: SmokingAnnotation['status'],
  over: Partial<SmokingAnnotation> = {},
): SmokingAnnotation => ({
  status,
  pack_years: null,
  cigarettes_per_day: null,
  years_smoked: null,
  quit_year: null,
  brinkman_index: null,
  ...over,
});

const finding = (over: Partial<GeneticAnnotation>): GeneticAnnotation => ({
  gene: 'EGFR',
  hgvs_c: null,
  hgvs_p: 'p.Leu858Arg',
  kind: 'snv',
  exon: 21,
  partner: null,
  status: 'present',
  significance: 'pathogenic',
  origin: 'somatic',
  subject: 'patient',
  ...over,
});

const note = (id: string, gold: Omit<AnnotationLine, 'note_id'>): EvalNote => ({
  noteId: id,
  language: 'en',
  noteType: 'progress',
  gold: { note_id: id, ...gold },
});

const system = (name: string, lines: Record<string, Omit<AnnotationLine, 'note_id'>>) =>
  ({
    name,
    source: name,
    annotations: new Map(Object.entries(lines).map(([id, l]) => [id, { note_id: id, ...l }])),
    mentions: new Map(),
  }) satisfies SystemPredictions;

const NOTES = [
  note('a', { smoking: smoking('current', { pack_years: 30 }) }),
  note('b', { smoking: smoking('former') }),
  note('c', { smoking: smoking('never') }),
  note('g', {
    genetics: [finding({}), finding({ gene: 'TP53', hgvs_p: 'p.Arg273His', exon: null })],
  }),
];

// A (e.g. rules) and B (e.g. an ensemble) on the same gold:
//   a: A current, 30 pack-years (right);  B former (wrong), 30.3 pack-years (also right: within 0.5)
//   b: A never (wrong);                   B former (right)
//   c: both never (no difference)
//   g: A finds EGFR (significance right) and misses TP53; B finds EGFR with significance null
//      (wrong) and TP53, and a spurious KRAS.
const A = system('rules', {
  a: { smoking: smoking('current', { pack_years: 30 }) },
  b: { smoking: smoking('never') },
  c: { smoking: smoking('never') },
  g: { genetics: [finding({})] },
});
const B = system('ensemble', {
  a: { smoking: smoking('former', { pack_years: 30.3 }) },
  b: { smoking: smoking('former') },
  c: { smoking: smoking('never') },
  g: {
    genetics: [
      finding({ significance: null }),
      finding({ gene: 'TP53', hgvs_p: 'p.Arg273His', exon: null }),
      finding({ gene: 'KRAS', hgvs_p: 'p.Gly12Cys', exon: null }),
    ],
  },
});

describe('--compare: two systems on the same gold', () => {
  const a = buildCases(NOTES, A);
  const b = buildCases(NOTES, B);

  it('lists every answer that differs, with which system agrees with the gold', () => {
    const rows = noteDifferences(a, b).map(
      (r) => `${r.note_id} ${r.field} gold=${r.gold} A=${r.a} B=${r.b}: ${r.verdict}`,
    );
    expect(rows).toEqual([
      'a smoking.status gold=current A=current B=former: A right',
      'a smoking.pack_years gold=30 A=30 B=30.3: both right',
      'b smoking.status gold=former A=never B=former: B right',
      'g genetics.significance gold=EGFR p.Leu858Arg present A=pathogenic B=null: A right',
      'g genetics gold=in gold A=— B=TP53 p.Arg273His present: B right',
      'g genetics gold=not in gold A=— B=KRAS p.Gly12Cys present: A right',
    ]);
  });

  it('A − B deltas with a paired interval; identical systems differ by exactly 0', () => {
    const deltas = pairedDeltas(a, b, { replicates: 500, seed: 3 });
    // Accuracy: A 2/3 (a, c), B 2/3 (b, c) → 0. Genetics F1: A P 1/1, R 1/2 → 2/3;
    // B matched 2 of 3 predicted, 2 of 2 gold → P 2/3, R 1 → 4/5; delta 2/3 − 4/5 = −2/15.
    expect(deltas['smoking.accuracy']!.value).toBeCloseTo(0, 12);
    expect(deltas['genetics.f1']!.value).toBeCloseTo(-2 / 15, 12);
    // One genetics note: every resample is that note, so the interval is the point.
    expect(deltas['genetics.f1']!.lower).toBeCloseTo(-2 / 15, 12);
    expect(deltas['genetics.f1']!.upper).toBeCloseTo(-2 / 15, 12);
    const same = pairedDeltas(a, buildCases(NOTES, A), { replicates: 200, seed: 3 });
    for (const d of Object.values(same)) expect(d).toEqual({ value: 0, lower: 0, upper: 0 });
    expect(noteDifferences(a, buildCases(NOTES, A))).toEqual([]);
  });
});
