import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fp12c (third stop of 2026-12-01, psen12's items 4, 12, 13, 15 and 17): a tobacco row answered with a
// frequency, a reduction or a past period; compact and British intervals before "ago"; "cig-free", "no tob x N"
// and "Tob: none x N" as quits; a "?" before a value; hyphenated amounts before "smoker". Probes are dated
// 2026-11-01.
const check = smokingCases('en');

describe('a row answered with a frequency or a reduction is current (decisions 9 and 62)', () => {
  check([
    ['SH: Tob: occasional', { status: 'current', cigarettes_per_day: null }],
    ['SH: Tob: occ', { status: 'current' }],
    ['SH: Tob: socially', { status: 'current' }],
    ['SH: Tob: rarely', { status: 'current' }],
    ['SH: Tob: light', { status: 'current' }],
    ['SH: Cigarettes: weekends only', { status: 'current', cigarettes_per_day: null }],
    ['SH: Tob: few/day', { status: 'current', cigarettes_per_day: null }],
    ['SH: Smoking: only when drinking', { status: 'current' }],
    ['SH: smoking: cutting down', { status: 'current' }],
    ['SH: tobacco - cutting down', { status: 'current' }],
    ['SH: Tobacco: cutting back, 5/day', { status: 'current', cigarettes_per_day: 5 }],
    ['SH: Tob: on NRT, cutting down', { status: 'current' }],
    ['SH: Tob: quitting', { status: 'current' }],
    ['SH: Tobacco: in process of quitting', { status: 'current' }],
    // Controls: the row's other answers are unchanged.
    ['SH: Tob: never', { status: 'never' }],
    ['SH: Tob: none', { status: 'never' }],
    ['SH: Tob: denies', { status: 'never' }],
    ['SH: Tob: quit 2010', { status: 'former', quit_year: 2010 }],
  ]);
});

describe('a row answered with a past period is former (decision 23)', () => {
  check([
    ['SH: Tob: in the past', { status: 'former', quit_year: null }],
    ['SH: Smoking: in the past', { status: 'former' }],
    ['SH: Tob: previously', { status: 'former' }],
    ['SH: Tob: used to', { status: 'former' }],
    ['SH: Tobacco: long ago', { status: 'former' }],
    ['SH: Tob: years ago', { status: 'former', quit_year: null }],
    ['SH: Tob: as a teen', { status: 'former' }],
    ['SH: Tobacco: college only', { status: 'former' }],
    ['SH: Tob: in his 20s', { status: 'former', years_smoked: null }],
    ['SH: Tob: in the army', { status: 'former' }],
    ['SH: Tob: teen years only', { status: 'former' }],
    ['SH: Tob: 1970s-1990s', { status: 'former', quit_year: null }],
    ['SH: Tob: 1975-1995', { status: 'former', years_smoked: 20, quit_year: 1995 }],
    ['SH: Tob: 1 ppd in college', { status: 'former', cigarettes_per_day: 20 }],
    ['SH: Tob: half a pack a day in college', { status: 'former', cigarettes_per_day: 10 }],
    // A negation before the period stays a negation.
    ['SH: Tob: never, even in college', { status: 'never' }],
  ]);
});

describe('compact and British intervals before "ago" count back (spec 3, decisions 22 and 28)', () => {
  check([
    ['SH: quit tob 5y ago', { status: 'former', quit_year: 2021 }],
    ['SH: quit tob 5 y ago', { quit_year: 2021 }],
    ['SH: stopped tob 5y ago', { quit_year: 2021 }],
    ['SH: quit cigs 4y ago', { quit_year: 2022 }],
    ['SH: quit tob 6m ago', { status: 'former', quit_year: 2026 }],
    ['SH: stopped smoking 6w ago', { status: 'former', quit_year: 2026 }],
    ['SH: quit smoking 2/52 ago', { status: 'former', quit_year: 2026 }],
    ['SH: quit smoking 6/12 ago', { status: 'former', quit_year: 2026 }],
    ['SH: ex-smoker, quit 2/12 ago', { status: 'former', quit_year: 2026 }],
    ['SH: stopped smoking 18/12 ago', { status: 'former', quit_year: 2025 }],
    ['SH: stopped cigs 14/12 ago', { quit_year: 2025 }],
    // Not a date, and not a unit away from any smoking word.
    ['SH: smokes 1 ppd, BP 130/80 taken 5m ago', { status: 'current', cigarettes_per_day: 20 }],
    ['SH: ex-smoker, quit 3/12', { status: 'former', quit_year: 2012 }],
  ]);
});

describe('"cig-free x N", "no tob x N" and "Tob: none x N" are quits (decision 28)', () => {
  check([
    ['SH: cig free x 3 mo', { status: 'former', quit_year: 2026 }],
    ['SH: cig-free x 3 months', { status: 'former', quit_year: 2026 }],
    ['SH: tob free x 3 mo', { status: 'former', quit_year: 2026 }],
    ['SH: tob-free since August', { status: 'former', quit_year: 2026 }],
    ['SH: cig-free for 1 year', { status: 'former', quit_year: 2025 }],
    ['SH: cigarette free 2 years', { status: 'former', quit_year: 2024 }],
    ['SH: smoke-free 2 yrs', { status: 'former', quit_year: 2024 }],
    ['SH: no tob x 2 yrs', { status: 'former', quit_year: 2024, years_smoked: null }],
    ['SH: no tob since 2024', { status: 'former', quit_year: 2024 }],
    ['SH: Tob: none x 2 yrs', { status: 'former', quit_year: 2024, years_smoked: null }],
    ['SH: Tobacco: none x 6 months', { status: 'former', quit_year: 2026 }],
    [
      'SH: Tob: none for 2 years (previously 1 ppd)',
      { status: 'former', quit_year: 2024, cigarettes_per_day: 20, years_smoked: null },
    ],
    // Another habit's row keeps the tobacco row's denial.
    ['SH: Tob: none, EtOH: none x 2 yrs', { status: 'never', quit_year: null }],
  ]);
});

describe('a "?" before a value doubts the value, not the status', () => {
  check([
    ['SH: smokes ?1 ppd', { status: 'current', cigarettes_per_day: null }],
    ['SH: smokes ?1-2 ppd', { status: 'current' }],
    ['SH: smoker, ?20 pk-yr', { status: 'current', pack_years: null }],
    ['SH: smokes ? amount', { status: 'current' }],
    ['SH: current smoker, ?ppd', { status: 'current' }],
    ['SH: smokes (amount ?)', { status: 'current' }],
    ['SH: quit smoking ?2010', { status: 'former', quit_year: null }],
    ['SH: ex-smoker, quit ?2010', { status: 'former', quit_year: null }],
    ['SH: former smoker, quit ?5 yrs ago', { status: 'former', quit_year: null }],
    ['SH: ex-smoker (?1990s)', { status: 'former' }],
    ['SH: former smoker, ? pk-yrs', { status: 'former' }],
    ['SH: ex-smoker, quit ? when', { status: 'former' }],
    // A "?" that doubts the status still does.
    ['SH: ?smoker', { status: 'unknown' }],
    ['Smoker?', { status: 'unknown' }],
    ['SH: smokes ~1 ppd', { status: 'current', cigarettes_per_day: 20 }],
  ]);
});

describe('a hyphenated amount before "smoker" (decision 1)', () => {
  check([
    ['SH: half-pack-a-day smoker', { status: 'current', cigarettes_per_day: 10 }],
    ['SH: 10-cigarette-a-day smoker', { status: 'current', cigarettes_per_day: 10 }],
    ['SH: 20-cigarettes-per-day smoker', { cigarettes_per_day: 20 }],
    ['SH: pack-and-a-half-a-day smoker', { status: 'current', cigarettes_per_day: 30 }],
    ['SH: former half-pack-a-day smoker', { status: 'former', cigarettes_per_day: 10 }],
    ['SH: ex pack-a-day smoker', { status: 'former', cigarettes_per_day: 20 }],
    ['SH: ex-pack-a-day smoker', { status: 'former', cigarettes_per_day: 20 }],
    ['SH: two-pack-a-day smoker', { cigarettes_per_day: 40 }],
    ['SH: pack-a-day smoker', { cigarettes_per_day: 20 }],
  ]);
});
