import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen75 (second stop of 2026-12-01, dev75): a questionnaire's dot leaders after a colon and its
// quit-age row, a second period told as an age span after "again", a quit counted in years from a
// dated event, a quit "the day of" a dated event, "gave cigarettes up when … in 2009", a young
// child named before the patient's pronoun, an eligibility line past a decimal and a comparison
// with a never-smoker.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe("a form's dot leader after a colon, and its quit-age row", () => {
  it.each<[string, Expected]>([
    [
      'Have you ever smoked cigarettes? ............ Yes\nDo you smoke now? ........................... No\nAge started: ................................ 20\nAge quit: ................................... 60\nPacks per day: .............................. 1\nOther tobacco (cigars/pipe/chew/vape): ...... No',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 40,
        pack_years: 40,
        quit_year: null,
      },
    ],
    [
      'Tobacco use: ......... Former\nQuit age: ........ 45\nStart age: ....... 18\nCigarettes per day: ...... 10',
      { status: 'former', years_smoked: 27, brinkman_index: 270, quit_year: null },
    ],
    [
      'Smoking history\nAge at quitting: 50\nAge started: 17\nPacks/day: 2',
      { status: 'former', years_smoked: 33, quit_year: null },
    ],
    [
      'Former smoker.\nAge stopped smoking: 52\nAge started smoking: 22\nPPD: 0.5',
      { status: 'former', years_smoked: 30, pack_years: 15 },
    ],
    [
      'Ever smoked? ..... Yes\nCurrent smoker? ..... No\nYears smoked: ..... 25\nPacks per day: ..... 1\nQuit date: ..... 2012',
      { status: 'former', years_smoked: 25, quit_year: 2012 },
    ],
    // Controls: answers that deny, and a current smoker with no age.
    ['Do you smoke? ........ No\nHave you ever smoked? ...... No', { status: 'never' }],
    [
      'Do you smoke? ........ Yes\nCigarettes per day: ......... 15\nAge started: ........ 16',
      { status: 'current', cigarettes_per_day: 15, years_smoked: null },
    ],
    ['Age quit: ...... N/A\nSmoker: current, 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-03-19')).toMatchObject(expected);
  });
});

