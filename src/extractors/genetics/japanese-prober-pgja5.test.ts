import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant-or-kind status subject origin". */
const full = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin}`)
    .sort();

describe('genetics extractor, Japanese prober pgja5 items 1, 3, 5 and 6', () => {
  it('reads EGFR with a non-detection or in a table cell as its own negative, not eGFR', () => {
    for (const text of [
      'EGFR：検出されず',
      'EGFR　検出されず',
      'EGFR：検出せず',
      'EGFR：認めず',
      'EGFR：非検出',
      'EGFR：ND',
      'EGFR：N.D.',
      'EGFR 未検出',
      'EGFRは検出されませんでした',
      '｜EGFR｜陰性｜',
      '｜EGFR｜検出せず｜',
    ]) {
      expect(full(genetics(text)), text).toEqual(['EGFR wild_type absent patient somatic']);
    }
    expect(full(genetics('｜EGFR｜ND｜\n｜ALK｜ND｜'))).toEqual([
      'ALK wild_type absent patient somatic',
      'EGFR wild_type absent patient somatic',
    ]);
    // (The kidney's eGFR has a number, never a non-detection.)
    expect(genetics('Cr 0.8、eGFR 45')).toEqual([]);
    expect(genetics('eGFR 60 mL/min、尿蛋白 陰性')).toEqual([]);
    expect(genetics('EGFR-TKI 未使用')).toEqual([]);
  });

  it('reads a HER2 ISH call as a sign or after its ratio as ERBB2 amplification', () => {
    for (const text of [
      '乳癌。HER2(ISH+)',
      'HER2(ISH+)',
      'HER2 ISH(+)',
      'HER2 FISH(+)',
      'HER2 FISH：HER2/CEP17比 3.1（陽性）',
      'HER2 DISH：比 2.5、平均コピー数 6.2、陽性',
    ]) {
      expect(full(genetics(text)), text).toEqual(['ERBB2 amplification present patient somatic']);
    }
    expect(full(genetics('HER2 FISH：HER2/CEP17比 1.4（陰性）'))).toEqual([
      'ERBB2 amplification absent patient somatic',
    ]);
    expect(full(genetics('乳癌。HER2（FISH−）'))).toEqual([
      'ERBB2 amplification absent patient somatic',
    ]);
    // (IHC alone, a ratio with no call, and another probe's ISH stay nothing.)
    expect(genetics('HER2 IHC 3+')).toEqual([]);
    expect(genetics('HER2 FISH：HER2/CEP17比 2.6')).toEqual([]);
    expect(genetics('EBER ISH(+)')).toEqual([]);
  });

  it('reads a gene deletion as copy_loss only with no copy left (decisions 92 and 97)', () => {
    expect(full(genetics('PTEN遺伝子欠失を認める（コピー数 0）'))).toEqual([
      'PTEN copy_loss present patient somatic',
    ]);
    expect(full(genetics('CDKN2A欠失を認めた（CN=0）'))).toEqual([
      'CDKN2A copy_loss present patient somatic',
    ]);
    expect(full(genetics('RB1遺伝子欠失を検出（コピー数0）'))).toEqual([
      'RB1 copy_loss present patient somatic',
    ]);
    // (A bare deletion, or one copy lost, gives nothing.)
    expect(genetics('PTEN欠失')).toEqual([]);
    expect(genetics('CDKN2A遺伝子欠失')).toEqual([]);
    expect(genetics('PTEN欠失を認める（コピー数 1）')).toEqual([]);
  });

  it("reads a relative's own test of a gene, negative, as the relative's (decision 13)", () => {
    for (const [text, gene] of [
      ['父のBRCA2検査：陰性。', 'BRCA2'],
      ['父方祖母 乳癌。父のBRCA2検査：陰性。', 'BRCA2'],
      ['姉のBRCA1検査結果は陰性であった。', 'BRCA1'],
      ['姉のBRCA1検査結果：陰性', 'BRCA1'],
      ['母のBRCA1遺伝学的検査：病的バリアントなし', 'BRCA1'],
      ['姉のBRCA2検査：病的バリアントなし', 'BRCA2'],
      ['兄のBRCA2遺伝子検査結果：病的バリアントなし', 'BRCA2'],
    ] as const) {
      expect(full(genetics(text)), text).toEqual([`${gene} wild_type absent family germline`]);
    }
    expect(full(genetics('父のBRCA2検査：陽性。'))).toEqual([
      'BRCA2 other present family germline',
    ]);
  });
});
