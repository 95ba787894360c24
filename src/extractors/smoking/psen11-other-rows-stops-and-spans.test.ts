import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fp11c (third stop of 2026-12-01, psen11's items 7, 8, 13 and 16): another substance's table row or
// detail rows are not smoking, start/stop field pairs give years and the quit year (decisions 4 and 39),
// a product or smoker noun dated by a closed span is former with the span's end, and a resolved tobacco
// diagnosis is former (decision 16). Probes are dated 2026-11-01.
const check = smokingCases('en');

describe("another substance's row or detail row is not smoking", () => {
  check([
    [
      'Tobacco: never\nAlcohol | former | 6 beers/day | 20 yrs | quit 2015',
      { status: 'never', quit_year: null },
    ],
    [
      'Smoking status: Never Smoker\n| Alcohol | 2 drinks/day | 30 yrs | quit 2015 |',
      { status: 'never', years_smoked: null },
    ],
    ['Tobacco: never\nCocaine | former | quit 2010', { status: 'never', quit_year: null }],
    [
      'Tobacco: never\nAlcohol  former  6 beers/day  20 yrs  quit 2015',
      { status: 'never', quit_year: null },
    ],
    [
      'Tobacco | current | 1 ppd\nAlcohol | former | 6 beers/day | 20 yrs | quit 2015',
      { status: 'current', years_smoked: null },
    ],
    [
      'Smoking status: Never Smoker\nDrug use: Former\nQuit date: 2015',
      { status: 'never', quit_year: null },
    ],
    [
      'Smoking status: Never Smoker\nDrug use: Not Currently\nTypes: Marijuana\nQuit date: 2020',
      { status: 'never', quit_year: null },
    ],
    [
      'Smoking status: Current Every Day Smoker\nPacks/day: 1.00\nAlcohol use: Former\nYears: 20.00\nQuit date: 2015',
      { status: 'current', cigarettes_per_day: 20, years_smoked: null, quit_year: null },
    ],
    [
      'Smoking status: Former Smoker\nPacks/day: 1.00\nYears: 30.00\nQuit date: 3/2011\nDrug use: Not Currently\nTypes: Marijuana\nQuit date: 2020',
      { status: 'former', years_smoked: 30, quit_year: 2011 },
    ],
    // The smoking rows themselves are still read.
    [
      'Smoking status: Former Smoker\nPacks/day: 1.00\nYears: 30.00\nQuit date: 2011',
      { years_smoked: 30, quit_year: 2011 },
    ],
  ]);
});

describe('start/stop field pairs give years and the quit year', () => {
  const former = 'Smoking status: Former\nPacks/day: 1\n';
  check([
    [
      `${former}Start year: 1990\nStop year: 2010`,
      { years_smoked: 20, quit_year: 2010, pack_years: 20 },
    ],
    [`${former}Start date: 1990\nEnd date: 2010`, { years_smoked: 20, quit_year: 2010 }],
    [`${former}Began: 1990\nEnded: 2010`, { years_smoked: 20, quit_year: 2010 }],
    [`${former}From: 1990\nTo: 2010`, { years_smoked: 20, quit_year: 2010 }],
    [`${former}Start: 1990 / Stop: 2010`, { years_smoked: 20, quit_year: 2010 }],
    [`${former}Duration: 1990 to 2010`, { years_smoked: 20, quit_year: 2010 }],
    [`${former}Started: 1990  Quit: 2010`, { years_smoked: 20, quit_year: 2010 }],
    [`${former}Start year: '90\nQuit year: '10`, { years_smoked: 20, quit_year: 2010 }],
    ['Former smoker | Start 1990 | Quit 2010 | 1 ppd', { years_smoked: 20, quit_year: 2010 }],
    [
      'Tobacco: Former, Start: 06/1990, Quit: 06/2010, PPD: 1',
      { years_smoked: 20, quit_year: 2010 },
    ],
    ['Smoking status: Current\nPacks/day: 1\nSince: 1990', { status: 'current', years_smoked: 36 }],
    ['Smoking status: Former Smoker\nPacks/day: 1.00\nCessation date: 2010', { quit_year: 2010 }],
    [
      'Smoking status: Former Smoker\nPacks/day: 1.00\nDate of cessation: 06/2010',
      { quit_year: 2010 },
    ],
    // A year before a quit that is dated itself is no quit year.
    ['Pt smoked 1990 quit 2010', { quit_year: 2010 }],
    ['Smoking: 2015 quit, 1 ppd', { status: 'former', quit_year: 2015 }],
    // A medication's dates, and dates with no smoking block, are no quit.
    [
      'Metoprolol 25 mg\nStart date: 01/2020\nEnd date: 03/2021',
      { status: 'unknown', quit_year: null },
    ],
    ['Smoking status: Never Smoker\nTo: 2021', { status: 'never', quit_year: null }],
  ]);
});

describe('a product or smoker noun dated by a closed span is former', () => {
  check([
    ['Cigarette smoker 2010-2019.', { status: 'former', years_smoked: 9, quit_year: 2019 }],
    [
      'Cigarettes (2010-2019), 1 ppd.',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2019 },
    ],
    ['Cigarettes 1991-2011 1 ppd', { status: 'former', years_smoked: 20, quit_year: 2011 }],
    ['Problem list:\nTobacco use disorder (2010–2019)', { status: 'former', quit_year: 2019 }],
    ['Problem list:\nSmoker (2010 to 2019)', { status: 'former', quit_year: 2019 }],
    // A span reaching the note's year, or an open one, or one of another topic, leaves it current.
    ['Cigarettes 2010-present, 1 ppd', { status: 'current', years_smoked: 16 }],
    ['Cigarettes 2010-2026, 1 ppd', { status: 'current', quit_year: null }],
    ['Cigarette smoker. Lived in Ohio 2010-2019.', { status: 'current', quit_year: null }],
    [
      'Problem list:\nCOPD (2010-2019)\nTobacco use disorder',
      { status: 'current', quit_year: null },
    ],
  ]);
});

describe('a resolved tobacco diagnosis is former', () => {
  check([
    ['Problem list:\nTobacco use disorder - resolved 2019', { status: 'former' }],
    [
      'Resolved problems:\nNicotine dependence, cigarettes (F17.210) - resolved 03/12/2019',
      { status: 'former' },
    ],
    ['Problem list:\nNicotine dependence, in sustained remission since 2019', { status: 'former' }],
    ['Problem list:\nTobacco use disorder (onset 1995)', { status: 'current' }],
  ]);
});
