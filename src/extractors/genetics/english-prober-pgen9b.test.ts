import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');

/** Findings with their origin: "GENE variant status subject origin". */
const withOrigin = (text: string) => genetics(text).map((f) => `${brief([f])[0]} ${f.origin}`);

describe('genetics extractor: English prober pgen9 items 4, 7, 10 and 11', () => {
  it("reads EGFR's own glued negative as the gene's, and keeps eGFR values out (item 4)", () => {
    for (const text of [
      'Lung adenocarcinoma. EGFR testing negative.',
      'Outside EGFR testing negative.',
      'EGFR testing was negative.',
      'Plasma negative for EGFR.',
      'Plasma: EGFR not detected.',
      'EGFR-negative by PCR.',
    ]) {
      expect(brief(genetics(text)), text).toEqual(['EGFR wild_type absent patient']);
    }
    // (An earlier test's negative stays beside the later test's variant, decision 36.)
    expect(
      brief(genetics('Initial EGFR testing negative (2022); re-biopsy 2024 shows EGFR L858R.')),
    ).toEqual(['EGFR wild_type absent patient', 'EGFR p.Leu858Arg present patient']);
    expect(
      brief(genetics('Initially EGFR-negative by PCR; later NGS found an EGFR exon 20 insertion.')),
    ).toEqual(['EGFR wild_type absent patient', 'EGFR exon_insertion 20 present patient']);
    // Kidney function stays no finding.
    for (const text of [
      'Cr 1.1, EGFR 65.',
      'EGFR >60 mL/min.',
      'CKD 3a, EGFR 48, stable.',
      'EGFR 65, negative for proteinuria.',
      'Urine negative for protein. EGFR 70.',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
  });

  it('does not read a gene-less negative sentence before "Somatic:" as a negative label (item 7)', () => {
    expect(brief(genetics('Germline negative. Somatic: KRAS G12D.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(withOrigin('Germline panel negative. Somatic: BRCA1 c.5266dup.')).toEqual([
      'BRCA1 c.5266dup present patient somatic',
    ]);
    expect(brief(genetics('Germline testing negative. Somatic: TP53 R273H.'))).toEqual([
      'TP53 p.Arg273His present patient',
    ]);
    // A real negative label still heads its list.
    expect(brief(genetics('Not detected: EGFR, ALK, ROS1.'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
  });

  it('reads a copy-number gain called short of amplification as amplification absent (item 10)', () => {
    for (const text of [
      'MET copy number gain (CN 4), not meeting amplification threshold.',
      'MET CN 4.2, below the threshold for amplification.',
      'MET copy number gain, not reaching the amplification threshold.',
    ]) {
      expect(brief(genetics(text)), text).toEqual(['MET amplification absent patient']);
    }
    expect(brief(genetics('CCNE1 CN 7, not called amplified.'))).toEqual([
      'CCNE1 amplification absent patient',
    ]);
    expect(brief(genetics('MET amplified (copy number 9.4).'))).toEqual([
      'MET amplification present patient',
    ]);
  });

  it('keeps a tumour variant somatic beside a queried or unknown germline origin (item 11)', () => {
    expect(withOrigin('EGFR L858R VAF 45% (germline?).')).toEqual([
      'EGFR p.Leu858Arg present patient somatic',
    ]);
    expect(withOrigin('TP53 R175H, germline status unknown.')).toEqual([
      'TP53 p.Arg175His present patient somatic',
    ]);
    expect(withOrigin('KRAS G12D, germline status not known.')).toEqual([
      'KRAS p.Gly12Asp present patient somatic',
    ]);
    // A stated germline origin stays germline.
    expect(withOrigin('Germline BRCA2 c.5946del (pathogenic).')).toEqual([
      'BRCA2 c.5946del present patient germline',
    ]);
  });
});
