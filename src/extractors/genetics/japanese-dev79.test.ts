import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** Findings as "GENE variant-or-kind(/partner) status origin". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind}${f.partner ? `/${f.partner}` : ''} ${f.status} ${f.origin}`,
    )
    .sort();

describe('genetics extractor, Japanese (dev79 phenomena and left-overs)', () => {
  it('keeps a fusion named with its partner found before a comma entry of other genes', () => {
    // (ja-g-7920: 「CD74-NRG1 融合（エビデンスレベルC）、NTRK1/2/3 融合なし」.)
    expect(
      findings(genetics('CGP：CD74-NRG1 融合（エビデンスレベルC）、NTRK1/2/3 融合なし')),
    ).toEqual([
      'NRG1 fusion/CD74 present somatic',
      'NTRK1 fusion absent somatic',
      'NTRK2 fusion absent somatic',
      'NTRK3 fusion absent somatic',
    ]);
    expect(findings(genetics('EML4-ALK、RET融合なし'))).toEqual([
      'ALK fusion/EML4 present somatic',
      'RET fusion absent somatic',
    ]);
    expect(findings(genetics('EML4-ALK融合、RET陰性'))).toEqual([
      'ALK fusion/EML4 present somatic',
      'RET wild_type absent somatic',
    ]);
    expect(findings(genetics('ETV6-NTRK3融合、NTRK1融合陰性'))).toEqual([
      'NTRK1 fusion absent somatic',
      'NTRK3 fusion/ETV6 present somatic',
    ]);
    expect(findings(genetics('EML4-ALK融合遺伝子、ROS1融合遺伝子は陰性'))).toEqual([
      'ALK fusion/EML4 present somatic',
      'ROS1 fusion absent somatic',
    ]);
    // (A list of one class with no partner, or pointed back at, still shares its negative.)
    expect(findings(genetics('ALK融合、RET融合なし'))).toEqual([
      'ALK fusion absent somatic',
      'RET fusion absent somatic',
    ]);
    expect(
      findings(
        genetics(
          'ALKとROS1の融合遺伝子、BRAF V600E、KRAS G12C、METエクソン14スキッピング、RET融合遺伝子はいずれも検出されませんでした。',
        ),
      ),
    ).toEqual([
      'ALK fusion absent somatic',
      'BRAF p.Val600Glu absent somatic',
      'KRAS p.Gly12Cys absent somatic',
      'MET exon_skipping absent somatic',
      'RET fusion absent somatic',
      'ROS1 fusion absent somatic',
    ]);
  });

  it('reads a header whose words are set off by one ideographic space as a DNA table', () => {
    // (ja-g-7909: MMR genes' rows under 「遺伝子　バリアント　判定」 in a germline report.)
    expect(
      findings(
        genetics(
          '検体：末梢血\n結果\n　遺伝子　バリアント　　　　判定\n　MLH1　　検出されず　　　　－\n　MSH2　　c.1786_1788del（p.Asn596del）　病的\n　PMS2　　検出されず　　　　－',
        ),
      ),
    ).toEqual([
      'MLH1 wild_type absent germline',
      'MSH2 p.Asn596del present germline',
      'PMS2 wild_type absent germline',
    ]);
    // (A stain's table stays a stain's.)
    expect(findings(genetics('免疫染色：\n　抗体　判定\n　MLH1　　消失\n　PMS2　　消失'))).toEqual(
      [],
    );
  });

  it('reads a change told as appeared before a comma as found', () => {
    expect(findings(genetics('EGFR T790M出現、C797Sは陰性。'))).toEqual([
      'EGFR p.Cys797Ser absent somatic',
      'EGFR p.Thr790Met present somatic',
    ]);
    expect(findings(genetics('T790Mが新たに出現、C797Sは陰性。'))).toEqual([
      'EGFR p.Cys797Ser absent somatic',
      'EGFR p.Thr790Met present somatic',
    ]);
    expect(findings(genetics('ALK G1202R出現、I1171Nは検出されず'))).toEqual([
      'ALK p.Gly1202Arg present somatic',
      'ALK p.Ile1171Asn absent somatic',
    ]);
    // (Not before a watch list or a plan.)
    expect(findings(genetics('T790M出現、C797S出現に注意'))).toEqual([]);
    expect(findings(genetics('T790M出現時は再生検'))).toEqual([]);
  });

  it('gives nothing for a change denied after another change of its gene (ではない)', () => {
    expect(findings(genetics('KRAS G12D（G12Cではない）。'))).toEqual([
      'KRAS p.Gly12Asp present somatic',
    ]);
    expect(findings(genetics('KRAS G12C陽性であり、G12Dではない'))).toEqual([
      'KRAS p.Gly12Cys present somatic',
    ]);
    expect(findings(genetics('BRAF V600K（V600Eではありません）'))).toEqual([
      'BRAF p.Val600Lys present somatic',
    ]);
  });

  it('reads a bare gBRCA+ label as the germline test of the BRCA variants found', () => {
    expect(findings(genetics('gBRCA+。BRCA2 c.5946del'))).toEqual([
      'BRCA2 c.5946del present germline',
    ]);
    expect(findings(genetics('#卵巣癌、gBRCA陽性\nBRCA1 c.68_69del（病的）'))).toEqual([
      'BRCA1 c.68_69del present germline',
    ]);
    // (Not a negative or a condition, nor another gene, nor the variant's own source word.)
    expect(findings(genetics('gBRCA(−)。F1CDxでBRCA2 c.5946del検出'))).toEqual([
      'BRCA2 c.5946del present somatic',
    ]);
    expect(findings(genetics('gBRCA+なら PARP阻害薬。BRCA2 c.5946del（腫瘍組織）'))).toEqual([
      'BRCA2 c.5946del present somatic',
    ]);
    expect(findings(genetics('gBRCA+、tumor KRAS G12D'))).toEqual([
      'KRAS p.Gly12Asp present somatic',
    ]);
    expect(findings(genetics('gBRCA+。BRCA2 c.5946del（体細胞）'))).toEqual([
      'BRCA2 c.5946del present somatic',
    ]);
  });
});
