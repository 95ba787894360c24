import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// ftfixs (first stop of 2026-12-01): "has gone without a cigarette for N" is a quit unless a present
// habit follows it ("– usually smokes 1 ppd": a break); a duration before the amount is the smoking's
// only when no "x / for / over" ties it to something said before ("COPD x 8 years, 1 ppd smoker").
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a break before a present habit is not a quit', () => {
  it.each<[string, Expected]>([
    [
      'Has gone without cigarettes for a week \u2013 usually smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20, quit_year: null },
    ],
    [
      'Has been without a cigarette for 2 weeks - normally smokes 10 a day.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'He has gone without cigarettes for a month; still smoking cigars.',
      { status: 'current', quit_year: null },
    ],
    // Controls: the quit told the same way, with no present habit after it.
    ['Has gone without a cigarette for 3 years', { status: 'former', quit_year: 2023 }],
    ['He has been without cigarettes for 5 yrs', { status: 'former', quit_year: 2021 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("another condition's duration before the amount is not the years smoked", () => {
  it.each<[string, number | null]>([
    ['COPD x 8 years, 1 ppd smoker', null],
    ['COPD \u00d7 8 years, 1 ppd smoker', null],
    ['Asthma for 8 years, 1 ppd smoker', null],
    ['HTN x 10 yrs, 2 ppd habit', null],
    // Controls: the duration of the habit itself.
    ['Smoker; 30 yr 1 ppd hx.', 30],
    ['30-year, 1 ppd habit', 30],
    ['25-year 2 ppd smoking history', 25],
    ['Former smoker; 30-yr, 1-ppd history; quit 2016.', 30],
  ])('%s → %s', (text, n) => {
    expect(answer(text).years_smoked).toBe(n);
  });
});
