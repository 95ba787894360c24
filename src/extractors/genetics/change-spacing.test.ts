import { describe, expect, it } from 'vitest';
import { withChangesClosed } from './change-spacing.js';

const symbols = new Set(['EGFR', 'BRAF', 'KRAS']);
const closed = (text: string) => withChangesClosed(text, (t) => symbols.has(t));

describe('withChangesClosed', () => {
  it('closes spaced or arrowed changes, keeping the length', () => {
    for (const [text, want] of [
      ['EGFR c.2573 T>G 陽性', 'EGFR  c.2573T>G 陽性'],
      ['EGFR c.2573T > G', 'EGFR   c.2573T>G'],
      ['c.2573T→G', 'c.2573T>G'],
      ['c.2573T->G', ' c.2573T>G'],
      ['c. 2235_2249del', ' c.2235_2249del'],
      ['p. L858R', ' p.L858R'],
      ['EGFR L 858 R', 'EGFR   L858R'],
      ['del E746-A750', ' delE746-A750'],
      ['E746_A750 del', ' E746_A750del'],
      ['p.E746_A750delELREA', 'p.E746_A750del     '],
    ] as const) {
      const out = closed(text);
      expect(out).toBe(want);
      expect(out.length).toBe(text.length);
    }
  });

  it('leaves what is no change as it is', () => {
    for (const text of [
      'T 2 N 0 M 0',
      'TNM T 2 N',
      'ABC L 858 R',
      'p.E746_A750delELRE',
      'c.2573T>G',
      'p. 12 参照',
      'c. 20 years',
    ])
      expect(closed(text)).toBe(text);
  });
});
