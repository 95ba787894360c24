import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');

describe('genetics extractor: requirements and guidance are no results', () => {
  it('reads no result in a change named as a requirement', () => {
    expect(genetics('Eligibility: BRAF V600E mutation required.')).toEqual([]);
    expect(genetics('Inclusion: documented ALK rearrangement required.')).toEqual([]);
    expect(
      genetics('Eligibility: EGFR exon 19 deletion or L858R required for enrollment.'),
    ).toEqual([]);
    expect(genetics('Enrolment requires a KRAS G12C mutation.')).toEqual([]);
    expect(genetics('Requirement: ERBB2 amplification.')).toEqual([]);
    // The patient's own result beside the criterion stays.
    expect(
      brief(
        genetics('Eligibility: BRAF V600E mutation required. Patient tumour is BRAF wild-type.'),
      ),
    ).toEqual(['BRAF wild_type absent patient']);
  });

  it('keeps a result beside a requirement of something else', () => {
    expect(brief(genetics('KRAS G12C detected; no further testing required.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(brief(genetics('Eligibility: BRAF V600E detected (Foundation 2024).'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it('reads no result in care modelled on a class of patients', () => {
    expect(genetics('Management as for ALK-positive disease per NCCN.')).toEqual([]);
    expect(genetics('Manage as per ALK-positive NSCLC guidelines.')).toEqual([]);
    expect(
      brief(genetics('Treated as for EGFR-mutant disease given EGFR L858R on tissue.')),
    ).toEqual(['EGFR p.Leu858Arg present patient']);
  });
});

describe('genetics extractor: cycle labels and control genes are no genes', () => {
  it('reads "post C3" as a treatment cycle', () => {
    expect(brief(genetics('AML on 7+3.\nNPM1 MRD post C3: not detected.'))).toEqual([
      'NPM1 other absent patient',
    ]);
    expect(genetics('KRAS G12C NSCLC.\nRestaging CT post C3: partial response.')).toHaveLength(1);
  });

  it('reads a gene with a copy count as the assay control', () => {
    expect(brief(genetics('CML.\nBCR-ABL1: undetectable (ABL1 44,000)'))).toEqual([
      'ABL1 fusion BCR absent patient',
    ]);
    expect(brief(genetics('CML. BCR::ABL1 not detected; ABL1 44,000 (adequate sample).'))).toEqual([
      'ABL1 fusion BCR absent patient',
    ]);
    expect(brief(genetics('ABL1 T315I not detected (ABL1 44,000).'))).toEqual([
      'ABL1 p.Thr315Ile absent patient',
    ]);
    expect(
      brief(
        genetics('CML.\nBCR::ABL1 (IS):\n  01/2025: 0.12%\n  04/2025: not detected (ABL1 44,000)'),
      ),
    ).not.toContain('ABL1 wild_type absent patient');
  });
});

describe('genetics extractor: a tracked change heading takes its rows', () => {
  it('gives a heading with no rows no result', () => {
    expect(genetics('AML.\nNPM1 type A MRD (qPCR, PB):\n  sample pending')).toEqual([]);
    expect(genetics('AML.\nNPM1 type A MRD (qPCR, PB):\nPlan: repeat in 3 months.')).toEqual([]);
    expect(genetics('AML.\nNPM1 MRD:\n  Flow MRD: negative (<0.01%)')).toEqual([]);
  });

  it('reads measured and negative time-point rows under a heading with no call', () => {
    expect(
      brief(genetics('AML.\nNPM1 MRD (qPCR, PB):\n  06/2025: 0.3%\n  09/2025: not detected')),
    ).toEqual(['NPM1 other present patient', 'NPM1 other absent patient']);
    expect(brief(genetics('AML.\nNPM1 MRD (qPCR, PB):\n  06/2025: not detected'))).toEqual([
      'NPM1 other absent patient',
    ]);
    expect(
      brief(
        genetics(
          'Diagnosis: AML with NPM1 c.860_863dup (type A).\nNPM1 MRD (qPCR, PB):\n  06/2025: not detected',
        ),
      ),
    ).toEqual(['NPM1 c.860_863dup present patient', 'NPM1 c.860_863dup absent patient']);
  });
});

describe('genetics extractor: the rest of a gene and relatives of the found change', () => {
  it('adds no gene-level negative for "no other" beside a found change', () => {
    expect(
      brief(
        genetics(
          'Germline: VHL c.499C>T (p.Arg167Trp), pathogenic. Tumour NGS: no other VHL alteration.',
        ),
      ),
    ).toEqual(['VHL p.Arg167Trp present patient']);
    expect(
      brief(
        genetics(
          'Germline MLH1 c.1852_1854del pathogenic. Tumour NGS: no additional MLH1 variant.',
        ),
      ),
    ).toEqual(['MLH1 c.1852_1854del present patient']);
    // Without a found change in the gene the negative stands.
    expect(brief(genetics('Tumour NGS: VHL wild-type.'))).toEqual(['VHL wild_type absent patient']);
  });

  it('reads "has inherited the MSH2 deletion" as the familial deletion', () => {
    expect(
      brief(
        genetics(
          'Lynch syndrome - MSH2 deletion of exons 1-6, pathogenic.\nPredictive results:\n- son (24): has inherited the MSH2 deletion\n- daughter (21): does not carry it',
        ),
      ),
    ).toEqual([
      'MSH2 exon_deletion present patient',
      'MSH2 exon_deletion present family',
      'MSH2 exon_deletion absent family',
    ]);
  });

  it('reads a tumour variant said to be constitutional as germline', () => {
    expect(
      genetics(
        'Tumour NGS: ATM c.5932G>T p.(Glu1978*), VAF 49% - Tier II.\nGermline: blood was sent to genetics - the ATM variant is constitutional.',
      ),
    ).toMatchObject([{ gene: 'ATM', status: 'present', origin: 'germline' }]);
  });

  it('reads a targeted test of stored blood DNA as germline', () => {
    expect(
      genetics(
        'Tumour: BRCA2 c.7558C>T. The lab looked for BRCA2 c.7558C>T in the stored blood DNA - not detected.',
      ),
    ).toMatchObject([
      { gene: 'BRCA2', status: 'present', origin: 'somatic' },
      { gene: 'BRCA2', status: 'absent', origin: 'germline' },
    ]);
  });
});
