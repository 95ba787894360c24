import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen83 (third stop of 2026-12-01, dev83, full-length notes): a record's entry named by a smoking
// word ("an imported tobacco entry") under a note that calls it wrong, an abstinence told with a
// qualifier ("No tobacco of any kind for 7 years"), a bare quit label's age row ("Stopped: age 45")
// and a bare quit span between two periods ("Stopped 1995 - 2000").
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const never = {
  status: 'never',
  pack_years: null,
  cigarettes_per_day: null,
  years_smoked: null,
  brinkman_index: null,
} as const;

describe('a record called wrong, named by a smoking word (dev83 8310; decision 82)', () => {
  it.each<[string, Expected]>([
    [
      'Her chart contained an imported tobacco entry ("Smoking status: Current Every Day Smoker; Packs/day: 1.00; Years: 40.00"). This entry is wrong: it belongs to another patient. She has never smoked.',
      never,
    ],
    [
      'The smoking status field says Current Every Day Smoker, 1 ppd; this is incorrect. She has never smoked.',
      never,
    ],
    [
      'The tobacco use flag (current smoker, 2 ppd) was entered in error; patient is a lifelong nonsmoker.',
      never,
    ],
    [
      'An outside tobacco history entry lists 1 ppd x 30 years. That record is wrong - she has never smoked a cigarette.',
      never,
    ],
    // Controls: a record nobody disputes, and first-hand smoking beside a record word.
    [
      'Her chart contained an imported tobacco entry ("Smoking status: Current Every Day Smoker; Packs/day: 1.00; Years: 40.00").',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 40 },
    ],
    [
      'The EHR tobacco entry lists her as a never smoker, but she smoked 1 ppd for 20 years and quit in 2010.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20, quit_year: 2010 },
    ],
    ['Tobacco use flag: current. He smokes 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    ['The smoking status field says Former Smoker.', { status: 'former' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('an abstinence told with a qualifier is no years smoked (dev83 8329)', () => {
  it.each<[string, Expected]>([
    [
      'Smoked a pack a day from 1975 to 1990. No tobacco of any kind for 7 years.',
      { years_smoked: 15, pack_years: 15 },
    ],
    [
      'Smoked a pack a day from 1975 to 1990. No smoking of any kind for the past 7 years.',
      { years_smoked: 15 },
    ],
    ['Smoked a pack a day from 1975 to 1990. No tobacco use for 7 years.', { years_smoked: 15 }],
    [
      'Former smoker. No tobacco in any form for 12 years.',
      { status: 'former', years_smoked: null, quit_year: 2014 },
    ],
    [
      'Former smoker, 1 ppd x 30 yrs. No tobacco products for 3 years.',
      { years_smoked: 30, quit_year: 2023 },
    ],
    [
      'Cigarettes 1 ppd from 1975 to 1990, then a pipe until 2018. No tobacco whatsoever for 7 years.',
      { status: 'former', years_smoked: 15, quit_year: 2018 },
    ],
    // Controls: a duration of smoking, and another habit's duration.
    ['He smoked cigarettes of any kind for 7 years.', { years_smoked: 7 }],
    ['No tobacco use. Smoked marijuana for 7 years.', { status: 'never', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a bare quit label opening an age row (dev83 8328; decisions 3/41/89)', () => {
  it.each<[string, Expected]>([
    [
      'Tobacco: Former\nAmount: 1 pack per day\nStarted: age 16\nStopped: age 45\nQuit date: 05/2013',
      { years_smoked: 29, pack_years: 29, quit_year: 2013 },
    ],
    ['Former smoker.\nStarted: age 16\nQuit: age 45\n1 ppd', { years_smoked: 29, quit_year: null }],
    ['Former smoker, 1 ppd.\n  Started: 16\n  Stopped: 45', { years_smoked: 29 }],
    ['Tobacco: former, 1 ppd\nStarted: 20 y/o\nStopped: 55 y/o', { years_smoked: 35 }],
    [
      'Former smoker, 1 ppd.\n- Started: at age 18\n- Quit smoking: at age 50 (2010)',
      { years_smoked: 32, quit_year: 2010 },
    ],
    // Controls: a quit interval, not an age.
    [
      'Former smoker, 1 ppd.\n  Started: 16\n  Quit: 10 years ago',
      { years_smoked: null, quit_year: 2016 },
    ],
    ['Former smoker, 1 ppd.\n  Started: 16\n  Quit: 15 yrs', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a bare quit span between two periods is a break (dev83 8321; decision 61)', () => {
  it.each<[string, Expected]>([
    [
      '1985 - 1995: about a pack a day.\n- Stopped 1995 - 2000 (pregnancies).\n- Restarted in 2000, again about a pack a day, until she quit for good in 2015.',
      { years_smoked: 25, pack_years: 25, quit_year: 2015 },
    ],
    [
      'Smoked a pack a day 1985-1995, quit 1995-2000, restarted in 2000 and quit for good in 2015.',
      { years_smoked: 25, quit_year: 2015 },
    ],
    [
      'Smoked 1 ppd 1980-1990; stopped smoking 1990 to 1994; restarted 1994 and quit 2004.',
      { years_smoked: 20, quit_year: 2004 },
    ],
    // A quit told as a span of years alone is no one year (decision 5), and no years smoked.
    ['Former smoker, 1 ppd, quit 2019-2020.', { years_smoked: null, quit_year: null }],
    // Controls: smoking spans.
    ['Smoked 1 ppd 1985-1995 and 2000-2015.', { years_smoked: 25, quit_year: 2015 }],
    ['Quit 2015. 1 ppd 1980-2015.', { years_smoked: 35, quit_year: 2015 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
