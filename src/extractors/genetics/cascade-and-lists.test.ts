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

describe('relatives around the client, Japanese (dev54 phenomena)', () => {
  const ja = (text: string) => brief(genetics(text, 'ja', 'genetic_counselling')).sort();

  it("reads the proband's own line naming a relative as a relative's chart", () => {
    // The client is someone else: her own single-site result is the patient's, the proband's family.
    expect(
      ja(
        [
          '来談者：31歳男性、症状なし。',
          '発端者：母（60）拡張型心筋症。LMNA c.481G>A（p.Glu161Lys）病的バリアントを同定。',
          '来談者：シングルサイト検査（LMNA c.481G>A）→ 検出されず。',
        ].join('\n'),
      ),
    ).toEqual(['LMNA p.Glu161Lys absent patient', 'LMNA p.Glu161Lys present family']);
    expect(
      ja(
        '発端者：兄（52歳、大腸癌）。MLH1 c.1731G>A 病的バリアントを確認済み。\n本日、部位特異的検査で同バリアントを認めた。',
      ),
    ).toEqual(['MLH1 c.1731G>A present family', 'MLH1 c.1731G>A present patient']);
  });

  it('reads an untested relative (検査なし) as no result, not as a negative', () => {
    expect(
      ja(
        'SCN5A c.5350G>A（p.Glu1784Lys）病的バリアント保持。\n父方祖父：40歳代で突然死（遺伝学的検査なし）。\n叔母（検査は無し）。',
      ),
    ).toEqual(['SCN5A p.Glu1784Lys present patient']);
  });

  it("reads a relative's carrier word after their bracket with no particle", () => {
    expect(
      ja(
        '本人：PTEN c.388C>T（p.Arg130Ter）病的。\n両親の部位特異的検査：母（41）保持、父（43）非保持。',
      ),
    ).toEqual([
      'PTEN p.Arg130Ter absent family',
      'PTEN p.Arg130Ter present family',
      'PTEN p.Arg130Ter present patient',
    ]);
  });

  it('leaves a not-tested word in an aside about another gene to that gene', () => {
    // The relative's result stands; the aside says only that BRCA2 was not tested.
    expect(
      ja(
        '叔父（65）は他院の検査でCHEK2 c.1100del（p.Thr367Metfs*15）を保有していると聞いた（叔父のBRCA2は未検）。',
      ),
    ).toEqual(['CHEK2 p.Thr367MetfsTer15 present family']);
  });

  it('reads a relative who consented, wished, urged or came along as no subject of the result', () => {
    for (const lead of [
      '本人の希望と父の同意を得て検査を実施し、',
      '本人と両親の希望により検査を行い、',
      '兄の勧めで受検し、',
      '母の付き添いのもと結果を開示：',
      '父同伴で来院、',
    ])
      expect(ja(`${lead}RET c.1900T>C（p.Cys634Arg）病的バリアントを検出した。`)).toEqual([
        'RET p.Cys634Arg present patient',
      ]);
  });
});

describe('germline disease genes outside cancer, as clinicians write them (en dev42)', () => {
  it('maps legacy protein names to HGVS through the reviewed table', () => {
    expect(
      brief(
        genetics('Cardiac amyloid clinic: TTR sequencing showed he is heterozygous for TTR V122I.'),
      ),
    ).toEqual(['TTR p.Val142Ile present patient']);
    expect(
      brief(genetics('Thrombophilia screen: heterozygous for F5 R506Q; prothrombin not tested.')),
    ).toEqual(['F5 p.Arg534Gln present patient']);
    expect(brief(genetics('Lipid genetics: APOB R3500Q detected, pathogenic.'))).toEqual([
      'APOB p.Arg3527Gln present patient',
    ]);
    expect(
      brief(genetics('Audiology: GJB2 testing found 235delC, heterozygous, pathogenic.')),
    ).toEqual(['GJB2 c.235del present patient']);
  });

  it('reads FH as the disease where the note grades it, and an FH test as no family history', () => {
    expect(
      brief(
        genetics(
          'Lipid clinic. Simon Broome possible FH.\nFH genetic test: no mutation found in LDLR, APOB or PCSK9.',
        ),
      ),
    ).toEqual([
      'LDLR wild_type absent patient',
      'APOB wild_type absent patient',
      'PCSK9 wild_type absent patient',
    ]);
  });

  it('reads a lab genotyping report of a non-cancer gene on EDTA blood as germline', () => {
    const found = genetics(
      'GENOTYPING REPORT\nSample: EDTA blood\nHFE c.845G>A (C282Y)     HOMOZYGOUS',
      'en',
      'molecular_pathology',
    );
    expect(found.map((f) => f.origin)).toEqual(['germline']);
  });

  it('reads SMN1 exon copy numbers: two is no deletion, fewer is an exon deletion', () => {
    expect(brief(genetics('Carrier screen: negative for SMA and fragile X.'))).toEqual([]);
    expect(brief(genetics('MLPA: SMN1 exon 7 copy number 2 - not a carrier.'))).toEqual([
      'SMN1 wild_type absent patient',
    ]);
    expect(brief(genetics('MLPA: SMN1 exon 7: 1 copy - carrier.'))).toEqual([
      'SMN1 exon_deletion 7 present patient',
    ]);
    expect(
      brief(
        genetics(
          'Infant: SMN1 exon 7 - 0 copies (homozygous deletion).\nParents: tested by MLPA - the father has a single copy of SMN1 exon 7 (carrier).',
        ),
      ),
    ).toEqual(['SMN1 exon_deletion 7 present patient', 'SMN1 exon_deletion 7 present family']);
  });

  it('reads repeat expansions as present and normal repeat sizes as wild type', () => {
    expect(brief(genetics('FMR1 testing: CGG repeats 29 and 70, premutation.'))).toEqual([
      'FMR1 other present patient',
    ]);
    expect(brief(genetics('FMR1 CGG 31 repeats (normal).'))).toEqual([
      'FMR1 wild_type absent patient',
    ]);
    expect(
      brief(
        genetics('Predictive test: HTT CAG repeats 19 and 22 - both alleles in the normal range.'),
      ),
    ).toEqual(['HTT wild_type absent patient']);
    expect(brief(genetics('We discussed PGT-M and prenatal testing.'))).toEqual([]);
  });
});

