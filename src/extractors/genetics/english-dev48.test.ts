import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');

describe('genetics extractor: English dev48 phenomena', () => {
  it('reads a negative list whose verb follows a second negated class set off by commas', () => {
    expect(
      brief(
        genetics(
          'No pathogenic variants, and no exon deletions or duplications, were detected in MSH2, MSH6 or TP53.',
        ),
      ),
    ).toEqual([
      'MSH2 wild_type absent patient',
      'MSH6 wild_type absent patient',
      'TP53 wild_type absent patient',
    ]);
    expect(
      brief(genetics('No sequence variants, nor large rearrangements, were identified in BRCA1.')),
    ).toEqual(['BRCA1 wild_type absent patient']);
  });

  it('does not read BAL (bronchoalveolar lavage) as a gene', () => {
    expect(
      genetics('BAL: cultures negative, PJP PCR negative, respiratory viral PCR negative.'),
    ).toEqual([]);
  });

  it('reads targets of a combined treatment as no result, and trials on offer as no negative', () => {
    expect(
      brief(
        genetics(
          'KRAS G12C (c.34G>T) detected.\n - pt aware of trial options (KRAS G12C + MET combos) - none open locally',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Cys present patient']);
    expect(genetics('Trials of EGFR + MET combinations - none available.')).toEqual([]);
    expect(brief(genetics('EGFR, ALK, ROS1: none.'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
  });

  it('makes a tumour variant germline when a germline report row classifies it', () => {
    const findings = genetics(
      'Tumour NGS (tumour-only): PALB2 c.3113G>A p.W1038* VAF 48%.\n\nGermline panel (saliva):\n  PALB2   c.3113G>A   p.(Trp1038*)    heterozygous   PATHOGENIC',
    );
    expect(findings).toMatchObject([
      { gene: 'PALB2', hgvs_c: 'c.3113G>A', status: 'present', origin: 'germline' },
    ]);
    expect(findings).toHaveLength(1);
  });

  it('keeps a relative opening the sentence, with an apposition, as its subject', () => {
    expect(
      brief(
        genetics(
          'Her brother (58), a never-smoker without cancer, was tested at our suggestion last month and also carries EGFR T790M.',
        ),
      ),
    ).toEqual(['EGFR p.Thr790Met present family']);
    expect(
      brief(
        genetics(
          'Her sister, an unaffected 45-year-old teacher, was tested in March and carries BRCA2 c.5946del.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family']);
  });

  it('gives a change not found in blood after a germline test the germline origin', () => {
    expect(
      genetics(
        'Germline testing arranged: blood sequencing confirmed EGFR T790M. EGFR L858R was not present in blood, so it is somatic.',
      ).find((f) => f.hgvs_p === 'p.Leu858Arg'),
    ).toMatchObject({ status: 'absent', origin: 'germline' });
    // A plasma test's blood stays somatic.
    expect(
      genetics(
        'Guardant360 (blood): EGFR L858R not detected in blood; germline BRCA2 carrier.',
      ).find((f) => f.gene === 'EGFR'),
    ).toMatchObject({ status: 'absent', origin: 'somatic' });
  });
});
