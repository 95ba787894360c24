import { describe, expect, it } from 'vitest';
import { geneticsOf, statusKeys } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'ja');
const keys = statusKeys;

describe('genetics extractor, Japanese prober pgja8 (fpj8)', () => {
  it('reads a change in its own tab-separated cell (item 1: already read with real tabs)', () => {
    expect(keys(genetics('EGFR\tL858R\t陽性'))).toEqual([
      'EGFR p.Leu858Arg present null pathogenic',
    ]);
    expect(keys(genetics('遺伝子\t変異\t判定\nKRAS\tG12C\t陰性\nBRAF\tV600E\t陽性'))).toEqual([
      'BRAF p.Val600Glu present null pathogenic',
      'KRAS p.Gly12Cys absent null null',
    ]);
    expect(
      genetics('EGFR\tL858R（c.2573T>G）\t陽性').map((f) => [f.hgvs_c, f.hgvs_p, f.significance]),
    ).toEqual([['c.2573T>G', 'p.Leu858Arg', 'pathogenic']]);
    expect(
      keys(
        genetics(
          '遺伝子\t変異\tVAF\t判定\nTP53\tp.R248W\t35.1%\tOncogenic\nSMAD4\tp.D351N\t12.0%\tVUS',
        ),
      ),
    ).toEqual([
      'SMAD4 p.Asp351Asn present null uncertain',
      'TP53 p.Arg248Trp present null pathogenic',
    ]);
    expect(keys(genetics('BRCA2\tc.5946del\tPathogenic'))).toEqual([
      'BRCA2 c.5946del present null pathogenic',
    ]);
  });

  it('reads the exon column of a table set off by ideographic spaces (item 2)', () => {
    expect(
      keys(genetics('遺伝子　変異　エクソン　判定\nKRAS　G12C　2　陰性\nBRAF　V600E　15　陽性')),
    ).toEqual(['BRAF p.Val600Glu present 15 pathogenic', 'KRAS p.Gly12Cys absent 2 null']);
    expect(
      keys(
        genetics(
          '遺伝子　変異/融合　　　　　　エクソン　VAF　　判定\nEGFR　　L858R（c.2573T>G）　 21　　　　35.2%　陽性\nALK　　 融合遺伝子　　　　　 －　　　　－　　 陰性',
        ),
      ),
    ).toEqual(['ALK fusion absent null null', 'EGFR p.Leu858Arg present 21 pathogenic']);
    expect(keys(genetics('　遺伝子　エクソン　変異　判定\n　BRAF　15　V600E　陽性'))).toEqual([
      'BRAF p.Val600Glu present 15 pathogenic',
    ]);
    // (Controls: no exon column, and a row past the table's blank line.)
    expect(keys(genetics('EGFR　L858R　陽性\nKRAS　G12C　陰性'))).toEqual([
      'EGFR p.Leu858Arg present null pathogenic',
      'KRAS p.Gly12Cys absent null null',
    ]);
    expect(
      keys(genetics('遺伝子　変異　エクソン　判定\nEGFR　L858R　21　陽性\n\nKRAS　G12C　2　陰性')),
    ).toEqual(['EGFR p.Leu858Arg present 21 pathogenic', 'KRAS p.Gly12Cys absent null null']);
  });
});
