import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant-or-kind status subject". */
const keys = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject}`)
    .sort();

describe('genetics extractor, Japanese prober pgja7 items 3, 6, 7, 9, 10, 13-15 (fpj7b)', () => {
  it('reads the call of a table whose call column comes before the gene (item 6)', () => {
    expect(
      keys(
        genetics('｜判定｜遺伝子｜変異｜VAF｜\n｜陽性｜KRAS｜G12D｜23%｜\n｜陰性｜BRAF｜－｜－｜'),
      ),
    ).toEqual(['BRAF wild_type absent patient', 'KRAS p.Gly12Asp present patient']);
    expect(keys(genetics('｜判定｜遺伝子｜\n｜陰性｜EGFR｜\n｜陰性｜ALK｜'))).toEqual([
      'ALK wild_type absent patient',
      'EGFR wild_type absent patient',
    ]);
    expect(
      keys(genetics('｜判定｜遺伝子｜変異｜\n｜陰性｜JAK2｜V617F｜\n｜陽性｜CALR｜type 1｜')),
    ).toEqual(['CALR other present patient', 'JAK2 p.Val617Phe absent patient']);
    expect(
      keys(
        genetics(
          '判定    遺伝子   変異     VAF\n陽性    KRAS     G12D     21%\n陰性    BRAF     ―        ―',
        ),
      ),
    ).toEqual(['BRAF wild_type absent patient', 'KRAS p.Gly12Asp present patient']);
    expect(keys(genetics('判定\t遺伝子\t変異\n陰性\tEGFR\t－\n陽性\tKRAS\tG12C'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS p.Gly12Cys present patient',
    ]);
    // (Controls: the gene-first table, and a call column with no result word in it.)
    expect(keys(genetics('｜遺伝子｜判定｜\n｜EGFR｜陰性｜'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    expect(genetics('｜結果｜遺伝子｜コメント｜\n｜－｜EGFR｜未実施｜')).toEqual([]);
  });

  it('reads a fusion pair named as a block test item (item 7)', () => {
    expect(keys(genetics('検査項目：PML-RARA\n結果：陰性'))).toEqual([
      'RARA fusion absent patient',
    ]);
    expect(keys(genetics('検査項目：CBFB-MYH11\n結果：陽性'))).toEqual([
      'MYH11 fusion present patient',
    ]);
    expect(keys(genetics('検査項目：EML4-ALK\n結果：陰性'))).toEqual(['ALK fusion absent patient']);
    for (const text of [
      '検査名：PML-RARA キメラmRNA\n結果：検出せず',
      'PML-RARA キメラmRNA\n結果：検出せず',
    ]) {
      expect(keys(genetics(text)), text).toEqual(['RARA fusion absent patient']);
    }
    expect(keys(genetics('検査名：BCR-ABL1 mRNA定量\n結果：検出せず'))).toEqual([
      'ABL1 fusion absent patient',
    ]);
  });

  it('gives a monitored level on one line beside its later non-detection (item 3)', () => {
    for (const text of [
      'BCR-ABL1 IS：2024/10 12%、2025/1 0.8%、2025/7 0.05%、2026/1 検出せず',
      'BCR-ABL1（IS）は12%→0.8%→0.05%→検出感度以下と推移。',
      'BCR-ABL1 IS 0.8%（3か月）、0.05%（6か月）、検出せず（12か月）',
      'BCR-ABL1は0.0032%まで低下し、その後検出感度以下となった。',
    ]) {
      expect(keys(genetics(text)), text).toEqual([
        'ABL1 fusion absent patient',
        'ABL1 fusion present patient',
      ]);
    }
    expect(keys(genetics('CBFB-MYH11：診断時 1.2×10^5 copies → 寛解後 検出感度以下'))).toEqual([
      'MYH11 fusion absent patient',
      'MYH11 fusion present patient',
    ]);
    expect(keys(genetics('NPM1 MRD：0.5%→0.01%→陰性'))).toEqual([
      'NPM1 other absent patient',
      'NPM1 other present patient',
    ]);
    // (A later phase of leukaemia treatment as the later result's lead, decision 111.)
    for (const text of [
      'PML-RARA：診断時陽性 → 地固め後陰性',
      'PML-RARA：診断時陽性、寛解導入後陰性',
    ]) {
      expect(keys(genetics(text)), text).toEqual([
        'RARA fusion absent patient',
        'RARA fusion present patient',
      ]);
    }
    expect(keys(genetics('PML-RARA陽性、地固め療法を予定'))).toEqual([
      'RARA fusion present patient',
    ]);
    expect(keys(genetics('BCR-ABL1：undetectable（MR4.5）'))).toEqual([
      'ABL1 fusion absent patient',
    ]);
    // (Controls: a limit or a zero is no measured level.)
    for (const text of [
      'BCR-ABL1：検出せず（感度 0.001%）',
      'BCR-ABL1 IS ＜0.0032%（検出感度以下）',
      'BCR-ABL1 FISH 0%、陰性',
    ]) {
      expect(keys(genetics(text)), text).toEqual(['ABL1 fusion absent patient']);
    }
  });

  it('reads NPM1 / CALR subtype labels as the mutation found (item 9)', () => {
    expect(keys(genetics('#AML（NPM1 type A、FLT3-ITD）'))).toEqual([
      'FLT3 duplication present patient',
      'NPM1 other present patient',
    ]);
    for (const text of ['#ET（CALR type1）', '#MF（CALR type 2）', 'CALR type1']) {
      expect(keys(genetics(text)), text).toEqual(['CALR other present patient']);
    }
    expect(genetics('#ET（CALR exon9 type1）')[0]?.exon).toBe(9);
    expect(keys(genetics('NPM1 type A MRD：陰性'))).toEqual(['NPM1 other absent patient']);
    expect(genetics('HLA type A')).toEqual([]);
  });

  it("keeps an exon column's exon on a gene-level positive (item 10)", () => {
    expect(genetics('｜遺伝子｜エクソン｜変異｜判定｜\n｜CALR｜9｜type 1｜陽性｜')[0]?.exon).toBe(
      9,
    );
    expect(genetics('｜遺伝子｜エクソン｜変異｜判定｜\n｜NPM1｜12｜type A｜陽性｜')[0]?.exon).toBe(
      12,
    );
    expect(genetics('｜遺伝子｜エクソン｜結果｜\n｜CALR｜9｜陽性（type 2）｜')[0]?.exon).toBe(9);
    // (A gene-level negative keeps no exon, decision 4.)
    expect(genetics('｜遺伝子｜エクソン｜結果｜\n｜CALR｜9｜陰性｜')).toMatchObject([
      { gene: 'CALR', kind: 'wild_type', exon: null },
    ]);
  });

  it('reads the FLT3-ITD ratio wording as a measure, not a negative or the AR gene (item 13)', () => {
    for (const text of [
      'FLT3-ITD（ITD/wt比 0.45）陽性',
      'FLT3-ITD変異比（ITD/WT）：0.62',
      '遺伝子：FLT3\n変異：ITD（AR 0.45）',
      'FLT3 ITD/TKD：ITD陽性（AR 0.5）、TKD陰性',
    ]) {
      expect(keys(genetics(text)), text).toEqual(['FLT3 duplication present patient']);
    }
    expect(genetics('ITD陽性（AR 0.5）').some((f) => f.gene === 'AR')).toBe(false);
    // (Controls: wild type written "wt", and the androgen receptor's own results.)
    expect(keys(genetics('BRAF wt、KRAS WT'))).toEqual([
      'BRAF wild_type absent patient',
      'KRAS wild_type absent patient',
    ]);
    expect(keys(genetics('AR増幅陽性（前立腺癌、FoundationOne Liquid）'))).toEqual([
      'AR amplification present patient',
    ]);
  });

  it("reads AML's rarer fusion pairs with no fusion word (item 14)", () => {
    expect(genetics('NUP98::NSD1陽性')).toMatchObject([
      { gene: 'NSD1', kind: 'fusion', partner: 'NUP98', status: 'present', origin: 'somatic' },
    ]);
    for (const [text, gene, partner] of [
      ['DEK::NUP214陽性', 'NUP214', 'DEK'],
      ['DEK-NUP214陽性', 'NUP214', 'DEK'],
      ['CBFA2T3::GLIS2陽性', 'GLIS2', 'CBFA2T3'],
      ['NUP98::KDM5A陽性', 'KDM5A', 'NUP98'],
      ['#AML（DEK::NUP214）', 'NUP214', 'DEK'],
    ] as const) {
      expect(genetics(text), text).toMatchObject([
        { gene, kind: 'fusion', partner, status: 'present', origin: 'somatic' },
      ]);
    }
    // (Control: Sotos syndrome's constitutional NSD1 stays germline.)
    expect(genetics('NSD1 c.3536del（病的）を検出（Sotos症候群）')[0]?.origin).toBe('germline');
  });

  it("reads EPCAM's 3' end deletion with its exons bracketed as one exon deletion (item 15)", () => {
    expect(keys(genetics("EPCAM 3'末端欠失（エクソン8-9欠失）を検出、病的。"))).toEqual([
      'EPCAM exon_deletion present patient',
    ]);
    expect(keys(genetics("EPCAMの3'末端欠失を認める（MLPA）"))).toEqual([
      'EPCAM copy_loss present patient',
    ]);
  });
});
