import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen74 (first stop of 2026-12-01, dev74): dot-leader template rows (a "none" product row, a
// "Period .... 1981 - 2014" row), an age span dated by an event's year, a first period told as
// "for her first 10 years", an insurance form's ever-answer with its details on the line below and
// "Last used 06/2017", and cravings counted per day in a quit follow-up.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a dot-leader row whose value is "none" negates its products', () => {
  it.each<[string, Expected]>([
    ['Former smoker, quit 2014.\nCigars/pipe/vape .. none', { status: 'former', quit_year: 2014 }],
    ['Former smoker, quit 2014.\nCigars/pipe ...... none', { status: 'former', quit_year: 2014 }],
    ['Former smoker, quit 2014.\nPipe/cigars .. never', { status: 'former', quit_year: 2014 }],
    ['Cigars/pipe .. none', { status: 'never' }],
    // Controls: a value that is not negative.
    ['Cigars .. weekends only', { status: 'current' }],
    ['Cigars/pipe ....... 2/week', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a template row dating the smoking gives the span', () => {
  it.each<[string, Expected]>([
    [
      'TOBACCO\n  Status ............ former cigarette smoker\n  Amount ............ 1.5 ppd\n  Period ............ 1981 - 2014 (33 yrs)',
      { years_smoked: 33, quit_year: 2014, brinkman_index: 990 },
    ],
    [
      'Smoking status: Former smoker\nPacks/day: 1\nDates: 1975-1999',
      { years_smoked: 24, quit_year: 1999 },
    ],
    ['Former smoker, 1 ppd\nPeriod: 1981 - 2014', { years_smoked: 33 }],
    // Control: a period of something else, with no smoking row above it.
    [
      'Employment\nPeriod: 1981 - 2014 at the mill\nNever smoker',
      { status: 'never', years_smoked: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('an age span whose end is dated in its sentence gives that year (decisions 41, 58)', () => {
  it.each<[string, Expected]>([
    [
      'Smoked about 1 pack/day from age 16 until age 59, when he was admitted with his first flare (March 2018).',
      { years_smoked: 43, quit_year: 2018 },
    ],
    ['Smoked 1 ppd from age 20 until age 55, when she had her MI in 2015.', { quit_year: 2015 }],
    [
      'Smoked a pack a day from 16 to 59, when he was diagnosed with COPD (2018).',
      { quit_year: 2018 },
    ],
    ['Smoked 1 ppd from age 16 until age 59 (2018).', { quit_year: 2018 }],
    // Controls: no year in the sentence; a year in the next sentence.
    ['Smoked 1 ppd from age 18 until age 45.', { years_smoked: 27, quit_year: null }],
    ['Smoked 1 ppd from age 18 until age 45. Moved to Ohio in 2001.', { quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"for her first N years" is a smoking period (decision 73)', () => {
  it.each<[string, Expected]>([
    [
      'Former. She smoked about half a pack a day for her first 10 years of smoking, then went up to a pack a day for the next 25 years. Stopped in 2021.',
      { years_smoked: 35, pack_years: 30, brinkman_index: 600 },
    ],
    [
      'Former smoker. Smoked half a pack a day for the first 10 years, then a pack a day for the next 25 years. Quit 2021.',
      { years_smoked: 35, pack_years: 30 },
    ],
    // Control: a period of something else.
    [
      'Former smoker, quit 2010. Worked in a mine for the first 10 years of his career.',
      { years_smoked: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a form: ever-yes with its details on the indented line below, "Last used MM/YYYY"', () => {
  it.each<[string, Expected]>([
    [
      'Q7a. Have you used tobacco or nicotine products in any form in the past 12 months?   No\nQ7b. Have you ever used tobacco or nicotine products?   Yes\n     Type/amount/dates: cigarettes, "about half a pack a day for 12 years." Last used 06/2017.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 12, quit_year: 2017 },
    ],
    [
      'Have you ever smoked? Yes\n   Details: cigarettes, 1 ppd x 10 yrs. Last used 2015.\nDo you smoke now? No',
      { status: 'former', quit_year: 2015 },
    ],
    // Controls: another drug's last use; a product row not under an ever answer.
    ['Never smoker. Past cocaine use. Last used 2015.', { status: 'never', quit_year: null }],
    ['Cocaine: last used 2015. Never smoker.', { status: 'never', quit_year: null }],
    ['Ever used tobacco? Yes\nCigarettes 1 ppd.', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('cravings counted per day are not cigarettes', () => {
  it.each<[string, Expected]>([
    [
      'Has not smoked for 6 weeks. Before quitting: 1 ppd x 30 yrs. Urges 2-3/day, brief.',
      { cigarettes_per_day: 20, pack_years: 30 },
    ],
    [
      'Former smoker, 20 cig/day x 10 yrs, quit 2025. Cravings ~5 a day.',
      { cigarettes_per_day: 20 },
    ],
    ['Former smoker, 1 ppd, quit 2024. Craving episodes: 4 per day.', { cigarettes_per_day: 20 }],
    // Control: the amount smoked beside a craving word.
    ['Current smoker, still 5/day; cravings worse.', { cigarettes_per_day: 5 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
