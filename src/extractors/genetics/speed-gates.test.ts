import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

// fspeed (ninth stop of 2026-11-30): a headerless block's rows are split into cells only in a note
// holding a class-only column's label (layout `class_only_columns`), the same answers.
const classed = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.significance} ${f.origin}`);

describe('class-only label gate of headerless blocks', () => {
  const rows = (label: string) =>
    [
      '〔体細胞変異〕',
      `　KRAS　G12R（c.34G>C）　VAF 18%　${label}`,
      '　TP53　R273H（c.818G>A）　VAF 20%　－',
      '　SMAD4　ホモ接合性欠失　－',
    ].join('\n');

  it('still blanks the dash when the label is written full-width or in katakana', () => {
    for (const label of ['エビデンスレベル D', 'ＥＶＩＤＥＮＣＥ ＬＥＶＥＬ Ｄ', 'Tier IIB']) {
      expect(classed(geneticsOf(rows(label), 'ja', 'ngs_report')).slice(1)).toEqual([
        'TP53 p.Arg273His present null somatic',
        'SMAD4 copy_loss present null somatic',
      ]);
    }
  });

  it('keeps the lone dash a negative call in a note with no such label', () => {
    expect(
      classed(geneticsOf(rows('VAF 9%'), 'ja', 'ngs_report')).filter((f) => f.startsWith('SMAD4')),
    ).toEqual(['SMAD4 copy_loss absent null somatic']);
  });
});
