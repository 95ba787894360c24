import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant status origin". */
const sourced = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin}`).sort();

describe('genetics extractor, Japanese left-overs of the eighth stop', () => {
  it('gives nothing for a gene or change contrasted away (ではなく)', () => {
    expect(brief(genetics('変異はEGFRではなくKRASに認められた（G12V）。'))).toEqual([
      'KRAS p.Gly12Val present patient',
    ]);
    expect(brief(genetics('EGFR変異ではなくKRAS G12C変異を認めた。'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(brief(genetics('ALK融合ではなくROS1融合遺伝子が陽性であった。'))).toEqual([
      'ROS1 fusion present patient',
    ]);
    expect(brief(genetics('HER2増幅ではなくMET増幅を認めた。'))).toEqual([
      'MET amplification present patient',
    ]);
    expect(brief(genetics('EGFR L858RではなくG719Aを検出。'))).toEqual([
      'EGFR p.Gly719Ala present patient',
    ]);
    expect(brief(genetics('BRCA1ではなくBRCA2に病的バリアントを認めた。'))).toEqual([
      'BRCA2 other present patient',
    ]);
    // (A result after the contrast is still the gene's own.)
    expect(brief(genetics('EGFR変異ではなく野生型であった。'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
  });

  it('reads blood beside a tumour sample in a per-sample bracket', () => {
    expect(sourced(genetics('TP53 R273H（血液：陰性、腫瘍組織：陽性）'))).toEqual([
      'TP53 p.Arg273His absent germline',
      'TP53 p.Arg273His present somatic',
    ]);
    expect(sourced(genetics('PALB2 c.509_510del（腫瘍組織：陽性、血液：陰性）'))).toEqual([
      'PALB2 c.509_510del absent germline',
      'PALB2 c.509_510del present somatic',
    ]);
    // (A driver's blood is its plasma: the other test stays somatic.)
    expect(sourced(genetics('EGFR L858R（組織：陽性、血液：陰性）'))).toEqual([
      'EGFR p.Leu858Arg absent somatic',
      'EGFR p.Leu858Arg present somatic',
    ]);
  });

  it('reads a confirmation test restating the variant as germline, a driver re-test as somatic', () => {
    expect(
      sourced(
        genetics('腫瘍組織パネルでBRCA2 c.5946delを検出。確認検査でもBRCA2 c.5946delを認めた。'),
      ),
    ).toEqual(['BRCA2 c.5946del present germline']);
    expect(
      sourced(
        genetics(
          '腫瘍組織パネルでATM c.7638_7646delを検出。確認検査ではATM c.7638_7646delは検出されなかった。',
        ),
      ),
    ).toEqual(['ATM c.7638_7646del absent germline', 'ATM c.7638_7646del present somatic']);
    expect(sourced(genetics('BRAF V600E陽性（IHC）、NGSでも同変異を確認。'))).toEqual([
      'BRAF p.Val600Glu present somatic',
    ]);
    expect(sourced(genetics('EGFR L858R陽性（コバス）、NGSでも同変異を確認。'))).toEqual([
      'EGFR p.Leu858Arg present somatic',
    ]);
  });

  it('keeps a change told as appeared before a check of the next one', () => {
    expect(brief(genetics('T790M出現、C797S出現の有無を確認。'))).toEqual([
      'EGFR p.Thr790Met present patient',
    ]);
    expect(brief(genetics('KRAS G12D出現、NRASについては確認中。'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    // (A watch list and a bare check stay nothing.)
    expect(genetics('T790M出現、C797S出現に注意。')).toEqual([]);
    expect(genetics('T790M出現の有無を確認。')).toEqual([]);
  });

  it("reads a relative speaking of the patient as the patient's result", () => {
    expect(brief(genetics('妻より：夫はBRCA2陽性と聞いている。'))).toEqual([
      'BRCA2 other present patient',
    ]);
    expect(brief(genetics('長女より：父はBRCA1病的バリアント保持者と聞いている。'))).toEqual([
      'BRCA1 other present patient',
    ]);
    // (Another relative in the quote, or a relative as the subject, is still a relative.)
    expect(brief(genetics('妻より：夫の母はBRCA2陽性と聞いている。'))).toEqual([
      'BRCA2 other present family',
    ]);
    expect(brief(genetics('妻はBRCA2陽性と聞いている。'))).toEqual(['BRCA2 other present family']);
  });

  it('reads a plus glued between a gene and its cancer as a positive label', () => {
    expect(brief(genetics('EGFR＋肺扁平上皮癌'))).toEqual(['EGFR other present patient']);
    expect(brief(genetics('ALK＋肺腺癌、アレクチニブ内服中。'))).toEqual([
      'ALK fusion present patient',
    ]);
    expect(genetics('HER2＋乳癌、トラスツズマブ。')).toEqual([]);
  });

  it('keeps the earlier positive written before a 消失 (decision 60)', () => {
    expect(brief(genetics('前回検出のT790Mは消失。')).sort()).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
    expect(
      brief(genetics('前回検出されていたEGFR T790Mは今回の血漿検査で消失していた。')).sort(),
    ).toEqual(['EGFR p.Thr790Met absent patient', 'EGFR p.Thr790Met present patient']);
    // (消失 alone stays the absent entry only.)
    expect(brief(genetics('治療後 ctDNA で KRAS G12C 消失。'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
    ]);
  });
});