describe('relatives and exon-level changes told in prose (dev41/dev42 phenomena)', () => {
  it("reads a relative's same-variant result past a long aside in brackets", () => {
    expect(
      brief(
        genetics(
          'Result: Omar is heterozygous for MYBPC3 c.1504C>T, p.(Arg502Trp), pathogenic.\nHis uncle (71; pacemaker since 2015, AF) was tested at another centre last spring and carries the same MYBPC3 variant.',
        ),
      ),
    ).toEqual(['MYBPC3 p.Arg502Trp present patient', 'MYBPC3 p.Arg502Trp present family']);
  });

  it('gives the relative a variant is compared with a family entry', () => {
    const found = genetics(
      'He carries the familial MYH7 variant c.1208G>A p.(Arg403Gln) - the same change as his father, in whom it was classified as likely pathogenic in 2019.',
    );
    expect(brief(found)).toEqual([
      'MYH7 p.Arg403Gln present patient',
      'MYH7 p.Arg403Gln present family',
    ]);
    expect(found.map((f) => f.significance)).toEqual(['likely_pathogenic', 'likely_pathogenic']);
    // Not a condition: "if he had the same change as his father".
    expect(
      brief(
        genetics(
          'Index: MYH7 c.1208G>A p.(Arg403Gln), pathogenic. We would test him if he had the same change as his father.',
        ),
      ).filter((b) => b.endsWith('family')),
    ).toEqual([]);
  });

  it("reads a terse family row: a dash before the same variant, a clipped 'tested neg'", () => {
    expect(
      brief(
        genetics(
          'Index: SCN5A c.4850_4852del p.(Phe1617del), likely pathogenic.\nFHx: dad - same SCN5A variant (tested 2018), well. Bro tested neg in 2021.',
        ),
      ),
    ).toEqual([
      'SCN5A p.Phe1617del present patient',
      'SCN5A p.Phe1617del present family',
      'SCN5A p.Phe1617del absent family',
    ]);
  });

  it('gives the parent a variant was inherited from a family entry', () => {
    expect(
      brief(
        genetics(
          'Panel: CFTR c.1521_1523del p.(Phe508del) and CFTR c.1624G>T p.(Gly542Ter), both pathogenic.\nSegregation: c.1521_1523del was inherited from her father and c.1624G>T from her mother.',
        ),
      ),
    ).toEqual([
      'CFTR p.Phe508del present patient',
      'CFTR p.Gly542Ter present patient',
      'CFTR p.Phe508del present family',
      'CFTR p.Gly542Ter present family',
    ]);
  });

  it("reads a named relative's test as that relative's result", () => {
    expect(
      brief(
        genetics(
          "Re: Ms Lena Ortiz - her sister Carmen (40) has hypertrophic cardiomyopathy.\nCarmen's cardiac gene panel (2022) identified MYBPC3 c.2373dup, classified as pathogenic.",
        ),
      ),
    ).toEqual(['MYBPC3 c.2373dup present family']);
  });

  it('keeps a negative whose purpose is told in a bracket after it', () => {
    expect(
      brief(
        genetics(
          'Lymph node: MYC FISH not amplified (sent to exclude a high-grade transformation).',
        ),
      ),
    ).toEqual(['MYC amplification absent patient']);
  });

  it('reads the allele of repeat sizes named in the next sentence as the result', () => {
    expect(
      brief(
        genetics(
          'Result: HTT CAG repeat sizes 17 and 42. The 42-repeat allele is in the full-penetrance range.',
        ),
      ),
    ).toEqual(['HTT other present patient']);
  });

  it('reads exon deletions named with brackets or by the family, and their references', () => {
    expect(
      brief(
        genetics(
          "His mother carries a heterozygous deletion of the 5' end of MSH2 (exons 1-3), classified as pathogenic.\nToday: MLPA for the familial MSH2 exon 1-3 deletion - not detected.",
        ),
      ),
    ).toEqual(['MSH2 exon_deletion present family', 'MSH2 exon_deletion absent patient']);
    expect(
      brief(
        genetics(
          'Her own result: MLH1 deletion of exons 2-4, pathogenic.\nSon Leo, tested 03/2025: carries the same MLH1 exon 2-4 deletion.\nDaughter Ivy, tested 04/2025: does not carry the deletion.',
        ),
      ),
    ).toEqual([
      'MLH1 exon_deletion present patient',
      'MLH1 exon_deletion present family',
      'MLH1 exon_deletion absent family',
    ]);
  });

  it('gives nothing for a gene named as the probe of a chromosome-arm FISH call', () => {
    expect(
      brief(
        genetics(
          'CLL FISH: del(17p) (TP53 probe) detected in 22% of nuclei; del(13q) not detected.',
        ),
      ),
    ).toEqual([]);
  });

  it("takes an exon-level change's class from the next sentence, wrapped onto the next line", () => {
    const found = genetics(
      'MLPA found a MSH2 exon 4 duplication. This is a rare change and the laboratory classifies it\nas likely pathogenic.',
    );
    expect(found.map((f) => f.significance)).toEqual(['likely_pathogenic']);
  });
});

