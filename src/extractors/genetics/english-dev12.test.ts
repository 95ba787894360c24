import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { Language } from '../../core/types.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string, language: Language = 'en', noteType?: string) =>
  geneticsOf(text, language, noteType);

describe('genetics extractor, English dev12 phenomena', () => {
  it('reads a long negative label with a bracketed qualifier as heading its list', () => {
    expect(
      brief(genetics('GENES WITH NO REPORTABLE ALTERATIONS (selected): ALK, BRAF, NTRK1')),
    ).toEqual([
      'ALK wild_type absent patient',
      'BRAF wild_type absent patient',
      'NTRK1 wild_type absent patient',
    ]);
    expect(
      brief(genetics('Genes without reportable alterations (partial list): KRAS, NRAS')),
    ).toEqual(['KRAS wild_type absent patient', 'NRAS wild_type absent patient']);
    // A methods list stays a methods list.
    expect(genetics('Genes analysed (selected): ALK, BRAF, KRAS')).toEqual([]);
  });

  it('reads FISH on a rearranged gene, and a break-apart probe, as a fusion result', () => {
    expect(
      brief(genetics('ALK FISH negative. RET (FISH): negative. KMT2A break-apart FISH: negative.')),
    ).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'KMT2A fusion absent patient',
    ]);
    expect(brief(genetics('MYC break-apart FISH: positive.'))).toEqual([
      'MYC fusion present patient',
    ]);
    // FISH of an amplified gene is no fusion: it is its amplification result (dev15 1513).
    expect(brief(genetics('HER2 FISH: negative.'))).toEqual(['ERBB2 amplification absent patient']);
  });

  it('keeps a dated gene-level negative beside a fusion negative of another year', () => {
    const text =
      '- 03/2021 tissue: EGFR exon 19 deletion DETECTED. ALK FISH negative.\n' +
      '- 09/2025 PD (new adrenal met). Adrenal core NGS: EGFR ex19del and T790M persist; C797S detected, in cis with T790M. MET amplification detected on FISH. No ALK, RET or BRAF alterations.';
    const alk = brief(genetics(text)).filter((f) => f.startsWith('ALK'));
    expect(alk).toEqual(['ALK fusion absent patient', 'ALK wild_type absent patient']);
    // One report: "ALK negative" restates the rearrangement negative.
    expect(brief(genetics('ALK negative; ALK rearrangement not detected by FISH.'))).toEqual([
      'ALK fusion absent patient',
    ]);
  });

  it('reads a relative row led by a possessive', () => {
    const text =
      'You carry BRCA1 c.68_69delAG, a pathogenic variant.\n' +
      '  - your sister Miriam: POSITIVE - she carries the same variant\n' +
      '  - your brother David: NEGATIVE - he does not carry it\n' +
      '  - your daughter Leah (23): sample received 20 May, result awaited';
    expect(brief(genetics(text, 'en', 'genetic_counselling'))).toEqual([
      'BRCA1 c.68_69del present patient',
      'BRCA1 c.68_69del present family',
      'BRCA1 c.68_69del absent family',
    ]);
  });

  it('gives a negated class the genes bracketed after it', () => {
    expect(
      brief(
        genetics(
          'Not detected: PTEN, ERBB2\nCopy number: no amplifications detected (ERBB2, FGFR1, MYC assessed)',
        ),
      ),
    ).toEqual([
      'PTEN wild_type absent patient',
      'ERBB2 wild_type absent patient',
      'ERBB2 amplification absent patient',
      'FGFR1 amplification absent patient',
      'MYC amplification absent patient',
    ]);
    // On one line, "HER2 … NOT amplified" is one amplification negative.
    expect(brief(genetics('HER2 FISH: ratio 1.4, copy number 3.1 - NOT amplified.'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
  });

  it('keeps a class glued to its gene by a hyphen to that gene', () => {
    expect(brief(genetics('Diagnosis: AML. NGS: NPM1 and FLT3-ITD positive.'))).toEqual([
      'NPM1 other present patient',
      'FLT3 duplication present patient',
    ]);
    // A slash list shares it.
    expect(brief(genetics('ALK/ROS1-rearranged: no.'))).toHaveLength(2);
  });

  it('keeps the exon named after a gene on its gene-level positive', () => {
    const [f] = genetics(
      'CALR exon 9 (fragment analysis)     52-bp deletion DETECTED (type 1)\nConclusion: CALR-mutated MPN.',
    );
    expect(f).toMatchObject({
      gene: 'CALR',
      kind: 'other',
      exon: 9,
      status: 'present',
      significance: 'pathogenic',
    });
    expect(genetics('CALR exon 9: negative.')).toEqual([
      expect.objectContaining({ gene: 'CALR', kind: 'wild_type', exon: null }),
    ]);
  });

  it('does not split a clause at a semicolon inside a bracketed aside', () => {
    const [ar] = genetics('Plasma ctDNA: AR T878A (c.2632A>G; legacy T877A) 1.2%, Tier II.');
    expect(ar).toMatchObject({ gene: 'AR', hgvs_p: 'p.Thr878Ala', significance: 'pathogenic' });
    const family = genetics(
      "Background: pt's mother (proband; endometrial cancer at 52) carries MSH6 c.3261dupC p.(Phe1088Leufs*5), classified as pathogenic.",
    );
    expect(family).toEqual([expect.objectContaining({ gene: 'MSH6', subject: 'family' })]);
    // Breakpoint codes in a fusion's bracket stay apart ("K15" is no gene result).
    expect(brief(genetics('RNA panel: KIF5B::RET (K15;R12) detected.'))).toEqual([
      'RET fusion KIF5B present patient',
    ]);
  });

  it('keeps the proband who is the patient as the patient', () => {
    expect(
      brief(
        genetics(
          'The patient is the proband (breast cancer at 40; tested 2020) and carries BRCA1 c.68_69del, pathogenic.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present patient']);
  });

  it('reads ABL1 F317L and a codon-level KRAS positive as pathogenic drivers', () => {
    expect(
      genetics(
        'ABL1 kinase domain mutation analysis: F317L (c.949T>C) DETECTED; T315I not detected.',
      )[0],
    ).toMatchObject({ gene: 'ABL1', hgvs_p: 'p.Phe317Leu', significance: 'pathogenic' });
    expect(genetics('Outside PCR: "Kras codon 12/13 mutation DETECTED".')[0]).toMatchObject({
      gene: 'KRAS',
      kind: 'other',
      status: 'present',
      significance: 'pathogenic',
    });
    // Not every gene-level positive is a driver.
    expect(genetics('TP53 mutated.')[0]).toMatchObject({ gene: 'TP53', significance: null });
  });

  it('takes the source of a list item from its heading, not from a sibling item', () => {
    const text =
      'GERMLINE GENETIC TEST REPORT - Lynch syndrome panel\n\nRESULT: PATHOGENIC VARIANT IDENTIFIED\n\n' +
      '1. EPCAM - heterozygous deletion of exons 8-9, confirmed by MLPA.\n' +
      '   Classification: PATHOGENIC. This explains the MSH2 loss in the tumour.\n' +
      '2. MLH1, APC: no pathogenic or likely pathogenic variants detected.';
    const found = genetics(text, 'en', 'germline_report');
    expect(found.map((f) => [f.gene, f.origin])).toEqual([
      ['EPCAM', 'germline'],
      ['MLH1', 'germline'],
      ['APC', 'germline'],
    ]);
    expect(
      genetics(
        'Tumour NGS (liver core):\n 1. KRAS G12D detected\n    (germline testing not indicated)\n 2. BRAF: no mutation detected',
      ).map((f) => f.origin),
    ).toEqual(['somatic', 'somatic']);
  });

  it('reads "no sequence variant" as a DNA negative of a mismatch-repair gene', () => {
    expect(
      brief(genetics('2. MSH2 - no sequence variant and no copy-number change detected.')),
    ).toEqual(['MSH2 wild_type absent patient']);
    // An IHC line stays protein.
    expect(genetics('IHC: MSH2 retained, MSH6 retained.')).toEqual([]);
  });

  it('gives nothing for a possible deletion the laboratory does not report', () => {
    expect(
      genetics(
        '3. PMS2 - MLPA suggests a possible deletion of exons 13-15. Confirmation is in progress.',
      ),
    ).toEqual([]);
    // "a possible germline origin" does not touch the variant.
    expect(
      brief(
        genetics(
          'BRCA2 c.9097dup detected in the tumour at VAF 50%, which raises a possible germline origin.',
        ),
      ),
    ).toEqual(['BRCA2 c.9097dup present patient']);
  });

  it('reads the bracket after a hormone receptor as its stain clone', () => {
    expect(
      genetics(
        'Biomarkers:\n  Estrogen receptor (SP1): positive, 95%\n  Progesterone receptor (1E2): positive, 40%',
      ),
    ).toEqual([]);
  });

  it('reads "intact (no variant)" on an NGS line as a DNA negative', () => {
    expect(
      brief(genetics('NGS: BRAF wild-type; KIT no mutation; NF1 intact (no variant).')),
    ).toEqual([
      'BRAF wild_type absent patient',
      'KIT wild_type absent patient',
      'NF1 wild_type absent patient',
    ]);
    expect(genetics('IHC: MLH1 intact, PMS2 intact.')).toEqual([]);
  });

  it('reads "no additional" or "no further" as a negation of the variant after it', () => {
    expect(
      brief(
        genetics(
          'Germline RET c.1900T>C, pathogenic. Her tumour showed the same RET change, and no additional somatic RET M918T was found.',
        ),
      ),
    ).toContain('RET p.Met918Thr absent patient');
    expect(brief(genetics('No further EGFR mutations were found.'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    // A test negated is no result about the genes named before it.
    expect(
      genetics('No further BRCA1 testing needed. No BRCA1 or BRCA2 testing has been done.'),
    ).toEqual([]);
  });

  it('makes a conditional before a bracketed list cover every item of it', () => {
    expect(
      genetics(
        'Plan: if an actionable driver (EGFR, ALK, ROS1, BRAF, MET, RET, KRAS G12C) is found, targeted therapy first.',
      ),
    ).toEqual([]);
    expect(
      brief(genetics('Lung panel (EGFR, ALK, ROS1): negative. If progression, repeat ctDNA.')),
    ).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
  });

  it('does not take a closed sentence as a heading of the lines below it', () => {
    const text =
      'RESULTS:\n - ALK p.G1202R (c.3604G>A): DETECTED, 1.9%\n' +
      'No other reportable alterations.\n' +
      'Interpretation: ALK G1202R confers resistance to alectinib.';
    expect(brief(genetics(text))).toEqual(['ALK p.Gly1202Arg present patient']);
    expect(brief(genetics('Not detected:\nKRAS, NRAS'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads "this <GENE> variant" as the variant named in the note', () => {
    expect(
      brief(
        genetics(
          'Result: BRCA2 c.5946del, pathogenic. Your mother was found to carry this BRCA2 variant in 2019.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient', 'BRCA2 c.5946del present family']);
  });
});

/** Findings with the attributes a rule sets: "GENE variant kind exon status significance origin subject". */
const detail = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) =>
    [
      f.gene,
      f.hgvs_p ?? f.hgvs_c ?? '-',
      f.kind,
      f.exon ?? '-',
      f.status,
      f.significance ?? '-',
      f.origin,
      f.subject,
    ].join(' '),
  );

describe('dev13', () => {
  it('reads a class negated after a spaced dash as the class of each gene of the list', () => {
    expect(brief(genetics('ALK, ROS1, RET, NTRK1 - no fusion transcripts detected.'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
      'NTRK1 fusion absent patient',
    ]);
    expect(brief(genetics('ALK, ROS1 and RET - no fusions detected.'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('ERBB2 - no amplification detected.'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    // A mutation word names no class: the gene is wild type.
    expect(brief(genetics('KRAS, NRAS - no mutation detected.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('lets a "no <class>" result with nothing before it head the list after it', () => {
    expect(
      brief(genetics('Copy number: no amplifications detected (ERBB2, FGFR1, CCND1 assessed).')),
    ).toEqual([
      'ERBB2 amplification absent patient',
      'FGFR1 amplification absent patient',
      'CCND1 amplification absent patient',
    ]);
    expect(brief(genetics('No fusions or TERT promoter mutations detected.'))).toEqual([
      'TERT wild_type absent patient',
    ]);
    // After a gene's own negative, the next item has its own result.
    expect(brief(genetics('KRAS no mutation, BRAF V600E detected.'))).toEqual([
      'KRAS wild_type absent patient',
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it('reads the dev13 drivers with no class stated as pathogenic', () => {
    expect(
      detail(
        genetics(
          'CALR type 1 mutation. MPL W515L detected. KRAS A146T. FGFR3 R248C. ' +
            'FUS::DDIT3 fusion detected. TP53 R175H detected.',
        ),
      ),
    ).toEqual([
      'CALR - other - present pathogenic somatic patient',
      'MPL p.Trp515Leu snv - present pathogenic somatic patient',
      'KRAS p.Ala146Thr snv - present pathogenic somatic patient',
      'FGFR3 p.Arg248Cys snv - present pathogenic somatic patient',
      'DDIT3 - fusion - present pathogenic somatic patient',
      // Not a driver: no class.
      'TP53 p.Arg175His snv - present - somatic patient',
    ]);
  });

  it("reads a predictive-test letter in the tested relative's chart", () => {
    const letter =
      'Dear Dr. Okoye,\n\nHer older brother was diagnosed with colon cancer at 46 and was found to\n' +
      'have Lynch syndrome caused by a pathogenic MLH1 variant, c.1852_1854del. Their mother,\n' +
      'who had endometrial cancer at 60, was tested in May and does not carry the variant.\n\n' +
      'Ms. R. had targeted testing for the familial MLH1 variant on 10/18/2022.\n' +
      'Result: POSITIVE - she is heterozygous for MLH1 c.1852_1854del.';
    expect(detail(genetics(letter))).toEqual([
      'MLH1 c.1852_1854del deletion - present pathogenic germline family',
      'MLH1 c.1852_1854del deletion - present pathogenic germline patient',
      'MLH1 c.1852_1854del deletion - absent - germline family',
    ]);
    const negative =
      'CLINICAL GENETICS - PREDICTIVE TEST RESULT\n\nDear Mr. Haddad,\n\n' +
      'As we discussed, your sister was diagnosed with\na paraganglioma last year, and genetic ' +
      'testing showed that she carries a pathogenic variant in the SDHB gene,\nc.137G>A ' +
      '(p.Arg46Gln).\n\nYour result: the SDHB c.137G>A variant was NOT detected.';
    expect(brief(genetics(negative))).toEqual([
      'SDHB p.Arg46Gln present family',
      'SDHB p.Arg46Gln absent patient',
    ]);
    // In the proband's chart the relative's negative is the relative's, and the patient's own
    // variant stays the patient's.
    expect(
      brief(
        genetics(
          'Pt carries BRCA2 c.5946del, pathogenic. Her daughter had predictive testing for the ' +
            'familial variant and does not carry the variant.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient', 'BRCA2 c.5946del absent family']);
  });

  it("reads a relative's variant written out after a possessive as the relative's finding", () => {
    expect(
      detail(
        genetics(
          "Called Ms. V. She had predictive testing for her father's PALB2 variant, c.1592delT " +
            '(classified pathogenic).\nResult: POSITIVE - heterozygous for PALB2 c.1592delT.',
          'en',
          'telephone',
        ),
      ),
    ).toEqual([
      'PALB2 c.1592del frameshift - present pathogenic germline family',
      'PALB2 c.1592del frameshift - present pathogenic germline patient',
    ]);
    // Without a written variant there is nothing of the relative's to record.
    expect(genetics("She had predictive testing for her father's PALB2 variant.")).toEqual([]);
  });

  it('reads a "known variant in the family" as the family\'s, and a targeted analysis as pending', () => {
    expect(
      brief(genetics('Referred by her GP because of a known TP53 variant in the family.')),
    ).toEqual(['TP53 other present family']);
    expect(
      brief(genetics('She tested positive for the BRCA1 variant found in the family.')),
    ).toEqual(['BRCA1 other present patient']);
    expect(
      genetics(
        'Blood drawn today for targeted analysis of the familial TP53 variant; result expected in 2 weeks.',
      ),
    ).toEqual([]);
  });

  it("takes a germline report's source for results with none of their own", () => {
    const report =
      'Specimen: blood.\nClinical information: colon adenocarcinoma; tumour MMR IHC with loss of ' +
      'MSH2; BRAF V600E not detected in the tumour.\n\nMSH2, MSH6 and EPCAM: no pathogenic variants.';
    expect(detail(genetics(report, 'en', 'germline_report'))).toEqual([
      'BRAF p.Val600Glu snv - absent - somatic patient',
      'MSH2 - wild_type - absent - germline patient',
      'MSH6 - wild_type - absent - germline patient',
      'EPCAM - wild_type - absent - germline patient',
    ]);
    // In a clinical note the tumour named in it decides.
    expect(detail(genetics(report, 'en', 'progress'))[1]).toBe(
      'MSH2 - wild_type - absent - somatic patient',
    );
  });

  it("reads a bracketed aside on the line before as the earlier item's, and a hanging indent as one line", () => {
    const text =
      '- Tumour (biopsy, 6/2024): BRCA2 c.9294C>G at VAF 74%\n' +
      '  (germline variant with loss of the wild-type allele); TMPRSS2::ERG fusion (Tier II); PTEN homozygous\n' +
      '  deletion (Tier IIB).';
    expect(detail(genetics(text)).slice(1)).toEqual([
      'ERG - fusion - present pathogenic somatic patient',
      'PTEN - copy_loss - present pathogenic somatic patient',
    ]);
    // A label's bracket still names the source: "Germline (saliva):".
    expect(detail(genetics('Germline (saliva): done.\nATM: no pathogenic variants.'))).toEqual([
      'ATM - wild_type - absent - germline patient',
    ]);
  });

  it('joins a class named in words to the HGVS change of its exon', () => {
    expect(
      brief(
        genetics(
          'NRAS c.35G>A p.(Gly12Asp), exon 2, Tier I.\nComment: an NRAS exon 2 mutation excludes cetuximab.',
        ),
      ),
    ).toEqual(['NRAS p.Gly12Asp present patient']);
    expect(
      brief(
        genetics(
          'KIT exon 9 c.1504_1509dup p.(Ala502_Tyr503dup), VAF 38%.\nAssessment: GIST with a KIT exon 9 duplication.',
        ),
      ),
    ).toEqual(['KIT p.Ala502_Tyr503dup present patient']);
    // A mutation of another exon is another finding.
    expect(
      brief(
        genetics(
          'KIT exon 11 c.1669_1674del p.(Trp557_Lys558del) detected. A secondary KIT exon 17 mutation was also found.',
        ),
      ),
    ).toEqual(['KIT p.Trp557_Lys558del present patient', 'KIT other 17 present patient']);
  });

  it("does not count a test's bracketed aside as words between a gene and its result", () => {
    expect(
      brief(genetics('EGFR mutation analysis (real-time PCR, exons 18-21): no mutation detected.')),
    ).toEqual(['EGFR wild_type absent patient']);
  });

  it('reads biallelic loss after a variant as its second hit, not a deletion', () => {
    expect(
      brief(
        genetics(
          'mCRPC with a germline BRCA2 pathogenic variant and biallelic loss in the tumour.',
        ),
      ),
    ).toEqual(['BRCA2 other present patient']);
    expect(brief(genetics('CDKN2A biallelic loss (copy number 0).'))).toEqual([
      'CDKN2A copy_loss present patient',
    ]);
  });

  it('reads one negation of a class and of mutations as two results', () => {
    expect(brief(genetics('AR: no amplification or ligand-binding domain mutations.'))).toEqual([
      'AR wild_type absent patient',
      'AR amplification absent patient',
    ]);
    expect(brief(genetics('ERBB2: no mutation or amplification.'))).toEqual([
      'ERBB2 wild_type absent patient',
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('MET amplification or mutation: not detected'))).toEqual([
      'MET wild_type absent patient',
      'MET amplification absent patient',
    ]);
    // Found: the class is the finding.
    expect(brief(genetics('ERBB2 amplification and mutation detected.'))).toEqual([
      'ERBB2 amplification present patient',
    ]);
  });

  it('reads EGFRvIII as the EGFR exon 2-7 deletion', () => {
    expect(
      brief(genetics('EGFRvIII (exon 2-7 deletion transcript) ............ not detected')),
    ).toEqual(['EGFR exon_deletion absent patient']);
    expect(brief(genetics('EGFR vIII: detected by RNA analysis.'))).toEqual([
      'EGFR exon_deletion present patient',
    ]);
    // EGFR amplification alone adds no EGFR wild type.
    expect(brief(genetics('EGFR amplification: not detected'))).toEqual([
      'EGFR amplification absent patient',
    ]);
  });

  it("takes the exon of a report block's location row, not for an intronic change", () => {
    expect(
      detail(
        genetics(
          'Gene ............ MLH1\nVariant ......... c.677G>A p.(Arg226Gln)\n' +
            'Location ........ exon 8 (last nucleotide of the exon)',
        ),
      )[0],
    ).toBe('MLH1 p.Arg226Gln snv 8 present - somatic patient');
    expect(
      detail(
        genetics('Gene ............ MSH2\nVariant ......... c.942+3A>T\nLocation ........ exon 5'),
      )[0],
    ).toBe('MSH2 c.942+3A>T snv - present - somatic patient');
  });
});

describe('dev14', () => {
  it('lets a negation heading a list reach it across "including in" and a gene group', () => {
    expect(
      brief(
        genetics(
          'No pathogenic or likely pathogenic variants were detected, including in the homologous ' +
            'recombination repair genes ATM, BRCA2 and PALB2 and in HOXB13.',
          'en',
          'germline_report',
        ),
      ),
    ).toEqual([
      'ATM wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'PALB2 wild_type absent patient',
      'HOXB13 wild_type absent patient',
    ]);
    expect(
      brief(
        genetics(
          'No pathogenic variants were identified, notably in the mismatch repair genes MLH1 and MSH2.',
        ),
      ),
    ).toEqual(['MLH1 wild_type absent patient', 'MSH2 wild_type absent patient']);
    // A gene group named with no result stays a methods list.
    expect(
      genetics('Genes analysed: the homologous recombination repair genes ATM, BRCA1, BRCA2.'),
    ).toEqual([]);
  });

  it('takes the class a negative result names for a gene listed without one', () => {
    expect(
      brief(genetics('RELEVANT NEGATIVES\n  ALK, ROS1, RET ................ no fusions detected')),
    ).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('- ERBB2 (HER2) copy number 2.1 - no amplification'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    // A result naming mutations stays gene-level.
    expect(brief(genetics('  KRAS, BRAF ........ no mutations detected'))).toEqual([
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
  });

  it('gives variants named by a test the collective negative of the next sentence', () => {
    const letter =
      'We started with the three-site founder test, which looks only for BRCA1 c.68_69del ' +
      '(185delAG), BRCA1 c.5266dup (5382insC) and BRCA2 c.5946del\n(6174delT).\n\n' +
      'None of the three founder variants was detected.';
    expect(brief(genetics(letter, 'en', 'genetic_counselling'))).toEqual([
      'BRCA1 c.68_69del absent patient',
      'BRCA1 c.5266dup absent patient',
      'BRCA2 c.5946del absent patient',
    ]);
    expect(
      brief(genetics('The assay covers KRAS G12C and KRAS G12D. Neither variant was detected.')),
    ).toEqual(['KRAS p.Gly12Cys absent patient', 'KRAS p.Gly12Asp absent patient']);
    // A variant with its own result keeps it; "none of the other" is about the rest.
    expect(
      brief(
        genetics(
          'BRCA2 c.5946del was detected. None of the other founder variants was detected.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient']);
    expect(
      brief(
        genetics(
          'Result: BRCA2 c.5946del, pathogenic. None of the other variants tested was detected.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient']);
  });

  it("reads a relative's bare result after the relative as about the note's variant", () => {
    expect(
      brief(
        genetics(
          'Pt has Lynch syndrome - MLH1 c.199G>A p.(Gly67Arg), likely pathogenic. Her son and ' +
            'daughter had predictive testing: son POSITIVE for the same MLH1 variant, daughter NEGATIVE.',
          'en',
          'telephone',
        ),
      ),
    ).toEqual([
      'MLH1 p.Gly67Arg present patient',
      'MLH1 p.Gly67Arg absent family',
      'MLH1 p.Gly67Arg present family',
    ]);
    // Not a relative's result about something else.
    expect(
      brief(
        genetics(
          'BRCA2 c.5946del, pathogenic. Family history: father positive FOBT at 60.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient']);
  });

  it('reads the SS18::SSX fusion as the 3′ SSX gene, and TLE1 as a stain', () => {
    expect(
      detail(
        genetics(
          'Histology: spindle cell sarcoma; TLE1 positive, focal EMA.\nRESULT: SS18::SSX1 fusion DETECTED',
          'en',
          'ngs_report',
        ),
      ),
    ).toEqual(['SSX1 - fusion - present pathogenic somatic patient']);
    expect(genetics('TLE1 positive (diffuse), EMA negative.', 'en', 'pathology')).toEqual([]);
  });

  it('does not read a bare "no" about another thing as a result of the gene before it', () => {
    expect(genetics('Polycythaemia vera: Hct 0.56, low EPO, no splenomegaly.')).toEqual([]);
    expect(brief(genetics('NF1 - no pathogenic alterations detected.'))).toEqual([
      'NF1 wild_type absent patient',
    ]);
    expect(brief(genetics('Germline BRCA1 mutation: no.', 'en', 'germline_report'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
  });

  it('reads a result naming a class of patients as no result of this patient', () => {
    expect(
      brief(
        genetics(
          'KIT D816V is present in both samples. Full KIT sequencing is reserved for D816V-negative cases.',
          'en',
          'molecular_pathology',
        ),
      ),
    ).toEqual(['KIT p.Asp816Val present patient']);
    expect(
      genetics('Osimertinib is the standard first-line therapy in EGFR-mutant patients.'),
    ).toEqual([]);
    // The patient's own disease named by the result is one.
    expect(brief(genetics('KIT D816V-negative mastocytosis (ddPCR).'))).toEqual([
      'KIT p.Asp816Val absent patient',
    ]);
  });

  it('does not read "cannot be excluded" as a negative', () => {
    expect(
      detail(
        genetics(
          'TP53 c.743G>A p.R248Q cfDNA 4.8% Tier II\n\nThe TP53 variant is probably tumour-derived, although clonal haematopoiesis cannot be\nfully excluded. A negative plasma result does not rule out other alterations.',
          'en',
          'ngs_report',
        ),
      ),
    ).toEqual(['TP53 p.Arg248Gln snv - present pathogenic somatic patient']);
    expect(brief(genetics('BRCA1 excluded by full sequencing.', 'en', 'germline_report'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
  });

  it("does not read a fusion's numbered isoform as a mutation of its gene", () => {
    expect(
      brief(
        genetics(
          '- EML4::ALK fusion (EML4 exon 13 :: ALK exon 20, variant 1) - detected',
          'en',
          'ngs_report',
        ),
      ),
    ).toEqual(['ALK fusion EML4 present patient']);
    expect(brief(genetics('BRCA2 variant detected: c.5946del.', 'en', 'germline_report'))).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
  });

  it('reads the dev14 drivers with no class stated as pathogenic', () => {
    expect(
      detail(genetics('Molecular: FOXL2 c.402C>G (p.C134W) mutation DETECTED.', 'en', 'pathology')),
    ).toEqual(['FOXL2 p.Cys134Trp snv - present pathogenic somatic patient']);
    expect(
      detail(
        genetics(
          'JAK2 exon 12 sequencing: c.1624_1629del p.(N542_E543del) detected, VAF 9%.',
          'en',
          'progress',
        ),
      ),
    ).toEqual(['JAK2 p.Asn542_Glu543del deletion 12 present pathogenic somatic patient']);
    // Another JAK2 change stays unclassified.
    expect(detail(genetics('JAK2 c.1177C>T p.(Arg393Cys) detected.', 'en', 'progress'))).toEqual([
      'JAK2 p.Arg393Cys snv - present - somatic patient',
    ]);
  });

  it('reads a line that is only a class, or a capitals result line, as a heading', () => {
    expect(
      detail(
        genetics(
          'Variant of uncertain significance\n  PALB2   NM_024675.4:c.1010T>C   p.(Leu337Ser)   heterozygous',
          'en',
          'germline_report',
        ),
      ),
    ).toEqual(['PALB2 p.Leu337Ser snv - present uncertain germline patient']);
    expect(
      detail(
        genetics(
          'RESULT: PATHOGENIC VARIANT DETECTED\n' +
            '  Gene    Variant                       Protein        Zygosity       Location\n' +
            '  PTEN    NM_000314.8:c.697C>T          p.(Arg233*)    heterozygous   exon 7',
          'en',
          'germline_report',
        ),
      ),
    ).toEqual(['PTEN p.Arg233Ter snv 7 present pathogenic germline patient']);
    expect(
      detail(
        genetics(
          'Tier III (uncertain significance)\n  RNF43  c.1976del   p.G659Vfs*41   VAF 19%',
          'en',
          'ngs_report',
        ),
      ),
    ).toEqual(['RNF43 p.Gly659ValfsTer41 frameshift - present uncertain somatic patient']);
    // A prose line above with other words is no heading.
    expect(
      detail(
        genetics(
          'The patient asked what pathogenic means\nBRCA2 c.5946del detected.',
          'en',
          'progress',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del frameshift - present - somatic patient']);
    // A location cell naming an intron gives no exon.
    expect(
      detail(
        genetics(
          '  Gene    Variant                Zygosity       Location\n' +
            '  MSH2    NM_000251.3:c.942+3A>T heterozygous   intron 5',
          'en',
          'germline_report',
        ),
      ),
    ).toEqual(['MSH2 c.942+3A>T snv - present - germline patient']);
  });

  it('reads zygosity of a small variant as germline, not a homozygous deletion', () => {
    expect(
      detail(
        genetics(
          '52M with MUTYH-associated polyposis: homozygous MUTYH c.1187G>A (p.G396D), pathogenic.',
          'en',
          'progress',
        ),
      ),
    ).toEqual(['MUTYH p.Gly396Asp snv - present pathogenic germline patient']);
    expect(
      detail(
        genetics('Tumour NGS: CDKN2A homozygous\ndeletion; CDK12 wild-type.', 'en', 'progress'),
      ).map((f) => f.split(' ').slice(-2).join(' ')),
    ).toEqual(['somatic patient', 'somatic patient']);
  });
});

describe('dev15', () => {
  it('reads an ISH call beside an IHC score as the amplification result of an amplified gene', () => {
    expect(
      detail(
        genetics(
          'Biomarkers: HER2 IHC 2+, dual ISH negative (HER2/CEP17 ratio 1.3; 3.1 copies/cell).',
          'en',
          'mdt_summary',
        ),
      ),
    ).toEqual(['ERBB2 - amplification - absent - somatic patient']);
    expect(brief(genetics('HER2: IHC 2+ / SISH non-amplified (ratio 1.2).'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('ER 90% / PR neg / HER2 3+ / FISH amp (ratio 6.2).'))).toEqual([
      'ERBB2 amplification present patient',
    ]);
    // Near misses: a probe for something else, a call not made, and a rearrangement probe.
    expect(genetics('HER2 IHC 0, EBER ISH negative.')).toEqual([]);
    expect(genetics('HER2 IHC 2+, ISH equivocal, repeat requested.')).toEqual([]);
    expect(brief(genetics('ALK FISH positive. ROS1 FISH negative.'))).toEqual([
      'ALK fusion present patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it('reads a sign glued to a named variant or class as its result', () => {
    expect(
      brief(genetics('69M w/ stage IV lung adenoCA (KRAS G12C+, EGFR/ALK (-), PD-L1 <1%).')),
    ).toEqual([
      'KRAS p.Gly12Cys present patient',
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
    ]);
    expect(brief(genetics('Melanoma: BRAF V600E-, NRAS Q61R+. EGFR exon 19 del+, ALK-.'))).toEqual([
      'BRAF p.Val600Glu absent patient',
      'NRAS p.Gln61Arg present patient',
      'EGFR exon_deletion 19 present patient',
      'ALK wild_type absent patient',
    ]);
    // A hyphen joining a word is no sign.
    expect(brief(genetics('NSCLC, KRAS G12C-mutant, on sotorasib.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
  });

  it('reads a class qualified after its noun as heading the genes in brackets or after "in"', () => {
    expect(
      brief(
        genetics(
          'No alterations associated with advanced neoplasia (TP53, SMAD4, CDKN2A) were identified.',
        ),
      ),
    ).toEqual([
      'TP53 wild_type absent patient',
      'SMAD4 wild_type absent patient',
      'CDKN2A wild_type absent patient',
    ]);
    expect(
      brief(genetics('No alterations of clinical significance were identified in TP53 or KRAS.')),
    ).toEqual(['TP53 wild_type absent patient', 'KRAS wild_type absent patient']);
    // Near misses: an exception, a plan, and a class that says nothing of the rest.
    expect(
      brief(genetics('No actionable alterations other than KRAS G12C (c.34G>T) were identified.')),
    ).toEqual(['KRAS p.Gly12Cys present patient']);
    expect(brief(genetics('No alterations to the treatment plan (EGFR L858R confirmed).'))).toEqual(
      ['EGFR p.Leu858Arg present patient'],
    );
    expect(
      genetics('No variants of uncertain significance were identified in BRCA1 or BRCA2.'),
    ).toEqual([]);
  });

  it("reads every result on a relative's labelled row as the relative's", () => {
    const note =
      'Family history:\n' +
      ' - Father (58): colon cancer at 52; germline MSH6 c.2731C>T p.(Arg911*) - pathogenic.\n' +
      ' - Paternal aunt (61): endometrial cancer; tested negative for the familial MSH6 variant.\n';
    expect(brief(genetics(note, 'en', 'genetic_counselling'))).toEqual([
      'MSH6 p.Arg911Ter present family',
      'MSH6 p.Arg911Ter absent family',
    ]);
    // Near misses: the patient named on the row, and a label that is no relative.
    expect(
      brief(
        genetics(
          'Father (62): prostate ca; BRCA2 c.5946del detected in him. Patient: BRCA2 c.5946del detected.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family', 'BRCA2 c.5946del present patient']);
    expect(
      brief(
        genetics(
          'Family history: father CRC at 52; proband MLH1 c.350C>T detected.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['MLH1 c.350C>T present patient']);
  });

  it("reads a relative's unnamed variant as the family's, and its negative as one site", () => {
    expect(
      brief(
        genetics(
          'Patient: 27F. Referred because of a known familial MSH6 variant.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['MSH6 other present family']);
    expect(
      detail(genetics("Tested in 2019 for father's MLH1 variant - negative.", 'en', 'progress')),
    ).toEqual(['MLH1 - other - absent - germline patient']);
    // A variant written out stays the patient's.
    expect(
      brief(genetics('Familial BRCA2 c.5946del confirmed in the patient.', 'en', 'progress')),
    ).toEqual(['BRCA2 c.5946del present patient']);
  });

  it("reads relatives' result about 'it' as the variant named before it on the line", () => {
    const note =
      'Germline BRCA2 c.9097dup p.(Thr3033Asnfs*11) - pathogenic; her two sisters have since tested negative for it.\n' +
      'ctDNA 07/2025: ESR1 D538G 2.2%.';
    expect(brief(genetics(note, 'en', 'progress'))).toEqual([
      'BRCA2 p.Thr3033AsnfsTer11 present patient',
      'ESR1 p.Asp538Gly present patient',
      'BRCA2 p.Thr3033AsnfsTer11 absent family',
    ]);
    // With no variant named on its line, two genes leave "it" unresolved.
    expect(
      brief(genetics('BRCA2 c.9097dup and ESR1 D538G noted.\nHer sister tested negative for it.')),
    ).toEqual(['BRCA2 c.9097dup present patient', 'ESR1 p.Asp538Gly present patient']);
  });

  it("reads a result's source on its line within its own sentence, or the line's label", () => {
    const note =
      'Interpretation: the RUNX1 VAF does not suggest a germline variant; germline RUNX1 testing ' +
      'should be considered only if there is a family history. Absence of FLT3 and IDH1/2 ' +
      'mutations: no targeted agent indicated.';
    // (A tumour report: the earlier sentence's germline words are about RUNX1 testing.)
    expect(detail(genetics(note, 'en', 'ngs_report')).map((f) => f.split(' ').at(-2))).toEqual([
      'somatic',
      'somatic',
      'somatic',
    ]);
    expect(
      detail(
        genetics(
          'Tissue CGP (2023): BRAF V600E; TP53 R175H. No alterations in ATM or CDK12.',
          'en',
          'progress',
        ),
      ).map((f) => f.split(' ').at(-2)),
    ).toEqual(['somatic', 'somatic', 'somatic', 'somatic']);
    expect(
      detail(
        genetics(
          'Germline panel (Ambry): BRCA2 c.5946del pathogenic. No pathogenic variants in BRCA1.',
          'en',
          'progress',
        ),
      ).map((f) => f.split(' ').at(-2)),
    ).toEqual(['germline', 'germline']);
  });

  it('reads a test sent and since resulted as done, and one not yet resulted as pending', () => {
    expect(
      detail(
        genetics(
          '- Germline multigene panel (blood, sent at diagnosis, resulted 09/2024): BRCA1 c.1687C>T p.(Gln563*), heterozygous - PATHOGENIC.',
          'en',
          'oncology_consult',
        ),
      ),
    ).toEqual(['BRCA1 p.Gln563Ter snv - present pathogenic germline patient']);
    expect(
      genetics(
        'Germline panel (sent 03/2025, not yet resulted): BRCA1 c.1687C>T familial variant targeted.',
        'en',
        'oncology_consult',
      ),
    ).toEqual([]);
  });

  it('takes the class stated about the variant in the next sentence', () => {
    expect(
      detail(
        genetics(
          'Result: he is heterozygous for HOXB13 c.251G>A p.(Gly84Glu), often called G84E. The laboratory classifies it as PATHOGENIC (low-to-moderate penetrance).',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['HOXB13 p.Gly84Glu snv - present pathogenic germline patient']);
    expect(
      detail(
        genetics(
          'Germline testing found ATM c.1234A>G. It is classified as a variant of uncertain significance.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['ATM c.1234A>G snv - present uncertain germline patient']);
    // Near misses: a negated class, and "it" after two variants.
    expect(
      detail(
        genetics(
          'Germline testing found CHEK2 c.1100del. It is not classified as pathogenic by all laboratories.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['CHEK2 c.1100del frameshift - present - germline patient']);
    expect(
      detail(
        genetics(
          'Germline testing found CHEK2 c.1100del and ATM c.1234A>G. It is classified as likely benign.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual([
      'CHEK2 c.1100del frameshift - present - germline patient',
      'ATM c.1234A>G snv - present likely_benign germline patient',
    ]);
  });
});

describe('genetics extractor, confirmatory calls and bracketed gene lists', () => {
  it('gives a confirmatory ISH call after a semicolon or full stop to the gene before it', () => {
    for (const text of [
      'HER2 IHC 2+; FISH negative.',
      'HER2 IHC 2+ (equivocal); reflex FISH: not amplified (ratio 1.2).',
      'HER2: 2+ (equivocal) by IHC. Reflex ISH: not amplified (HER2/CEP17 1.3).',
    ]) {
      expect(brief(genetics(text)), text).toEqual(['ERBB2 amplification absent patient']);
    }
    expect(brief(genetics('HER2 IHC 2+; dual ISH amplified.'))).toEqual([
      'ERBB2 amplification present patient',
    ]);
    expect(brief(genetics('HER2：IHC 2+；FISH法で増幅なし', 'ja'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    // A call naming its own gene is that gene's alone; a call on the next line is not joined.
    expect(brief(genetics('EGFR L858R; FISH negative for ALK.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'ALK wild_type absent patient',
    ]);
    expect(genetics('HER2 IHC 2+\nFISH negative.')).toEqual([]);
  });

  it('gives a negative result before a bracket to the genes listed in it', () => {
    expect(brief(genetics('Colon adenocarcinoma. RAS wild-type (KRAS, NRAS).'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('All RAS wild-type (KRAS exons 2-4, NRAS exons 2-4).'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('Driver testing negative (EGFR, ALK, ROS1).'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
    // A bracket that holds a result of its own keeps it.
    expect(brief(genetics('EGFR negative (KRAS G12D detected).'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS p.Gly12Asp present patient',
    ]);
  });
});

describe('genetics extractor, English dev16 phenomena (the original notes reworded)', () => {
  it('reads number-first exon shorthand ("19del", "20ins")', () => {
    expect(brief(genetics('EGFR 19del - on osimertinib since 2023.'))).toEqual([
      'EGFR exon_deletion 19 present patient',
    ]);
    expect(brief(genetics('EGFR 20ins, started amivantamab.'))).toEqual([
      'EGFR exon_insertion 20 present patient',
    ]);
  });

  it('gives a class named before a negated list to every gene of it', () => {
    expect(brief(genetics('Fusion analysis negative for RET, ALK and NTRK1.'))).toEqual([
      'RET fusion absent patient',
      'ALK fusion absent patient',
      'NTRK1 fusion absent patient',
    ]);
    expect(brief(genetics('Fusion genes (ALK, ROS1): negative.'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it('reads a class negated after a method in brackets or dotted leaders', () => {
    for (const text of [
      'CDKN2A/B (MLPA) .............. no homozygous deletion',
      'CDKN2A/B (MLPA): no homozygous deletion',
      'CDKN2A/B: no homozygous deletion detected.',
    ]) {
      expect(brief(genetics(text)), text).toEqual([
        'CDKN2A copy_loss absent patient',
        'CDKN2B copy_loss absent patient',
      ]);
    }
    expect(
      brief(
        genetics(
          'Fragment analysis for FLT3 internal tandem duplication: no duplication detected.',
        ),
      ),
    ).toEqual(['FLT3 duplication absent patient']);
  });

  it('reads "none found" as a negative heading its rows, and "not reported" as no call', () => {
    expect(
      brief(genetics('Resistance hotspots queried - none found\n  EGFR p.T790M  |  EGFR p.C797S')),
    ).toEqual(['EGFR p.Thr790Met absent patient', 'EGFR p.Cys797Ser absent patient']);
    expect(genetics('Copy number (MET, ERBB2): not reported - input below the minimum.')).toEqual(
      [],
    );
    // A variant reported is still reported.
    expect(brief(genetics('BRCA2 c.5946del reported.'))).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
  });

  it('does not read a reagent named after a variant as that variant', () => {
    expect(genetics('Non-canonical IDH1 mutation, missed by the R132H-specific antibody.')).toEqual(
      [],
    );
  });

  it('names the gene of the other rows of EGFR kits (S768I, L718Q, G719A)', () => {
    expect(
      brief(genetics('T790M (exon 20)      not detected\nS768I (exon 20)      not detected')),
    ).toEqual(['EGFR p.Thr790Met absent patient', 'EGFR p.Ser768Ile absent patient']);
  });
});

describe('genetics extractor, thrombophilia alleles by eponym (en decision 114)', () => {
  const detail = (findings: readonly GeneticAnnotation[]) =>
    findings.map((f) => `${f.gene} ${f.hgvs_c} ${f.kind} ${f.status} ${f.origin} ${f.subject}`);
  it('maps Factor V Leiden and prothrombin G20210A to F5 and F2, germline', () => {
    expect(
      detail(
        genetics(
          'Thrombophilia panel: Factor V Leiden heterozygous. Prothrombin G20210A not detected.',
        ),
      ),
    ).toEqual([
      'F5 c.1601G>A snv present germline patient',
      'F2 c.*97G>A snv absent germline patient',
    ]);
    expect(detail(genetics('FVL neg, PT G20210A neg.'))).toEqual([
      'F5 c.1601G>A snv absent germline patient',
      'F2 c.*97G>A snv absent germline patient',
    ]);
    expect(detail(genetics('Mother is heterozygous for factor V Leiden.'))).toEqual([
      'F5 c.1601G>A snv present germline family',
    ]);
    expect(
      detail(genetics('血栓性素因検査：第V因子ライデン 陰性、プロトロンビン G20210A 陰性', 'ja')),
    ).toEqual([
      'F5 c.1601G>A snv absent germline patient',
      'F2 c.*97G>A snv absent germline patient',
    ]);
    // Not the clotting tests.
    expect(genetics('PT 12.3 sec, INR 1.1. Factor V activity 85%.')).toEqual([]);
  });
});

describe('genetics extractor, English dev17 phenomena (the original notes reworded, backwards)', () => {
  it('reads a codon named with each gene of a negated list as part of its label', () => {
    expect(brief(genetics('IDH1 R132 and IDH2 R172 - no mutation on sequencing.'))).toEqual([
      'IDH1 wild_type absent patient',
      'IDH2 wild_type absent patient',
    ]);
  });

  it('reads an exon shorthand glued to the symbol ("METex14", "EGFRex19del")', () => {
    expect(brief(genetics('METex14 skipping - negative.'))).toEqual([
      'MET exon_skipping 14 absent patient',
    ]);
    expect(brief(genetics('METex14 negative.'))).toEqual(['MET exon_skipping 14 absent patient']);
    expect(brief(genetics('EGFRex19del positive.'))).toEqual([
      'EGFR exon_deletion 19 present patient',
    ]);
  });

  it('reads genes of a list called normal together as wild type, not a lab value', () => {
    expect(
      brief(
        genetics('The genes most relevant to her history, BRCA1, BRCA2 and ATM, were all normal.'),
      ),
    ).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'ATM wild_type absent patient',
    ]);
    expect(genetics('Plasma metanephrines, calcium and PTH were normal.')).toEqual([]);
  });

  it('keeps an exon written in brackets after a gene-level mutation word', () => {
    expect(brief(genetics('Gastric GIST 6.5 cm, KIT-mutant (exon 11); R0 resection.'))).toEqual([
      'KIT other 11 present patient',
    ]);
  });

  it("reads a class from the row's fields after its clause, not from another finding's", () => {
    const sig = (text: string) => genetics(text, 'en', 'ngs_report').map((f) => f.significance);
    expect(sig(' * TP53 c.742C>T, p.R248W; AF 47%; Tier II')).toEqual(['pathogenic']);
    expect(sig('Result: BRCA2 c.5946del detected. Classification: likely pathogenic.')).toEqual([
      'likely_pathogenic',
    ]);
    // "NRAS wt" is another finding: the ATM tier further on is not KRAS's.
    expect(
      genetics('KRAS G12D (c.35G>A); NRAS wt; ATM p.R3008H (Tier III).', 'en', 'ngs_report').map(
        (f) => `${f.gene} ${f.significance}`,
      ),
    ).toEqual(['KRAS pathogenic', 'NRAS null', 'ATM uncertain']);
  });
});

describe('genetics extractor, English dev18 phenomena (rich dev notes, each reworded twice)', () => {
  it('reads the class rows of a "Gene: …" key-value block as that gene\'s', () => {
    const block = [
      'Alteration 3',
      '  Gene ............ CDKN2A',
      '  Type ............ copy number 0 (homozygous loss)',
      '  Tier ............ IIC',
    ].join('\n');
    expect(
      genetics(block, 'en', 'ngs_report').map((f) => `${f.gene} ${f.kind} ${f.significance}`),
    ).toEqual(['CDKN2A copy_loss pathogenic']);
    expect(brief(genetics('Gene: ERBB2\nAlteration: amplification (CN 14)\nTier: I'))).toEqual([
      'ERBB2 amplification present patient',
    ]);
  });

  it('reads "biallelic (homozygous) deletion spanning A and B" as copy loss of each, not germline', () => {
    expect(
      genetics(
        'We also detected TP53 c.817C>T p.(R273C) in 22% of reads (tier IIC) and a biallelic (homozygous) deletion spanning CDKN2A and CDKN2B, estimated copy number 0.',
        'en',
        'molecular_pathology',
      ).map((f) => `${f.gene} ${f.kind} ${f.origin}`),
    ).toEqual(['TP53 snv somatic', 'CDKN2A copy_loss somatic', 'CDKN2B copy_loss somatic']);
  });

  it('reads negatives written as "neither … nor", "neg incl." and "which include"', () => {
    expect(
      brief(genetics('Plasma: EGFR exon 19 deletion detected. Neither T790M nor C797S was found.')),
    ).toEqual([
      'EGFR exon_deletion 19 present patient',
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    expect(
      brief(
        genetics(
          'Germline panel: no pathogenic variant was found in any of the genes tested, which include BRCA1, BRCA2 and BRIP1.',
        ),
      ),
    ).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'BRIP1 wild_type absent patient',
    ]);
    expect(
      brief(
        genetics(
          'NOT DETECTED (variants specifically interrogated)\n * EGFR p.T790M\n * EGFR p.C797S',
        ),
      ),
    ).toEqual(['EGFR p.Thr790Met absent patient', 'EGFR p.Cys797Ser absent patient']);
  });

  it('reads a gene table row with a symbol that is also a lab name when its neighbours are genes', () => {
    expect(
      brief(genetics('  EGFR ............ not detected\n  KRAS ............ not detected')),
    ).toEqual(['EGFR wild_type absent patient', 'KRAS wild_type absent patient']);
    // Prose beside a gene line is no table: "no CP" stays a symptom.
    expect(brief(genetics('Reason: dyspnoea. No CP, no fever.\nKRAS G12C detected.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
  });

  it('takes a tier stated as the next sentence, a wrapped class, a reclassification and "- path."', () => {
    const sig = (text: string, type = 'ngs_report') =>
      genetics(text, 'en', type).map((f) => f.significance);
    expect(
      sig(
        'TP53 c.524G>A, p.(Arg175His), allele fraction 38%.\nTier IIC. Hotspot loss-of-function change.',
      ),
    ).toEqual(['pathogenic']);
    // A heading of the rows below is not the variant's own tier.
    expect(
      sig(
        'Tier I\n  BRAF c.1799T>A p.V600E VAF 27%\nTier III (uncertain significance)\n  RNF43 c.1976del',
      ),
    ).toEqual(['pathogenic', 'uncertain']);
    expect(
      sig(
        'ATM c.8147T>C, p.(Val2716Ala), which the laboratory classifies as likely\npathogenic.',
        'letter',
      ),
    ).toEqual(['likely_pathogenic']);
    expect(
      sig(
        'The report listed MSH6 c.1186C>G (p.Leu396Val): variant of uncertain significance.\n\nThe laboratory has now RECLASSIFIED the MSH6 variant as LIKELY BENIGN.',
        'letter',
      ),
    ).toEqual(['likely_benign']);
    expect(
      sig('  - germline: BRCA2 c.9097dup (p.T3033Nfs*11) - path. (saliva, 2023)', 'progress'),
    ).toEqual(['pathogenic']);
  });

  it('reads exon-table rows whose class cell comes before the exon column, and G719X as one codon', () => {
    const table = [
      'EGFR MUTATION ANALYSIS - REAL-TIME PCR',
      'Specimen: FFPE lung biopsy (S21-2290, block A1)',
      '',
      'Target                          Exon   Result',
      'G719X (G719A/G719C/G719S)       18     Not detected',
      'Deletions                       19     DETECTED',
      'Insertions                      20     Not detected',
    ].join('\n');
    expect(brief(genetics(table))).toEqual([
      'EGFR snv 18 absent patient',
      'EGFR exon_insertion 20 absent patient',
      'EGFR exon_deletion 19 present patient',
    ]);
  });
});

describe('genetics extractor, English dev19 phenomena (two or three dev notes in one)', () => {
  it('keeps a fusion, an amplification or a tumour hotspot somatic in a germline-minded note', () => {
    const origins = (text: string, type: string) =>
      genetics(text, 'en', type).map((f) => `${f.gene} ${f.kind} ${f.origin}`);
    expect(
      origins(
        'Her lung cancer carries an EML4::ALK fusion (2021).\nGermline panel: BRCA2 c.771_775del, pathogenic.',
        'genetic_counselling',
      ),
    ).toEqual(['ALK fusion somatic', 'BRCA2 frameshift germline']);
    expect(
      origins(
        'Counselling follow-up. IDH1 c.395G>A p.(Arg132His) in the glioma.',
        'genetic_counselling',
      ),
    ).toEqual(['IDH1 snv somatic']);
    // A gene of inherited risk stays the note's.
    expect(
      origins(
        'Counselling follow-up. TP53 c.1010G>A p.(Arg337His) detected.',
        'genetic_counselling',
      ),
    ).toEqual(['TP53 snv germline']);
  });

  it('reads "no P/LP variants", "(ex 2-4)" in a list and a copy number below QC', () => {
    expect(brief(genetics('BRCA1 and BRCA2: no P/LP variants.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(brief(genetics(' * KRAS, NRAS (ex 2-4), BRAF: wild type'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(genetics('  ERBB2 / MET amplification - plasma copy-number below QC threshold')).toEqual(
      [],
    );
  });

  it('keeps a gene negative of a test at diagnosis beside a later positive of the same gene', () => {
    expect(
      brief(
        genetics(
          'Indication: tissue RAS/BRAF status at diagnosis (2022): KRAS/NRAS/BRAF wild-type.\nPlasma NGS:\n  KRAS   c.183A>T   p.Q61H     MAF 0.9%',
        ),
      ),
    ).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
      'KRAS p.Gln61His present patient',
    ]);
  });

  it("reads a client's test for \"the paternal\" variant as the client's result beside the relative's", () => {
    expect(
      brief(
        genetics(
          'Why she was tested: her father carries MSH2 c.1226_1227del, pathogenic.\n- Targeted test for the paternal MSH2 c.1226_1227del: NOT DETECTED. She has not inherited it.',
          'en',
          'genetic_counselling',
        ),
      ),
    ).toEqual(['MSH2 c.1226_1227del present family', 'MSH2 c.1226_1227del absent patient']);
  });
});

describe('genetics extractor, English dev20 phenomena (other combinations of dev notes)', () => {
  it("gives nothing for a relative's tumour result (en decision 98)", () => {
    expect(genetics('FHx: brother 58 with lung cancer "ALK-positive", on alectinib.')).toEqual([]);
    expect(genetics('FHx: sister with breast cancer, HER2 amplified.')).toEqual([]);
    // A relative's inherited variant stays.
    expect(brief(genetics('Mother carries BRCA1 c.68_69del.'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
  });

  it('reads "ND", "rearr neg" and several residues after a slash', () => {
    expect(brief(genetics('  EGFR p.T790M ............ ND'))).toEqual([
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(brief(genetics('EGFR exon 19 del (tissue 2021), ALK rearr neg, Kras wt.'))).toEqual([
      'EGFR exon_deletion 19 present patient',
      'ALK fusion absent patient',
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('IDH1 R132G/S/L ....... not detected'))).toEqual([
      'IDH1 p.Arg132Gly absent patient',
      'IDH1 p.Arg132Ser absent patient',
      'IDH1 p.Arg132Leu absent patient',
    ]);
  });

  it("takes an entry's class written alone on a line under it, not a heading of the next rows", () => {
    const sig = (text: string) =>
      genetics(text, 'en', 'germline_report').map((f) => `${f.gene} ${f.significance}`);
    expect(
      sig(
        'Results:\n(1) CHEK2 c.444+1G>A - intron 3 splice donor - heterozygous\n       Likely Pathogenic\n(2) PALB2 c.2794G>A p.(Val932Met) - heterozygous\n       Uncertain significance (VUS)',
      ),
    ).toEqual(['CHEK2 likely_pathogenic', 'PALB2 uncertain']);
    expect(
      sig(
        'Likely pathogenic:\n  RAD51D c.556C>T p.(Arg186*) heterozygous\nVariant of uncertain significance:\n  ATM c.1229T>C p.(Val410Ala) heterozygous',
      ),
    ).toEqual(['RAD51D likely_pathogenic', 'ATM uncertain']);
    expect(
      sig(
        'Reported: MLH1 c.1151T>A p.(Val384Asp) - variant of uncertain significance.\n\nThe laboratory now classifies the MLH1 variant as LIKELY BENIGN.',
      ),
    ).toEqual(['MLH1 likely_benign']);
  });

  it('reads the partner named after the class word', () => {
    const partners = (text: string) =>
      genetics(text).map((f) => `${f.gene} ${f.kind} ${f.partner}`);
    expect(partners('FGFR2 rearrangement, partner AHCYL1 (in-frame) - Tier I')).toEqual([
      'FGFR2 fusion AHCYL1',
    ]);
    expect(partners('FGFR2 fusion (partner: BICC1) - Tier I')).toEqual(['FGFR2 fusion BICC1']);
  });
});

describe('dev21: wrapped lines, unreported signals, PCR row labels and relatives as owners', () => {
  it('reads a negation wrapped across a line before "pathogenic variant in"', () => {
    expect(
      brief(
        genetics('Germline: her panel also showed no\n   pathogenic variant in BRCA1 or BRCA2.'),
      ),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    expect(
      brief(genetics('Germline panel negative; no\nlikely pathogenic variant in PALB2.')),
    ).toEqual(['PALB2 wild_type absent patient']);
    // A positive one wrapped the same way stays positive.
    expect(brief(genetics('Germline panel: a\npathogenic variant in PALB2 (c.3113G>A).'))).toEqual([
      'PALB2 c.3113G>A present patient',
    ]);
  });

  it('reads a relative row after any list bullet (" . ", "·", "–")', () => {
    for (const bullet of [' . ', ' · ', ' – ']) {
      expect(
        brief(
          genetics(
            `Mother (proband): ATM c.2413C>T, p.(Arg805Ter) - LIKELY PATHOGENIC.\n${bullet}Son (22): tested 2025 - does not carry it.`,
          ),
        ),
      ).toEqual(['ATM p.Arg805Ter present family', 'ATM p.Arg805Ter absent family']);
    }
  });

  it('gives nothing for a signal below the reporting threshold', () => {
    expect(
      brief(
        genetics(
          'ctDNA: ESR1 mutations not detected. A low-level AKT1 E17K read was seen below the\nreporting threshold and was not reported.',
        ),
      ),
    ).toEqual(['ESR1 wild_type absent patient']);
    expect(
      genetics('ctDNA: a sub-threshold PIK3CA H1047R read was seen but not reported.'),
    ).toEqual([]);
    expect(
      brief(
        genetics(
          "ctDNA: ESR1 - not detected. One PIK3CA read seen below the assay's reporting cut-off, not reported as a result.",
        ),
      ),
    ).toEqual(['ESR1 wild_type absent patient']);
    // A reported variant beside it stays; "variants were not reported" names a policy.
    expect(
      brief(
        genetics(
          'Plasma: EGFR L858R detected (VAF 0.4%); KRAS G12D at 0.05%, below the reporting threshold.',
        ),
      ),
    ).toEqual(['EGFR p.Leu858Arg present patient']);
    expect(
      brief(
        genetics(
          'Tissue NGS: BRAF V600E detected. Benign and likely benign variants were not reported.',
        ),
      ),
    ).toEqual(['BRAF p.Val600Glu present patient']);
  });

  it('reads a stain written on the next line after the variant as a stain', () => {
    expect(
      brief(
        genetics(
          'Tumour testing: IDH1 c.394C>T (p.R132C) on NGS; IDH1 R132H\nimmunostain negative; ATRX loss.',
        ),
      ),
    ).toEqual(['IDH1 p.Arg132Cys present patient']);
    expect(genetics('BRAF V600E\nimmunohistochemistry (VE1): positive')).toEqual([]);
  });

  it('reads PCR rows labelled with their exon in brackets under a one-gene title', () => {
    const text =
      'EGFR MUTATION ANALYSIS (real-time PCR)\n\n  Target                   Result\n  G719X (exon 18)          not detected\n  Exon 19 deletions        DETECTED\n  S768I (exon 20)          not detected\n  Exon 20 insertions       not detected\n  L858R (exon 21)          not detected';
    expect(brief(genetics(text))).toEqual([
      'EGFR p.Ser768Ile absent patient',
      'EGFR p.Leu858Arg absent patient',
      'EGFR snv 18 absent patient',
      'EGFR exon_insertion 20 absent patient',
      'EGFR exon_deletion 19 present patient',
    ]);
  });

  it('reads a legacy name written alone as the change (en decision 18)', () => {
    for (const text of [
      'BRCA1 carrier, legacy name 185delAG.',
      'BRCA2 pathogenic variant (legacy name: 6174delT), heterozygous.',
    ]) {
      expect(genetics(text).map((f) => f.hgvs_c)).toHaveLength(1);
    }
    expect(brief(genetics('Known BRCA1 carrier (legacy name 185delAG).'))).toEqual([
      'BRCA1 c.68_69del present patient',
    ]);
    // Beside its HGVS it is that change's other name: one entry, not two.
    expect(
      brief(genetics('Result: BRCA1 c.68_69del, p.(Glu23Valfs*17); legacy name 185delAG.')),
    ).toEqual(['BRCA1 p.Glu23ValfsTer17 present patient']);
  });

  it("reads a gene region in a clause of its own under the gene's label", () => {
    for (const text of [
      'FLT3: ITD not detected (fragment analysis); TKD (D835/I836) not detected',
      'FLT3 ITD: negative; TKD: negative.',
    ]) {
      expect(brief(genetics(text))).toEqual([
        'FLT3 duplication absent patient',
        'FLT3 wild_type absent patient',
      ]);
    }
  });

  it('reads two-word results and class words wrapped across a line', () => {
    expect(brief(genetics('Liver core: EGFR L858R (VAF 37%); T790M not\n   detected.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(brief(genetics('Tissue NGS: NRAS/BRAF wt; HER2 not\namplified; MSS.'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
      'ERBB2 amplification absent patient',
    ]);
    expect(
      brief(
        genetics('Background: EZR::ROS1 fusion on RNA NGS (no ALK, RET or NTRK1/2/3\n  fusion).'),
      ),
    ).toEqual([
      'ROS1 fusion EZR present patient',
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'NTRK1 fusion absent patient',
      'NTRK2 fusion absent patient',
      'NTRK3 fusion absent patient',
    ]);
  });

  it('reads "EGFR-amplified" as the result beside a bracketed negative of another class', () => {
    for (const text of [
      'Glioblastoma, IDH-wildtype, EGFR-amplified (EGFRvIII negative).',
      'EGFR amplified (EGFRvIII not detected).',
    ]) {
      expect(brief(genetics(text))).toEqual([
        'EGFR amplification present patient',
        'EGFR exon_deletion absent patient',
      ]);
    }
    expect(brief(genetics('HER2 FISH: not amplified.'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
  });

  it('gives the patient the result for a variant named as found in a relative', () => {
    expect(
      brief(
        genetics(
          'Her sister carries BRCA2 c.5722_5723del.\nMrs T. has not inherited the BRCA2 variant found in her sister.',
        ),
      ),
    ).toEqual(['BRCA2 c.5722_5723del present family', 'BRCA2 c.5722_5723del absent patient']);
    expect(
      brief(
        genetics(
          'Her mother carries MLH1 c.1489dup.\nShe tested positive for the MLH1 variant previously identified in her mother.',
        ),
      ),
    ).toEqual(['MLH1 c.1489dup present family', 'MLH1 c.1489dup present patient']);
    // A relative who is the subject keeps the result.
    expect(
      brief(
        genetics(
          'Her sister carries BRCA2 c.5722_5723del.\nHer daughter was negative for the BRCA2 variant found in her aunt.',
        ),
      ),
    ).toEqual(['BRCA2 c.5722_5723del present family', 'BRCA2 c.5722_5723del absent family']);
  });

  it('reads KIT exon 13/14 secondary mutations in GIST as drivers', () => {
    expect(
      genetics(
        'GIST progression: the KIT exon 11 deletion and a secondary KIT exon 13 mutation, p.V654A.',
      ).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.significance}`),
    ).toContain('KIT p.Val654Ala pathogenic');
  });
});

describe('dev22: suspended hyphens, wrapped results, test-label asides, references', () => {
  it('expands RAS genes written with suspended hyphens', () => {
    for (const text of [
      'H-, K- and NRAS: no variants',
      'H-, K-, and N-RAS: negative.',
      'H-/K-/NRAS wild-type.',
    ]) {
      expect(brief(genetics(text))).toEqual([
        'HRAS wild_type absent patient',
        'KRAS wild_type absent patient',
        'NRAS wild_type absent patient',
      ]);
    }
    for (const text of ['K- and NRAS wild type.', 'N- or KRAS mutation: not detected.']) {
      expect(brief(genetics(text))).toEqual([
        'KRAS wild_type absent patient',
        'NRAS wild_type absent patient',
      ]);
    }
  });

  it('reads "no variant in any gene on the panel, X and Y included" as naming X and Y', () => {
    for (const text of [
      'Result: negative - no P/LP variant detected in any gene on the panel, CDK4 and BAP1 included.',
      'No pathogenic variants found in any gene on the panel, including CDK4 and BAP1.',
    ]) {
      expect(brief(genetics(text, 'en', 'germline_report'))).toEqual([
        'CDK4 wild_type absent patient',
        'BAP1 wild_type absent patient',
      ]);
    }
  });

  it('reads a class negative wrapped after "no" onto the next line', () => {
    expect(brief(genetics('MET: no\namplification and no exon 14 skipping.'))).toEqual([
      'MET amplification absent patient',
      'MET exon_skipping 14 absent patient',
    ]);
    expect(brief(genetics('ERBB2: no\namplification detected; EGFR: no\nmutation.'))).toEqual([
      'ERBB2 amplification absent patient',
      'EGFR wild_type absent patient',
    ]);
    expect(brief(genetics('ALK: no\nrearrangement.'))).toEqual(['ALK fusion absent patient']);
  });

  it("keeps the patient's results under a test label whose aside names a relative as the reason", () => {
    expect(
      brief(
        genetics(
          'Germline panel (referred because her mother had ovarian cancer): BRCA1 c.68_69del detected.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present patient']);
    expect(
      brief(
        genetics(
          'Germline testing (2022; brother with colon cancer at 44): no pathogenic variant in MLH1 or MSH2.',
        ),
      ),
    ).toEqual(['MLH1 wild_type absent patient', 'MSH2 wild_type absent patient']);
    // A relative's own row stays the relative's.
    expect(brief(genetics('Mother (tested 2019): BRCA1 c.68_69del pathogenic.'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
  });

  it("takes an assay table's gene from its title, not from a clinical paragraph above it", () => {
    const text = [
      'EGFR MUTATION ANALYSIS - real-time PCR',
      '',
      'Clinical history: 61M, Lynch syndrome (germline MLH1 c.1489dup), colon cancer 2019.',
      '',
      'Target                    Result',
      'Exon 19  deletions ...... not detected',
      'Exon 21  L858R .......... DETECTED',
      'Exon 20  insertions ..... not detected',
    ].join('\n');
    const found = brief(genetics(text, 'en', 'molecular_pathology'));
    expect(found).toContain('EGFR exon_deletion 19 absent patient');
    expect(found).toContain('EGFR exon_insertion 20 absent patient');
    expect(found.some((f) => f.startsWith('MLH1 exon_'))).toBe(false);
  });

  it('gives a same-variant reference no negative of another gene after a semicolon', () => {
    expect(
      brief(
        genetics(
          'Germline ATM c.8147T>C, pathogenic.\nTumour: ATM c.8147T>C at VAF 84% (the germline variant with loss of the other allele); no alterations in\nBRCA1 or BRCA2.',
        ),
      ),
    ).toEqual([
      'ATM c.8147T>C present patient',
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
  });

  it('reads a relative\'s result wrapped onto the line of the "same variant" reference', () => {
    expect(
      brief(
        genetics(
          'Germline MSH6 c.2731C>T p.(Arg911*), pathogenic. Her son (31) tested positive\nfor the same MSH6 variant in 2025.',
        ),
      ),
    ).toEqual(['MSH6 p.Arg911Ter present patient', 'MSH6 p.Arg911Ter present family']);
    expect(
      brief(
        genetics(
          'Known carrier of BRCA1 c.5123C>A; TP53 c.659A>G in the marrow. Her sister carries\nthe same variant (tested 2020).',
        ),
      ),
    ).toContain('BRCA1 c.5123C>A present family');
    expect(
      brief(
        genetics('Germline BRCA2 c.9097dup. Her sister tested negative\nfor the familial variant.'),
      ),
    ).toEqual(['BRCA2 c.9097dup present patient', 'BRCA2 c.9097dup absent family']);
  });
});

describe('dev23: references, query marks, wrapped phrases, reversions and origin wording', () => {
  it('reads "that variant" / "this variant" as the variant named before it', () => {
    expect(
      brief(
        genetics(
          'Germline MLH1 c.1489dup, pathogenic, in her brother. She was tested for that variant in 2021: negative.',
        ),
      ),
    ).toEqual(['MLH1 c.1489dup present family', 'MLH1 c.1489dup absent patient']);
    expect(
      brief(
        genetics(
          'Her father carries PALB2 c.3113G>A (pathogenic). Single-site analysis for this variant: NOT DETECTED.',
        ),
      ),
    ).toEqual(['PALB2 c.3113G>A present family', 'PALB2 c.3113G>A absent patient']);
  });

  it('gives a single-site assay line no result of its own', () => {
    expect(
      brief(
        genetics(
          "Her father carries PMS2 c.137G>T, pathogenic.\nTest: single-site assay for the familial PMS2 c.137G>T only (blood).\nResult: NOT DETECTED - she has not inherited her father's PMS2 variant.",
        ),
      ),
    ).toEqual(['PMS2 c.137G>T present family', 'PMS2 c.137G>T absent patient']);
  });

  it('reads a relative reference that wraps before its bracket, and stops at its sentence end', () => {
    expect(
      brief(
        genetics('Germline BRCA2 c.7480C>T, pathogenic. His son\n(19) tested negative for it.'),
      ),
    ).toEqual(['BRCA2 c.7480C>T present patient', 'BRCA2 c.7480C>T absent family']);
    expect(
      brief(
        genetics(
          'Germline MSH6 c.3261dup, pathogenic. Her sister\n(44) tested positive for the same variant.',
        ),
      ),
    ).toEqual(['MSH6 c.3261dup present patient', 'MSH6 c.3261dup present family']);
    // A later sentence on the line ("She would like him seen") is not read with the reference;
    // "he has the same … mutation" is a positive result.
    expect(
      brief(
        genetics(
          'Known BRCA1 5382insC carrier (tested here 2020).\nHer brother was tested - result: he has the\nsame BRCA1 mutation. She would like him seen in our\nclinic.',
        ),
      ),
    ).toEqual(['BRCA1 c.5266dup present patient', 'BRCA1 c.5266dup present family']);
    expect(
      brief(
        genetics(
          'Caller: patient (53F).\n- Main reason for call: her brother (49) was tested through his GP - result: he has the\n  same BRCA1 mutation she carries (BRCA1 5382insC, found here 2020). She would like him seen in our\n  clinic.',
        ),
      ),
    ).toEqual(['BRCA1 c.5266dup present patient', 'BRCA1 c.5266dup present family']);
  });

  it('reads a query mark glued before a change as a question, not a result', () => {
    expect(genetics('Plasma NGS sent (?T790M ?C797S).')).toEqual([]);
    expect(genetics('Progression on osimertinib. Repeat biopsy planned, ? MET amp.')).toEqual([]);
    // Only what follows the mark: the result before it stands.
    expect(brief(genetics('EGFR L858R detected. ?MET amp on next biopsy.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it('reads "copy no." as copy number, not as a negation', () => {
    expect(
      brief(genetics('HER2 FISH: average HER2 copy no. 7.2 per cell, ratio 3.0 - amplified.')),
    ).toEqual(['ERBB2 amplification present patient']);
    expect(brief(genetics('MET FISH: MET copy no. 2.1/cell - not amplified.'))).toEqual([
      'MET amplification absent patient',
    ]);
    // "no evidence of" still heads its genes.
    expect(brief(genetics('There was no evidence of an IDH1 or IDH2 mutation.'))).toEqual([
      'IDH1 wild_type absent patient',
      'IDH2 wild_type absent patient',
    ]);
  });

  it('gives a result reported as not assessable or inconclusive nothing', () => {
    expect(genetics('ERBB2 amplification: not assessable (low tumour content).')).toEqual([]);
    expect(
      genetics('MET amplification: not assessable (copy-number\nQC failure).\nPlan: biopsy.'),
    ).toEqual([]);
    expect(brief(genetics('FGFR2 fusion: inconclusive.\nKRAS: no mutation detected.'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
  });

  it('reads "specifically none in" as heading its genes', () => {
    expect(
      brief(
        genetics(
          'Germline panel: NEGATIVE - no P/LP variants; specifically none in BRCA1, BRCA2 or PALB2.',
        ),
      ),
    ).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'PALB2 wild_type absent patient',
    ]);
  });

  it('keeps the exon of a gene-level phrase wrapped across a line', () => {
    const [kit] = genetics('GIST 2021, outside pathology: KIT exon 11\nmutated. On imatinib.');
    expect(kit).toMatchObject({ gene: 'KIT', kind: 'other', exon: 11, significance: 'pathogenic' });
    // Quoted in a counselling letter, a driver exon stays the tumour's.
    const [quoted] = genetics(
      'Her GIST was reported as KIT exon 11\nmutated (variant not given).',
      'en',
      'genetic_counselling',
    );
    expect(quoted).toMatchObject({ gene: 'KIT', exon: 11, origin: 'somatic' });
  });

  it('keeps a reversion apart from the named germline variant', () => {
    expect(
      genetics(
        'Germline: PALB2 c.3113G>A (p.Trp1038*), pathogenic.\ncfDNA 2025: a PALB2 reversion was identified (VAF 1.2%).',
      ).map((f) => [f.gene, f.hgvs_c, f.kind, f.origin, f.significance]),
    ).toEqual([
      ['PALB2', 'c.3113G>A', 'snv', 'germline', 'pathogenic'],
      ['PALB2', null, 'other', 'somatic', null],
    ]);
    // With no named variant, the gene-level germline positive and the reversion are one entry.
    expect(
      genetics(
        'gBRCA2m ovarian cancer on olaparib. ctDNA at progression: BRCA2 reversion mutation detected.',
      ).map((f) => [f.gene, f.kind, f.origin]),
    ).toEqual([['BRCA2', 'other', 'germline']]);
  });

  it('takes the gene of "the exon N change" from the finding named with that exon', () => {
    expect(
      brief(
        genetics(
          'EGFR exon 19 deletion detected by PCR.\n\nAddendum: NGS identified the exon 19 change as c.2236_2250del, p.(Glu746_Ala750del).',
        ),
      ),
    ).toEqual(['EGFR p.Glu746_Ala750del present patient']);
    expect(
      brief(
        genetics(
          'EGFR exon 20 insertion DETECTED (PCR).\n\nComment: sequencing characterised this exon 20 insertion as c.2310_2311insGGT p.(Asp770_Asn771insGly).',
        ),
      ),
    ).toEqual(['EGFR p.Asp770_Asn771insGly present patient']);
  });

  it('reads origin words only where they state the source', () => {
    const origin = (text: string, noteType?: string) =>
      genetics(text, 'en', noteType).map((f) => `${f.gene} ${f.origin}`);
    // A high-risk clinic's note speaks of inherited variants.
    expect(
      origin('Telephone - High-risk breast/ovarian clinic\nShe carries BRCA1 5382insC.'),
    ).toEqual(['BRCA1 germline']);
    // A germline origin queried, set aside or judged possible is none.
    expect(
      origin('CGP (pleural bx): ATM c.6919C>T VAF 48% Tier III (? germline - not pursued).'),
    ).toEqual(['ATM somatic']);
    expect(origin('CGP: CHEK2 c.1100del VAF 51%, possible germline.')).toEqual(['CHEK2 somatic']);
    expect(
      origin('MLH1/PMS2 lost; BRAF V600E detected - read as sporadic, no germline w/u needed.'),
    ).toEqual(['BRAF somatic']);
    // A homozygous deletion with a bracketed qualifier is a tumour copy loss.
    expect(origin('CGP: CDKN2A homozygous (biallelic) deletion, Tier IIC.')).toEqual([
      'CDKN2A somatic',
    ]);
    // A fine-needle aspirate tests the lesion.
    expect(
      origin(
        'PMH: hereditary cancer risk.\nMolecular classifier on the FNA: NRAS p.Q61K detected.',
      ),
    ).toEqual(['NRAS somatic']);
    // A hereditary syndrome heading its variant.
    expect(
      origin(
        'Molecular (tumour, 2025): EGFR amplification.\nBackground: Lynch syndrome - MSH2 c.1661+1G>A (intron 10 splice donor; RNA showed exon 10\nskipping), pathogenic, 2014.',
      ),
    ).toEqual(['EGFR somatic', 'MSH2 germline']);
  });

  it('reads a tier under the variant after the guideline name, and a wrapped reclassification', () => {
    const [ret] = genetics(
      ' (a) RET sequencing (NGS): c.1900T>C p.(Cys634Arg), exon 11, VAF 49%.\n     AMP/ASCO/CAP Tier I.\n (b) KRAS: no variant detected.',
    );
    expect(ret).toMatchObject({ gene: 'RET', significance: 'pathogenic' });
    const [mlh1] = genetics(
      'An update on your 2019 test: the MLH1 variant c.1217G>A p.(Ser406Asn), which was reported to you as\nuncertain, has now been reclassified by that laboratory as likely benign.',
    );
    expect(mlh1).toMatchObject({ gene: 'MLH1', significance: 'likely_benign' });
  });
});

describe('dev24: reasons in test-label asides, spaced "::" tables, class-first labels, negated shorthand', () => {
  it('reads a relative named as the reason in a test label aside (shorthand, purpose) as the patient', () => {
    expect(
      brief(
        genetics(
          "Germline update (repeat panel, 2025, for her nephew's sake): ATM c.1564_1565del heterozygous, likely pathogenic; CHEK2 neg.",
        ),
      ),
    ).toEqual(['ATM c.1564_1565del present patient', 'CHEK2 wild_type absent patient']);
    expect(brief(genetics('Germline panel (2021, fam hx): negative for PALB2 and CHEK2.'))).toEqual(
      ['PALB2 wild_type absent patient', 'CHEK2 wild_type absent patient'],
    );
    expect(
      brief(genetics('Hereditary panel (ovarian Ca in her mother): BRCA2 c.5946del - pathogenic.')),
    ).toEqual(['BRCA2 c.5946del present patient']);
    expect(
      brief(genetics("Germline testing (at his daughter's request): PALB2 c.3113G>A, pathogenic.")),
    ).toEqual(['PALB2 c.3113G>A present patient']);
  });

  it('reads a test label with a reason aside that opens a sentence mid-line', () => {
    expect(
      brief(
        genetics(
          'Dx 2019: IDC grade 2. Germline panel (2020, fam hx): negative for ATM and CHEK2.',
        ),
      ),
    ).toEqual(['ATM wild_type absent patient', 'CHEK2 wild_type absent patient']);
  });

  it('reads the tier column of a table whose columns are separated by a spaced "::"', () => {
    const found = genetics(
      'Gene :: Variant :: VAF :: AMP tier\nTP53 :: c.743G>A p.(Arg248Gln) :: 41% :: IIC\nSTK11 :: c.256C>T p.(Arg86*) :: 12% :: III\nEML4::ALK :: fusion :: - :: IA',
    );
    expect(found.map((f) => `${f.gene} ${f.significance}`)).toEqual([
      'TP53 pathogenic',
      'STK11 uncertain',
      'ALK pathogenic',
    ]);
  });

  it('reads a label opened by its class, then the genes, as a class negative of each gene', () => {
    expect(brief(genetics('Biomarkers:\n - Rearrangements ALK / ROS1 / NTRK1: none'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'NTRK1 fusion absent patient',
    ]);
    expect(brief(genetics('Amplification (MET, ERBB2): not detected'))).toEqual([
      'MET amplification absent patient',
      'ERBB2 amplification absent patient',
    ]);
    // A label with no class word stays gene-level.
    expect(brief(genetics('Mutations EGFR/KRAS: none'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS wild_type absent patient',
    ]);
  });

  it('reads a planned check for a change as hypothetical, and a negated gene-class shorthand as absent', () => {
    expect(genetics('Plan: repeat ctDNA at PD to check for T790M or MET amplification.')).toEqual(
      [],
    );
    expect(genetics('Will check for ESR1 mutations on the next liquid biopsy.')).toEqual([]);
    expect(brief(genetics('Tumour was checked for EGFR mutations: L858R detected.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
    expect(brief(genetics('Not a candidate for the trial (tumour is not BRAF-mutant).'))).toEqual([
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('She is not ALK-rearranged.'))).toEqual(['ALK fusion absent patient']);
  });

  it('ends a negative heading at a commentary label line', () => {
    expect(
      brief(genetics('Not detected:\n  KRAS\n  NRAS\nConclusion: BRAF V600E-mutant carcinoma.')),
    ).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF p.Val600Glu present patient',
    ]);
    expect(
      brief(genetics('Not detected:\n  ALK, RET fusions\nComment: ROS1-rearranged tumour.')),
    ).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'ROS1 fusion present patient',
    ]);
  });
});

describe('dev25: "nothing detected", CML kinase-domain hotspots, gene-inside exon deletions, somatic asides, wrapped relatives and results', () => {
  const sorted = (found: readonly GeneticAnnotation[]) => brief(found).sort();

  it('reads "nothing detected" / "nil found" as a negative of the genes before it', () => {
    expect(sorted(genetics('cfDNA: BRCA1, BRCA2, PALB2,\n  AKT1 - nothing detected.'))).toEqual([
      'AKT1 wild_type absent patient',
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'PALB2 wild_type absent patient',
    ]);
    expect(brief(genetics('Tumour NGS: KRAS: nil found.'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('NRAS exons 2-4 sequenced, nothing was detected.'))).toEqual([
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads a class negative "including" named members, also in brackets', () => {
    expect(brief(genetics('RNA fusions: none detected, including TMPRSS2::ERG.'))).toEqual([
      'ERG fusion TMPRSS2 absent patient',
    ]);
    expect(sorted(genetics('Fusions: not detected (including EML4::ALK and KIF5B::RET).'))).toEqual(
      ['ALK fusion EML4 absent patient', 'RET fusion KIF5B absent patient'],
    );
  });

  it('keeps a gene-level negative beside the class or change it names as an example', () => {
    expect(sorted(genetics('EGFR neg (incl. exon 20\ninsertions); PD-L1 TPS 70%.'))).toEqual([
      'EGFR exon_insertion 20 absent patient',
      'EGFR wild_type absent patient',
    ]);
    expect(sorted(genetics('ERBB2 negative, including exon 20 insertions.'))).toEqual([
      'ERBB2 exon_insertion 20 absent patient',
      'ERBB2 wild_type absent patient',
    ]);
    // A named change as the example is absent too, never present.
    expect(sorted(genetics('EGFR negative (including T790M).'))).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR wild_type absent patient',
    ]);
  });

  it('gives a bare BCR::ABL1 kinase-domain mutation to ABL1', () => {
    expect(
      sorted(
        genetics(
          'CML on nilotinib (BCR::ABL1 0.006% IS); kinase domain sequencing in 2020 showed no T315I.',
        ),
      ),
    ).toEqual(['ABL1 fusion BCR present patient', 'ABL1 p.Thr315Ile absent patient']);
    expect(sorted(genetics('CML. Mutation analysis: F317L detected; T315I not detected.'))).toEqual(
      ['ABL1 p.Phe317Leu present patient', 'ABL1 p.Thr315Ile absent patient'],
    );
    expect(brief(genetics('Imatinib resistance: Y253H detected by Sanger.'))).toEqual([
      'ABL1 p.Tyr253His present patient',
    ]);
  });

  it('reads "deletion of GENE exons N-M" as that gene\'s exon deletion', () => {
    const found = genetics(
      'Germline Lynch panel: heterozygous deletion of MSH2 exons 1-3, classified PATHOGENIC.',
    );
    expect(brief(found)).toEqual(['MSH2 exon_deletion present patient']);
    expect(found[0]!.significance).toBe('pathogenic');
    expect(found[0]!.origin).toBe('germline');
    expect(
      brief(genetics('Germline: a deletion involving MLH1 exons 4 to 6 - likely pathogenic.')),
    ).toEqual(['MLH1 exon_deletion present patient']);
    expect(brief(genetics('MLPA: deletion of BRCA1 exon 13 (pathogenic).'))).toEqual([
      'BRCA1 exon_deletion 13 present patient',
    ]);
  });

  it('reads a germline negative given as the reason for "somatic" as origin, not the variant\'s result', () => {
    const found = genetics(
      'Tumour NGS: BRCA1 c.3756_3759del, pathogenic - somatic (germline neg).',
    );
    expect(brief(found)).toEqual(['BRCA1 c.3756_3759del present patient']);
    expect(found[0]!.origin).toBe('somatic');
    expect(
      brief(
        genetics(
          'Tumour: BRCA2 c.5946del, Tier I, somatic only, as germline testing was negative.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient']);
    // A germline result of its own stays a negative.
    expect(brief(genetics('BRCA1: germline negative.'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
  });

  it('does not read the wild-type allele of a found variant as a negative', () => {
    expect(
      brief(genetics('Tumour: TP53 c.817C>T, VAF 80% with loss of the wild-type allele.')),
    ).toEqual(['TP53 c.817C>T present patient']);
    expect(
      sorted(
        genetics(
          'His mother carries BRCA2 c.9097dup. He was tested for this variant in 2023: POSITIVE.\nTumour:\n  * BRCA2 c.9097dup, VAF 83% (the germline variant, with LOH of the wild-type allele)',
        ),
      ),
    ).toEqual(['BRCA2 c.9097dup present family', 'BRCA2 c.9097dup present patient']);
  });

  it('keeps a relative opening a sentence that wraps mid-phrase as the subject of its result', () => {
    expect(
      sorted(
        genetics(
          'His mother carries BRCA2 c.9097dup. His daughter (44) was tested in\n2024 and is negative for the familial variant.',
        ),
      ),
    ).toEqual(['BRCA2 c.9097dup absent family', 'BRCA2 c.9097dup present family']);
    expect(
      brief(genetics('His daughter was tested in\nMay 2024 and is negative for BRCA2 c.9097dup.')),
    ).toEqual(['BRCA2 c.9097dup absent family']);
    expect(
      brief(genetics('Her sister, tested at another centre in\n2021, carries BRCA1 c.68_69del.')),
    ).toEqual(['BRCA1 c.68_69del present family']);
    // The patient as the subject stays the patient.
    expect(
      brief(genetics('The patient was tested in\nMay 2024 and is negative for BRCA2 c.9097dup.')),
    ).toEqual(['BRCA2 c.9097dup absent patient']);
  });

  it('reads a result wrapped after its dash onto the next line', () => {
    expect(
      sorted(genetics('Plasma NGS: EGFR L858R VAF 2.7%; EGFR T790M and C797S\n- not detected.')),
    ).toEqual([
      'EGFR p.Cys797Ser absent patient',
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(sorted(genetics('ctDNA: KRAS G12C and NRAS Q61K\n- NEGATIVE (ddPCR)'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
      'NRAS p.Gln61Lys absent patient',
    ]);
    // A bulleted list of results stays a list.
    expect(sorted(genetics('Results:\n- negative for BRCA1\n- positive for ATM'))).toEqual([
      'ATM other present patient',
      'BRCA1 wild_type absent patient',
    ]);
  });

  it('joins a codon-level PCR call to the one change at that codon named elsewhere', () => {
    expect(
      sorted(
        genetics(
          'EGFR PCR: G719X (G719A/C/S) DETECTED; L858R not detected.\nNGS: EGFR c.2156G>C p.(Gly719Ala), exon 18, VAF 24%.',
        ),
      ),
    ).toEqual(['EGFR p.Gly719Ala present patient', 'EGFR p.Leu858Arg absent patient']);
    expect(brief(genetics('EGFR PCR: G719X detected. NGS confirmed EGFR G719C.'))).toEqual([
      'EGFR p.Gly719Cys present patient',
    ]);
    // A negative PCR call is another result than a later positive.
    expect(
      sorted(genetics('EGFR PCR: G719X not detected. NGS: EGFR G719S detected at 1%.')),
    ).toEqual(['EGFR p.Gly719Ser present patient', 'EGFR snv absent patient']);
  });

  it('reads an inferred (obligate, presumed) carrier as no result', () => {
    expect(
      genetics(
        'His mother must have been an obligate carrier of the BRCA2 variant, but she was never tested.',
      ),
    ).toEqual([]);
    expect(
      brief(
        genetics(
          'Germline biallelic MUTYH c.536A>G, pathogenic. His 2 children are obligate carriers of one\nMUTYH variant each.',
        ),
      ),
    ).toEqual(['MUTYH c.536A>G present patient']);
  });

  it('reads a test label whose bracketed aside says when or why it was sent as done', () => {
    const found = genetics(
      'Germline (saliva 12/2024, sent because his sister had pancreatic ca): PALB2 c.509_510del, heterozygous - PATHOGENIC.',
    );
    expect(brief(found)).toEqual(['PALB2 c.509_510del present patient']);
    expect(found[0]!.origin).toBe('germline');
    expect(genetics('Germline panel (sent 10/28): BRCA1 - pending')).toEqual([]);
  });
});

describe('dev26: drug classes, relatives as owners, other tests of one gene, shorthand', () => {
  const sorted = (found: readonly GeneticAnnotation[]) => brief(found).sort();

  it('reads a variant named in a selective inhibitor class as a drug name', () => {
    expect(
      brief(genetics('NGS: KRAS G12D detected. G12C-selective covalent inhibitors will not work.')),
    ).toEqual(['KRAS p.Gly12Asp present patient']);
    expect(genetics('A KRAS G12C-specific inhibitor is not an option here.')).toEqual([]);
    expect(genetics('Considered mutant-selective agents for EGFR exon 20 later.')).toEqual([]);
  });

  it('reads a negation before a relative-owned variant as the client result', () => {
    expect(sorted(genetics("He is negative for his father's MLH1 c.350C>T."))).toEqual([
      'MLH1 c.350C>T absent patient',
      'MLH1 c.350C>T present family',
    ]);
    expect(
      sorted(genetics("She did not inherit her late mother's pathogenic BRCA1 c.68_69del.")),
    ).toEqual(['BRCA1 c.68_69del absent patient', 'BRCA1 c.68_69del present family']);
  });

  it('keeps a germline gene-level negative beside a tumour fusion negative of the gene', () => {
    expect(
      sorted(
        genetics(
          'Tumour RNA panel: no fusion involving RET or ALK.\nGermline panel (blood): no pathogenic variant in RET.',
        ),
      ),
    ).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'RET wild_type absent patient',
    ]);
    // One test's gene negative and its rearrangement negative are still one result.
    expect(brief(genetics('NGS: ALK negative. ALK rearrangement not detected.'))).toEqual([
      'ALK fusion absent patient',
    ]);
  });

  it('gives no result for a gene the reporting panel did not cover', () => {
    expect(
      genetics(
        'Her 2021 hereditary panel (PALB2 was not on that panel) found no pathogenic variant.',
      ),
    ).toEqual([]);
    expect(
      brief(
        genetics('Germline panel: BRCA1 and BRCA2 negative; MUTYH is not included in this assay.'),
      ),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
  });

  it('reads a pending germline test as the source of no result', () => {
    const found = genetics(
      'CML since 2019: BCR::ABL1 p210 at diagnosis; ABL1 kinase domain sequencing showed no T315I.\nGermline panel sent today, results expected in 3 weeks.',
    );
    expect(sorted(found)).toEqual([
      'ABL1 fusion BCR present patient',
      'ABL1 p.Thr315Ile absent patient',
    ]);
    expect(found.every((f) => f.origin === 'somatic')).toBe(true);
  });

  it('reads abbreviated class words before their result', () => {
    expect(brief(genetics('ROS1 rearr. neg; EGFR mut. not detected.'))).toEqual([
      'ROS1 fusion absent patient',
      'EGFR wild_type absent patient',
    ]);
    expect(
      brief(
        genetics('EGFR PCR:\n  Ex19 deletions .... not detected\n  Ex20 insertions ... DETECTED'),
      ),
    ).toEqual(['EGFR exon_deletion 19 absent patient', 'EGFR exon_insertion 20 present patient']);
  });

  it('keeps a FISH-positive rearrangement beside a later kinase-domain mutation', () => {
    expect(
      sorted(
        genetics('ROS1 positive on break-apart FISH (2022). Plasma 2024: ROS1 G2032R detected.'),
      ),
    ).toEqual(['ROS1 fusion present patient', 'ROS1 p.Gly2032Arg present patient']);
    // A neuroblastoma's "ALK-positive" study restates the ALK mutation (no FISH).
    expect(
      brief(genetics('Neuroblastoma, ALK F1174L. Discuss the ALK-positive neuroblastoma study.')),
    ).toEqual(['ALK p.Phe1174Leu present patient']);
  });

  it('reads a tumour variant not found in blood as a germline negative of that variant', () => {
    const found = genetics(
      'Germline panel (blood): the TP53 c.743G>A identified in the tumour tissue is not present in the germline.',
    );
    expect(brief(found)).toEqual(['TP53 c.743G>A absent patient']);
    expect(found[0]!.origin).toBe('germline');
    // A contrast without a verb is two results, not this phrase: two tests, two findings
    // (decision 36), both somatic.
    expect(brief(genetics('EGFR L858R detected in plasma, not detected in tissue.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Leu858Arg absent patient',
    ]);
  });

  it('reads a single-site test with its result as a test of the familial variant', () => {
    expect(
      sorted(
        genetics(
          'FHx: mother - BRCA1 c.68_69del, pathogenic. Pt had single-site testing in 2019 - NEGATIVE.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del absent patient', 'BRCA1 c.68_69del present family']);
    expect(
      sorted(genetics('Father carries PALB2 c.1592del. Cascade testing offered to his children.')),
    ).toEqual(['PALB2 c.1592del present family']);
  });

  it('reads FGFR2 kinase-domain resistance mutations as drivers', () => {
    const found = genetics('On pemigatinib: acquired FGFR2 V565L detected in ctDNA.');
    expect(brief(found)).toEqual(['FGFR2 p.Val565Leu present patient']);
    expect(found[0]!.significance).toBe('pathogenic');
  });

  it('takes the source of a test labelled after an arrow, and of "the same panel"', () => {
    const found = genetics(
      'Tumour MSI-high -> germline panel: MLH1 c.350C>T, pathogenic. On the same panel, no variants in PMS2.',
    );
    expect(sorted(found)).toEqual([
      'MLH1 c.350C>T present patient',
      'PMS2 wild_type absent patient',
    ]);
    expect(found.every((f) => f.origin === 'germline')).toBe(true);
  });

  it('takes a table heading as the source, past another row with its own note', () => {
    const found = genetics(
      'Tumour NGS (liver bx):\n  BRCA2 c.5946del, VAF 51% - the known germline variant\n  PALB2 - no alterations',
    );
    expect(found.find((f) => f.gene === 'PALB2')?.origin).toBe('somatic');
  });
});

describe('dev27: wrapped measurements and dashes, measured changes, dated entries, shorthand, asides', () => {
  const sorted = (found: readonly GeneticAnnotation[]) => brief(found).sort();

  it('reads an ISH measurement wrapped onto the next line as part of the gene result', () => {
    expect(
      brief(
        genetics(
          'Breast 2016: HER2 IHC 2+, dual ISH ratio 1.3, average HER2\n3.4 signals/cell, not amplified.',
        ),
      ),
    ).toEqual(['ERBB2 amplification absent patient']);
    expect(
      brief(
        genetics(
          'Gastric ca: HER2 3+ by IHC; SISH ratio 4.8, mean HER2\n11.2 copies per cell = amplified.',
        ),
      ),
    ).toEqual(['ERBB2 amplification present patient']);
  });

  it('reads a tier after an allele fraction wrapped onto the next line', () => {
    const found = genetics(
      'Tissue NGS: TP53 p.R248W\n  33% (Tier II); KRAS - no mutation detected.',
    );
    expect(sorted(found)).toEqual([
      'KRAS wild_type absent patient',
      'TP53 p.Arg248Trp present patient',
    ]);
    expect(found.find((f) => f.gene === 'TP53')?.significance).toBe('pathogenic');
    expect(genetics('Tumour panel: ARID1A c.1642C>T\n18% - Tier III.')[0]?.significance).toBe(
      'uncertain',
    );
  });

  it('reads an indented dash line negating a mutation as the result of the gene above', () => {
    expect(
      brief(
        genetics(
          'Pathology: CLL. IGHV unmutated; TP53\n   - no mutation by NGS; NOTCH1 not tested.',
        ),
      ),
    ).toEqual(['TP53 wild_type absent patient']);
    expect(
      sorted(
        genetics('MPN panel: JAK2 V617F positive; CALR\n  - no pathogenic variant identified.'),
      ),
    ).toEqual(['CALR wild_type absent patient', 'JAK2 p.Val617Phe present patient']);
  });

  it('keeps a change with its own allele fraction found, apart from a negative after it', () => {
    expect(sorted(genetics('Plasma NGS: EGFR L858R 4.2%, EGFR T790M not detected.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(sorted(genetics('ctDNA: ESR1 Y537S (VAF 0.8%), ESR1 D538G: not detected.'))).toEqual([
      'ESR1 p.Asp538Gly absent patient',
      'ESR1 p.Tyr537Ser present patient',
    ]);
    expect(
      sorted(genetics('Liquid biopsy: KRAS G12V 12%, NRAS Q61K and BRAF V600E not detected.')),
    ).toEqual([
      'BRAF p.Val600Glu absent patient',
      'KRAS p.Gly12Val present patient',
      'NRAS p.Gln61Lys absent patient',
    ]);
    // A plain list still shares its result.
    expect(sorted(genetics('EGFR L858R, T790M not detected.'))).toEqual([
      'EGFR p.Leu858Arg absent patient',
      'EGFR p.Thr790Met absent patient',
    ]);
  });

  it('dates the indented lines of a list entry opened by its year', () => {
    expect(
      sorted(
        genetics(
          'History:\n* 2019 - colon adenocarcinoma, resected. Tumour testing that year:\n    - KRAS: wild type\n* 2024 - lung adenocarcinoma. Tissue NGS showed\n  KRAS G12C (AF 18%).',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Cys present patient', 'KRAS wild_type absent patient']);
    expect(
      sorted(
        genetics(
          'History:\n- 03/2018: CRC, RAS testing:\n    NRAS: no mutation\n- 2023: melanoma, NGS showed\n    NRAS Q61R detected',
        ),
      ),
    ).toEqual(['NRAS p.Gln61Arg present patient', 'NRAS wild_type absent patient']);
    // Undated entries are one test's results as before.
    expect(
      brief(
        genetics(
          'History:\n* colon adenocarcinoma, resected. Tumour testing:\n    - KRAS: wild type\n* lung adenocarcinoma. Tissue NGS showed\n  KRAS G12C (AF 18%).',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Cys present patient']);
  });

  it('reads "mut" or "mutant" right after a gene as its positive result', () => {
    expect(brief(genetics('Hx: colon ca 2016 (KRAS mut), s/p resection, neg margins.'))).toEqual([
      'KRAS other present patient',
    ]);
    expect(brief(genetics('Melanoma 2019 - BRAF mutant, excised, neg SLNB.'))).toEqual([
      'BRAF other present patient',
    ]);
    // Not before its own result or a test word.
    expect(brief(genetics('EGFR mut neg, ALK neg.'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS mutant: not detected.'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(genetics('BRAF mut status pending.')).toEqual([]);
  });

  it('reads "was positive for the familial variant" as the client result', () => {
    expect(
      sorted(
        genetics(
          'His father carries PMS2 c.1831dup, pathogenic. He was tested in 2019 and was positive for the\nfamilial variant.',
        ),
      ),
    ).toEqual(['PMS2 c.1831dup present family', 'PMS2 c.1831dup present patient']);
    expect(
      sorted(
        genetics('Her sister carries BRCA1 c.68_69del. She is positive for the same variant.'),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del present patient']);
  });

  it('reads the tier column of a table headed "AMP/ASCO/CAP tier"', () => {
    const found = genetics(
      'Findings:\nGene variant        VAF      AMP/ASCO/CAP tier\nTP53 p.R248W        33%      II\nATM p.F858L         48%      III',
    );
    expect(found.map((f) => `${f.gene} ${f.significance}`)).toEqual([
      'TP53 pathogenic',
      'ATM uncertain',
    ]);
  });

  it('keeps a tumour-only variant somatic when a germline source is only possible', () => {
    for (const text of [
      'Tumour-only panel: PALB2 c.3113G>A at 51%, could be constitutional; germline confirmation suggested.',
      'Tumour NGS: CHEK2 c.1100del at 47% - may be germline, blood testing advised.',
    ]) {
      expect(genetics(text)[0]?.origin).toBe('somatic');
    }
  });

  it("gives no source to a finding from another finding's aside", () => {
    const found = genetics(
      'PMH: GIST 2020 (KIT exon 11 p.W557_K558del; PDGFRA wt) on imatinib, and Lynch syndrome (germline MLH1 c.350C>T, pathogenic).',
    );
    expect(found.map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'KIT somatic',
      'PDGFRA somatic',
      'MLH1 germline',
    ]);
    expect(
      genetics(
        'PMH: GIST (KIT p.W557_K558del) on imatinib, and Lynch syndrome (germline MSH2 deletion of exons 3-6, pathogenic; TAH 2019 for\nendometrial ca).',
      ).find((f) => f.gene === 'KIT')?.origin,
    ).toBe('somatic');
  });

  it('takes the class from a sentence introducing a display set off by a blank line', () => {
    const found = genetics(
      'Genetic testing on blood showed that he carries a likely pathogenic change in the CHEK2 gene:\n\n    CHEK2  c.444+1G>A\n\nThis raises breast and colon cancer risk.',
    );
    expect(brief(found)).toEqual(['CHEK2 c.444+1G>A present patient']);
    expect(found[0]!.significance).toBe('likely_pathogenic');
  });
});

describe('dev28: results far from their gene, pronoun results and shared subjects', () => {
  it('keeps a named change found when a comma list ends in another sort of negative', () => {
    expect(brief(genetics('AML: NPM1 mutated, IDH1 R132C, FLT3-ITD negative.'))).toEqual([
      'NPM1 other present patient',
      'IDH1 p.Arg132Cys present patient',
      'FLT3 duplication absent patient',
    ]);
    expect(brief(genetics('Lung adenocarcinoma, KRAS G12D, STK11 neg.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'STK11 wild_type absent patient',
    ]);
    expect(brief(genetics('EGFR ex19del, T790M negative.'))).toEqual([
      'EGFR exon_deletion 19 present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    // A list of one sort, or joined by "and", still shares its negative.
    expect(brief(genetics('T790M, C797S: negative.'))).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    expect(brief(genetics('KRAS G12C and BRAF V600E not detected.'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
      'BRAF p.Val600Glu absent patient',
    ]);
  });

  it('reads a long class label over its gene list, and articles inside a neither/nor list', () => {
    expect(brief(genetics('Fusion transcripts not detected: NTRK2, RET, ROS1'))).toEqual([
      'NTRK2 fusion absent patient',
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('Copy-number amplifications not detected: MET, ERBB2'))).toEqual([
      'MET amplification absent patient',
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('RNA: neither an ALK nor a RET fusion.'))).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
    ]);
  });

  it('reads a fusion told in words, the driver gene as the finding', () => {
    const found = genetics('RNA sequencing found NTRK1 fused with TPM3.');
    expect(brief(found)).toEqual(['NTRK1 fusion TPM3 present patient']);
    expect(brief(genetics('The panel showed EML4 joined in frame to ALK.'))).toEqual([
      'ALK fusion EML4 present patient',
    ]);
    expect(brief(genetics('NTRK3 was fused to ETV6 on RNA sequencing.'))).toEqual([
      'NTRK3 fusion ETV6 present patient',
    ]);
  });

  it('does not read a negative test named as a reason as the variant result', () => {
    const found = genetics(
      'Tumour NGS: BRCA2 c.5946del, pathogenic, VAF 44% - somatic, given the negative germline panel.',
    );
    expect(brief(found)).toEqual(['BRCA2 c.5946del present patient']);
    expect(found[0]!.origin).toBe('somatic');
  });

  it('gives no finding to the genes that only name a panel before what it found', () => {
    expect(
      brief(
        genetics(
          'Germline testing in 2020 (MLH1/MSH2/MSH6/PMS2 panel) identified MSH6 c.3991C>T, pathogenic.',
        ),
      ),
    ).toEqual(['MSH6 c.3991C>T present patient']);
    // A negative of the panel's genes is still theirs.
    expect(brief(genetics('BRCA1/BRCA2 panel: negative.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
  });

  it('reads "neither was present" and a negative carried on by "nor" over the list they head', () => {
    expect(
      brief(
        genetics('Both hotspots were checked and neither was detected - KRAS G12C and KRAS G12D.'),
      ),
    ).toEqual(['KRAS p.Gly12Cys absent patient', 'KRAS p.Gly12Asp absent patient']);
    expect(
      brief(genetics('BRAF V600E was not found, nor were any of the mutations in KRAS or NRAS.')),
    ).toEqual([
      'BRAF p.Val600Glu absent patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads a test of the note variant with its result as a pronoun', () => {
    expect(
      brief(
        genetics(
          'His mother carries MLH1 c.1852_1854del, pathogenic. He had a predictive test for it last year and does not carry it.',
        ),
      ),
    ).toEqual(['MLH1 c.1852_1854del present family', 'MLH1 c.1852_1854del absent patient']);
    expect(
      brief(
        genetics(
          'She carries PALB2 c.509_510del, pathogenic. Her son has now been tested and carries it too. Her sister was tested in March and does not.',
        ),
      ),
    ).toEqual([
      'PALB2 c.509_510del present patient',
      'PALB2 c.509_510del present family',
      'PALB2 c.509_510del absent family',
    ]);
    expect(
      brief(
        genetics(
          'Father: MSH2 c.1226_1227del. Patient result (single-site test): positive for the paternal MSH2 variant.',
        ),
      ).at(-1),
    ).toBe('MSH2 c.1226_1227del present patient');
  });

  it('gives the patient and a relative the finding when they are joint subjects', () => {
    for (const text of [
      'She and her mother both carry BRCA2 c.5946del.',
      'Like his younger brother, he carries MLH1 c.1852_1854del.',
      'He carries MLH1 c.1852_1854del, as does his father.',
    ]) {
      expect(
        brief(genetics(text))
          .map((b) => b.split(' ').at(-1))
          .sort(),
      ).toEqual(['family', 'patient']);
    }
    // Not when the sentence sets them apart.
    expect(
      brief(
        genetics('He and his father were tested, but only his father carries MLH1 c.1852_1854del.'),
      ),
    ).toEqual(['MLH1 c.1852_1854del present family']);
  });
});

describe('dev29: results far from their gene, back-references and coordinated forms', () => {
  it('reads "reported without alterations" and "nothing (was found) in" as negatives', () => {
    expect(brief(genetics('EGFR, KRAS and BRAF were reported without alterations.'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('NRAS and HRAS came back without any mutation.'))).toEqual([
      'NRAS wild_type absent patient',
      'HRAS wild_type absent patient',
    ]);
    expect(brief(genetics('Nothing in ATM, CHEK2 or PALB2.'))).toEqual([
      'ATM wild_type absent patient',
      'CHEK2 wild_type absent patient',
      'PALB2 wild_type absent patient',
    ]);
    expect(
      brief(
        genetics(
          'Sequencing showed KRAS c.35G>T (G12V) at 22%, Tier I. Nothing was found in the POLE exonuclease domain.',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Val present patient', 'POLE wild_type absent patient']);
    // "Nothing else" names no gene.
    expect(brief(genetics('EGFR L858R detected. Nothing else found.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it('reads an exon deletion said as a verb ("is missing exons 4 to 8", "lacks exon 13")', () => {
    expect(brief(genetics('Her MLH1 gene is missing exons 2 to 6 on one copy.'))).toEqual([
      'MLH1 exon_deletion present patient',
    ]);
    expect(brief(genetics('MLPA: BRCA1 lacks exon 13 on one allele.'))).toEqual([
      'BRCA1 exon_deletion 13 present patient',
    ]);
  });

  it('keeps a class negated after a long bracketed method label as the gene result', () => {
    expect(
      brief(genetics('CDKN2A/B (copy-number calls from the DNA panel): no homozygous deletion.')),
    ).toEqual(['CDKN2A copy_loss absent patient', 'CDKN2B copy_loss absent patient']);
    expect(
      brief(genetics('MET (copy number from the hybrid-capture panel): no amplification.')),
    ).toEqual(['MET amplification absent patient']);
  });

  it('reads an ISH call after its measurements, with no arrow, as the amplification result', () => {
    expect(
      brief(
        genetics(
          'HER2 dual-probe ISH on the resection - mean HER2 7.2 and CEP17 1.9 signals/cell, ratio 3.8, amplified.',
        ),
      ),
    ).toEqual(['ERBB2 amplification present patient']);
    expect(
      brief(
        genetics('Reflex FISH: HER2/CEP17 ratio 1.2, mean 2.4 copies per cell - not amplified.'),
      ),
    ).toEqual(['ERBB2 amplification absent patient']);
  });

  it('resolves a bare change back to the gene it was reported with earlier in the note', () => {
    expect(
      brief(
        genetics(
          'Tumour: TP53 c.743G>A (p.R248Q), 38%. Blood panel (BRCA1, BRCA2, PALB2): R248Q not detected.',
        ),
      ),
    ).toEqual(['TP53 p.Arg248Gln present patient', 'TP53 p.Arg248Gln absent patient']);
    expect(
      brief(
        genetics(
          'Thyroid NGS: RET p.(Met918Thr), VAF 45%. Germline (panel including RET, TP53 and ATM): the M918T found in the tumour was not there.',
        ),
      ),
    ).toEqual(['RET p.Met918Thr present patient', 'RET p.Met918Thr absent patient']);
  });

  it('keeps a gene-level negative of a second tumour that reports the first one’s variant absent', () => {
    expect(
      brief(
        genetics(
          'Melanoma 2019: BRAF V600E detected.\n- BRAF: no variant detected (the old V600E is absent here).',
        ),
      ),
    ).toEqual([
      'BRAF p.Val600Glu present patient',
      'BRAF p.Val600Glu absent patient',
      'BRAF wild_type absent patient',
    ]);
  });

  it('reads "the same gene" / "the gene itself" as the gene named just before', () => {
    expect(
      brief(
        genetics(
          'ERBB2 c.2524G>A (p.V842I), VAF 15% - Tier II; the gene itself is not amplified (copy number 2).',
        ),
      ),
    ).toEqual(['ERBB2 p.Val842Ile present patient', 'ERBB2 amplification absent patient']);
    expect(brief(genetics('KRAS G12D detected. No amplification of this gene was seen.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS amplification absent patient',
    ]);
    // Not after a list: the antecedent is ambiguous.
    expect(genetics('BRCA1 and BRCA2 were sequenced; the same gene was not amplified.')).toEqual(
      [],
    );
  });

  it('does not read a suspended hyphen ("PIK3CA- and ESR1-mutated") as a negative sign', () => {
    expect(
      brief(genetics('Assessment: PIK3CA- and ESR1-mutated metastatic breast cancer.')),
    ).toEqual(['PIK3CA other present patient', 'ESR1 other present patient']);
    expect(brief(genetics('EGFR-, ALK-, ROS1-.'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
  });
});

describe('dev30: pronoun results, telegraphic negatives, copy number, fusions in words', () => {
  it('reads a same-variant test whose result repeats its subject as a pronoun, after an aside', () => {
    expect(
      brief(
        genetics(
          'Her sister carries MSH6 c.3261del, pathogenic. She had single-site testing for it and, reassuringly, she did not inherit it.',
        ),
      ),
    ).toEqual(['MSH6 c.3261del present family', 'MSH6 c.3261del absent patient']);
    expect(
      brief(
        genetics(
          'His father carries MLH1 c.350C>T, pathogenic. He was tested in 2020, and he has not inherited it.',
        ),
      ),
    ).toEqual(['MLH1 c.350C>T present family', 'MLH1 c.350C>T absent patient']);
    expect(
      brief(
        genetics(
          'Her mother carries APC c.3927_3931del, pathogenic. Her daughter has had the predictive test, and she does not carry it.',
        ),
      ),
    ).toEqual(['APC c.3927_3931del present family', 'APC c.3927_3931del absent family']);
  });

  it('reads "once called" / "better known as" before a legacy name as another name', () => {
    expect(
      brief(
        genetics(
          'Her sister carries BRCA2 c.5946del (p.Ser1982Argfs*22; the variant once called 6174delT), pathogenic.',
        ),
      ),
    ).toEqual(['BRCA2 p.Ser1982ArgfsTer22 present family']);
    expect(
      brief(genetics('His father carries BRCA1 c.68_69del, better known as 185delAG.')),
    ).toEqual(['BRCA1 c.68_69del present family']);
  });

  it('maps the CHEK2 1100delC and BRCA1 4154delA legacy names to HGVS', () => {
    expect(brief(genetics('Known CHEK2 1100delC carrier (on breast MRI screening).'))).toEqual([
      'CHEK2 c.1100del present patient',
    ]);
    expect(brief(genetics('Germline: BRCA1 4154delA, pathogenic.'))).toEqual([
      'BRCA1 c.4035del present patient',
    ]);
  });

  it('reads "nor was <gene> <class>" as carrying the negative on', () => {
    expect(
      brief(
        genetics('Fusions involving ROS1 and RET were not detected, nor was MET exon 14 skipping.'),
      ),
    ).toEqual([
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
      'MET exon_skipping 14 absent patient',
    ]);
    expect(
      brief(genetics('ROS1 fusion not detected; nor was an ERBB2 amplification seen.')),
    ).toEqual(['ROS1 fusion absent patient', 'ERBB2 amplification absent patient']);
  });

  it('reads a gene (or its exons) called "clear" as tested negative, not "clear cell"', () => {
    expect(brief(genetics('NRAS ex 2-4 and BRAF ex 15 clear.'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS and NRAS both clear on NGS.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(genetics('BRCA1 clear cell ovarian cancer.')).toEqual([]);
  });

  it('reads a copy number called normal as amplification absent', () => {
    expect(
      brief(genetics('ERBB2 copy number was within the normal range, i.e. no amplification.')),
    ).toEqual(['ERBB2 amplification absent patient']);
    expect(brief(genetics('MET gene copy number 2.0, normal.'))).toEqual([
      'MET amplification absent patient',
    ]);
    expect(brief(genetics('MET copy number 12 (amplified).'))).toEqual([
      'MET amplification present patient',
    ]);
    // Not a gene called normal alone (a lab value, an IHC call).
    expect(genetics('PTH normal.')).toEqual([]);
  });

  it('reads "<gene> showed no <class>" as that class absent', () => {
    expect(brief(genetics('The FLT3 gene showed no internal tandem duplication.'))).toEqual([
      'FLT3 duplication absent patient',
    ]);
    expect(brief(genetics('MET showed no amplification.'))).toEqual([
      'MET amplification absent patient',
    ]);
    expect(brief(genetics('ALK had no rearrangement.'))).toEqual(['ALK fusion absent patient']);
  });

  it('reads a fusion told in words with breakpoint exons', () => {
    const [alk] = genetics('RNA panel: EML4 exon 13 joined to ALK exon 20 (variant 1).');
    expect([alk?.gene, alk?.partner, alk?.kind, alk?.status]).toEqual([
      'ALK',
      'EML4',
      'fusion',
      'present',
    ]);
    const [ntrk] = genetics(
      'RNA NGS detected a transcript joining exon 5 of ETV6 to exon 15 of NTRK3.',
    );
    expect([ntrk?.gene, ntrk?.partner]).toEqual(['NTRK3', 'ETV6']);
    const [ros] = genetics('Fusion of exon 2 of CD74 with exon 34 of ROS1 detected.');
    expect([ros?.gene, ros?.partner]).toEqual(['ROS1', 'CD74']);
  });

  it('reads a past test "sent" with its result after the colon', () => {
    expect(brief(genetics('Oncology sent a KRAS and NRAS panel in 2021: negative.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(genetics('Sent germline BRCA1/2 testing: result pending.')).toEqual([]);
  });
});

describe('dev31: results far from their gene, back-references and pronouns', () => {
  it('reads "clean" and "without fusion" as negatives, the class word setting the kind', () => {
    expect(brief(genetics('Tissue NGS: EGFR, KRAS and BRAF clean.'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS and NRAS came back clean on the panel.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('RNA NGS: ALK, ROS1 and RET all without fusion.'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('Plasma: MET and ERBB2 without amplification.'))).toEqual([
      'MET amplification absent patient',
      'ERBB2 amplification absent patient',
    ]);
    // A clean-catch urine names no gene's test.
    expect(genetics('UA: clean catch, no growth.')).toEqual([]);
  });

  it('reads "neither/none of them <verb> a <class>" as the negative of the list before it', () => {
    expect(
      brief(
        genetics(
          'RNA panel: ALK and RET were looked at in the same assay and neither showed a fusion.',
        ),
      ),
    ).toEqual(['ALK fusion absent patient', 'RET fusion absent patient']);
    expect(
      brief(
        genetics(
          'KRAS and NRAS were both sequenced on the tumour block in 2022 and neither had a mutation.',
        ),
      ),
    ).toEqual(['KRAS wild_type absent patient', 'NRAS wild_type absent patient']);
    expect(
      brief(
        genetics(
          'BRCA1, BRCA2 and PALB2 were sequenced last spring and none of them carried a pathogenic variant.',
        ),
      ),
    ).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'PALB2 wild_type absent patient',
    ]);
  });

  it('reads "absent in both", "nothing there" and a DNA-side negative', () => {
    const [t790m] = genetics('Plasma and tissue NGS: T790M was absent in both.');
    expect([t790m?.gene, t790m?.hgvs_p, t790m?.status]).toEqual(['EGFR', 'p.Thr790Met', 'absent']);
    expect(brief(genetics('IDH2 was sequenced at the same time - nothing there.'))).toEqual([
      'IDH2 wild_type absent patient',
    ]);
    expect(brief(genetics('Lung adenoCA. DNA side: EGFR negative.'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
  });

  it('reads "the same deletion" in plasma as the tissue variant, absent and somatic', () => {
    const found = genetics(
      'Tissue: EGFR exon 19 deletion c.2236_2250del p.E746_A750del, detected. Plasma drawn the same day: the same deletion was not seen.',
    );
    expect(found.map((g) => [g.hgvs_c, g.status, g.origin])).toEqual([
      ['c.2236_2250del', 'present', 'somatic'],
      ['c.2236_2250del', 'absent', 'somatic'],
    ]);
    // A germline check of a tumour variant stays germline.
    const checked = genetics(
      'Tumour NGS: BRCA2 c.5946del. Germline testing: the same variant was not detected.',
    );
    expect(checked.map((g) => [g.status, g.origin])).toEqual([
      ['present', 'somatic'],
      ['absent', 'germline'],
    ]);
  });

  it('reads a class stated a sentence or two after the variant it describes', () => {
    const [msh6] = genetics(
      'Germline panel: the first is in MSH6, c.3439-2A>G, at the canonical acceptor of intron 5; it is expected to disrupt splicing. We classify it as likely pathogenic.',
    );
    expect(msh6?.significance).toBe('likely_pathogenic');
    const [rad51c] = genetics(
      'Germline: Positive - RAD51C c.706-2A>G (heterozygous). Intron 4 acceptor site; loss of the canonical splice signal. Classification: likely pathogenic.',
    );
    expect(rad51c?.significance).toBe('likely_pathogenic');
    const [brca2] = genetics(
      'Germline: BRCA2 c.9097dup found. This frameshift is classified as pathogenic.',
    );
    expect(brca2?.significance).toBe('pathogenic');
    // Not past a sentence naming another gene.
    const [atm] = genetics(
      'Germline: ATM c.1744T>C found. BRCA2 negative. The lab reports it as benign.',
    );
    expect(atm?.significance).toBeNull();
  });

  it('reads "she is heterozygous for it" after a test, the pronoun taking its antecedent', () => {
    expect(
      brief(
        genetics(
          'Her mother carries BRCA1 c.4035del, pathogenic.\nWe tested the patient for the maternal variant in 11/2023. She is heterozygous for it too.',
        ),
      ),
    ).toEqual(['BRCA1 c.4035del present family', 'BRCA1 c.4035del present patient']);
    // The relative who is the subject of the sentence before is the "she".
    expect(
      brief(
        genetics(
          'Her mother carries BRCA1 c.4035del, pathogenic. Her sister was tested last year. She is heterozygous for it too.',
        ),
      ),
    ).toEqual(['BRCA1 c.4035del present family']);
  });

  it('reads a named variant checked after an aside, "requested by" being no pending test', () => {
    const [brca1] = genetics(
      'Note: BRCA1 185delAG, requested by the family because of Ashkenazi ancestry, was also checked: not present.',
    );
    expect([brca1?.hgvs_c, brca1?.status]).toEqual(['c.68_69del', 'absent']);
    const [kras] = genetics(
      'Tumour NGS: KRAS G12C, the reason for referral, was looked for again - not detected.',
    );
    expect([kras?.hgvs_p, kras?.status]).toEqual(['p.Gly12Cys', 'absent']);
    expect(genetics('BRCA1 185delAG testing requested by Dr Smith.')).toEqual([]);
  });
});

describe('dev31 (round 2): bracketed partners, specimen labels, gendered pronouns, class assays', () => {
  it('reads a fusion partner written alone in brackets after the fusion', () => {
    expect(brief(genetics('Lung adenocarcinoma, ALK fusion (EML4) by RNA NGS.'))).toEqual([
      'ALK fusion EML4 present patient',
    ]);
    expect(brief(genetics('RET rearrangement (KIF5B) detected on the RNA panel.'))).toEqual([
      'RET fusion KIF5B present patient',
    ]);
    expect(brief(genetics('NTRK1 fusion (partner TPM3) detected.'))).toEqual([
      'NTRK1 fusion TPM3 present patient',
    ]);
    expect(brief(genetics('NTRK3 fusion positive (with ETV6).'))).toEqual([
      'NTRK3 fusion ETV6 present patient',
    ]);
    // A bracket that names the method is no partner.
    expect(brief(genetics('ALK rearrangement (FISH) positive.'))).toEqual([
      'ALK fusion present patient',
    ]);
  });

  it('reads specimen, block and slide labels as labels, not gene symbols', () => {
    expect(
      brief(
        genetics(
          'BRAF VE1 immunostain positive.\nReflex molecular (block C2, real-time PCR): codon 600 change c.1799T>A confirmed - p.V600E.',
        ),
      ),
    ).toEqual(['BRAF p.Val600Glu present patient']);
    expect(brief(genetics('Testing on blocks A1 and C3: EGFR exon 19 deletion detected.'))).toEqual(
      ['EGFR exon_deletion 19 present patient'],
    );
    expect(brief(genetics('Part 2, slide F5: KRAS c.35G>A (p.G12D) detected.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    // A symbol of that shape is still a gene where no label word stands before it.
    expect(brief(genetics('Germline: C3 c.304C>G detected.'))).toEqual([
      'C3 c.304C>G present patient',
    ]);
  });

  it('reads a pronoun of the other gender than the stated patient sex as a relative', () => {
    expect(
      brief(
        genetics(
          '42M. MLH1 c.677G>A (p.Arg226Gln), pathogenic, germline - found after his mother’s workup (she carries it too).',
        ),
      ),
    ).toEqual(['MLH1 p.Arg226Gln present patient', 'MLH1 p.Arg226Gln present family']);
    expect(
      brief(
        genetics(
          'Mr. Jones, 60. BRCA2 c.5946del, pathogenic, germline. His sister was tested; she does not carry it.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient', 'BRCA2 c.5946del absent family']);
    // The same words with the patient's own gender, or no stated sex: no relative's result.
    expect(
      brief(
        genetics(
          '42F. MLH1 c.677G>A (p.Arg226Gln), pathogenic, germline - found after her mother’s workup (she carries it too).',
        ),
      ),
    ).toEqual(['MLH1 p.Arg226Gln present patient']);
    expect(
      brief(
        genetics(
          'MLH1 c.677G>A (p.Arg226Gln), pathogenic, germline - found after his mother’s workup (she carries it too).',
        ),
      ),
    ).toEqual(['MLH1 p.Arg226Gln present patient']);
  });

  it('reads a relative’s result on an indication line, and the patient’s negative for it', () => {
    expect(
      brief(
        genetics(
          'Indication: her father has Lynch syndrome. His lab (2022) found MSH2 c.1906G>C (p.Ala636Pro) - pathogenic.\nPt 33F. Targeted analysis for that variant: negative - she did not inherit it.',
        ),
      ),
    ).toEqual(['MSH2 p.Ala636Pro present family', 'MSH2 p.Ala636Pro absent patient']);
    expect(
      brief(
        genetics(
          'Reason for referral: her mother has a pathogenic BRCA1 c.68_69del variant.\nResult: the familial variant was not detected.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del absent patient']);
    // A lab that found the variant is a positive before it; "found no" stays a negative.
    expect(brief(genetics('The NGS panel identified KRAS G12D (VAF 23%).'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(brief(genetics('Testing found no pathogenic variant in BRCA1.'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
  });

  it('reads a reclassification told in a sentence of its own that points back', () => {
    const [tp53] = genetics(
      'One change was found: TP53 c.704A>G (p.Asn235Ser), reported as a VUS.\nThe laboratory now classifies this change as likely benign.',
    );
    expect(tp53?.significance).toBe('likely_benign');
    const [brca2] = genetics(
      'Germline 2018: BRCA2 c.7007G>A (p.Arg2336His), a VUS.\nIn 2024 the lab reclassified it as likely pathogenic.',
    );
    expect(brca2?.significance).toBe('likely_pathogenic');
  });

  it('reads a class-specific assay for a gene as a negative of that class', () => {
    expect(
      brief(genetics('Marrow NGS: IDH1 p.R132C present; the ITD assay for FLT3 did not show it.')),
    ).toEqual(['IDH1 p.Arg132Cys present patient', 'FLT3 duplication absent patient']);
    expect(brief(genetics('The fusion assay for ALK was negative.'))).toEqual([
      'ALK fusion absent patient',
    ]);
    expect(brief(genetics('Amplification analysis of MET did not show it.'))).toEqual([
      'MET amplification absent patient',
    ]);
    expect(brief(genetics('The FLT3 ITD assay did not show it.'))).toEqual([
      'FLT3 duplication absent patient',
    ]);
    // A whole-gene test stays gene-level.
    expect(brief(genetics('Deletion/duplication analysis of BRCA1: negative.'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
  });
});

describe('dev32: far results, carried negatives, partners told after, bracketed relatives', () => {
  it('reads the exon named after a mutation word', () => {
    expect(brief(genetics('The GIST carries a KIT mutation in exon 11.'))).toEqual([
      'KIT other 11 present patient',
    ]);
    expect(brief(genetics('PDGFRA: a variant within exon 18 was detected.'))).toEqual([
      'PDGFRA other 18 present patient',
    ]);
    // A range keeps no exon.
    expect(brief(genetics('KRAS mutation in exons 2-4 detected.'))).toEqual([
      'KRAS other present patient',
    ]);
  });

  it('reads genes called normal together without a verb, and a dash before a variant', () => {
    expect(
      brief(genetics('Colon primary: KRAS mutant - G12D - with NRAS and BRAF both normal.')),
    ).toEqual([
      'KRAS p.Gly12Asp present patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('Hotspot panel: PIK3CA and AKT1 all normal.'))).toEqual([
      'PIK3CA wild_type absent patient',
      'AKT1 wild_type absent patient',
    ]);
  });

  it('reads "did not find anything in" and "showed nothing" / "found none" as negatives', () => {
    expect(
      brief(genetics('Plasma NGS: ESR1 D538G at 1%. It did not find anything in BRCA2 or PALB2.')),
    ).toEqual([
      'ESR1 p.Asp538Gly present patient',
      'BRCA2 wild_type absent patient',
      'PALB2 wild_type absent patient',
    ]);
    expect(brief(genetics("The panel didn't show anything reportable in ATM."))).toEqual([
      'ATM wild_type absent patient',
    ]);
    expect(brief(genetics('DNMT3A was sequenced on the same run and showed nothing.'))).toEqual([
      'DNMT3A wild_type absent patient',
    ]);
    expect(
      brief(genetics('The ALK break-apart FISH test looked for a rearrangement and found none.')),
    ).toEqual(['ALK fusion absent patient']);
    // "nothing else" beside a finding is no negative of it.
    expect(brief(genetics('KRAS G12D detected; the panel showed nothing else.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it('reads a passive test verb after a gene as tying a far result to it', () => {
    expect(
      brief(
        genetics(
          'CALR was then Sanger-sequenced over exon 9 at the reference laboratory and came back wild type.',
        ),
      ),
    ).toEqual(['CALR wild_type absent patient']);
    expect(
      brief(
        genetics(
          'KRAS was also tested on the 2021 resection block by the outside lab and was wild-type.',
        ),
      ),
    ).toEqual(['KRAS wild_type absent patient']);
    // A clause with a subject of its own between is not the gene's result.
    expect(
      genetics('PTEN was examined by the panel in 2022, and her mother was positive.'),
    ).toEqual([]);
  });

  it("reads a gene's test that looked for a class, its name longer than the reach", () => {
    expect(
      brief(
        genetics(
          'The FLT3 capillary fragment analysis looked for an internal tandem duplication and none was seen.',
        ),
      ),
    ).toEqual(['FLT3 duplication absent patient']);
    expect(
      brief(genetics('The MET FISH assay on the 2022 block screened for amplification: negative.')),
    ).toEqual(['MET amplification absent patient']);
  });

  it('carries a negative to "and so was" / "as was" after it, not after a positive', () => {
    expect(
      brief(genetics('ALK and ROS1 fusions were both negative, and so was MET exon 14 skipping.')),
    ).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'MET exon_skipping 14 absent patient',
    ]);
    expect(brief(genetics('KRAS was wild-type, as was BRAF.'))).toEqual([
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('EGFR L858R was detected, and so was MET amplification.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'MET amplification present patient',
    ]);
  });

  it('reads a copy loss said as a verb, not as lost protein', () => {
    expect(brief(genetics('NGS: PTEN lost on both alleles (copy number 0).'))).toEqual([
      'PTEN copy_loss present patient',
    ]);
    expect(brief(genetics('CDKN2A: both copies deleted on the panel.'))).toEqual([
      'CDKN2A copy_loss present patient',
    ]);
  });

  it('does not read a caveat on a result’s use as a hypothetical variant', () => {
    const [palb2] = genetics(
      'Germline panel: one VUS, PALB2 c.3113G>A (p.Trp1038Ter), which should not be used for clinical decisions.',
    );
    expect(palb2?.status).toBe('present');
    expect(
      genetics('Germline: if a BRCA2 variant is found, she should have MRI screening.'),
    ).toEqual([]);
  });

  it('reads a fusion partner named after its gene with "as partner"', () => {
    const partners = (text: string) =>
      genetics(text).map((f) => `${f.gene} ${f.kind} ${f.partner}`);
    expect(partners('Tumour NGS: an FGFR2 rearrangement with AHCYL1 as partner, tier I.')).toEqual([
      'FGFR2 fusion AHCYL1',
    ]);
    expect(partners("RET fusion detected with CCDC6 as the 5' fusion partner.")).toEqual([
      'RET fusion CCDC6',
    ]);
    expect(partners('An ALK rearrangement was found, with EML4 being the partner.')).toEqual([
      'ALK fusion EML4',
    ]);
  });

  it('reads "that change" and "did not pick … up" as a negative of the variant named before', () => {
    expect(
      brief(
        genetics(
          'The 2022 resection carried EGFR L858R. The 2024 plasma draw did not pick that change up.',
        ),
      ),
    ).toEqual(['EGFR p.Leu858Arg present patient', 'EGFR p.Leu858Arg absent patient']);
    expect(brief(genetics('Tissue: KRAS G12C. The ctDNA assay did not pick up the G12C.'))).toEqual(
      ['KRAS p.Gly12Cys present patient', 'KRAS p.Gly12Cys absent patient'],
    );
  });

  it('reads a HER2 ISH call after its measurements across the semicolon after the IHC', () => {
    expect(
      brief(genetics('HER2 IHC 2+; reflex ISH ratio 1.4 with 3.1 copies/cell, so not amplified.')),
    ).toEqual(['ERBB2 amplification absent patient']);
    expect(brief(genetics('HER2 IHC 2+; FISH ratio 2.6 with 6.4 copies/cell: amplified.'))).toEqual(
      ['ERBB2 amplification present patient'],
    );
  });

  it('reads "inherited only" as covering the one variant after it', () => {
    expect(
      brief(
        genetics(
          '52M. MUTYH c.1187G>A p.(Gly396Asp) and c.1214C>T p.(Pro405Leu), both pathogenic, germline. His son inherited only the c.1214C>T - the c.1187G>A was not found in him.',
        ),
      ),
    ).toEqual([
      'MUTYH p.Gly396Asp present patient',
      'MUTYH p.Pro405Leu present patient',
      'MUTYH p.Pro405Leu present family',
      'MUTYH p.Gly396Asp absent family',
    ]);
  });

  it('reads a syndrome panel as germline', () => {
    const [apc] = genetics('The polyposis panel came back positive for APC c.3927_3931del.');
    expect(apc?.origin).toBe('germline');
    const [msh2] = genetics('Her Lynch panel found MSH2 c.942+3A>T.');
    expect(msh2?.origin).toBe('germline');
  });

  it("reads a bracket right after a relative as that relative's", () => {
    expect(
      genetics(
        '31F, accompanied by her husband (EGFR-mutant lung ca on osimertinib) with pain.',
      ).filter((f) => f.subject === 'patient'),
    ).toEqual([]);
    // A bracket that goes on about the patient stays hers.
    expect(brief(genetics('45F, seen with her daughter (pt carries BRCA2 c.5946del).'))).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
    expect(
      genetics(
        '30F, brought in by her husband (he himself is a pt of ours - ALK+ lung ca) with vomiting.',
      ),
    ).toEqual([]);
  });

  it('reads a later sentence that classes or calls the variant', () => {
    const [tp53] = genetics(
      'A blood test found TP53 c.743G>A, p.(Arg248Gln). The laboratory classes this as pathogenic.',
    );
    expect(tp53?.significance).toBe('pathogenic');
    const [chek2] = genetics('Germline: CHEK2 c.1283C>T. The lab calls it likely pathogenic.');
    expect(chek2?.significance).toBe('likely_pathogenic');
  });
});

describe('dev33: pronoun results after a semicolon, far calls, relatives as subjects, origin', () => {
  it('reads a pronoun result closing the clause after a semicolon as the result of what was named', () => {
    expect(
      brief(
        genetics(
          'APC I1307K was looked at on request because of her ancestry; it was not detected.',
        ),
      ),
    ).toEqual(['APC p.Ile1307Lys absent patient']);
    expect(
      brief(genetics('RET and NTRK1 fusions were sought on the RNA assay too; neither was found.')),
    ).toEqual(['RET fusion absent patient', 'NTRK1 fusion absent patient']);
    expect(
      brief(
        genetics(
          'BRAF and NRAS were sequenced on the archival block last year; neither showed a mutation.',
        ),
      ),
    ).toEqual(['BRAF wild_type absent patient', 'NRAS wild_type absent patient']);
    // A pronoun result that names another sample is another test's: not read back.
    expect(
      brief(genetics('EGFR L858R was found in the tissue; it was not detected in plasma.')),
    ).toEqual(['EGFR p.Leu858Arg present patient']);
  });

  it('reads a gene\'s test verb then "the <class>" as that class\'s result', () => {
    expect(
      brief(genetics('FLT3 was tested by PCR fragment sizing and the ITD was not detected.')),
    ).toEqual(['FLT3 duplication absent patient']);
    expect(
      brief(genetics('ROS1 was checked by break-apart FISH and the rearrangement was negative.')),
    ).toEqual(['ROS1 fusion absent patient']);
  });

  it('reads a test sent and resulted in one sentence, its result after "and"', () => {
    expect(
      brief(genetics('CALR exon 9 had been sent by the referring team in 2022 and was negative.')),
    ).toEqual(['CALR wild_type absent patient']);
    expect(brief(genetics('MPL W515L was sent off at diagnosis and came back negative.'))).toEqual([
      'MPL p.Trp515Leu absent patient',
    ]);
    // Still sent, no result: nothing.
    expect(genetics('MPL W515L was sent off at diagnosis and is pending.')).toEqual([]);
  });

  it('reads an ISH call in the sentence after the IHC, "so no amplification"', () => {
    expect(
      brief(
        genetics(
          'HER2 IHC 2+. Dual-probe ISH performed on the biopsy: ratio 1.4, 3.0 signals/cell, so no amplification.',
        ),
      ),
    ).toEqual(['ERBB2 amplification absent patient']);
    expect(
      brief(genetics('HER2 2+ (equivocal). FISH then done: HER2/CEP17 ratio 2.5, amplification.')),
    ).toEqual(['ERBB2 amplification present patient']);
  });

  it('keeps a result whose only condition is on the drug ("if needed")', () => {
    expect(
      brief(genetics('- KRAS G12C, tier IA (sotorasib could be used later if required)')),
    ).toEqual(['KRAS p.Gly12Cys present patient']);
    expect(genetics('If KRAS G12C is found, sotorasib.')).toEqual([]);
  });

  it('reads a relative as the subject of "carries it" and a test that "came back with the same one"', () => {
    expect(
      brief(
        genetics(
          'Mr B has MLH1 c.350C>T, pathogenic. His daughter Ruth (33) had predictive testing at another centre and the daughter carries it too.',
        ),
      ),
    ).toEqual(['MLH1 c.350C>T present patient', 'MLH1 c.350C>T present family']);
    expect(
      brief(genetics('She carries PALB2 c.3113G>A. Her sister (41) does not carry it.')),
    ).toEqual(['PALB2 c.3113G>A present patient', 'PALB2 c.3113G>A absent family']);
    expect(
      brief(
        genetics(
          'She is a known ATM c.7271T>G carrier and her cousin’s test came back in May with the same one.',
        ),
      ),
    ).toEqual(['ATM c.7271T>G present patient', 'ATM c.7271T>G present family']);
  });

  it('reads "normal for both genes" as a negative of the genes named before', () => {
    expect(
      brief(genetics('Her germline MLH1/MSH2 panel came back normal for both genes.')),
    ).toEqual(['MLH1 wild_type absent patient', 'MSH2 wild_type absent patient']);
  });

  it('reads "the targeted test … and was negative" as a test of the family variant', () => {
    expect(
      brief(
        genetics(
          'His mother carries BRCA2 c.5946del, pathogenic; he had the targeted test in 2021 and was negative.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family', 'BRCA2 c.5946del absent patient']);
  });

  it('reads the origin of tumour specimens and of a predisposition question', () => {
    const fromSurgery = genetics(
      'PMH: known MSH6 carrier.\nMolecular pathology on the colectomy specimen (reviewed in clinic): KRAS G12D detected.',
    );
    expect(fromSurgery.find((f) => f.gene === 'KRAS')?.origin).toBe('somatic');
    const profiled = genetics(
      'HEREDITARY CANCER CLINIC\nHer lung cancer was profiled at diagnosis: EGFR: negative; ALK: not detected.',
      'en',
      'genetic_counselling',
    );
    expect(profiled.map((f) => f.origin)).toEqual(['somatic', 'somatic']);
    const predisposition = genetics(
      'Because a tumour predisposition syndrome was considered, a germline panel was sent in May: no pathogenic variants in BAP1 or PALB2.',
    );
    expect(predisposition.map((f) => f.origin)).toEqual(['germline', 'germline']);
    // A germline referral only sent does not make a tumour variant germline.
    const [atm] = genetics(
      'Tissue NGS: ATM p.R3008C at 51%, tier III - possible germline, germline testing requested (result awaited).',
    );
    expect(atm?.origin).toBe('somatic');
  });

  it('keeps a paragraph label as the source of later sentences on its line', () => {
    const found = genetics(
      'PMH: BRCA2 carrier.\nMolecular results from the lobectomy (discussed at the tumour board today): all reported. Sequencing showed KRAS G12V (tier I). The STK11 gene was sequenced and no pathogenic variant was found.',
    );
    expect(found.map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'BRCA2 germline',
      'KRAS somatic',
      'STK11 somatic',
    ]);
  });

  it('does not give a variant the class trailing the previous variant, nor miss a class told of "it"', () => {
    const [kras, tp53] = genetics(
      'Tumour NGS found KRAS G12D, tier IA, at 31%, and TP53 p.R248Q at 28% with no tier given.',
    );
    expect(kras?.significance).toBe('pathogenic');
    expect(tp53?.significance).toBeNull();
    const [msh2] = genetics(
      'Germline panel: MSH2 c.942+3A>T in intron 5; it is predicted to weaken the donor site and is classified LIKELY PATHOGENIC.',
    );
    expect(msh2?.significance).toBe('likely_pathogenic');
    const [chek2] = genetics(
      'Germline panel: CHEK2 c.470T>C, heterozygous - this missense change is a low-penetrance allele and is reported as LIKELY BENIGN.',
    );
    expect(chek2?.significance).toBe('likely_benign');
  });
});

describe('dev34: relatives past asides, reason phrases, origin words, ISH calls told in prose', () => {
  it('reads "the same change" as the variant named before, and a time between "found" and "to have"', () => {
    expect(
      brief(
        genetics(
          'He carries MLH1 c.1852_1854del, pathogenic; his brother has since tested positive for the same change.',
        ),
      ),
    ).toEqual(['MLH1 c.1852_1854del present patient', 'MLH1 c.1852_1854del present family']);
    expect(
      brief(
        genetics(
          'Her aunt was found in 2021 to carry ATM c.7271T>G, pathogenic, so we offered her cousin testing.',
        ),
      ),
    ).toEqual(['ATM c.7271T>G present family']);
    // A change in management is no variant.
    expect(genetics('No BRCA2 variant found. The same change in management applies.')).toEqual([
      expect.objectContaining({ gene: 'BRCA2', status: 'absent' }),
    ]);
  });

  it('keeps a relative as the subject past a "who" aside, and not the reason a test was sent', () => {
    expect(
      brief(
        genetics(
          'Her mother, who was treated for ovarian cancer at 49, carries a pathogenic BRCA1 variant, c.68_69del.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family']);
    expect(
      brief(
        genetics(
          'His blood panel in 2023, sent because his father had colon cancer at 45, found MSH2 c.942+3A>T, pathogenic.',
        ),
      ),
    ).toEqual(['MSH2 c.942+3A>T present patient']);
    expect(
      brief(
        genetics(
          'Genetics saw him in 2022 after his sister’s pancreatic cancer: his saliva test showed PALB2 c.509_510del, pathogenic.',
        ),
      ),
    ).toEqual(['PALB2 c.509_510del present patient']);
    // The relative's own variant inside the reason stays the relative's.
    expect(brief(genetics('Because her sister carries BRCA2 c.5946del, she was tested.'))).toEqual([
      'BRCA2 c.5946del present family',
    ]);
  });

  it('takes "likely pathogenic" whole before the gene, not the "pathogenic" inside it', () => {
    const [rad51c] = genetics(
      'Her hereditary panel showed a likely pathogenic RAD51C splice variant, c.706-2A>G.',
    );
    expect(rad51c?.significance).toBe('likely_pathogenic');
  });

  it('reads the origin of a carrier, a blood panel, an organ tested and a gene-named syndrome', () => {
    expect(genetics('As discussed, she carries the CHEK2 c.1100delC variant.')[0]?.origin).toBe(
      'germline',
    );
    expect(genetics('The resected tumour carried a KRAS G12D mutation.')[0]?.origin).toBe(
      'somatic',
    );
    expect(genetics('Her blood panel found ATM c.7271T>G, VUS.')[0]?.origin).toBe('germline');
    const uterus = genetics(
      'FAP - germline APC c.3927_3931delAAAGA, pathogenic.\nMolecular classification on the uterus: POLE exonuclease domain sequencing showed no pathogenic variant. Sequencing found TP53 c.844C>T (tier II).',
    );
    expect(uterus.map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'APC germline',
      'POLE somatic',
      'TP53 somatic',
    ]);
    const polyposis = genetics(
      'PMH: MUTYH-associated polyposis (c.1187G>A homozygous, pathogenic); metastatic melanoma, BRAF-mutated.',
    );
    expect(polyposis.map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'MUTYH germline',
      'BRAF somatic',
    ]);
    expect(
      genetics('PMH: PTEN hamartoma tumour syndrome (PTEN c.388C>T); thyroid ca 2020.')[0]?.origin,
    ).toBe('germline');
    // A germline test only offered does not make the tumour's variants germline.
    const offered = genetics(
      'Tumour NGS: ATM p.R3008C at 50%, tier III; the lab wondered if it might be constitutional and we offered a germline panel.',
    );
    expect(offered[0]?.origin).toBe('somatic');
  });

  it('reads an ISH call told in a later clause of the HER2 sentence, and ADC as no gene', () => {
    expect(
      brief(
        genetics(
          'HER2 on the gastric biopsy was 2+ by IHC, so it went on to FISH, which was positive (ratio 2.7).',
        ),
      ),
    ).toEqual(['ERBB2 amplification present patient']);
    expect(
      brief(
        genetics(
          'HER2 was 2+ by IHC on the core, and the reflex SISH done on the same block showed no amplification.',
        ),
      ),
    ).toEqual(['ERBB2 amplification absent patient']);
    expect(
      genetics('Screen for the HER2-directed ADC trial; ADC amplification of the signal.'),
    ).toEqual([]);
  });

  it('reads "neither gene" as the negative of the genes named before, and a promoter call as methylation', () => {
    expect(
      brief(genetics('KRAS and NRAS were sequenced on the block; neither gene had a mutation.')),
    ).toEqual(['KRAS wild_type absent patient', 'NRAS wild_type absent patient']);
    expect(
      brief(
        genetics(
          'We tested the MLH1 promoter, which is hypermethylated, and BRAF, where V600E was identified.',
        ),
      ),
    ).toEqual(['BRAF p.Val600Glu present patient']);
  });
});

describe('dev35: class negatives, hotspot classes, pronoun patients, coordinated relatives', () => {
  it('reads "negative for rearrangement/fusion/amplification" after a list as that class', () => {
    expect(brief(genetics('ALK and ROS1 negative for fusion by FISH.'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(
      brief(genetics('MET and ERBB2 were both negative for amplification on the plasma assay.')),
    ).toEqual(['MET amplification absent patient', 'ERBB2 amplification absent patient']);
    // A gene-level "negative for mutation" stays gene-level.
    expect(brief(genetics('KRAS was negative for mutation.'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
  });

  it('gives an exon-level class that always means another gene to that gene, past a clause end', () => {
    expect(
      brief(
        genetics('He has no ALK or RET fusion, and exon 14 skipping was looked for and not found.'),
      ),
    ).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'MET exon_skipping 14 absent patient',
    ]);
    expect(brief(genetics('KRAS G12C detected. Exon 19 deletion: not detected.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
      'EGFR exon_deletion 19 absent patient',
    ]);
    // The gene's own exon-level classes stay its own.
    expect(
      brief(genetics('EGFR: exon 19 deletion detected; exon 20 insertion not detected.')),
    ).toEqual(['EGFR exon_deletion 19 present patient', 'EGFR exon_insertion 20 absent patient']);
  });

  it('reads an ITD named without its gene as FLT3', () => {
    expect(
      brief(
        genetics('Marrow NGS: NPM1 c.863_864insTCTG at 38%. ITD negative by fragment analysis.'),
      ),
    ).toEqual(['NPM1 c.863_864insTCTG present patient', 'FLT3 duplication absent patient']);
    expect(
      brief(
        genetics(
          'The panel found FLT3 p.D835Y at 5%. The capillary ITD assay was negative, so the FLT3 change is TKD only.',
        ),
      ),
    ).toEqual(['FLT3 p.Asp835Tyr present patient', 'FLT3 duplication absent patient']);
  });

  it('reads a pronoun carrier result of the patient’s own gender as the patient’s', () => {
    expect(
      brief(
        genetics(
          'Mr K, 52. His mother carries BRCA2 c.5946del. He had a targeted test in May. He does not carry it.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family', 'BRCA2 c.5946del absent patient']);
    // A relative of that gender in the paragraph before stays the antecedent.
    expect(
      brief(
        genetics(
          '42F. Her mother carries BRCA2 c.5946del. Her sister was tested last year. She carries it too.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family']);
  });

  it('reads a relative opening the sentence as the subject of a coordinated verb', () => {
    expect(
      brief(
        genetics(
          'His sister, Anna, was diagnosed with breast cancer at 41 and was subsequently found to carry BRCA2 c.5946del.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present family']);
    expect(
      brief(
        genetics(
          'Her mother (72) had ovarian cancer at 60 and tested positive for BRCA1 c.68_69del.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family']);
  });

  it('reads a named relative’s variant and a test of it told with pronouns', () => {
    expect(
      brief(
        genetics(
          'Mr L., 63. His brother, Owen, carries BRCA2 c.9097dup. The targeted test for Owen’s variant: he has not inherited it.',
        ),
      ),
    ).toEqual(['BRCA2 c.9097dup present family', 'BRCA2 c.9097dup absent patient']);
    const blood = genetics(
      '52F. Tumour NGS found BRCA2 c.5946del at 48%. Her blood was tested for it and it was not there, so it is somatic.',
    );
    expect(brief(blood)).toEqual([
      'BRCA2 c.5946del present patient',
      'BRCA2 c.5946del absent patient',
    ]);
    expect(blood.map((f) => f.origin)).toEqual(['somatic', 'germline']);
    expect(
      brief(
        genetics(
          'Ms T., 48. Her sister Maria carries BRCA1 c.68_69del. We looked for Maria’s variant in Ms T.: not detected.',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del absent patient']);
  });

  it('reads relatives only booked to be seen as no result', () => {
    expect(
      brief(
        genetics(
          'Her blood panel found TP53 c.844C>T, pathogenic. Her son has an appointment with genetics about the TP53 variant.',
        ),
      ),
    ).toEqual(['TP53 c.844C>T present patient']);
  });

  it('takes the source of "the same panel" from the prose sentence before', () => {
    const found = genetics(
      'Her germline test in 2021 found CHEK2 c.1100delC, i.e. a moderate-penetrance allele. The same panel showed no variant in ATM. NGS of the tumour found KRAS G12D.',
    );
    expect(found.map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'CHEK2 germline',
      'ATM germline',
      'KRAS somatic',
    ]);
  });

  it('reads deletions "encompassing" exons, and stains named as the method', () => {
    expect(
      brief(
        genetics('Lynch syndrome - germline MSH2 deletion encompassing exons 1-6, pathogenic.'),
      ),
    ).toEqual(['MSH2 exon_deletion present patient']);
    expect(brief(genetics('MLPA: a BRCA1 deletion spanning exon 13 was detected.'))).toEqual([
      'BRCA1 exon_deletion 13 present patient',
    ]);
    expect(brief(genetics('ALK by IHC (D5F3) negative; ROS1 FISH negative.'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('ALK/ROS1 immunohistochemistry: both negative.'))).toEqual([]);
  });

  it('gives a class after a family name to the family, and keeps list members apart', () => {
    expect(brief(genetics('Nothing actionable (no BRAF V600E, no FGFR fusion).'))).toEqual([
      'BRAF p.Val600Glu absent patient',
    ]);
    expect(brief(genetics('No ALK, RET or NTRK fusion detected.'))).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
    ]);
    expect(
      brief(genetics('NGS found no mutation in KRAS or NRAS, and MET was not amplified.')),
    ).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'MET amplification absent patient',
    ]);
  });

  it('reads a fronted object "tested for and absent", and "absent," closing its clause', () => {
    expect(brief(genetics('KRAS G12C was tested for, and was negative.'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
    ]);
    expect(
      brief(genetics('BRAF V600E is absent, and the RNA panel did not show a RET fusion.')),
    ).toEqual(['BRAF p.Val600Glu absent patient', 'RET fusion absent patient']);
  });

  it('reads a kit’s other targets listed after their negative, and "confirmed it as" c.', () => {
    expect(
      brief(
        genetics(
          'The hotspot kit detected KRAS G12D; all remaining hotspots were negative (G12C, G12V, Q61H).',
        ),
      ),
    ).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS p.Gly12Cys absent patient',
      'KRAS p.Gly12Val absent patient',
      'KRAS p.Gln61His absent patient',
    ]);
    const confirmed = genetics(
      'The PCR kit detected EGFR L858R. Sequencing of the block later confirmed it as c.2573T>G.',
    );
    expect(confirmed.map((f) => `${f.gene} ${f.hgvs_c} ${f.hgvs_p}`)).toEqual([
      'EGFR c.2573T>G p.Leu858Arg',
    ]);
  });

  it('reads a syndrome acronym heading its variant, and a genetics work-up, as germline', () => {
    expect(genetics('PMH: FAP - APC c.3927_3931del, pathogenic.')[0]?.origin).toBe('germline');
    expect(
      genetics('In 2015 her genetics work-up found BRCA2 c.5946del, pathogenic.')[0]?.origin,
    ).toBe('germline');
  });
});

describe('dev36: far results, pronouns, named relatives and classes told apart', () => {
  it('reads "showed no variants" as closing the list before it, and "clean for" as heading one', () => {
    expect(
      brief(genetics('IDH1, IDH2 and TP53 showed no variants and the CEBPA bZIP region is clean.')),
    ).toEqual([
      'IDH1 wild_type absent patient',
      'IDH2 wild_type absent patient',
      'TP53 wild_type absent patient',
      'CEBPA wild_type absent patient',
    ]);
    expect(brief(genetics('The myeloid panel was otherwise clean for ASXL1 and EZH2.'))).toEqual([
      'ASXL1 wild_type absent patient',
      'EZH2 wild_type absent patient',
    ]);
    expect(brief(genetics('The germline panel came back normal for BRCA1 and BRCA2.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    // Still a heading before "in", and nothing for "no other mutations" beside a finding.
    expect(brief(genetics('The panel showed no mutations in KRAS or NRAS.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS G12D detected; the panel showed no other mutations.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(genetics('Her FBC was normal for age.')).toEqual([]);
  });

  it('gives a class that names its own gene after "and" to that gene', () => {
    expect(
      brief(genetics('The tumour showed a TP53 R273H and homozygous deletion of PTEN.')),
    ).toEqual(['TP53 p.Arg273His present patient', 'PTEN copy_loss present patient']);
    expect(brief(genetics('NGS: KRAS G12D detected, plus amplification of MET.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'MET amplification present patient',
    ]);
    expect(brief(genetics('NGS: EGFR exon 19 deletion and amplification.'))).toEqual([
      'EGFR exon_deletion 19 present patient',
      'EGFR amplification present patient',
    ]);
  });

  it('reads RET/PTC names as the RET fusion label and ACC as a tumour, not genes', () => {
    expect(brief(genetics('FNA: NCOA4-RET (RET/PTC3) rearrangement detected.'))).toEqual([
      'RET fusion NCOA4 present patient',
    ]);
    expect(
      brief(genetics('Tumour: the ACC panel found an exon 3 deletion in CTNNB1; APC wild-type.')),
    ).toEqual(['CTNNB1 exon_deletion 3 present patient', 'APC wild_type absent patient']);
  });

  it('expands the RAS genes by their letters after "genes" and in any order', () => {
    expect(brief(genetics('No mutation in any of the RAS genes (K, N and H).'))).toEqual([
      'HRAS wild_type absent patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('RAS genes (N/K): wild type.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('names a KMT2A fusion after its 3′ partner', () => {
    expect(brief(genetics('RT-PCR: KMT2A::AFF1 detected; KMT2A-MLLT10 not detected.'))).toEqual([
      'AFF1 fusion KMT2A present patient',
      'MLLT10 fusion KMT2A absent patient',
    ]);
  });

  it('reads a capitalised "Children’s" in a lab or hospital name as no relative', () => {
    const found = genetics(
      "RNA fusion panel (Boston Children's Hospital): KIAA1549::BRAF fusion detected.",
    );
    expect(brief(found)).toEqual(['BRAF fusion KIAA1549 present patient']);
    expect(brief(genetics("Her children's results: both carry BRCA2 c.5946del.")).at(0)).toContain(
      'family',
    );
  });

  it('reads a class past a dash aside, and "no tier" as no class', () => {
    expect(
      genetics(
        'RNA panel: an EML4 exon 13 :: ALK exon 20 junction - i.e. the variant 1 transcript, well described - which the lab lists as tier IA.',
      )[0]?.significance,
    ).toBe('pathogenic');
    const tiers = genetics(
      'Marrow NGS: SF3B1 K700E at 22%, tier I. TP53 p.R273H at 31% - the report gives it no tier. ASXL1 p.G646fs at 10%, not tiered by the lab.',
    );
    expect(tiers.map((f) => `${f.gene} ${f.significance}`)).toEqual([
      'SF3B1 pathogenic',
      'TP53 null',
      'ASXL1 null',
    ]);
  });

  it('reads "reported as not detected" as a negative', () => {
    expect(brief(genetics('KRAS and NRAS were both reported as not detected.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('EGFR T790M was reported as absent on the repeat.'))).toEqual([
      'EGFR p.Thr790Met absent patient',
    ]);
  });

  it('ties "and neither gene showed …" to the genes of a long test phrase', () => {
    const found = genetics(
      'She had BRCA1 and BRCA2 sequencing on a saliva sample through the cancer genetics clinic in 2019 and neither gene showed a pathogenic variant.',
    );
    expect(brief(found)).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(
      brief(
        genetics(
          'He had KRAS and NRAS testing on the 2019 resection at the regional lab and neither showed a mutation.',
        ),
      ),
    ).toEqual(['KRAS wild_type absent patient', 'NRAS wild_type absent patient']);
  });

  it('reads a pronoun carrier result after a colon or dash by the patient’s stated sex', () => {
    expect(
      brief(
        genetics(
          'Pt: 9 y/o girl.\nHer germline TP53 test showed c.844C>T, pathogenic. Her dad was tested in May: he has it too.',
        ),
      ),
    ).toEqual(['TP53 c.844C>T present patient', 'TP53 c.844C>T present family']);
    expect(
      brief(
        genetics(
          '58M.\n\nHis sister carries MLH1 c.1852_1854del, classified pathogenic. When that was found he had targeted testing for her variant (2020, blood) - he does not carry it.',
        ),
      ),
    ).toEqual(['MLH1 c.1852_1854del present family', 'MLH1 c.1852_1854del absent patient']);
  });

  it('reads a class told after "and" in the next sentence, and one told of a list together', () => {
    expect(
      genetics(
        'The blood panel found one change in BRCA2: c.5946del, a frameshift (often written 6174delT). It is a recurrent founder allele in many families of this background, and the lab calls it likely pathogenic.',
      )[0]?.significance,
    ).toBe('likely_pathogenic');
    const both = genetics(
      'Her blood panel found two changes in MUTYH, c.536A>G (p.Tyr179Cys) and c.1187G>A (p.Gly396Asp). Both were classified as pathogenic.',
    );
    expect(both.map((f) => f.significance)).toEqual(['pathogenic', 'pathogenic']);
  });

  it('takes the exon named before the gene for its variant', () => {
    const kit = genetics(
      'Gastric GIST: a point mutation in exon 11 of KIT, c.1669T>C (p.Trp557Arg), was found.',
    );
    expect(kit.map((f) => `${f.exon} ${f.significance}`)).toEqual(['11 pathogenic']);
  });

  it('reads a sentence opened by a relative’s first name as the relative’s', () => {
    expect(
      brief(
        genetics(
          'He came because of his brother Tomas. Tomas was found last year to carry MLH1 c.1852_1854del, reported pathogenic. Our patient has not been tested.',
        ),
      ),
    ).toEqual(['MLH1 c.1852_1854del present family']);
    expect(
      brief(genetics('Mrs Smith, 50. Mary was found to carry BRCA2 c.5946del.')).at(0),
    ).toContain('patient');
  });

  it('reads a test "negative for" the class it sought as that gene’s class negative', () => {
    expect(
      brief(
        genetics(
          'At diagnosis her FLT3 fragment analysis was negative for an ITD, NPM1 was unmutated.',
        ),
      ),
    ).toEqual(['FLT3 duplication absent patient', 'NPM1 wild_type absent patient']);
    expect(brief(genetics('The ALK FISH assay was negative for rearrangement.'))).toEqual([
      'ALK fusion absent patient',
    ]);
  });
});

describe('dev37: purpose clauses, sarcoma fusions, stain patterns, bare ALK changes, named owners', () => {
  it('reads a test done "to exclude" or "to rule out" something as a result when one is stated', () => {
    expect(
      brief(
        genetics(
          'To exclude a dedifferentiated liposarcoma mimic, MDM2 FISH was also done and was not amplified.',
        ),
      ),
    ).toEqual(['MDM2 amplification absent patient']);
    expect(
      brief(
        genetics(
          'The pathologist added TFE3 break-apart FISH to exclude a translocation carcinoma and it was negative (3% split nuclei).',
        ),
      ),
    ).toEqual(['TFE3 fusion absent patient']);
    expect(
      brief(genetics('KIT sequencing was sent to rule out a GIST and came back wild-type.')),
    ).toEqual(['KIT wild_type absent patient']);
    // Still a purpose only, with no result stated.
    expect(genetics('Plan: plasma NGS to rule out T790M.')).toEqual([]);
  });

  it('reads a FISH test as the subject of a result a few words on', () => {
    expect(brief(genetics('ALK break-apart FISH on the cell block in 2021 was positive.'))).toEqual(
      ['ALK fusion present patient'],
    );
  });

  it('takes the 3′ gene of round-cell sarcoma fusions and reads a breakpoint written gene-exon to gene-exon', () => {
    expect(
      brief(genetics('RNA fusion panel: no CIC::DUX4 and no BCOR::CCNB3 fusion detected.')),
    ).toEqual(['DUX4 fusion CIC absent patient', 'CCNB3 fusion BCOR absent patient']);
    expect(brief(genetics('Targeted RNA sequencing: CIC-DUX4 fusion detected.'))).toEqual([
      'DUX4 fusion CIC present patient',
    ]);
    expect(
      brief(
        genetics(
          'The RNA assay identified the partner as FLI1 (EWSR1 exon 7 to FLI1 exon 6, type 1).',
        ),
      ),
    ).toEqual(['FLI1 fusion EWSR1 present patient']);
    expect(brief(genetics('The RNA panel found EML4 exon 13 to ALK exon 20.'))).toEqual([
      'ALK fusion EML4 present patient',
    ]);
    expect(
      brief(genetics('Clear cell sarcoma: EWSR1::ATF1 fusion confirmed by RNA sequencing.')),
    ).toEqual(['ATF1 fusion EWSR1 present patient']);
  });

  it('reads a stain pattern (nuclear, membranous) and CD99 as protein results', () => {
    expect(
      genetics('Biopsy: small round blue cell tumour, CD99 diffuse membranous, NKX2.2 positive.'),
    ).toEqual([]);
    expect(genetics('CD99 strongly positive, FLI1 nuclear positive.')).toEqual([]);
    expect(
      brief(genetics('TFE3 diffuse nuclear positivity; TFE3 break-apart FISH positive.')),
    ).toEqual(['TFE3 fusion present patient']);
  });

  it('gives bare ALK resistance changes after the fusion to ALK', () => {
    expect(
      brief(
        genetics(
          'Plasma NGS: the TPM3-ALK fusion is still there. No resistance mutation: G1202R and L1196M were both reported not detected.',
        ),
      ),
    ).toEqual([
      'ALK fusion TPM3 present patient',
      'ALK p.Gly1202Arg absent patient',
      'ALK p.Leu1196Met absent patient',
    ]);
    expect(brief(genetics('Plasma: I1171N not detected; G1269A not detected.'))).toEqual([
      'ALK p.Ile1171Asn absent patient',
      'ALK p.Gly1269Ala absent patient',
    ]);
    // A hotspot under its gene wrapped at the line end is not read alone as found.
    expect(
      brief(
        genetics(
          'Stage IV NSCLC (EGFR L858R) on osimertinib (plasma 03/2025: no EGFR\nT790M, no other EGFR mutations).',
        ),
      ),
    ).not.toContain('EGFR p.Thr790Met present patient');
  });

  it('reads a variant owned by a relative named by first name as the client’s negative', () => {
    expect(
      brief(
        genetics(
          "His sister Maria (59) carries BRCA2 c.8537_8538del. He has not inherited Maria's BRCA2 variant.",
        ),
      ),
    ).toContain('BRCA2 c.8537_8538del absent patient');
    expect(
      brief(
        genetics(
          "Her brother Owen carries PALB2 c.509_510del. She does not carry Owen's c.509_510del.",
        ),
      ),
    ).toContain('PALB2 c.509_510del absent patient');
  });

  it('reads exons or genes called unremarkable as a negative', () => {
    expect(
      brief(
        genetics(
          'BRAF exon 15 was wild-type, and the KIT exons they cover (9, 11, 13 and 17) were unremarkable as well.',
        ),
      ),
    ).toEqual(['BRAF wild_type absent patient', 'KIT wild_type absent patient']);
    expect(brief(genetics('Germline BRCA1/2 testing was unremarkable.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
  });
});

describe('dev37 (round 2): coverage lists, codon changes carried on, c. told later', () => {
  it('reads a bracketed gene list after a test noun as coverage when a positive names its own gene', () => {
    expect(
      brief(
        genetics(
          'The hereditary breast panel (BRCA1, BRCA2, PALB2 and CHEK2) identified a pathogenic BRCA2 c.5946del.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient']);
    expect(
      brief(genetics('Somatic NGS (KRAS, NRAS, BRAF) showed KRAS G12D in the liver biopsy.')),
    ).toEqual(['KRAS p.Gly12Asp present patient']);
    // A negative after the bracket is the whole list's.
    expect(brief(genetics('The panel (BRCA1, BRCA2, PALB2) was negative.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'PALB2 wild_type absent patient',
    ]);
  });

  it('keeps bare codon changes with the one gene of the clause before, past a two-gene kit name', () => {
    expect(
      brief(
        genetics(
          'They ran a KRAS/NRAS PCR kit on the block: in KRAS, G12C was detected, while the G12D, G13D and Q61H assays were negative.',
        ),
      ),
    ).toEqual([
      'KRAS p.Gly12Cys present patient',
      'KRAS p.Gly12Asp absent patient',
      'KRAS p.Gly13Asp absent patient',
      'KRAS p.Gln61His absent patient',
    ]);
    expect(
      brief(
        genetics(
          'Hotspot PCR (EGFR/KRAS): for EGFR, L858R was detected, whereas the T790M assay was negative.',
        ),
      ),
    ).toEqual(['EGFR p.Leu858Arg present patient', 'EGFR p.Thr790Met absent patient']);
  });

  it('merges a substitution told later in the codon of the one protein change found', () => {
    const found = genetics(
      'The PCR kit found KRAS G12C, while the G12D and G13D assays were negative. Because the kit reports only the codon, the block went for sequencing, and the report gives the KRAS change as c.34G>T, a G>T transversion.',
    );
    expect(found.filter((f) => f.status === 'present')).toHaveLength(1);
    expect(found[0]).toMatchObject({ gene: 'KRAS', hgvs_c: 'c.34G>T', hgvs_p: 'p.Gly12Cys' });
  });
});

describe('genetics extractor, English dev38 phenomena', () => {
  it("reads a numbered test block's result line as the result of its heading", () => {
    const text =
      'MYELOID MOLECULAR REPORT\n' +
      'Test 1 - KIT D816V (ddPCR)\n' +
      '  Result: not detected.\n' +
      '  Interpretation: no evidence of systemic mastocytosis.\n' +
      'Test 2 - PDGFRA (Sanger)\n' +
      '  Result: negative.\n' +
      'Test 3 - ETV6::NTRK3 (RT-PCR)\n' +
      '  Result: not detected.\n' +
      'Test 4 - TP53 copy number (MLPA)\n' +
      '  Result: no homozygous deletion.';
    expect(brief(genetics(text, 'en', 'molecular_pathology'))).toEqual([
      'KIT p.Asp816Val absent patient',
      'PDGFRA wild_type absent patient',
      'NTRK3 fusion ETV6 absent patient',
      'TP53 copy_loss absent patient',
    ]);
    // A result line naming a change of its own is read as before; the heading's gene takes it.
    expect(
      brief(
        genetics(
          'Test 1: NPM1 (fragment analysis)\n  Result: c.860_863dup detected, pathogenic.',
          'en',
          'molecular_pathology',
        ),
      ),
    ).toEqual(['NPM1 c.860_863dup present patient']);
  });

  it('reads a gene right after the "no" of "showed no … mutation" as negative', () => {
    expect(brief(genetics('The 2021 tumour panel showed no PIK3CA mutation.'))).toEqual([
      'PIK3CA wild_type absent patient',
    ]);
  });

  it('keeps an earlier negative of a gene beside its later variant', () => {
    const text =
      'Breast cancer (dx 2021; the primary tumour panel showed no ESR1 mutation).\n' +
      'ctDNA at progression (05/2025): ESR1 c.1610A>C p.(Tyr537Ser), VAF 2.3%.';
    expect(brief(genetics(text))).toEqual([
      'ESR1 wild_type absent patient',
      'ESR1 p.Tyr537Ser present patient',
    ]);
  });

  it('gives a list on "the same panel" the source of the panel named before it', () => {
    const found = genetics(
      'Genetics: germline SDHB c.268C>T p.(Arg90Ter), pathogenic (2020 panel). SDHC, SDHD and MAX on the same panel showed no pathogenic variant.',
      'en',
      'progress',
    );
    expect(found.map((f) => `${f.gene} ${f.status} ${f.origin}`)).toEqual([
      'SDHB present germline',
      'SDHC absent germline',
      'SDHD absent germline',
      'MAX absent germline',
    ]);
  });

  it('takes no germline result from a suspicion or a germline test only requested', () => {
    const text =
      'Tumour NGS (block B2):\n' +
      '  TP53  c.743G>A  p.(Arg248Gln)   VAF 48%   Tier I\n' +
      'Comment: This variant could be germline; germline TP53 testing has been requested and will be reported separately.';
    const found = genetics(text, 'en', 'pathology');
    expect(found.map((f) => `${f.gene} ${f.status} ${f.origin}`)).toEqual(['TP53 present somatic']);
  });

  it('reads a blood check of a tumour variant as germline, past a conclusion naming the tumour', () => {
    const text =
      'Tissue NGS on the biopsy reported ATM c.7271T>G, p.(Val2424Gly), at 55%. We sent blood for a targeted test for that ATM variant, and it was not found, so this is an acquired change in the tumour.';
    const found = genetics(text, 'en', 'oncology_consult');
    expect(found.map((f) => `${f.gene} ${f.status} ${f.origin}`)).toEqual([
      'ATM present somatic',
      'ATM absent germline',
    ]);
  });

  it('reads a lesion sequenced as a tumour test, and a suspicion of a germline source as no result', () => {
    const text =
      'Molecular: the liver metastasis was sequenced in 2024. It shows TP53 c.743G>A, p.(Arg248Gln). No NRAS mutation. Because the R248Q change can be inherited, his blood was sent for germline TP53 testing, which was negative.';
    const found = genetics(text, 'en', 'oncology_consult');
    expect(found.map((f) => `${f.gene} ${f.kind} ${f.status} ${f.origin}`)).toEqual([
      'TP53 snv present somatic',
      'NRAS wild_type absent somatic',
      'TP53 wild_type absent germline',
    ]);
  });
});

describe('dev50 mechanisms in English: constitutional tests outside cancer (fgja50)', () => {
  const row = (findings: readonly GeneticAnnotation[]) =>
    findings
      .map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.exon ?? '-'} ${f.status} ${f.origin}`)
      .sort();

  it('reads an unsourced result in a hereditary-disease note as germline', () => {
    const text = [
      'Cardiomyopathy clinic. Endomyocardial biopsy: amyloid, TTR type.',
      'TTR sequencing (peripheral blood): p.Val142Ile heterozygous.',
    ].join('\n');
    expect(row(genetics(text))).toEqual(['TTR p.Val142Ile - present germline']);
  });

  it('reads a TTR legacy name and an exon-skipping therapy', () => {
    expect(
      row(genetics('Hereditary ATTR polyneuropathy, TTR V30M confirmed on genetic testing.')),
    ).toEqual(['TTR p.Val50Met - present germline']);
    expect(
      row(
        genetics(
          'DMD: deletion of exon 50 by MLPA (hemizygous). Amenable to exon 51 skipping therapy.',
        ),
      ),
    ).not.toContain('DMD exon_skipping 51 present germline');
  });
});

describe('genetics extractor, English: results attributed to a protein or a DNA method', () => {
  it('reads the DNA-level result of a gene over its stain result', () => {
    expect(
      brief(genetics('ROS1 rearrangement: negative by FISH, positive by immunohistochemistry.')),
    ).toEqual(['ROS1 fusion absent patient']);
    expect(brief(genetics('ALK: IHC (5A4) positive; break-apart FISH: negative.'))).toEqual([
      'ALK fusion absent patient',
    ]);
    expect(
      brief(
        genetics('ALK positive on immunostaining but dual-colour FISH showed no rearrangement.'),
      ),
    ).toEqual(['ALK fusion absent patient']);
    expect(brief(genetics('NTRK1: pan-TRK IHC positive, RNA NGS negative.'))).toEqual([
      'NTRK1 wild_type absent patient',
    ]);
  });

  it('keeps a DNA result that confirms the stain, and gives nothing for a stain alone', () => {
    expect(brief(genetics('ROS1 positive on IHC (D4D6); confirmed by break-apart FISH.'))).toEqual([
      'ROS1 fusion present patient',
    ]);
    expect(genetics('ROS1 negative by IHC.')).toEqual([]);
    // (FISH tests RET's rearrangement: its negative is a `fusion` one, decision 27.)
    expect(brief(genetics('ALK positive by IHC, RET negative by FISH.'))).toEqual([
      'RET fusion absent patient',
    ]);
    // Another gene's FISH after a stain is not the stained gene's result.
    expect(brief(genetics('ALK (D5F3) IHC negative; ROS1 FISH: no rearrangement.'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
  });
});

describe('genetics extractor, English: a method on its own line or as a table column header', () => {
  it('reads the DNA method line under a gene heading over the stain line', () => {
    expect(
      brief(
        genetics('ROS1 results:\n- SP384 stain: positive\n- break-apart FISH: no rearrangement'),
      ),
    ).toEqual(['ROS1 fusion absent patient']);
    expect(brief(genetics('ROS1\nimmunohistochemistry: negative\nRNA NGS: positive'))).toEqual([
      'ROS1 fusion present patient',
    ]);
    // A stain line alone under its gene gives nothing (decision 14).
    expect(genetics('ROS1 status:\nIHC (SP384): positive')).toEqual([]);
  });

  it('keeps a method line to the gene heading it, not to the gene above that', () => {
    expect(
      brief(genetics('ROS1\nIHC (SP384): positive\nRET\nRT-PCR: no fusion transcript')),
    ).toEqual(['RET fusion absent patient']);
  });

  it('reads a table column headed by a method as the method of its cells', () => {
    expect(
      brief(genetics('Target | Immunohistochemistry | FISH\nROS1 | positive | not detected')),
    ).toEqual(['ROS1 fusion absent patient']);
    // A stain column's result alone is no finding.
    expect(genetics('Target | IHC | FISH\nROS1 | positive | pending')).toEqual([]);
  });
});

describe('genetics extractor, English: a gene-bound negative against a verb of finding', () => {
  it("reads the gene's own negative over a finding verb that only says a test was read", () => {
    expect(brief(genetics('The panel identified NRAS wild-type.'))).toEqual([
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('Sequencing detected BRAF negative and KRAS unmutated.'))).toEqual([
      'BRAF wild_type absent patient',
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('The lab found NRAS, KRAS and BRAF all wild-type.'))).toEqual([
      'NRAS wild_type absent patient',
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('Repeat NGS found BRAF to be wild type.'))).toEqual([
      'BRAF wild_type absent patient',
    ]);
    // A named variant found stays found; the negative after it is the next gene's.
    expect(brief(genetics('The panel detected KRAS G12D and NRAS wild-type.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads "found / noted / confirmed to be" a negative as that negative', () => {
    expect(brief(genetics('NRAS and BRAF were both noted to be wild type.'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('On repeat sequencing KRAS was confirmed to be negative.'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('Her tumour was identified as BRAF wild-type.'))).toEqual([
      'BRAF wild_type absent patient',
    ]);
    // A heading negative after "found to be" still heads its list.
    expect(brief(genetics('The tumour was found to be negative for KRAS and NRAS.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });
});

describe('genetics extractor, English: a gene-negative adjective before a tumour noun', () => {
  it('reads "EGFR-negative adenocarcinoma" as a genetic negative, not a lab value', () => {
    expect(
      brief(genetics('Outside pathology describes EGFR-negative lung adenocarcinoma.')),
    ).toEqual(['EGFR wild_type absent patient']);
    expect(brief(genetics('Stage IV EGFR-neg NSCLC, now on pembrolizumab.'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    // A population statement stays one; stains and lab values stay out.
    expect(genetics('EGFR-negative tumours tend to respond to immunotherapy.')).toEqual([]);
    expect(genetics('ER-negative, PR-negative breast carcinoma.')).toEqual([]);
    expect(genetics('eGFR 48, stable CKD.')).toEqual([]);
  });
});

describe("genetics extractor, English: a relative's variant tested in the patient by reference", () => {
  it('reads a single-site or targeted test of the patient as the patient result', () => {
    expect(
      brief(
        genetics(
          'Her brother carries MLH1 c.1852_1854del; targeted testing of the patient came back positive.',
        ),
      ),
    ).toEqual(['MLH1 c.1852_1854del present family', 'MLH1 c.1852_1854del present patient']);
    expect(
      brief(
        genetics(
          'Father has a known PMS2 c.736_741del. Single-site analysis in our patient: negative.',
        ),
      ),
    ).toEqual(['PMS2 c.736_741del present family', 'PMS2 c.736_741del absent patient']);
    // A relative tested is the relative's result.
    expect(
      brief(
        genetics('Mother has a known MSH6 c.3261dup; single-site testing of her son was negative.'),
      ),
    ).toEqual(['MSH6 c.3261dup present family', 'MSH6 c.3261dup absent family']);
  });
});

describe('dev45: key-value test blocks, adjective negatives, "no detectable", "unmutated"/"normal" values', () => {
  it("reads a test's label line with its call on a later line of the block", () => {
    expect(brief(genetics('RET fusion (NGS RNA panel)\nResult: not detected'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('ROS1 rearrangement by break-apart FISH\nResult: Positive'))).toEqual([
      'ROS1 fusion present patient',
    ]);
    expect(
      brief(genetics('Test: KRAS G12C assay\nMethod: real-time PCR\nResult: Negative (see note)')),
    ).toEqual(['KRAS p.Gly12Cys absent patient']);
    expect(
      brief(
        genetics(
          'Test name: NRAS mutation analysis\nSample: FFPE block\nFinding: no mutation detected',
        ),
      ),
    ).toEqual(['NRAS wild_type absent patient']);
    expect(brief(genetics('BRAF mutation testing\nInterpretation: negative'))).toEqual([
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('RET FISH:\nNegative for rearrangement'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('KRAS (plasma, ddPCR)\nNot detected'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
  });

  it('keeps a block that names two genes, a prose line, or a table row out of it', () => {
    // Two targets: the call is not given to either.
    expect(genetics('KRAS and NRAS testing\nResult: negative')).toEqual([]);
    // A sentence is no label.
    expect(genetics('MET FISH was requested.\nResult: negative')).toEqual([]);
    // A finding's table row over a heading of the list under it keeps its own finding.
    expect(
      brief(genetics('PIK3CA  c.3140A>G  p.H1047R   VAF 22%\nNOT DETECTED\nAKT1 E17K; ESR1 D538G')),
    ).toContain('PIK3CA p.His1047Arg present patient');
    // A blank line ends the block.
    expect(genetics('ALK FISH\n\nResult: negative')).toEqual([]);
  });

  it('reads a negative adjective before the genes, without "for"', () => {
    expect(brief(genetics('Negative KRAS, NRAS and BRAF on the outside panel.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('Neg ALK/RET.'))).toEqual([
      'ALK wild_type absent patient',
      'RET wild_type absent patient',
    ]);
    expect(brief(genetics('Tumour: wild-type BRAF.'))).toEqual(['BRAF wild_type absent patient']);
    expect(brief(genetics('She has wild-type KRAS and NRAS.'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('Molecular: negative ALK, positive BRAF V600E.'))).toEqual([
      'ALK wild_type absent patient',
      'BRAF p.Val600Glu present patient',
    ]);
    // A copula makes it the result of its subject, and an ordinary word after it is no gene.
    expect(brief(genetics('NRAS exon 3 was wild-type altogether.'))).toEqual([
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads "no detectable / demonstrable" and "undetectable" as negatives', () => {
    expect(brief(genetics('No detectable BRAF mutation.'))).toEqual([
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('No identifiable ALK or ROS1 fusion.'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('No demonstrable ERBB2 amplification.'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('Undetectable PML::RARA transcripts.'))).toEqual([
      'RARA fusion PML absent patient',
    ]);
  });

  it('reads "unmutated", "nonmutated", a "normal" value and an unremarkable panel as negatives', () => {
    expect(brief(genetics('KRAS: unmutated.'))).toEqual(['KRAS wild_type absent patient']);
    expect(brief(genetics('EGFR - non-mutated'))).toEqual(['EGFR wild_type absent patient']);
    expect(brief(genetics('NRAS: normal'))).toEqual(['NRAS wild_type absent patient']);
    expect(brief(genetics('BRAF mutation analysis: normal.'))).toEqual([
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('Unremarkable NGS panel (KRAS, NRAS, BRAF).'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    // Not a range or a lab value.
    expect(genetics('Creatinine: normal. eGFR: normal.')).toEqual([]);
  });
});

describe('genetics extractor, English dev47 phenomena', () => {
  it('reads "No variants detected:" as a negative label over the genes after it', () => {
    expect(brief(genetics('NO MUTATIONS IDENTIFIED: HRAS, MAP2K1, PTEN'))).toEqual([
      'HRAS wild_type absent patient',
      'MAP2K1 wild_type absent patient',
      'PTEN wild_type absent patient',
    ]);
    expect(
      brief(
        genetics(
          'SNVs DETECTED\n  EZH2 c.2084C>T p.(Ser695Leu)  Tier II\nNo variants detected: SF3B1, SRSF2',
        ),
      ),
    ).toEqual([
      'EZH2 p.Ser695Leu present patient',
      'SF3B1 wild_type absent patient',
      'SRSF2 wild_type absent patient',
    ]);
    // A positive label still heads its genes.
    expect(brief(genetics('Variants detected: TET2, SRSF2'))).toEqual([
      'TET2 other present patient',
      'SRSF2 other present patient',
    ]);
  });

  it("keeps a fusion partner's own gene-level negative on another line", () => {
    expect(
      brief(genetics('Negative: WT1, RUNX1, GATA2\nRUNX1::RUNX1T1 fusion: not detected')),
    ).toEqual([
      'WT1 wild_type absent patient',
      'RUNX1 wild_type absent patient',
      'GATA2 wild_type absent patient',
      'RUNX1T1 fusion RUNX1 absent patient',
    ]);
    // The partner named inside its fusion's own line is no finding of its own.
    expect(brief(genetics('EML4 exon 13 :: ALK exon 20 fusion detected.'))).toEqual([
      'ALK fusion EML4 present patient',
    ]);
  });

  it('reads a slash list of exons as one word between a gene and its result', () => {
    expect(brief(genetics('PDGFRA exons 12/14/18: wild-type.'))).toEqual([
      'PDGFRA wild_type absent patient',
    ]);
    expect(brief(genetics('NRAS exons 2/3/4/5 no mutation detected'))).toEqual([
      'NRAS wild_type absent patient',
    ]);
  });

  it('keeps a named change with its HGVS in brackets found before another entry’s negative', () => {
    expect(brief(genetics('Tumour NGS: KRAS G12V (c.35G>T), NRG1 fusion negative.'))).toEqual([
      'KRAS p.Gly12Val present patient',
      'NRG1 fusion absent patient',
    ]);
  });

  it('reads no myeloproliferative neoplasm as a gene, nor tumour genotyping as germline', () => {
    expect(
      brief(genetics('JAK2 V617F detected. SRSF2 P95H is a high-risk mutation in MPN.')),
    ).toEqual(['JAK2 p.Val617Phe present patient', 'SRSF2 p.Pro95His present patient']);
    const found = genetics(
      'Rectal GIST, imatinib started before genotyping. Outside NGS: KIT exon 11 p.W557R (c.1669T>C).',
    );
    expect(found.map((f) => f.origin)).toEqual(['somatic']);
    expect(genetics('DPYD genotyping (blood): c.1905+1G>A heterozygous.')[0]?.origin).toBe(
      'germline',
    );
  });
});

describe('genetics extractor, English: trial criteria, labels and hedged text (fgjp4a)', () => {
  it('gives nothing for a change named by trial criteria, a label or a class statement', () => {
    expect(genetics('The study requires a KRAS G12C mutation.')).toEqual([]);
    expect(
      genetics('Exclusion criteria: prior EGFR exon 20 insertion or MET amplification.'),
    ).toEqual([]);
    expect(genetics('IDH2-mutant gliomas have a favorable prognosis.')).toEqual([]);
    expect(
      genetics('Talazoparib is approved for breast cancer with germline BRCA1 or BRCA2 mutations.'),
    ).toEqual([]);
    // (The patient's own result beside a criterion stays.)
    expect(
      brief(
        genetics(
          'Screened for the trial: inclusion criteria met, EGFR L858R positive on tissue NGS.',
        ),
      ),
    ).toEqual(['EGFR p.Leu858Arg present patient']);
    expect(brief(genetics('Exclusion criteria: none; EGFR L858R detected by NGS.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it('gives nothing for a change a finding is only suggestive of', () => {
    expect(genetics('Cytology is suggestive of a ROS1 rearrangement.')).toEqual([]);
    expect(
      brief(genetics('NGS detected EGFR L858R, which suggests sensitivity to osimertinib.')),
    ).toEqual(['EGFR p.Leu858Arg present patient']);
  });
});

describe('genetics extractor, English leftovers of the fgenl3 round', () => {
  it('reads a typed change tested negative, and a residual-disease negative, as that change lost', () => {
    // The type alone is found; a negative after the type or its assay wins (decisions 36, 50).
    expect(brief(genetics('Marrow at diagnosis: NPM1 type D.'))).toEqual([
      'NPM1 other present patient',
    ]);
    expect(brief(genetics('Day 100 marrow: NPM1 type B MRD: undetectable.'))).toEqual([
      'NPM1 other absent patient',
    ]);
    expect(brief(genetics('Post-consolidation NPM1 type A MRD-neg.'))).toEqual([
      'NPM1 other absent patient',
    ]);
    expect(
      brief(genetics('NPM1 type A at presentation; MRD (NPM1 type A) negative after cycle 3.')),
    ).toEqual(['NPM1 other present patient', 'NPM1 other absent patient']);
    // A residual-disease negative after a named change is that change, absent.
    expect(
      brief(genetics('AML with NPM1 c.863_864insTCTG (VAF 38%). In CR2; NPM1 MRD negative.')),
    ).toEqual(['NPM1 c.863_864insTCTG present patient', 'NPM1 c.863_864insTCTG absent patient']);
    // So is a time point of its assay's table below a heading.
    expect(
      brief(
        genetics(
          'AML, NPM1 c.860_863dup at diagnosis.\nNPM1 type A MRD (RT-qPCR, marrow):\n  after cycle 1   2.1\n  after cycle 3   not detected (ABL1 71,000 copies)\n\nPlan: observe.',
        ),
      ),
    ).toEqual(['NPM1 c.860_863dup present patient', 'NPM1 c.860_863dup absent patient']);
  });

  it('does not give a "same change" reference the negation that heads another change after it', () => {
    expect(
      brief(
        genetics(
          'Germline VHL c.499C>T (p.Arg167Trp) pathogenic. The kidney tumour showed the same VHL change at 48% and no second VHL change (R161Q not detected).',
        ),
      ),
    ).toEqual(['VHL p.Arg167Trp present patient', 'VHL p.Arg161Gln absent patient']);
  });

  it('keeps a named change found when a class of its gene after a comma carries the negative', () => {
    expect(brief(genetics('Tissue: EGFR G719S, exon 20 insertion negative.'))).toEqual([
      'EGFR p.Gly719Ser present patient',
      'EGFR exon_insertion 20 absent patient',
    ]);
  });

  it('reads a bracketed earlier detection then a later loss as two tests of the change', () => {
    expect(brief(genetics('Plasma: EGFR C797S (detected 03/2023) now lost.'))).toEqual([
      'EGFR p.Cys797Ser present patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    expect(brief(genetics('KRAS G12C (positive at baseline), since undetectable.'))).toEqual([
      'KRAS p.Gly12Cys present patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
  });

  it('reads a germline-prefixed BRCA call on a receptor-status line as a DNA result', () => {
    const found = genetics('Dx: ER+/PR-/HER2- breast cancer, gBRCA1+.');
    expect(brief(found)).toEqual(['BRCA1 other present patient']);
    expect(found[0]!.origin).toBe('germline');
  });

  it("reads the patient's bare result after a relative's named variant as that variant", () => {
    expect(
      brief(genetics('Her brother carries MSH2 c.1216C>T; the patient has since tested negative.')),
    ).toEqual(['MSH2 c.1216C>T present family', 'MSH2 c.1216C>T absent patient']);
    // Beside a tumour change only, it refers to none.
    expect(brief(genetics('Tumour: BRAF V600E. The patient tested negative.'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });
});
