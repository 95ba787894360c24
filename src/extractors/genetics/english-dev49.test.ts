import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'en', noteType);

describe('genetics extractor: English dev49 phenomena', () => {
  it('reads a codon-level PCR row whose covered changes are listed with commas as one entry', () => {
    const findings = genetics(
      'EGFR MUTATION ANALYSIS (real-time PCR)\nExon   Target                          Result\n18     G719X (G719A, G719C, G719S)     Not detected\n21     L858R                           DETECTED',
    );
    expect(brief(findings)).toEqual([
      'EGFR snv 18 absent patient',
      'EGFR p.Leu858Arg present patient',
    ]);
    expect(brief(genetics('EGFR G719X (G719A, G719S, G719C): not detected.'))).toEqual([
      'EGFR snv absent patient',
    ]);
  });

  it('reads FH leading a row of a gene column as the gene, not the family history', () => {
    expect(
      brief(
        genetics(
          'Gene      Result\nSDHD      no variant detected\nFH        no variant detected\nNF1       no variant detected',
          'germline_report',
        ),
      ),
    ).toEqual([
      'SDHD wild_type absent patient',
      'FH wild_type absent patient',
      'NF1 wild_type absent patient',
    ]);
    // (A family-history field stays one: its relative's result is a family entry.)
    expect(
      brief(genetics('PMH      HTN\nFH       mother with BRCA1 c.68_69del\nSH       never smoker')),
    ).toEqual(['BRCA1 c.68_69del present family']);
  });

  it('makes a tumour variant germline when a line labelled germline classes it', () => {
    const findings = genetics(
      'Molecular (tumour FNB): ATM c.1564_1565del p.(Glu522Ilefs*43), VAF 52%.\nGermline (blood, 12/01/2023): ATM c.1564_1565del - PATHOGENIC.',
      'oncology_consult',
    );
    expect(findings).toMatchObject([
      { gene: 'ATM', hgvs_p: 'p.Glu522IlefsTer43', origin: 'germline', significance: 'pathogenic' },
    ]);
    expect(findings).toHaveLength(1);
    // (A germline test only recommended states no germline result.)
    expect(
      genetics(
        'Tumour NGS: BRCA2 c.5946del p.(Ser1982Argfs*22), VAF 48%, pathogenic.\nGermline testing recommended given BRCA2 c.5946del (pathogenic).',
        'oncology_consult',
      ),
    ).toMatchObject([{ gene: 'BRCA2', origin: 'somatic' }]);
  });

  it('gives no germline source from a germline test of the gene that was not done', () => {
    expect(
      genetics(
        'Molecular: TP53 wild-type.\nGermline TP53 testing not indicated (no suggestive family history).',
        'mdt_summary',
      ),
    ).toMatchObject([{ gene: 'TP53', status: 'absent', origin: 'somatic' }]);
    expect(
      genetics('NGS: BRCA2 wild-type.\nGermline testing for BRCA1/2 was declined.', 'mdt_summary'),
    ).toMatchObject([{ gene: 'BRCA2', origin: 'somatic' }]);
  });

  it('reads a change whose own test is pending, or said to go with a class, as no result', () => {
    for (const text of [
      'BRAF V600E analysis and MLH1 promoter methylation testing have been sent to the reference laboratory and will be reported in an addendum.',
      'BRAF V600E analysis will be reported in an addendum.',
      'EGFR testing, along with ALK and ROS1 FISH, is still pending.',
      'Loss of MLH1/PMS2 is most often caused by sporadic MLH1 promoter hypermethylation, frequently together with a BRAF V600E mutation.',
      'MLH1 loss is usually sporadic and often accompanied by a BRAF V600E mutation.',
      'Sporadic MSI-H tumours frequently carry a BRAF V600E mutation.',
    ]) {
      expect(genetics(text, 'pathology'), text).toEqual([]);
    }
    // (A result beside a pending test of something else stays.)
    expect(brief(genetics('KRAS G12C detected and further testing has been sent.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(brief(genetics('MLH1 and PMS2 loss with BRAF V600E mutation detected.'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it("reads a relative's row past a degree word, and an unremarkable relative as no test", () => {
    for (const row of [
      " - Paternal first cousin (Fiona, 41, Colin's daughter): melanoma at 33. Genetic testing in 2023 found CDKN2A c.301G>T p.(Gly101Trp).",
      ' - Older sister (45): breast ca. Testing in 2020 found CDKN2A c.301G>T p.(Gly101Trp).',
      ' - Paternal grandmother (d. 70): melanoma. Testing found CDKN2A c.301G>T p.(Gly101Trp).',
    ]) {
      expect(brief(genetics(row, 'genetic_counselling')), row).toEqual([
        'CDKN2A p.Gly101Trp present family',
      ]);
    }
    expect(
      brief(
        genetics(
          ' - Cousin: testing found CDKN2A c.301G>T p.(Gly101Trp).\n - Mother: 74, well. Maternal side unremarkable.',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['CDKN2A p.Gly101Trp present family']);
    expect(
      brief(
        genetics(
          'Sister carries BRCA1 c.68_69del.\nMother (70): testing unremarkable.',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del absent family']);
  });

  it('gives the one named change of a person the class of gene-level words restating it', () => {
    expect(
      genetics(
        ' - Cousin (Fiona, 41): testing found CDKN2A c.301G>T p.(Gly101Trp).\nAssessment: strong history with a known familial CDKN2A pathogenic variant (FAMMM).',
        'genetic_counselling',
      ),
    ).toMatchObject([
      { gene: 'CDKN2A', hgvs_p: 'p.Gly101Trp', subject: 'family', significance: 'pathogenic' },
    ]);
  });
});
