import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen76 (second stop of 2026-12-01, dev76): the last cigarette dated by a two-digit year, a
// questionnaire row whose labels say "you" after a column gap ("year you quit: 2005", "for how
// many years: 10"), and a count told for each evening, night or morning as a daily count.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe("the last cigarette dated by a two-digit year ('11) is the quit", () => {
  it.each<[string, Expected]>([
    [
      "Risk factors: ex-smoker, last cigarette in '11; he estimates about 35 pack-years.",
      { status: 'former', quit_year: 2011, pack_years: 35 },
    ],
    ["Her last cigarette was in '07.", { status: 'former', quit_year: 2007 }],
    ['ex-smoker, last cig in ’05, 1 ppd x 20 yrs', { quit_year: 2005, brinkman_index: 400 }],
    ["Last cigarette in the summer of '09. Former smoker.", { quit_year: 2009 }],
    ["last cig: '99", { status: 'former', quit_year: 1999 }],
    ['Last cigarette: ’05. Former smoker, 1 ppd x 30 yrs', { quit_year: 2005, years_smoked: 30 }],
    // Controls: a full year, and a last cigarette that is today's.
    ['Last cigarette in 2011.', { status: 'former', quit_year: 2011 }],
    ['Smokes 1 ppd. Last cigarette this morning.', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a form row whose labels ask in the second person is the patient’s answer', () => {
  it.each<[string, Expected]>([
    [
      '5. Do you smoke now?  NO\n6. Have you ever smoked?  YES\n     packs per day: 1      for how many years: 10      year you quit: 2005\n7. Alcohol?  YES',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 10,
        quit_year: 2005,
        pack_years: 10,
      },
    ],
    [
      'Have you ever smoked?  Yes\n   How many cigarettes a day did you smoke:  15     For how many years:  20     Year you quit:  2012',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 20, quit_year: 2012 },
    ],
    [
      'Smoking history:  cigarettes per day you smoked: 10    number of years you smoked: 30    year you stopped: 2019',
      { cigarettes_per_day: 10, years_smoked: 30, quit_year: 2019 },
    ],
    [
      'Cigarettes per day when you smoked: 10\nYear you quit: 2010',
      { cigarettes_per_day: 10, quit_year: 2010 },
    ],
    [
      'Former smoker.  Packs per day: 2    How many years: 25    When did you quit: 2016',
      { cigarettes_per_day: 40, years_smoked: 25, quit_year: 2016 },
    ],
    [
      'Tobacco: current.   packs per day: 0.5   for how many years: 8',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 8 },
    ],
    // Controls: printed advice stays advice.
    ['If you smoke, quit.   Smoking causes cancer.', { status: 'unknown' }],
    [
      'If you smoke, cut down. Even 5 cigarettes a day you smoke: harmful.',
      { status: 'unknown', cigarettes_per_day: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a count told for each evening, night or morning is a daily count', () => {
  it.each<[string, Expected]>([
    [
      'Social: vapes throughout the day, still smokes 3-4 cigarettes every evening.',
      { status: 'current', cigarettes_per_day: 3.5 },
    ],
    ['Smokes 2 cigarettes nightly before bed.', { cigarettes_per_day: 2 }],
    ['She has 5 cigarettes each morning with coffee.', { cigarettes_per_day: 5 }],
    ['Current smoker, about 6 cigs a night.', { cigarettes_per_day: 6 }],
    [
      'Former smoker - used to have 10 cigarettes every evening, quit 2015.',
      { status: 'former', cigarettes_per_day: 10, quit_year: 2015 },
    ],
    // Controls: some evenings or some nights only are no daily rate (decision 62).
    ['Smokes 3 cigarettes on Friday nights only.', { status: 'current', cigarettes_per_day: null }],
    [
      'Smokes occasionally, 2 cigarettes some evenings.',
      { status: 'current', cigarettes_per_day: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
