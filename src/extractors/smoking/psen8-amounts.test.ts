import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fpen8a (first stop of 2026-12-01, prober psen8's amount items): a fraction before "a pack"
// ("1/2 a pack a day"), "pk" / "pks" / "pck" and "q day", misspelled cigarettes, a decimal with
// no leading zero (".5 ppd") and the pack-year abbreviations "p/y" and "PYs".
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a fraction before "a pack" scales the pack (decision 1)', () => {
  it.each<[string, Expected]>([
    ['Smokes 1/2 a pack a day.', { cigarettes_per_day: 10 }],
    ['Smokes ½ a pack a day.', { cigarettes_per_day: 10 }],
    ['Smokes 3/4 a pack a day.', { cigarettes_per_day: 15 }],
    ['Smokes 1/4 a pack/day', { cigarettes_per_day: 5 }],
    ['Smokes approximately ½ a pack per day.', { cigarettes_per_day: 10 }],
    ['Smokes 1/2 a pk daily', { cigarettes_per_day: 10 }],
    ['Smokes 1/2 a pack.', { cigarettes_per_day: 10 }],
    [
      'Smoked 1/2 a pack a day for 10 years, quit 2015.',
      { cigarettes_per_day: 10, years_smoked: 10, pack_years: 5, quit_year: 2015 },
    ],
    [
      '50 y/o F.\nSocial hx: smokes about 1/2 a pack daily since age 20.',
      { cigarettes_per_day: 10, years_smoked: 30, pack_years: 15, brinkman_index: 300 },
    ],
    // Controls: a whole pack, and fractions written the ways that were already read.
    ['Smokes a pack a day.', { cigarettes_per_day: 20 }],
    ['Smokes 1/2 pack a day', { cigarettes_per_day: 10 }],
    ['Smokes 3/4 of a pack a day.', { cigarettes_per_day: 15 }],
    ['Smokes 1 1/2 packs a day.', { cigarettes_per_day: 30 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"pk", "pks", "pck" with "per day", "a day", "daily", and "pack q day"', () => {
  it.each<[string, Expected]>([
    ['Smokes 1 pk per day.', { cigarettes_per_day: 20 }],
    ['Smokes 1 pk a day.', { cigarettes_per_day: 20 }],
    ['Smokes 2 pks daily.', { cigarettes_per_day: 40 }],
    ['Smokes 2 pks a day.', { cigarettes_per_day: 40 }],
    ['Smokes 1 pck/day.', { cigarettes_per_day: 20 }],
    ['Smokes 1 pack q day.', { cigarettes_per_day: 20 }],
    ['Smokes 3/4 of a pk daily.', { cigarettes_per_day: 15 }],
    [
      'Former smoker - smoked 1.5 pks per day for 25 years, quit in 2015.',
      { cigarettes_per_day: 30, pack_years: 37.5, quit_year: 2015 },
    ],
    ['Smokes 1 pk per day x 30 yrs.', { cigarettes_per_day: 20, pack_years: 30 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('misspelled cigarettes are read as the word (spoken repairs)', () => {
  it.each<[string, Expected]>([
    ['Smokes 10 cigarretes a day.', { cigarettes_per_day: 10 }],
    ['Smokes 10 cigerettes a day.', { cigarettes_per_day: 10 }],
    ['Smokes 10 cigarets/day.', { cigarettes_per_day: 10 }],
    ['Smokes 10 ciggs/day.', { cigarettes_per_day: 10 }],
    ['Smokes 10 ciggarettes daily.', { cigarettes_per_day: 10 }],
    ['Smokes 1 cigaret a day.', { cigarettes_per_day: 1 }],
    [
      'Former smoker, 10 cigarrettes a day x 30 yrs, quit 2016.',
      { cigarettes_per_day: 10, pack_years: 15, brinkman_index: 300, quit_year: 2016 },
    ],
    [
      'Former smoker, 10 cigaretes per day for 30 years, quit 2016.',
      { cigarettes_per_day: 10, years_smoked: 30 },
    ],
    // Controls: cigars and cigarillos are no cigarettes.
    ['Smokes 2 cigarillos a day.', { cigarettes_per_day: null }],
    ['Smokes cigars, 2 a day.', { cigarettes_per_day: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a decimal with no leading zero is the same number', () => {
  it.each<[string, Expected]>([
    ['Smokes .5 ppd.', { cigarettes_per_day: 10 }],
    ['Smokes .5 packs per day.', { cigarettes_per_day: 10 }],
    ['Packs/day: .5', { status: 'current', cigarettes_per_day: 10 }],
    ['Packs/day: .75', { status: 'current', cigarettes_per_day: 15 }],
    ['Smoking status: Current Every Day Smoker\nPacks/day: .50', { cigarettes_per_day: 10 }],
    [
      'Smoking status: Former Smoker\nQuit date: 3/1/2012\nTypes: Cigarettes\nPacks/day: .50\nYears: 10.00\nPack years: 5.00',
      { cigarettes_per_day: 10, brinkman_index: 100, pack_years: 5, quit_year: 2012 },
    ],
    [
      'Former smoker, .5 ppd x 20 yrs, quit 2010.',
      { cigarettes_per_day: 10, pack_years: 10, quit_year: 2010 },
    ],
    // Control: a lab value with no leading zero is left alone.
    ['Smokes 1 ppd. Cr .9, K 4.1.', { cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('pack-years written "p/y" or "PYs"', () => {
  it.each<[string, Expected]>([
    ['Former smoker, 30 p/y, quit 2016.', { pack_years: 30, quit_year: 2016 }],
    ['Former smoker, 30 PYs, quit 2016.', { pack_years: 30 }],
    ['Former smoker, 30 pys, quit 2016.', { pack_years: 30 }],
    // Control: the forms already read.
    ['Former smoker, 30 PY, quit 2016.', { pack_years: 30 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
