import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const sorted = (text: string) => brief(geneticsOf(text, 'en')).sort();

describe('genetics extractor: English coverage text followed by a result that refers back (fcov)', () => {
  it('gives the listed changes the next sentence’s collective negative', () => {
    const both = ['KRAS p.Gly12Asp absent patient', 'KRAS p.Gly12Cys absent patient'];
    for (const text of [
      'The assay covers KRAS G12C and KRAS G12D. Neither variant was detected.',
      'The assay covers KRAS G12C and KRAS G12D. None of these were detected.',
      'This assay detects KRAS G12C and G12D. Both were negative.',
      'This assay detects KRAS G12C and G12D. Neither was found.',
      'The assay covers KRAS G12C and KRAS G12D. No mutation was found at these positions.',
      'The assay covers KRAS G12C and KRAS G12D. No mutation was found at either codon.',
      'We tested KRAS G12C and KRAS G12D. No mutation was found at these positions.',
    ]) {
      expect(sorted(text), text).toEqual(both);
    }
    expect(
      sorted('The panel covers ALK, ROS1 and RET fusions. None of these were detected.'),
    ).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it('keeps coverage text alone, or followed by a result about the rest, out', () => {
    for (const text of [
      'The assay covers KRAS G12C and KRAS G12D.',
      'The assay detects BRAF V600E/K/D only.',
      'This assay detects KRAS G12C. None of the other variants was detected.',
    ]) {
      expect(sorted(text), text).toEqual([]);
    }
    expect(sorted('The assay covers KRAS G12C and KRAS G12D. Result: KRAS G12D detected.')).toEqual(
      ['KRAS p.Gly12Asp present patient'],
    );
  });
});
