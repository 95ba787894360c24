import { describe, expect, it } from 'vitest';
import { geneticsOf, statusKeys } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'ja');
const keys = statusKeys;

describe('genetics extractor, Japanese prober pgja9 (fgj9b)', () => {
  it('reads a bare sign or mark in a pipe table cell (item 4; decision 32)', () => {
    expect(keys(genetics('遺伝子｜結果\nEGFR｜－\nALK｜－\nBRAF｜＋'))).toEqual([
      'ALK wild_type absent null null',
      'BRAF other present null pathogenic',
      'EGFR wild_type absent null null',
    ]);
    expect(keys(genetics('遺伝子｜結果\nEGFR｜-\nKRAS｜+'))).toEqual([
      'EGFR wild_type absent null null',
      'KRAS other present null pathogenic',
    ]);
    expect(keys(genetics('項目｜結果\nEGFR変異｜－\nALK融合｜－\nROS1融合｜＋'))).toEqual([
      'ALK fusion absent null null',
      'EGFR wild_type absent null null',
      'ROS1 fusion present null pathogenic',
    ]);
    expect(keys(genetics('項目｜結果\nBRAF V600E｜－\nKRAS G12C｜＋'))).toEqual([
      'BRAF p.Val600Glu absent null null',
      'KRAS p.Gly12Cys present null pathogenic',
    ]);
    expect(keys(genetics('項目｜結果\nEGFR変異｜×\nALK融合｜×\nROS1融合｜〇'))).toEqual([
      'ALK fusion absent null null',
      'EGFR wild_type absent null null',
      'ROS1 fusion present null pathogenic',
    ]);
    expect(keys(genetics('遺伝子｜判定\nKRAS｜○\nNRAS｜×'))).toEqual([
      'KRAS other present null pathogenic',
      'NRAS wild_type absent null null',
    ]);
  });

  it('reads a spaced plus closed by the next change or the next gene (item 4)', () => {
    expect(keys(genetics('EGFR：L858R ＋／T790M －'))).toEqual([
      'EGFR p.Leu858Arg present null pathogenic',
      'EGFR p.Thr790Met absent null null',
    ]);
    expect(keys(genetics('EGFR ＋　ALK －　ROS1 －'))).toEqual([
      'ALK wild_type absent null null',
      'EGFR other present null pathogenic',
      'ROS1 wild_type absent null null',
    ]);
    // (Not a genotype's "+/-".)
    expect(genetics('BRCA1 +/-')).toEqual([]);
  });

  it('reads the class word in the exon field or cell (item 11; decisions 4 and 32)', () => {
    expect(keys(genetics('EGFR エクソン19：欠失 陽性'))).toEqual([
      'EGFR exon_deletion present 19 pathogenic',
    ]);
    expect(keys(genetics('EGFR エクソン20：挿入変異 陽性'))).toEqual([
      'EGFR exon_insertion present 20 pathogenic',
    ]);
    expect(keys(genetics('MET エクソン14：スキッピング 陽性'))).toEqual([
      'MET exon_skipping present 14 pathogenic',
    ]);
    expect(keys(genetics('EGFR｜エクソン19｜欠失｜陽性'))).toEqual([
      'EGFR exon_deletion present 19 pathogenic',
    ]);
    expect(keys(genetics('EGFR エクソン19：欠失なし'))).toEqual([
      'EGFR exon_deletion absent 19 null',
    ]);
  });

  it('reads a class phrase wrapped inside a pipe table cell (item 9; decision 51)', () => {
    expect(keys(genetics('遺伝子｜変化｜VAF\nEGFR｜エクソン19\n欠失｜25%'))).toEqual([
      'EGFR exon_deletion present 19 pathogenic',
    ]);
    expect(keys(genetics('遺伝子｜変化｜VAF\nMET｜エクソン14\nスキッピング｜12%'))).toEqual([
      'MET exon_skipping present 14 pathogenic',
    ]);
    expect(
      keys(genetics('遺伝子｜変化｜VAF｜エビデンスレベル\nCDKN2A｜ホモ接合性\n欠失｜－｜－')),
    ).toEqual(['CDKN2A copy_loss present null null']);
    expect(keys(genetics('遺伝子｜変化｜VAF\nPTEN｜ホモ接合性欠\n失｜－'))).toEqual([
      'PTEN copy_loss present null null',
    ]);
    // (A whole row under a whole row stays two rows.)
    expect(keys(genetics('遺伝子｜変化｜VAF\nEGFR｜L858R｜25%\nTP53｜R273H｜41%'))).toEqual([
      'EGFR p.Leu858Arg present null pathogenic',
      'TP53 p.Arg273His present null null',
    ]);
  });

  it('reads a field block keyed by its gene (item 5; decisions 51 and 62)', () => {
    expect(keys(genetics('遺伝子名：TP53\n変化：R175H'))).toEqual([
      'TP53 p.Arg175His present null null',
    ]);
    expect(keys(genetics('遺伝子：ARID1A\n変異：Q563*\n判定：Tier III'))).toEqual([
      'ARID1A p.Gln563Ter present null uncertain',
    ]);
    expect(keys(genetics('①遺伝子：KRAS\n　変化：G12D\n②遺伝子：TP53\n　変化：R273H'))).toEqual([
      'KRAS p.Gly12Asp present null pathogenic',
      'TP53 p.Arg273His present null null',
    ]);
    expect(
      keys(genetics('遺伝子：EGFR\n変異：L858R\n判定：陽性\n遺伝子：ALK\n判定：陰性')),
    ).toEqual(['ALK wild_type absent null null', 'EGFR p.Leu858Arg present null pathogenic']);
    expect(
      keys(genetics('遺伝子：EGFR\n結果：陰性\n遺伝子：ALK\n結果：陰性\n遺伝子：ROS1\n結果：陰性')),
    ).toEqual([
      'ALK wild_type absent null null',
      'EGFR wild_type absent null null',
      'ROS1 wild_type absent null null',
    ]);
  });

  it('binds a change-first table row to the gene in its own row (item 13)', () => {
    expect(
      keys(genetics('アミノ酸変化｜遺伝子｜VAF\np.G12D｜KRAS｜23%\np.R273H｜TP53｜41%')),
    ).toEqual(['KRAS p.Gly12Asp present null pathogenic', 'TP53 p.Arg273His present null null']);
    expect(keys(genetics('変化｜遺伝子｜VAF\nc.35G>A｜KRAS｜23%\nc.818G>A｜TP53｜41%'))).toEqual([
      'KRAS c.35G>A present null null',
      'TP53 c.818G>A present null null',
    ]);
    expect(keys(genetics('変化｜遺伝子｜判定\nG12C｜KRAS｜陽性\nV600E｜BRAF｜陰性'))).toEqual([
      'BRAF p.Val600Glu absent null null',
      'KRAS p.Gly12Cys present null pathogenic',
    ]);
  });
});
