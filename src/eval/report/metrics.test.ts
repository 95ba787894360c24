import { describe, expect, it } from 'vitest';
import type { GeneticAnnotation, SmokingAnnotation } from '../../pipeline.js';
import { scoreGenetics } from '../genetics-score.js';
import { scoreSmoking } from '../smoking-score.js';
import { identity } from './bootstrap.js';
import { errorRows } from './errors.js';
import type { AnnotationLine, EvalNote, SystemPredictions } from './inputs.js';
import {
  buildCases,
  geneticsStatistic,
  geneticsValues,
  smokingStatistic,
  smokingValues,
  splitMetrics,
  sumGenetics,
  systemMetrics,
} from './metrics.js';

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
  hgvs_p: null,
  kind: 'wild_type',
  exon: null,
  partner: null,
  status: 'absent',
  significance: null,
  origin: 'somatic',
  subject: 'patient',
  ...over,
});

const note = (id: string, language: string, gold: Omit<AnnotationLine, 'note_id'>): EvalNote => ({
  noteId: id,
  language,
  noteType: language === 'en' ? 'progress' : 'admission',
  text: `text of ${id}`,
  gold: { note_id: id, ...gold },
});

const system = (lines: Record<string, Omit<AnnotationLine, 'note_id'>>): SystemPredictions => ({
  name: 'test',
  source: 'test',
  annotations: new Map(Object.entries(lines).map(([id, l]) => [id, { note_id: id, ...l }])),
  mentions: new Map(),
});

// The tiny hand-scored set.
//
// Smoking (6 notes):        gold      predicted  numbers
//   s1 (en)                 current   current    pack_years 20 / 20.4 (match), cig/day 20 / 10 (error −10)
//   s2 (en)                 current   former     pack_years 10 / null (missed)
//   s3 (en)                 former    former     quit_year 2015 / 2015, cig/day 10 / 10.5 (match: |0.5| ≤ 0.5)
//   s4 (ja)                 never     never
//   s5 (ja)                 never     current
//   s6 (ja)                 unknown   unknown    pack_years null / 5 (spurious)
// Confusion: current→current 1, current→former 1, former→former 1, never→never 1,
// never→current 1, unknown→unknown 1.  Accuracy 4/6.
//   current: TP 1, predicted 2 (s1, s5), gold 2 → P 1/2, R 1/2, F1 1/2
//   former:  TP 1, predicted 2 (s2, s3), gold 1 → P 1/2, R 1,   F1 2/3
//   never:   TP 1, predicted 1,          gold 2 → P 1,   R 1/2, F1 2/3
//   unknown: TP 1, predicted 1,          gold 1 → P 1,   R 1,   F1 1
// Macro-F1 = (1/2 + 2/3 + 2/3 + 1) / 4 = 17/24.
// pack_years scored on s1, s2, s6 → 1/3; cigarettes_per_day on s1, s3 → 1/2; quit_year on s3 → 1/1.
//
// Genetics (3 notes):
//   g1 gold: EGFR p.Leu858Arg present pathogenic; KRAS wild_type absent; TP53 c.818G>A (no hgvs_p)
//      pred: EGFR p.Leu858Arg (another hgvs_c) significance null → match on hgvs_p, significance wrong
//            KRAS wild_type absent                               → match on kind (neither has HGVS)
//            TP53 c.818G>A p.Arg273His                            → match on hgvs_c (gold has no hgvs_p)
//   g2 gold: ALK fusion with EML4;  pred: ALK fusion, partner null → no match (partner differs): 1 FN, 1 FP
//   g3 gold: none;                  pred: BRAF p.Val600Glu         → 1 FP
// Gold 4, predicted 5, matched 3 → P 3/5, R 3/4, F1 = 2 × 0.6 × 0.75 / 1.35 = 2/3.
// Significance on matched pairs 2/3 (EGFR wrong), origin 3/3.
const NOTES: EvalNote[] = [
  note('s1', 'en', { smoking: smoking('current', { pack_years: 20, cigarettes_per_day: 20 }) }),
  note('s2', 'en', { smoking: smoking('current', { pack_years: 10 }) }),
  note('s3', 'en', { smoking: smoking('former', { quit_year: 2015, cigarettes_per_day: 10 }) }),
  note('s4', 'ja', { smoking: smoking('never') }),
  note('s5', 'ja', { smoking: smoking('never') }),
  note('s6', 'ja', { smoking: smoking('unknown') }),
  note('g1', 'en', {
    genetics: [
      finding({
        hgvs_c: 'c.2573T>G',
        hgvs_p: 'p.Leu858Arg',
        kind: 'snv',
        status: 'present',
        significance: 'pathogenic',
      }),
      finding({ gene: 'KRAS' }),
      finding({
        gene: 'TP53',
        hgvs_c: 'c.818G>A',
        kind: 'snv',
        status: 'present',
        significance: 'pathogenic',
      }),
    ],
  }),
  note('g2', 'ja', {
    genetics: [
      finding({
        gene: 'ALK',
        kind: 'fusion',
        partner: 'EML4',
        status: 'present',
        significance: 'pathogenic',
      }),
    ],
  }),
  note('g3', 'ja', { genetics: [] }),
];

