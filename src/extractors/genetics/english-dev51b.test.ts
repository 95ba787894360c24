import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');
const withOrigin = (text: string) =>
  genetics(text).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.origin ?? 'null'}`);

describe('genetics extractor: English dev51 left-overs', () => {
  it('gives the negatives of a labelled germline line the germline source of its first sentence', () => {
    expect(
      withOrigin(
        'R breast mass (biopsy-proven).\nGenetics (fast-track panel, resulted 22/09/2023): germline TP53 c.844C>T p.(Arg282Trp) - PATHOGENIC (Li-Fraumeni syndrome). No P/LP variant in BRCA1, BRCA2, PALB2 or CHEK2.',
      ),
    ).toEqual([
      'TP53 p.Arg282Trp present germline',
      'BRCA1 wild_type absent germline',
      'BRCA2 wild_type absent germline',
      'PALB2 wild_type absent germline',
      'CHEK2 wild_type absent germline',
    ]);
    expect(
      withOrigin(
        'Tumour biopsy: adenocarcinoma.\nResults: germline MLH1 c.2041G>A likely pathogenic. No other P/LP variants in MSH2 or MSH6.',
      ),
    ).toEqual([
      'MLH1 snv present germline',
      'MSH2 wild_type absent germline',
      'MSH6 wild_type absent germline',
    ]);
    // (Not when the line's sentences speak of both sources.)
    expect(
      withOrigin(
        'Breast biopsy.\nGenetics: germline BRCA1 negative; tumour NGS KRAS G12D. No BRAF mutation.',
      ),
    ).toContain('BRAF wild_type absent somatic');
  });

  it('reads a germline test only sent or ordered after a tumour result as a plan', () => {
    expect(
      withOrigin(
        'Colon biopsy. MSI-H. MLH1 promotor hypermethylation NOT detected; BRAF V600E not detected (PCR) -> germline testing sent.',
      ),
    ).toEqual(['BRAF p.Val600Glu absent somatic']);
    expect(withOrigin('Colon ca, dMMR. BRAF V600E negative, germline testing ordered.')).toEqual([
      'BRAF p.Val600Glu absent somatic',
    ]);
    expect(withOrigin('Pancreatic ca. KRAS G12D detected; referred for germline testing.')).toEqual(
      ['KRAS p.Gly12Asp present somatic'],
    );
    // (Not a test sent whose result follows, also on the wrapped next line.)
    expect(
      withOrigin(
        'Genetics: because of diffuse gastric cancer before 40, germline testing was sent with the staging bloods\n(blood, 6/2024): no pathogenic variant identified in CDH1.',
      ),
    ).toEqual(['CDH1 wild_type absent germline']);
  });

  it('gives no finding for what a change usually is or does', () => {
    expect(
      genetics(
        'AR amplification is usually acquired under androgen deprivation; its absence in this archival 2021 specimen does not exclude it now - consider plasma testing.',
      ),
    ).toEqual([]);
    expect(genetics('EGFR mutations are typically found in never-smokers.')).toEqual([]);
    expect(genetics('BRAF V600E is rarely germline.')).toEqual([]);
    // (Not when the sentence turns to this patient, nor a result of its own.)
    expect(
      withOrigin(
        'PIK3CA H1047R is commonly seen in HR+ breast cancer and was detected here (VAF 12%).',
      ),
    ).toEqual(['PIK3CA p.His1047Arg present somatic']);
    expect(withOrigin('AR amplification is detected in the plasma sample.')).toEqual([
      'AR amplification present somatic',
    ]);
  });

  it('keeps an earlier dated gene-level negative beside a later dated variant restated undated', () => {
    expect(
      withOrigin(
        'Molecular history\n- Outside (01/2024): EGFR PCR - EGFR mutation NOT detected.\n- Tissue NGS (04/2024):\n    EGFR exon 20 insertion c.2303_2311dup p.(S768_D770dup), VAF 22%\n\nAssessment: EGFR exon 20 insertion-positive NSCLC.',
      ),
    ).toEqual(['EGFR wild_type absent somatic', 'EGFR p.Ser768_Asp770dup present somatic']);
    expect(
      withOrigin(
        'Molecular\n- Riverside (02/2025): KRAS mutation not detected.\n- NGS (03/2025):\n    KRAS G12C VAF 30%\nAssessment: KRAS G12C NSCLC.',
      ),
    ).toEqual(['KRAS wild_type absent somatic', 'KRAS p.Gly12Cys present somatic']);
  });

  it('reads histone K27M and G34R beside their gene as HGVS p.Lys28Met and p.Gly35Arg', () => {
    expect(
      genetics(
        'Targeted NGS:\n    H3-3A (H3F3A) c.83A>T p.(Lys28Met) [legacy K27M]   VAF 41%\nComment: The H3-3A K27M mutation defines this entity.',
      ).map((f) => `${f.gene} ${f.hgvs_p}`),
    ).toEqual(['H3-3A p.Lys28Met']);
    expect(genetics('NGS: H3-3A G34R detected.').map((f) => `${f.gene} ${f.hgvs_p}`)).toEqual([
      'H3-3A p.Gly35Arg',
    ]);
    expect(genetics('NGS: H3C2 K27M detected.').map((f) => `${f.gene} ${f.hgvs_p}`)).toEqual([
      'H3C2 p.Lys28Met',
    ]);
  });

  it('gives nothing for a change denied by a copula with no result of its own', () => {
    expect(
      genetics(
        'BRAF D594G is a class 3 (kinase-impaired) BRAF mutation. It is not V600E, and the data for V600E-directed therapy do not apply.',
      ).map((f) => `${f.gene} ${f.hgvs_p}`),
    ).toEqual(['BRAF p.Asp594Gly']);
    expect(
      genetics('KRAS G13D detected; this is not G12C, so sotorasib does not apply.').map(
        (f) => f.hgvs_p,
      ),
    ).toEqual(['p.Gly13Asp']);
    // (A negative with its own result word stays.)
    expect(genetics('BRAF V600E: not detected.').map((f) => `${f.hgvs_p} ${f.status}`)).toEqual([
      'p.Val600Glu absent',
    ]);
  });

  it("takes a class word wrapped onto the line above the relative's variant", () => {
    expect(
      genetics(
        'Family history: Her father (68) was diagnosed with colon cancer at 55 and was found to carry a pathogenic\nMSH6 variant, c.3261dup (p.Phe1088Leufs*5). Paternal aunt not tested.',
      ).map((f) => `${f.gene} ${f.subject} ${f.significance}`),
    ).toEqual(['MSH6 family pathogenic']);
  });
});
