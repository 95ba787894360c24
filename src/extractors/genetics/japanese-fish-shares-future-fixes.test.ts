import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant-or-kind status subject". */
const keys = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject}`)
    .sort();

describe('genetics extractor, Japanese: FISH shares and future appearances (ftfixg)', () => {
  it('reads a FISH share measured against its call or cut-off as no monitored level', () => {
    for (const text of [
      'ROS1融合遺伝子 FISH：分離シグナル陽性細胞 6%（陰性）',
      'ROS1融合遺伝子(FISH)：陽性率 6%（閾値15%）で陰性',
      'ROS1（FISH）：分離シグナル 3%（陰性）',
      'ROS1 FISH：分離シグナル 6%（カットオフ15%未満）',
      'ROS1 FISH：陽性率 9.5%（cut off 10%）',
    ]) {
      expect(keys(genetics(text)), text).toEqual(['ROS1 fusion absent patient']);
    }
    expect(keys(genetics('ALK FISH：分離シグナル陽性細胞 4%（陰性）'))).toEqual([
      'ALK fusion absent patient',
    ]);
    // (A monitored course on one line still gives the level found then and the negative now.)
    for (const text of [
      'BCR-ABL1 IS：2024/10 12%、2025/7 0.05%、2026/1 検出せず',
      'BCR-ABL1は0.0032%まで低下し、その後検出感度以下',
      'PML-RARA：12%→0.5%→検出せず',
    ]) {
      expect(
        genetics(text)
          .map((f) => f.status)
          .sort(),
        text,
      ).toEqual(['absent', 'present']);
    }
    expect(keys(genetics('NPM1 MRD：0.5%→0.01%→陰性'))).toEqual([
      'NPM1 other absent patient',
      'NPM1 other present patient',
    ]);
  });

  it('reads a change that may appear in the future, closed by a comma, as no result', () => {
    expect(genetics('今後C797S出現、再燃時は再生検を考慮。')).toEqual([]);
    expect(genetics('将来的にT790M出現、C797Sの有無を確認')).toEqual([]);
    // (A course told, dated or not, still gives the change found.)
    expect(keys(genetics('2023/5 T790M出現、オシメルチニブ開始。'))).toEqual([
      'EGFR p.Thr790Met present patient',
    ]);
    expect(keys(genetics('EGFR T790M出現、C797Sは陰性'))).toEqual([
      'EGFR p.Cys797Ser absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
  });
});
