import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'en', noteType);

describe('genetics extractor: English dev50 phenomena', () => {
  it('reads a relative opening a letter sentence whose test then tells "he has" as the relative', () => {
    expect(
      brief(
        genetics(
          'As we discussed, your older brother Paul was diagnosed with bowel cancer at 44, and genetic testing in 2023 showed that he has Lynch syndrome, caused by a pathogenic variant in the MSH2 gene: c.1147C>T, p.(Arg383*).',
        ),
      ),
    ).toEqual(['MSH2 p.Arg383Ter present family']);
    expect(
      brief(
        genetics(
          'Her mother was diagnosed with breast cancer at 41, and genetic testing showed that she carries a pathogenic BRCA1 variant, c.68_69del.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family']);
    expect(
      brief(genetics('Your mother, who had womb cancer at 56, carries MSH2 c.1147C>T.')),
    ).toEqual(['MSH2 c.1147C>T present family']);
    // (The patient's own test stays the patient's.)
    expect(
      brief(
        genetics(
          'As we discussed, you were diagnosed with bowel cancer, and genetic testing showed a pathogenic variant in MSH2 c.1147C>T.',
        ),
      ),
    ).toEqual(['MSH2 c.1147C>T present patient']);
  });

  it('reads the sample named between "tested" and "for" as a test, not a result', () => {
    expect(
      brief(genetics('We tested your blood sample for this specific MSH2 variant only.')),
    ).toEqual([]);
    expect(
      brief(
        genetics(
          'We tested your blood sample for the familial MSH2 variant. Your result is NEGATIVE: you have not inherited the MSH2 variant.',
        ),
      ),
    ).toEqual(['MSH2 wild_type absent patient']);
  });

  it('keeps "incl." with the list after it', () => {
    expect(
      brief(
        genetics('- germline (blood, 12/2024; 20-gene panel): negative, incl. BRCA1 and BRCA2.'),
      ),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    expect(brief(genetics('Germline panel (blood): negative (incl. BRCA1).'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
  });

  it('reads NAB2::STAT6 as the STAT6 fusion and a plain STAT6 stain as no finding', () => {
    expect(
      brief(
        genetics(
          ' Fusion: NAB2::STAT6 (NAB2 exon 4 :: STAT6 exon 2), in frame, 2,114 unique reads - DETECTED. Tier I (diagnostic).',
        ),
      ),
    ).toEqual(['STAT6 fusion NAB2 present patient']);
    expect(brief(genetics('NAB2-STAT6 fusion identified by RNA NGS.'))).toEqual([
      'STAT6 fusion NAB2 present patient',
    ]);
    expect(brief(genetics('STAT6 IHC strongly positive (nuclear).'))).toEqual([]);
  });

  it('reads a gene list before IHC as stains', () => {
    expect(
      brief(genetics('RB1 and p53 IHC retained/wild-type pattern (no small-cell transformation).')),
    ).toEqual([]);
    expect(brief(genetics('MLH1, PMS2 IHC: retained.'))).toEqual([]);
    expect(brief(genetics('RB1 and TP53 wild-type by NGS.'))).toEqual([
      'RB1 wild_type absent patient',
      'TP53 wild_type absent patient',
    ]);
  });

  it('reads ATA as the American Thyroid Association, not ATM', () => {
    expect(
      brief(
        genetics(
          'His mother carries RET NM_020975.6:c.1901G>A, p.(Cys634Tyr), classified PATHOGENIC (ATA highest-risk category).',
        ),
      ),
    ).toEqual(['RET p.Cys634Tyr present family']);
  });
});
