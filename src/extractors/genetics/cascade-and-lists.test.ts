import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { Language } from '../../core/types.js';

const genetics = (text: string, language: Language = 'en', noteType?: string) =>
  geneticsOf(text, language, noteType);

describe('cascade testing: the patient beside relatives', () => {
  it('reads a fronted clause about a relative as the reason, the main clause as the patient', () => {
    expect(
      brief(genetics('Because his sister had ovarian cancer, he had BRCA1/2 testing - NEGATIVE.')),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    expect(
      brief(
        genetics(
          'After her mother was diagnosed with breast cancer at 40, she underwent BRCA1 and BRCA2 testing, which was negative.',
        ),
      ),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    // No fronted clause: "she" may be the sister, who stays the subject.
    expect(
      brief(genetics('His sister had breast cancer and she tested positive for BRCA1 c.68_69del.')),
    ).toEqual(['BRCA1 c.68_69del present family']);
  });

  it("gives the patient's result for the family's variant a germline origin", () => {
    const found = genetics(
      'Since her father carries MLH1 c.1489dup, she was tested: negative for MLH1 c.1489dup.',
    );
    expect(brief(found)).toEqual([
      'MLH1 c.1489dup present family',
      'MLH1 c.1489dup absent patient',
    ]);
    expect(found.map((f) => f.origin)).toEqual(['germline', 'germline']);
    // A patient's variant no relative shares keeps the note's default.
    expect(genetics('KRAS c.34G>T detected.')[0]?.origin).toBe('somatic');
  });

  it("reads a relative's pedigree row with a bare result as that relative's familial variant", () => {
    const familial = 'Familial variant: MSH2 c.1147C>T - pathogenic.\nPedigree:\n';
    expect(
      brief(
        genetics(
          `${familial}  Father (71) - CRC @58; carrier (tested 2021)\n  Brother - not tested`,
        ),
      ),
    ).toEqual(['MSH2 c.1147C>T present patient', 'MSH2 c.1147C>T present family']);
    expect(brief(genetics(`${familial}  - Sister - breast ca @41, NEGATIVE`))).toEqual([
      'MSH2 c.1147C>T present patient',
      'MSH2 c.1147C>T absent family',
    ]);
    // Another test's result is not the variant's; a row naming its own gene is read as usual.
    expect(brief(genetics(`${familial}  Father - CRC @58, FOBT positive`))).toEqual([
      'MSH2 c.1147C>T present patient',
    ]);
    expect(brief(genetics(`${familial}  Father - BRCA2 negative`))).toEqual([
      'MSH2 c.1147C>T present patient',
      'BRCA2 wild_type absent family',
    ]);
  });

  it("ends a relatives' section at the patient's own row", () => {
    expect(
      brief(
        genetics('Pedigree:\nMother: BRCA1 c.68_69del carrier\nPatient: BRCA1 c.68_69del negative'),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del absent patient']);
    expect(
      brief(
        genetics('家族歴：\n母：BRCA1 c.68_69del 保持\n本人：BRCA1 c.68_69del 検出されず', 'ja'),
      ),
      // (In line order: the mother's coding change before 保持 is read as her own result, no stain.)
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del absent patient']);
  });
});

describe('a slash list sharing a negated class word', () => {
  it('negates every gene of the list, not only the one beside the class word', () => {
    for (const text of [
      'CDKN2A/CDKN2B (MLPA): no homozygous deletion.',
      'CDKN2A/CDKN2B: no homozygous deletion.',
    ]) {
      expect(brief(genetics(text))).toEqual([
        'CDKN2A copy_loss absent patient',
        'CDKN2B copy_loss absent patient',
      ]);
    }
    expect(brief(genetics('CDKN2A/B: homozygous deletion'))).toEqual([
      'CDKN2A copy_loss present patient',
      'CDKN2B copy_loss present patient',
    ]);
    expect(brief(genetics('CDKN2A/CDKN2B：ホモ接合性欠失なし', 'ja'))).toEqual([
      'CDKN2A copy_loss absent patient',
      'CDKN2B copy_loss absent patient',
    ]);
  });
});

describe('a negated bare deletion of a gene (decision 33)', () => {
  it('reads it as the copy loss tested for', () => {
    expect(brief(genetics('CDKN2A  no deletion detected'))).toEqual([
      'CDKN2A copy_loss absent patient',
    ]);
    expect(brief(genetics('PTEN (FISH): no deletion'))).toEqual(['PTEN copy_loss absent patient']);
    // MLPA's deletion/duplication screen is a gene-level negative; an exon deletion keeps its class.
    expect(brief(genetics('BRCA1 MLPA: no deletion or duplication detected'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
    expect(brief(genetics('EGFR: no exon 19 deletion'))).toEqual([
      'EGFR exon_deletion 19 absent patient',
    ]);
  });
});

describe('review fixes: origin of exon-level drivers, negated glued classes, labels per sentence', () => {
  it('keeps an exon-level driver somatic beside a germline result on its line', () => {
    const found = genetics('EGFR exon 19 deletion; germline MLH1 c.350C>T.');
    expect(found.map((f) => `${f.gene} ${f.origin}`)).toEqual(['EGFR somatic', 'MLH1 germline']);
    expect(genetics('MET exon 14 skipping detected. Germline testing was done.')[0]?.origin).toBe(
      'somatic',
    );
    // A germline exon deletion found by MLPA is no driver: it keeps the test's origin.
    expect(genetics('Germline MLPA: MSH2 exons 1-6 deletion detected.')[0]?.origin).toBe(
      'germline',
    );
  });

  it('reads "not ERBB2-amplified" as a negative', () => {
    expect(brief(genetics('Breast cancer, not ERBB2-amplified.'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('ERBB2-amplified gastric cancer.'))).toEqual([
      'ERBB2 amplification present patient',
    ]);
  });

  it("gives a line label's class only to genes in its own sentence", () => {
    expect(brief(genetics('FGFR2 fusion: pending. KRAS: no mutation detected.'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('Fusions (RNA): none detected in ALK, ROS1, RET'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
  });

  it('gives a gene with a label of its own no class from the line label before it', () => {
    expect(brief(genetics('RET融合遺伝子：陽性（KIF5B-RET）、EGFR：陰性', 'ja'))).toEqual([
      'RET fusion KIF5B present patient',
      'EGFR wild_type absent patient',
    ]);
    // Genes listed under the label keep its class.
    expect(brief(genetics('融合遺伝子：ALK、ROS1 陰性', 'ja'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it("reads a gene's label repeated by its result as one gene", () => {
    expect(brief(genetics('PTEN: no PTEN deletion.'))).toEqual(['PTEN copy_loss absent patient']);
    expect(brief(genetics('PTEN: PTEN deletion not detected.'))).toEqual([
      'PTEN copy_loss absent patient',
    ]);
    expect(brief(genetics('EGFR: no EGFR exon 19 deletion.'))).toEqual([
      'EGFR exon_deletion 19 absent patient',
    ]);
    // A homozygous deletion with the gene between is a copy loss of the tumour, not germline.
    const homozygous = genetics('Homozygous PTEN deletion detected.');
    expect(brief(homozygous)).toEqual(['PTEN copy_loss present patient']);
    expect(homozygous[0]?.origin).toBe('somatic');
  });

  it("reads a bare negative after a DNA test's label as a DNA result, not a stain", () => {
    expect(brief(genetics('Germline panel: negative for MLH1 and MSH2.'))).toEqual([
      'MLH1 wild_type absent patient',
      'MSH2 wild_type absent patient',
    ]);
    expect(brief(genetics('遺伝学的検査：MLH1、MSH2 陰性', 'ja'))).toEqual([
      'MLH1 wild_type absent patient',
      'MSH2 wild_type absent patient',
    ]);
    // A stain's label stays a stain.
    expect(genetics('IHC panel: MLH1 negative.')).toEqual([]);
    expect(genetics('免疫染色：MLH1 陰性', 'ja')).toEqual([]);
  });

  it("reads a one-gene test's result after a copula across a long aside", () => {
    expect(
      brief(
        genetics(
          'Her BRCA2 testing, which was done through the hereditary cancer clinic in March 2023, was negative.',
        ),
      ),
    ).toEqual(['BRCA2 wild_type absent patient']);
    expect(
      brief(
        genetics(
          'KRAS mutation analysis performed on the 2021 resection specimen at an outside lab was negative.',
        ),
      ),
    ).toEqual(['KRAS wild_type absent patient']);
    expect(
      brief(
        genetics(
          "The patient's BRAF result from the outside hospital biopsy sample came back as wild-type.",
        ),
      ),
    ).toEqual(['BRAF wild_type absent patient']);
    // A pending test has no result; another item between takes its own.
    expect(genetics('KRAS testing on the biopsy from the outside hospital is pending.')).toEqual(
      [],
    );
  });
});

describe("relatives' results told with a pronoun, an aside or a dash; a gene symbol that is also a chart word", () => {
  it('reads FH as the gene in a list of genes or before its variant, not as family history', () => {
    expect(
      brief(
        genetics(
          'Germline: SDHB c.268C>T, pathogenic. FH, SDHC and SDHD on the same panel showed no pathogenic variant.',
        ),
      ),
    ).toEqual([
      'SDHB c.268C>T present patient',
      'FH wild_type absent patient',
      'SDHC wild_type absent patient',
      'SDHD wild_type absent patient',
    ]);
    expect(
      brief(genetics('Tumour NGS:\n  FH   c.698G>A  p.(Arg233His)   VAF 71%   Tier I\n')),
    ).toEqual(['FH p.Arg233His present patient']);
    // The chart's family history heading stays a relative's.
    expect(brief(genetics('FH: mother carries BRCA2 c.5946del.'))).toEqual([
      'BRCA2 c.5946del present family',
    ]);
  });

  it("reads a relative's carrier result after a comma aside, a dash, or a pronoun later in the sentence", () => {
    expect(
      brief(
        genetics(
          'Germline MLH1 c.1489dup, pathogenic. Her brother, who was tested privately in Dublin, carries it.',
        ),
      ),
    ).toContain('MLH1 c.1489dup present family');
    expect(
      brief(
        genetics(
          'Germline MSH2 c.942+3A>T, pathogenic. His niece Orla (22) had predictive testing and carries it - colonoscopy booked.',
        ),
      ),
    ).toContain('MSH2 c.942+3A>T present family');
    expect(
      brief(
        genetics('Germline SDHB c.268C>T, pathogenic. His cousin was tested in March and has not.'),
      ),
    ).toContain('SDHB c.268C>T absent family');
  });

  it("gives a relative's pronoun carrier result the inherited variant, not the tumour's, and reads 'not inherited' as somatic", () => {
    const found = genetics(
      'Dear Mr Quinn,\nYour blood test found a harmful ATM change, c.7271T>G, classed as pathogenic.\nThe test on your tumour found a BRAF change (V600E), which is common in these cancers and is not inherited.\nYour daughter Aoife, who lives in Galway, had her test last month, and the result is back: she carries it too.',
    );
    expect(brief(found)).toContain('ATM c.7271T>G present family');
    expect(brief(found)).not.toContain('BRAF p.Val600Glu present family');
    expect(found.find((f) => f.gene === 'BRAF')?.origin).toBe('somatic');
  });
});

describe('pasted reports and bracketed coverage lists (dev39)', () => {
  it('restores a line break lost before a label, so a methods list after a negative gives nothing', () => {
    const found = genetics(
      'Hereditary cancer panel (copied from the portal):\nOVERALL: NEGATIVE  No pathogenic variants were found.  Genes sequenced (30): ATM, CHEK2, PALB2, RAD51C  Variants of uncertain significance: none.',
      'en',
      'progress',
    );
    expect(brief(found)).toEqual([]);
  });

  it('reads a negative whose own aside says the test was not done as no result', () => {
    expect(
      brief(
        genetics(
          'Tumour NGS: KRAS G12D. No ALK or ROS1 fusion seen (RNA panel not done - low yield).',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Asp present patient']);
    // An aside naming a gene speaks of that gene only.
    expect(brief(genetics('Tumour NGS: no EGFR mutation detected (MET FISH not done).'))).toContain(
      'EGFR wild_type absent patient',
    );
  });

  it('reads a class word heading a bracket that says what it covers, then its genes', () => {
    expect(
      brief(
        genetics(
          'RNA PANEL\nRearrangements (over 90 partner types, including ROS1, NTRK2, FGFR2): not detected',
        ),
      ),
    ).toEqual([
      'ROS1 fusion absent patient',
      'NTRK2 fusion absent patient',
      'FGFR2 fusion absent patient',
    ]);
  });

  it('reads a heading of genes assayed with no alterations as a negative list', () => {
    expect(
      brief(
        genetics(
          'SOLID TUMOUR PANEL\nGENES ASSAYED WITH NO REPORTABLE ALTERATIONS (DNA repair genes)\n  BRIP1, RAD51D, FANCA',
        ),
      ),
    ).toEqual([
      'BRIP1 wild_type absent patient',
      'RAD51D wild_type absent patient',
      'FANCA wild_type absent patient',
    ]);
  });

  it('takes the class from a key-value row aligned by spaces', () => {
    const found = genetics(
      'CONSTITUTIONAL DNA REPORT\nRESULT: VARIANT DETECTED\n\n  Gene            PMS2\n  HGVS (cDNA)     c.989T>C\n  Classification  Class 3 - uncertain significance',
      'en',
      'germline_report',
    );
    expect(found.map((f) => f.significance)).toEqual(['uncertain']);
  });

  it("reads a FISH report's numbered probe block with a centromere probe as the gene's call", () => {
    expect(
      brief(
        genetics(
          'FISH REPORT\nPROBE 2: ERBB2 / CEP17\n  ERBB2/CEP17 ratio: 1.1; mean ERBB2 copies 2.4.\n  Result: NOT AMPLIFIED.',
        ),
      ),
    ).toEqual(['ERBB2 amplification absent patient']);
  });
});
