import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { Language } from '../../core/types.js';

const genetics = (text: string, language: Language = 'en', noteType?: string) =>
  geneticsOf(text, language, noteType);

describe('genetics extractor', () => {
  it('reads named variants, normalised, with their gene', () => {
    expect(brief(genetics('Tumour NGS: EGFR L858R (VAF 31%); TP53 c.743G>A (p.R248Q).'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'TP53 p.Arg248Gln present patient',
    ]);
  });

  it('keeps c. and p. of one change as one finding, kind from the change', () => {
    const [f] = genetics('Germline: BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic.');
    expect(f).toMatchObject({
      gene: 'BRCA2',
      hgvs_c: 'c.5946del',
      hgvs_p: 'p.Ser1982ArgfsTer22',
      kind: 'frameshift',
      significance: 'pathogenic',
      origin: 'germline',
    });
  });

  it('makes one absent entry per gene of a negative list', () => {
    expect(brief(genetics('No pathogenic variants were identified in BRCA1 or BRCA2.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(brief(genetics('EGFR: negative; KRAS: G12C detected; ALK: not detected'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS p.Gly12Cys present patient',
      'ALK wild_type absent patient',
    ]);
  });

  it('gives a gene the class its negation names after a single-copy phrase', () => {
    expect(brief(genetics('MDM2 4 copies (gain), no amplification'))).toEqual([
      'MDM2 amplification absent patient',
    ]);
    // A negated method in brackets names no class.
    expect(
      brief(genetics('RB1 sequencing (no deletion analysis) reported as no mutation found')),
    ).toEqual(['RB1 wild_type absent patient']);
  });

  it('reads a result indented under a bare gene label line, one label at a time', () => {
    expect(
      brief(
        genetics(
          'Panel:\nBRCA1\n    No pathogenic variant detected\nBRCA2\n    No pathogenic variant detected',
        ),
      ),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    // A negative row under one label, with its scope in brackets, heads no rows after it.
    expect(
      brief(
        genetics(
          'Findings\nNRAS\n    No variant detected (codons 12, 13, 61)\nFGFR2\n    Rearrangement noted, see comment',
        ),
      ),
    ).not.toContain('FGFR2 wild_type absent patient');
  });

  it('keeps the class of a negative: fusion, amplification, exon skipping', () => {
    expect(
      brief(
        genetics(
          'No ALK/ROS1/RET fusions; ERBB2 not amplified; MET exon 14 skipping not detected.',
        ),
      ),
    ).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
      'ERBB2 amplification absent patient',
      'MET exon_skipping 14 absent patient',
    ]);
  });

  it('names fusions after the 3′ kinase gene, with the partner', () => {
    expect(
      brief(genetics('RNA panel: EML4::ALK fusion detected. RET fusion (KIF5B-RET).')),
    ).toEqual(['ALK fusion EML4 present patient', 'RET fusion KIF5B present patient']);
  });

  it('tells a relative’s result from the patient’s', () => {
    expect(
      brief(
        genetics('Her mother carries BRCA1 c.68_69del. The patient tested negative for BRCA1.'),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 wild_type absent patient']);
  });

  it('is not fooled by drugs, protein results, pending tests or kidney function', () => {
    const text = [
      'Started osimertinib (EGFR-TKI); anti-EGFR antibody not indicated.',
      'HER2 IHC 3+; ER positive; PD-L1 TPS 80%; Ki-67 30%; MMR IHC: loss of MLH1 and PMS2.',
      'MGMT promoter methylated. TMB 12 mut/Mb, MSI-H.',
      'ROS1 FISH pending. If T790M emerges, consider osimertinib.',
      'eGFR 58 mL/min; 4 METs on stress test; CAT scan ordered.',
    ].join('\n');
    expect(genetics(text)).toEqual([]);
  });

  it('reads Japanese results, full width included', () => {
    expect(
      brief(
        genetics(
          'ＥＧＦＲ遺伝子変異陽性（エクソン19欠失）。ALK融合遺伝子陰性。KRAS G12Cは未検。',
          'ja',
        ),
      ),
    ).toEqual(['EGFR exon_deletion 19 present patient', 'ALK fusion absent patient']);
  });

  it('gives drivers their default significance and origin (spec 3)', () => {
    const [f] = genetics('Lung adenocarcinoma, BRAF V600E positive, on dabrafenib/trametinib.');
    expect(f).toMatchObject({ gene: 'BRAF', significance: 'pathogenic', origin: 'somatic' });
  });

  it('takes a variant named elsewhere for a relative or the patient', () => {
    const text = [
      'Her sister carries BRCA2 c.5946del (p.Ser1982Argfs*22), pathogenic.',
      'Result: the patient does NOT carry the familial BRCA2 variant.',
    ].join('\n');
    expect(brief(genetics(text, 'en', 'genetic_counselling'))).toEqual([
      'BRCA2 p.Ser1982ArgfsTer22 present family',
      'BRCA2 p.Ser1982ArgfsTer22 absent patient',
    ]);
  });

  it('reads report tables: classification column, and other names left out', () => {
    const text = [
      'Gene     Variant                   Legacy name   VAF    Tier',
      'KEAP1    p.G333C (c.997G>T)        -             41%    IIC',
      'MUTYH    c.536A>G p.(Tyr179Cys)    Y165C         48%    III',
    ].join('\n');
    const found = genetics(text);
    expect(found.map((f) => [f.gene, f.hgvs_p, f.significance])).toEqual([
      ['KEAP1', 'p.Gly333Cys', 'pathogenic'],
      ['MUTYH', 'p.Tyr179Cys', 'uncertain'],
    ]);
  });

  it('does not read method lines or stain sections as results', () => {
    const text = [
      'Method: JAK2 V617F ddPCR; NGS of JAK2 exons 12-15.',
      'IMMUNOHISTOCHEMISTRY',
      '  ERG: positive in tumour cells. PTEN: loss of expression.',
    ].join('\n');
    expect(genetics(text)).toEqual([]);
  });

  it('maps clinical aliases to HGNC symbols', () => {
    expect(brief(genetics('HER2 (ERBB2) amplification by FISH, ratio 5.1. c-MET amp.'))).toEqual([
      'ERBB2 amplification present patient',
      'MET amplification present patient',
    ]);
  });

  // dev4 phenomena, each in wording other than the gold notes'.
  it('reads a negative heading on its own line over the list below it', () => {
    expect(brief(genetics('VARIANTS NOT DETECTED\nKRAS, NRAS, HRAS'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'HRAS wild_type absent patient',
    ]);
    expect(
      brief(genetics('■以下の遺伝子に臨床的意義のある変異は検出されず\nKRAS、NRAS', 'ja')),
    ).toEqual(['KRAS wild_type absent patient', 'NRAS wild_type absent patient']);
    // A row that was not evaluated is no result, whatever the heading says.
    expect(
      brief(
        genetics(
          'ALTERATIONS NOT DETECTED\nEGFR T790M - not detected\nMET amplification - not assessed',
        ),
      ),
    ).toEqual(['EGFR p.Thr790Met absent patient']);
  });

  it('reads kit rows, copy-number calls, conditions and suspected origins (ja dev12)', () => {
    // A single-gene kit named before its rows: each row keeps its own result.
    expect(
      brief(
        genetics(
          'コバスEGFR変異検出キット（組織）：エクソン19欠失 陰性、エクソン20挿入 陽性',
          'ja',
        ),
      ),
    ).toEqual(['EGFR exon_deletion 19 absent patient', 'EGFR exon_insertion 20 present patient']);
    expect(brief(genetics('ERBB2：コピー数 5（増幅の判定基準を満たさない）。', 'ja'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('腫瘍組織NGS：PTEN 欠失（コピー数 0）を検出。', 'ja'))).toEqual([
      'PTEN copy_loss present patient',
    ]);
    expect(genetics('BRAF V600E変異があればエンコラフェニブを考慮する。', 'ja')).toEqual([]);
    expect(genetics('ALK融合遺伝子の有無で治療方針を決める。', 'ja')).toEqual([]);
    const suspected = genetics(
      '腫瘍組織パネル：ATM c.5932G>T を検出。生殖細胞系列由来の可能性は否定できない。',
      'ja',
    );
    expect(suspected.map((f) => [f.status, f.origin])).toEqual([['present', 'somatic']]);
  });

  it('reads list labels that add list words to the result', () => {
    expect(brief(genetics('検出されなかった遺伝子・変異：KRAS、NRAS、BRAF V600E', 'ja'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF p.Val600Glu absent patient',
    ]);
    expect(brief(genetics('KRAS、NRAS、BRAF V600Eはいずれも陰性でした。', 'ja'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF p.Val600Glu absent patient',
    ]);
  });

  it('gives the class of a negative heading with a colon to the genes after it', () => {
    expect(brief(genetics('No rearrangements identified for: ALK, ROS1.'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it('keeps a region negative apart from the class negative of the same gene', () => {
    expect(brief(genetics('FLT3-ITD not detected. FLT3-TKD not detected.'))).toEqual([
      'FLT3 duplication absent patient',
      'FLT3 wild_type absent patient',
    ]);
    // Beside a pathogenic finding of the gene, a region negative adds nothing.
    expect(brief(genetics('BCR::ABL1 detected. ABL1 kinase domain: no mutations.'))).toEqual([
      'ABL1 fusion BCR present patient',
    ]);
  });

  it('keeps a mutation-panel negative beside a fusion of the same gene', () => {
    expect(
      brief(genetics('Prior hotspot panel: no ROS1 mutation. RNA NGS: CD74-ROS1 fusion detected.')),
    ).toEqual(['ROS1 wild_type absent patient', 'ROS1 fusion CD74 present patient']);
  });

  it('reads a conditional before a list result as hypothetical', () => {
    expect(
      genetics('Should the panel be negative for KRAS, NRAS and BRAF, consider RNA testing.'),
    ).toEqual([]);
    expect(genetics('増悪時は耐性機序を検索（T790Mなど）。', 'ja')).toEqual([]);
  });

  it('reads copy number 0 as copy loss and exon ranges in brackets', () => {
    expect(brief(genetics('PTEN loss (CN 0). RB1 deletion (exons 2-5) detected.'))).toEqual([
      'PTEN copy_loss present patient',
      'RB1 exon_deletion present patient',
    ]);
  });

  it('links a class cell to the gene cell after it in a table row', () => {
    expect(brief(genetics('Type | Gene | Detail\nAmplification | MET | copy number 12'))).toEqual([
      'MET amplification present patient',
    ]);
  });

  it('reads an intronic c. written on a bare transcript, and drops p.?', () => {
    const found = genetics('Germline: MSH2 NM_000251.3:c.942+3A>T detected, pathogenic.');
    expect(found.map((f) => [f.gene, f.hgvs_c, f.hgvs_p])).toEqual([['MSH2', 'c.942+3A>T', null]]);
    expect(genetics('PALB2 c.3350+1G>A p.? detected.').map((f) => [f.hgvs_c, f.hgvs_p])).toEqual([
      ['c.3350+1G>A', null],
    ]);
  });

  it('reads a legacy name given as another name as no finding of its own', () => {
    expect(
      brief(
        genetics(
          'Germline result: heterozygous for BRCA2 c.5946del, historically called 6174delT.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient']);
  });

  it('reads offered testing of relatives and the family result as no result of the patient', () => {
    expect(
      brief(
        genetics(
          'Germline result: MLH1 c.350C>T, pathogenic. Predictive testing of her children for MLH1 c.350C>T is advised.',
        ),
      ),
    ).toEqual(['MLH1 c.350C>T present patient']);
    expect(
      brief(
        genetics(
          'Her brother carries MSH6 c.3261dup. Today we discussed testing for the MSH6 variant that was identified in the family.',
        ),
      ),
    ).toEqual(['MSH6 c.3261dup present family']);
  });

  it('reads a capitalised function word as the word, not the gene (WAS)', () => {
    expect(brief(genetics("Her son's result: BRCA1 c.68_69del WAS IDENTIFIED."))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
  });

  it('reads assay tables with an exon column', () => {
    const text = [
      'KIT MUTATION PCR',
      '',
      'Exon   Target      Result',
      '11     Deletions   Detected',
      '17     D816V       Not detected',
      '9      Insertions  Not detected',
    ].join('\n');
    expect(genetics(text).map((f) => [f.gene, f.kind, f.exon, f.hgvs_p, f.status])).toEqual([
      ['KIT', 'exon_deletion', 11, null, 'present'],
      ['KIT', 'snv', 17, 'p.Asp816Val', 'absent'],
      ['KIT', 'exon_insertion', 9, null, 'absent'],
    ]);
    // "G719X (G719A/C/S)": the letters list what the assay covers; one codon finding.
    const cobas = [
      'EGFR PCR',
      '',
      'Exon   Mutation    Result',
      '18     G719X (G719A/C/S)   Not detected',
    ];
    expect(genetics(cobas.join('\n')).map((f) => [f.gene, f.hgvs_p, f.exon])).toEqual([
      ['EGFR', null, 18],
    ]);
  });

  it('reads Japanese wordings that are not results', () => {
    expect(brief(genetics('TP53 R175H（治療標的なし）', 'ja'))).toEqual([
      'TP53 p.Arg175His present patient',
    ]);
    expect(genetics('PIK3CA H1047Rに対する承認薬はなし。', 'ja')).toEqual([]);
    expect(
      genetics('PALB2　c.1676A>G　ヘテロ接合　おそらく良性（主治医の希望により記載）', 'ja').map(
        (f) => f.significance,
      ),
    ).toEqual(['likely_benign']);
    expect(
      brief(
        genetics('母がBRCA1 c.68_69delを保持している。本人：当該バリアントは検出されず。', 'ja'),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del absent patient']);
  });

  it('reads a dotted classification row and gene-level NPM1 as a driver', () => {
    const text = [
      '  Gene ........ MSH6',
      '  Variant ..... c.3261dup',
      '  Class ....... Pathogenic',
    ].join('\n');
    expect(genetics(text, 'en', 'germline_report').map((f) => f.significance)).toEqual([
      'pathogenic',
    ]);
    expect(
      genetics('Marrow NGS: NPM1 mutated.').map((f) => [f.gene, f.kind, f.significance]),
    ).toEqual([['NPM1', 'other', 'pathogenic']]);
  });

  it('reads telegraphic abbreviations: variants sharing a gene keep their own signs', () => {
    expect(
      brief(genetics('ctDNA 02/24: KRAS G12V +ve (VAF 3%), G12D -ve, Q61H -ve. ERBB2 not amp.')),
    ).toEqual([
      'KRAS p.Gly12Val present patient',
      'KRAS p.Gly12Asp absent patient',
      'KRAS p.Gln61His absent patient',
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('Panel: BRAF mut+ (V600E), NRAS (-).'))).toEqual([
      'BRAF p.Val600Glu present patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads a negative that closes a sentence about a list, exon classes staying with their gene', () => {
    expect(
      brief(
        genetics(
          'NRAS, HRAS, PIK3CA and EGFR exon 20 insertion were all on the tissue panel, and none of them was mutated.',
        ),
      ),
    ).toEqual([
      'NRAS wild_type absent patient',
      'HRAS wild_type absent patient',
      'PIK3CA wild_type absent patient',
      'EGFR exon_insertion 20 absent patient',
    ]);
  });

  it('does not give a found alteration the "no alteration" of the next gene', () => {
    expect(brief(genetics('Tumour NGS: PTEN homozygous del, ARID1A no mutation.'))).toEqual([
      'PTEN copy_loss present patient',
      'ARID1A wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS/BRAF testing: NRAS Q61K positive.'))).toEqual([
      'NRAS p.Gln61Lys present patient',
    ]);
  });

  it('reads RAS genes written by their letters', () => {
    expect(brief(genetics('Extended RAS: K/N-RAS wild type.')).sort()).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it("reads relatives' predictive results against the note's only variant", () => {
    const text = [
      'Germline: MSH2 c.942+3A>T, pathogenic.',
      '- Her brother Paul (40) tested positive in May.',
      '- Niece Kate was tested in June: negative.',
      'His sister has since been tested for the familial variant and did not carry it.',
    ].join('\n');
    expect(brief(genetics(text, 'en', 'genetic_counselling'))).toEqual([
      'MSH2 c.942+3A>T present patient',
      'MSH2 c.942+3A>T present family',
      'MSH2 c.942+3A>T absent family',
    ]);
    expect(
      brief(
        genetics(
          'Your father carries MLH1 c.1852_1854del. Your result: you do not carry the MLH1 variant.',
        ),
      ),
    ).toEqual(['MLH1 c.1852_1854del present family', 'MLH1 c.1852_1854del absent patient']);
  });

  it('reads star-allele genotypes and a bare TERT promoter legacy name; HLA typing is no finding', () => {
    const pgx = genetics('DPYD genotyping: *1/*2A. CYP2D6 *1/*1. HLA-A*31:01 positive.');
    expect(pgx.map((f) => [f.gene, f.kind, f.status, f.origin])).toEqual([
      ['DPYD', 'other', 'present', 'germline'],
      ['CYP2D6', 'wild_type', 'absent', 'germline'],
    ]);
    expect(
      genetics('Glioma panel: TERT promoter C250T detected.').map((f) => [f.gene, f.hgvs_c]),
    ).toEqual([['TERT', 'c.-146C>T']]);
    expect(genetics('UGT1A1遺伝子多型：*28/*28', 'ja').map((f) => [f.gene, f.origin])).toEqual([
      ['UGT1A1', 'germline'],
    ]);
  });

  it('takes the origin of a mixed clause from its label, or from words right after a negative', () => {
    expect(
      genetics(
        'Tumour sequencing (resection): PALB2 c.3113G>A detected, somatic only, as germline testing was negative.',
      ).map((f) => [f.status, f.origin]),
    ).toEqual([['present', 'somatic']]);
    expect(
      genetics('・生殖細胞系列：ATM c.7271T>G（腫瘍にも検出）', 'ja').map((f) => f.origin),
    ).toEqual(['germline']);
    expect(
      genetics('IGHV mutated (94% identity to germline). Marrow: SF3B1 K700E detected.').map(
        (f) => f.origin,
      ),
    ).toEqual(['somatic']);
    expect(
      genetics('Other variants (non-actionable): ARID1A c.1234C>T.').map((f) => f.significance),
    ).toEqual([null]);
  });
  it('reads per-gene prose negatives of MMR genes as DNA results', () => {
    expect(
      brief(
        genetics(
          'Results by gene:\nPMS2: no likely pathogenic variant was found.\nMSH6: no variant detected.',
        ),
      ),
    ).toEqual(['PMS2 wild_type absent patient', 'MSH6 wild_type absent patient']);
    // A stain's "wild-type pattern" and "retained" stay protein results.
    expect(genetics('p53 IHC: wild-type pattern. MMR IHC: MSH2/MSH6 retained.')).toEqual([]);
  });

  it('skips method lists labelled "targets" and reads a class word heading a list', () => {
    expect(
      brief(genetics('Targets covered: ALK, RET fusions.\nResult: no RET fusion was found.')),
    ).toEqual(['RET fusion absent patient']);
    expect(brief(genetics('Fusions: ROS1 and NTRK1 not detected.'))).toEqual([
      'ROS1 fusion absent patient',
      'NTRK1 fusion absent patient',
    ]);
  });

  it('negates the named variants of an "including" list and keeps the gene-level negative', () => {
    expect(brief(genetics('NRAS: no variant identified, such as Q61K or Q61R.'))).toEqual([
      'NRAS p.Gln61Lys absent patient',
      'NRAS p.Gln61Arg absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('BRAF変異（V600E、V600Kなど）は認めず。', 'ja'))).toEqual([
      'BRAF p.Val600Glu absent patient',
      'BRAF p.Val600Lys absent patient',
      'BRAF wild_type absent patient',
    ]);
  });

  it('reads FAP as the syndrome outside genetic context', () => {
    expect(
      genetics('Colonoscopy clear; he is unlikely to have FAP, so routine screening.'),
    ).toEqual([]);
  });

  it('reads loss at progression and wrapped timeline entries', () => {
    expect(
      brief(
        genetics(
          '  2022  Plasma: KRAS G12D present.\n  2024  Repeat plasma: KRAS G12D no longer\n        detectable; BRAF and NRAS\n        wild-type.',
        ),
      ),
    ).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS p.Gly12Asp absent patient',
      'BRAF wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });
});

describe('genetics: the chart of a relative tested (en decisions 67, 76; ja 50, 58, 59)', () => {
  it('makes the proband family and the tested relative the patient', () => {
    expect(
      brief(
        genetics(
          "Re: Mr Owen Hart (son of Mrs Carol Hart)\nOwen came for a predictive test. Referred as the son of the proband, Mrs Hart, who carries PALB2 c.3113G>A p.(Trp1038*), pathogenic.\nOwen's result: positive for the familial PALB2 variant.",
        ),
      ),
    ).toEqual(['PALB2 p.Trp1038Ter present family', 'PALB2 p.Trp1038Ter present patient']);
  });

  it('reads a relative named earlier in the sentence or on the line, before the result', () => {
    // Pre-test visit: the relative's result is the only finding.
    expect(
      brief(
        genetics(
          'Client: Ms Lara Quinn, 29.\nFamily: her father (58) was diagnosed at 50; his\ntesting in 2023 found MLH1 c.350C>T p.(Thr117Met), pathogenic.\nBlood taken for predictive testing; result awaited.',
        ),
      ),
    ).toEqual(['MLH1 p.Thr117Met present family']);
    expect(
      brief(
        genetics(
          '来談者：長男（33歳）。\n発端者：父。PMS2 c.1831dup（p.Ile611Asnfs*2）、病的バリアント。\n長男のシングルサイト検査：父と同じバリアントを保持していた。\n次男は陰性。',
          'ja',
        ),
      ),
    ).toEqual([
      'PMS2 p.Ile611AsnfsTer2 present family',
      'PMS2 p.Ile611AsnfsTer2 present patient',
      'PMS2 p.Ile611AsnfsTer2 absent family',
    ]);
  });

  it('gives an unnamed familial variant as `other`, its single-site negative not wild_type', () => {
    expect(
      brief(
        genetics(
          'Client: Mr Dev Patel, 40.\nProband: his sister, who has a pathogenic MSH6 variant (report not available).\nSingle-site analysis for the familial MSH6 variant: negative.',
        ),
      ),
    ).toEqual(['MSH6 other present family', 'MSH6 other absent patient']);
    expect(
      brief(
        genetics(
          '来談者：次女（27歳）。\n発端者：母。他院でBRCA2の病的バリアントと診断された。\n結果：母の病的バリアントは認めなかった。',
          'ja',
        ),
      ),
    ).toEqual(['BRCA2 other present family', 'BRCA2 other absent patient']);
  });

  it("keeps the proband's own chart as before", () => {
    expect(
      brief(
        genetics(
          'Proband: this patient. BRCA2 c.5946del, pathogenic. Her daughter was tested in May: negative.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient', 'BRCA2 c.5946del absent family']);
    // 来談者：本人 is the patient's own visit.
    expect(
      brief(
        genetics('来談者：本人（50歳）。BRCA1 c.68_69del 病的バリアントを保持。娘は非保持。', 'ja'),
      ),
    ).toEqual(['BRCA1 c.68_69del present patient', 'BRCA1 c.68_69del absent family']);
  });

  it('keeps a dated earlier gene-level negative beside a later variant (decision 36)', () => {
    expect(
      brief(genetics('2021 liver bx NGS: PIK3CA wt.\nctDNA 05/2025: PIK3CA H1047R (VAF 5.6%).')),
    ).toEqual(['PIK3CA wild_type absent patient', 'PIK3CA p.His1047Arg present patient']);
  });

  it('reads the germline prefix of BRCA shorthand (decision 110)', () => {
    const found = genetics('Genomics: gBRCA1/2 wt (hereditary panel 2024).');
    expect(brief(found)).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(found.map((f) => f.origin)).toEqual(['germline', 'germline']);
  });

  it('gives a class negated after its gene label that class (CDKN2A/B: no homozygous deletion)', () => {
    expect(brief(genetics('NGS report 2025: CDKN2A/B: no homozygous deletion.'))).toEqual([
      'CDKN2A copy_loss absent patient',
      'CDKN2B copy_loss absent patient',
    ]);
  });

  it('reads a stain named in brackets after the result as a protein test', () => {
    expect(brief(genetics('Path: IDH1 R132H+ (IHC). ALK neg (IHC), EGFR wt on NGS.'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
  });
});

describe('genetics extractor, results that change inside one record (dev40, fgen40)', () => {
  const row = (text: string, noteType?: string) =>
    genetics(text, 'en', noteType).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.significance} ${f.subject}`,
    );

  it('uses the current class of an amended report, not the superseded one', () => {
    const text = [
      'AMENDED GERMLINE REPORT',
      '  PALB2   c.2816T>G   p.(Leu939Trp)   heterozygous',
      '  Original classification (2019): Variant of uncertain significance',
      '  Revised classification (2025): LIKELY PATHOGENIC',
    ].join('\n');
    expect(row(text, 'germline_report')).toEqual([
      'PALB2 p.Leu939Trp present likely_pathogenic patient',
    ]);
    // The key on a line of its own, its class on the line under it.
    const stacked = [
      'Gene: RAD51D',
      'Variant: c.620C>T',
      'Protein: p.(Ser207Leu)',
      'Zygosity: heterozygous',
      'Previous classification (2017):',
      '    Likely benign',
      'Current classification (2024):',
      '    Likely pathogenic',
    ].join('\n');
    expect(row(stacked, 'germline_report')).toEqual([
      'RAD51D p.Ser207Leu present likely_pathogenic patient',
    ]);
  });

  it('reads a reclassification that points back to a variant three sentences before', () => {
    const text =
      'Your 2020 test found one change in the MLH1 gene, c.1724G>A, p.(Arg575Lys). It was called a variant of uncertain significance. We said it should not guide your care.\n\nEvidence is reviewed every year. After new family studies the laboratory has reclassified this change as PATHOGENIC.';
    expect(row(text, 'genetic_counselling')).toContain(
      'MLH1 p.Arg575Lys present pathogenic patient',
    );
  });

  it('drops a result withdrawn later in the note, and a corrected report’s superseded value', () => {
    const withdrawn = [
      'Molecular (first report): KRAS G12D DETECTED. BRAF: no mutation detected.',
      'Correction: the KRAS result in the first report came from a mislabelled tube and is withdrawn. Repeat testing: KRAS (exons 2, 3, 4): no mutation detected.',
    ].join('\n');
    expect(row(withdrawn)).toEqual([
      'BRAF wild_type absent null patient',
      'KRAS wild_type absent null patient',
    ]);
    const corrected = [
      '*** CORRECTED REPORT ***',
      'Reason: typing error. The original report listed AKT1 c.49G>T p.(Glu17Ter). The variant is c.49G>A p.(Glu17Lys).',
      'AKT1  c.49G>A  p.(Glu17Lys)  VAF 18%  Tier IIC',
    ].join('\n');
    expect(row(corrected)).toEqual(['AKT1 p.Glu17Lys present pathogenic patient']);
  });

  it('gives a relative the result read from their report or told after their test', () => {
    const read =
      'Patient (45F) phoned. Her father was tested in Leeds; she has his report and read out: PMS2 c.736_741del p.(Pro246_Pro247del), pathogenic.';
    expect(row(read)).toEqual(['PMS2 p.Pro246_Pro247del present pathogenic family']);
    const told =
      'Dear Mr Novak,\nYour sister had genetic testing last year. It showed a pathogenic variant in the PALB2 gene, c.3113G>A, p.(Trp1038Ter). You may now have a predictive test for it.';
    expect(row(told, 'genetic_counselling')).toEqual([
      'PALB2 p.Trp1038Ter present pathogenic family',
    ]);
  });

  it('reads a stressed function word before a participle as the word (WAS detected)', () => {
    expect(
      genetics('Her brother had the targeted MLPA test: the familial deletion WAS confirmed.').map(
        (f) => f.gene,
      ),
    ).not.toContain('WAS');
  });

  it('keeps an earlier test’s gene-level negative under a dated or "previous" heading', () => {
    const text = [
      'Current results:',
      '  RUNX1  c.601C>T   p.(Arg201Ter)   VAF 21%   Tier I   NEW',
      'Previous results (05/2021, same panel):',
      '  RUNX1        not detected',
    ].join('\n');
    expect(row(text)).toEqual([
      'RUNX1 p.Arg201Ter present pathogenic patient',
      'RUNX1 wild_type absent null patient',
    ]);
    const dated = [
      '- 2020 lung bx NGS: KRAS G12C, tier I. STK11: no mutation.',
      'NEW: plasma 03/02/2025 at progression:',
      '  STK11 p.Q37* (c.109C>T)   2.1%',
    ].join('\n');
    expect(row(dated).filter((f) => f.startsWith('STK11'))).toEqual([
      'STK11 wild_type absent null patient',
      'STK11 p.Gln37Ter present null patient',
    ]);
  });
});

describe('genetics extractor, English lines inside Japanese notes (dev51)', () => {
  it('reads the English lines of a Japanese note with the English rules', () => {
    // A pasted English result list with dotted leaders: "Not detected" is a negative.
    const leaders = [
      '外注パネルの英文結果：',
      '  BRAF V600E .................... Not detected',
      '  NRAS Q61K ..................... Not detected',
      '  KIT fusion .................... Not detected',
      '  NRAS G12D ..................... DETECTED',
      '所見：NRAS変異陽性。',
    ].join('\n');
    expect(brief(genetics(leaders, 'ja'))).toEqual([
      'NRAS p.Gly12Asp present patient',
      'BRAF p.Val600Glu absent patient',
      'NRAS p.Gln61Lys absent patient',
      'KIT fusion absent patient',
    ]);
    // English negative lists ("No … detected in: …", "… - no alterations detected").
    const lists = [
      '血漿検体の英文報告：',
      '  Alterations detected: PIK3CA E545K (2.1%)',
      '  No alterations detected in: ESR1, AKT1',
      '  Pertinent negatives: FGFR2, FGFR3 - no fusions detected',
    ].join('\n');
    expect(brief(genetics(lists, 'ja'))).toEqual([
      'PIK3CA p.Glu545Lys present patient',
      'ESR1 wild_type absent patient',
      'AKT1 wild_type absent patient',
      'FGFR2 fusion absent patient',
      'FGFR3 fusion absent patient',
    ]);
    // A Japanese note without English lines is read as before; a bare "EGFR L858R" row keeps
    // to the Japanese heading above it.
    expect(brief(genetics('検出された変異：\n  EGFR L858R\nALK融合遺伝子は陰性。', 'ja'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'ALK fusion absent patient',
    ]);
  });

  it('reads a spaced dash as a row’s column break ("EGFR - not detected")', () => {
    const text = ['  NRAS Q61R - detected', '  EGFR - not detected', '  MET - not detected'].join(
      '\n',
    );
    expect(brief(genetics(text))).toEqual([
      'NRAS p.Gln61Arg present patient',
      'EGFR wild_type absent patient',
      'MET wild_type absent patient',
    ]);
  });

  it('ends an aligned table row before a line at the margin', () => {
    const text = [
      '  Gene    Variant              Classification',
      '  CHEK2   c.1100del (p.T367Mfs*15)   Pathogenic',
      '  ATM     c.5558A>T (p.D1853V)   Uncertain Significance',
      'Negative (no reportable variants found): PALB2, RAD51C',
    ].join('\n');
    expect(brief(genetics(text, 'en', 'germline_report'))).toEqual([
      'CHEK2 p.Thr367MetfsTer15 present patient',
      'ATM p.Asp1853Val present patient',
      'PALB2 wild_type absent patient',
      'RAD51C wild_type absent patient',
    ]);
  });
});

describe('genetics extractor, serial tables and family classes (dev40, fgen40b)', () => {
  it('reads a draw column headed by a variant: a not-detected draw is its absent entry', () => {
    const text = [
      'Plasma monitoring',
      'Visit  Collected    BRAF c.1799T>A p.(Val600Glu)   Comment',
      '1      03/01/2024   12.5%                          baseline',
      '2      05/03/2024   not detected                   on dabrafenib',
      '3      09/09/2024   2.1%                           progression',
    ].join('\n');
    expect(brief(genetics(text))).toEqual([
      'BRAF p.Val600Glu present patient',
      'BRAF p.Val600Glu absent patient',
    ]);
  });

  it('does not read a plain gene table row below a variant as its draw', () => {
    const text = [
      'Gene   Finding                  Note',
      'EGFR   EGFR p.(Leu858Arg)       exon 21',
      'KRAS   not detected             codons 12/13',
    ].join('\n');
    expect(brief(genetics(text))).not.toContain('EGFR p.Leu858Arg absent patient');
  });

  it("gives a draw's gene-level negative the gene's variant tracked in that column", () => {
    const text = [
      'Draw  Date         ESR1 status                     PIK3CA',
      '1     14/02/2024   ESR1 c.1610A>C p.(Tyr537Ser) 3.1%   PIK3CA p.(His1047Arg) 8%',
      '2     20/06/2024   ESR1 not detected               PIK3CA p.(His1047Arg) 6%',
    ].join('\n');
    const found = brief(genetics(text));
    expect(found).toContain('ESR1 p.Tyr537Ser absent patient');
    expect(found).not.toContain('ESR1 wild_type absent patient');
  });

  it("reads the family's deletion named by its class as the patient's exon deletion", () => {
    const text = [
      'Proband: PMS2 deletion of exons 3-5 (MLPA), heterozygous, pathogenic.',
      '- Her niece was tested in 05/2024 and carries the familial PMS2 deletion.',
    ].join('\n');
    const found = genetics(text).map((f) => `${f.gene} ${f.kind} ${f.status} ${f.subject}`);
    expect(found).toContain('PMS2 exon_deletion present family');
    expect(found).not.toContain('PMS2 other present family');
  });
});

describe('genetics extractor, report layouts pasted flat (dev39, fgen39c)', () => {
  it('reads a pipe table whose row breaks were lost by its columns', () => {
    const found = genetics(
      'Colon adenoCA, tissue NGS pasted:\nGene | Variant | VAF | Tier BRAF | p.V600E | 22% | IA SMAD4 | p.R361H (c.1082G>A) | 18% | IIB FBXW7 | p.R465C | 9% | III KRAS | wild-type | - | -\nPlan: FOLFOX.',
    );
    expect(found.map((f) => `${f.gene} ${f.status} ${f.significance}`)).toEqual([
      'BRAF present pathogenic',
      'SMAD4 present pathogenic',
      'FBXW7 present uncertain',
      'KRAS absent null',
    ]);
  });

  it('reads a key-value block pasted as one line of tab cells', () => {
    const found = genetics(
      'Breast clinic. Germline panel copied in:\nResult: POSITIVE\tGene\tATM\tVariant\tc.7271T>G (p.Val2424Gly)\tZygosity\tHeterozygous\tClassification\tPathogenic\tBRCA2\tNo pathogenic variant detected\nPlan: MRI screening.',
    );
    expect(found.map((f) => `${f.gene} ${f.kind} ${f.status} ${f.significance}`)).toEqual([
      'ATM snv present pathogenic',
      'BRCA2 wild_type absent null',
    ]);
  });

  it('reads a tier written as a key row of a finding block', () => {
    const found = genetics(
      'TUMOUR PROFILING\nFinding 1\n  Gene:      PIK3CA\n  Protein:   p.(His1047Arg)\n  VAF:       20%\n  Tier:      IIA\n\nFinding 2\n  Gene:      ARID1A\n  Protein:   p.(Gln563Ter)\n  VAF:       12%\n  Tier:      III\n',
    );
    expect(found.map((f) => `${f.gene} ${f.significance}`)).toEqual([
      'PIK3CA pathogenic',
      'ARID1A uncertain',
    ]);
  });

  it('reads a bare loss or deletion in a genomic result as a homozygous copy loss', () => {
    const loss = (text: string) =>
      genetics(text)
        .filter((f) => f.status === 'present')
        .map((f) => `${f.gene} ${f.kind}`);
    expect(loss('Tumour NGS (liver met): SMAD4 loss; KRAS p.G12D.')).toEqual([
      'SMAD4 copy_loss',
      'KRAS snv',
    ]);
    expect(loss('Genomic alterations: ARID1A deletion, PTEN deleted')).toEqual([
      'ARID1A copy_loss',
      'PTEN copy_loss',
    ]);
    expect(loss('The Tempus xT report showed loss of RB1.')).toEqual(['RB1 copy_loss']);
    expect(loss('Profiling notable for MTAP/CDKN2A co-deletion.')).toEqual([
      'MTAP copy_loss',
      'CDKN2A copy_loss',
    ]);
    expect(loss('KEY RESULTS\n  * NF2 loss - Tier IIB\n  * BAP1 p.Q40* - Tier IIA')).toEqual([
      'NF2 copy_loss',
      'BAP1 snv',
    ]);
    expect(loss('Somatic panel: RB1: deleted (CN 0); TP53 wild-type.')).toEqual(['RB1 copy_loss']);
    expect(loss('CGP: SMAD4 CN=0, KRAS G12V.')).toEqual(['SMAD4 copy_loss', 'KRAS snv']);
    expect(loss('Gene | Alteration | CN\nPTEN | Loss (homozygous) | 0')).toEqual([
      'PTEN copy_loss',
    ]);
    expect(loss('Molecular profile - SMARCB1 loss; NF2 loss.')).toEqual([
      'SMARCB1 copy_loss',
      'NF2 copy_loss',
    ]);
    expect(loss('Molecular testing: MLH1 loss by IHC.')).toEqual([]);
  });

  it('keeps stains, single-copy losses, LOH and second hits out of copy losses', () => {
    const none = (text: string) => genetics(text).filter((f) => f.kind === 'copy_loss');
    expect(none('NGS done; PTEN loss on immunohistochemistry.')).toEqual([]);
    expect(
      none('Copy number: RB1 single-copy loss (CN 1), below the reporting threshold.'),
    ).toEqual([]);
    expect(none('Genomic findings: NF1 loss (1 copy).')).toEqual([]);
    expect(none('NGS: BRCA2 c.5946del, VAF 70% with loss of the wild-type allele.')).toEqual([]);
    expect(none('Tumour panel: dMMR, MLH1/PMS2 loss; MSI-high.')).toEqual([]);
    expect(none('Alterations: chromosome 9p loss; CDKN2A not assessed.')).toEqual([]);
    expect(none('Somatic NGS: ATM - LOH only.')).toEqual([]);
    expect(
      none('KRAS G12C (Tier I) found.\nThe STK11 loss may blunt immunotherapy benefit.'),
    ).toEqual([]);
  });

  it('reads a copy loss told by its vendor, method, tumour subject or result row', () => {
    const loss = (text: string) =>
      genetics(text)
        .filter((f) => f.kind === 'copy_loss')
        .map((f) => `${f.gene} ${f.status}`);
    // The bare abbreviation after a gene, under a vendor's name.
    expect(loss('Tempus xT: MTAP del, KRAS G12D.')).toEqual(['MTAP present']);
    expect(loss('germline BRCA1/2 sequencing plus del/dup: negative')).toEqual([]);
    expect(loss('EGFR del 19 on the tumour panel')).toEqual([]);
    // The DNA method of the loss in its own clause.
    expect(loss('SMAD4 loss by array CGH.')).toEqual(['SMAD4 present']);
    expect(loss('PTEN deleted on MLPA.')).toEqual(['PTEN present']);
    expect(loss('RB1 deletion (FISH), confirmed')).toEqual(['RB1 present']);
    expect(loss('PTEN deletion by FISH (1 copy)')).toEqual([]);
    // The tumour as the subject; not a stain's loss wrapped onto the next line.
    expect(loss('The resected tumour harboured NF2 deletion.')).toEqual(['NF2 present']);
    expect(loss('Loss of SMAD4 in the primary tumour.')).toEqual(['SMAD4 present']);
    expect(loss('His tumour showed loss of PMS2 and\nMLH1 on immunostaining.')).toEqual([]);
    expect(loss('The tumour showed loss of MSH6.')).toEqual([]);
    expect(loss('Tumour showed PTEN loss by IHC.')).toEqual([]);
    // A result row: the gene its label, the loss word its whole result.
    expect(loss('Panel summary\nRB1 – deleted\nTP53 – R175H')).toEqual(['RB1 present']);
    expect(loss('SMAD4\n  loss')).toEqual(['SMAD4 present']);
    expect(loss('Immunostains:\nPMS2 - loss\nPTEN - loss')).toEqual([]);
    // The participle negated.
    expect(loss('MTAP/CDKN2A: not deleted')).toEqual(['MTAP absent', 'CDKN2A absent']);
    expect(loss('RB1 was not deleted.')).toEqual(['RB1 absent']);
  });

  it('reads gene-level copy number and structural results as clinicians write them', () => {
    const calls = (text: string) =>
      genetics(text).map((f) => `${f.gene} ${f.kind} ${f.status} ${f.origin ?? '-'}`);
    // A lone line of entries parted by bars: each entry keeps its own result.
    expect(calls('Biopsy NGS: BRAF V600E | PTEN - deleted | ALK fusion negative')).toEqual([
      'BRAF snv present somatic',
      'PTEN copy_loss present somatic',
      'ALK fusion absent somatic',
    ]);
    // The rows of a bar table, and a one-word cell before its result, are cells of one row.
    expect(
      calls('Gene | Call\nBRAF | V600E\nALK | fusion not detected').map((c) => c.split(' ')[0]),
    ).toEqual(['BRAF', 'ALK']);
    expect(calls('NRAS | not detected')).toEqual(['NRAS wild_type absent somatic']);
    // A high copy number right after the gene is its amplification; a gain below it is not.
    expect(calls('Tumour NGS: CCNE1 CN 10. FGFR1 CN 3.')).toEqual([
      'CCNE1 amplification present somatic',
    ]);
    expect(calls('Tumour NGS: KRAS copy number 14')).toEqual([
      'KRAS amplification present somatic',
    ]);
    // A symbol typed with only its first letter a capital.
    expect(calls('Tumour NGS: Smad4 deleted; Cdkn2b: no deletion.')).toEqual([
      'SMAD4 copy_loss present somatic',
      'CDKN2B copy_loss absent somatic',
    ]);
    expect(calls('Seen in Week2 of Cycle3.')).toEqual([]);
    // A tumour's one-copy loss told as hemizygous is no germline call.
    expect(calls('Tumour NGS: RB1 hemizygous loss; TP53 no mutation detected.')).toEqual([
      'TP53 wild_type absent somatic',
    ]);
    // CISH is the HER2 in situ hybridisation method, not a gene.
    expect(
      calls('HER2 2+ on IHC; CISH amplified (ratio 2.8).').map((c) => c.split(' ')[0]),
    ).toEqual(['ERBB2']);
    // A stain line's list wrapped onto the next line keeps its stain label.
    expect(
      calls('IHC: ATRX retained; synaptophysin patchy in most of\nthe cells; SOX10 positive.'),
    ).toEqual([]);
  });
});

describe('genetics extractor: a test reason, an origin hedge and per-finding origin', () => {
  const calls = (text: string) =>
    genetics(text).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('ends a suspicion or purpose where the test it motivated reports its result', () => {
    expect(
      calls(
        'Germline panel for suspected Li-Fraumeni syndrome revealed TP53 c.818G>A, pathogenic.',
      ),
    ).toEqual(['TP53 c.818G>A present germline pathogenic']);
    expect(calls('Work-up for possible HBOC identified BRCA1 c.5266dup (pathogenic).')).toEqual([
      'BRCA1 c.5266dup present germline pathogenic',
    ]);
    expect(calls('R/O KRAS mutation: KRAS G12C detected on tissue NGS.')).toEqual([
      'KRAS p.Gly12Cys present somatic pathogenic',
    ]);
    expect(calls('Sent to assess for ROS1 rearrangement, FISH came back: positive.')).toEqual([
      'ROS1 fusion present somatic pathogenic',
    ]);
    expect(calls('To look for RET fusion, RNA panel done: negative.')).toEqual([
      'RET fusion absent somatic -',
    ]);
    // With no result the suspicion or purpose stays a question.
    expect(calls('Rule out ROS1 rearrangement.')).toEqual([]);
    expect(calls('To evaluate for MET exon 14 skipping, RNA NGS was sent.')).toEqual([]);
    expect(calls('Rule out: EGFR C797S')).toEqual([]);
    expect(calls('Testing for suspected Cowden syndrome is pending.')).toEqual([]);
    expect(calls('If the panel showed BRAF V600E, we would start dabrafenib.')).toEqual([]);
  });

  it('keeps a doubt about a finding’s origin from becoming its origin', () => {
    expect(
      calls('ATM c.5932G>T at VAF 51%; may be constitutional - genetics referral placed.'),
    ).toEqual(['ATM c.5932G>T present somatic -']);
    expect(
      calls(
        'PALB2 c.3113G>A (VAF 47%), suspicious for germline origin; refer for genetic counselling.',
      ),
    ).toEqual(['PALB2 c.3113G>A present somatic -']);
    // A stated source still counts.
    expect(
      calls('CHEK2 c.1100del at VAF 50%; germline origin confirmed on blood testing.'),
    ).toEqual(['CHEK2 c.1100del present germline -']);
  });

  it('gives an origin word attached to one finding to that finding alone', () => {
    expect(
      calls('Matched tumour/blood NGS: ATM c.5932G>T (germline); PIK3CA H1047R (somatic).'),
    ).toEqual([
      'ATM c.5932G>T present germline -',
      'PIK3CA p.His1047Arg present somatic pathogenic',
    ]);
    expect(
      calls('Tumour-normal panel: PALB2 c.3113G>A was germline, and BRAF V600E was somatic.'),
    ).toEqual([
      'PALB2 c.3113G>A present germline -',
      'BRAF p.Val600Glu present somatic pathogenic',
    ]);
    expect(calls('Paired sequencing: germline CHEK2 c.1100del and somatic TP53 R273H.')).toEqual([
      'CHEK2 c.1100del present germline -',
      'TP53 p.Arg273His present somatic -',
    ]);
    expect(
      calls('Paired sequencing - germline: MSH6 c.3261dup; somatic: KRAS G13D, APC R1450*.'),
    ).toEqual([
      'MSH6 c.3261dup present germline -',
      'KRAS p.Gly13Asp present somatic pathogenic',
      'APC p.Arg1450Ter present somatic -',
    ]);
    // A doubt attached to it is no source.
    expect(calls('Tumour NGS: ATM c.5932G>T (possible germline), KRAS G12V (somatic).')).toEqual([
      'ATM c.5932G>T present somatic -',
      'KRAS p.Gly12Val present somatic pathogenic',
    ]);
  });
});

describe('genetics: a hypothesis before the test, then its result (probe round 4)', () => {
  it('reads a suspicion or expectation before a change as no result', () => {
    expect(genetics('Suspected BRAF-mutant melanoma; molecular testing is pending.')).toEqual([]);
    expect(genetics('We are expecting a KRAS mutation given the histology.')).toEqual([]);
    expect(genetics('High concern for RET-rearranged thyroid cancer; panel sent.')).toEqual([]);
    expect(genetics('Presumptive ERBB2-amplified tumour, awaiting FISH.')).toEqual([]);
  });

  it('ends the hypothesis at the contrast: the result after it stands alone', () => {
    expect(
      brief(
        genetics('She was thought likely to have a KRAS mutation, yet KRAS was wild-type on NGS.'),
      ),
    ).toEqual(['KRAS wild_type absent patient']);
    expect(
      brief(
        genetics('Suspicion of an EGFR mutation was high; however, PCR showed EGFR wild-type.'),
      ),
    ).toEqual(['EGFR wild_type absent patient']);
    expect(
      brief(
        genetics('Possible RET fusion was entertained, but RET fusion was not detected on RNA.'),
      ),
    ).toEqual(['RET fusion absent patient']);
    expect(
      brief(genetics('We expected a BRAF V600E, but the BRAF V600E assay was negative.')),
    ).toEqual(['BRAF p.Val600Glu absent patient']);
  });

  it('gives a class result after the contrast to the one gene hypothesised before it', () => {
    expect(
      brief(
        genetics('ROS1 rearrangement was presumed, but break-apart FISH showed no rearrangement.'),
      ),
    ).toEqual(['ROS1 fusion absent patient']);
    expect(
      brief(genetics('MET amplification was suspected; however, ISH showed no amplification.')),
    ).toEqual(['MET amplification absent patient']);
    // (Not a panel-wide class after a found change: no gene was hypothesised.)
    expect(brief(genetics('BRAF V600E detected, but no fusions were found.'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it('keeps a found change whose commentary after it uses the same words', () => {
    expect(
      brief(genetics('Tumour NGS: TP53 R175H, pathogenic (expected in this histology).')),
    ).toEqual(['TP53 p.Arg175His present patient']);
    expect(
      brief(
        genetics('Plasma NGS: MET amplification - presumed resistance mechanism to osimertinib.'),
      ),
    ).toEqual(['MET amplification present patient']);
  });

  it('reads a germline word glued before a mismatch-repair gene as a DNA test', () => {
    expect(brief(genetics('Germline MSH2 sequencing negative.'))).toEqual([
      'MSH2 wild_type absent patient',
    ]);
  });
});

describe('genetics: negation verbs (probe round 4)', () => {
  it('reads a participle or passive "excluded" / "ruled out" closing its phrase as a negative', () => {
    expect(brief(genetics('BRAF V600E was ruled out by PCR.'))).toEqual([
      'BRAF p.Val600Glu absent patient',
    ]);
    expect(brief(genetics('ROS1 fusion excluded on RNA sequencing.'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('Targeted NGS excluded NRAS and BRAF mutations.'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    // (A possibility left open is no negative.)
    expect(
      brief(genetics('Tumour NGS: KRAS G12D detected; a second driver cannot be excluded.')),
    ).toEqual(['KRAS p.Gly12Asp present patient']);
  });

  it('reads "lacks", "devoid of" and "without evidence of" as negatives heading what follows', () => {
    expect(brief(genetics('The specimen lacked ALK and RET rearrangements.'))).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('Adenocarcinoma devoid of EGFR mutations.'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    expect(brief(genetics('Biopsy without evidence of NTRK1 fusion.'))).toEqual([
      'NTRK1 fusion absent patient',
    ]);
    // (Not a missing exon of the gene before it: an exon deletion.)
    expect(brief(genetics('MLPA: MSH2 lacks exons 1-6 on one allele.'))).not.toEqual([]);
  });
});

describe('genetics: hypotheses, relatives’ tumours and test purposes (probe round fgenp)', () => {
  it('gives nothing for a question, a differential, an order or a talk about a class', () => {
    for (const text of [
      'Might this be a KRAS G12C? Tissue panel sent.',
      'Differential diagnosis includes ROS1-rearranged adenocarcinoma.',
      'Ddx: MET exon 14 skipping vs. ERBB2 exon 20 insertion.',
      'Possible resistance through ERBB2 amplification vs. EGFR C797S; biopsy next week.',
      'Mechanisms of resistance such as ERBB2 amplification and EGFR G724S were reviewed.',
      'Check MPL W515L, CALR, JAK2 exon 12.',
      'Please send IDH1 R132H and NPM1.',
      'Explained to her that KRAS mutations are common in smokers.',
    ])
      expect(brief(genetics(text)), text).toEqual([]);
  });

  it("gives nothing for a driver held by a relative's tumour", () => {
    for (const text of [
      "His brother's lung adenocarcinoma had an EGFR exon 19 deletion.",
      "Her mother's colorectal cancer was BRAF V600E mutant.",
      'Sister with MDS (JAK2 V617F positive).',
      'Uncle had CML (BCR-ABL1 detected).',
    ])
      expect(brief(genetics(text)), text).toEqual([]);
    // A gene of inherited risk stays the relative's result.
    expect(brief(genetics('Mother with ovarian cancer (BRCA1 positive).'))).toEqual([
      'BRCA1 other present family',
    ]);
  });

  it('reads a relative’s "+" on a gene of inherited risk as a carrier result', () => {
    expect(brief(genetics('FHx: paternal uncle BRCA2+.'))).toEqual(['BRCA2 other present family']);
    expect(brief(genetics('MSH2+, MSH6+ (intact).'))).toEqual([]);
  });

  it('reads the result after a colon that closes a test’s hereditary purpose', () => {
    expect(
      genetics('Saliva test for hereditary colon cancer: APC c.3920T>A likely pathogenic.'),
    ).toMatchObject([
      {
        gene: 'APC',
        hgvs_c: 'c.3920T>A',
        status: 'present',
        origin: 'germline',
        significance: 'likely_pathogenic',
      },
    ]);
    expect(brief(genetics('Evaluation for Lynch: MSH6 negative, PMS2 negative.'))).toEqual([
      'MSH6 wild_type absent patient',
      'PMS2 wild_type absent patient',
    ]);
  });

  it('reads a second, opposite call in another sample or method as another finding', () => {
    expect(brief(genetics('BRAF V600E was negative on plasma, positive on the biopsy.'))).toEqual([
      'BRAF p.Val600Glu absent patient',
      'BRAF p.Val600Glu present patient',
    ]);
    expect(brief(genetics('PIK3CA H1047R identified in tumor but not in ctDNA.'))).toEqual([
      'PIK3CA p.His1047Arg present patient',
      'PIK3CA p.His1047Arg absent patient',
    ]);
    // One call, one sample: nothing more.
    expect(brief(genetics('BRAF V600E positive on the biopsy.'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it('keeps the note’s own retest negative beside an outside lab’s positive', () => {
    expect(
      brief(genetics('Referring hospital report: KRAS G12D. Our repeat NGS was KRAS wild-type.')),
    ).toEqual(['KRAS p.Gly12Asp present patient', 'KRAS wild_type absent patient']);
  });

  it('reads FISH named before the gene, or after its negative, as a fusion result', () => {
    expect(brief(genetics('Break-apart FISH for ROS1: negative.'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('RET negative by FISH.'))).toEqual(['RET fusion absent patient']);
  });

  it('reads a known fusion pair written with a slash as one fusion', () => {
    expect(brief(genetics('KIF5B/RET detected.'))).toEqual(['RET fusion KIF5B present patient']);
    expect(brief(genetics('RT-PCR: CBFB/MYH11 positive.'))).toEqual([
      'MYH11 fusion CBFB present patient',
    ]);
    // Other slash pairs stay lists.
    expect(brief(genetics('NRAS/BRAF negative.'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
  });

  it('reads a syndrome or carrier word beside a mismatch-repair gene as a DNA result', () => {
    expect(genetics('Maternal uncle has Lynch syndrome (PMS2).')).toMatchObject([
      { gene: 'PMS2', kind: 'other', status: 'present', subject: 'family', origin: 'germline' },
    ]);
    expect(brief(genetics('Sister - MSH6 carrier.'))).toEqual(['MSH6 other present family']);
    expect(brief(genetics('FH: son with Lynch syndrome, MSH2 positive.'))).toEqual([
      'MSH2 other present family',
    ]);
    // Stains and a panel's gene list stay out.
    expect(brief(genetics('Lynch syndrome workup: MSH2 and MSH6 IHC intact.'))).toEqual([]);
    expect(brief(genetics('Lynch syndrome panel (MLH1, MSH2, PMS2) sent.'))).toEqual([]);
  });

  it('reads a change that emerged on treatment as found, one that may emerge as not', () => {
    expect(brief(genetics('KRAS G12D emerged on cetuximab.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(brief(genetics('A MET amplification may emerge on osimertinib.'))).toEqual([]);
  });
});

describe('genetics extractor: terse clinical shorthand (fgenp2)', () => {
  it('keeps an entry closed by its tumour or mutation noun apart from the negative after it', () => {
    expect(brief(genetics('EGFR G719A adenocarcinoma, C797S negative at progression.'))).toEqual([
      'EGFR p.Gly719Ala present patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    expect(brief(genetics('MDS with ASXL1 mutation, RUNX1 wild-type.'))).toEqual([
      'ASXL1 other present patient',
      'RUNX1 wild_type absent patient',
    ]);
    expect(brief(genetics('AML with mutated DNMT3A, FLT3-ITD negative.'))).toEqual([
      'DNMT3A other present patient',
      'FLT3 duplication absent patient',
    ]);
  });

  it('reads gene negatives on a line that also gives a PD-L1 score', () => {
    expect(brief(genetics('KRAS neg, NRAS neg, PD-L1 5%'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('BRAF/KRAS/NRAS neg; PD-L1 30%'))).toEqual([
      'BRAF wild_type absent patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('gives a class label opening the line to every entry of its inline list', () => {
    expect(genetics('Likely pathogenic: MLH1 c.1852_1854del; MSH2 c.942+3A>T')).toMatchObject([
      { gene: 'MLH1', significance: 'likely_pathogenic' },
      { gene: 'MSH2', significance: 'likely_pathogenic' },
    ]);
  });

  it('reads a later test of the same change or gene as a finding of its own', () => {
    expect(
      brief(genetics('Plasma KRAS G12C (1.2%) at baseline, undetectable at cycle 3.')),
    ).toEqual(['KRAS p.Gly12Cys present patient', 'KRAS p.Gly12Cys absent patient']);
    expect(brief(genetics('PIK3CA WT on tissue 2021; PIK3CA H1047R detected 6/2023.'))).toEqual([
      'PIK3CA wild_type absent patient',
      'PIK3CA p.His1047Arg present patient',
    ]);
  });

  it('keeps a fusion-positive gene beside the resistance change named after it', () => {
    expect(brief(genetics('ROS1-positive adenocarcinoma, L2026M at progression.'))).toEqual([
      'ROS1 p.Leu2026Met present patient',
      'ROS1 fusion present patient',
    ]);
    expect(brief(genetics('ALK+ adenocarcinoma; I1171N found on liquid biopsy.'))).toEqual([
      'ALK p.Ile1171Asn present patient',
      'ALK fusion present patient',
    ]);
  });

  it('reads obvious misspellings of gene symbols and class words', () => {
    expect(brief(genetics('BRAC2 c.5946del detected on germline panel.'))).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
    expect(brief(genetics('Germline BRAC1/2: negative.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(genetics('Tissue NGS: EFGR exon 19 deltion detected.')).toMatchObject([
      { gene: 'EGFR', kind: 'exon_deletion', exon: 19, status: 'present' },
    ]);
  });

  it('reads "WT for" lists and a bare minus after each gene', () => {
    expect(brief(genetics('Molecular: WT for KRAS/NRAS/BRAF'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('Panel: KRAS -, NRAS -, BRAF -'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS G12C, BRAF -'))).toEqual([
      'KRAS p.Gly12Cys present patient',
      'BRAF wild_type absent patient',
    ]);
  });

  it('drops a stain negative glued to its gene beside the DNA fusion', () => {
    expect(brief(genetics('ROS1-negative by IHC at first; CD74-ROS1 on RNA NGS later.'))).toEqual([
      'ROS1 fusion CD74 present patient',
    ]);
  });

  it('reads the somatic prefix of BRCA shorthand', () => {
    expect(genetics('sBRCA1 mutation detected on tumour sequencing.')).toMatchObject([
      { gene: 'BRCA1', status: 'present', origin: 'somatic' },
    ]);
  });
});

describe('genetics extractor: a dash after a zygosity or a tier is no negative', () => {
  it('keeps the variant before "heterozygous -" or "Tier II -" present', () => {
    expect(
      brief(
        genetics(
          'Result (saliva): BRCA2 c.5946del, heterozygous -\n  PATHOGENIC. Counselled today.',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present patient']);
    expect(
      brief(
        genetics('Tumour NGS: PIK3CA c.1633G>A p.(E545K), VAF 31%, Tier IIA -\n  see lab comment.'),
      ),
    ).toEqual(['PIK3CA p.Glu545Lys present patient']);
  });

  it('still reads the bare dash after a gene as its negative', () => {
    expect(brief(genetics('Panel: EGFR -, KRAS -'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS wild_type absent patient',
    ]);
  });
});
