import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** Findings as "GENE variant kind status origin". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer
    .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? '-'} ${f.kind} ${f.status} ${f.origin}`)
    .sort();

describe('genetics extractor, Japanese (integration of the ninth stop)', () => {
  it("reads this hospital's re-test after a contrast as a later result, its test named after の", () => {
    // (layout `ja_later_result_after`: "当院での再検査では", "当院では", "当院にての再検査で" after
    // "…とされたが、" keep both results, decision 36.)
    for (const text of [
      '他院でROS1融合遺伝子陽性とされたが、当院での再検査では陰性であった。',
      '他院でROS1融合遺伝子陽性とされたが、当院では陰性であった。',
      '前医でROS1融合遺伝子陽性とされたが、当院にての再検査で陰性。',
    ]) {
      expect(findings(genetics(text))).toEqual([
        'ROS1 - fusion absent somatic',
        'ROS1 - fusion present somatic',
      ]);
    }
    expect(findings(genetics('KRAS G12Cは前医で陽性、当院での組織検査では陰性であった。'))).toEqual(
      ['KRAS p.Gly12Cys snv absent somatic', 'KRAS p.Gly12Cys snv present somatic'],
    );
    // (Controls: the same result again, and no later result after 当院では.)
    expect(findings(genetics('EGFR L858R陽性であったが、当院の再検査でも陽性であった。'))).toEqual([
      'EGFR p.Leu858Arg snv present somatic',
    ]);
    expect(findings(genetics('ALK融合遺伝子陰性、当院ではクリゾチニブを開始した。'))).toEqual([
      'ALK - fusion absent somatic',
    ]);
  });

  it('keeps the sample of a test done for a suspected inherited tumour as its source', () => {
    // (layout `ja_origin_hedges`: an inherited tumour suspected is no doubt of the origin when the
    // test it led to is told done in its sentence.)
    expect(
      findings(
        genetics(
          '遺伝性腫瘍を疑い多遺伝子パネル（末梢血）を提出した。\n結果：\n・MSH2 c.942+3A>T　病的',
        ),
      ),
    ).toEqual(['MSH2 c.942+3A>T snv present germline']);
    expect(
      findings(
        genetics('家族性腫瘍を疑い、末梢血で遺伝学的検査を施行した。BRCA2 c.5946del を検出。'),
      ),
    ).toEqual(['BRCA2 c.5946del frameshift present germline']);
    // (Controls: a possibility with a test only recommended, or a referral, states no source.)
    expect(findings(genetics('遺伝性腫瘍の可能性あり、確認検査を推奨：ATM c.5932G>T'))).toEqual([
      'ATM c.5932G>T snv present somatic',
    ]);
    expect(
      findings(
        genetics(
          '腫瘍組織NGS：BRCA2 c.5946del 検出。遺伝性腫瘍の可能性があり、確認検査の実施を推奨。',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del frameshift present somatic']);
    expect(
      findings(genetics('TP53 c.743G>A VAF 48%、遺伝性腫瘍を疑い遺伝カウンセリングへ紹介。')),
    ).toEqual(['TP53 c.743G>A snv present somatic']);
  });
});
