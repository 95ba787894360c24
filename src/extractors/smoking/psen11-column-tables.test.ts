import { describe, expect, it } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';
import { growthRatio } from '../../../tests/support/linear-time.js';
import { defaultVocabDir, loadSmokingRules } from '../../vocab/load.js';
import { compilePipeTable, readPipeTables } from './pipe-tables.js';

// fp11e (third stop of 2026-12-01, psen11 item 6 and psen9 item 10): substance-use tables in columns,
// with pipes, tabs or aligned spaces, are read by their header cells (status, amount, packs a day,
// duration, pack-years, years since quit, quit/stop, start/stop), the header's "Quit" is no quit, a
// cigar row keeps only its quit year (decision 6), and tables follow the prose decisions (39). Also a
// silent wrong value ("1 ppd   3 decades" read as 3 packs a day) and "not in remission" (decision 16).
// Probes are dated 2026-11-01.
const check = smokingCases('en');
const ROW = 'Substance     Status     Amount     Duration    Quit\n';

describe('space- and tab-aligned tables', () => {
  check([
    [
      `${ROW}Tobacco       Former     1 ppd      30 yrs      2011`,
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      'Substance\tStatus\tAmount\tDuration\tQuit\nCigarettes\tFormer\t1 pack/day\t30 years\t03/2011',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      'Type        Amount      Duration    Stopped\nCigarettes  1 ppd       30 yrs      2011',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      `${ROW}Cigarettes    Former     1 ppd      3 decades   10 years ago`,
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2016 },
    ],
    [
      `${ROW}Cigarettes    Former     0.5 ppd    12.5 yrs    2016`,
      { status: 'former', cigarettes_per_day: 10, years_smoked: 12.5, quit_year: 2016 },
    ],
    [
      `${ROW}Cigarettes    Current    1 ppd      30 yrs      --`,
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, quit_year: null },
    ],
    [
      `${ROW}Cigarettes    Former     1 ppd      unknown     2011`,
      { status: 'former', cigarettes_per_day: 20, years_smoked: null, quit_year: 2011 },
    ],
    [
      'Tobacco history\nProduct      Status    PPD    Years    Quit year\nCigarettes   Former    1      25       2012',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 25, quit_year: 2012 },
    ],
    [
      'Substance     Status     Pack-years    Years since quit\nTobacco       Former     40            10',
      { status: 'former', pack_years: 40, quit_year: 2016 },
    ],
    // A blank cell collapsed: the cells fall under the header column they start at.
    [
      `${ROW}Cigarettes    Former                           2011`,
      { status: 'former', quit_year: 2011 },
    ],
  ]);
});

describe('start and stop columns (decision 39)', () => {
  check([
    [
      'Product       Start   Stop    Amount\nCigarettes    1991    2011    1 ppd',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20, quit_year: 2011 },
    ],
    [
      'Product\tStart\tStop\tAmount\nCigarettes\t1991\t2011\t1 ppd',
      { status: 'former', years_smoked: 20, quit_year: 2011 },
    ],
    [
      'Product       Start   Stop    Amount\nCigarettes    1991    --      1 ppd',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 35, quit_year: null },
    ],
    [
      'Tobacco | Start year | Quit year | Packs/day\nCigarettes | 1981 | 2011 | 1.0',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
  ]);
});

describe('pipe tables with a header row (psen9 item 10)', () => {
  check([
    [
      '| Substance | Status | Amount | Duration | Quit |\n|---|---|---|---|---|\n| Cigarettes | Former | 1 ppd | 30 yrs | 2011 |',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      '| Substance | Status | PPD | Years | Quit |\n|---|---|---|---|---|\n| Cigarettes | Former | 1 | 30 | 2011 |',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      '| Status | PPD | Years | Quit |\n| Former | 1 | 30 | 2011 |',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      '| Substance | Status | Amount | Duration | Quit |\n|---|---|---|---|---|\n| Cigarettes | Former | 1 ppd | 30 yrs | 10 yrs ago |',
      { status: 'former', quit_year: 2016 },
    ],
    [
      '| Tobacco | Status | PPD | Years | Quit |\n| Cigarettes | Current | 1 | 30 | -- |',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, quit_year: null },
    ],
  ]);
});

