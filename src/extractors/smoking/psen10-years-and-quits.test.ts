import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fp10c (second stop of 2026-12-01, prober psen10's items 4, 5, 7, 10, 19 and 21): a quit "after N
// years", a smoking end told as "until N years ago" or "…, quitting N years ago", a six-pack of beer,
// hedged durations and intervals, "which he has done for N years", and quit typos. Notes dated 2026-11-01.
const cases = smokingCases('en');

describe('"quit YEAR / N years ago after N years": the years smoked (rule years-smoked-quit-after)', () => {
  cases([
    [
      'Discharge summary: 61 yo M, former heavy smoker (2 ppd, quit 2008 after 30 years).',
      { status: 'former', years_smoked: 30, quit_year: 2008, pack_years: 60, brinkman_index: 1200 },
    ],
    ['Former smoker; quit in 2008 after 30 years.', { years_smoked: 30, quit_year: 2008 }],
    ['Ex-smoker, 1 ppd, quit 10 years ago after 30 years.', { years_smoked: 30, quit_year: 2016 }],
    ['He quit smoking 10 years ago, after 30 years.', { years_smoked: 30, quit_year: 2016 }],
    ['Former smoker (quit 2008 after 25 yrs).', { years_smoked: 25, quit_year: 2008 }],
    ['He quit at age 55, in 2010, after 40 years.', { years_smoked: 40, quit_year: 2010 }],
    ['He quit smoking after 30 years.', { status: 'former', years_smoked: 30 }],
    // Controls: another topic's duration, another habit, a duration that is not the smoking.
    ['Quit in 2010 after 30 years of marriage.', { years_smoked: null, quit_year: 2010 }],
    ['Quit drinking after 10 years.', { years_smoked: null }],
    ['Quit smoking after 2 years of trying.', { years_smoked: null }],
  ]);
});

describe('"smoked until N years ago / last year", "…, quitting N years ago": the quit year (rule quit-years-ago-until)', () => {
  cases([
    ['He smoked until 10 years ago.', { status: 'former', quit_year: 2016 }],
    ['Smoked since her teens until about 10 years ago.', { quit_year: 2016 }],
    ['Smoked a pack a day for 30 years until 10 years ago.', { years_smoked: 30, quit_year: 2016 }],
    ['Smoked from college until 5 years ago.', { quit_year: 2021 }],
    ['He smoked until last year.', { quit_year: 2025 }],
    ['Smoked 1 ppd up until 3 years ago.', { cigarettes_per_day: 20, quit_year: 2023 }],
    [
      'Smoked a pack a day for 30 years, quitting 5 years ago.',
      { years_smoked: 30, quit_year: 2021 },
    ],
    ['Smoked for 30 years, stopping 5 years ago.', { years_smoked: 30, quit_year: 2021 }],
    ['She smoked for 20 years, giving up cigarettes 6 years ago.', { quit_year: 2020 }],
    // Control: the end of an abstinence is a relapse, not a quit.
    [
      'Had been smoke-free until 2 years ago, now smokes 1 ppd.',
      { status: 'current', quit_year: null },
    ],
  ]);
});

describe('a six-pack is beer, not six packs of cigarettes (ignore drink-pack)', () => {
  cases([
    ['Drinks a six-pack a day.', { status: 'unknown', cigarettes_per_day: null }],
    ['Drinks a 6 pack per day.', { status: 'unknown', cigarettes_per_day: null }],
    ['Drinks a 6 pk daily.', { status: 'unknown', cigarettes_per_day: null }],
    [
      'Quit smoking in 2010. Drinks a six-pack a day.',
      { status: 'former', cigarettes_per_day: null, quit_year: 2010 },
    ],
    ['Drinks two 12-packs a week. Smokes 1 ppd.', { cigarettes_per_day: 20 }],
    // Controls: a pack-year history and a two-pack-a-day smoker.
    ['About an 18 pack-year history, quit 2012.', { pack_years: 18, quit_year: 2012 }],
    ['Former smoker with a thirty pack-year history, quit in 2009.', { pack_years: 30 }],
    ['He is a 2 pack a day smoker.', { cigarettes_per_day: 40 }],
  ]);
});

describe('hedged numbers are values, not bounds (decisions 20 and 86; spoken.repairs)', () => {
  cases([
    [
      'He smoked heavily (two packs a day) for some 25 years but gave up in 2001.',
      { years_smoked: 25, pack_years: 50, quit_year: 2001 },
    ],
    ['Has smoked for some 25 years.', { years_smoked: 25 }],
    ['Smoked for some twenty years, quit 2005.', { years_smoked: 20, quit_year: 2005 }],
    ['Smoked 20 or so years.', { years_smoked: 20 }],
    ['Smoked twenty or so years.', { years_smoked: 20 }],
    ['Smoked for 20-ish years.', { years_smoked: 20 }],
    ['Smoked twenty-ish years.', { years_smoked: 20 }],
    ['Smoked for an estimated 25 years, quit 2001.', { years_smoked: 25, quit_year: 2001 }],
    ['Smoked for perhaps 25 years, quit 2001.', { years_smoked: 25, quit_year: 2001 }],
    ['Smoked for probably 25 years, quit 2001.', { years_smoked: 25, quit_year: 2001 }],
    ['He quit 8 or so years ago.', { quit_year: 2018 }],
    ['Quit smoking 8 years or so ago.', { quit_year: 2018 }],
    ['Quit smoking 8ish years ago.', { quit_year: 2018 }],
    // Controls: bounds stay null.
    ['Smoked for well over 20 years.', { years_smoked: null }],
    ['Smoked for at least 25 years.', { years_smoked: null }],
  ]);
});

describe('"…, which he has done for N years": the years smoked (rule years-smoked-which-done)', () => {
  cases([
    [
      'Smokes 1 ppd, which he has done for the last 25 years.',
      { years_smoked: 25, pack_years: 25 },
    ],
    ['Smokes 1 ppd, which she has done for 25 years.', { years_smoked: 25 }],
    ['Smokes 1 ppd, which he has been doing for 20 yrs.', { years_smoked: 20 }],
  ]);
});

describe('quit typos before a date ("stoppped", "quite in 2020")', () => {
  cases([
    ['Smoked a pack a day for 35 years; stoppped in 2020.', { status: 'former', quit_year: 2020 }],
    ['Smoked a pack a day for 35 years, quite in 2020.', { status: 'former', quit_year: 2020 }],
    ['Smoked 1 ppd x 20 years, quite in 2015.', { quit_year: 2015 }],
    // Control: "quite" with no smoking word stays English.
    ['He is quite in 2020 with his health.', { status: 'unknown' }],
  ]);
});