describe('a second period told as an age span after "again" (decision 61)', () => {
  it.each<[string, Expected]>([
    [
      'Ms. Ferreira is 70.\nTobacco: She smoked from age 18 to 30, quit when she went back to school for nursing aide training, then smoked again from 35 to 41 - half a pack a day both times. None since.',
      { status: 'former', years_smoked: 18, pack_years: 9, brinkman_index: 180, quit_year: null },
    ],
    [
      'Ms. Ferreira is 70.\nTobacco: She smoked from age 18 to 30, then smoked again from 35 to 41 - half a pack a day both times.',
      { status: 'former', years_smoked: 18 },
    ],
    [
      'Ms. Ferreira is 70. She smoked from age 18 to 30 and again from 35 to 41, half a pack a day. None since.',
      { status: 'former', years_smoked: 18 },
    ],
    [
      '68 yo M. Smoked 1 ppd from age 20 to 35, quit, then smoked again from age 40 to 50.',
      { status: 'former', years_smoked: 25, pack_years: 25 },
    ],
    [
      '68 yo M. Smoked 1 ppd from 20 to 35, quit, restarted from 40 to 50.',
      { status: 'former', years_smoked: 25 },
    ],
    [
      'Smoked 1 ppd from 20 to 35, quit, then resumed from age 40 to 52. None since.',
      { status: 'former', years_smoked: 27 },
    ],
    // Controls: a restart that goes on, and year spans.
    [
      '52 yo. Smoked from 20 to 35, quit, restarted at 40 and still smokes 1 ppd.',
      { status: 'current', years_smoked: 27 },
    ],
    [
      'Smoked 1 ppd from 1990 to 2000, quit, then smoked again from 2005 to 2010.',
      { status: 'former', years_smoked: 15, quit_year: 2010 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2023-06-27')).toMatchObject(expected);
  });
});

describe('a quit counted in years from an event dated in its clause (decision 65)', () => {
  it.each<[string, Expected]>([
    [
      'Lung: smoked for about 12 years, 10 a day, as a young woman; she stopped two years before her wedding (June 1999). 6 pack-years.',
      { status: 'former', quit_year: 1997, pack_years: 6 },
    ],
    ['Smoked 1 ppd for 10 years; quit two years before her wedding in 1999.', { quit_year: 1997 }],
    ['Smoked 1 ppd for 10 years and quit 3 years before he retired in 2015.', { quit_year: 2012 }],
    [
      'He smoked a pack a day and stopped 5 years after his daughter was born in 1990.',
      { quit_year: 1995 },
    ],
    ['Smoked 1 ppd x 20 yrs, stopped a year before her retirement in 2018.', { quit_year: 2017 }],
    ['Smoked 20 years, quit the year before her first pregnancy (2004).', { quit_year: 2003 }],
    ['She quit smoking three years prior to her move to Ohio in 2005.', { quit_year: 2002 }],
    // Controls: the quit's own year, and a year after a comma that may be the quit's.
    ['Quit in 2008, 2 years before his MI in 2010.', { quit_year: 2008 }],
    ['Quit smoking in 2010, two years before her wedding.', { quit_year: 2010 }],
    ['Quit smoking 2 years after her diagnosis, in 2015.', { quit_year: 2015 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2026-05-05')).toMatchObject(expected);
  });
});

describe('a quit "the day of" an event dated elsewhere (decision 83)', () => {
  it.each<[string, Expected]>([
    [
      "PMH:\n- CAD: inferior STEMI 02/2017 s/p PCI/DES to RCA\n\nSocial: He smoked 2 ppd for 3 decades and quit cold turkey the day of his heart attack - hasn't had a cigarette since.",
      { status: 'former', quit_year: 2017, pack_years: 60 },
    ],
    ['PMH: NSTEMI 3/2015.\nSmoked 1 ppd x 20 yrs, quit the day of his MI.', { quit_year: 2015 }],
    ['PMH: CABG x3 (June 2014).\nFormer smoker, quit the day of his bypass.', { quit_year: 2014 }],
    ['PMH: MI 2012.\nHe quit smoking the day he had his heart attack.', { quit_year: 2012 }],
    // Controls: two dated heart attacks, and a relative's.
    [
      'PMH: MI 2012, MI 2018.\nHe quit smoking the day of his heart attack.',
      { status: 'former', quit_year: null },
    ],
    [
      'FHx: father MI 1995.\nSocial: Pt quit smoking the day of his heart attack.',
      { status: 'former', quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-09-24')).toMatchObject(expected);
  });
});

describe('"gave cigarettes up" past a dated life event (decision 58)', () => {
  it.each<[string, Expected]>([
    [
      '71-year-old woman. She smoked from the time she was 16; a pack would last her about two days. She gave cigarettes up when her first grandchild was born in 2009 and has not smoked since.',
      { status: 'former', cigarettes_per_day: 10, years_smoked: null, quit_year: 2009 },
    ],
    ['He gave smoking up when his son was born in 1994.', { status: 'former', quit_year: 1994 }],
    ['She gave cigarettes up in 2009.', { quit_year: 2009 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2023-03-21')).toMatchObject(expected);
  });
});

describe("a young child named before the patient's pronoun is no topic for it", () => {
  it.each<[string, Expected]>([
    [
      'Ms. Bellamy, 61. Married 35 years; her granddaughter (4) stays with them two days a week, which she says was the push to stop smoking - she quit 14 months ago after three decades of smoking, about 10 a day.',
      { status: 'former', quit_year: 2024, years_smoked: 30, cigarettes_per_day: 10 },
    ],
    [
      'Mr. Hale, 58. His son (6) lives with him, which he says made him stop smoking - he quit 2 years ago after 20 years at a pack a day.',
      { status: 'former', quit_year: 2023, years_smoked: 20 },
    ],
    [
      'Ms. Ortiz, 40. Her daughter (18 months) has asthma; she quit smoking 6 months ago, 10 a day for 15 years.',
      { status: 'former', years_smoked: 15 },
    ],
    // Control: a teenager is still a topic.
    ['Ms. Ortiz, 40. Her daughter (16) smokes; she smokes 10 a day.', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2025-05-20')).toMatchObject(expected);
  });
});

describe('screening text: an eligibility line past a decimal, and a comparison with a never-smoker', () => {
  it.each<[string, Expected]>([
    [
      'Former smoker, quit 2012, 19.5 pack-years.\nEligibility (USPSTF 2021): age 50-80 - yes; >= 20 pack-years - NO (19.5); currently smokes or quit within past 15 years - yes.',
      { status: 'former', quit_year: 2012, pack_years: 19.5 },
    ],
    [
      "Former smoker, quit 2012. Explained that his risk is still above a never-smoker's.",
      { status: 'former', quit_year: 2012 },
    ],
    ['Quit in 2010. Her risk is now close to that of a never smoker.', { status: 'former' }],
    // Control: the patient's own never.
    ['Never smoker. Risk discussed.', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-02-27')).toMatchObject(expected);
  });
});
