import { describe, expect, it } from 'vitest';
import { eraYear, NUMBER_SOURCE, normaliseWidth, parseNumber } from './numbers.js';

describe('parseNumber', () => {
  it.each([
    ['1', 1],
    ['1.5', 1.5],
    ['½', 0.5],
    ['1½', 1.5],
    ['1 1/2', 1.5],
    ['1/2', 0.5],
    ['a', 1],
    ['half a', 0.5],
    ['3/4 of a', 0.75],
    ['half of a', 0.5],
    ['three-quarters of a', 0.75],
    ['three quarter of a', 0.75],
    ['one-quarter of a', 0.25],
    ['one and a half', 1.5],
    ['two', 2],
    ['1-2', 1.5],
    ['10 to 20', 15],
    ['10〜20', 15],
    ['二十', 20],
    ['四十', 40],
    ['三十五', 35],
    ['半', 0.5],
    ['1,000', 1000],
    ['5、6', 5.5],
    ['２０', 20],
    ['1/0', null],
  ])('%s → %s', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it('matches the same grammar the {NUM} macro matches', () => {
    const whole = new RegExp(`^(?:${NUMBER_SOURCE})$`, 'i');
    for (const raw of ['1.5', '1 1/2', 'half a', '10 to 20', '½', 'one and a half']) {
      expect(whole.test(raw)).toBe(true);
    }
  });

  it('never ends a range in a bare "a" ("12 - a pack a day" is 12, then an amount)', () => {
    const first = new RegExp(NUMBER_SOURCE, 'i');
    expect(first.exec('history of 12 - a pack a day')?.[0]).toBe('12');
    expect(first.exec('1 or 2 packs')?.[0]).toBe('1 or 2');
  });
});

describe('Japanese helpers', () => {
  it('keeps offsets when normalising full-width digits', () => {
    expect(normaliseWidth('２０本／日')).toBe('20本/日');
  });
  it.each([
    ['令和', '2', 2020],
    ['平成', '20', 2008],
    ['平成', '元', 1989],
    ['昭和', '60', 1985],
    // Romanised, as English letters from Japanese hospitals write them.
    ['Heisei', '24', 2012],
    ['showa', '60', 1985],
  ])('%s%s年 → %s', (era, year, expected) => {
    expect(eraYear(era, year)).toBe(expected);
  });
});

describe('normaliseWidth: a year glossed in the other calendar', () => {
  it.each([
    // The Western year once, padded with blanks (same length).
    ['1978年（昭和53年）より', '1978年       より'],
    ['平成6年（1994年）まで', '1994年      まで'],
    ['1978（昭和53年）より', '1978年      より'],
    ['ceased in H22 (2010).', 'ceased in 2010      .'],
  ])('%s → %s', (text, expected) => {
    expect(normaliseWidth(text)).toBe(expected);
    expect(normaliseWidth(text)).toHaveLength(text.length);
  });

  it('leaves a bracket that names another year or something else', () => {
    expect(normaliseWidth('2016年（平成27年）')).toBe('2016年（平成27年）');
    expect(normaliseWidth('平成4年（19歳）から')).toBe('平成4年（19歳）から');
  });
});
