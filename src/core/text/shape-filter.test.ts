import { describe, expect, it } from 'vitest';
import { ShapeFilter } from './shape-filter.js';

describe('ShapeFilter', () => {
  it('holds every member (no false negatives)', () => {
    const members = [
      'EGFR',
      'ALK',
      'A',
      '',
      'BRCA1',
      'HER2/neu',
      'c-MET',
      '遺伝子',
      'x'.repeat(300),
    ];
    for (let i = 0; i < 5000; i++) members.push(`G${i.toString(36)}X${i % 7}`);
    const filter = new ShapeFilter(members);
    expect(members.filter((member) => !filter.mayHold(member))).toEqual([]);
  });

  it('rules out most strings that are no member', () => {
    const filter = new ShapeFilter(['EGFR', 'KRAS', 'BRAF', 'TP53']);
    const others = ['The', 'Patient', 'CT', '2024', 'Egfr', 'EGFRR', 'KRAS1', 'Met', 'BP'];
    expect(others.filter((o) => filter.mayHold(o)).length).toBeLessThanOrEqual(1);
    expect(new ShapeFilter([]).mayHold('EGFR')).toBe(false);
  });
});
