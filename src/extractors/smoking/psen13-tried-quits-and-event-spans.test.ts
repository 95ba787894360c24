import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fp13c (third stop of 2026-12-01, psen13's items 2 and 3): a quit attempt told with its time and no
// outcome is a try, not a quit (decision 9: ignore quit-tried; a start or a try after "smokes" ends the past
// of a year told after it, context en.terminate.start-after-present-smoking), and a span from a start year
// ending at a life event dated elsewhere ("from 1975 until his MI" with "PMH: MI 2015", decisions 4 and 83).
const answer = (text: string) => runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const check = (cases: [string, Expected][]) =>
  it.each<[string, Expected]>(cases)('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

describe('a quit attempt with its time beside present smoking is no quit (decision 9)', () => {
  check([
    [
      '60 yo M. Smokes 1 ppd. Started smoking in 1979; tried to quit in 2015.',
      { status: 'current', years_smoked: 47, quit_year: null },
    ],
    ['Smokes 1 ppd. Tried to quit in 2015.', { status: 'current', quit_year: null }],
    ['Smokes 1 ppd. Tried to quit 3 years ago.', { status: 'current', quit_year: null }],
    [
      'Smokes 1 ppd. He tried to quit smoking in 2015 with Chantix.',
      { status: 'current', quit_year: null },
    ],
    ['Smokes 10/day. Attempted to quit last year.', { status: 'current', quit_year: null }],
    [
      '64 yo M. Smokes 1 ppd since age 18. Tried to quit in 2019 using patches.',
      { status: 'current', years_smoked: 46 },
    ],
    [
      '64 yo M. Smokes 1 ppd, started in 1979, last quit attempt 2015.',
      { status: 'current', years_smoked: 47, quit_year: null },
    ],
    ['64 yo M. Smokes 1 ppd, started in 1979.', { status: 'current', years_smoked: 47 }],
    ['Smokes 1 ppd. tried to stop in 2019.', { status: 'current', quit_year: null }],
  ]);
});

describe('an attempt told as having worked, or a later quit, is still a quit (controls)', () => {
  check([
    ['Tried to quit in 2015 and succeeded.', { status: 'former', quit_year: 2015 }],
    ['Tried to quit in 2015 and has not smoked since.', { status: 'former', quit_year: 2015 }],
    ['Tried to quit in 2015 successfully.', { status: 'former', quit_year: 2015 }],
    ['Attempted to quit in 2015 and stayed off since.', { status: 'former', quit_year: 2015 }],
    ['Tried to quit smoking in 2015, finally quit in 2018.', { status: 'former', quit_year: 2018 }],
    [
      'Former smoker, quit 2018. Tried to quit in 2015 with patches.',
      { status: 'former', quit_year: 2018 },
    ],
    [
      'Smokes 1 ppd, started in 1979, quit in 2015.',
      { status: 'former', years_smoked: 36, quit_year: 2015 },
    ],
  ]);
});

describe('a span from a start year until a life event dated elsewhere (decisions 4, 83)', () => {
  check([
    [
      'PMH: CAD, MI 2015.\nSH: Smoked 1 ppd from 1975 until his MI.',
      { status: 'former', years_smoked: 40, quit_year: 2015, pack_years: 40 },
    ],
    [
      'PMH: CAD, MI 2015.\nSH: Smoked 1 ppd from 1975 until his heart attack.',
      { years_smoked: 40, quit_year: 2015 },
    ],
    [
      'PMH: CAD s/p CABG x3 (June 2015).\nSH: Smoked 1 ppd from 1975 until his bypass.',
      { years_smoked: 40, quit_year: 2015 },
    ],
    [
      'PMH: NSTEMI 03/2015.\nSH: Smoked from 1975 until his heart attack.',
      { years_smoked: 40, quit_year: 2015 },
    ],
    [
      'SH: Started smoking in 1975 and smoked 1 ppd until a 2015 MI.',
      { status: 'former', years_smoked: 40, quit_year: 2015 },
    ],
    // Controls: the event dated twice differently, or only a relative's, dates nothing.
    [
      'PMH: MI 2012, MI 2018.\nSH: Smoked 1 ppd from 1975 until his MI.',
      { status: 'former', years_smoked: null, quit_year: null },
    ],
    [
      'FHx: father MI 1995.\nSH: Smoked 1 ppd from 1975 until his MI.',
      { status: 'former', years_smoked: null, quit_year: null },
    ],
    [
      'PMH: MI 2012.\nSH: Smoked 1 ppd from 1975 until his 2015 MI.',
      { status: 'former', quit_year: null },
    ],
  ]);
});
