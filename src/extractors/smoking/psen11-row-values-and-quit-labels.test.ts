import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fp11a (third stop of 2026-12-01, psen11's items 1, 4, 9, 10, 12 and 14): an amount then a bare duration
// parted by spaces only, time-since-quit labels (not years smoked nor an amount), abbreviated pack-year
// labels, bounds and decades after a row's number, and duration and quit value forms in rows. Probes are
// dated 2026-11-01.
const check = smokingCases('en');

describe('an amount then a bare duration with only spaces between', () => {
  check([
    ['Smoker 1ppd 30yrs', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['Tobacco 20 cig/d 30 yrs', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['Smokes 1 ppd * 30 yrs.', { status: 'current', years_smoked: 30, pack_years: 30 }],
    [
      'Ex-smoker    1 ppd    30 yrs    quit 2011',
      { status: 'former', years_smoked: 30, quit_year: 2011 },
    ],
    [
      'Cigarettes\tformer\t1 ppd\t30 yrs\tquit 2011',
      { status: 'former', years_smoked: 30, quit_year: 2011 },
    ],
    // Not a time back, an age or an abstinence.
    ['Smoker 1 ppd 20 years prior to admission', { cigarettes_per_day: 20, years_smoked: null }],
    ['Smoker 1 ppd 45 years old', { cigarettes_per_day: 20, years_smoked: null }],
    ['Former smoker, 1 ppd 10 yrs smoke-free', { years_smoked: null, quit_year: 2016 }],
  ]);
});

describe('time-since-quit labels give the quit year', () => {
  const lcs = 'Former smoker: Y\nPack-years: 40\n';
  check([
    [`${lcs}Time since quit: 8 years`, { status: 'former', pack_years: 40, quit_year: 2018 }],
    [`${lcs}Years since smoking cessation: 8`, { quit_year: 2018 }],
    [`${lcs}Years since cessation: 8`, { quit_year: 2018 }],
    [`${lcs}Years since quit date: 8`, { quit_year: 2018 }],
    [`${lcs}Years since quitting smoking: 8`, { quit_year: 2018 }],
    [`${lcs}Years quit: 8`, { quit_year: 2018 }],
    [`${lcs}Quit (yrs ago): 8`, { quit_year: 2018 }],
    [`${lcs}Years since quit: ~8`, { quit_year: 2018 }],
    [`${lcs}Months since quit: 40`, { quit_year: 2023 }],
    [`${lcs}Time since quit: 18 months`, { quit_year: 2025 }],
    ['Former smoker. PY: 30. YSQ: 5.', { pack_years: 30, quit_year: 2021 }],
    ['Former smoker\nLength of abstinence: 5 years', { status: 'former', quit_year: 2021 }],
    ['Smoking status: Former Smoker\nPacks/day: 1.00\nQuit: 10 years', { quit_year: 2016 }],
    ['Smoking status: Former Smoker\nPacks/day: 1.00\nSmoke-free: 10 years', { quit_year: 2016 }],
    // Not a year, a bound, or an abstinence from drink with no smoking statement.
    ['Former smoker\nQuit: 2010', { quit_year: 2010 }],
    [`${lcs}Time since quit: >6 years`, { quit_year: null }],
    [
      'Alcohol: former drinker\nLength of abstinence: 5 years',
      { status: 'unknown', quit_year: null },
    ],
  ]);
});

describe('the time since the quit is no years smoked nor an amount', () => {
  check([
    [
      'Former smoker: Y\nPack-years: 40\nTime since last cigarette: 8 years',
      { years_smoked: null, quit_year: 2018 },
    ],
    ['Former smoker\nYears off cigarettes: 5', { cigarettes_per_day: null, quit_year: 2021 }],
    ['Former smoker\nTime off tobacco: 5 yrs', { years_smoked: null, quit_year: 2021 }],
    [
      'Have you ever smoked? Yes\nDo you currently smoke? No\nHow many years since you quit? 5',
      { status: 'former', years_smoked: null, quit_year: 2021 },
    ],
    [
      'Ever smoked? Y\nCurrently smoke? N\nIf quit, how long ago? 5 years',
      { years_smoked: null, quit_year: 2021 },
    ],
    [
      'Former smoker, 1 ppd x 30 yrs\nHow long since you quit? 5 years',
      { years_smoked: 30, quit_year: 2021 },
    ],
    // "How long" about the smoking itself is still the years smoked.
    ['Former smoker\nHow long did you smoke? 30 years', { years_smoked: 30 }],
  ]);
});

describe('abbreviated pack-year labels', () => {
  check([
    ['PY: 30\nFormer smoker', { status: 'former', pack_years: 30 }],
    ['Former smoker, PY 30.', { pack_years: 30 }],
    ['Former smoker (PY: 30), quit 2011.', { pack_years: 30, quit_year: 2011 }],
    ['Pk-yrs: 30\nFormer smoker', { pack_years: 30 }],
    ['PYH: 30\nFormer smoker', { pack_years: 30 }],
    ['Current smoker, PY 2019 entry', { pack_years: null }],
    ['Former smoker, PY: 25+', { pack_years: null }],
  ]);
});

describe('bounds, decades and ranges after a row number', () => {
  const former = 'Smoking status: Former\nPacks/day: 1\n';
  check([
    [`${former}Years: 30+\nQuit date: 2011`, { years_smoked: null, quit_year: 2011 }],
    [`${former}Years: 30 plus\nQuit date: 2011`, { years_smoked: null }],
    [
      'Smoking status: Former\nPacks/day: 1+\nYears: 30',
      { cigarettes_per_day: null, years_smoked: 30 },
    ],
    ['Former smoker: Y\nPack-years: 20 or more', { pack_years: null }],
    ['Former smoker: Y\nPack-years: 40\nYears since quit: 15+', { quit_year: null }],
    ['Former smoker: Y\nPack-years: 40\nYears since quit: 15 or less', { quit_year: null }],
    [`${former}Years: 30\nQuit date: 1990s`, { years_smoked: 30, quit_year: null }],
    ["Former smoker\nQuit date: 1980's", { quit_year: null }],
    ['Former smoker: Y\nPack-years: 30\nYears since quit: 15-20', { quit_year: 2009 }],
    // An approximation is a value (decision 20).
    [`${former}Years smoked: 30 or so`, { years_smoked: 30 }],
  ]);
});

describe('duration and quit value forms in rows', () => {
  const former = 'Smoking status: Former\nPacks/day: 1\n';
  check([
    [`${former}Duration: 3 decades\nQuit date: 2011`, { years_smoked: 30, quit_year: 2011 }],
    [`${former}Duration: three decades\nQuit date: 2011`, { years_smoked: 30 }],
    [`${former}Duration of use: 30 years\nQuit date: 2011`, { years_smoked: 30 }],
    [`${former}Length of use: 30 years\nQuit date: 2011`, { years_smoked: 30 }],
    [`${former}Years: ~30\nQuit date: 2011`, { years_smoked: 30, brinkman_index: 600 }],
    [`${former}Years: approx 30\nQuit date: 2011`, { years_smoked: 30 }],
    [
      `${former}Months smoked: 6\nQuit date: 2011`,
      { years_smoked: 0.5, pack_years: 0.5, brinkman_index: 10 },
    ],
    [`${former}Duration: decades`, { years_smoked: null }],
    [`${former}Years: 30\nQuit date: Spring 2011`, { quit_year: 2011 }],
    [`${former}Years: 30\nQuit date: early 2011`, { quit_year: 2011 }],
    [`${former}Years: 30\nQuit date: this year`, { quit_year: 2026 }],
    [
      'Smoking status: Current\nPacks/day: 1\nTarget quit date: this year',
      { status: 'current', quit_year: null },
    ],
  ]);
});
