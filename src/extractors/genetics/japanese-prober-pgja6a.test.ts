import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** Findings as "GENE variant-or-kind status subject". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject}`).sort();

describe('genetics extractor, Japanese prober pgja6 items 1–4, 7, 8 (fpj6a)', () => {
  it('ends a family history at a heading later on its own line', () => {
    for (const text of [
      '【家族歴】母 卵巣癌【現病歴】膵癌、KRAS G12D陽性。',
      '家族歴：母 卵巣癌 現病歴：膵癌、KRAS G12D陽性。',
      '家族歴：母 卵巣癌。現病歴：膵癌、KRAS G12D陽性。',
      '［家族歴］母 卵巣癌 ［現病歴］膵癌、KRAS G12D陽性。',
      '＜家族歴＞母 卵巣癌＜現病歴＞膵癌、KRAS G12D陽性。',
      '■家族歴 母 卵巣癌 ■現病歴 膵癌、KRAS G12D陽性。',
    ])
      expect(findings(genetics(text)), text).toEqual(['KRAS p.Gly12Asp present patient']);
    // (A relative's own heading, or the finding inside the relative's field, stays the relative's.)
    expect(findings(genetics('【家族歴】母 卵巣癌（BRCA1 c.68_69del保持）'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
    expect(findings(genetics('【家族歴】母 乳癌【母】BRCA1陽性'))).toEqual([
      'BRCA1 other present family',
    ]);
  });

  it('ends an inline family history at the next line at the margin that names no relative', () => {
    for (const text of [
      '家族歴：なし\nEGFR L858R陽性',
      '既往歴：乳癌（2010年）\n家族歴：母 卵巣癌\nEGFR L858R陽性',
      '家族歴：父 膵癌\nO）EGFR L858R検出',
      '家族歴：父 膵癌\n―――\nEGFR L858R検出',
      '家族歴：父 肺癌\n肺腺癌 cT2N0M0 EGFR L858R陽性。',
    ])
      expect(findings(genetics(text)), text).toEqual(['EGFR p.Leu858Arg present patient']);
    expect(findings(genetics('家族歴：母 乳癌\nERBB2増幅（コピー数12）'))).toEqual([
      'ERBB2 amplification present patient',
    ]);
    // (Controls: a relative's line, a line cut after a comma or mid-phrase, an indented line.)
    expect(findings(genetics('家族歴：母 乳癌\n母方叔母 卵巣癌、BRCA1陽性'))).toEqual([
      'BRCA1 other present family',
    ]);
    expect(findings(genetics('家族歴：父 膵癌、\nBRCA2 c.5946del保持'))).toEqual([
      'BRCA2 c.5946del present family',
    ]);
    expect(
      findings(genetics('家族歴：母 卵巣癌（50歳）、BRCA1遺伝学的検査で\nc.68_69del保持')),
    ).toEqual(['BRCA1 c.68_69del present family']);
  });

  it("reads a report block's change row with the call under it", () => {
    expect(findings(genetics('遺伝子名：KRAS\n変異：G12C\n結果：陰性'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
    ]);
    expect(
      findings(
        genetics('遺伝子：BRCA2\n塩基変化：c.7007G>A\nアミノ酸変化：p.R2336H\n結果：検出されず'),
      ),
    ).toEqual(['BRCA2 p.Arg2336His absent patient']);
    expect(findings(genetics('遺伝子：ALK\n変異：融合\n結果：陰性'))).toEqual([
      'ALK fusion absent patient',
    ]);
    expect(findings(genetics('検査対象バリアント：BRCA1 c.68_69del\n結果：非保持'))).toEqual([
      'BRCA1 c.68_69del absent patient',
    ]);
    expect(findings(genetics('シングルサイト検査（BRCA2 c.5946del）\n結果：陰性'))).toEqual([
      'BRCA2 c.5946del absent patient',
    ]);
    expect(findings(genetics('EGFR L858R\n→陰性'))).toEqual(['EGFR p.Leu858Arg absent patient']);
    // (Controls: a positive call, and a blank line between.)
    expect(findings(genetics('遺伝子名：KRAS\n変異：G12C\n結果：陽性'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(findings(genetics('遺伝子名：KRAS\n変異：G12C\n\n結果：陰性'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
  });

  it("gives a gene row's block call to its change row, not to the gene as a whole (ftfixg)", () => {
    expect(findings(genetics('遺伝子：EGFR\n検体：組織\n変異：L858R\n結果：陰性'))).toEqual([
      'EGFR p.Leu858Arg absent patient',
    ]);
    expect(findings(genetics('遺伝子名：BRAF\nバリアント：V600E\n判定：陰性'))).toEqual([
      'BRAF p.Val600Glu absent patient',
    ]);
    // (A bare 変化：row is a change row too.)
    expect(findings(genetics('①遺伝子：KRAS\n　変化：G12D\n結果：陰性'))).toEqual([
      'KRAS p.Gly12Asp absent patient',
    ]);
    // (Controls: no change row, the gene's own call; a change row that is itself a call.)
    expect(findings(genetics('遺伝子：EGFR\n結果：陰性'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    expect(findings(genetics('遺伝子：EGFR\n変化：なし\n結果：陰性'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
  });

  it("gives a several-gene test's negative call under it to each gene", () => {
    expect(
      findings(genetics('BRCA1/2遺伝学的検査（BRACAnalysis）\n結果：病的バリアントなし')),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    expect(findings(genetics('EGFR/ALK/ROS1検査\n結果：いずれも陰性'))).toEqual([
      'ALK wild_type absent patient',
      'EGFR wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
    expect(findings(genetics('対象遺伝子：KRAS、NRAS\n結果：いずれも変異なし'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    // (Controls: a positive names no gene of them; a large panel's list is a method, decision 27.)
    expect(findings(genetics('BRCA1/2遺伝学的検査\n結果：陽性'))).toEqual([]);
    expect(
      findings(genetics('解析対象遺伝子：APC、MUTYH、MLH1、MSH2、MSH6\n結果：病的バリアントなし')),
    ).toEqual([]);
  });

  it("keeps an earlier test's gene-level negative beside the later test's variant", () => {
    expect(findings(genetics('前医のPCRでKRAS野生型、当院NGSでKRAS G12D検出。'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS wild_type absent patient',
    ]);
    expect(
      findings(genetics('他院のPCRではBRAF陰性と報告されていたが、NGSでBRAF V600Eを認めた。')),
    ).toEqual(['BRAF p.Val600Glu present patient', 'BRAF wild_type absent patient']);
    expect(findings(genetics('EGFR 陰性（2022）→ EGFR L858R 陽性（2025）'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR wild_type absent patient',
    ]);
    // (Control: one test's gene-level positive repeating its variant is the variant only.)
    expect(findings(genetics('当院NGSでEGFR遺伝子変異陽性（L858R）。'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it('reads a sentence wrapped after its topic particle as one', () => {
    expect(findings(genetics('EGFR遺伝子変異は\n陰性であった。'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    expect(
      findings(genetics('BRCA1およびBRCA2に病的バリアントは\n検出されませんでした。')),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    expect(findings(genetics('EGFR L858Rが\n検出された。'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it("reads a change's loss seen as absent, and its later appearance as present", () => {
    expect(findings(genetics('ctDNAでEGFR T790Mの消失を認めた。'))).toEqual([
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(findings(genetics('C797S：前回陰性、今回出現'))).toEqual([
      'EGFR p.Cys797Ser absent patient',
      'EGFR p.Cys797Ser present patient',
    ]);
    expect(findings(genetics('T790Mは2023年に陰性、2024年に出現。'))).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
    // (Controls: the appearance seen, and a plan on it.)
    expect(findings(genetics('C797Sの出現を確認した。'))).toEqual([
      'EGFR p.Cys797Ser present patient',
    ]);
    expect(findings(genetics('T790M陰性、出現すればオシメルチニブ'))).toEqual([]);
  });
});
