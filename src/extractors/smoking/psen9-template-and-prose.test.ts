import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fps9a (second stop of 2026-12-01, psen9's items 1, 4, 6 and 8): an EHR template's quit row is an
// auto-filled field, so the clinician's own statement beside it outranks it (spec 3); relapse
// wordings after a template quit; a quit date still to come is a plan (decision 44).
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const FORMER = 'Smoking status: Former Smoker\nQuit date: 3/2011\n\n';

describe('a template quit row weighs as a field against first-hand prose', () => {
  it.each<[string, Expected]>([
    [`${FORMER}HPI: smokes 1 ppd.`, { status: 'current', cigarettes_per_day: 20, quit_year: null }],
    [`${FORMER}HPI: He smokes 10 cigarettes a day.`, { status: 'current', cigarettes_per_day: 10 }],
    [`${FORMER}SH: Tobacco: current.`, { status: 'current', quit_year: null }],
    [`${FORMER}HPI: never smoked.`, { status: 'never', quit_year: null }],
    [
      'Smoking status: Former Smoker\nPacks/day: 1.00\nYears: 30.00\nQuit date: 3/2011\n\nHPI: Never smoked - template wrong.',
      { status: 'never', cigarettes_per_day: null, years_smoked: null, quit_year: null },
    ],
    [
      'Social History (2023):\nSmoking status: Former Smoker\nQuit date: 2019\n\nSocial History (today):\nSmoking status: Current Every Day Smoker\nPacks/day: 0.50',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // Controls: the template alone, and a prose quit.
    [FORMER, { status: 'former', quit_year: 2011 }],
    [`${FORMER}HPI: remote smoker, quit in 2011.`, { status: 'former', quit_year: 2011 }],
    [
      'Tobacco: ( ) Current  (x) Former  ( ) Never\nYear quit: 2014\nCigarettes/day: 10-20    Years smoked: 25',
      { status: 'former', quit_year: 2014, cigarettes_per_day: 15, years_smoked: 25 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('relapse wordings after a quit', () => {
  it.each<[string, Expected]>([
    [`${FORMER}SH: started back smoking last year.`, { status: 'current', quit_year: null }],
    [`${FORMER}HPI: Has relapsed; smoking daily again.`, { status: 'current', quit_year: null }],
    [`${FORMER}HPI: smoking relapse in 2024.`, { status: 'current', quit_year: null }],
    [`${FORMER}HPI: smokes again.`, { status: 'current', quit_year: null }],
    ['Quit 2010. She smokes again, 5 a day.', { status: 'current', cigarettes_per_day: 5 }],
    ['He started back on cigarettes after his divorce.', { status: 'current' }],
    // Controls: relapse as a topic of counselling, and a hypothetical.
    [
      'Former smoker, quit 2015. Discussed smoking relapse prevention.',
      { status: 'former', quit_year: 2015 },
    ],
    [
      'Former smoker (quit 2012). Advised that if he smokes again he risks graft failure.',
      { status: 'former', quit_year: 2012 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a template quit date after the note date is a plan (decision 44)', () => {
  const CURRENT = 'Smoking status: Current Every Day Smoker\nPacks/day: 0.50\n';
  it.each<[string, Expected]>([
    [
      `${CURRENT}Quit date: 12/01/2026`,
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [`${CURRENT}Quit date: 01/2027`, { status: 'current', quit_year: null }],
    [`${CURRENT}Quit date: 2026-12-01`, { status: 'current', quit_year: null }],
    [`${CURRENT}Quit date: 12/01/2026 (planned)`, { status: 'current', quit_year: null }],
    // Controls: a quit date already past.
    ['Smoking status: Former Smoker\nQuit date: 10/15/2026', { status: 'former', quit_year: 2026 }],
    ['Smoking status: Former Smoker\nQuit date: 11/2026', { status: 'former', quit_year: 2026 }],
    ['Smoking status: Former Smoker\nQuit date: 2011-03-14', { status: 'former', quit_year: 2011 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
