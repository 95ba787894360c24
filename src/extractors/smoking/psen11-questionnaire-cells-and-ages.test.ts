import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fp11d (third stop of 2026-12-01, psen11's items 3 and 5): a nursing questionnaire's cells, each a
// short question answered after one space ("Smoker? Y  PPD? 1  Years? 20", "Tobacco use? Former"),
// are read one by one, the follow-ups under the smoking question before them on the line or above
// (decisions 59 and 87); "Patient age", "Current age" and "Age/Sex: 64/M" state the age (decision 3).
const answer = (text: string) => runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('questionnaire cells answered after one space', () => {
  it.each<[string, Expected]>([
    [
      'Do you smoke? Y  How much? 1 ppd  How long? 20 yrs',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    [
      'Smoker? Y  PPD? 1  Years? 20',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    [
      'Smoker? Y\nPPD? 1\nYears? 20',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    ['Smoker: Y  How much? 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    ['Tobacco use? Former\nWhen did you quit? 2015', { status: 'former', quit_year: 2015 }],
    ['Tobacco use? Former\nQuit date? 2015', { status: 'former', quit_year: 2015 }],
    ['Tobacco use? Former. Quit when? 2015', { status: 'former', quit_year: 2015 }],
    ['Tobacco use? Former\nIf former, when quit? 5 yrs ago', { status: 'former', quit_year: 2021 }],
    [
      'Have you ever smoked? Yes\nDo you currently smoke? No\nWhen did you quit? 2015',
      { status: 'former', quit_year: 2015 },
    ],
    ['Ever smoked? Y  Current? N  Year quit: 2015', { status: 'former', quit_year: 2015 }],
    [
      'Ever smoker? Yes. Current? No. Packs/day? 1. Years? 20. Quit year? 2015.',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20, quit_year: 2015 },
    ],
    // "Hx of tobacco use? Y" asks ever (decision 59: the stated years are kept).
    ['Hx of tobacco use? Y  How long? 20 yrs', { status: 'unknown', years_smoked: 20 }],
    // "Quit? Y  When? …" dates the quit; "Quit? N" says he still smokes.
    [
      'Hx of tobacco use? Y  How long? 30 yrs  Amount? 1 ppd  Quit? Y  When? 10 yrs ago',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2016 },
    ],
    [
      'Hx of tobacco use? Y\nHow long? 30 yrs\nAmount? 1 ppd\nQuit? Y\nWhen? 2016',
      { status: 'former', quit_year: 2016 },
    ],
    [
      'Hx of tobacco use? Y  How long? 30 yrs  Amount? 1 ppd  Quit? N',
      { status: 'current', years_smoked: 30 },
    ],
    // Controls: prose after a question mark is no answer; "When?" after another question is no quit.
    ['Does he smoke? Unclear.', { status: 'unknown' }],
    ['Smoker? N/A', { status: 'unknown' }],
    ['Drinks? Y  When? 2015', { status: 'unknown', quit_year: null }],
    ['Smoker? N', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('other labels of the patient age', () => {
  it.each<[string, Expected]>([
    [
      'Patient age: 64\nSmoking status: Current\nAge started: 17\nPacks/day: 1',
      { years_smoked: 47 },
    ],
    [
      'Current age: 64\nSmoking status: Current\nAge started: 17\nPacks/day: 1',
      { years_smoked: 47 },
    ],
    ['Age/Sex: 64/M\nSmoking status: Current\nAge started: 17\nPacks/day: 1', { years_smoked: 47 }],
    // A former smoker's start age with the age gives no years (decision 3).
    ['Patient age: 64\nSmoking status: Former\nAge started: 17', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
