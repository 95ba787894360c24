import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fp10d (second stop of 2026-12-01, prober psen10's items 8, 14, 15, 18 and 21): start and end ages told
// with "when he was N", age words, age units, "picked up" and "onset"; failed and temporary quits; "did
// not start smoking until …"; smoking "kept at" until an age; "N years ago last summer". Notes dated
// 2026-11-01.
const cases = smokingCases('en');

describe('start ages told with "when", "picked up" or "onset" (rule start-age-when; decisions 3 and 71)', () => {
  cases([
    [
      'Age: 64. Smokes a pack a day, started when he was 15.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 49, pack_years: 49 },
    ],
    ['64 yo M. Smokes 1 ppd, ever since he was 15.', { years_smoked: 49 }],
    [
      '58 yo F. First started smoking when she was about 18; half a pack a day.',
      { cigarettes_per_day: 10, years_smoked: 40, pack_years: 20 },
    ],
    ['Age 60. Smokes 10 cigarettes a day; began when she was 20.', { years_smoked: 40 }],
    ['70 yo F. Smokes half a pack a day, took it up when she was seventeen.', { years_smoked: 53 }],
    ['64 year old. Smokes 1 ppd; picked up smoking at 15.', { years_smoked: 49 }],
    ['Smokes 1 ppd, picked up the habit at 16. Age: 46.', { years_smoked: 30 }],
    ['64 year old. Smokes 1 ppd; onset at 15.', { years_smoked: 49 }],
    [
      'Age 62. She smoked from when she was 16 and still smokes a pack a day.',
      { status: 'current', years_smoked: 46 },
    ],
    // Controls: another start, a time of life in months, a clock time, another topic's "since".
    ['She started working when she was 15. Smokes 1 ppd. Age 50.', { years_smoked: null }],
    [
      'Age 40. Smokes 1 ppd. Quit vaping when she was 6 months pregnant.',
      { status: 'current', years_smoked: null },
    ],
    ['Smokes 1 ppd. Chest pain onset at 10 am.', { years_smoked: null }],
    ['Smokes 1 ppd; symptom onset at 15 minutes.', { years_smoked: null }],
  ]);
});

describe('age spans told with "when", age words or age units (rules age-span-unit-end, quit-age-when)', () => {
  cases([
    [
      'Started smoking when he was 15 and quit when he was 55; a pack a day.',
      { status: 'former', years_smoked: 40, pack_years: 40, quit_year: null },
    ],
    ['He smoked a pack a day from when he was 15 until he was 55.', { years_smoked: 40 }],
    ['Smoked 1 ppd from when she was 18 till she was 48.', { years_smoked: 30 }],
    ['He smoked a pack a day from age fifteen to fifty-five.', { years_smoked: 40 }],
    ['Smoked a pack a day from age 15 to fifty.', { years_smoked: 35 }],
    ['Smoked a pack a day from 15 yo to 55 yo.', { years_smoked: 40, quit_year: null }],
    ['Smoked 1 ppd from 15 years old until 55 years old.', { years_smoked: 40 }],
    ['Smoked 1 ppd from sixteen years old to forty years old.', { years_smoked: 24 }],
    [
      'He stopped smoking when he was about 60; a pack a day from age 20.',
      { status: 'former', years_smoked: 40 },
    ],
    // Control: an amount's range is no span of ages.
    ['Smoked from 10 to 20 a day for years.', { cigarettes_per_day: 15, years_smoked: null }],
  ]);
});

describe('"did not start smoking until …" starts the smoking (start-age/year-not-until, ignore start-not-until)', () => {
  cases([
    [
      'She did not start smoking until age 30 and quit at 50.',
      { status: 'former', years_smoked: 20, quit_year: null },
    ],
    [
      "He didn't take up smoking until 2020 and smokes 10 a day.",
      { status: 'current', cigarettes_per_day: 10, years_smoked: 6, pack_years: 3 },
    ],
    [
      "He didn't start smoking until 2020; now smokes daily.",
      { status: 'current', years_smoked: 6 },
    ],
    [
      'He did not start smoking until 2000, and quit in 2010 (1 ppd).',
      { status: 'former', years_smoked: 10, quit_year: 2010, pack_years: 10 },
    ],
    [
      'She did not start smoking until she was 30. She is 50 and smokes a pack a day.',
      { status: 'current', years_smoked: 20 },
    ],
    [
      "He didn't start smoking until the summer of 2001 and quit in 2011.",
      { status: 'former', years_smoked: 10, quit_year: 2011 },
    ],
    [
      'He did not start smoking until after his divorce in 2005; smokes 1 ppd.',
      { status: 'current', years_smoked: 21 },
    ],
    // Controls: a quit that came late is still a quit; another drug's start says nothing of smoking.
    ['He did not stop smoking until 2015.', { status: 'former', quit_year: 2015 }],
    [
      'She did not start taking metformin until 2019. Smokes 1 ppd.',
      { status: 'current', years_smoked: null },
    ],
  ]);
});

describe('smoking kept at until an age ends then (statement kept-on-until-age; decisions 3 and 41)', () => {
  cases([
    [
      'He is 70. He took up smoking in the army at 18 and kept at it, roughly a pack a day, until age 60.',
      { status: 'former', years_smoked: 42, pack_years: 42, quit_year: null },
    ],
    [
      'Began smoking at 18, continuing until the age of 60.',
      { status: 'former', years_smoked: 42 },
    ],
    ['He smoked from 18 and kept smoking till he was 60.', { status: 'former', years_smoked: 42 }],
    [
      'He is 70. He took up smoking in the army at 18 and kept it up until age 60.',
      { status: 'former', years_smoked: 42 },
    ],
    [
      'He is 70. Started smoking at 18 and continued to smoke until he turned 60.',
      { status: 'former', years_smoked: 42 },
    ],
    // Control: another thing kept up until an age.
    [
      'He is 70. Smokes 1 ppd since age 18. He kept working until age 65.',
      { status: 'current', years_smoked: 52 },
    ],
  ]);
});

describe('failed and temporary quits are no quit (quit-attempts-failed, quit-for-a-spell, abstinence-until-relapse)', () => {
  cases([
    ['Attempted to quit in 2015 and 2019 without success.', { status: 'current', quit_year: null }],
    [
      'Attempted to quit smoking in 2015 and 2019 without success.',
      { status: 'current', quit_year: null },
    ],
    ['Tried to quit in 2015 and 2019, unsuccessfully.', { status: 'current', quit_year: null }],
    [
      'Tried to quit smoking twice, to no avail. Smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['Quit smoking for a year in 2019.', { status: 'current', quit_year: null }],
    [
      'Quit for 6 months back in 2015. Smokes 10 a day.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'Had been smoke-free for 10 years until a relapse last year.',
      { status: 'current', quit_year: null },
    ],
    ['Smoke-free for 10 years until a relapse in 2024.', { status: 'current', quit_year: null }],
    [
      'Off cigarettes for 5 years until she relapsed; smokes half a pack a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // Controls: a later quit wins (decision 42); a quit with its interval; abstinence that goes on.
    [
      'Tried to quit in 2015 and 2019 without success, but finally quit in 2021.',
      { status: 'former', quit_year: 2021 },
    ],
    ['Quit smoking for a year in 2019. Quit again in 2022.', { status: 'former', quit_year: 2022 }],
    [
      'Smoke-free for 10 years until a relapse in 2020; quit again in 2023.',
      { status: 'former', quit_year: 2023 },
    ],
    ['Quit smoking 10 years ago.', { status: 'former', quit_year: 2016 }],
    ['Smoke-free since 2016.', { status: 'former', quit_year: 2016 }],
  ]);
});

describe('"N years ago last summer": the interval dates the quit (rule quit-season)', () => {
  cases([
    ['Quit smoking ten years ago last summer.', { status: 'former', quit_year: 2016 }],
    ['Quit smoking 3 years ago this past winter.', { quit_year: 2023 }],
    // Controls: a season alone still dates it.
    ['Quit smoking last summer.', { quit_year: 2026 }],
    ['Stopped smoking the summer before last.', { quit_year: 2025 }],
  ]);
});
