import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen73 (first stop of 2026-12-01, dev73): a smoking history told twice, not quite the same way:
// a triage amount the provider revises with a bare pack ("more like a pack and a half"), a
// referral's figure the consultant calls an underestimate, an RN field called "his old amount", a
// peak told with "closer to" through a past period, and an Epic Former block above cigars still
// smoked "- 2 or 3 a week".
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a bare pack amount that revises a daily amount is daily (decision 54)', () => {
  it.each<[string, Expected]>([
    [
      'SH: smoker - triage has 1 ppd but pt says it\'s "more like a pack and a half" lately, smoking ~25 yrs.',
      { cigarettes_per_day: 30, years_smoked: 25, pack_years: 37.5 },
    ],
    ['SH: smoker - triage has 1 ppd but pt says more like 2 packs.', { cigarettes_per_day: 40 }],
    [
      'SH: smoker - 1 ppd per triage, pt says closer to a pack and a half.',
      { cigarettes_per_day: 30 },
    ],
    ['Tob: 1 ppd on intake; he says closer to half a pack these days.', { cigarettes_per_day: 10 }],
    // Controls: a rate of its own after the pack, and a heavier day.
    ['Tob: 1 ppd on intake; more like a pack a week he says.', { cigarettes_per_day: 2.86 }],
    ['Smokes 1 ppd, sometimes more like 2 packs on weekends.', { cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"smoking N yrs" after a comma or dash is the years smoked', () => {
  it.each<[string, Expected]>([
    ['SH: smoker, smoking ~25 yrs.', { status: 'current', years_smoked: 25 }],
    ['SH: current smoker 1 ppd, smoking 25 yrs.', { years_smoked: 25, pack_years: 25 }],
    ['Former smoker, 1 ppd, smoking 20 yrs, quit 2015.', { years_smoked: 20, quit_year: 2015 }],
    // Controls: an interval back and a quit.
    ['SH: ex-smoker - quit smoking 10 yrs ago.', { years_smoked: null, quit_year: 2016 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a figure the note calls wrong, an underestimate or an old amount loses (decisions 54, 32)', () => {
  it.each<[string, Expected]>([
    [
      'Referral: ex-smoker, 40 pack-years, quit 2019.\nSmoking: 2 ppd from 1979 to 2019. By my count that is 80 pack-years - the 40 in the referral is an underestimate.',
      { pack_years: 80 },
    ],
    [
      "Referral: ex-smoker, 40 pack-years, quit 2019.\nSmoking: 2 ppd from 1979 to 2019, so 80 pack-years; the referral's 40 is too low.",
      { pack_years: 80 },
    ],
    [
      'Referral: ex-smoker, 40 pack-years, quit 2019.\nSmoking: quit 2019; 80 pack-years, the 40 pack-years quoted in the letter was wrong.',
      { pack_years: 80 },
    ],
    [
      'Tobacco: Current Every Day Smoker, Packs/day: 1.50\nHe smokes 1 ppd. He smoked closer to a pack and a half a day through his 30s and 40s but has been at a pack a day for the last several years - the 1.50 in the RN field is his old amount.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Tobacco: Current Every Day Smoker, Packs/day: 2.00\nSmokes about 10 a day now - the 2.00 above is her old level.',
      { cigarettes_per_day: 10 },
    ],
    [
      'Cigarettes/day: 30\nHe smokes 15 a day; the 30 on the intake is out of date.',
      { cigarettes_per_day: 15 },
    ],
    // Control: a figure said of another time is no denial.
    ['Smoker, 30 pack-years. The 20 in the chart is from 2015.', { pack_years: 30 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a revised amount said of a period that is over is not the present one (decision 32)', () => {
  it.each<[string, Expected]>([
    [
      'Triage: 1 ppd.\nHe smokes 1 ppd now, though it was closer to 2 ppd in his 30s.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'He smokes 1 ppd. He smoked a pack and a half a day through his 30s and 40s but is at a pack a day now.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // Control: a revision of today's amount still wins.
    ['Triage: 1 ppd. He actually smokes closer to 2 ppd.', { cigarettes_per_day: 40 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('cigarettes stopped, cigars still smoked "- 2 or 3 a week" (decision 19)', () => {
  it.each<[string, Expected]>([
    [
      "Tobacco Use\n  Smoking status: Former Smoker\n  Types: Cigarettes\n  Quit date: 1999\n  Packs/day: 1.00\n  Years: 20.00\n\nHPI: He quit cigarettes in '99 but still smokes cigars - 2 or 3 a week.",
      {
        status: 'current',
        cigarettes_per_day: 20,
        years_smoked: 20,
        pack_years: 20,
        brinkman_index: 400,
        quit_year: null,
      },
    ],
    [
      'Smoking status: Former Smoker\nPacks/day: 0.50\nYears: 30.00\nQuit date: 2010\n\nSH: smokes a pipe - most evenings.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 30, quit_year: null },
    ],
    [
      'Former smoker, quit 2005 (1 ppd x 25 yrs). He smokes cigarillos - a few a week.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 25 },
    ],
    // Control: a product row label still reads as a label.
    ['Cigarettes: former, quit 2001.', { status: 'former', quit_year: 2001 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
