import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fp12a (third stop of 2026-12-01, psen12's items 1, 7, 10, 11, 14, 16, 19 and 20): telegraphic status
// forms. A bare sign or zero beside the tobacco word, the T/E/D triple, "non-smoker" with a former cue,
// "Hx" for "history of", a history not obtained, "PL:" as a problem list, abstention, and hookah and
// cigarillo names.
const answer = (text: string) => runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const check = (cases: [string, Expected][]) =>
  it.each<[string, Expected]>(cases)('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

describe('a bare minus, -ve, 0, nil, N or Ø beside the tobacco word is a denial', () => {
  check([
    ['SH: Tob -', { status: 'never' }],
    ['Tob-', { status: 'never' }],
    ['SH: Married, 2 kids. Tob -. EtOH socially.', { status: 'never' }],
    ['SH: tob -, etoh +, drugs -', { status: 'never' }],
    ['SH: tob/EtOH/drugs - denies all', { status: 'never' }],
    ['SH: Tob - EtOH - Drugs -', { status: 'never' }],
    ['Tobacco -ve', { status: 'never' }],
    ['SH: -ve tob', { status: 'never' }],
    ['SH: Tob 0, EtOH 0', { status: 'never' }],
    ['SH: tobacco nil', { status: 'never' }],
    ['SH: tob N', { status: 'never' }],
    ['SH: Ø tob', { status: 'never' }],
    ['SH: - tobacco', { status: 'never' }],
    ['SH: -EtOH -tob -illicits', { status: 'never' }],
    ['HPI: denies smoking.\nSH: Tob -\nA/P: no tobacco use.', { status: 'never' }],
    // The colon forms stay denials.
    ['tob: -', { status: 'never' }],
    ['SH: TOB: -', { status: 'never' }],
    // Controls: a dash before a value is a separator; a plus is a plus; a dash glued to the next
    // habit is that habit's sign; a status adjective before the word keeps its status.
    ['SH: Tob - 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    ['Smoking - a pipe on weekends', { status: 'current' }],
    ['SH: Tobacco - quit 2010', { status: 'former', quit_year: 2010 }],
    ['SH: +tob -etoh', { status: 'current' }],
    ['SH: tob +, etoh -', { status: 'current' }],
    ['SH: former smoker -\nEtOH -', { status: 'former' }],
    ['Quit date: -', { status: 'unknown' }],
    ['"No Smoking - Oxygen in Use" sign posted', { status: 'unknown' }],
  ]);
});

describe('the T/E/D and T/A/D triples name tobacco first', () => {
  check([
    ['SH: Denies T/E/D', { status: 'never' }],
    ['SH: no T/E/D', { status: 'never' }],
    ['SH: T/E/D: denies', { status: 'never' }],
    ['SH: T/A/D: none', { status: 'never' }],
    ['SH: TAD: neg', { status: 'never' }],
    ['SH: -T/-E/-D', { status: 'never' }],
    ['SH: T-/E-/D-', { status: 'never' }],
    ['SH: T- E- D-', { status: 'never' }],
    ['SH: (-)T/E/D', { status: 'never' }],
    ['SH: +T, -E, -D', { status: 'current' }],
    ['SH: T+/E-/D-', { status: 'current' }],
    ['SH: T+ E- D-', { status: 'current' }],
    // Controls: a bare triple, other letters, "a tad".
    ['SH: T/E/D', { status: 'unknown' }],
    ['BP 120/80, T 37.1, E/D ratio normal', { status: 'unknown' }],
    ['Feels a tad: no better', { status: 'unknown' }],
  ]);
});

describe('"non-smoker" with a former cue is former', () => {
  check([
    ['SH: non-smoker (ex)', { status: 'former' }],
    ['SH: Non-smoker (ex-smoker)', { status: 'former' }],
    ['SH: Non smoker, previous smoker', { status: 'former' }],
    ['SH: non-smoker, smoked in the past', { status: 'former' }],
    ['SH: currently a non-smoker, smoked in the past', { status: 'former' }],
    ['SH: nonsmoker (stopped)', { status: 'former' }],
    ['SH: Not a smoker now, used to be', { status: 'former' }],
    ['SH: does not smoke now but did in the past', { status: 'former' }],
    // A former smoker's amount stays (decision 1 and the former-smoker notes of dev).
    ['SH: Non-smoker, formerly 1 ppd', { status: 'former', cigarettes_per_day: 20 }],
    // Controls.
    ['SH: non-smoker, husband smoked', { status: 'never' }],
    ['SH: Non-smoker, no alcohol', { status: 'never' }],
  ]);
});

describe('"Hx" for "history of", and a bare smoking history, are not current', () => {
  check([
    ['SH: Hx smoking', { status: 'former' }],
    ['SH: hx tob use', { status: 'former' }],
    ['A/P: Hx tobacco use', { status: 'former' }],
    ['SH: Hx: smoking', { status: 'former' }],
    // Decision 59: a history told alone is "ever", as "Smoking history: yes".
    ['SH: smoking hx', { status: 'unknown' }],
    ['SH: Significant smoking history.', { status: 'unknown' }],
    // Controls: a section label, a denial, a present amount.
    ['Social hx: smoking 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    ['SH: no hx tobacco', { status: 'never' }],
    ['SH: smoking hx, 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    ['SH: remote smoking history', { status: 'former' }],
  ]);
});

describe('a smoking history not obtained or unknown is unknown (decision 51)', () => {
  check([
    ['SH: unknown tobacco use', { status: 'unknown' }],
    ['SH: Smoking hx not obtained.', { status: 'unknown' }],
    ['SH: tobacco hx unavailable', { status: 'unknown' }],
    ['SH: Smoking hx unobtainable', { status: 'unknown' }],
    ['SH: Tobacco use: never', { status: 'never' }],
  ]);
});

describe('"PL:" is a problem list (decision 16)', () => {
  check([
    ['SH: Denies tobacco.\nPL: Tobacco use disorder', { status: 'never' }],
    ['PL: Tobacco use disorder\nSH: Tob: never', { status: 'never' }],
    ['PL: Former smoker\nSH: smokes 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    [
      'PL: History of tobacco use (Z87.891)\nSH: smokes 1 ppd',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['PL: Tobacco use disorder', { status: 'current' }],
  ]);
});

describe('abstention, hookah names and cigarillo brands', () => {
  check([
    ['SH: abstains from tobacco and alcohol', { status: 'never' }],
    ['SH: refrains from smoking', { status: 'never' }],
    ['SH: tobacco abstinent', { status: 'former' }],
    ['SH: has abstained from smoking since 2015', { status: 'former', quit_year: 2015 }],
    ['SH: shisha on weekends', { status: 'current' }],
    ['SH: argileh on weekends', { status: 'current' }],
    ['SH: Black & Milds daily', { status: 'current', cigarettes_per_day: null }],
  ]);
});
