import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen78 (second stop of 2026-12-01, dev78): telegraphic and dictated notes where the numbers
// are squeezed. A spoken "times" is the "x" of a duration; a dictated "period." is one full stop;
// "cig q day" is a daily count; a quit some weeks ago closing a smoking clause is a quit
// (decision 28); another substance's quit with no colon is not the smoking's; "| 12 y |" is a
// duration cell.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('"times N years" after an amount is the duration (decision 85)', () => {
  it.each<[string, Expected]>([
    [
      'He is a formal smoker. He smoked one pack per day times thirty years and quit in two thousand nine.',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 30,
        pack_years: 30,
        quit_year: 2009,
      },
    ],
    [
      'Smoked 1 ppd times 30 yrs, quit 2010.',
      { years_smoked: 30, pack_years: 30, quit_year: 2010 },
    ],
    [
      'Former smoker, two packs per day times about fifteen years.',
      { cigarettes_per_day: 40, years_smoked: 15, brinkman_index: 600 },
    ],
    [
      'He smokes ten cigarettes a day times twenty five years.',
      { status: 'current', years_smoked: 25, pack_years: 12.5 },
    ],
    // Controls: "times" that is no duration.
    [
      'Smokes 1 ppd. Takes albuterol three times a day.',
      { cigarettes_per_day: 20, years_smoked: null },
    ],
    ['He was admitted three times in ten years. Smokes 1 ppd.', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a dictated "period." or "comma," is one mark', () => {
  it.each<[string, Expected]>([
    [
      'Social history colon he smoked a pack and a half a day from nineteen seventy eight until two thousand and twelve comma when he quit after his brother died period. No alcohol for twenty years period.',
      { status: 'former', years_smoked: 34, pack_years: 51, brinkman_index: 1020, quit_year: 2012 },
    ],
    [
      'Social history colon he smoked a pack a day from nineteen eighty until two thousand and ten comma when he quit period. No alcohol for twenty years period.',
      { years_smoked: 30, quit_year: 2010 },
    ],
    [
      'Tobacco colon he smokes half a pack per day period. He drinks wine for ten years period.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"cig q day" is a daily count', () => {
  it.each<[string, Expected]>([
    [
      'SH: tob 10-15 cig q day x ~8y, also vapes.',
      {
        status: 'current',
        cigarettes_per_day: 12.5,
        years_smoked: 8,
        pack_years: 5,
        brinkman_index: 100,
      },
    ],
    ['Smokes 5 cigs q day x 10 yrs.', { cigarettes_per_day: 5, years_smoked: 10 }],
    ['Smokes 12 cigs q.d. for 5 years.', { cigarettes_per_day: 12, pack_years: 3 }],
    ['SH: 8 cigarettes qday.', { cigarettes_per_day: 8 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a quit N weeks ago closing a smoking clause is former (decision 28)', () => {
  it.each<[string, Expected, string?]>([
    [
      'SH: ~1ppd x 15y, quit 3 wks ago (cold turkey when he got sick), no relapse so far.',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 15,
        pack_years: 15,
        quit_year: 2025,
      },
      '2026-01-12',
    ],
    [
      '1/2 ppd x 10 yrs, quit 5 weeks ago.',
      { status: 'former', years_smoked: 10, quit_year: 2026 },
    ],
    ['Tobacco: 20 cig/d x 10y, stopped 2 wks ago.', { status: 'former', quit_year: 2026 }],
    [
      'Tobacco: 1 ppd x 20 yrs (20 PY), gave up 8 weeks ago.',
      { status: 'former', quit_year: 2026 },
    ],
    // Controls: an attempt, or a medicine stopped.
    ['Smokes 1 ppd, tried to quit 3 wks ago.', { status: 'current', quit_year: null }],
    ['Smokes 1 ppd, amlodipine stopped 2 weeks ago.', { status: 'current', quit_year: null }],
  ])('%s', (text, expected, noteDate) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe("another substance's quit with no colon is not the smoking's", () => {
  it.each<[string, Expected]>([
    [
      "SH: ex-tob 1ppd x30y (30PY), quit '98; EtOH quit 2015; no drugs.",
      { status: 'former', quit_year: 1998, pack_years: 30, years_smoked: 30 },
    ],
    ['Former smoker, quit 2001; alcohol stopped 2012.', { status: 'former', quit_year: 2001 }],
    ['Ex-smoker 1 ppd x 20 yrs, quit 2005, marijuana quit 2018.', { quit_year: 2005 }],
    ['Smokes 1 ppd; EtOH quit 2015.', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a "N y" table cell is the years smoked', () => {
  it.each<[string, Expected]>([
    [
      'Tobacco: Former | 0.5 ppd | 12 y | quit 06/2019',
      {
        status: 'former',
        cigarettes_per_day: 10,
        years_smoked: 12,
        pack_years: 6,
        quit_year: 2019,
      },
    ],
    ['Smoking: Current | 1 ppd | 20 y', { status: 'current', years_smoked: 20 }],
    ['Tobacco: Former | 12 y | 1 ppd | quit 2010', { years_smoked: 12, brinkman_index: 240 }],
    // Control: an age cell beside a never smoker.
    ['Pt | 45 y | F. Never smoker.', { status: 'never', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
