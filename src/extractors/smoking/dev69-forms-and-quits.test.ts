import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen69 (first stop of 2026-12-01, dev69): form rows that ask how long and when ("How long:
// \"about 20 years\"", "Number of years you smoked:   15", "If you quit, when?  \"6 years ago\""),
// a wide column after "Packs per day when smoking:", and a product named between "gave" and "up"
// after a negated other product ("pipe … - never cigarettes - gave the pipe up in 2020").
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a "how long" row under a smoking row gives the years smoked', () => {
  it.each<[string, Expected]>([
    [
      'Health habits:\n  Tobacco use: Former\n  Amount: "10-15 a day"\n  How long: "about 20 years"\n  When stopped: last year',
      {
        status: 'former',
        years_smoked: 20,
        pack_years: 12.5,
        brinkman_index: 250,
        quit_year: 2025,
      },
    ],
    ['Tobacco: former\nHow long smoked: 15 yrs', { years_smoked: 15 }],
    ['Tobacco use: current\nHow long (years): 30', { status: 'current', years_smoked: 30 }],
    ['Tobacco use: former\nHow long did you smoke?  20 years', { years_smoked: 20 }],
    ['Have you ever smoked?  Yes\nFor how many years?  about 20 yrs', { years_smoked: 20 }],
    // Controls: the time since quitting, and a row under no smoking row.
    ['Tobacco use: former\nHow long ago: 5 years', { years_smoked: null }],
    ['Tobacco: former\nHow long since quitting: 5 years', { years_smoked: null }],
    ['Knee pain\nHow long: 3 years', { status: 'unknown', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a questionnaire answered in its own rows', () => {
  it.each<[string, Expected]>([
    [
      'Have you ever smoked cigarettes?                 Yes\nDo you smoke now?                                No\n  If you quit, when?                             "6 years ago"\n  Packs per day when smoking:                    1\n  Number of years you smoked:                    15',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 15,
        pack_years: 15,
        brinkman_index: 300,
        quit_year: 2020,
      },
    ],
    [
      'Have you ever smoked?  Yes\nDo you smoke now?  No\nWhen did you quit?  about 3 yrs ago',
      { status: 'former', quit_year: 2023 },
    ],
    [
      'Have you ever smoked?  Yes\nDo you smoke now?  No\nIf you quit, what year?  2001',
      { quit_year: 2001 },
    ],
    ['Former smoker.\nNumber of years you smoked:   15', { years_smoked: 15 }],
    ['Former smoker. Years he smoked: 25', { years_smoked: 25 }],
    ['Ever smoked?  Yes\n  Packs per day when smoking:          1', { cigarettes_per_day: 20 }],
    // Control: text addressed to the reader stays unread.
    ['If you smoke, quit: 1-800-QUIT-NOW.', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"gave the pipe up" is a quit, also after a negated other product', () => {
  it.each<[string, Expected]>([
    [
      'Tobacco: pipe smoker for about 40 yrs - never cigarettes - gave the pipe up in 2020 when he moved.',
      { status: 'former', quit_year: 2020, years_smoked: null },
    ],
    [
      'Smoked a pipe for 40 years, never cigarettes, gave it up in 2020.',
      { status: 'former', quit_year: 2020 },
    ],
    [
      'Smoked cigars for 30 yrs; gave the cigars up in 2018.',
      { status: 'former', quit_year: 2018 },
    ],
    [
      'Smoked 1 ppd x 20 yrs, gave cigarettes up in March 2011.',
      { status: 'former', quit_year: 2011, pack_years: 20 },
    ],
    [
      'Cigars x 20 yrs, no cigarettes; quit the cigars in 2015.',
      { status: 'former', quit_year: 2015 },
    ],
    // Controls: negations with nothing quit after them.
    ['Never smoked, quit drinking 2010.', { status: 'never', quit_year: null }],
    ['No tobacco, alcohol or drugs.', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a last cigarette in a month of this year is a quit that year (decision 88)', () => {
  it.each<[string, Expected]>([
    ['Last cigarette was in March.', { status: 'former', quit_year: 2026 }],
    [
      'Smoked 1 ppd x 20 yrs. Last cigarette was in June.',
      { status: 'former', quit_year: 2026, pack_years: 20 },
    ],
    ['Former smoker, last cigarette in September.', { status: 'former', quit_year: 2026 }],
    ['Last cigarette was in December.', { status: 'former', quit_year: 2025 }],
    ['Last cigarette in March 2024.', { status: 'former', quit_year: 2024 }],
    // Control: a last cigarette today is a current smoker's.
    ['Smokes 1 ppd. Last cigarette this morning.', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a present amount with "currently" after it beats "history of"', () => {
  it.each<[string, Expected]>([
    ['History of smoking, smokes 1 ppd currently.', { status: 'current', cigarettes_per_day: 20 }],
    [
      'History of smoking, 10 cigarettes a day presently.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Hx tobacco, smokes half a pack a day currently',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Hx of tobacco use, still smokes 1/2 ppd.', { status: 'current', cigarettes_per_day: 10 }],
    ['h/o smoking - currently 5 cig/day.', { status: 'current', cigarettes_per_day: 5 }],
    // Controls: a history with nothing now.
    ['History of smoking 1 ppd x 20 yrs.', { status: 'former', pack_years: 20 }],
    ['Smoked 2 ppd but now quit.', { status: 'former' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
