import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsrel (first stop of 2026-12-01): a relapse told as a span with an end year after a dated quit
// (decisions 4, 42 and 61; ja decision 73), an abstinence "without a cigarette since …", and a
// last cigarette "last week" or "in early March" (decisions 28 and 88).
const answer = (text: string, language: 'en' | 'ja' = 'en', noteDate = '2026-11-01') =>
  runNote(text, language, { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a relapse span after a quit ends with a later quit (decision 61)', () => {
  it.each<[string, Expected]>([
    // The first period has no start: years_smoked cannot be summed.
    [
      'Quit in 2015, smoked again 2017-2021.',
      { status: 'former', quit_year: 2021, years_smoked: null },
    ],
    ['quit 2010; resumed 2012 to 2018', { status: 'former', quit_year: 2018, years_smoked: null }],
    [
      'Former smoker, stopped in 2005 but smoked again from 2009 until 2016.',
      { status: 'former', quit_year: 2016, years_smoked: null },
    ],
    [
      'Quit in 2015, relapsed 2017-2021.',
      { status: 'former', quit_year: 2021, years_smoked: null },
    ],
    [
      'Stopped smoking in 2008, started again 2011-2019.',
      { status: 'former', quit_year: 2019, years_smoked: null },
    ],
    [
      'Quit 2012 but smoked again between 2014 and 2020.',
      { status: 'former', quit_year: 2020, years_smoked: null },
    ],
    // Every period can be counted: the periods are summed.
    [
      'Former smoker, smoked 1980-2000, quit, then again 2005-2010.',
      { status: 'former', quit_year: 2010, years_smoked: 25 },
    ],
    [
      'Smoked 1985-2005, quit, relapsed 2010-2015.',
      { status: 'former', quit_year: 2015, years_smoked: 25 },
    ],
    [
      'Smoked from 1990 to 2005; quit; smoked again from 2008 to 2018.',
      { status: 'former', quit_year: 2018, years_smoked: 25 },
    ],
    [
      'Smoked from 1990, quit in 2015, relapsed 2017-2021.',
      { status: 'former', quit_year: 2021, years_smoked: 29 },
    ],
    [
      'Smoked 1 ppd for 20 years, quit 2005, smoked again 2009-2016.',
      { status: 'former', quit_year: 2016, years_smoked: 27, pack_years: 27 },
    ],
    // Controls: a restart after the span goes on; a restart with no end; a quit after the restart.
    [
      'Quit in 2015, smoked again 2017-2021, now smoking again since 2024.',
      { status: 'current', quit_year: null, years_smoked: null },
    ],
    ['Quit in 2015, smoking again since 2017.', { status: 'current', quit_year: null }],
    [
      'Smoked 1990-2015. Started again in 2017, quit again in 2021.',
      { status: 'former', quit_year: 2021, years_smoked: 29 },
    ],
    ['Smoked 1975-1995.', { status: 'former', quit_year: 1995, years_smoked: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a relapse span after a quit, in Japanese (ja decision 73)', () => {
  it.each<[string, Expected]>([
    [
      '2015年に禁煙、2017〜2021年に再喫煙。',
      { status: 'former', quit_year: 2021, years_smoked: null },
    ],
    [
      '平成20年禁煙、平成25年から令和2年まで再喫煙。',
      { status: 'former', quit_year: 2020, years_smoked: null },
    ],
    [
      '2015年に禁煙、2017年から2021年まで再喫煙していた。',
      { status: 'former', quit_year: 2021, years_smoked: null },
    ],
    ['H20年禁煙。H25〜R2年再喫煙あり。', { status: 'former', quit_year: 2020 }],
    [
      '1990年から2005年まで喫煙、2005年に禁煙、2010〜2018年に再喫煙。',
      { status: 'former', quit_year: 2018, years_smoked: 23 },
    ],
    // Controls: a restart after the span, and an open relapse.
    [
      '2015年に禁煙、2017〜2021年に再喫煙、2024年から再度喫煙中。',
      { status: 'current', quit_year: null, years_smoked: null },
    ],
    ['2015年に禁煙したが、2017年から再喫煙。', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text, 'ja')).toMatchObject(expected);
  });
});

describe('"without a cigarette since" is an abstinence, not a denial', () => {
  it.each<[string, Expected]>([
    ['Has been without a cigarette since 2015.', { status: 'former', quit_year: 2015 }],
    ['Without cigarettes since 2019.', { status: 'former', quit_year: 2019 }],
    ['Cigarette-free since 2018.', { status: 'former', quit_year: 2018 }],
    ['Without a cigarette since 03/2016.', { status: 'former', quit_year: 2016 }],
    [
      'Has been without a cigarette since his heart attack in 2012.',
      { status: 'former', quit_year: 2012 },
    ],
    ['Been without cigarettes since March.', { status: 'former', quit_year: 2026 }],
    [
      'Quit 2010, relapsed 2012, without cigarettes since 2020.',
      { status: 'former', quit_year: 2020 },
    ],
    // Controls: a short break, and a denial.
    [
      'Went without a cigarette for two days last week but still smokes 10/day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['No alcohol. Without tobacco use.', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a last cigarette last week or in part of a month is a quit (decisions 28 and 88)', () => {
  it.each<[string, Expected]>([
    ['Last cigarette: last week.', { status: 'former', quit_year: 2026 }],
    ['Last cigarette was last week.', { status: 'former', quit_year: 2026 }],
    ['Last cigarette was last weekend.', { status: 'former', quit_year: 2026 }],
    ['Last cigarette: 2 weeks ago.', { status: 'former', quit_year: 2026 }],
    ['Last cigarette in early March.', { status: 'former', quit_year: 2026 }],
    ['Last cigarette was in mid-March.', { status: 'former', quit_year: 2026 }],
    ['Last cigarette in early December.', { status: 'former', quit_year: 2025 }],
    ['Last cigarette in early 2019.', { status: 'former', quit_year: 2019 }],
    // Controls: a last cigarette yesterday or this morning is a current smoker's.
    ['Last cigarette yesterday.', { status: 'current', quit_year: null }],
    ['Smokes 10/day; last cigarette this morning.', { status: 'current', cigarettes_per_day: 10 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
