import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'ja', noteType);

/** Findings with their status and origin: "GENE variant status origin". */
const origins = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin}`).sort();

describe('genetics extractor, Japanese (dev73 phenomena)', () => {
  it("reads a blood cancer's peripheral blood sample as its tumour sample (decisions 11, 75)", () => {
    // (ja-g-7315: an MPN work-up on "検体：末梢血（EDTA）".)
    expect(
      origins(
        genetics(
          '臨床検査部 遺伝子関連検査室　結果報告\n依頼科：血液内科　検体：末梢血（EDTA）\n依頼目的：骨髄増殖性腫瘍の鑑別\n結果\n　JAK2 V617F（アレル特異的PCR）：陽性（アレル比 38%）\n　CALR エクソン9 変異：陰性\n　BCR::ABL1 mRNA（RT-PCR）：陰性',
          'molecular_pathology',
        ),
      ),
    ).toEqual([
      'ABL1 fusion absent somatic',
      'CALR wild_type absent somatic',
      'JAK2 p.Val617Phe present somatic',
    ]);
    expect(
      origins(
        genetics(
          '血液内科 外来\n末梢血DNAでJAK2 V617F 陽性（アレル頻度 22%）。CALR、MPL 変異なし。',
        ),
      ),
    ).toEqual([
      'CALR wild_type absent somatic',
      'JAK2 p.Val617Phe present somatic',
      'MPL wild_type absent somatic',
    ]);
    expect(
      origins(genetics('急性骨髄性白血病\n検体：末梢血（EDTA）\nFLT3-ITD：陽性\nNPM1 変異：陽性')),
    ).toEqual(['FLT3 duplication present somatic', 'NPM1 other present somatic']);
    expect(origins(genetics('血液検体で JAK2 V617F 陽性（VAF 30%）。'))).toEqual([
      'JAK2 p.Val617Phe present somatic',
    ]);
  });

  it('keeps a blood sample a germline test of an inherited-risk gene', () => {
    expect(
      origins(
        genetics('検体：末梢血リンパ球DNA\nBRCA1：病的バリアントなし\nBRCA2：c.5946del 病的'),
      ),
    ).toEqual(['BRCA1 wild_type absent germline', 'BRCA2 c.5946del present germline']);
    expect(
      origins(
        genetics(
          '検体：末梢血（EDTA）\n甲状腺髄様癌\nRET c.1900T>C（p.Cys634Arg）ヘテロ接合　病的',
        ),
      ),
    ).toEqual(['RET p.Cys634Arg present germline']);
  });

  it('takes the germline companion diagnostic named with コンパニオン診断 (decision 11)', () => {
    // (ja-g-7309: a billing check quoting the BRACAnalysis report.)
    expect(
      origins(
        genetics(
          '確認内容：コンパニオン診断（BRACAnalysis、2023/12 結果）の報告書写しを電子カルテで確認 → BRCA2 c.5946del（p.Ser1982Argfs*22）、判定：Deleterious（病的）。BRCA1 は病的バリアントなし。',
          'billing',
        ),
      ),
    ).toEqual(['BRCA1 wild_type absent germline', 'BRCA2 p.Ser1982ArgfsTer22 present germline']);
    expect(
      origins(
        genetics(
          'コンパニオン診断としてBRACAnalysisを実施し、BRCA1 c.68_69del（病的）を検出。BRCA2 は病的バリアントなし。',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present germline', 'BRCA2 wild_type absent germline']);
    expect(
      origins(genetics('乳癌。gBRCA検査（コンパニオン診断）で BRCA2 c.5946del 陽性。')),
    ).toEqual(['BRCA2 c.5946del present germline']);
    // (A tumour companion diagnostic stays the tumour's.)
    expect(
      origins(genetics('卵巣癌。コンパニオン診断でBRCA2 c.5946del 病的バリアントを検出。')),
    ).toEqual(['BRCA2 c.5946del present somatic']);
    expect(
      origins(
        genetics(
          '前立腺癌。コンパニオン診断（FoundationOne CDx、前立腺生検検体）：BRCA2 c.7480C>T 検出。',
        ),
      ),
    ).toEqual(['BRCA2 c.7480C>T present somatic']);
  });
});