describe('result templates printing every option with the chosen one marked (choice lists)', () => {
  const ja = (text: string) => brief(genetics(text, 'ja'));
  const en = (text: string) => brief(genetics(text, 'en'));

  it('reads only the option marked by a box, a tick, a circle or a bracket (Japanese)', () => {
    expect(ja('RET融合遺伝子 □陽性 ■陰性')).toEqual(['RET fusion absent patient']);
    expect(ja('RET融合遺伝子 ☐陽性 ☑陰性')).toEqual(['RET fusion absent patient']);
    expect(ja('ROS1融合遺伝子 [ ]陽性 [X]陰性')).toEqual(['ROS1 fusion absent patient']);
    expect(ja('ROS1融合遺伝子：陽性　〇陰性')).toEqual(['ROS1 fusion absent patient']);
    expect(ja('ROS1融合遺伝子：陽性・（陰性）')).toEqual(['ROS1 fusion absent patient']);
    expect(ja('ROS1融合遺伝子　陽性（ ）　陰性（〇）')).toEqual(['ROS1 fusion absent patient']);
    // The mark on 陽性 gives a present fusion.
    expect(ja('RET融合遺伝子 ■陽性 □陰性')).toEqual(['RET fusion present patient']);
  });

  it('reads the option told after the list: に○, an arrow to the option or to its number', () => {
    expect(ja('RET融合遺伝子：陽性/陰性（陰性に〇）')).toEqual(['RET fusion absent patient']);
    expect(ja('RET融合遺伝子：陽性・陰性・判定不能 → 陰性')).toEqual(['RET fusion absent patient']);
    expect(ja('ROS1融合遺伝子 1．陽性 2．陰性 → 1')).toEqual(['ROS1 fusion present patient']);
  });

  it('reads a table whose columns are the options by the column its mark stands in', () => {
    expect(ja('|遺伝子|陽性|陰性|\n|RET融合|　|〇|\n|ROS1融合|〇|　|')).toEqual([
      'RET fusion absent patient',
      'ROS1 fusion present patient',
    ]);
  });

  it('gives nothing for a list with no mark, and leaves lists of results alone', () => {
    expect(ja('RET融合遺伝子：陽性・陰性')).toEqual([]);
    expect(en('RET fusion: Positive / Negative')).toEqual([]);
    // Two results, not options: "検出感度" is no option word.
    expect(ja('BRAF V600E：陰性（検出感度 1%）、KRAS G12C：陽性')).toEqual([
      'BRAF p.Val600Glu absent patient',
      'KRAS p.Gly12Cys present patient',
    ]);
  });

  it('reads English check boxes, ticks, "(X)" marks and a told choice', () => {
    expect(en('ROS1 fusion: [ ] Positive [X] Negative')).toEqual(['ROS1 fusion absent patient']);
    expect(en('RET fusion: ☐ Positive ☑ Negative')).toEqual(['RET fusion absent patient']);
    expect(en('RET fusion: [x] Positive [ ] Negative')).toEqual(['RET fusion present patient']);
    expect(en('ROS1 fusion: Positive / Negative (selected: Negative)')).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(en('BRAF mutation: Detected ( ) Not detected (X)')).toEqual([
      'BRAF wild_type absent patient',
    ]);
    expect(en('KRAS mutation: Detected (X) Not detected ( )')).toEqual([
      'KRAS other present patient',
    ]);
  });
});

