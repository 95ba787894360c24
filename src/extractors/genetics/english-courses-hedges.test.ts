import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => brief(geneticsOf(text, 'en'));

describe('genetics extractor: English results over time, course words and resistance hedges', () => {
  it('keeps both results of one change told at two times (decisions 36, 69, 73)', () => {
    // (pgen9 item 1: only the first result was kept.)
    expect(genetics('T790M negative in 2022, positive on 2024 rebiopsy.')).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
    expect(
      genetics('T790M was negative on plasma in 2022 but positive on tissue rebiopsy in 2024.'),
    ).toEqual(['EGFR p.Thr790Met absent patient', 'EGFR p.Thr790Met present patient']);
    expect(genetics('EGFR T790M: negative (plasma, 2022); positive (tissue, 2023).')).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
    expect(genetics('KRAS G12C detected 2023, not detected 2025.')).toEqual([
      'KRAS p.Gly12Cys present patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
    expect(genetics('ESR1 Y537S: not detected (01/2024) -> detected (06/2025).')).toEqual([
      'ESR1 p.Tyr537Ser absent patient',
      'ESR1 p.Tyr537Ser present patient',
    ]);
    expect(genetics('MET amplification: not detected (2022), detected (2024).')).toHaveLength(2);
    expect(genetics('HER2 FISH not amplified in 2020; amplified on 2025 biopsy.')).toHaveLength(2);
    expect(genetics('BCR-ABL1 positive at diagnosis; undetectable on monitoring.')).toHaveLength(2);
    expect(genetics('KRAS G12D (tissue 2023) - now undetectable in plasma.')).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS p.Gly12Asp absent patient',
    ]);
    // (Controls: two changes, or one result with its test, stay one entry each.)
    expect(
      genetics('EGFR exon 19 deletion detected (tissue); T790M not detected (plasma).'),
    ).toHaveLength(2);
    expect(genetics('KRAS G12C detected in 2023.')).toEqual(['KRAS p.Gly12Cys present patient']);
  });

  it('reads "undetectable" before a link as the change\'s own negative', () => {
    expect(genetics('KRAS G12D undetectable on plasma.')).toEqual([
      'KRAS p.Gly12Asp absent patient',
    ]);
    expect(genetics('KRAS G12D undetectable by ddPCR.')).toEqual([
      'KRAS p.Gly12Asp absent patient',
    ]);
  });

  it('reads loss, clearance and emergence of a named change as its course (decision 77)', () => {
    // (pgen9 item 2.)
    expect(genetics('Loss of T790M at progression.')).toEqual(['EGFR p.Thr790Met absent patient']);
    expect(genetics('T790M loss on repeat biopsy.')).toEqual(['EGFR p.Thr790Met absent patient']);
    expect(genetics('Interval NGS: loss of T790M, retained ex19del.')).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR exon_deletion 19 present patient',
    ]);
    for (const text of [
      'Clearance of EGFR L858R from plasma after 8 weeks.',
      'EGFR L858R cleared from plasma.',
      'Plasma EGFR L858R has cleared.',
      'EGFR L858R ctDNA clearance at cycle 2.',
    ])
      expect(genetics(text)).toEqual(['EGFR p.Leu858Arg absent patient']);
    expect(genetics('KRAS G12D disappeared on repeat ctDNA.')).toEqual([
      'KRAS p.Gly12Asp absent patient',
    ]);
    expect(genetics('Emergence of T790M on plasma.')).toEqual(['EGFR p.Thr790Met present patient']);
    expect(genetics('PD with emergence of C797S on plasma.')).toEqual([
      'EGFR p.Cys797Ser present patient',
    ]);
    // (Controls: stains and hypotheticals stay out.)
    expect(genetics('Monitor for emergence of C797S.')).toEqual([]);
    expect(genetics('Linked to shorter responses and to the\nemergence of ALK G1202R.')).toEqual(
      [],
    );
    expect(genetics('IDH1 R132H loss of staining.')).toEqual([]);
    expect(genetics('Loss of MLH1 and PMS2 expression.')).toEqual([]);
  });

  it('gives nothing for hedged or textbook resistance statements (decisions 22, 45, 137)', () => {
    // (pgen9 item 3.)
    for (const text of [
      'Resistance via MET amplification is common.',
      'Common resistance mechanisms include MET amplification and C797S.',
      'Up to 50% of patients develop T790M on first-generation TKIs.',
      'About half of patients will develop T790M.',
      'T790M status unknown; rebiopsy planned.',
      'MET amplification could not be excluded due to low tumour content.',
      'C797S cannot be ruled out.',
      'Question of acquired MET amplification.',
      'Assume ALK G1202R given progression on alectinib.',
      'Typical resistance mutations (G1202R, I1171N) were discussed.',
    ])
      expect(genetics(text)).toEqual([]);
    // (Controls: the patient's results.)
    expect(genetics('Resistance to osimertinib was due to MET amplification.')).toEqual([
      'MET amplification present patient',
    ]);
    expect(genetics('Tumor-only: TP53 R273H, germline status unknown.')).toEqual([
      'TP53 p.Arg273His present patient',
    ]);
    expect(genetics('Results were discussed with the patient: KRAS G12C detected.')).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
  });
});