const PREDICTED = system({
  s1: { smoking: smoking('current', { pack_years: 20.4, cigarettes_per_day: 10 }) },
  s2: { smoking: smoking('former') },
  s3: { smoking: smoking('former', { quit_year: 2015, cigarettes_per_day: 10.5 }) },
  s4: { smoking: smoking('never') },
  s5: { smoking: smoking('current') },
  s6: { smoking: smoking('unknown', { pack_years: 5 }) },
  g1: {
    genetics: [
      finding({ hgvs_c: 'c.2573T>A', hgvs_p: 'p.Leu858Arg', kind: 'snv', status: 'present' }),
      finding({ gene: 'KRAS' }),
      finding({
        gene: 'TP53',
        hgvs_c: 'c.818G>A',
        hgvs_p: 'p.Arg273His',
        kind: 'snv',
        status: 'present',
        significance: 'pathogenic',
      }),
    ],
  },
  g2: {
    genetics: [
      finding({ gene: 'ALK', kind: 'fusion', status: 'present', significance: 'pathogenic' }),
    ],
  },
  g3: {
    genetics: [finding({ gene: 'BRAF', hgvs_p: 'p.Val600Glu', kind: 'snv', status: 'present' })],
  },
});

const NO_BOOT = { replicates: 0, seed: 1 };

