import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** Findings as "GENE kind status". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer.map((f) => `${f.gene} ${f.kind} ${f.status}`).sort();

describe('genetics extractor, Japanese (dev81 phenomena)', () => {
  it('reads HER2 among spaced rows of a DNA panel as the ERBB2 gene result (decision 6)', () => {
    // (ja-g-8104: an AmoyDx transcript, 「EGFR(−)　ALK(−)　ROS1(−)　BRAF(−)⏎　KRAS(−)　HER2(−)　RET(−)」.)
    expect(
      findings(
        genetics(
          'AmoyDx 肺癌マルチ遺伝子PCRパネル\n　EGFR(−)　ALK(−)　ROS1(−)　BRAF(−)\n　KRAS(−)　HER2(−)　RET(−)',
        ),
      ),
    ).toContain('ERBB2 wild_type absent');
    for (const text of [
      'EGFR(−) ALK(−) HER2(−)',
      'EGFR（－）　ALK（－）　HER2（－）',
      'EGFR 陰性　ALK 陰性　HER2 陰性　RET 陰性',
      'Oncomine Dx Target Test：EGFR(−)　BRAF(−)　HER2(−)　RET(−)',
      // (Rows of two cells each: the cells of the rows around it count.)
      '肺癌コンパクトパネル\n　EGFR(−)　ALK(−)\n　HER2(−)　KRAS(−)',
    ]) {
      expect(findings(genetics(text)), text).toContain('ERBB2 wild_type absent');
    }
  });

  it('leaves a receptor HER2 beside stains alone', () => {
    for (const text of [
      '乳癌　ER(+)　PgR(+)　HER2(−)',
      'ER(+) PgR(+) HER2(−)　Ki-67 20%',
      'HER2陰性乳癌　ER陽性　PgR陽性',
      'HER2 IHC 1+　ER(+)',
      '胃癌：HER2(−)　PD-L1 CPS 5　MSS',
      '乳癌\nER(+)　HER2(−)\nKi-67 20%',
      'EGFR(−)　ALK(−)\n\nER(+)　HER2(−)',
    ]) {
      expect(
        genetics(text).filter((f) => f.gene === 'ERBB2'),
        text,
      ).toEqual([]);
    }
  });
});
