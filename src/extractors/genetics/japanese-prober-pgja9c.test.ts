import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant-or-kind status origin". */
const keys = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin}`).sort();

describe('genetics extractor, Japanese prober pgja9 (fgj9c)', () => {
  it('reads MMR rows under a germline test heading as DNA results (item 8; decisions 11, 36)', () => {
    expect(keys(genetics('遺伝性腫瘍パネル（血液）\nMLH1：陰性\nMSH2：陰性'))).toEqual([
      'MLH1 wild_type absent germline',
      'MSH2 wild_type absent germline',
    ]);
    expect(
      keys(genetics('遺伝学的検査（血液）\nMSH2｜c.942+3A>T｜病的\nMLH1｜陰性\nMSH6｜陰性')),
    ).toEqual([
      'MLH1 wild_type absent germline',
      'MSH2 c.942+3A>T present germline',
      'MSH6 wild_type absent germline',
    ]);
    expect(keys(genetics('【リンチ症候群遺伝学的検査】\n・MLH1：陰性\n・PMS2：陰性'))).toHaveLength(
      2,
    );
  });

  it('keeps MMR stains and planned tests giving nothing (item 8 controls)', () => {
    for (const note of [
      'MMR IHC：MLH1 陰性、PMS2 陰性、MSH2 陽性、MSH6 陽性',
      '免疫染色｜結果\nMLH1｜陰性\nPMS2｜陰性',
      '遺伝学的検査（血液）\nMLH1｜発現保持\nMSH2｜消失',
      '遺伝性腫瘍パネル（血液）\n免疫染色\nMLH1：陰性',
      '遺伝学的検査を検討\nMLH1：陰性\nPMS2：陰性',
    ])
      expect(keys(genetics(note))).toEqual([]);
  });

  it('drops the superseded value of a corrected report (item 10; decision 65)', () => {
    expect(keys(genetics('訂正報告\n誤：BRAF V600E 陽性\n正：BRAF V600E 陰性'))).toEqual([
      'BRAF p.Val600Glu absent somatic',
    ]);
    expect(keys(genetics('【訂正】\n（誤）KRAS G12C\n（正）KRAS G12D'))).toEqual([
      'KRAS p.Gly12Asp present somatic',
    ]);
    expect(
      keys(genetics('以下の通り訂正します。\n旧：ALK融合遺伝子 陽性\n新：ALK融合遺伝子 陰性')),
    ).toEqual(['ALK fusion absent somatic']);
    expect(
      keys(
        genetics(
          '【訂正報告書】前回報告書に記載したTP53 R175Hは、R273Hの誤りです。訂正いたします。',
        ),
      ),
    ).toEqual(['TP53 p.Arg273His present somatic']);
    expect(
      keys(genetics('【訂正報告】\n先の報告で記載したMET増幅は誤りであり、削除します。')),
    ).toEqual([]);
    // Controls: 誤 and 旧 inside other words.
    expect(keys(genetics('誤嚥性肺炎の既往あり。EGFR L858R 陽性'))).toEqual([
      'EGFR p.Leu858Arg present somatic',
    ]);
    expect(keys(genetics('旧姓：山田\nEGFR exon19欠失 陽性'))).toHaveLength(1);
  });
});
