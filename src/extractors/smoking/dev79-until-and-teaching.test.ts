import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen79 (second stop of 2026-12-01, dev79): the end of the smoking told as "until" an approximate
// time of a year or a two-digit year (quit-year-until-approximate), and teaching that names tobacco
// without a statement about the patient (education-reviewed, generic-exhortation,
// risk-factor-teaching, counselling-material, generic-effect), which alone is unknown (decision 7).
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('"until early \'24" / "till mid-2021": the year ends the smoking', () => {
  it.each<[string, Expected]>([
    [
      "Habits: smoked 5-6 cigs/day until early '24, stopped when she and her partner started trying.",
      { status: 'former', cigarettes_per_day: 5.5, quit_year: 2024 },
    ],
    ['Smoked 1 ppd until late 2019.', { status: 'former', quit_year: 2019 }],
    ['Smoked half a pack a day till mid-2021.', { cigarettes_per_day: 10, quit_year: 2021 }],
    ["Smoked up until spring of '18.", { status: 'former', quit_year: 2018 }],
    ["smoked until '09.", { status: 'former', quit_year: 2009 }],
    ['Smoked until around 2012.', { quit_year: 2012 }],
    ['Smoked until approximately mid 2017.', { quit_year: 2017 }],
    ['smoked till the end of 2013', { quit_year: 2013 }],
    ['Smoked up till fall 2015.', { quit_year: 2015 }],
    [
      'Smoked 1 ppd x 20 yrs until late 2019',
      { status: 'former', years_smoked: 20, pack_years: 20, quit_year: 2019 },
    ],
    // Controls: the plain forms, a decade (no year), a relapse after it, a current smoker's plan.
    ['Smoked 10/day until 2015.', { quit_year: 2015 }],
    ['Smoked until the late 1990s.', { status: 'former', quit_year: null }],
    [
      'Smoked 1 ppd until early 2015, restarted in 2018, now 10/day.',
      { status: 'current', quit_year: null, cigarettes_per_day: 10 },
    ],
    ['Smokes 1 ppd; on NRT until mid-2026.', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('generic tobacco teaching with no statement about the patient is unknown (decision 7)', () => {
  it.each<string>([
    'Plan: repeat UA in 12 months. Reviewed that tobacco exposure is the leading risk factor for bladder cancer and that any tobacco use should stop; quitline card given.',
    'Reviewed that tobacco exposure is the leading risk factor for bladder cancer. Quitline card given.',
    'Counseled that tobacco smoke exposure is a major cause of lung cancer.',
    'Explained that cigarette smoking is the strongest risk factor for AAA.',
    'Reviewed risk factors for bladder cancer, including tobacco and occupational dye exposure.',
    'Tobacco products should be avoided. Quitline handout given.',
    'Any smoking should stop; quitline card provided.',
    'Tobacco handout given.',
    'Quit-smoking handout given.',
  ])('%s', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it.each<[string, Expected]>([
    ['Counselled to quit smoking; he smokes 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    ['Quitline card given to this current smoker.', { status: 'current' }],
    ['Tobacco handout given to this current smoker.', { status: 'current' }],
    ['Reviewed that he still smokes 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    [
      'Discussed risk factors for stroke including smoking, which he continues at 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Smokes 1 ppd. Reviewed that tobacco exposure is the leading risk factor for bladder cancer and that any tobacco use should stop; quitline card given.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Former smoker, quit 2010. Reviewed that tobacco exposure is the leading risk factor for bladder cancer.',
      { status: 'former', quit_year: 2010 },
    ],
    ['Never smoker. Reviewed that any tobacco use should stop.', { status: 'never' }],
    ['Tobacco exposure: 40 pack-years, quit 2005.', { status: 'former', pack_years: 40 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
