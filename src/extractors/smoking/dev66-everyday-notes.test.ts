import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen66 (ninth stop of 2026-11-30, dev66): a relative named in a one-line family-history field,
// a pedigree row "Father, 73:", blank form fields with no colon, an approximate end age of a
// span, and a bare quit wish after vaping in the sentence.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a relative in a one-line family-history field is no topic on a later line', () => {
  it.each<[string, Expected]>([
    [
      'Mr. D is a 64-year-old man. Family history: brother had CABG at 58.\nHe smoked about a pack and a half a day from 1988 to 2006 and has not smoked since.',
      { status: 'former', cigarettes_per_day: 30, years_smoked: 18, quit_year: 2006 },
    ],
    [
      '64 y/o M. FH: father with COPD, died at 70.\nHe smokes 1 ppd x 30 yrs.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    [
      '58 y/o F. Family history: mother had breast cancer.\nShe quit smoking in 2012.',
      { status: 'former', quit_year: 2012 },
    ],
    // Controls: the same line, the other sex than the patient's, a section header on its own line.
    ['64 y/o M. FH: father with COPD, died at 70. He smoked 3 ppd.', { status: 'unknown' }],
    [
      '58 y/o F. Family history: father had MI at 50.\nHe smoked 2 ppd for 40 years.',
      { status: 'unknown' },
    ],
    [
      '64 y/o M.\nFAMILY HISTORY:\nBrother had CABG at 58.\nHe smoked 2 ppd for 30 years.',
      { status: 'unknown' },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a pedigree row "Father, 73:" is about the relative to the end of the line', () => {
  it.each<[string, Expected]>([
    [
      '45 y/o man.\n - Father, 73: lung adenocarcinoma dx 2024. Smoked two packs a day for ~40 years; still smokes.',
      { status: 'unknown', cigarettes_per_day: null },
    ],
    ['Pedigree:\n- Brother, 50 yo: COPD. Smokes 1 ppd.', { status: 'unknown' }],
    ['Father, 73: smokes 2 ppd.', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a blank form field with no colon says nothing', () => {
  it.each<[string, Expected]>([
    [
      '5. Have you ever smoked tobacco?     ☐ Yes  ☒ No\n      If yes: packs per day ____  for how many years ____  quit (year) ____',
      { status: 'never' },
    ],
    [
      'Ever smoked? [ ] Yes [x] No. If yes: packs per day ____ years ____ quit date ____',
      { status: 'never' },
    ],
    ['Do you smoke? ☐ Yes ☒ No   Quit year ____', { status: 'never' }],
    // Controls: filled values stay.
    ['Former smoker, quit 2010. Packs per day ____', { status: 'former', quit_year: 2010 }],
    ['Current smoker, 1 ppd. Quit date ____', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('an approximate end age closes an age span (decisions 3, 20)', () => {
  it.each<[string, Expected]>([
    ['She smoked from age 16 to about 40 and quit more than 30 years ago.', { years_smoked: 24 }],
    ['Smoked from age 18 until about age 45, quit.', { years_smoked: 27 }],
    ['Smoked from ages 16 to around 40.', { years_smoked: 24 }],
    ['Smoked 1 ppd from age 20 to roughly 50.', { years_smoked: 30, pack_years: 30 }],
    ['He smoked between the ages of 20 and about 45.', { years_smoked: 25 }],
    // Control: an amount, not an age.
    ['Smoked from age 16 to about 20 cigarettes a day.', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a bare quit wish after vaping in the sentence is about vaping', () => {
  it.each<[string, Expected]>([
    [
      'Vapes daily. Has never smoked cigarettes. Discussed vaping and airway irritation; he is not interested in quitting right now.',
      { status: 'never' },
    ],
    ['Uses a Juul daily; not interested in quitting.', { status: 'never' }],
    // Controls: tobacco named.
    [
      'Smokes 1 ppd. Discussed vaping as an alternative; he is not interested in quitting.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['Smokes cigarettes daily; not ready to quit.', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
