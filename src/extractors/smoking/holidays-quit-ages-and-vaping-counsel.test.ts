import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsml6 (first stop of 2026-12-01): a holiday later in the note's own month is last year's, a
// last cigarette at a holiday of a named year after a colon, a quit age told with "quitting",
// counselling on vaping alone (decision 7), and a quit, restart and second quit told by ages
// (decisions 42 and 61).
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a holiday in the note month counts by its day', () => {
  it.each<[string, string, Expected]>([
    [
      'Former smoker, last cigarette: the week before Thanksgiving.',
      '2026-11-01',
      { quit_year: 2025 },
    ],
    ['Last cigarette: Thanksgiving', '2026-11-01', { quit_year: 2025 }],
    ['Has not smoked since Thanksgiving.', '2026-11-01', { quit_year: 2025 }],
    [
      'Quit smoking over Thanksgiving. Previously 1 ppd x 20 yrs.',
      '2026-11-01',
      { quit_year: 2025 },
    ],
    ['Quit smoking two Thanksgivings ago.', '2026-11-01', { quit_year: 2024 }],
    ['Quit smoking two Thanksgivings ago.', '2026-11-30', { quit_year: 2025 }],
    ['Last cigarette: Thanksgiving', '2026-11-30', { quit_year: 2026 }],
    ['Last cigarette: Christmas', '2026-12-20', { quit_year: 2025 }],
    ['Last cigarette: Christmas', '2026-12-28', { quit_year: 2026 }],
    ['Stopped smoking on the Fourth of July.', '2026-07-02', { quit_year: 2025 }],
    // Controls: other months, and holidays with no day (their month decides, as before).
    ['Last cigarette: Halloween', '2026-11-01', { quit_year: 2026 }],
    ['Last cigarette: Christmas', '2026-11-01', { quit_year: 2025 }],
    ['Quit smoking in November.', '2026-11-01', { quit_year: 2026 }],
    ['Quit smoking at Easter.', '2026-04-02', { quit_year: 2026 }],
  ])('%s (%s)', (text, date, expected) => {
    expect(answer(text, date)).toMatchObject({ status: 'former', ...expected });
  });
});

describe('a last cigarette at a holiday of a named year', () => {
  it.each<[string, number]>([
    ['Last cigarette: Christmas 2019', 2019],
    ['Last cigarette: Thanksgiving 2018', 2018],
    ['Last cigarette: Christmas, 2019', 2019],
    ["Last cigarette: New Year's Day 2020", 2020],
    ['Last cig: Easter 2021.', 2021],
    ["Last cigarette: Christmas '19", 2019],
    ['Last cigarette: 4th of July 2017', 2017],
    ['Final cigarette was Christmas Eve 2015.', 2015],
    ['Stopped smoking around Easter of 2012.', 2012],
    ['Last cigarette was Christmas 2019', 2019],
  ])('%s', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });
});

describe('a quit age told with "quitting" (decisions 3 and 41)', () => {
  it.each<[string, Expected]>([
    [
      'Started smoking at 18, 1 ppd until quitting at 45.',
      { status: 'former', years_smoked: 27, pack_years: 27, quit_year: null },
    ],
    [
      'Smoked a pack a day from age 20 until quitting at age 50.',
      { status: 'former', years_smoked: 30, pack_years: 30 },
    ],
    ['He smoked until quitting at age 50. Started at 16.', { status: 'former', years_smoked: 34 }],
    [
      'Began smoking at 17 and smoked 10 cigarettes a day until quitting at 52.',
      { status: 'former', years_smoked: 35, brinkman_index: 350 },
    ],
    ['Smoked 1 ppd starting at 20 until stopping at 60.', { status: 'former', years_smoked: 40 }],
    [
      'Smoked from 16 until giving up at 48, about a pack a day.',
      { status: 'former', years_smoked: 32 },
    ],
    [
      'Smoked a pack a day from 18 to 30, then went up to two packs a day until quitting at 45.',
      { status: 'former', years_smoked: 27, pack_years: 42, brinkman_index: 840 },
    ],
    // Controls: a plan is no quit age.
    ['Smoked a pack a day from age 20, thinking about quitting at 50.', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('counselling on vaping alone is unknown (decision 7)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['Counseled on vaping cessation.', 'unknown'],
    ['Vaping cessation counseling provided.', 'unknown'],
    ['Discussed vaping cessation.', 'unknown'],
    ['Advised to quit vaping.', 'unknown'],
    ['Counseled regarding e-cigarette cessation.', 'unknown'],
    ['Patient counseled on vape cessation, 5 minutes.', 'unknown'],
    ['Provided education on quitting vaping.', 'unknown'],
    ['Counseled on smoking and vaping cessation.', 'unknown'],
    // Controls: vaping told of the patient, and tobacco statements beside the counselling.
    ['Vapes daily. Counseled on vaping cessation.', 'never'],
    ['E-cigarette use: daily. Counseled on e-cigarette cessation.', 'never'],
    ['Quit vaping in 2020.', 'never'],
    ['Stopped vaping 3 years ago.', 'never'],
    ['Quit vaping in 2020 and cigarettes in 2016.', 'former'],
    ['Former smoker, quit 2010. Quit vaping in 2020.', 'former'],
    ['Former smoker, quit 2010; now vapes, advised to quit vaping.', 'former'],
    ['Smokes 1 ppd and vapes. Counseled on smoking and vaping cessation.', 'current'],
  ])('%s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });
});

describe('a quit, a restart and a second quit told by ages (decisions 42 and 61)', () => {
  it.each<[string, Expected]>([
    [
      'Smoked 1 ppd from 18 to 30, quit, restarted at 35 at half a pack a day until quitting at 50.',
      { status: 'former', years_smoked: 27, cigarettes_per_day: 14.44, pack_years: 19.5 },
    ],
    [
      'Started at 18, quit at 30, restarted at 35 and smoked until she quit at 50. 1 ppd.',
      { status: 'former', years_smoked: 27, pack_years: 27, brinkman_index: 540, quit_year: null },
    ],
    [
      'Smoked a pack a day from age 18, quit at 30, restarted at 35 and quit for good at 50.',
      { status: 'former', years_smoked: 27 },
    ],
    [
      'Began smoking at 16, quit at 25, started again at 30 and finally quit at 45.',
      { status: 'former', years_smoked: 24 },
    ],
    [
      'Smoked from 20 until 30, relapsed at 40 and smoked until quitting at 55, a pack a day.',
      { status: 'former', years_smoked: 25, pack_years: 25 },
    ],
    [
      'Smoked 1 ppd from 18 to 30, then quit; restarted smoking at 35, half a pack a day, and quit again at 50.',
      { status: 'former', years_smoked: 27, brinkman_index: 390 },
    ],
    // The first period has no start: years_smoked cannot be summed.
    [
      'She quit at 30, restarted at 35, and smoked half a pack a day until she quit at 50.',
      { status: 'former', years_smoked: null, cigarettes_per_day: 10 },
    ],
    // The same with years, and "until" after a restart.
    [
      'Quit in 2000, restarted smoking in 2005 until she quit in 2015.',
      { status: 'former', quit_year: 2015 },
    ],
    // Controls: a restart that goes on, and a quit told as earlier than the restart.
    [
      'Smoked 1 ppd from 18 to 30, quit, restarted at 35 and still smokes half a pack a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Quit at 30, restarted at 35, still smoking.', { status: 'current' }],
    ['Restarted smoking in 2015 after quitting in 2010.', { status: 'current' }],
    ['Resumed smoking in 2018, having quit at 40.', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
