import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsml5 (first stop of 2026-12-01): left-overs of fsen72 and fsrel. A relative named only as an
// object in the patient's own clause does not take the next sentence's pronoun of the patient's
// sex (decision 50); "has gone / has been without a cigarette for N years" is a quit N years ago,
// not N years smoked; a date of birth with its month named gives the age (decision 80).
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a relative named only as an object in the patient clause yields the pronoun back (decision 50)', () => {
  it.each<[string, Expected]>([
    [
      '58 yo F. She smoked from 1990 until 2010, when she moved in with her sister, who would not allow it. She smoked about 15 a day.',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 20, quit_year: 2010 },
    ],
    [
      '58 yo F. Social: Lives with her sister, who smokes 2 ppd. She quit in 2012.',
      { status: 'former', cigarettes_per_day: null, quit_year: 2012 },
    ],
    [
      '62 yo M. He stopped in 2015 after moving in with his brother, who has COPD. He had smoked a pack a day for 30 years.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2015 },
    ],
    [
      'Ms. Lee reports she cares for her mother, who is bedbound. She smokes half a pack a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'She quit in 2009 when she moved in with her daughter, who has asthma. She had smoked 20 a day since 1985.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 24, quit_year: 2009 },
    ],
    [
      'He lives with his son, who smokes outside. He quit smoking 5 years ago.',
      { status: 'former', quit_year: 2021 },
    ],
    // Controls: a relative who is the subject keeps the pronoun; so does the relative's own
    // clause within its sentence, and a pronoun of the other sex.
    ['58 yo F. Her sister smokes 2 ppd. She quit in 2012.', { status: 'unknown' }],
    [
      '58 yo F. Her sister moved in with her mother, who smokes. She smokes 2 ppd.',
      { status: 'unknown' },
    ],
    [
      'Her husband Tom moved in with his brother, who smokes. He smokes 2 ppd.',
      { status: 'unknown' },
    ],
    [
      '58 yo F, never smoker. She moved in with her sister, who smokes 2 ppd.',
      { status: 'never', cigarettes_per_day: null },
    ],
    [
      '58 yo F. She lives with her husband, who smokes. He smokes 2 ppd.',
      { status: 'unknown', cigarettes_per_day: null },
    ],
    [
      '58 yo F, never smoker. Mom says she smokes a pack a day.',
      { status: 'never', cigarettes_per_day: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"has gone / has been without a cigarette for N years" is a quit N years ago', () => {
  it.each<[string, Expected]>([
    ['Has gone without a cigarette for 3 years.', { status: 'former', quit_year: 2023 }],
    [
      'He has been without cigarettes for 5 yrs.',
      { status: 'former', years_smoked: null, quit_year: 2021 },
    ],
    ['She has gone without cigarettes for 18 months.', { status: 'former', quit_year: 2025 }],
    [
      'Has been without any cigarettes for the past 2 years.',
      { status: 'former', quit_year: 2024 },
    ],
    [
      'Social: former smoker, 1 ppd x 20 years; has now been without a cigarette for 6 years.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20, quit_year: 2020 },
    ],
    [
      'Has gone without smoking for four years after smoking a pack a day for 30 years.',
      { status: 'former', years_smoked: 30, quit_year: 2022 },
    ],
    [
      'Smoked 1 ppd for 25 years; has been without cigarettes for 8 years.',
      { status: 'former', years_smoked: 25, pack_years: 25, quit_year: 2018 },
    ],
    // Controls: a short break, a stay in hospital, and a break before a restart.
    [
      'Went without a cigarette for two days, still smokes 10 a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Smokes 1 ppd x 20 yrs. Has been without cigarettes for 2 weeks since admission.',
      { status: 'current', years_smoked: 20, quit_year: null },
    ],
    [
      'Had gone without a cigarette for 3 years but started again last month, now 5 a day.',
      { status: 'current', years_smoked: null, quit_year: null },
    ],
    ['Has been without cigarettes since 2015.', { status: 'former', quit_year: 2015 }],
    [
      'Current smoker, 1 ppd for 30 years, has gone without a cigarette for 3 days.',
      { status: 'current', years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a date of birth with the month named gives the age (decision 80)', () => {
  it.each<[string, Expected]>([
    [
      'Patient: Ann Cole   DOB: 14 August 1965\nS: Smokes about a pack a day; started at 16.',
      { years_smoked: 45, pack_years: 45 },
    ],
    [
      'Patient: Ann Cole   Date of birth: 14-Aug-1965\nS: Smokes about a pack a day; started at 16.',
      { years_smoked: 45 },
    ],
    [
      'DOB: August 14, 1965\nSmokes 10 cigarettes a day since age 20.',
      { years_smoked: 41, brinkman_index: 410 },
    ],
    ['Mr. Lee (born March 3, 1958) smokes a pack a day, started at 18.', { years_smoked: 50 }],
    ['Born: 3rd March 1958\nCurrent smoker, 1 ppd, started at 18.', { years_smoked: 50 }],
    // The birthday (3 November) has not come yet on 2026-11-01: 67, not 68.
    ['Pt was born on 3 Nov. 1958. Smokes 1 ppd since age 18.', { years_smoked: 49 }],
    // Controls: a relative's birth, a birth year alone, a stated age beside the DOB, and a
    // numeric DOB as before.
    ['Her grandson was born March 3, 2010. Smokes 1 ppd since age 18.', { years_smoked: null }],
    ['Born in 1951. Smokes 1 ppd since age 18.', { years_smoked: null }],
    ['58 yo M, DOB: 14 August 1965. Smokes 1 ppd since age 18.', { years_smoked: 40 }],
    [
      'Patient: Tomas Reyes   DOB: 09/14/1968\nS: Smokes about a pack a day; started at 16.',
      { years_smoked: 42 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
