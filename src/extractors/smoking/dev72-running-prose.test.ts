import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';
import { parseNumber } from './numbers.js';

// fsen72 (first stop of 2026-12-01, dev72): how long people smoked and when they stopped, told in
// running prose: "a dozen" closing a range, a year and a dash before an interval, an age with "now"
// after it, nobody in the house smoking, "That was N years ago" after a quit, "the year he
// retired" and "carried on … until the heart attack" dated elsewhere, and a vape's duration.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('"a dozen" closing a range is twelve (decision 2: the midpoint)', () => {
  it.each<[string, Expected]>([
    [
      'She smoked "ten to a dozen a day" from 1976 until 1990.',
      { cigarettes_per_day: 11, years_smoked: 14 },
    ],
    ['Smokes 8 to a dozen cigarettes a day.', { cigarettes_per_day: 10 }],
    ['Smokes ten or a dozen a day.', { cigarettes_per_day: 11 }],
    // Controls: a dozen alone, half a dozen, and a cut from a number to a dozen.
    ['Smokes a dozen a day.', { cigarettes_per_day: 12 }],
    ['Smoked half a dozen a day for 10 years.', { cigarettes_per_day: 6 }],
    ['Smokes, cut down from 20 to a dozen a day.', { cigarettes_per_day: 12 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a year and a dash before a count is a date and an aside, not a range', () => {
  it('reads the count', () => {
    expect(parseNumber('2022 - 18')).toBe(18);
    expect(parseNumber('2015 - 8')).toBe(8);
    expect(parseNumber('1990-2010')).toBe(2000);
    expect(parseNumber('10-20')).toBe(15);
  });
  it.each<[string, string, Expected]>([
    [
      'She smoked about fifteen a day and put them down for good after she was hospitalised with COVID in February 2022 - eighteen months ago now.',
      '2023-09-19',
      { status: 'former', quit_year: 2022 },
    ],
    ['Stopped smoking in 2019 - 30 months ago.', '2023-11-01', { quit_year: 2021 }],
    ['Quit smoking 2-3 years ago.', '2023-11-01', { quit_year: 2021 }],
  ])('%s', (text, noteDate, expected) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe('an age with "now" after it is the stated age (decision 3)', () => {
  it.each<[string, Expected]>([
    [
      'He has smoked since he was fifteen, and he is fifty-eight now. These days it is a pack and a half a day.',
      { status: 'current', years_smoked: 43, pack_years: 64.5, brinkman_index: 1290 },
    ],
    ['She has smoked a pack a day since age 20 and she is 45 now.', { years_smoked: 25 }],
    [
      'He has smoked 10 a day since he was 20. He is 50 now and wants to quit.',
      { years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('nobody in the house smoking says nothing of the patient (decision 15)', () => {
  it.each<[string, Expected]>([
    [
      'She smoked until 2009. Nobody in the house smokes now.',
      { status: 'former', quit_year: 2009 },
    ],
    ['Former smoker, quit 2015. No one else in the household smokes.', { status: 'former' }],
    ['No one at home smokes.', { status: 'unknown' }],
    // Controls: the patient's own smoking beside it.
    ['Smokes 10 a day; no one else at home smokes.', { status: 'current', cigarettes_per_day: 10 }],
    ['Nobody smokes around him. He smokes 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"That was N years ago" right after a quit dates it', () => {
  it.each<[string, Expected]>([
    [
      "He gave up cigarettes after his brother's funeral. That was nine years ago. Before that he had smoked a pack a day for 30 years.",
      { status: 'former', quit_year: 2017, years_smoked: 30 },
    ],
    [
      'She stopped smoking when her son was born. That was about 12 years ago.',
      { quit_year: 2014 },
    ],
    ['Quit smoking after his surgery. This was 18 months ago.', { quit_year: 2025 }],
    // Controls: after smoking told as a habit, and after a relative's quit.
    ['He smokes a pack a day. That was 5 years ago.', { status: 'current', quit_year: null }],
    ['He smoked a pack a day for 20 years. That was ten years ago.', { quit_year: null }],
    ['His father quit smoking after a heart attack. That was 9 years ago.', { quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a quit told by a life event dated elsewhere (decision 83)', () => {
  it.each<[string, Expected]>([
    [
      'Occupation: retired in 1998. Tobacco: 2 ppd for 20 years. Gave them up cold turkey the year he retired.',
      { status: 'former', quit_year: 1998 },
    ],
    [
      'PMH: CABG x3 (June 2014). Smoked a pack a day, quit the year she had her bypass.',
      { quit_year: 2014 },
    ],
    ['Retired in 2010. He stopped smoking the same year he retired.', { quit_year: 2010 }],
    ['He smoked 1 ppd; quit cold turkey after his MI. PMH: MI 2012.', { quit_year: 2012 }],
    [
      'PMH: inferior STEMI in March 2011. He began smoking in 1975 and was on about a pack a day from the start. He carried on through two marriages, right up until the heart attack. He has not had a cigarette since then.',
      { status: 'former', quit_year: 2011, years_smoked: 36, brinkman_index: 720 },
    ],
    [
      'PMH: CABG 2014. Smoked 1 ppd from 1980. Kept it up until her bypass.',
      { quit_year: 2014, years_smoked: 34 },
    ],
    // Controls: a relative's retirement, an event dated nowhere, and going on with no smoking.
    ['Father retired in 1990. Smoked 1 ppd, quit the year he retired.', { quit_year: null }],
    ['Smoked 1 ppd, quit the year he retired.', { quit_year: null }],
    [
      'PMH: CABG 2014. He worked at the mill and carried on until his bypass. Never smoker.',
      { status: 'never', quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a vape's duration is not the years smoked (spec 3)", () => {
  it.each<[string, Expected]>([
    [
      'He smoked three-quarters of a pack a day from 1983, the year he left school, until the spring of 2012. Since then no cigarettes; he used a vape for about a year afterwards.',
      { status: 'former', years_smoked: 29, pack_years: 21.75, quit_year: 2012 },
    ],
    ['Smoked 1 ppd x 20 yrs, quit 2015; vaped for 3 years after that.', { years_smoked: 20 }],
    // Control: a duration told of both.
    ['Smoked cigarettes and vaped for 10 years, quit 2019.', { years_smoked: 10 }],
    ['He smoked and drank heavily for 30 years.', { years_smoked: 30 }],
    ['Smokes and drinks for 20 years.', { years_smoked: 20 }],
    // Controls (ftfixs): a later vape, a contrast, and another topic's duration beside "and".
    ['Smoked cigarettes and then vaped for 3 years.', { years_smoked: null }],
    ['Smoked but vaped for 10 years.', { years_smoked: null }],
    ['Diabetic for 15 years and smokes a pack a day.', { years_smoked: null }],
    ['Smokes a pack a day and has been diabetic for 15 years.', { years_smoked: null }],
    ['Smokes and has had diabetes for 15 years.', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
