import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'ja', noteType);

/** Findings as "GENE variant kind status subject significance". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? '-'} ${f.kind} ${f.status} ${f.subject} ${f.significance ?? '-'}`,
    )
    .sort();

const BRCA2 = 'BRACAnalysis結果：BRCA2 c.5946del 病的バリアント陽性\n家系：\n';

describe('genetics extractor, Japanese (dev76 phenomena)', () => {
  it('reads the report shorthand homdel as a copy loss', () => {
    // (ja-g-7611: "CDKN2A homdel(CN0)" beside "SMAD4 wt".)
    expect(findings(genetics('F1CDx：KRAS G12D, CDKN2A homdel(CN0), SMAD4 wt'))).toEqual([
      'CDKN2A - copy_loss present patient -',
      'KRAS p.Gly12Asp snv present patient pathogenic',
      'SMAD4 - wild_type absent patient -',
    ]);
    expect(findings(genetics('F1CDx：CDKN2A/B homdel、PTEN homdel'))).toEqual([
      'CDKN2A - copy_loss present patient -',
      'CDKN2B - copy_loss present patient -',
      'PTEN - copy_loss present patient -',
    ]);
  });

  it("gives a relative's family row with no colon its results past ConText's reach", () => {
    // (ja-g-7606: "・母（68）卵巣癌 → 2019年 他院で BRCA2 同バリアント保持と判明済".)
    const family = 'BRCA2 c.5946del frameshift present family pathogenic';
    const own = 'BRCA2 c.5946del frameshift present patient pathogenic';
    expect(
      findings(
        genetics(
          `${BRCA2} ・母（68）卵巣癌 → 2019年 他院で BRCA2 同バリアント保持と判明済（報告書コピー持参）`,
        ),
      ),
    ).toEqual([family, own]);
    expect(
      findings(
        genetics(`${BRCA2} ・母（68）卵巣癌 → 2019年 他院で遺伝学的検査を受け、同バリアント保持`),
      ),
    ).toEqual([family, own]);
    expect(
      findings(
        genetics(
          `${BRCA2}・叔母（60代）乳癌 → 2020年に他院の遺伝外来で検査を受けBRCA2 c.5946del 陽性と判明`,
        ),
      ),
    ).toEqual([family, own]);
    // (Not the client named on the row.)
    expect(findings(genetics(`${BRCA2} ・母（68）卵巣癌 → 本人も同バリアント保持`))).toEqual([own]);
  });

  it('reads PV written after a named c. change as its class', () => {
    // (ja-g-7607: "myChoice（腫瘍、IDS検体）：BRCA1 c.68_69del（185delAG）PV、GIS 62".)
    expect(
      findings(
        genetics('・myChoice（腫瘍、IDS検体）：BRCA1 c.68_69del（185delAG）PV、GIS 62 → HRD陽性'),
      ),
    ).toEqual(['BRCA1 c.68_69del frameshift present patient pathogenic']);
    expect(findings(genetics('・myChoice（腫瘍）：BRCA2 c.7480C>T（p.R2494*）PV'))).toEqual([
      'BRCA2 p.Arg2494Ter snv present patient pathogenic',
    ]);
    // (Nor the disease after a protein change, nor a negative.)
    expect(findings(genetics('JAK2 c.1849G>T 陽性、PV疑い'))).toEqual([
      'JAK2 c.1849G>T snv present patient -',
    ]);
    expect(findings(genetics('BRCA2 c.5946del PV(−)'))).toEqual([
      'BRCA2 c.5946del frameshift absent patient -',
    ]);
  });

  it('reads the misspelt symbols EGRF, BRAC1 and BRAC2 as the intended genes (ja decision 115)', () => {
    expect(findings(genetics('EGRF(−)、ALK(−)'))).toEqual([
      'ALK - wild_type absent patient -',
      'EGFR - wild_type absent patient -',
    ]);
    expect(findings(genetics('EGRF exon19del(+)'))).toEqual([
      'EGFR - exon_deletion present patient pathogenic',
    ]);
    expect(findings(genetics('BRACAnalysis：BRAC1 PVなし'))).toEqual([
      'BRCA1 - wild_type absent patient -',
    ]);
    expect(findings(genetics('BRACAnalysis：BRAC2 c.7480C>T（p.R2494*）病的'))).toEqual([
      'BRCA2 p.Arg2494Ter snv present patient pathogenic',
    ]);
    // (EGR1 is a gene of its own, read only as itself.)
    expect(findings(genetics('EGR1 変異なし'))).toEqual(['EGR1 - wild_type absent patient -']);
  });
});