describe('eval metrics on a hand-scored set', () => {
  const cases = buildCases(NOTES, PREDICTED);
  const m = systemMetrics(cases, NO_BOOT, 'all');

  it('smoking: per-class P/R/F1, macro-F1 and accuracy', () => {
    const s = m.smoking!;
    expect(s.notes).toBe(6);
    expect(s.accuracy.value).toBeCloseTo(4 / 6, 12);
    expect(s.perClass.current).toMatchObject({ support: 2, predicted: 2 });
    expect(s.perClass.current.precision.value).toBeCloseTo(0.5, 12);
    expect(s.perClass.current.recall.value).toBeCloseTo(0.5, 12);
    expect(s.perClass.current.f1.value).toBeCloseTo(0.5, 12);
    expect(s.perClass.former.precision.value).toBeCloseTo(0.5, 12);
    expect(s.perClass.former.recall.value).toBe(1);
    expect(s.perClass.former.f1.value).toBeCloseTo(2 / 3, 12);
    expect(s.perClass.never.f1.value).toBeCloseTo(2 / 3, 12);
    expect(s.perClass.unknown.f1.value).toBe(1);
    expect(s.macroF1.value).toBeCloseTo(17 / 24, 12);
    expect(s.confusion.never).toEqual({ current: 1, former: 0, never: 1, unknown: 0 });
    // No bootstrap asked for: no intervals.
    expect(s.macroF1).toMatchObject({ lower: null, upper: null });
  });

  it('smoking numbers: accuracy within 0.5 where either side is non-null, and the error distribution', () => {
    const n = m.smoking!.numeric;
    expect(n.pack_years).toMatchObject({ scored: 3, correct: 1 });
    expect(n.pack_years.accuracy.value).toBeCloseTo(1 / 3, 12);
    expect(n.pack_years.distribution).toMatchObject({ 'within 0.5': 1, missed: 1, spurious: 1 });
    expect(n.pack_years.meanAbsoluteError).toBeCloseTo(0.4, 12);
    expect(n.cigarettes_per_day).toMatchObject({ scored: 2, correct: 1 });
    // 10 − 20 = −10: in [−10, −5); 10.5 − 10 = 0.5: within 0.5.
    expect(n.cigarettes_per_day.distribution).toMatchObject({ '-10 to -5': 1, 'within 0.5': 1 });
    expect(n.cigarettes_per_day.meanAbsoluteError).toBeCloseTo(5.25, 12);
    expect(n.quit_year).toMatchObject({ scored: 1, correct: 1 });
    expect(n.years_smoked).toMatchObject({ scored: 0, correct: 0, meanAbsoluteError: null });
  });

  it('genetics: one-to-one matching by hgvs_p, else hgvs_c, else kind + exon + partner', () => {
    const g = m.genetics!;
    expect(g).toMatchObject({ notes: 3, gold: 4, predicted: 5, matched: 3 });
    expect(g.precision.value).toBeCloseTo(3 / 5, 12);
    expect(g.recall.value).toBeCloseTo(3 / 4, 12);
    expect(g.f1.value).toBeCloseTo(2 / 3, 12);
    expect(g.significance).toMatchObject({ correct: 2, total: 3 });
    expect(g.origin).toMatchObject({ correct: 3, total: 3 });
  });

  it('the bootstrap statistic on the data itself equals the spec scorers', () => {
    const smokingPoint = smokingStatistic(cases.smoking)(identity(cases.smoking.length));
    expect(smokingPoint).toEqual(smokingValues(scoreSmoking(cases.smoking)));
    expect(smokingPoint.macroF1).toBeCloseTo(17 / 24, 12);
    const geneticsPoint = geneticsStatistic(cases.genetics)(identity(cases.genetics.length));
    const whole = scoreGenetics(
      cases.genetics.map((c) => ({ note_id: c.note.noteId, gold: c.gold, predicted: c.predicted })),
    );
    expect(geneticsPoint.f1).toBeCloseTo(whole.f1, 12);
    expect(geneticsPoint.precision).toBeCloseTo(whole.precision, 12);
    expect(sumGenetics(cases.genetics, [0, 0, 2])).toMatchObject({
      gold: 6,
      predicted: 7,
      matched: 6,
    });
    // Undefined figures are NaN, not 0: no note at all.
    expect(geneticsValues(sumGenetics(cases.genetics, [2, 2])).recall).toBeNaN();
  });

  it('splits by language: macro-F1 averages the classes present in that subset', () => {
    const splits = splitMetrics(NOTES, cases, NO_BOOT);
    expect(Object.keys(splits.language)).toEqual(['en', 'ja']);
    // en: current→current, current→former, former→former. current P1 R½ → ⅔; former P½ R1 → ⅔;
    // never and unknown absent → macro ⅔.
    expect(splits.language.en!.smoking!.macroF1.value).toBeCloseTo(2 / 3, 12);
    // ja: never→never, never→current, unknown→unknown. never ⅔; current (predicted once, never
    // gold) 0; unknown 1 → (⅔ + 0 + 1) / 3 = 5/9.
    expect(splits.language.ja!.smoking!.macroF1.value).toBeCloseTo(5 / 9, 12);
    // en genetics: g1 only → 3/3 matched of 3 gold → F1 1; ja: g2 + g3 → 0 matched → F1 0.
    expect(splits.language.en!.genetics!.f1.value).toBe(1);
    expect(splits.language.ja!.genetics).toMatchObject({ gold: 1, predicted: 2, matched: 0 });
    expect(splits.note_type.progress!.notes).toBe(4);
  });

  it('intervals with a fixed seed contain the point estimate and do not move between runs', () => {
    const boot = { replicates: 1000, seed: 11 };
    const a = systemMetrics(cases, boot, 'all');
    const b = systemMetrics(cases, boot, 'all');
    expect(b).toEqual(a);
    const macro = a.smoking!.macroF1;
    expect(macro.lower!).toBeLessThanOrEqual(macro.value);
    expect(macro.upper!).toBeGreaterThanOrEqual(macro.value);
    const f1 = a.genetics!.f1;
    expect(f1.lower!).toBeLessThanOrEqual(f1.value);
    expect(f1.upper!).toBeGreaterThanOrEqual(f1.value);
    expect(f1.lower!).toBeGreaterThanOrEqual(0);
    expect(f1.upper!).toBeLessThanOrEqual(1);
  });

  it('error rows: one per wrong answer, with the field, gold and predicted value', () => {
    const rows = errorRows(cases, PREDICTED);
    const fields = rows.map((r) => `${r.note_id} ${r.field} ${r.gold} → ${r.predicted}`);
    expect(fields).toEqual([
      's1 smoking.cigarettes_per_day 20 → 10',
      's2 smoking.status current → former',
      's2 smoking.pack_years 10 → null',
      's5 smoking.status never → current',
      's6 smoking.pack_years null → 5',
      'g1 genetics.significance pathogenic (EGFR p.Leu858Arg present) → null',
      'g2 genetics ALK fusion with EML4 present → —',
      'g2 genetics — → ALK fusion present',
      'g3 genetics — → BRAF p.Val600Glu present',
    ]);
    expect(rows.every((r) => r.decidedBy === '(no mentions given)')).toBe(true);
  });
});

