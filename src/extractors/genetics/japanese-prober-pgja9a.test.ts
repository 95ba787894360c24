import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant-or-kind status significance origin". */
const keys = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.significance} ${f.origin}`,
    )
    .sort();

describe('genetics extractor, Japanese prober pgja9 (fgj9a)', () => {
  it('gives nothing for what an assay covers (item 1; decisions 21 and 27)', () => {
    for (const line of [
      '検査対象遺伝子：EGFR、ALK、ROS1、BRAF（V600E）、KRAS（G12C）、MET（エクソン14スキッピング）、RET',
      '【検査対象】EGFR（エクソン19欠失、L858R、T790M）、ALK融合、ROS1融合、BRAF V600E',
      '本パネルの測定対象：EGFR T790M、C797S、L858R、exon19欠失',
      '検出可能な変異：G719X、Ex19del、S768I、T790M、Ex20ins、L858R、L861Q',
      'コンパニオン診断対象のバイオマーカー：EGFR変異、ALK融合、KRAS G12C',
      '測定項目：EGFR変異（Ex19del、L858R）、ALK融合、BRAF V600E',
      'KRAS G12C以外のKRAS変異は本検査では検出できません。',
    ])
      expect(keys(genetics(line))).toEqual([]);
  });

  it('keeps a row negative above a footnote of what was measured (item 1)', () => {
    expect(keys(genetics('EGFR：陰性\n＊測定対象：エクソン19欠失、L858R、T790M'))).toEqual([
      'EGFR wild_type absent null somatic',
    ]);
    expect(keys(genetics('遺伝子｜結果\nKRAS｜陰性\n注）G12C、G12D、G12V、G13Dを測定'))).toEqual([
      'KRAS wild_type absent null somatic',
    ]);
    expect(
      keys(genetics('遺伝子｜結果\nEGFR｜陰性＊\nALK｜陰性\n＊エクソン19欠失・L858Rのみ測定')),
    ).toEqual(['ALK wild_type absent null somatic', 'EGFR wild_type absent null somatic']);
    // Controls: a result told on the line, and a test's limit told as a past result.
    expect(keys(genetics('血漿でT790Mを測定したところ陽性'))).toEqual([
      'EGFR p.Thr790Met present pathogenic somatic',
    ]);
    expect(keys(genetics('KRAS変異は本検査では検出できなかった。'))).toEqual([
      'KRAS wild_type absent null somatic',
    ]);
    expect(
      keys(genetics('【測定対象遺伝子】BRCA1、BRCA2\n【結果】BRCA2 c.5946del（病的）を検出')),
    ).toEqual(['BRCA2 c.5946del present pathogenic somatic']);
  });

  it('does not make results germline from an empty secondary-findings field (item 2; decision 72)', () => {
    expect(
      keys(genetics('二次的所見：なし\n検出された遺伝子異常：TP53 R248W、PIK3CA E545K')),
    ).toEqual([
      'PIK3CA p.Glu545Lys present pathogenic somatic',
      'TP53 p.Arg248Trp present null somatic',
    ]);
    expect(keys(genetics('二次的所見の有無：なし\nKRAS G12V（VAF 22%）'))).toEqual([
      'KRAS p.Gly12Val present pathogenic somatic',
    ]);
    expect(keys(genetics('二次的所見の開示：希望しない\n検出された遺伝子異常：KRAS G12V'))).toEqual(
      ['KRAS p.Gly12Val present pathogenic somatic'],
    );
    expect(
      keys(genetics('【二次的所見】なし\n【検出された遺伝子異常】KRAS G12D、TP53 R175H')),
    ).toEqual([
      'KRAS p.Gly12Asp present pathogenic somatic',
      'TP53 p.Arg175His present null somatic',
    ]);
    // A secondary finding reported is still germline.
    expect(keys(genetics('二次的所見：BRCA2 c.5946del（病的）'))).toEqual([
      'BRCA2 c.5946del present pathogenic germline',
    ]);
  });

  it('does not take a class from an empty or earlier section (item 2)', () => {
    expect(
      keys(
        genetics(
          '【意義不明のバリアント（VUS）】\nなし\n【検出された遺伝子異常】\nKRAS G12D（31%）',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Asp present pathogenic somatic']);
    expect(keys(genetics('【VUS】該当なし\nKRAS G12D検出'))).toEqual([
      'KRAS p.Gly12Asp present pathogenic somatic',
    ]);
    expect(
      keys(genetics('【生殖細胞系列】BRCA1、BRCA2：病的バリアントなし\n【腫瘍】TP53 R273H')),
    ).toEqual([
      'BRCA1 wild_type absent null germline',
      'BRCA2 wild_type absent null germline',
      'TP53 p.Arg273His present null somatic',
    ]);
    // Control: a VUS heading over its rows.
    expect(keys(genetics('【VUS】\nATM R3008H'))).toEqual([
      'ATM p.Arg3008His present uncertain somatic',
    ]);
  });

  it('reads EGFR alone on a line under a negative heading (item 7; decision 37)', () => {
    expect(keys(genetics('【陰性遺伝子】\nALK\nEGFR\nROS1'))).toEqual([
      'ALK wild_type absent null somatic',
      'EGFR wild_type absent null somatic',
      'ROS1 wild_type absent null somatic',
    ]);
    expect(keys(genetics('検出されず：\n・EGFR\n・KRAS'))).toEqual([
      'EGFR wild_type absent null somatic',
      'KRAS wild_type absent null somatic',
    ]);
    // Control: the kidney value.
    expect(keys(genetics('Cr 0.8\neGFR\n62 mL/min'))).toEqual([]);
  });

  it('reads a 解析遺伝子 key and a one-gene 検査遺伝子 key over a negative call (item 12; decision 124)', () => {
    expect(
      keys(genetics('解析遺伝子：BRCA1、BRCA2\n結果：病的バリアントは検出されませんでした')),
    ).toEqual(['BRCA1 wild_type absent null somatic', 'BRCA2 wild_type absent null somatic']);
    expect(keys(genetics('検査遺伝子：TP53\n結果：病的バリアントなし'))).toEqual([
      'TP53 wild_type absent null somatic',
    ]);
    // Decision 27 still holds for a larger panel's list.
    expect(
      keys(genetics('解析遺伝子：APC、MUTYH、MLH1、MSH2、MSH6\n結果：病的バリアントなし')),
    ).toEqual([]);
  });
});
