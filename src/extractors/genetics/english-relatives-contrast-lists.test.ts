import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'en', noteType);

/** Findings with their origin: "GENE variant status subject origin". */
const withOrigin = (text: string) => genetics(text).map((f) => `${brief([f])[0]} ${f.origin}`);

describe('genetics extractor: English same-variant subjects, contrasts and germline lists', () => {
  it("gives a relative's same-variant sentence past an aside only the family finding", () => {
    // (dev50 5006: "Your mother, who had womb cancer at 56, was tested … and carries the same
    // variant" gave the patient the variant too.)
    expect(
      brief(
        genetics(
          'Your brother was found to have a pathogenic MSH2 variant c.1147C>T, p.(Arg383*). Your mother, who had womb cancer at 56, was tested earlier this year and carries the same variant.',
        ),
      ),
    ).toEqual(['MSH2 p.Arg383Ter present family']);
    expect(
      brief(
        genetics(
          'Proband: brother with MSH6 c.3261dup. Mother, who was diagnosed at 60, was tested last year and also carries the same variant.',
        ),
      ),
    ).toEqual(['MSH6 c.3261dup present family']);
    // A relative named by a first name given in the note.
    expect(
      brief(
        genetics(
          'Ruth (her sister) has BRCA1 c.68_69del. Ruth was tested and carries the same variant.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family']);
    // (The patient's own same-variant result stays the patient's.)
    expect(
      brief(
        genetics(
          'Her brother has BRCA1 c.68_69del. Her mother, who had breast cancer, was tested; she also carries the same variant. The patient was tested and carries the same variant.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del present patient']);
  });

  it('checks the pronoun of a result clause against the sex of the relative before it', () => {
    expect(
      brief(
        genetics(
          '45F. Her father had colon cancer, and genetic testing showed that she has MLH1 c.350C>T.',
        ),
      ),
    ).toEqual(['MLH1 c.350C>T present patient']);
    expect(
      brief(
        genetics(
          '52M. His sister has BRCA2 c.5946del. His mother had ovarian cancer, and testing in 2021 showed that he carries the same variant.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family', 'BRCA2 c.5946del present patient']);
    // (A pronoun of the relative's own sex is the relative.)
    expect(
      brief(
        genetics(
          '45F. Her brother was diagnosed with colon cancer at 40, and genetic testing showed that he has MSH2 c.1147C>T.',
        ),
      ),
    ).toEqual(['MSH2 c.1147C>T present family']);
    expect(
      brief(
        genetics(
          '45F with endometrial cancer. Her brother has MSH2 c.1147C>T. Her father was diagnosed with colon cancer at 50, and genetic testing showed that he has the same variant.',
        ),
      ),
    ).toEqual(['MSH2 c.1147C>T present family']);
  });

  it('sets aside a change after "but not" in a clause of its own (decision 135)', () => {
    for (const text of [
      'BRAF V600K detected, but not V600E.',
      'BRAF V600K was detected, but not V600E.',
      'BRAF V600K detected. Not V600E, so no vemurafenib label.',
    ]) {
      expect(brief(genetics(text))).toEqual(['BRAF p.Val600Lys present patient']);
    }
    expect(brief(genetics('EGFR exon 19 deletion detected, but not T790M.'))).toEqual([
      'EGFR exon_deletion 19 present patient',
    ]);
    // (A negative of its own still gives the absent entry.)
    expect(brief(genetics('BRAF V600K detected but V600E was not detected.'))).toEqual([
      'BRAF p.Val600Lys present patient',
      'BRAF p.Val600Glu absent patient',
    ]);
    expect(brief(genetics('KRAS G12D detected, but no G12C.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
  });

  it("keeps a change somatic whose only germline source is the gene's negative germline test", () => {
    expect(withOrigin('NGS: TP53 R273H.\nGermline TP53 testing: negative.')).toEqual([
      'TP53 p.Arg273His present patient somatic',
      'TP53 wild_type absent patient germline',
    ]);
    expect(withOrigin('Germline TP53 testing: negative. Tumor NGS: TP53 R273H.')).toEqual([
      'TP53 wild_type absent patient germline',
      'TP53 p.Arg273His present patient somatic',
    ]);
    // (A germline report's VUS beside its gene's negative stays germline, decision 5.)
    expect(
      withOrigin(
        'Germline multigene panel\nTP53 c.743G>A (p.Arg248Gln) - variant of uncertain significance\nNo pathogenic variants in TP53, BRCA1, BRCA2.',
      ),
    ).toEqual([
      'TP53 p.Arg248Gln present patient germline',
      'TP53 wild_type absent patient germline',
      'BRCA1 wild_type absent patient germline',
      'BRCA2 wild_type absent patient germline',
    ]);
    // (And the germline test that found it.)
    expect(
      withOrigin('NGS: TP53 R273H.\nGermline TP53 testing: positive for the same variant.'),
    ).toEqual(['TP53 p.Arg273His present patient germline']);
  });

  it("reads a DNA test's label with its genes in a bracket before the call", () => {
    const lynch = [
      'MLH1 wild_type absent patient germline',
      'MSH2 wild_type absent patient germline',
      'MSH6 wild_type absent patient germline',
      'PMS2 wild_type absent patient germline',
    ];
    expect(withOrigin('Lynch panel (MLH1/MSH2/MSH6/PMS2): negative.')).toEqual(lynch);
    expect(
      withOrigin('Germline testing for Lynch syndrome (MLH1, MSH2, MSH6, PMS2): negative.'),
    ).toEqual(lynch);
    expect(
      withOrigin('Germline Lynch syndrome panel negative (MLH1, MSH2, MSH6, PMS2, EPCAM).'),
    ).toEqual([...lynch, 'EPCAM wild_type absent patient germline']);
    // (MMR IHC is no finding, spec section 3.)
    for (const text of [
      'MMR IHC: intact.',
      'MLH1/PMS2 loss on IHC.',
      'MMR IHC (MLH1/MSH2/MSH6/PMS2): intact.',
      'Lynch evaluation (MLH1/MSH2/MSH6/PMS2): intact.',
      'Lynch panel (MLH1/MSH2/MSH6/PMS2) pending.',
    ]) {
      expect(genetics(text)).toEqual([]);
    }
  });
});
