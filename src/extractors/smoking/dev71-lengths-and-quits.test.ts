import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen71 (first stop of 2026-12-01, dev71: how long people smoked and when they stopped): a last
// cigarette dated by a holiday after a colon, a dated event in a bracket after a comma, bounds
// written ">=" or "at least", a relative's illness as the time of a relapse, a printed prompt in
// brackets before "not provided", a quit on a birthday or at an age reached, the time at a reduced
// amount, a blank row naming vaping, and periods of two amounts bounded by one sentence's years or
// by ages (decision 73).
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a last cigarette dated by a holiday with no year', () => {
  it.each<[string, string, Expected]>([
    [
      '- Cigarettes, about 1.5 ppd x 42 yrs (63 pack-years)\n- Last cigarette: the week before Thanksgiving.',
      '2025-01-08',
      { status: 'former', quit_year: 2024, years_smoked: 42 },
    ],
    [
      'Last cigarette was the week before Christmas.',
      '2025-01-08',
      { status: 'former', quit_year: 2024 },
    ],
    [
      'Ex-smoker. Last cigarette around Christmas.',
      '2026-11-01',
      { status: 'former', quit_year: 2025 },
    ],
    ['Last cig: Easter.', '2026-11-01', { status: 'former', quit_year: 2026 }],
    // Controls: a cigarette before a holiday said in passing, and one this morning.
    [
      'Smokes 1 ppd; last cigarette before Easter was hard to give up',
      '2026-11-01',
      { status: 'current' },
    ],
    [
      'Smokes 10/day. Last cigarette: this morning.',
      '2026-11-01',
      { status: 'current', quit_year: null },
    ],
  ])('%s (%s)', (text, noteDate, expected) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe('a quit told by an event dated in a bracket after a comma (decision 83)', () => {
  it.each<[string, Expected]>([
    [
      'CAD s/p PCI to the mid RCA (DES, 06/2019).\nQuit smoking right after the stent - had smoked about a pack a day for ~30 yrs before that.',
      { status: 'former', quit_year: 2019, years_smoked: 30 },
    ],
    [
      'CAD s/p CABG x3 (LIMA-LAD, SVG-OM; 2014). Smoked 1 ppd, stopped after his bypass.',
      { quit_year: 2014 },
    ],
    [
      'NSTEMI (LAD, treated medically, 3/2018). Quit smoking after the heart attack.',
      { quit_year: 2018 },
    ],
    // Control: two dated MIs date nothing.
    ['Hx: MI (inferior, 2012), MI 2018. Quit smoking after his heart attack.', { quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('bounds written ">=" or "at least" are no amount (decision 20)', () => {
  it.each<[string, Expected]>([
    ['Smokes >= 10 cig/day.', { status: 'current', cigarettes_per_day: null }],
    ['Smokes => 10 cigarettes a day.', { cigarettes_per_day: null }],
    ['Smokes at least 10 cig/day.', { cigarettes_per_day: null }],
    ['Smokes >1 ppd.', { cigarettes_per_day: null }],
    ['Smokes at least a pack a day.', { cigarettes_per_day: null }],
    ['Smoked >= 40 pack-years, quit 2010.', { pack_years: null }],
    [
      'Social/habits: Smokes cigarettes - 10-12/day for the last 8 years.\nDx: Periodontitis, Stage III, Grade C (smoking >= 10 cig/day is a grade modifier).',
      { cigarettes_per_day: 11, years_smoked: 8, brinkman_index: 88 },
    ],
    // Controls: plain amounts.
    ['Smokes 10 cigarettes a day.', { cigarettes_per_day: 10 }],
    ['Smokes 1 ppd.', { cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a relative's illness as the time of a relapse leaves the patient the subject", () => {
  it.each<[string, Expected]>([
    [
      'Tobacco: He first quit in 2008 with the patch, relapsed in 2012 while his wife was ill, and quit for good in Jan 2017 with varenicline.',
      { status: 'former', quit_year: 2017 },
    ],
    [
      'Quit 2008, restarted in 2012 as his father was dying, quit again 2016.',
      { status: 'former', quit_year: 2016 },
    ],
    ['Relapsed in 2015 while her mother was very sick, quit again in 2019.', { quit_year: 2019 }],
    [
      'Started smoking again while her husband was in the hospital; now 10/day.',
      { status: 'current' },
    ],
    // Control: the relative's own smoking.
    ['66 yo M. Never smoked. While his wife was sick, she smoked 1 ppd.', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a history not provided, with the printed prompt in brackets (decision 51)', () => {
  it.each<[string, Expected]>([
    [
      'Smoking history (pack-years / current or former / years since quitting): not provided on requisition.',
      { status: 'unknown' },
    ],
    ['Tobacco use (packs/day, years): not obtained.', { status: 'unknown' }],
    ['Smoking status (current/former/never): not assessed.', { status: 'unknown' }],
    // Control: a filled row.
    ['Smoking (current or former): former, quit 2010.', { status: 'former', quit_year: 2010 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a quit on a birthday or at an age reached is a quit age (decisions 3 and 41)', () => {
  it.each<[string, string, Expected]>([
    [
      'Tobacco: ex-smoker. Smoked 2 ppd from age 18 and quit on his 60th birthday - "four years ago this June."',
      '2023-09-11',
      { years_smoked: 42, pack_years: 84, brinkman_index: 1680, quit_year: 2019 },
    ],
    [
      'Smoked 2 ppd from age 18 and quit when he turned 60.',
      '2026-11-01',
      { years_smoked: 42, quit_year: null },
    ],
    ['Smoked 1 ppd since age 20, quit at his 50th birthday.', '2026-11-01', { years_smoked: 30 }],
    ['Smoked a pack a day from 18 until her 50th birthday.', '2026-11-01', { years_smoked: 32 }],
    ['Started at 16, stopped smoking when she reached 45.', '2026-11-01', { years_smoked: 29 }],
    // Control: a planned quit.
    [
      'Smokes 1 ppd since age 20, plans to quit on his 50th birthday.',
      '2026-11-01',
      { status: 'current' },
    ],
  ])('%s', (text, noteDate, expected) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe('the time at a reduced amount is not the years smoked (decision 32)', () => {
  it.each<[string, Expected]>([
    [
      'Mr. Delacroix is a 58-year-old supervisor. He started smoking at 16. Worked up to 2 packs a day in his 40s; he has been down to about half a pack a day for the past 2 years and wants to get to zero.',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 42, pack_years: 21 },
    ],
    [
      '50 yo F, smoker since age 20, has cut back to 5/day for the last 6 months.',
      { years_smoked: 30 },
    ],
    ['45 yo M, smokes since 25, now down to 10 a day for 3 years.', { years_smoked: 20 }],
    // Controls: a former smoker's period, and a duration at the one amount.
    [
      'Smoked 2 ppd for 10 years, then cut down to 1 ppd for 20 years; quit 2010.',
      { years_smoked: 30 },
    ],
    ['Smokes 1 ppd for the past 20 years.', { years_smoked: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('vaping named in a blank row is no answer (decisions 34 and 51)', () => {
  it.each<[string, Expected]>([
    ['Tobacco/vape use: ______\nCC: none.', { status: 'unknown' }],
    ['Tobacco/vaping: ____', { status: 'unknown' }],
    // Controls: vaping told.
    ['Vapes daily, never smoked cigarettes.', { status: 'never' }],
    ['Vape use: yes, daily.', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('two amounts bounded by years in one sentence, or by ages (decision 73)', () => {
  it.each<[string, Expected]>([
    [
      'Smoking: Started in 1980 at a pack a day; in 1990 he went up to two packs a day and stayed there until he quit in 2015.',
      { cigarettes_per_day: 34.2857, years_smoked: 35, brinkman_index: 1200, quit_year: 2015 },
    ],
    [
      'Smoking history: she smoked a pack a day from 18 to 30, then cut down to about half a pack a day until she quit at 50.',
      { cigarettes_per_day: 13.75, years_smoked: 32, pack_years: 22, brinkman_index: 440 },
    ],
    [
      'Smoked 2 ppd from age 20 to 40, then 1 ppd until he quit at 60.',
      { cigarettes_per_day: 30, years_smoked: 40 },
    ],
    // Control: one amount over the whole span.
    [
      'Smoked a pack a day from 18 to 40 and quit at 40.',
      { cigarettes_per_day: 20, years_smoked: 22 },
    ],
  ])('%s', (text, expected) => {
    const got = answer(text);
    for (const [field, value] of Object.entries(expected)) {
      const v = got[field as keyof SmokingAnnotation];
      if (typeof value === 'number') expect(v as number).toBeCloseTo(value, 2);
      else expect(v).toEqual(value);
    }
  });
});
