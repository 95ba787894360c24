import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTokens } from './align.js';
import { spansFromTags } from './runtime.js';

const BERT = { lowercase: true, stripAccents: false, subwordPrefix: '##', unknownToken: '[UNK]' };
const spans = (text: string, tokens: string[], options = BERT) =>
  alignTokens(text, tokens, options).map((o) => (o ? text.slice(o[0], o[1]) : null));

describe('alignTokens', () => {
  it('places word pieces on the original text, case and spacing as written', () => {
    const text = 'Smokes  1 PPD x 30yrs.';
    expect(spans(text, ['smokes', '1', 'pp', '##d', 'x', '30', '##y', '##rs', '.'])).toEqual([
      'Smokes',
      '1',
      'PP',
      'D',
      'x',
      '30',
      'y',
      'rs',
      '.',
    ]);
  });

  it('places Japanese characters and full-width punctuation', () => {
    const text = '喫煙：２０本/日（40年間）';
    expect(
      spans(text, ['喫', '煙', '：', '２０', '本', '/', '日', '（', '40', '年', '間', '）']),
    ).toEqual(['喫', '煙', '：', '２０', '本', '/', '日', '（', '40', '年', '間', '）']);
  });

  it('gives an unknown token the word between its neighbours', () => {
    const text = 'EGFR ☃☃ L858R';
    expect(spans(text, ['egfr', '[UNK]', 'l', '##85', '##8', '##r'])).toEqual([
      'EGFR',
      '☃☃',
      'L',
      '85',
      '8',
      'R',
    ]);
    expect(spans('KRAS 𠮷', ['kras', '[UNK]'])).toEqual(['KRAS', '𠮷']);
  });

  it('maps accent-stripped pieces back to the accented original', () => {
    const options = { ...BERT, stripAccents: true };
    expect(spans('Café smoker', ['cafe', 'smoker'], options)).toEqual(['Café', 'smoker']);
  });

  it('never places a token outside the text or out of order', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 20 }),
        (text, tokens) => {
          let last = 0;
          for (const offsets of alignTokens(text, tokens, BERT)) {
            if (!offsets) continue;
            expect(offsets[0]).toBeGreaterThanOrEqual(last);
            expect(offsets[1]).toBeLessThanOrEqual(text.length);
            expect(offsets[1]).toBeGreaterThan(offsets[0]);
            last = offsets[0];
          }
        },
      ),
    );
  });
});

describe('spansFromTags', () => {
  const meaningOf = (label: string) =>
    label.endsWith('GENE') ? ('genetics.gene' as const) : ('none' as const);
  it('joins B-X I-X, drops a stray I-X and stops at unplaced tokens', () => {
    const tags = ['B-GENE', 'I-GENE', 'O', 'I-GENE', 'B-GENE', 'I-GENE', 'B-GENE'].map((label) => ({
      label,
      score: 0.5,
    }));
    const offsets: ([number, number] | null)[] = [
      [0, 2],
      [2, 4],
      [5, 6],
      [7, 8],
      [9, 10],
      null,
      [12, 13],
    ];
    expect(spansFromTags(tags, offsets, meaningOf).map((s) => [s.start, s.end])).toEqual([
      [0, 4],
      [9, 10],
      [12, 13],
    ]);
  });
});
