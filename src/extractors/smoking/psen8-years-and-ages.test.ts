import { describe, expect, it } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';
import { lineBreakStarts } from '../../core/text/english-sentences.js';

// fpen8b (first stop of 2026-12-01, prober psen8's years/age items): durations without "the",
// terse ages ("44M."), amount/duration joined by "/" or "@" or on rows, a duration before the amount,
// hard-wrapped lines, start-age wordings and rarer typos.
const cases = smokingCases('en');

describe('"for last N yrs", "x past N yrs" without "the" are the years smoked', () => {
  cases([
    ['smokes 1 ppd for last 30 yrs.', { years_smoked: 30 }],
    ['smokes 1 ppd x last 30 yrs.', { years_smoked: 30 }],
    ['smokes 1 ppd x past 8 years', { years_smoked: 8 }],
    ['Current smoker, 1 ppd over past 20 yrs.', { years_smoked: 20 }],
    ['Tobacco: 10 cpd for last 12 yrs.', { years_smoked: 12 }],
    // Controls: something else over the span, an abstinence.
    ['Smokes 1 ppd. No ETOH for last 10 yrs.', { cigarettes_per_day: 20, years_smoked: null }],
  ]);
});

describe('a terse age ("44M.", "44yoM", "44 y M", "44 yr M") dates "since age N"', () => {
  cases([
    ['44M. Smokes 3/4 ppd since age 19.', { years_smoked: 25 }],
    ['60F. Smokes 1 ppd since age 20.', { years_smoked: 40 }],
    ['44yoM. Smokes 3/4 ppd since age 19.', { years_smoked: 25 }],
    ['60 y F. Smokes 1 ppd since age 20.', { years_smoked: 40 }],
    ['44 yr M. Smokes 3/4 ppd since age 19.', { years_smoked: 25 }],
    ['58M. Started smoking at age 16, now smokes 1 ppd.', { years_smoked: 42 }],
  ]);
});

describe('amount and duration joined by "/" or "@", or on rows of their own', () => {
  cases([
    ['Tob: 1ppd/30yrs', { cigarettes_per_day: 20, years_smoked: 30 }],
    ['Tob: 1/2ppd/20yrs', { cigarettes_per_day: 10, years_smoked: 20 }],
    ['Tob - former - 1ppd/30yrs - quit 2016', { years_smoked: 30, quit_year: 2016 }],
    ['Tob: 30 yrs @ 1 ppd', { years_smoked: 30 }],
    ['Tob: 1 ppd @ 25 yrs', { years_smoked: 25 }],
    ['Tobacco:\n  Current smoker\n  1 ppd\n  x 30 yrs', { years_smoked: 30 }],
    // Controls: an interval back, a comma after "cig/d" (dev29 shape), another row's duration.
    ['Tob: 1ppd/30yrs ago', { years_smoked: null }],
    ['SH: tob - 8 cig/d, about 15 yrs, not ready to quit.', { years_smoked: 15 }],
    ['Tobacco: current\n1 ppd\nHTN x 10 yrs', { cigarettes_per_day: 20, years_smoked: null }],
  ]);
});

describe('a duration before the amount ("30-year, 1 ppd habit") is the years smoked', () => {
  cases([
    ['Smoker with a 30-year, 1 ppd habit.', { years_smoked: 30, pack_years: 30 }],
    ['Smoker; 30 yr 1 ppd hx.', { years_smoked: 30 }],
    ['Former smoker; 30-yr, 1-ppd history; quit 2016.', { years_smoked: 30, quit_year: 2016 }],
    ['25 yr 1/2 ppd hx.', { years_smoked: 25, pack_years: 12.5 }],
    ['25-year 2 ppd smoking history.', { years_smoked: 25 }],
  ]);
});

describe('a hard line break inside the phrase', () => {
  cases([
    [
      'Social History: Former smoker - smoked 1 pack per day for 30 years, quit in\n2016.',
      { quit_year: 2016 },
    ],
    [
      'Social History: Former smoker - smoked 1 pack per day for\n30 years, quit in 2016.',
      { years_smoked: 30 },
    ],
    ['He quit smoking\n10 years ago.', { status: 'former', quit_year: 2016 }],
    ['He smoked 2 packs a day from 1975 until\n1995.', { years_smoked: 20, quit_year: 1995 }],
  ]);
  it('joins a number line only after a word that wants it, not a label row', () => {
    expect(lineBreakStarts('quit in\n2016.')).toEqual([]);
    expect(lineBreakStarts('quit smoking\n10 years ago')).toEqual([]);
    expect(lineBreakStarts('Pack years:\n20')).toEqual([12]);
    expect(lineBreakStarts('Former smoker\n2016 visit')).toEqual([14]);
    expect(lineBreakStarts('quit smoking\n2016 visit')).toEqual([13]);
  });
});

describe('start-age wordings', () => {
  cases([
    ['58 yo M, smokes 1 ppd since aged 16.', { years_smoked: 42 }],
    ['60 yo F, smokes 1 ppd since 20 yrs old.', { years_smoked: 40 }],
    ['58 yo M, smokes 1 ppd since he was a teenager (age 16).', { years_smoked: 42 }],
    ['58 yo M, smokes 1 ppd, started @ 16.', { years_smoked: 42 }],
    // Control: a dose after "@".
    ['60 yo M, smokes 1 ppd, started @ 2 mg patch.', { years_smoked: null }],
  ]);
});

describe('rarer typos of quit and years', () => {
  cases([
    ['Ex-smoker 1 ppd x 30 yrs, quti 2016.', { quit_year: 2016 }],
    ['Former smoker, qutting in 2016 after MI.', { quit_year: 2016 }],
    ['Former smoker, 1 ppd, quit 10 yeras ago.', { quit_year: 2016 }],
    ['Former smoker, 1 ppd, quit 10 years ao.', { quit_year: 2016 }],
    ['smokes 1 ppd x 30 yers.', { years_smoked: 30 }],
    ['ED NOTE - 71yo F w/ hx COPD, ex smkr qt 2011, 50 pkyr hx', { quit_year: 2011 }],
  ]);
});
