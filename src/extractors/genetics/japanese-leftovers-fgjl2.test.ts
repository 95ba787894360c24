import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** Findings as "GENE variant-or-kind status subject origin". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject}`).sort();

describe('genetics extractor, Japanese left-overs of the first stop of 2026-12-01 (fgjl2)', () => {
  it('gives a change written out in HGVS the bare result on the line under it', () => {
    expect(findings(genetics('BRCA1 c.68_69del\n結果：陰性'))).toEqual([
      'BRCA1 c.68_69del absent patient',
    ]);
    expect(findings(genetics('EGFR c.2573T>G (p.L858R)\n判定：検出されず'))).toEqual([
      'EGFR p.Leu858Arg absent patient',
    ]);
    expect(findings(genetics('検査項目：KRAS c.35G>T\n結果：陰性'))).toEqual([
      'KRAS c.35G>T absent patient',
    ]);
    expect(findings(genetics('本人：BRCA1 c.68_69del シングルサイト検査\n結果：陰性'))).toEqual([
      'BRCA1 c.68_69del absent patient',
    ]);
    expect(findings(genetics('BRCA1 c.68_69del\n結果：陽性'))).toEqual([
      'BRCA1 c.68_69del present patient',
    ]);
    // (Controls: a finding's row with its measure, and a row with its own call, keep theirs.)
    expect(findings(genetics('TP53 c.743G>A  VAF 45%\n判定：陰性'))).toEqual([
      'TP53 c.743G>A present patient',
    ]);
    expect(findings(genetics('BRCA1 c.68_69del を検出\n結果：陰性'))).toEqual([
      'BRCA1 c.68_69del present patient',
    ]);
  });

  it('ends an inline family history at a closed line followed by a gene-opened line', () => {
    expect(findings(genetics('家族歴：父 膵癌。\nKRAS G12V検出'))).toEqual([
      'KRAS p.Gly12Val present patient',
    ]);
    expect(findings(genetics('家族歴：父 膵癌、母 乳癌。\n・EGFR L858R陽性'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
    // (A relative's own line, an indented or cut line, stays the relative's.)
    expect(findings(genetics('家族歴：父 膵癌。\n父はBRCA2 c.5946del保持'))).toEqual([
      'BRCA2 c.5946del present family',
    ]);
    expect(findings(genetics('家族歴：母 乳癌。\n　BRCA1 c.68_69del保持'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
    expect(findings(genetics('家族歴：父 膵癌、\nBRCA2 c.5946del保持'))).toEqual([
      'BRCA2 c.5946del present family',
    ]);
    expect(findings(genetics('家族歴：母 卵巣癌。\nBRCA1 c.68_69del（母）保持'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
  });

  it("reads a later relative's bare call after a comma as that relative's result", () => {
    expect(findings(genetics('母 BRCA1 陽性、姉 陰性'))).toEqual([
      'BRCA1 other absent family',
      'BRCA1 other present family',
    ]);
    expect(findings(genetics('母（BRCA1陽性）、姉（陰性）'))).toEqual([
      'BRCA1 other absent family',
      'BRCA1 other present family',
    ]);
    expect(findings(genetics('母 BRCA2 c.5946del 保持、妹（38）非保持'))).toEqual([
      'BRCA2 c.5946del absent family',
      'BRCA2 c.5946del present family',
    ]);
    // (The は form and the client's row are unchanged.)
    expect(findings(genetics('母 BRCA1 陽性、姉は陰性'))).toEqual([
      'BRCA1 other absent family',
      'BRCA1 other present family',
    ]);
    expect(
      findings(genetics('既知の家系内バリアント（BRCA1 c.68_69del）：本人 陽性、妹 陰性')),
    ).toEqual(['BRCA1 c.68_69del absent family', 'BRCA1 c.68_69del present patient']);
  });

  it('gives nothing for a change only denied with ではない', () => {
    expect(findings(genetics('耐性機序はT790Mではなかった。'))).toEqual([]);
    expect(findings(genetics('EGFR T790Mではない。'))).toEqual([]);
    expect(findings(genetics('EGFR L858R陽性。T790Mではない。'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
    // (A negated call is a negative.)
    expect(findings(genetics('T790M陽性ではない'))).toEqual(['EGFR p.Thr790Met absent patient']);
  });

  it("reads a family form's positive as the label of the change named in one of its genes", () => {
    expect(findings(genetics('gBRCA1/2陽性。BRCA1 c.5266dup'))).toEqual([
      'BRCA1 c.5266dup present patient',
    ]);
    expect(findings(genetics('IDH1/2 mut(+)（IDH2 R140Q）'))).toEqual([
      'IDH2 p.Arg140Gln present patient',
    ]);
    // (Alone it still names both genes; negatives are each gene's.)
    expect(findings(genetics('gBRCA1/2陽性'))).toEqual([
      'BRCA1 other present patient',
      'BRCA2 other present patient',
    ]);
    expect(findings(genetics('BRCA1/2陰性。KRAS G12D'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it('reads 出現 after a condition on when it would appear as a plan', () => {
    expect(findings(genetics('耐性化した際にはT790M出現、C797Sの有無を確認する'))).toEqual([]);
    expect(findings(genetics('増悪時はT790M出現、C797Sを検索予定'))).toEqual([]);
    // (A course told, and the fgja79 forms, stay found.)
    expect(findings(genetics('増悪時にT790M出現、オシメルチニブへ変更'))).toEqual([
      'EGFR p.Thr790Met present patient',
    ]);
    expect(findings(genetics('EGFR T790M出現、C797Sは陰性。'))).toEqual([
      'EGFR p.Cys797Ser absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
  });
});
