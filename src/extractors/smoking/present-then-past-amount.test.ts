import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsml9 (first stop of 2026-12-01): a present-tense amount ("Smokes 1 ppd") followed by a past,
// larger one ("used to smoke 2 ppd", "He smoked 2 ppd in his 30s"): the past is the habit the
// patient cut down from, so current with today's amount (decision 32), unless a quit is told.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a present amount followed by a past larger one stays current (decision 32)', () => {
  it.each<[string, Expected]>([
    ['Smokes 1 ppd, used to smoke 2 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    ['Smokes 10 cig/day. Previously smoked 1 ppd.', { status: 'current', cigarettes_per_day: 10 }],
    ['He smokes 1 ppd. He smoked 2 ppd in his 30s.', { status: 'current', cigarettes_per_day: 20 }],
    ['Smokes 1 ppd. In his 30s he smoked 2 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    [
      'She smokes 5 cigs a day. She smoked a pack a day for 20 years before cutting down.',
      { status: 'current', cigarettes_per_day: 5, years_smoked: 20, pack_years: 5 },
    ],
    [
      'SH: Smokes 1/2 ppd. Used to smoke 2 ppd in his 40s.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Social history: He is smoking about 10 cigarettes a day. He smoked 2 packs a day when he worked construction.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Tobacco: smokes 15 cig/day\nHPI: Pt reports he smoked 3 ppd for many years in the army.',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    [
      'She is still smoking 6 cigarettes daily; she smoked 1.5 ppd in her twenties.',
      { status: 'current', cigarettes_per_day: 6 },
    ],
    [
      'Pt smokes ~1/2 ppd. Smoked 2 ppd x 20 yrs previously.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Tobacco: current smoker, 1/2 ppd\nNarrative: at his heaviest he smoked 3 packs a day in his 30s.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Still smoking 5/day. Smoked 1 ppd in her 40s.', { status: 'current', cigarettes_per_day: 5 }],
    // Controls: already right.
    [
      'Currently smokes 1/2 ppd; smoked 2 ppd in her 40s.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Current smoker, 1 ppd. Smoked 2 ppd when younger.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['Smoked 1 ppd for 20 yrs. Now smokes 5/day.', { status: 'current', cigarettes_per_day: 5 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a quit told after the present amount, or someone else smoking, still makes former', () => {
  it.each<[string, Expected]>([
    ['Smoked 2 ppd, quit 2010.', { status: 'former', quit_year: 2010 }],
    ['Smokes 1 ppd. Used to smoke 2 ppd until he quit last year.', { status: 'former' }],
    ['He smokes 1 ppd. Former smoker.', { status: 'former' }],
    [
      'Smokes 10/day. Previously smoked 1 ppd; quit in 2019.',
      { status: 'former', quit_year: 2019 },
    ],
    [
      'Wife smokes 1 ppd. He smoked 2 ppd in his 30s.',
      { status: 'former', cigarettes_per_day: 40 },
    ],
    ['Smokes 1 ppd. He smoked 2 ppd in his 30s, quit 2015.', { status: 'former', quit_year: 2015 }],
    ['Smokes 1 ppd. Smoked 2 ppd in his 30s. Quit last week.', { status: 'former' }],
    ['Smokes 1 ppd, quit on admission 2 days ago. Smoked 2 ppd in his 30s.', { status: 'former' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
