import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen80 (third stop of 2026-12-01, dev80): a bare duration after a telegraphic status head
// (years-after-status-head), a form question printed with "?:" (mentions.ts QUESTION_ROW), a
// restarted period that ran "until" a year (quit-after-relapse, decision 61), a form question about
// another substance whose answer is a bare quit (other-substance-row), and an abstinence since a
// surgery the note dates by name (quit-year-abstinent-since-event, dated_events kind surgery,
// decision 83).
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('"+tob ~30 yrs, 2ppd": a duration right after a status head is the years smoked', () => {
  it.each<[string, Expected]>([
    [
      'SH: +tob ~30 yrs, 2ppd; etoh - quit 10 yrs ago; no ivdu. roofer.',
      { status: 'current', years_smoked: 30, pack_years: 60, quit_year: null },
    ],
    ['SH: tob+ 30 yrs, 1 ppd.', { years_smoked: 30, pack_years: 30 }],
    ['SH: +tobacco 25 yrs, 1ppd.', { years_smoked: 25 }],
    ['SH: current smoker 30 yrs, 1 ppd.', { status: 'current', years_smoked: 30 }],
    ['SH: smoker ~30 yrs, 2ppd.', { years_smoked: 30, brinkman_index: 1200 }],
    ['SH: smokes ~20 yrs, 1/2 ppd.', { years_smoked: 20, pack_years: 10 }],
    ['SH: +cigs ~15 yrs, 10/day.', { years_smoked: 15 }],
    ['SH: tob use ~30 yrs, 2 ppd.', { years_smoked: 30 }],
    ['SH: tob (+) 20-25 yrs, 1 ppd', { years_smoked: 22.5 }],
    ['Social: active smoker 40 years, a pack a day.', { years_smoked: 40, pack_years: 40 }],
    // Controls: a former or never head, an interval back, an age, a bound, another topic.
    ['SH: former smoker 20 yrs, 1 ppd.', { status: 'former', years_smoked: null }],
    ['SH: non-smoker 30 yrs.', { status: 'never', years_smoked: null }],
    ['SH: +tob 5 yrs ago, 1 ppd.', { years_smoked: null }],
    ['SH: smoker 45 yrs old, 1 ppd', { years_smoked: null }],
    ['SH: +tob 30+ yrs, 1 ppd', { years_smoked: null }],
    ['SH: +tob 2 ppd; etoh 20 yrs', { years_smoked: null }],
    ['Pt smokes. Wife smoker 30 yrs.', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a form question printed with "?:" is answered after the colon', () => {
  it.each<[string, Expected]>([
    [
      'Tobacco use:  [ ] Current   [x] Former   [ ] Never\n  Type: cigarettes\n  Amount: 1 ppd\n  How long did you smoke?: "about 40 years"\n  Quit date (mm/yyyy): 10/2016',
      { status: 'former', years_smoked: 40, pack_years: 40, brinkman_index: 800, quit_year: 2016 },
    ],
    ['Tobacco: former\nHow many years did you smoke?: 40', { years_smoked: 40 }],
    [
      'Have you ever smoked?: Yes\nWhen did you quit?: 2010\nHow many years did you smoke?: 25',
      { status: 'former', years_smoked: 25, quit_year: 2010 },
    ],
    ['Do you smoke?: No', { status: 'never' }],
    ['Do you currently smoke?: yes', { status: 'current' }],
    ['Smoker?: no', { status: 'never' }],
    ['Do you drink alcohol?: Yes\nDo you smoke?: no', { status: 'never' }],
    // Control: exposure is not the patient's smoking.
    ['Exposed to second-hand smoke?: Yes', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a restarted period that ran "until" a year ends it (decision 61)', () => {
  it.each<[string, Expected]>([
    [
      'She smoked about 15 cigarettes a day from 1988 to 1999, stopped when her first child was born, then started again in 2004 after her divorce and smoked until 2013, about the same amount. None since 2013.',
      {
        status: 'former',
        years_smoked: 20,
        quit_year: 2013,
        pack_years: 15,
        brinkman_index: 300,
      },
    ],
    [
      'She smoked 15 cigarettes a day from 1988 to 1999, started again in 2004 and kept smoking until 2013.',
      { status: 'former', years_smoked: 20, quit_year: 2013 },
    ],
    [
      'She smoked 15 cigarettes a day from 1988 to 1999, then resumed in 2004 and smoked until 2013.',
      { status: 'former', years_smoked: 20, quit_year: 2013 },
    ],
    [
      'He smoked 1 ppd 1980-2000, quit, then started again in 2005 and smoked until 2010.',
      { status: 'former', years_smoked: 25, quit_year: 2010 },
    ],
    [
      'He smoked a pack a day from 1975 until 1990. He started again in 2000 and smoked until 2012.',
      { status: 'former', years_smoked: 27, quit_year: 2012 },
    ],
    [
      'He quit in 2010, relapsed in 2015 and smoked till 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    // Controls: a present habit after the relapse, a later restart, an abstinence "until".
    [
      'He quit in 2010, relapsed in 2015 and still smokes 1 ppd.',
      { status: 'current', quit_year: null },
    ],
    [
      'He quit in 2010, relapsed in 2015 and smoked until 2019, then started again in 2022, 1 ppd.',
      { status: 'current', quit_year: null },
    ],
    [
      'He quit in 2010, relapsed in 2016, quit, stayed off until 2019 and restarted.',
      { status: 'current', quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a form question about another substance: its answer's quit is not smoking", () => {
  it.each<[string, Expected]>([
    [
      '3. Have you ever smoked cigarettes, cigars or a pipe?  No\n4. Do you use vapes, chew or snuff?  No\n5. Do you drink alcohol?  Not anymore - stopped 20 years ago\n6. Do you use recreational drugs?  No\n7. Who lives with you?  son (he smokes, but outside only)',
      { status: 'never', quit_year: null },
    ],
    ['Do you smoke?  No\nDo you drink alcohol?  Quit 10 years ago.', { status: 'never' }],
    // Controls: the smoking question's own answer, and both asked in one question.
    ['Do you smoke?  Quit 2015\nDo you drink alcohol?  Yes', { status: 'former', quit_year: 2015 }],
    ['Do you smoke or drink alcohol?  Quit smoking 2015', { status: 'former', quit_year: 2015 }],
    ['Do you drink alcohol? No. Do you smoke? quit 2010', { status: 'former', quit_year: 2010 }],
    ['Tobacco: quit 2010\nAlcohol?  stopped 2015', { status: 'former', quit_year: 2010 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('an abstinence since a surgery the note dates by name (decision 83)', () => {
  it.each<[string, Expected]>([
    [
      'Diagnosis: CAD s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA) on 11/08/2022 after NSTEMI.\nTobacco: He smoked about 25 cigarettes a day for 40 years. Has not had a cigarette since the morning of his surgery.\nSternal precautions lifted by CT surgery 01/2023.',
      { status: 'former', quit_year: 2022, years_smoked: 40, cigarettes_per_day: 25 },
    ],
    [
      'CAD s/p CABG x3 on 11/08/2022.\nTobacco: He smoked 25 cigarettes a day for 40 years. Has not had a cigarette since his bypass.',
      { quit_year: 2022 },
    ],
    [
      'CAD s/p CABG x3 on 11/08/2022.\nTobacco: He smoked 25 cigarettes a day for 40 years. Smoke-free since his bypass.',
      { quit_year: 2022 },
    ],
    [
      'CAD s/p CABG x3 on 11/08/2022.\nTobacco: He smoked 25 cigarettes a day for 40 years. He quit before his surgery.',
      { status: 'former', quit_year: 2022 },
    ],
    [
      "NSTEMI on 12/29/2022.\nSH: smoked 1 ppd x 30 yrs; hasn't smoked since the week after his heart attack.",
      { quit_year: 2023 },
    ],
    [
      'PMH: s/p lobectomy 04/2021.\nShe smoked 1 ppd x 20 yrs; she has been smoke-free since her operation.',
      { quit_year: 2021 },
    ],
    [
      'PMH: CABG x3 (LIMA-LAD, SVG-OM) 2015.\nSH: stopped smoking the week before his bypass.',
      { quit_year: 2015 },
    ],
    // Controls: two dated surgeries, none dated, only the service dated, a relative's surgery.
    [
      'PMH: R TKA 3/2019, CABG 2022.\nSH: 1 ppd x 30 yrs. Has not smoked since his surgery.',
      { status: 'former', quit_year: null },
    ],
    [
      'SH: 1 ppd x 30 yrs, off cigarettes since his surgery.',
      { status: 'former', quit_year: null },
    ],
    [
      'Cleared by CT surgery 01/2023.\nSH: 1 ppd x 30 yrs, off cigarettes since his surgery.',
      { quit_year: null },
    ],
    [
      "PMH: CABG 2019.\nSH: 1 ppd x 30 yrs, smoke-free since his wife's surgery.",
      { quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
