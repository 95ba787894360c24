import { describe, expect, it } from 'vitest';
import type { GeneticAnnotation } from '../pipeline.js';
import { findingsMatch, scoreGenetics } from './genetics-score.js';

const finding = (over: Partial<GeneticAnnotation>): GeneticAnnotation => ({
  gene: 'EGFR',
  hgvs_c: null,
  hgvs_p: null,
  kind: 'wild_type',
  exon: null,
  partner: null,
  status: 'absent',
  significance: null,
  origin: 'somatic',
  subject: 'patient',
  ...over,
});

describe('genetics scoring (spec 4)', () => {
  it('matches on hgvs_p first, then hgvs_c, then kind with exon and partner', () => {
    const p = finding({
      hgvs_p: 'p.Leu858Arg',
      hgvs_c: 'c.2573T>G',
      kind: 'snv',
      status: 'present',
    });
    expect(findingsMatch(p, { ...p, hgvs_c: null })).toBe(true);
    expect(findingsMatch(p, { ...p, hgvs_p: 'p.Leu858Met' })).toBe(false);
    expect(
      findingsMatch(finding({ hgvs_c: 'c.1A>G' }), finding({ hgvs_c: 'c.1A>G', kind: 'snv' })),
    ).toBe(true);
    expect(
      findingsMatch(finding({ kind: 'fusion', partner: 'EML4' }), finding({ kind: 'fusion' })),
    ).toBe(false);
    expect(findingsMatch(finding({}), finding({ subject: 'family' }))).toBe(false);
    expect(findingsMatch(finding({}), finding({ status: 'present' }))).toBe(false);
  });

  it('scores one-to-one and reports attribute accuracy on matched pairs', () => {
    const gold = [
      finding({ kind: 'fusion', status: 'present', significance: 'pathogenic' }),
      finding({ gene: 'ALK' }),
    ];
    const predicted = [
      finding({ kind: 'fusion', status: 'present', significance: null }),
      finding({ gene: 'ROS1' }),
    ];
    const s = scoreGenetics([{ note_id: 'n', gold, predicted }]);
    expect(s).toMatchObject({
      gold: 2,
      predicted: 2,
      matched: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(s.significance).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(s.origin).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });
});
