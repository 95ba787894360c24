import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'ja', noteType);

/** Findings with their class and origin: "GENE variant status significance origin". */
const classed = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.significance} ${f.origin}`);

describe('genetics extractor, Japanese (dev72 phenomena)', () => {
  it('keeps the gene-level negative beside a class named among examples (decision 61)', () => {
    expect(
      brief(
        genetics('EGFR（エクソン19欠失、L858R、T790M を含む）、BRAF、ERBB2：検出されず'),
      ).sort(),
    ).toEqual([
      'BRAF wild_type absent patient',
      'EGFR exon_deletion 19 absent patient',
      'EGFR p.Leu858Arg absent patient',
      'EGFR p.Thr790Met absent patient',
      'EGFR wild_type absent patient',
      'ERBB2 wild_type absent patient',
    ]);
    expect(brief(genetics('ERBB2（エクソン20挿入を含む）は検出されず')).sort()).toEqual([
      'ERBB2 exon_insertion 20 absent patient',
      'ERBB2 wild_type absent patient',
    ]);
    // (A bare bracket lists what was tested: no gene-level entry, decision 77.)
    expect(brief(genetics('EGFR（エクソン19欠失、L858R）：陰性')).sort()).toEqual([
      'EGFR exon_deletion 19 absent patient',
      'EGFR p.Leu858Arg absent patient',
    ]);
  });

  it("keeps a class in one gene's bracket to that gene (decision 77)", () => {
    expect(
      brief(
        genetics(
          '検出されなかった変化：EGFR、KRAS、BRAF、ERBB2、MET（エクソン14スキッピング・増幅）、ALK・ROS1・RET 融合',
        ),
      ).sort(),
    ).toEqual([
      'ALK fusion absent patient',
      'BRAF wild_type absent patient',
      'EGFR wild_type absent patient',
      'ERBB2 wild_type absent patient',
      'KRAS wild_type absent patient',
      'MET amplification absent patient',
      'MET exon_skipping 14 absent patient',
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(
      brief(genetics('KRAS、NRAS、BRAF、ERBB2（エクソン20挿入・増幅）：いずれも検出されず')).sort(),
    ).toEqual([
      'BRAF wild_type absent patient',
      'ERBB2 amplification absent patient',
      'ERBB2 exon_insertion 20 absent patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    // (A class word alone in a bracket before the list's shared result may still be the list's.)
    expect(brief(genetics('EGFR、KRAS、MET（増幅）：陰性')).sort()).toEqual([
      'EGFR amplification absent patient',
      'KRAS amplification absent patient',
      'MET amplification absent patient',
    ]);
  });

  it('reads changes found earlier and lost now as present and absent (decision 60)', () => {
    expect(
      brief(
        genetics(
          '前回の Guardant360 では KRAS Q61H 0.8%、EGFR S492R 0.2% が検出されていたが、今回はいずれも消失。',
        ),
      ).sort(),
    ).toEqual([
      'EGFR p.Ser492Arg absent patient',
      'EGFR p.Ser492Arg present patient',
      'KRAS p.Gln61His absent patient',
      'KRAS p.Gln61His present patient',
    ]);
    expect(brief(genetics('T790Mを認めていたが、今回は陰性。')).sort()).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
    // (A negative after a measured change is still the next item's alone.)
    expect(brief(genetics('ALK G1202R 1.1%、ALK I1171N 検出されず'))).toEqual([
      'ALK p.Gly1202Arg present patient',
      'ALK p.Ile1171Asn absent patient',
    ]);
  });

  it('reads a lone dash in a headerless block with labelled levels as no level', () => {
    const text = [
      '〔体細胞変異〕',
      '　KRAS　G12R（c.34G>C）　VAF 18%　エビデンスレベル D',
      '　TP53　R273H（c.818G>A）　VAF 20%　－',
      '　SMAD4　ホモ接合性欠失　－',
    ].join('\n');
    expect(classed(genetics(text, 'ngs_report'))).toEqual([
      'KRAS p.Gly12Arg present pathogenic somatic',
      'TP53 p.Arg273His present null somatic',
      'SMAD4 copy_loss present null somatic',
    ]);
    // (With no labelled level in its block, a lone dash is still a negative call.)
    expect(brief(genetics('　SMAD4　ホモ接合性欠失　－'))).toEqual([
      'SMAD4 copy_loss absent patient',
    ]);
  });

  it('reads a bare レベル column as the evidence level', () => {
    const text = [
      '| 遺伝子 | 変化 | VAF | レベル |',
      '| BRAF | G469A（c.1406G>C） | 22% | C |',
      '| TP53 | R175H（c.524G>A） | 35% | － |',
    ].join('\n');
    expect(classed(genetics(text, 'ngs_report'))).toEqual([
      'BRAF p.Gly469Ala present pathogenic somatic',
      'TP53 p.Arg175His present null somatic',
    ]);
  });

  it('does not take a class heading of the next rows as a key of the row above', () => {
    const text = [
      '検出された変化　　　　　　　　cfDNA%',
      '　PIK3CA E545K（c.1633G>A）　 0.5%',
      '病的意義不明のバリアント：ATM p.S707P（0.6%）',
    ].join('\n');
    expect(classed(genetics(text, 'ngs_report'))).toEqual([
      'PIK3CA p.Glu545Lys present pathogenic somatic',
      'ATM p.Ser707Pro present uncertain somatic',
    ]);
    expect(classed(genetics('BRCA2 c.8187G>T（p.K2729N）\n病的意義：不明（VUS）'))).toEqual([
      'BRCA2 p.Lys2729Asn present uncertain somatic',
    ]);
  });

  it("takes no source for a plan line's restated result from a germline line above", () => {
    const text = [
      '〈体細胞変異〉',
      '　1. BRAF　V600E（c.1799T>A）　アレル頻度 36%　エビデンスレベル A',
      '〈生殖細胞系列〉遺伝性腫瘍関連遺伝子に病的バリアントを認めない',
      'TMB 6.0 mut/Mb',
      '推奨：エンコラフェニブ＋セツキシマブ。BRAF V600E 陽性大腸癌として保険適用あり。',
    ].join('\n');
    expect(classed(genetics(text, 'ngs_report'))).toEqual([
      'BRAF p.Val600Glu present pathogenic somatic',
    ]);
    // (Its own words still name a source.)
    expect(
      classed(
        genetics(
          '〈生殖細胞系列〉病的バリアントなし\n推奨：BRCA2 c.5946del（生殖細胞系列）保持者としてサーベイランス。',
        ),
      ),
    ).toEqual(['BRCA2 frameshift present null germline']);
  });

  it('keeps an earlier test retold on a 既往の遺伝子検査 line beside the panel (decision 52)', () => {
    const text = [
      '既往の遺伝子検査：2023/03 原発巣 RAS/BRAF検査 → KRAS・NRASともに変異なし',
      '今回：包括的がんゲノムプロファイリング検査（肝転移巣生検、2025/06）',
      '遺伝子｜変化｜VAF／コピー数｜エビデンスレベル',
      'KRAS｜Q61H（c.183A>T）｜3.1%｜R',
      '推奨：KRAS Q61Hは抗EGFR抗体療法中に獲得した耐性変異と考えられる。',
    ].join('\n');
    expect(brief(genetics(text, 'mdt_summary')).sort()).toEqual([
      'KRAS p.Gln61His present patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });
});
