import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant-or-kind status subject". */
const keys = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject}`)
    .sort();

describe('genetics extractor, Japanese prober pgja6 items 5, 6, 9 and 10 (fpj6b)', () => {
  it('gives nothing for counselling and textbook statements about a change (item 5)', () => {
    for (const text of [
      '遺伝カウンセリング（検査前）。BRCA1病的バリアント保持者の乳癌生涯リスクは約70%、卵巣癌は約40%と説明。',
      '説明：BRCA2病的バリアント保持者では膵癌・前立腺癌のリスクも上昇することを説明した。結果は4週間後。',
      'Lynch症候群の説明：MLH1、MSH2の病的バリアント保持者では大腸癌リスクが高いことを説明。',
      'PALB2病的バリアント保持者の乳癌リスクは約35%とされる。',
      'KRAS G12Cは予後不良とされる。',
      'TP53変異は予後不良と報告されている。',
      'BRAF V600E変異は大腸癌の予後不良因子である。',
      'EGFR exon20挿入変異はEGFR-TKIに抵抗性とされる。',
      'RET融合遺伝子陽性例にはセルペルカチニブが有効。',
      'PIK3CA変異はアルペリシブの効果予測因子である。',
      'ESR1変異はアロマターゼ阻害薬耐性に関与する。',
      'MET増幅はEGFR-TKI耐性機序の一つである。',
      'KRAS G12Dは膵癌で最も多い変異である。',
      'EGFR T790Mが生じるとゲフィチニブ耐性となる。',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
    expect(keys(genetics('EGFR L858R陽性。T790Mは耐性機序の約半数を占めるとされる。'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
    expect(
      keys(genetics('ALK融合遺伝子陽性。ALK G1202Rはロルラチニブで克服可能とされる。')),
    ).toEqual(['ALK fusion present patient']);
    expect(
      keys(
        genetics(
          'EGFR変異陽性肺腺癌、オシメルチニブ投与中。KRAS変異は予後不良とされるが本例は該当しない。',
        ),
      ),
    ).toEqual(['EGFR other present patient']);
    // (The patient's own carrier result, a relative's, a class and past hearsay stay results.)
    expect(
      keys(genetics('本人はBRCA2病的バリアント保持者であり、膵癌リスクについて説明した。')),
    ).toEqual(['BRCA2 other present patient']);
    expect(keys(genetics('母はBRCA1病的バリアント保持者。'))).toEqual([
      'BRCA1 other present family',
    ]);
    expect(keys(genetics('BRCA2 c.7007G>Aは病的バリアントとされる。'))).toEqual([
      'BRCA2 c.7007G>A present patient',
    ]);
    // (The earlier test's gene-level negative is kept beside the later variant: decision 52, pgja6
    // item 4, fpj6a.)
    expect(keys(genetics('前医ではKRAS野生型とされていたが、当院NGSでKRAS G12C検出。'))).toEqual([
      'KRAS p.Gly12Cys present patient',
      'KRAS wild_type absent patient',
    ]);
    expect(keys(genetics('ESR1 Y537S検出。内分泌療法耐性に関与していると考えられる。'))).toEqual([
      'ESR1 p.Tyr537Ser present patient',
    ]);
  });

  it('gives nothing for a change or its carrying suspected in the plain verb (item 6)', () => {
    for (const text of [
      'EGFR変異陽性肺癌を疑う。',
      'EGFR L858R陽性肺癌を疑う所見。',
      'KRAS変異の存在を疑う。',
      '若年・非喫煙であり、ドライバー変異（EGFR、ALK）の存在を疑う。',
      'MSI-Hおよび家族歴からLynch症候群（MLH1病的バリアント）を疑う。',
      '家族歴からBRCA2病的バリアントの保持を疑う。',
      'BRCA1病的バリアントの保持が疑われる。',
      'TP53病的バリアントの保持が強く疑われる。',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
    // (A result after the suspicion's contrast stands; a result before another suspicion too.)
    expect(keys(genetics('ALK陽性肺癌を疑うも、ALK融合遺伝子は陰性。'))).toEqual([
      'ALK fusion absent patient',
    ]);
    expect(keys(genetics('EGFR変異陽性肺癌を疑うが、EGFR遺伝子検査は陰性であった。'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    expect(keys(genetics('KRAS G12D陽性であり、膵癌を疑う。'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it('keeps the change a drug or a trial is weighed for (item 9)', () => {
    for (const [text, key] of [
      ['ERBB2増幅（コピー数15）に対し治験を検討。', 'ERBB2 amplification present patient'],
      ['MET増幅に対しテポチニブ併用を検討中。', 'MET amplification present patient'],
      ['KRAS G12Cに対しソトラシブを検討。', 'KRAS p.Gly12Cys present patient'],
      ['FGFR2融合遺伝子に対しペミガチニブの投与を検討している。', 'FGFR2 fusion present patient'],
      ['RET融合遺伝子に対する治療としてセルペルカチニブを検討。', 'RET fusion present patient'],
    ] as const) {
      expect(keys(genetics(text)), text).toEqual([key]);
    }
    // (A condition, a test weighed and a drug class stay nothing.)
    expect(genetics('KRAS G12C陽性であればソトラシブを検討。')).toEqual([]);
    expect(genetics('EGFR遺伝子検査を検討中。')).toEqual([]);
    expect(genetics('KRAS G12C阻害薬を検討。')).toEqual([]);
  });

  it("gives no entry for a trial's target told with 対象 alone (item 10)", () => {
    expect(
      keys(
        genetics(
          '治験スクリーニング：EGFR exon20挿入変異陽性例が対象。本例はEGFR L858Rのため非該当。',
        ),
      ),
    ).toEqual(['EGFR p.Leu858Arg present patient']);
    expect(
      keys(
        genetics('KRAS G12C阻害薬の治験（KRAS G12C変異陽性例対象）を検討したが、本例はKRAS G12D。'),
      ),
    ).toEqual(['KRAS p.Gly12Asp present patient']);
    expect(keys(genetics('治験スクリーニング：KRAS G12C陽性（組織）。'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
  });
});
