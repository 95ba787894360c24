import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant status origin". */
const sourced = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin}`).sort();

describe('genetics extractor, Japanese probe round pgja5 (items 2, 4, 8-12)', () => {
  it('reads katakana インサーション / デリーション as the exon-level class (item 2)', () => {
    expect(brief(genetics('EGFR エクソン20インサーション陽性'))).toEqual([
      'EGFR exon_insertion 20 present patient',
    ]);
    expect(brief(genetics('EGFR エクソン20 インサーション'))).toEqual([
      'EGFR exon_insertion 20 present patient',
    ]);
    expect(brief(genetics('EGFR ｴｸｿﾝ20ｲﾝｻｰｼｮﾝ 陽性'))).toEqual([
      'EGFR exon_insertion 20 present patient',
    ]);
    expect(brief(genetics('HER2 エクソン20インサーション陽性'))).toEqual([
      'ERBB2 exon_insertion 20 present patient',
    ]);
    expect(brief(genetics('EGFR ex19デリーション陽性'))).toEqual([
      'EGFR exon_deletion 19 present patient',
    ]);
    expect(brief(genetics('EGFRエクソン20インサーションは検出されず'))).toEqual([
      'EGFR exon_insertion 20 absent patient',
    ]);
  });

  it('keeps a class positive before the same gene named again with another class negative (item 4)', () => {
    expect(brief(genetics('METエクソン14スキッピング、MET増幅なし'))).toEqual([
      'MET exon_skipping 14 present patient',
      'MET amplification absent patient',
    ]);
    expect(brief(genetics('MET ex14スキッピング、MET増幅は認めず'))).toEqual([
      'MET exon_skipping 14 present patient',
      'MET amplification absent patient',
    ]);
    expect(brief(genetics('FGFR2融合（パートナー不明）、FGFR2増幅なし'))).toEqual([
      'FGFR2 fusion present patient',
      'FGFR2 amplification absent patient',
    ]);
    expect(brief(genetics('EGFR exon19欠失、EGFR増幅なし'))).toEqual([
      'EGFR exon_deletion 19 present patient',
      'EGFR amplification absent patient',
    ]);
    expect(
      sourced(genetics('体細胞変異としてBRCA2 c.7007G>A、生殖細胞系列バリアントは認めず。')),
    ).toEqual(['BRCA2 c.7007G>A present somatic']);
    // (A list joined by ・ or および still shares the negative; so does a list of one class.)
    expect(brief(genetics('EGFR exon19欠失およびMET増幅は認めず'))).toEqual([
      'EGFR exon_deletion 19 absent patient',
      'MET amplification absent patient',
    ]);
    expect(brief(genetics('ALK融合、ROS1融合遺伝子は陰性'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it('reads a change typed with stray spaces or an arrow (item 8)', () => {
    expect(brief(genetics('EGFR L 858 R 陽性'))).toEqual(['EGFR p.Leu858Arg present patient']);
    expect(brief(genetics('BRAF V 600 E 陽性'))).toEqual(['BRAF p.Val600Glu present patient']);
    for (const text of [
      'EGFR c. 2573T>G 陽性',
      'EGFR c.2573 T>G 陽性',
      'EGFR c.2573T > G 陽性',
      'EGFR c.2573T→G 陽性',
    ])
      expect(genetics(text).map((f) => `${f.gene} ${f.hgvs_c} ${f.status}`)).toEqual([
        'EGFR c.2573T>G present',
      ]);
    for (const text of [
      'EGFR del E746-A750 陽性',
      'EGFR E746_A750 del 陽性',
      'EGFR p.E746_A750delELREA',
    ])
      expect(brief(genetics(text))).toEqual(['EGFR p.Glu746_Ala750del present patient']);
    // (Not a staging run, nor residues that do not match the range.)
    expect(brief(genetics('T 2 N 0 M 0、EGFR陰性'))).toEqual(['EGFR wild_type absent patient']);
    expect(brief(genetics('EGFR p.E746_A750delELRE'))).toEqual([]);
  });

  it('reads a multi-exon ex / Ex / exon N-M del as exon_deletion, exon null (item 9)', () => {
    for (const text of [
      'BRCA2 ex3-7欠失',
      'BRCA2 ex3-7欠失を認めた',
      'BRCA2 ex3～7欠失',
      'BRCA2 Ex3-7 del',
      'MSH2 exon1-6 del（MLPA）',
    ])
      expect(genetics(text).map((f) => `${f.gene} ${f.kind} ${f.exon} ${f.status}`)).toEqual([
        `${text.slice(0, text.indexOf(' '))} exon_deletion null present`,
      ]);
  });

  it('keeps the exon of a point-mutation bracket after a gene-level positive (item 10)', () => {
    expect(brief(genetics('EGFR遺伝子変異陽性（エクソン21点突然変異）'))).toEqual([
      'EGFR other 21 present patient',
    ]);
    expect(brief(genetics('EGFR遺伝子変異陽性（exon21 point mutation）'))).toEqual([
      'EGFR other 21 present patient',
    ]);
  });

  it('reads a single-colon fusion with its partner (item 11)', () => {
    expect(brief(genetics('EML4:ALK 陽性'))).toEqual(['ALK fusion EML4 present patient']);
    expect(brief(genetics('EML4 : ALK 陽性'))).toEqual(['ALK fusion EML4 present patient']);
    expect(brief(genetics('CD74:ROS1融合遺伝子を検出'))).toEqual([
      'ROS1 fusion CD74 present patient',
    ]);
  });

  it('gives nothing for a germline possibility judged unlikely (item 12)', () => {
    expect(brief(genetics('BRCA2の生殖細胞系列バリアントの可能性は否定的である。'))).toEqual([]);
    expect(
      sourced(
        genetics(
          '腫瘍組織NGSでBRCA2 c.5946delを検出（VAF 15%）。BRCA2の生殖細胞系列バリアントの可能性は否定的と考える。',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del present somatic']);
    // (A call judged negative stays one.)
    expect(brief(genetics('EGFR変異は否定的'))).toEqual(['EGFR wild_type absent patient']);
  });
});
