import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => brief(geneticsOf(text, 'ja'));

describe('genetics extractor, Japanese comma entries, list labels, bare EGFR and dated rows', () => {
  it('keeps a named change found when the next comma entry is another gene with its own negative', () => {
    expect(genetics('KRAS G12D、NRAS陰性')).toEqual([
      'KRAS p.Gly12Asp present patient',
      'NRAS wild_type absent patient',
    ]);
    expect(genetics('EGFR Ex19del、ALK・ROS1陰性')).toEqual([
      'EGFR exon_deletion 19 present patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
    expect(genetics('KRAS c.35G>A（p.G12D）、NRAS陰性、BRAF陰性')).toEqual([
      'KRAS p.Gly12Asp present patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(genetics('肺腺癌（EGFR L858R、ALK陰性）')).toEqual([
      'EGFR p.Leu858Arg present patient',
      'ALK wild_type absent patient',
    ]);
    expect(genetics('ALK融合遺伝子（EML4-ALK）、EGFR陰性')).toEqual([
      'ALK fusion EML4 present patient',
      'EGFR wild_type absent patient',
    ]);
    expect(genetics('PIK3CA H1047R、ESR1検出されず')).toEqual([
      'PIK3CA p.His1047Arg present patient',
      'ESR1 wild_type absent patient',
    ]);
    expect(genetics('BRCA2 c.5946del（体細胞）、BRCA1（生殖細胞系列）陰性')).toEqual([
      'BRCA2 c.5946del present patient',
      'BRCA1 wild_type absent patient',
    ]);
    expect(genetics('ERBB2増幅、KRAS陰性')).toEqual([
      'ERBB2 amplification present patient',
      'KRAS wild_type absent patient',
    ]);
  });

  it('still shares a negative across a list, a colon label or a list pointed back at', () => {
    // (A colon after the last entry is the list's label: ja-g-1327.)
    expect(genetics('AKT1 E17K、PTEN：検出されず')).toEqual([
      'AKT1 p.Glu17Lys absent patient',
      'PTEN wild_type absent patient',
    ]);
    expect(genetics('T790M、C797S陰性')).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    expect(genetics('EGFR L858R、T790M陰性')).toEqual([
      'EGFR p.Leu858Arg absent patient',
      'EGFR p.Thr790Met absent patient',
    ]);
  });

  it('lets an entry’s own negative win over a 検出： / 陽性： label heading the list', () => {
    expect(genetics('検出：KRAS G12C、EGFR陰性')).toEqual([
      'KRAS p.Gly12Cys present patient',
      'EGFR wild_type absent patient',
    ]);
    expect(genetics('陽性：KRAS G12C、NRAS・BRAF検出されず')).toEqual([
      'KRAS p.Gly12Cys present patient',
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(genetics('検出：EGFR L858R、T790M陰性')).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    // (Without a word of its own the entry is the label's.)
    expect(genetics('検出：KRAS G12C、NRAS')).toEqual([
      'KRAS p.Gly12Cys present patient',
      'NRAS other present patient',
    ]);
  });

  it('reads bare EGFR with a particle, 検査 or a spaced minus before its result, never eGFR', () => {
    for (const text of [
      'EGFRは陰性であった。',
      'EGFRについては陰性であった。',
      'EGFRが陰性であった。',
      'ＥＧＦＲは陰性であった。',
      'EGFR検査は陰性。',
      'EGFR検査：陰性',
      'EGFR　−',
      'EGFR：－',
    ]) {
      expect(genetics(text), text).toEqual(['EGFR wild_type absent patient']);
    }
    expect(genetics('・EGFR　－\n・ALK　－')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
    ]);
    expect(genetics('肺腺癌、EGFRは陽性でオシメルチニブ開始。')).toEqual([
      'EGFR other present patient',
    ]);
    for (const text of [
      'EGFRは陽性。',
      'EGFR-TKI開始。',
      'EGFR－TKI開始。',
      'eGFR 45、BNP 120、CRP 陰性',
      'eGFRは45と低下。',
      'EGFRは未検。',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
  });

  it('does not read a later dated row of another gene as the earlier change lost', () => {
    expect(genetics('2024.8 KRAS G12C：陽性\n2025.2 NRAS：陰性')).toEqual([
      'KRAS p.Gly12Cys present patient',
      'NRAS wild_type absent patient',
    ]);
    expect(genetics('2023.4 EGFR：L858R\n2024.8 T790M：陽性\n2025.2 C797S：陰性')).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met present patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
    // (A row with no gene of its own is still the change's later result, decision 30.)
    expect(genetics('2023年：KRAS G12C陽性\n2024年：陰性')).toEqual([
      'KRAS p.Gly12Cys present patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
    expect(genetics('2023/5 KRAS G12D：陽性\n2024/2 NGS：陰性')).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS p.Gly12Asp absent patient',
    ]);
  });
});
