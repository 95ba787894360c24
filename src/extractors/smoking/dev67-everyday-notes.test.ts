import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen67 (ninth stop of 2026-11-30, dev67): a need told by a double negative ("can't sleep
// without a cigarette"), a spaced dash before the present habit ending a "without", a step-parent
// who smokes, and typos of "roughly" / "approx" before a duration.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('"can\'t … without a cigarette" says the patient smokes', () => {
  it.each<[string, Expected]>([
    ['Pt can\u2019t sleep without a cigarette.', { status: 'current' }],
    ["Pt can't sleep without a cigarette.", { status: 'current' }],
    ['Says she can not relax without smoking.', { status: 'current' }],
    [
      "He couldn't go more than 2 hours without a cigarette, smokes 1 ppd.",
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'States he "can\'t sleep without a cigarette" - normally smokes about a pack and a half a day at home and has not had one since admission yesterday afternoon.',
      { status: 'current', cigarettes_per_day: 30 },
    ],
    // Controls: another "without", and a plain negation.
    ['Cannot walk without a cane. Never smoker.', { status: 'never' }],
    ['Denies smoking - cigarettes, cigars or vaping.', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a spaced dash before the present habit ends a negation', () => {
  it.each<[string, Expected]>([
    [
      'Went three days without a cigarette - normally smokes 20 a day.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Has gone without cigarettes for a week \u2013 usually smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // Control: a quit after the dash stays a quit.
    ['No tobacco - quit 2010.', { status: 'former', quit_year: 2010 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a step-parent is someone other than the patient', () => {
  it.each<[string, Expected]>([
    [
      'Home: lives with mom, stepdad, 2 younger brothers. Stepdad smokes - "only in his truck" per pt.',
      { status: 'unknown' },
    ],
    ['Stepdad smokes 1 ppd.', { status: 'unknown', cigarettes_per_day: null }],
    ['Step-dad smokes a pack a day.', { status: 'unknown', cigarettes_per_day: null }],
    ['Step-mom smokes on the porch.', { status: 'unknown' }],
    ['Stepbrother smokes.', { status: 'unknown' }],
    ['Stepdad quit smoking in 2010.', { status: 'unknown', quit_year: null }],
    ['Her stepmom smokes outside. Pt denies tobacco.', { status: 'never' }],
    // Control: the patient's own smoking next to it.
    ['Pt smokes 1 ppd, stepdad smokes too.', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('typos of "roughly" and "approx" before a duration (decision 20)', () => {
  it.each<[string, Expected]>([
    [
      'OSHA questionnaire: Current smoker: yes. Tob: cigs, 10 to 15 a day, rougly 20 yrs.',
      { cigarettes_per_day: 12.5, years_smoked: 20, pack_years: 12.5, brinkman_index: 250 },
    ],
    ['Tob: cigs, 10 a day, aprox 20 yrs.', { years_smoked: 20, pack_years: 10 }],
    ['Smokes 1 ppd, approximatly 30 years.', { years_smoked: 30, pack_years: 30 }],
    ['Former smoker, quit rougly 5 years ago.', { status: 'former', quit_year: 2021 }],
    ['Smoking: aprox 25 years, 1 ppd.', { years_smoked: 25 }],
    ['Stopped smoking approximatly 10 years ago.', { status: 'former', quit_year: 2016 }],
    // Control: the spelled word.
    ['Tob: cigs, 10 a day, roughly 20 yrs.', { years_smoked: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
