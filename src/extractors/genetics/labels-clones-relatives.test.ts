import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');

describe('genetics extractor: drug-label, guideline and trial text is no result', () => {
  it('reads no result in a label or an approval said of a drug', () => {
    expect(
      genetics('Sotorasib is approved for KRAS G12C-mutated NSCLC after one prior therapy.'),
    ).toEqual([]);
    expect(
      genetics('Osimertinib is indicated for EGFR exon 19 deletions or exon 21 L858R mutations.'),
    ).toEqual([]);
    expect(
      genetics('Selpercatinib is approved for RET fusion-positive NSCLC and RET-mutant MTC.'),
    ).toEqual([]);
    expect(
      genetics(
        'Capmatinib is FDA-approved for adults with metastatic NSCLC harboring MET exon 14 skipping.',
      ),
    ).toEqual([]);
    expect(genetics('Per the package insert, use only in EGFR exon 19 deletion or L858R.')).toEqual(
      [],
    );
    expect(
      genetics(
        'Label: for adult patients with metastatic NSCLC whose tumors have MET exon 14 skipping.',
      ),
    ).toEqual([]);
  });

  it('reads no result in a standard of care, an activity or a prognosis of a class', () => {
    expect(genetics('Alectinib is preferred first line for ALK-positive NSCLC.')).toEqual([]);
    expect(genetics('The treatment of choice for ALK-rearranged NSCLC is alectinib.')).toEqual([]);
    expect(genetics('Standard first-line therapy for EGFR-mutant NSCLC is osimertinib.')).toEqual(
      [],
    );
    expect(genetics('Lorlatinib retains activity against ALK G1202R and I1171N.')).toEqual([]);
    expect(genetics('Cetuximab is not effective in KRAS G12D colorectal cancer.')).toEqual([]);
    expect(genetics('EGFR T790M mediates resistance to gefitinib.')).toEqual([]);
    expect(genetics('MET amplification is a common resistance mechanism to osimertinib.')).toEqual(
      [],
    );
    expect(genetics('KRAS G12C carries a worse prognosis in CRC.')).toEqual([]);
    expect(genetics('Treat as EGFR-mutant NSCLC pending NGS.')).toEqual([]);
  });

  it('reads no result in what a trial enrolled, showed or requires', () => {
    expect(genetics('The KRYSTAL-1 trial enrolled KRAS G12C-mutated NSCLC.')).toEqual([]);
    expect(
      genetics('Osimertinib improved overall survival in EGFR L858R NSCLC in FLAURA.'),
    ).toEqual([]);
    expect(genetics('The ALEX trial showed alectinib superiority in ALK+ NSCLC.')).toEqual([]);
    // The patient's own change stays beside the criterion named apart from its gene.
    expect(
      brief(
        genetics(
          'He was screened for the trial but was not eligible (KRAS G12D, trial requires G12C).',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Asp present patient']);
  });

  it("keeps the patient's own result beside the general text", () => {
    expect(
      brief(
        genetics('NGS: KRAS G12C detected. Sotorasib is approved for KRAS G12C-mutated NSCLC.'),
      ),
    ).toEqual(['KRAS p.Gly12Cys present patient']);
    expect(
      brief(genetics('Sotorasib is approved for NSCLC, and KRAS G12C was detected on her NGS.')),
    ).toEqual(['KRAS p.Gly12Cys present patient']);
    // A medication list's indication is the patient's (decision 103).
    expect(
      brief(genetics('Tagrisso 80 mg daily – indicated for EGFR T790M-positive NSCLC.')),
    ).toEqual(['EGFR p.Thr790Met present patient']);
    expect(
      brief(genetics('Osimertinib was approved by her insurer for EGFR L858R NSCLC.')),
    ).toEqual(['EGFR p.Leu858Arg present patient']);
    expect(brief(genetics('Adagrasib is indicated, given KRAS G12C on tissue NGS.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
  });
});

describe('genetics extractor: stains named by their antibody clone are no DNA results', () => {
  it('reads no result in a clone-named stain (decisions 14 and 45)', () => {
    expect(genetics('ALK (D5F3): negative.')).toEqual([]);
    expect(genetics('ALK (5A4) positive.')).toEqual([]);
    expect(genetics('ALK-1 positive.')).toEqual([]);
    expect(genetics('ROS1 SP384 positive.')).toEqual([]);
    expect(genetics('BRAF (VE1): positive.')).toEqual([]);
    expect(genetics('c-MET (SP44) positive.')).toEqual([]);
    expect(genetics('FOLR1 (FOLR1-2.1) positive in 80% of cells.')).toEqual([]);
  });

  it('reads no result in a staining pattern', () => {
    expect(genetics('p53 mutant-type staining.')).toEqual([]);
    expect(genetics('p53: mutant pattern.')).toEqual([]);
    expect(genetics('p53 aberrant (null) pattern.')).toEqual([]);
    expect(genetics('BAP1 negative (loss of nuclear staining).')).toEqual([]);
    expect(genetics('MTAP lost (no cytoplasmic staining).')).toEqual([]);
  });

  it('keeps the DNA result beside the stain', () => {
    expect(brief(genetics('ALK D5F3 negative; EGFR L858R detected by PCR.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
    expect(brief(genetics('BRAF VE1 IHC negative; BRAF V600E not detected by PCR.'))).toEqual([
      'BRAF p.Val600Glu absent patient',
    ]);
    expect(brief(genetics('ALK D5F3 IHC positive, FISH negative.'))).toEqual([
      'ALK fusion absent patient',
    ]);
    expect(brief(genetics('EGFR L858R positive (strong signal).'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });
});

describe("genetics extractor: a relative's tumour driver gives nothing (decision 98)", () => {
  it('reads no family entry in a tumour the change qualifies', () => {
    expect(genetics('Brother has EGFR-mutant lung cancer.')).toEqual([]);
    expect(genetics('Father died of BRAF-mutant melanoma.')).toEqual([]);
    expect(genetics('Uncle had KRAS G12C lung cancer.')).toEqual([]);
    expect(genetics('Mother has EGFR exon 19 deletion NSCLC, treated with osimertinib.')).toEqual(
      [],
    );
    expect(genetics('Father had JAK2-positive polycythemia.')).toEqual([]);
    expect(genetics('Sister: EGFR-mutant lung adenocarcinoma at 45, never smoker.')).toEqual([]);
    expect(genetics('Brother was diagnosed with FLT3-ITD AML last year.')).toEqual([]);
  });

  it("keeps an inherited-risk gene and the patient's own driver", () => {
    expect(brief(genetics('Sister had BRCA1-positive breast cancer at 38.'))).toEqual([
      'BRCA1 other present family',
    ]);
    expect(
      brief(genetics('Patient has EGFR-mutant lung cancer; brother had KRAS G12C lung cancer.')),
    ).toEqual(['EGFR other present patient']);
  });
});