describe('other substances and products in the table', () => {
  check([
    [
      `${ROW}Alcohol       Current    2 beers/d  10 yrs      --\nCigarettes    Former     1 ppd      30 yrs      2011`,
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2011 },
    ],
    [
      `${ROW}Cigarettes    Former     1 ppd      30 yrs      2011\nMarijuana     Former     daily      5 yrs       2020`,
      { status: 'former', cigarettes_per_day: 20, quit_year: 2011 },
    ],
    // Cigars: only the quit year (decision 6); a pipe smoker is current, the header's "Quit" no quit.
    [
      `${ROW}Cigars        Former     2/day      30 yrs      2011`,
      { status: 'former', cigarettes_per_day: null, years_smoked: null, quit_year: 2011 },
    ],
    [`${ROW}Pipe          Current    daily      30 yrs      --`, { status: 'current' }],
    // Cigarettes stopped in 2011, cigars in 2015: the quit from all tobacco (decision 66).
    [
      `${ROW}Cigarettes    Former     1 ppd      30 yrs      2011\nCigars        Former     1/week     5 yrs       2015`,
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2015 },
    ],
    [
      'Substance     Status\nAlcohol       Social\nTobacco       Never\nDrugs         Denies',
      { status: 'never' },
    ],
    // Controls: another substance's table alone, a medication or lab table.
    [
      'Smoking status: Never Smoker\nSubstance     Amount      Duration    Quit\nAlcohol       6 beers/d   20 yrs      2015',
      { status: 'never', years_smoked: null, quit_year: null },
    ],
    [
      'Substance     Status     Amount      Duration    Quit date\nAlcohol       Former     6 beers/d   20 yrs      2015',
      { status: 'unknown', quit_year: null },
    ],
    [
      'Medication      Start     Stop      Dose\nMetformin       2015      2020      500 mg\nNever smoker.',
      { status: 'never', years_smoked: null },
    ],
    [
      'Drug          Status     Duration    Stopped\nCocaine       Former     5 yrs       2010',
      { status: 'unknown', quit_year: null },
    ],
  ]);
});

describe('an amount with a duration after spaces is not a packs-a-day label', () => {
  check([
    ['Former smoker 1 ppd   3 decades', { status: 'former', cigarettes_per_day: 20 }],
    ['Former smoker 1 pack/day   3 decades', { cigarettes_per_day: 20 }],
    ['Former smoker 2 ppd   2 decades', { cigarettes_per_day: 40 }],
    ['Former smoker 15 cigs/day   3 decades', { cigarettes_per_day: 15 }],
    // Controls: a label's value.
    ['Former smoker. PPD  2', { cigarettes_per_day: 40 }],
    ['Packs/day: 1.5', { cigarettes_per_day: 30 }],
    ['Smoker. PPD  1-2', { cigarettes_per_day: 30 }],
  ]);
});

describe('"not in remission" keeps the diagnosis current (decision 16)', () => {
  check([
    ['Problem list:\nTobacco use disorder, not in remission', { status: 'current' }],
    ['Nicotine dependence, cigarettes, not in remission', { status: 'current' }],
    [
      'Nicotine dependence, cigarettes, not in sustained remission, uncomplicated',
      { status: 'current' },
    ],
    // Controls.
    ['Tobacco use disorder, in remission', { status: 'former' }],
    ['Nicotine dependence, cigarettes, in sustained remission', { status: 'former' }],
  ]);
});

describe('the column reader is linear in the note', () => {
  const file = loadSmokingRules(defaultVocabDir()).en.pipe_table;
  it.each([
    `${ROW}Cigarettes    Former     1 ppd      30 yrs      2011\n`,
    'Substance   Status   Amount   Duration   Quit   ',
    '| Status | PPD | Years | Quit |\n| Former | 1 | 30 | 2011 |\n',
    'Substance  \t  ',
  ])('%j repeated', (unit) => {
    if (!file) throw new Error('en.yaml has no pipe_table');
    const table = compilePipeTable(file);
    expect(growthRatio((text) => readPipeTables(text, table), unit, 20_000)).toBeLessThan(32);
  });
});
