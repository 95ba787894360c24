import { describe, expect, it } from 'vitest';
import { foldWidth } from './fold.js';

describe('foldWidth', () => {
  it('leaves ordinary text alone', () => {
    const folded = foldWidth('EGFR L858R');
    expect(folded.text).toBe('EGFR L858R');
    expect(folded.toOriginal(5)).toBe(5);
  });

  it('folds full-width ASCII and half-width kana, keeping the way back to offsets', () => {
    const original = 'ＥＧＦＲ　ｴｸｿﾝ19欠失、METｽｷｯﾋﾟﾝｸﾞ';
    const folded = foldWidth(original);
    expect(folded.text).toBe('EGFR エクソン19欠失、METスキッピング');
    const start = folded.text.indexOf('スキッピング');
    const end = start + 'スキッピング'.length;
    expect(original.slice(folded.toOriginal(start), folded.toOriginal(end))).toBe('ｽｷｯﾋﾟﾝｸﾞ');
    expect(original.slice(folded.toOriginal(0), folded.toOriginal(4))).toBe('ＥＧＦＲ');
  });
});