describe('a result judged a false positive, and the measures and cut-offs beside a result', () => {
  it('takes back an earlier result judged a false positive (a withdrawn result)', () => {
    expect(
      brief(genetics('紹介元でROS1融合遺伝子陽性とされたが、再検の結果は偽陽性と判断した。', 'ja')),
    ).toEqual([]);
  });

  it('does not read the count of signal-positive cells as the result', () => {
    expect(brief(genetics('ROS1融合遺伝子 FISH：分離シグナル陽性細胞 6%（陰性）', 'ja'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
  });
});

describe('which statement about a gene is this patient\u2019s result (English)', () => {
  const en = (text: string) => brief(genetics(text));

  it('gives nothing for a class of patients named by the change (a general statement)', () => {
    expect(en('ROS1-rearranged NSCLC is more common in younger never-smokers.')).toEqual([]);
    expect(en('Patients with RET fusions benefit from selpercatinib.')).toEqual([]);
    expect(en('In patients with KRAS mutations, anti-EGFR antibodies are avoided.')).toEqual([]);
    expect(en('Tumours harbouring MET exon 14 skipping respond to tepotinib.')).toEqual([]);
    expect(en('BRAF-mutant disease is generally resistant to standard chemotherapy.')).toEqual([]);
    expect(
      en('For ROS1-positive disease, the standard first-line therapy is entrectinib.'),
    ).toEqual([]);
    expect(en('ERBB2 mutations occur in 2-4% of lung adenocarcinomas.')).toEqual([]);
  });

  it("keeps the patient's own result beside a general statement", () => {
    expect(
      en('RET-positive tumours respond to selpercatinib; in her case RET fusion was not detected.'),
    ).toEqual(['RET fusion absent patient']);
    expect(
      en('ROS1 fusions are found in about 2% of NSCLC. ROS1 rearrangement: negative by FISH.'),
    ).toEqual(['ROS1 fusion absent patient']);
    // The patient's disease named by its change, or what it did, is the result.
    expect(en('His RET-positive NSCLC responded to selpercatinib.')).toEqual([
      'RET fusion present patient',
    ]);
    expect(en('65F with ROS1-positive lung cancer, on entrectinib.')).toEqual([
      'ROS1 fusion present patient',
    ]);
  });

  it('reads a positive taken back by a repeat test or a review as absent', () => {
    expect(
      en('ROS1 fusion was originally reported positive, however repeat FISH was negative.'),
    ).toEqual(['ROS1 fusion absent patient']);
    expect(en('External report of RET+; our confirmatory RNA NGS negative.')).toEqual([
      'RET fusion absent patient',
    ]);
    expect(en('The earlier ROS1 result was thought to be a false positive.')).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(
      en(
        'The prior ROS1 positive result from the referring lab was deemed a false positive on review.',
      ),
    ).toEqual(['ROS1 fusion absent patient']);
    // A later sentence takes back the gene's earlier positive too.
    expect(
      en('Outside lab: RET fusion positive. On review the RET result was a false positive.'),
    ).toEqual(['RET fusion absent patient']);
    // Two tests of different changes in time each stand.
    expect(en('EGFR L858R at diagnosis; C797S not detected at progression.')).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    // A positive confirmed by the repeat stands.
    expect(en('RET fusion initially reported positive and confirmed on repeat testing.')).toEqual([
      'RET fusion present patient',
    ]);
  });

  it('gives nothing for a share of patients or a usual mechanism (a general statement)', () => {
    expect(en('About 30% of lung adenocarcinomas in Asian women carry an EGFR mutation.')).toEqual(
      [],
    );
    expect(en('Most hereditary colorectal cancer is due to MLH1 or MSH2 variants.')).toEqual([]);
    expect(en('Resistance: T790M develops in about half of patients on gefitinib.')).toEqual([]);
    expect(en('After alectinib, ALK G1202R is the most common on-target mechanism.')).toEqual([]);
    expect(en('BRAF V600E melanomas are vemurafenib-sensitive.')).toEqual([]);
    expect(en('Guidance: ROS1-positive NSCLC is more common in never-smokers.')).toEqual([]);
    expect(en('IDH2-mutant glioblastoma patients respond to enasidenib.')).toEqual([]);
    // The patient's own change, told with a time, stands.
    expect(en('EGFR T790M arose on erlotinib in 2023.')).toEqual([
      'EGFR p.Thr790Met present patient',
    ]);
  });

  it('takes back only the positive that a retraction calls a false positive', () => {
    expect(
      en(
        'Repeat NGS here: BRAF wild-type. The outside laboratory later reported that its BRAF V600E result was a false positive, and it is retracted.',
      ),
    ).toEqual(['BRAF wild_type absent patient']);
  });

  it('gives no positive for a positive that cannot be stated', () => {
    expect(en('Cannot say ROS1 fusion positive on this sample.')).toEqual([]);
    expect(en('We are unable to call RET rearranged on this specimen.')).toEqual([]);
    expect(en('If ROS1 fusion positive, crizotinib would be started.')).toEqual([]);
  });

  it('keeps a negative whose bracket tells of a false positive or a control', () => {
    expect(en('NTRK3 fusion: negative (false positive excluded).')).toEqual([
      'NTRK3 fusion absent patient',
    ]);
    expect(en('ROS1 fusion: negative (positive control performed appropriately)')).toEqual([
      'ROS1 fusion absent patient',
    ]);
  });
});

describe("the patient's predictive test after a relative's variant", () => {
  it('keeps the relative when the variant ends its sentence with a period (no abbreviation)', () => {
    // ("del." and "A." glued to a variant are no abbreviations: the next sentence is its own.)
    expect(
      brief(
        genetics(
          'His brother carries MSH2 c.1216_1217del. Single-site testing came back negative.',
        ),
      ),
    ).toEqual(['MSH2 c.1216_1217del present family', 'MSH2 c.1216_1217del absent patient']);
    expect(
      brief(genetics('Her father has MLH1 c.1731G>A. Cascade testing of the patient is positive.')),
    ).toEqual(['MLH1 c.1731G>A present family', 'MLH1 c.1731G>A present patient']);
  });

  it("keeps the relative's result when the patient's own test is pending or not done", () => {
    for (const [text, family] of [
      [
        'Her mother has PALB2 c.3113G>A. Targeted testing for the patient has been ordered.',
        'PALB2 c.3113G>A present family',
      ],
      [
        'Father: BRCA2 c.5946del. Patient: single-site testing awaited.',
        'BRCA2 c.5946del present family',
      ],
      [
        'Her aunt carries BRCA1 c.68_69del. Predictive testing was declined.',
        'BRCA1 c.68_69del present family',
      ],
    ]) {
      expect(brief(genetics(text!))).toEqual([family]);
    }
  });

  it('reads the result named as a result, or said of the patient before the test', () => {
    expect(
      brief(genetics('Her mother has PALB2 c.3113G>A. Predictive test result: negative.')),
    ).toEqual(['PALB2 c.3113G>A present family', 'PALB2 c.3113G>A absent patient']);
    expect(
      brief(
        genetics(
          'His sister has BRCA2 c.5946del. The patient tested positive on targeted testing.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family', 'BRCA2 c.5946del present patient']);
  });
});

describe('dev45 phenomena (fgen45b)', () => {
  it('keeps a gene-family name inside a gene list a member, so the list stays one', () => {
    expect(brief(genetics('ROS1, NTRK and RET fusions were not detected.'))).toEqual([
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('Neither a ROS1, an NTRK nor a RET fusion was seen.'))).not.toContain(
      'RET fusion present patient',
    );
    expect(brief(genetics('Fusion panel: RET/PTC3, NTRK, ALK - none detected'))).toEqual([
      'RET fusion absent patient',
      'ALK fusion absent patient',
    ]);
    expect(brief(genetics('KRAS, RAS-pathway and BRAF: wild type.'))).not.toContain(
      'BRAF wild_type present patient',
    );
  });

  it('reads the result after a dash for a test sent earlier', () => {
    expect(
      brief(genetics('CALR exon 9 had been sent before the marrow result came back - negative.')),
    ).toEqual(['CALR wild_type absent patient']);
    expect(brief(genetics('MPL W515L was also sent by the GP - not detected.'))).toEqual([
      'MPL p.Trp515Leu absent patient',
    ]);
    // Still pending when no result follows.
    expect(brief(genetics('MPL W515L was also sent by the GP - result awaited.'))).toEqual([]);
  });

  it("reads the exon after an ITD's length", () => {
    expect(brief(genetics('FLT3: ITD, 36 bp, exon 14 - allelic ratio 0.3'))).toEqual([
      'FLT3 duplication 14 present patient',
    ]);
    // The same ITD restated without its exon is one finding.
    expect(
      brief(
        genetics('FLT3: ITD, 36 bp, exon 14 - allelic ratio 0.3.\nSummary: AML with FLT3-ITD.'),
      ),
    ).toEqual(['FLT3 duplication 14 present patient']);
  });

  it('reads who a trial is open to as no result', () => {
    expect(
      brief(
        genetics('Referred for the phase 1 study (open to ROS1-rearranged or RET-mutant NSCLC).'),
      ),
    ).toEqual([]);
    expect(brief(genetics('A basket cohort enrolling BRAF-fused tumours was discussed.'))).toEqual(
      [],
    );
  });

  it('reads a test judged unnecessary, or an exclusion on clinical grounds, as no result', () => {
    expect(brief(genetics('ALK FISH not required as the tumour is EGFR-mutant.'))).not.toContain(
      'ALK fusion present patient',
    );
    expect(brief(genetics('ROS1 fusion testing not warranted.'))).toEqual([]);
    expect(
      brief(genetics('Lynch-associated cancer ruled out clinically; MLH1 not tested.')),
    ).toEqual([]);
    expect(brief(genetics('NF2-related schwannomatosis excluded clinically.'))).toEqual([]);
    // A test's exclusion still is a negative.
    expect(brief(genetics('BRAF V600E excluded by repeat PCR.'))).toEqual([
      'BRAF p.Val600Glu absent patient',
    ]);
  });

  it('reads acquired kinase-domain resistance changes as pathogenic with no class stated', () => {
    const flt3 = genetics('Relapse NGS: FLT3 N676K at 6%.');
    expect(flt3.map((f) => [f.hgvs_p, f.significance])).toEqual([['p.Asn676Lys', 'pathogenic']]);
    const fgfr2 = genetics('ctDNA on pemigatinib: FGFR2 p.L617V 0.8%.');
    expect(fgfr2.map((f) => [f.hgvs_p, f.significance])).toEqual([['p.Leu617Val', 'pathogenic']]);
  });
});

describe('Japanese germline reports: classes, sample labels and the client beside relatives', () => {
  const ja = (text: string) => geneticsOf(text, 'ja');

  it('reads 良性の可能性が高い and bare ACMG class numbers as the class', () => {
    expect(ja('PALB2 c.1010T>C（p.L337S）：良性の可能性が高いと判定')).toMatchObject([
      { gene: 'PALB2', status: 'present', significance: 'likely_benign' },
    ]);
    expect(ja('RAD51C c.905-2A>C クラス4')[0]?.significance).toBe('likely_pathogenic');
    expect(ja('ATM c.1229T>C（p.V410A）Class 3')[0]?.significance).toBe('uncertain');
    expect(ja('CHEK2 c.1283C>T（p.S428F）：Class 2')[0]?.significance).toBe('likely_benign');
    // (Not BRAF's functional class.)
    expect(ja('BRAF class 3変異（D594G）を検出')[0]?.significance).not.toBe('uncertain');
  });

  it("reads the client's negative told in prose after a relative's variant", () => {
    expect(
      brief(ja('叔母にPALB2 c.172_175del 病的バリアントあり。本人の検査結果は陰性でした。')),
    ).toEqual(['PALB2 c.172_175del present family', 'PALB2 c.172_175del absent patient']);
    expect(brief(ja('兄が MSH6 c.3261dup 保持。本人は保持していなかった。'))).toEqual([
      'MSH6 c.3261dup present family',
      'MSH6 c.3261dup absent patient',
    ]);
    expect(brief(ja('母がBRCA2病的バリアント保持。本人も検査したが陰性。'))).toEqual([
      'BRCA2 other present family',
      'BRCA2 other absent patient',
    ]);
  });

  it("takes the call of the sentence after a client's test of the relative's variant", () => {
    expect(
      brief(
        ja(
          '経緯：兄がMLH1の病的バリアントを指摘された。\n本人：兄のバリアントについて単一部位検査を実施。\n結果：陰性。',
        ),
      ),
    ).toEqual(['MLH1 other present family', 'MLH1 other absent patient']);
  });

  it('keeps a line labelled by the client its own where a relative is only compared with', () => {
    expect(
      brief(
        ja(
          '母はMSH2 c.942+3A>T 病的バリアントを保持。\n本人：内視鏡で多発ポリープ。MSH2単一部位検査を実施 → 母と同じバリアントを検出。',
        ),
      ),
    ).toEqual(['MSH2 c.942+3A>T present family', 'MSH2 c.942+3A>T present patient']);
  });

  it('reads a relative tested by the same test with a bare carrier word', () => {
    expect(
      brief(
        ja(
          '父：PMS2 c.736_741del 保持。長女（20）単一部位検査で同バリアント保持、次男（17）同検査で非保持。',
        ),
      ),
    ).toEqual(['PMS2 c.736_741del present family', 'PMS2 c.736_741del absent family']);
  });

  it('reads a sample label of saliva or peripheral blood as the germline source', () => {
    expect(ja('検体：唾液\nPALB2 c.3113G>A（p.W1038*）：病的')[0]?.origin).toBe('germline');
    expect(ja('【検体】末梢血\n【結果】MSH2 c.1216C>T（p.R406*）病的')[0]?.origin).toBe('germline');
    // (Not a blood cancer's own sample.)
    expect(ja('真性多血症\n検体：末梢血\nJAK2 V617F 陽性')[0]?.origin).toBe('somatic');
  });

  it('reads an exon range bracketed after the region as an exon deletion', () => {
    expect(ja('MSH2 5′側（エクソン1〜6）の欠失を検出（病的）')).toMatchObject([
      { gene: 'MSH2', kind: 'exon_deletion', exon: null, status: 'present' },
    ]);
  });
});

describe('the everyday oncology clinic note (fgen46)', () => {
  it("keeps a gene's negative apart from a stain's call in the next English sentence", () => {
    expect(brief(genetics('KRAS G12D; ALK/RET neg. PD-L1 TPS 30%.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'ALK wild_type absent patient',
      'RET wild_type absent patient',
    ]);
    // A receptor's own call is still a stain.
    expect(brief(genetics('ER 95%, PR 40%. HER2 1+.'))).toEqual([]);
  });

  it('does not read a drug word past a blank line as the drug named by the change', () => {
    expect(
      brief(genetics('GENOMIC FINDINGS\nPTEN  loss\n\nTHERAPIES: capivasertib (PIK3CA/AKT1/PTEN)')),
    ).toEqual(['PTEN copy_loss present patient']);
    expect(brief(genetics('Plan: start a KRAS G12C inhibitor.'))).toEqual([]);
  });

  it("reads a report's date after 'reported' as no result", () => {
    expect(brief(genetics('ERBB2 FISH (reflex, reported 03/11/2023): not amplified.'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('EGFR (cobas, reported 2/2024): negative.'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
  });

  it('keeps a change retained at a later test apart from the one no longer found', () => {
    expect(brief(genetics('Rebiopsy NGS: EGFR L858R retained, C797S no longer detected.'))).toEqual(
      ['EGFR p.Leu858Arg present patient', 'EGFR p.Cys797Ser absent patient'],
    );
    expect(brief(genetics('SDHB is retained on immunohistochemistry.'))).toEqual([]);
  });

  it('reads a fusion driver negative by FISH after a copula as the fusion negative', () => {
    expect(brief(genetics('ROS1 was negative by FISH (break-apart probe).'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
  });

  it("reads a drug's approved class as no result of the patient", () => {
    expect(
      brief(
        genetics(
          'Dabrafenib plus trametinib is approved for metastatic NSCLC with BRAF V600E mutations.',
        ),
      ),
    ).toEqual([]);
    expect(
      brief(genetics('Insurance approved alectinib for her NSCLC with an ALK fusion.')),
    ).toEqual(['ALK fusion present patient']);
  });

  it("reads a catch-all after a named change as the others' negative only", () => {
    expect(brief(genetics('Tissue NGS: BRAF V600E (VAF 21%), otherwise negative.'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
    expect(brief(genetics('ctDNA: NRAS Q61R 1.1%, nothing else detected.'))).toEqual([
      'NRAS p.Gln61Arg present patient',
    ]);
  });

  it("reads a change told with its sample, then another sample's negative, as two tests", () => {
    expect(brief(genetics('KRAS G12C in tissue, not detected in plasma.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
  });

  it('reads a blood or saliva sample label above an inherited-cancer gene as germline', () => {
    expect(genetics('Specimen: peripheral blood\nPALB2 c.3113G>A pathogenic')[0]?.origin).toBe(
      'germline',
    );
    expect(genetics('Specimen: peripheral blood\nJAK2 V617F detected')[0]?.origin).toBe('somatic');
  });
});

describe('Japanese CGP reports: level columns, bracketed classes, example lists, VUS labels', () => {
  const ja = (text: string) => genetics(text, 'ja');

  it('reads 該当なし under an evidence-level column as no level, not a negative call', () => {
    // Piped rows.
    const piped = ja(
      '遺伝子｜変化｜VAF｜エビデンスレベル\nNF1｜R1362*（c.4084C>T）｜VAF 22%｜該当なし\nCCNE1｜増幅（コピー数 11）｜－｜該当なし\nBRAF｜V600E｜VAF 12%｜A\n',
    );
    expect(brief(piped)).toEqual([
      'NF1 p.Arg1362Ter present patient',
      'CCNE1 amplification present patient',
      'BRAF p.Val600Glu present patient',
    ]);
    expect(piped.map((f) => f.significance)).toEqual([null, null, 'pathogenic']);
    // Tab-separated rows whose cells are wider than a tab stop.
    const tabbed = ja(
      '遺伝子\t変化\tコピー数/VAF\tエビデンスレベル\nMDM2\t増幅\tCN 30\t該当なし\nSMARCA4\tホモ接合性欠失\tCN 0\t該当なし\n',
    );
    expect(brief(tabbed)).toEqual([
      'MDM2 amplification present patient',
      'SMARCA4 copy_loss present patient',
    ]);
  });

  it('reads a bracketed 該当なし right after an allele share as the level slot', () => {
    expect(
      brief(
        ja('結果：PIK3CA H1047R VAF 12%（B）／ARID1A c.1873C>T（p.Q625*） VAF 18%（該当なし）'),
      ),
    ).toEqual(['PIK3CA p.His1047Arg present patient', 'ARID1A p.Gln625Ter present patient']);
  });

  it("reads a bracketed class after a negative list's last gene as that gene's only", () => {
    expect(brief(ja('検出されなかった遺伝子：KRAS、BRAF、NTRK1（融合）。'))).toEqual([
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
      'NTRK1 fusion absent patient',
    ]);
    // A class said of them all still reaches every gene.
    expect(brief(ja('ALK：陰性、RET：陰性（いずれも融合遺伝子）'))).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
    ]);
  });

  it('reads a list of example targets explained before a test as no result', () => {
    expect(
      ja('肺癌ではEGFR変異、ALK融合遺伝子、KRAS G12Cなどが治療標的となり得ることを説明した。'),
    ).toEqual([]);
  });

  it('gives a VUS label opening a Japanese line to every change listed after it', () => {
    const found = ja('意義不明のバリアント（VUS）：NOTCH1 A465T、KMT2D R2830Q、ATRX E1294K');
    expect(found.map((f) => [f.gene, f.significance])).toEqual([
      ['NOTCH1', 'uncertain'],
      ['KMT2D', 'uncertain'],
      ['ATRX', 'uncertain'],
    ]);
  });
});

describe('leftovers of the seventh stop (fgenl2)', () => {
  const en = (text: string) => brief(genetics(text));

  it('reads a spaced dash that ends its line as a sign, not a fusion joint', () => {
    expect(en('Molecular: EGFR/ALK/ROS1 -\nPD-L1 TPS 30%')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
    // A joint glued to both genes still names the fusion.
    expect(en('CD74-ROS1 fusion detected.')).toEqual(['ROS1 fusion CD74 present patient']);
  });

  it('reads a single residue deleted, written with the deletion first', () => {
    expect(en('Sweat test abnormal; CFTR ΔF508 on both alleles.')).toEqual([
      'CFTR p.Phe508del present patient',
    ]);
    expect(en('CFTR delF508 / R117H compound heterozygote.')).toEqual([
      'CFTR p.Phe508del present patient',
      'CFTR p.Arg117His present patient',
    ]);
    // Not the start of a range, which stays one deletion.
    expect(en('EGFR delE746-A750 detected.')).toEqual(['EGFR p.Glu746_Ala750del present patient']);
  });

  it('reads an ISH call told after the result, and the non-amp shorthand, as amplification', () => {
    expect(en('Reflex testing: HER2 was negative by FISH.')).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(en('MET came back positive on SISH.')).toEqual(['MET amplification present patient']);
    expect(en('HER2 IHC 2+ (equivocal), ISH non-amp.')).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(en('ERBB2 non amp on the core biopsy.')).toEqual(['ERBB2 amplification absent patient']);
    // A fusion gene's FISH is its rearrangement; a stain gives nothing.
    expect(en('ROS1 was negative by FISH.')).toEqual(['ROS1 fusion absent patient']);
    expect(en('HER2 negative by IHC.')).toEqual([]);
  });

  it('keeps a gene found after "with mutated" when the next comma entry has its own negative', () => {
    expect(en('MDS with mutated SRSF2, TP53 negative.')).toEqual([
      'SRSF2 other present patient',
      'TP53 wild_type absent patient',
    ]);
    // A list joined by a word still shares the negative a finding verb heads.
    expect(en('Sequencing showed KRAS and NRAS wild-type.')).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads a named change "lost" at a later test as no longer found', () => {
    expect(en('EGFR ex19del persists; C797S now lost on the repeat plasma test.')).toEqual([
      'EGFR exon_deletion 19 present patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    expect(en('NPM1 c.860_863dup retained, FLT3-ITD lost after induction.')).toEqual([
      'NPM1 c.860_863dup present patient',
      'FLT3 duplication absent patient',
    ]);
    // A stain's loss stays no finding.
    expect(en('MSH2 lost, MSH6 lost on IHC.')).toEqual([]);
  });

  it('reads the type of an NPM1 or CALR change with no call as found', () => {
    expect(en('AML (NK), NPM1 type B.')).toEqual(['NPM1 other present patient']);
    expect(en('Essential thrombocythaemia - CALR type 2, JAK2 negative.')).toEqual([
      'CALR other present patient',
      'JAK2 wild_type absent patient',
    ]);
  });

  it('reads a plus glued to an inherited cancer gene as its carrier result', () => {
    const found = genetics('gBRCA1+ TNBC, on adjuvant olaparib.');
    expect(brief(found)).toEqual(['BRCA1 other present patient']);
    expect(found[0]?.origin).toBe('germline');
    expect(en('Known PALB2+ (Ambry 2022).')).toEqual(['PALB2 other present patient']);
  });

  it('does not give a variant the exon of a class written after it', () => {
    const found = genetics('EGFR G719A; exon 20 insertion not detected.');
    expect(brief(found)).toEqual([
      'EGFR p.Gly719Ala present patient',
      'EGFR exon_insertion 20 absent patient',
    ]);
    expect(found[0]?.exon).toBeNull();
  });
});
