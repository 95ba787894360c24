import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen77 (second stop of 2026-12-01, dev77): EHR templates with the clinician's prose. A
// relapse's "I was doing so good for N years" is the abstinence, not years smoked; a chart entry
// quoted whole and said to be someone else's or entered by mistake is the chart's words; an Epic
// field left at zero ("Packs/day: 0.00") is blank.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a relapse\'s "doing well for N years" is the time off, not years smoked', () => {
  it.each<[string, Expected]>([
    [
      'Tobacco: he restarted cigarettes after the funeral in the spring - "I was doing so good for almost five years." Currently about 10 cigarettes a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null, pack_years: null },
    ],
    [
      'He restarted cigarettes last spring - he had been doing so well for almost five years. Now 10 a day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null },
    ],
    [
      'Relapsed in March after doing great for 3 years; smoking 10 cigs/day.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null },
    ],
    [
      'He started smoking again after the layoff; "I had done so well for 4 years". Smokes 10 a day.',
      { status: 'current', years_smoked: null },
    ],
    // Controls: a duration of the smoking itself.
    ['He has smoked 10 a day for five years.', { cigarettes_per_day: 10, years_smoked: 5 }],
    [
      'Smoked 1 ppd for 20 years, quit in 2015, restarted 2023 at 10 a day.',
      { status: 'current', years_smoked: 23 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a quoted chart entry said to be wrong leaves the first-hand never (decisions 54, 82)', () => {
  const block =
    'SOCIAL HISTORY\n  Smoking status: Former Smoker\n  Quit date: 2019\n  Packs/day: 1.00\n  Smokeless tobacco: Never Used\n\n';
  const never: Expected = {
    status: 'never',
    cigarettes_per_day: null,
    quit_year: null,
    pack_years: null,
  };
  it.each<[string, Expected]>([
    [
      `${block}S: She has never smoked. On review the "Former Smoker / quit 2019 / 1 ppd" entry above was her husband's history. She confirms she has never smoked in her life.`,
      never,
    ],
    [
      `${block}S: She has never smoked. The "Former Smoker / quit 2019 / 1 ppd" entry above was entered on her chart by mistake. She has never smoked in her life.`,
      never,
    ],
    [
      `${block}S: He has never smoked; the entry reading "former smoker, quit 2019, 1 ppd" belongs to his brother.`,
      never,
    ],
    [
      `${block}S: Never smoked. The "quit 2019, 1 ppd" listing was mistakenly charted at intake; she has never smoked.`,
      never,
    ],
    // Controls: quoted speech of the patient's own is still read; the record stands alone.
    [
      'She says "I quit in 2019, I used to smoke a pack a day." Former smoker.',
      { status: 'former', quit_year: 2019, cigarettes_per_day: 20 },
    ],
    [block, { status: 'former', quit_year: 2019, cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a zero amount or index in a smoker's template is a blank field", () => {
  it.each<[string, Expected]>([
    [
      'Social History\n  Smoking status: Former Smoker\n  Types: Pipe\n  Quit date: 2012\n  Packs/day: 0.00\n\nTobacco: smoked a pipe for about 30 years, stopped in 2012; never smoked cigarettes.',
      { status: 'former', cigarettes_per_day: null, quit_year: 2012 },
    ],
    [
      'Social History\n  Smoking status: Former Smoker\n  Quit date: 2010\n  Packs/day: 0.00\n  Years: 0.00\n  Pack years: 0.00',
      { status: 'former', cigarettes_per_day: null, pack_years: null, quit_year: 2010 },
    ],
    [
      'Smoking status: Former Smoker | Packs/day: 0 | Years: 15 | Quit: 2005',
      { status: 'former', cigarettes_per_day: null, brinkman_index: null, years_smoked: 15 },
    ],
    ['Former smoker, quit 2001. Pack years: 0.00', { status: 'former', pack_years: null }],
    // Controls: a zero as the patient's denial (decision 74), and a real amount beside a blank.
    ['Tobacco use: No\nCigarettes/day: 0', { status: 'never', cigarettes_per_day: null }],
    [
      'Social History\n  Smoking status: Former Smoker\n  Quit date: 2010\n  Packs/day: 0.00\n\nHPI: smoked 1 ppd for 20 years, quit 2010.',
      { cigarettes_per_day: 20, years_smoked: 20, pack_years: 20 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
