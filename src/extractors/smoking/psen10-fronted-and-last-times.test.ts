import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fp10b (second stop of 2026-12-01, psen10's items 2, 6, 9, 12, 16 and 17): a time told before the quit or
// start verb, quit wordings ("became a non-smoker", "packed in", "abstained from", "has not smoked a cigarette
// since … (2012)"), the last cigarette told as its own clause, a quit attempt that worked, "not until 2015", and
// "presently not smoking, last cigarette …". Probes are dated 2026-11-01.
const check = smokingCases('en');

describe('a time before the quit or start verb', () => {
  check([
    ['In 2014, he quit smoking.', { status: 'former', quit_year: 2014 }],
    ['Back in March 2014 she stopped smoking.', { status: 'former', quit_year: 2014 }],
    ['It was in 2014 that he quit smoking.', { status: 'former', quit_year: 2014 }],
    [
      'After his heart attack in 2015, he gave up cigarettes.',
      { status: 'former', quit_year: 2015 },
    ],
    ['When he retired in 2018 he gave up cigarettes.', { status: 'former', quit_year: 2018 }],
    ['Following her stroke (2018), she quit smoking.', { status: 'former', quit_year: 2018 }],
    ['Ten years ago he gave up cigarettes.', { status: 'former', quit_year: 2016 }],
    ['Last year, she finally stopped smoking.', { status: 'former', quit_year: 2025 }],
    ['This year he quit smoking.', { status: 'former', quit_year: 2026 }],
    ['Three months ago he quit smoking.', { status: 'former', quit_year: 2026 }],
    [
      'He smoked a pack a day for 30 years. In 2015 he quit.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2015 },
    ],
    ['Since 2015 he has not smoked.', { status: 'former', quit_year: 2015, years_smoked: null }],
    ['Since his MI in 2015 he has not smoked.', { status: 'former', quit_year: 2015 }],
    ['Since 2015, she has been smoke-free.', { status: 'former', quit_year: 2015 }],
    [
      '64 yo M. At 15 he started smoking; now a pack a day.',
      { status: 'current', years_smoked: 49 },
    ],
    [
      'In 2010 he started smoking; he smokes a pack a day.',
      { status: 'current', years_smoked: 16 },
    ],
    [
      'In 1980 he started smoking a pack a day, and in 2010 he quit.',
      { status: 'former', years_smoked: 30, quit_year: 2010, pack_years: 30 },
    ],
    // Controls: another quit, a plan, a relative, a failed try, a bound.
    ['In 2014 he quit his job. He smokes a pack a day.', { status: 'current', quit_year: null }],
    ['In 2027 he plans to quit smoking. Smokes 10 a day.', { status: 'current', quit_year: null }],
    ['In 2015 his wife quit smoking.', { status: 'unknown', quit_year: null }],
    [
      'In 2015 he tried to quit smoking but failed; smokes 1 ppd.',
      { status: 'current', quit_year: null },
    ],
    ['Ten years ago he quit drinking. Smokes 1 ppd.', { status: 'current', quit_year: null }],
    ['By 2014 he had quit smoking.', { status: 'former', quit_year: null }],
  ]);
});

describe('quit wordings', () => {
  check([
    ['Hasn’t smoked a cigarette since 2014.', { status: 'former', quit_year: 2014 }],
    ['Has not smoked tobacco since 2014.', { status: 'former', quit_year: 2014 }],
    ['Has not smoked a single cigarette since 2014.', { status: 'former', quit_year: 2014 }],
    [
      'He has not smoked since the birth of his daughter (2012).',
      { status: 'former', quit_year: 2012 },
    ],
    [
      'He has not smoked since his daughter’s birth in 2012.',
      { status: 'former', quit_year: 2012 },
    ],
    [
      'He has been smoke-free since his heart attack (2015).',
      { status: 'former', quit_year: 2015 },
    ],
    ['Became a non-smoker in 2014.', { status: 'former', quit_year: 2014 }],
    ['Went smoke-free in 2014.', { status: 'former', quit_year: 2014 }],
    ['Has abstained from smoking since 2014.', { status: 'former', quit_year: 2014 }],
    ['He packed in smoking in 2014.', { status: 'former', quit_year: 2014 }],
    // Controls: a place that went smoke-free (dev35 3517), a relative.
    [
      'Never smoker. Breathed smoke every shift until the casino went smoke-free in March 2021.',
      { status: 'never', quit_year: null },
    ],
    [
      'The office went smoke-free in 2012. He smokes 1 ppd.',
      { status: 'current', quit_year: null },
    ],
    [
      'Casino dealer, second-hand smoke "before they went smoke-free in 2020". SH: denies ever using tobacco.',
      { status: 'never', quit_year: null },
    ],
    [
      'Her husband became a non-smoker in 2015. She never smoked.',
      { status: 'never', quit_year: null },
    ],
  ]);
});

describe('the last cigarette as its own clause', () => {
  check([
    ['It has been 3 years since her last cigarette.', { status: 'former', quit_year: 2023 }],
    ['Three years since his last cigarette.', { status: 'former', quit_year: 2023 }],
    ['It’s been 4 months since her last cigarette.', { status: 'former', quit_year: 2026 }],
    ['It has been 3 years since she smoked.', { status: 'former', quit_year: 2023 }],
    ['The last time he smoked was in 2019.', { status: 'former', quit_year: 2019 }],
    ['The last time he smoked was 7 years ago.', { status: 'former', quit_year: 2019 }],
    ['The last cigarette he smoked was in 2019.', { status: 'former', quit_year: 2019 }],
    ['Last cigarette smoked in 2019.', { status: 'former', quit_year: 2019 }],
    ['She last had a cigarette in 2019.', { status: 'former', quit_year: 2019 }],
    // Control: hours are no quit.
    [
      'It has been 2 hours since his last cigarette; smokes 10 a day.',
      { status: 'current', quit_year: null },
    ],
  ]);
});

describe('a quit attempt that worked, "not until", and "presently not smoking"', () => {
  check([
    [
      'Made several quit attempts, the last successful one in 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    [
      'Multiple attempts to quit smoking; successful in 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    [
      'He made three attempts to quit smoking; the third, in 2019, worked.',
      { status: 'former', quit_year: 2019 },
    ],
    [
      'Tried to quit smoking many times; finally succeeded 4 years ago.',
      { status: 'former', quit_year: 2022 },
    ],
    [
      'After several quit attempts she finally quit in 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    ['It was not until 2015 that he quit smoking.', { status: 'former', quit_year: 2015 }],
    ['Not until 2015 did he quit smoking.', { status: 'former', quit_year: 2015 }],
    ['It wasn’t until 2010 that he stopped smoking.', { status: 'former', quit_year: 2010 }],
    ['Former smoker; did not quit until 2015.', { status: 'former', quit_year: 2015 }],
    [
      'She has smoked on and off for twenty years; presently not smoking, last cigarette 2 years ago.',
      { status: 'former', years_smoked: 20, quit_year: 2024 },
    ],
    ['Presently not smoking, last cigarette 2 years ago.', { status: 'former', quit_year: 2024 }],
    ['Not currently smoking; smoked for 20 years.', { status: 'former', years_smoked: 20 }],
    // Controls: attempts that failed, a plan.
    [
      'Several quit attempts, none successful; smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Multiple quit attempts, all unsuccessful. Smokes a pack a day.',
      { status: 'current', quit_year: null },
    ],
    ['He will not quit until after surgery; smokes 1 ppd.', { status: 'current', quit_year: null }],
  ]);
});
