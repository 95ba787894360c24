import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fp13b (third stop of 2026-12-01, psen13's items 6 and 8): two smoking periods summed (decision 61:
// a second age span joined by "and", a period smoked again told by its length, a span whose end year is
// cut to two digits), and a past pipe or cigar beside cigarettes smoked now (the reverse of decision 19).
const answer = (text: string) => runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const check = (cases: [string, Expected][]) =>
  it.each<[string, Expected]>(cases)('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

describe('a second age span joined by "and" is a second period (decisions 61, 71)', () => {
  check([
    [
      '70 yo M. Smoked 1 ppd age 16-30 and age 40-50.',
      { status: 'former', years_smoked: 24, pack_years: 24 },
    ],
    ['70 yo M. Smoked 1 ppd ages 16-30 and 40-50.', { status: 'former', years_smoked: 24 }],
    ['Smoked 1 ppd between ages 16-30 and 40-50.', { years_smoked: 24 }],
    ['70 yo M. Smoked 1 ppd from age 16 to 30 and from age 40 to 50.', { years_smoked: 24 }],
    // Control: an amount's range is no age span.
    ['70 yo M. Smokes 10-20 cigs and 1-2 cigars a day.', { status: 'current', years_smoked: null }],
  ]);
});

describe('a period smoked again after a quit, told by its length, is added (decision 61)', () => {
  check([
    [
      '66 yo M. Smoked 1 ppd for 15 years, quit, then smoked again for 10 years before quitting 10 years ago.',
      { status: 'former', years_smoked: 25, quit_year: 2016, pack_years: 25 },
    ],
    [
      'Smoked 1 ppd for 15 years, then quit for 5 years, then smoked another 10 years; quit 10 years ago.',
      { years_smoked: 25, quit_year: 2016 },
    ],
    [
      'Smoked 1 ppd x 15 yrs, quit, relapsed and smoked another 10 yrs, quit 2016.',
      { years_smoked: 25, quit_year: 2016 },
    ],
    [
      'Smoked 1 ppd for 20 years. Quit in 2000, then resumed smoking for another 5 years. Quit 2010.',
      { years_smoked: 25, quit_year: 2010 },
    ],
    // Controls: a relative's "another 10 years" and "N years later" are no period of the patient's.
    [
      'Smoked 1 ppd for 15 years; quit, and her husband smoked another 10 years.',
      { years_smoked: 15 },
    ],
    [
      'Quit 2010. Smoked for 20 years before that. She smoked another 2 years later.',
      { years_smoked: 20 },
    ],
  ]);
});

describe('a span whose end year is cut to two digits ("1975-85")', () => {
  check([
    [
      'Tobacco: 1 ppd 1975-85 and 1995-2010.',
      { status: 'former', years_smoked: 25, quit_year: 2010 },
    ],
    ['Tobacco: 1 ppd 1975-85.', { status: 'former', years_smoked: 10, quit_year: 1985 }],
    ['Tobacco: 1975-85, 1 ppd.', { status: 'former', years_smoked: 10, quit_year: 1985 }],
    // Controls: a month after a year is a date, not a span.
    [
      'Social history: Tobacco - former smoker. Quit date 2021-03. Pack-years: 20.',
      { years_smoked: null, quit_year: 2021 },
    ],
    ['Smoked 1 ppd 2005-11.', { years_smoked: null }],
  ]);
});

describe('a past pipe or cigar beside cigarettes smoked now is current', () => {
  check([
    [
      '72 yo M. Smokes 1 ppd for 25 years; previously smoked a pipe.',
      { status: 'current', years_smoked: 25 },
    ],
    [
      '72 yo M. Smokes 1 ppd x 25 yrs. Smoked cigars in his 20s.',
      { status: 'current', years_smoked: 25 },
    ],
    // Controls: cigarettes quit later stay former.
    ['Smoked 1 ppd, quit 2010. Previously smoked a pipe.', { status: 'former', quit_year: 2010 }],
  ]);
});
