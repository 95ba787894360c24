import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fown1 (ninth stop of 2026-11-30): the merge owner's probes on signs before the word, hedged quits
// in a row, years read as amounts, households in a list and Japanese bare-year quits.
const answer = (text: string, language: 'en' | 'ja' = 'en') =>
  runNote(text, language, { noteDate: '2026-11-01' }).annotation.smoking;

describe('a minus sign before the word is its own sign (sign-before-never)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['SH: (-) tob, (+) EtOH', 'never'],
    ['SH: (-)tob/etoh/drugs', 'never'],
    ['Social hx: (-) smoking', 'never'],
    ['SH: (−) tob', 'never'],
    ['SH: (neg) tobacco', 'never'],
    ['(+) EtOH, (-) tob', 'never'],
    ['SH: (-) EtOH/tob', 'never'],
    ['Social history:\n(-) smoking\n(+) alcohol', 'never'],
    ['Tob (−)', 'never'],
    // The sign that closes the item before it is that item's.
    ['EtOH (-), tob (+)', 'current'],
    ['(-) EtOH, (+) tob', 'current'],
    ['(+) tob', 'current'],
    ['tob (-), EtOH (+)', 'never'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each<[string, SmokingAnnotation['status']]>([
    ['（ー）喫煙', 'never'],
    ['嗜好：（－）たばこ、（＋）酒', 'never'],
    ['喫煙：（ー）', 'never'],
    ['喫煙歴：（ー）', 'never'],
    ['喫煙：(−)', 'never'],
    ['喫(ー)', 'never'],
    ['酒・たばこ：（＋）/（ー）', 'never'],
    ['（－）飲酒、（＋）喫煙', 'current'],
    ['嗜好：（＋）たばこ、（－）酒', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text, 'ja').status).toBe(status);
  });
});

describe('a hedged quit after the amounts of a row (decision 20)', () => {
  it.each<[string, number]>([
    ['Smoking history: 1 ppd x 20 yrs, quit about 7 years ago', 2019],
    ['Social: 1 ppd x 30 yrs, quit around 10 years ago.', 2016],
    ['Tobacco: 1/2 ppd x 15 yrs, quit approx. 3 yrs ago', 2023],
    ['Tobacco: 1 ppd x 20 yrs, quit about 2015', 2015],
    ['Tobacco: 1 ppd x 20 yrs, quit in about 2015', 2015],
    ['Tobacco: 10 cig/day x 25 years; stopped roughly 4 years ago', 2022],
  ])('%s → former, %i', (text, quitYear) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: quitYear });
  });

  it('keeps the row numbers', () => {
    expect(answer('Smoking history: 1 ppd x 20 yrs, quit about 7 years ago')).toEqual({
      status: 'former',
      pack_years: 20,
      cigarettes_per_day: 20,
      years_smoked: 20,
      quit_year: 2019,
      brinkman_index: 400,
    });
  });

  it('a bound is still no year (decision 5)', () => {
    expect(answer('Tobacco: 1 ppd x 20 yrs, quit over 10 years ago')).toMatchObject({
      status: 'former',
      quit_year: null,
    });
  });

  it('another habit row is not the smoking', () => {
    expect(answer('EtOH: 2 beers/day x 20 yrs, quit about 7 years ago').status).toBe('unknown');
  });
});

describe('a year is never an amount (checker bounds: 200 a day, 100 years)', () => {
  it.each([
    'Last cigarette: 2020',
    'Date of last cigarette: 2018',
    'Cigs per day: 2019',
    'Smokes 2020 cigarettes a day',
    'Cigarette: 2010-2020',
    'Cigarettes: 2015',
  ])('%s has no cigarettes a day', (text) => {
    expect(answer(text).cigarettes_per_day).toBeNull();
  });

  it('keeps the quit year and the span', () => {
    expect(answer('Last cigarette: 2020')).toMatchObject({ status: 'former', quit_year: 2020 });
    expect(answer('Cigarette: 2010-2020')).toMatchObject({
      status: 'former',
      years_smoked: 10,
      quit_year: 2020,
    });
  });

  it('keeps real amounts', () => {
    expect(answer('Cigarettes/day: 20').cigarettes_per_day).toBe(20);
    expect(answer('Chain smoker, 3 packs per day').cigarettes_per_day).toBe(60);
  });
});

describe('whom the patient lives with does not take the next list item (lives-with-relative)', () => {
  it.each<[string, number]>([
    ['SH: lives w/ wife, 1/2 ppd', 10],
    ['SH: lives with husband, smokes 1 ppd', 20],
    ['Social: lives with daughter, 10 cig/day', 10],
    ['SH: lives with husband and 2 kids; smokes 1 ppd', 20],
    ['SH: lives w/ wife and son, 1 ppd x 30 yrs', 20],
    ['Lives with parents, 5 cig/day', 5],
  ])('%s → current, %i a day', (text, cpd) => {
    expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: cpd });
  });

  it.each([
    'SH: lives with wife who smokes 1 ppd',
    'SH: lives w/ wife, wife smokes 1 ppd',
    'SH: lives with wife, she smokes 1/2 ppd',
    'SH: lives with husband, husband smokes 2 ppd',
  ])('the relative told as the smoker stays theirs: %s', (text) => {
    expect(answer(text).status).toBe('unknown');
  });
});

describe('Japanese quits by a bare year and by 禁煙歴：N年', () => {
  it.each<[string, number]>([
    ['喫煙　40本×20年　2015禁煙', 2015],
    ['2015禁煙', 2015],
    ['喫煙：20本×20年（2015禁煙）', 2015],
    ['喫煙歴：20本×20年、2018禁煙済み', 2018],
    ['2015〜禁煙', 2015],
    ['禁煙歴：7年', 2019],
    ['喫煙：20本/日×20年　禁煙歴：5年', 2021],
    ['禁煙歴：3年（20本×30年）', 2023],
  ])('%s → former, %i', (text, quitYear) => {
    expect(answer(text, 'ja')).toMatchObject({ status: 'former', quit_year: quitYear });
  });

  it('keeps the row numbers beside a bare year', () => {
    expect(answer('喫煙　40本×20年　2015禁煙', 'ja')).toEqual({
      status: 'former',
      pack_years: 40,
      cigarettes_per_day: 40,
      years_smoked: 20,
      quit_year: 2015,
      brinkman_index: 800,
    });
  });

  it.each(['2027禁煙予定', '2015禁煙外来受診', '喫煙：20本×2015禁煙'])(
    'a plan, a clinic or a product is no quit year: %s',
    (text) => {
      expect(answer(text, 'ja').quit_year).toBeNull();
    },
  );
});
