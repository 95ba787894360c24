import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fps9c (second stop of 2026-12-01, psen9's items 1, 3, 6 and 12): first-hand prose beats a chart
// row on a tie, before or after the block (spec 3); a chart the note calls wrong weighs below any
// first-hand word (decisions 54 and 82); a quit row under a smokeless or vaping row is that
// product's (decision 11); corrections of a template's figures (decision 54).
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const cases = (rows: [string, Expected][]) =>
  it.each<[string, Expected]>(rows)('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

describe('first-hand prose beats a chart row on a tie, in either order', () => {
  cases([
    [
      'HPI: smokes 1 ppd.\n\nSmoking status: Former Smoker\nQuit date: 3/2011',
      { status: 'current', cigarettes_per_day: 20, quit_year: null },
    ],
    [
      'HPI: He smokes 10 cigarettes a day.\n\nSocial History\nSmoking status: Former Smoker\nQuit date: 2015',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Smoking status: Former Smoker\nQuit date: 3/2011\n\nSH: Smokes daily.',
      { status: 'current' },
    ],
    ['SH: Smokes daily.\n\nSmoking status: Former Smoker\nQuit date: 2015', { status: 'current' }],
    ['Smoking status: Former Smoker\n\nSH: Smokes daily.', { status: 'current' }],
    // Controls: a past amount, and a prose quit before a current block (decision 82).
    [
      'HPI: smoked 1 ppd.\n\nSmoking status: Former Smoker\nQuit date: 2015',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2015 },
    ],
    [
      'HPI: quit smoking in 2015.\n\nSmoking status: Current Every Day Smoker\nPacks/day: 1.00',
      { status: 'former', quit_year: 2015 },
    ],
  ]);
});

describe('a chart the note calls wrong or stale', () => {
  cases([
    [
      "HPI: Lifelong never smoker; the 'Former Smoker' in the chart is wrong.\n\nSmoking status: Former Smoker\nPacks/day: 1.00\nYears: 20.00",
      { status: 'never', cigarettes_per_day: null, years_smoked: null },
    ],
    [
      'Smoking status: Current Every Day Smoker\nPacks/day: 1.00\n\nHPI: Pt states he has never smoked; the smoking status above is incorrect.',
      { status: 'never', cigarettes_per_day: null },
    ],
    [
      'Smoking status: Current Every Day Smoker\nPacks/day: 1.00\nYears: 30.00\n\nSH: Denies tobacco. Status above is wrong.',
      { status: 'never', cigarettes_per_day: null, years_smoked: null },
    ],
    [
      'Smoking status: Current Every Day Smoker\nTypes: Cigarettes\n\nCorrection: patient is a never smoker - status was entered for the wrong patient.',
      { status: 'never' },
    ],
    [
      '| Substance | Status | Amount | Duration | Quit |\n|---|---|---|---|---|\n| Cigarettes | Former | 1 pack/day | 30 yrs | 2011 |\n\nHPI: never smoked; table entered in error.',
      { status: 'never', cigarettes_per_day: null, years_smoked: null },
    ],
    [
      'Smoking status: Never Smoker\n\nA/P: smokes 10 cigarettes daily; template not updated.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Smoking status: Former Smoker\nQuit date: 2015\n\nHPI: smokes 1 ppd; chart not updated.',
      { status: 'current', cigarettes_per_day: 20, quit_year: null },
    ],
    // Control: a remark that the chart is right.
    [
      'Smoking status: Former Smoker\nQuit date: 2015\n\nSH: quit 2015. Status above is correct.',
      { status: 'former', quit_year: 2015 },
    ],
  ]);
});

describe('a quit row under a smokeless or vaping row is not the smoking quit', () => {
  cases([
    [
      'Smoking status: Former Smoker\nQuit date: 3/2011\nSmokeless tobacco: Former User\nQuit date: 2018',
      { status: 'former', quit_year: 2011 },
    ],
    [
      'Smoking status: Former Smoker\nTypes: Cigarettes\nQuit date: 3/2011\nSmokeless tobacco: Former User\nTypes: Chew\nQuit date: 06/2018',
      { status: 'former', quit_year: 2011 },
    ],
    [
      'Smoking status: Never Smoker\nSmokeless tobacco: Former User\nQuit date: 2018',
      { status: 'never', quit_year: null },
    ],
    [
      'Smoking status: Current Every Day Smoker\nPacks/day: 0.50\nSmokeless tobacco: Former User\nQuit date: 2018',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'Smoking status: Former Smoker\nQuit date: 3/2011\nVaping Use: Former User\nQuit date: 2020',
      { status: 'former', quit_year: 2011 },
    ],
    [
      'Smoking status: Former Smoker\nQuit date: 3/2011\nE-cigarette/Vaping: Quit 2020',
      { status: 'former', quit_year: 2011 },
    ],
    ['Vaping: quit 2020', { status: 'never', quit_year: null }],
    // Controls: the smoking block after the smokeless one, and a smokeless row with no date.
    [
      'Smokeless tobacco: Former User\nQuit date: 2018\nSmoking status: Former Smoker\nQuit date: 2011',
      { status: 'former', quit_year: 2011 },
    ],
    [
      'Smoking status: Former Smoker\nQuit date: 2018\nSmokeless tobacco: Never Used',
      { status: 'former', quit_year: 2018 },
    ],
  ]);
});

describe("corrections of a template's figures (decision 54)", () => {
  const BLOCK =
    'Smoking status: Former Smoker\nPacks/day: 1.00\nYears: 30.00\nQuit date: 3/2011\n\n';
  cases([
    [
      `${BLOCK}Addendum: quit date is 2013 (chart says 2011 - incorrect).`,
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2013 },
    ],
    [`${BLOCK}Addendum: correct quit date is 2013.`, { quit_year: 2013 }],
    [`${BLOCK}HPI: Quit in 2019 (the 2011 date is from an earlier attempt).`, { quit_year: 2019 }],
    [
      `${BLOCK}HPI: clarifies he smoked half a pack a day, not a pack.`,
      { cigarettes_per_day: 10, years_smoked: 30, pack_years: 15 },
    ],
    ['Smokes a pack a day, not half a pack.', { status: 'current', cigarettes_per_day: 20 }],
    ['Former smoker. Quit date is 2014.', { status: 'former', quit_year: 2014 }],
    // Control: a parenthesis that dates the quit.
    ['Quit smoking at diagnosis (June 2019).', { status: 'former', quit_year: 2019 }],
  ]);
});
