import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');
const short = (text: string) =>
  genetics(text).map(
    (f) => `${f.gene} ${f.kind} ${f.exon ?? '-'} ${f.status} ${f.significance ?? 'null'}`,
  );

describe('genetics extractor: English dev51 phenomena', () => {
  it('keeps the exon written after an ITD abbreviation in brackets or under a block gene label', () => {
    expect(
      short(
        'Alteration 1\n  Gene ......... FLT3\n  Type ......... internal tandem duplication (ITD), 36 bp, exon 14\n  Tier ......... I',
      ),
    ).toEqual(['FLT3 duplication 14 present pathogenic']);
    expect(short('Gene: FLT3\nType: ITD, 54 bp, exon 14\nTier: I')).toEqual([
      'FLT3 duplication 14 present pathogenic',
    ]);
    expect(short('FLT3: internal tandem duplication (ITD), 36 bp, exon 14. Tier I.')).toEqual([
      'FLT3 duplication 14 present pathogenic',
    ]);
    // (Not the exon after a bracket's close: that is the next entry's.)
    const g719x = genetics(
      'EGFR PCR: none of the point mutations in exon 18 (G719X), exon 20 (T790M, S768I) were detected',
    ).filter((f) => f.hgvs_p === null);
    expect(g719x.map((f) => f.exon)).toEqual([18]);
  });

  it('keeps a gene-level mutation negative beside a class negative of the next clause', () => {
    expect(short('No alterations in KRAS or MET; MET exon 14 skipping: not detected')).toEqual([
      'KRAS wild_type - absent null',
      'MET wild_type - absent null',
      'MET exon_skipping 14 absent null',
    ]);
    expect(short('ERBB2: no amplification; no ERBB2 mutation')).toEqual([
      'ERBB2 amplification - absent null',
      'ERBB2 wild_type - absent null',
    ]);
    expect(short('No mutation in MET. MET amplification: not detected.')).toEqual([
      'MET wild_type - absent null',
      'MET amplification - absent null',
    ]);
    // (The gene's own amplification line restates it; the gene in brackets is the class too.)
    expect(short('HER2 FISH: not amplified')).toEqual(['ERBB2 amplification - absent null']);
    expect(short('ERBB2 (HER2) exon 20 insertions: not detected')).toEqual([
      'ERBB2 exon_insertion 20 absent null',
    ]);
  });

  it('reads "a VUS in GENE" as that gene\'s class, not an earlier negative\'s', () => {
    expect(
      short(
        'Germline (multi-cancer panel): negative - no pathogenic or likely pathogenic variants, including BRCA1 and ATM. One VUS in POLD1 (not clinically actionable).',
      ),
    ).toContain('POLD1 other - present uncertain');
    expect(
      short('Germline panel: no pathogenic variants in BRCA1, BRCA2 or PALB2; a VUS in ATM.'),
    ).toContain('ATM other - present uncertain');
    expect(short('Germline: pathogenic variant in BRCA2 c.5946del; VUS in CHEK2.')).toEqual([
      'BRCA2 frameshift - present pathogenic',
      'CHEK2 other - present uncertain',
    ]);
  });
});
