import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen64 (dev64): EHR "Tobacco Use" blocks against the note's own words.
const answer = (text: string, noteDate = '2024-06-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

describe('a row whose label names a time window is a question (decision 87)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    // "No" denies the window only: alone it tells nothing (6424).
    ['Tobacco use in the past 12 months: No', 'unknown'],
    ['Tobacco use in the last 12 months: No', 'unknown'],
    ['Tobacco use (past 12 months): No', 'unknown'],
    ['Smoked in the past 30 days: No', 'unknown'],
    ['Cigarette smoking in the last year: No', 'unknown'],
    ['Tobacco use in the past year - No', 'unknown'],
    ['Currently smoking: No', 'unknown'],
    [
      'Tobacco use in the past 12 months: No\nExposure to second-hand smoke at home: Yes (husband smokes, outside only)',
      'unknown',
    ],
    // "Yes" is smoking in the window, now.
    ['Tobacco use in the past 12 months: Yes', 'current'],
    ['Q12 Tobacco/nicotine use in the past 12 months: YES.', 'current'],
    // Beside a history the history decides.
    ['Tobacco use within the past 6 months: No\nHx: smoked 1 ppd x 20 yrs', 'former'],
    ['Tobacco use in the past 12 months: No\nFormer smoker, quit 2010', 'former'],
    ['Smoking status: Never Smoker\nAny tobacco in the last 30 days: No', 'never'],
    // Without a window the row's value stands.
    ['Tobacco use: No', 'never'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('reads the amount after a yes', () => {
    expect(answer('Tobacco use in the past 12 months: Yes - cigarettes, ~10/day')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
    });
  });

  it.each([
    'Exposure to second-hand smoke in the past 30 days: Yes',
    'Have you been exposed to second-hand smoke in the past 30 days?  Yes',
  ])('an exposure question answered yes is not the patient smoking: %s', (text) => {
    expect(answer(text).status).toBe('unknown');
  });
});

describe('a number after one space answers an amount question (6429)', () => {
  it('reads the per-day range and the years', () => {
    expect(
      answer(
        '3. Do you currently smoke? [X] Yes [ ] No\n   If yes, how much per day? 1-2 packs\n   For how many years? 30',
      ),
    ).toEqual({
      status: 'current',
      pack_years: 45,
      cigarettes_per_day: 30,
      years_smoked: 30,
      quit_year: null,
      brinkman_index: 900,
    });
  });

  it.each<[string, Partial<SmokingAnnotation>]>([
    [
      'Do you smoke? Yes\nHow many cigarettes per day? 10\nHow many years? 20',
      { cigarettes_per_day: 10, years_smoked: 20, pack_years: 10 },
    ],
    [
      'Do you smoke? [X] Yes\nHow many per day? about 15\nFor how many years? 12',
      { cigarettes_per_day: 15, years_smoked: 12 },
    ],
    // An ever-yes with its quit year answered is a former smoker (decision 59 needs a cue).
    [
      'Have you ever smoked? Yes\nWhat year did you quit? 2010',
      { status: 'former', quit_year: 2010 },
    ],
    // Not a status question: "Smoker? 1 ppd" is still a statement with its amount.
    ['Smoker? 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"did not stop until" tells the quit (6428)', () => {
  it.each<[string, SmokingAnnotation['status'], number | null]>([
    [
      'He went back to cigarettes that fall and did not stop for good until his heart attack in August 2014. None since.',
      'former',
      2014,
    ],
    ['Smoked 1 ppd; did not stop for good until his heart attack in August 2014.', 'former', 2014],
    ["He didn't give up cigarettes until 2010.", 'former', 2010],
    ['Did not stop smoking until she became pregnant in 2005.', 'former', 2005],
    ["Half a pack a day; he didn't quit until last year.", 'former', 2023],
    ['He never stopped smoking until his MI in 2016.', 'former', 2016],
    ['Smoked 2 ppd. He never managed to quit until 2019.', 'former', null],
    // Plans and present inability stay current.
    ['Smokes 1 ppd. He will not quit until after his surgery.', 'current', null],
    ['Smokes 1/2 ppd. Cannot quit until the stress settles.', 'current', null],
    ['Smokes 1 ppd. Has never managed to quit.', 'current', null],
    ["He didn't start smoking until age 25. Smokes 1 ppd.", 'current', null],
  ])('%s → %s', (text, status, quit) => {
    expect(answer(text)).toMatchObject({ status, quit_year: quit });
  });
});

describe('a record index computed from figures the note replaced goes with them (6403, decision 54)', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    [
      'Tobacco Use:\n Smoking status: Former Smoker\n Packs/day: 2.00\n Years: 20.00\n Pack years: 40.00\n Quit date: 06/2015\n\nThe packs/day and years above were entered wrong. He smoked about half a pack a day for roughly 10 years and quit in June 2015.',
      { pack_years: 5, cigarettes_per_day: 10, years_smoked: 10, brinkman_index: 100 },
    ],
    [
      'Tobacco Use:\n Smoking status: Current Every Day Smoker\n Packs/day: 1.00\n Years: 30.00\n Pack years: 30.00\n\nPt says the figures above are wrong: he smokes about 2 packs a day and has for 25 years.',
      { pack_years: 50, cigarettes_per_day: 40, years_smoked: 25, brinkman_index: 1000 },
    ],
    [
      'Social: Packs/day: 1.00 | Years: 25.00 | Pack years: 25.00 | Quit date: 2018\nPt reports it was more like 1.5 ppd for 30 years before quitting in 2018.',
      { pack_years: 45, cigarettes_per_day: 30, years_smoked: 30 },
    ],
    // Only one figure replaced (a cut-down): the stated index stays.
    [
      'Tobacco Use:\n Smoking status: Current Every Day Smoker\n Packs/day: 1.00\n Years: 20.00\n Pack years: 20.00\nHas cut down to half a pack a day since last month.',
      { pack_years: 20, cigarettes_per_day: 10, years_smoked: 20 },
    ],
    // An index that is not the product of the replaced figures stays.
    [
      'Former smoker, 45 pack-years per PCP note. Quit 2010.\nHe tells me he smoked 1 ppd for 30 years.',
      { pack_years: 45, cigarettes_per_day: 20, years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