describe('degenerate sets', () => {
  it('empty: nothing scored, no intervals, no errors', () => {
    const empty = buildCases([], system({}));
    expect(systemMetrics(empty, { replicates: 100, seed: 1 }, 'all')).toEqual({
      notes: 0,
      smoking: null,
      genetics: null,
    });
    expect(errorRows(empty, system({}))).toEqual([]);
  });

  it('all correct: every figure 1 with the interval [1, 1]', () => {
    const perfect = system(Object.fromEntries(NOTES.map((n) => [n.noteId, n.gold])));
    const cases = buildCases(NOTES, perfect);
    const m = systemMetrics(cases, { replicates: 300, seed: 5 }, 'all');
    expect(m.smoking!.macroF1).toEqual({ value: 1, lower: 1, upper: 1 });
    expect(m.smoking!.accuracy).toEqual({ value: 1, lower: 1, upper: 1 });
    expect(m.smoking!.numeric.pack_years.accuracy).toEqual({ value: 1, lower: 1, upper: 1 });
    expect(m.genetics!.f1).toEqual({ value: 1, lower: 1, upper: 1 });
    expect(errorRows(cases, perfect)).toEqual([]);
  });

  it('a gold note without a prediction counts as unknown / no findings', () => {
    const cases = buildCases(NOTES, system({}));
    const m = systemMetrics(cases, { replicates: 0, seed: 1 }, 'all');
    // Only s6 (gold unknown) is right; unknown: P 1/6, R 1 → F1 2/7; the other gold classes 0.
    expect(m.smoking!.accuracy.value).toBeCloseTo(1 / 6, 12);
    expect(m.smoking!.macroF1.value).toBeCloseTo(2 / 7 / 4, 12);
    expect(m.genetics).toMatchObject({ gold: 4, predicted: 0, matched: 0 });
    expect(m.genetics!.f1.value).toBe(0);
  });
});
