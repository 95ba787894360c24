import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fps9b (second stop of 2026-12-01, prober psen9's date and label items): a month name with its
// day ("March 14, 2011" was the year 2014), full dates after a bare quit or last cigarette, Epic's
// m/d/yy and other template date forms, Cerner's "(s)" units, dash-separated rows, a decimal
// "PPD: 1.00 x 30.00 yrs", and an unticked box before a row's amount.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const CURRENT_BLOCK = 'Smoking status: Current Every Day Smoker\nPacks/day: 1.00\n\n';

describe('a month name with its day is read as a date, never the day as a year', () => {
  it.each<[string, Expected]>([
    ['Former smoker, quit March 14, 2011.', { status: 'former', quit_year: 2011 }],
    ['Former smoker, quit on Mar. 14, 2011.', { status: 'former', quit_year: 2011 }],
    ['Former smoker, quit on Sept 20, 2011.', { status: 'former', quit_year: 2011 }],
    ['Quit smoking on September 15, 2026.', { status: 'former', quit_year: 2026 }],
    ['Former smoker, quit Mar 14 2011.', { status: 'former', quit_year: 2011 }],
    ['Former smoker, quit 14 March 2011.', { status: 'former', quit_year: 2011 }],
    ['Smoked until 14 March 2011.', { status: 'former', quit_year: 2011 }],
    ['Ex-smoker since Sept 20, 2011', { status: 'former', quit_year: 2011 }],
    ['No cigarettes since Feb. 2nd, 2020.', { status: 'former', quit_year: 2020 }],
    [`${CURRENT_BLOCK}HPI: quit on September 15, 2026.`, { status: 'former', quit_year: 2026 }],
    // A month and a bare day with no year is no two-digit year; "in March 11" still is 2011.
    ['Former smoker, quit March 14.', { status: 'former', quit_year: null }],
    ['Former smoker, quit in March 11.', { status: 'former', quit_year: 2011 }],
    ['Former smoker, quit March 98.', { status: 'former', quit_year: 1998 }],
    // Controls: days below 10 and the ordinal form.
    ['Former smoker, quit September 5, 2011.', { quit_year: 2011 }],
    ['Former smoker, quit the 14th of March 2011.', { quit_year: 2011 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a bare quit or last cigarette with a full date (decision 57 for a month and day)', () => {
  it.each<[string, Expected]>([
    [`${CURRENT_BLOCK}HPI: quit on 9/15/2026.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}HPI: quit on 9/15/26.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}HPI: quit 9/15/2026.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}HPI: quit on 2026-09-15.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}HPI: quit 15-Sep-2026.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}HPI: quit on Sept 15.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}HPI: Last cigarette: 9/15/2026.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}HPI: Last cigarette on 9/15/2026.`, { status: 'former', quit_year: 2026 }],
    [`${CURRENT_BLOCK}SH: last cigarette 10/02/2026.`, { status: 'former', quit_year: 2026 }],
    ['Last cigarette on 3/14/2011.', { status: 'former', quit_year: 2011 }],
    ['He quit smoking on Dec 2nd.', { status: 'former', quit_year: 2025 }],
    // A plan to quit on a date is no quit.
    ['Smoker. Plans to quit on 12/1/2026.', { status: 'current', quit_year: null }],
    ['Quit on 2 occasions, still smoking 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('template date forms of quit and start rows', () => {
  it.each<[string, Expected]>([
    ['Smoking status: Former Smoker\nQuit date: 3/14/11', { status: 'former', quit_year: 2011 }],
    ['Smoking status: Former Smoker\nQuit date: 14-Mar-2011', { quit_year: 2011 }],
    ['Smoking status: Former Smoker\nQuit date: Mar-2011', { quit_year: 2011 }],
    ['Smoking status: Former Smoker\nQuit date: 14 March 2011', { quit_year: 2011 }],
    ['Smoking status: Former Smoker\nQuit date: Mar 14 2011', { quit_year: 2011 }],
    ['Smoking status: Former Smoker\nQuit date: ~2011', { quit_year: 2011 }],
    ['Smoking status: Former Smoker\nQuit date: about 2011', { quit_year: 2011 }],
    [
      'Smoking status: Current Every Day Smoker\nPacks/day: 1.00\nStart date: 6/14/90',
      { status: 'current', years_smoked: 36, pack_years: 36 },
    ],
    [
      'Smoking status: Former Smoker\nPacks/day: 1.00\nStart date: 6/14/90\nQuit date: 3/14/11',
      { status: 'former', years_smoked: 21, quit_year: 2011 },
    ],
    [
      'Smoking status: Current Every Day Smoker\nStart date: 14-Jun-1990\nPacks/day: 1.00',
      { years_smoked: 36 },
    ],
    [
      'Smoking status: Current Every Day Smoker\nStarted smoking: 1990\nPacks/day: 1.00',
      { years_smoked: 36, pack_years: 36 },
    ],
    // An age after "Started smoking:" is no year.
    [
      'Smoking status: Current Every Day Smoker\nStarted smoking: 16\nPacks/day: 1.00',
      { years_smoked: null },
    ],
    ['Smoking status: Former Smoker\nQuit date: 13/14/11', { quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('Cerner "(s)" units, dash rows and decimal "x N yrs"', () => {
  it.each<[string, Expected]>([
    [
      'Tobacco: Former smoker, Cigarettes, 1 pack(s)/day, 30 year(s), quit 2011',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      'Tobacco: Current smoker, Cigarettes, 0.5 pack(s)/day, 20 year(s)',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 20 },
    ],
    ['Smoking Tobacco: Current every day smoker, 1 pack(s) per day', { cigarettes_per_day: 20 }],
    ['Former smoker: 1 pack(s)/day x 30 yr(s)', { cigarettes_per_day: 20, years_smoked: 30 }],
    ['Cigarettes: 10 cigarette(s)/day', { cigarettes_per_day: 10 }],
    [
      'Smoking status - Former Smoker\nPacks/day - 1.00\nYears - 30.00\nQuit date - 03/2011',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      'Smoking status - Current Every Day Smoker\nPacks per day - 0.5\nYears smoked - 20',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 20 },
    ],
    [
      'Smoking status: Former Smoker, quit 03/2011\nPPD: 1.00 x 30.00 yrs',
      { cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    // A dash inside prose is no row.
    ['Smoked for many years - 2 packs a day', { years_smoked: null, cigarettes_per_day: 40 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('an unticked box ends at a column gap, leaving the row amount to the ticked one', () => {
  it.each<[string, Expected]>([
    [
      'Tobacco: [X] Current [ ] Former [ ] Never   PPD: 1   Years: 30',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    [
      'Tobacco: ( ) Current (x) Former ( ) Never   PPD: 1   Years: 30   Quit: 2011',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      'Tobacco: [ ] Current [X] Former [ ] Never   1 ppd x 30 yrs, quit 2011',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    ['Smoker: [x] Yes [ ] No   PPD: 1', { status: 'current', cigarettes_per_day: 20 }],
    // Controls: an unticked option's own words stay its own.
    [
      'Tobacco: [ ] Current smoker, 1 ppd   [X] Never smoker',
      { status: 'never', cigarettes_per_day: null },
    ],
    ['Tobacco: [X] Never   [ ] Former   PPD: 1', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
