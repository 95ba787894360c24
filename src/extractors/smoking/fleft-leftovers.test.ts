import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fleft (third stop of 2026-12-01): left-overs of the stop's English smoking rounds. The title of ICD-10
// Z87.891 without its code (decision 16), an abstention told with its length or start (a quit, as
// "smoke-free for 5 years"), and a first-hand "attempting to quit" (decision 9, as "trying to quit").
const answer = (text: string) => runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const check = (cases: [string, Expected][]) =>
  it.each<[string, Expected]>(cases)('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

describe('"Personal history of nicotine dependence" is Z87.891 with or without the code (decision 16)', () => {
  check([
    ['PMH: Personal history of nicotine dependence', { status: 'former', quit_year: null }],
    ['PMH: HTN, DM2, personal history of nicotine dependence.', { status: 'former' }],
    [
      'Past Medical History: COPD; Personal history of nicotine dependence; CAD',
      { status: 'former' },
    ],
    ['Problem List: Z87.891 Personal history of nicotine dependence', { status: 'former' }],
    ['Dx: Personal hx of nicotine dependence', { status: 'former' }],
    // F17.210's title is a current habit; a first-hand present habit still wins.
    ['Problem list: Nicotine dependence, cigarettes, uncomplicated', { status: 'current' }],
    [
      'PMH: personal history of nicotine dependence\nSH: smokes 1 ppd',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // Controls: a bare "nicotine dependence" stays unsettled; a relative's history is not the patient's.
    ['Problem list: Nicotine dependence', { status: 'unknown' }],
    ['Family history: mother with personal history of nicotine dependence', { status: 'unknown' }],
  ]);
});

describe('an abstention with its length or start is a quit, not years smoked', () => {
  check([
    [
      'SH: abstains from smoking for 5 yrs',
      { status: 'former', years_smoked: null, quit_year: 2021 },
    ],
    [
      'Pt abstains from cigarettes for the past 5 years',
      { status: 'former', years_smoked: null, quit_year: 2021 },
    ],
    ['Abstains from tobacco x 12 years', { status: 'former', quit_year: 2014 }],
    [
      'She refrains from smoking for 3 yrs now',
      { status: 'former', years_smoked: null, quit_year: 2023 },
    ],
    ['abstains from smoking since 2015', { status: 'former', years_smoked: null, quit_year: 2015 }],
    ['Pt refrains from smoking for 6 months', { status: 'former', quit_year: 2026 }],
    ['He has abstained from smoking for 5 years.', { status: 'former', quit_year: 2021 }],
    [
      'SH: 1 ppd for 20 yrs; abstains from smoking for 5 yrs',
      { status: 'former', years_smoked: 20, quit_year: 2021, pack_years: 20 },
    ],
    // Controls: no time is "does not smoke"; an imperative or a relative is no quit of the patient's.
    ['SH: abstains from smoking', { status: 'never' }],
    ['SH: abstains from alcohol and tobacco.', { status: 'never' }],
    ['Advised to abstain from smoking for 6 weeks before surgery', { status: 'unknown' }],
    ['His wife abstains from smoking for 5 years', { status: 'unknown' }],
  ]);
});

describe('a first-hand "attempting to quit" is current, as "trying to quit" (decision 9)', () => {
  check([
    ['SH: Tobacco: attempting to quit', { status: 'current' }],
    ['She is attempting to quit smoking.', { status: 'current' }],
    ['Smoker, attempting to quit', { status: 'current' }],
    [
      'Pt attempting to quit cigarettes, down to 5/day',
      { status: 'current', cigarettes_per_day: 5 },
    ],
    // Controls: counselling about an attempt, a relative's attempt, attempts counted.
    ['Discussed attempting to quit', { status: 'unknown' }],
    ['Counseled on attempting to quit', { status: 'unknown' }],
    ['Her husband is attempting to quit smoking', { status: 'unknown' }],
    ['Quit attempts: 2', { status: 'unknown' }],
  ]);
});
