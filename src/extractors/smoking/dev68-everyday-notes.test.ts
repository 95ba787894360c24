import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen68 (first stop of 2026-12-01, dev68 and left-overs): advice told as a mandative clause, a
// negated clause closed by a reflexive after a relative, Brinkman factors with units, a spell
// "without a cigarette" ended by a comma, counts for some days of the week only, findings read as
// related to smoking, and a form's conditional prompt before blanks.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const check = (cases: [string, Expected][]) =>
  it.each<[string, Expected]>(cases)('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

describe('advice told as "advised she quit" is counselling, not a quit', () => {
  check([
    [
      'Current smoking - discussed stroke risk. Also advised she quit; she may try after the move next month.',
      { status: 'current' },
    ],
    ['Smokes 1 ppd. I advised he quit smoking.', { status: 'current', cigarettes_per_day: 20 }],
    ['Current smoker. Recommended she stop smoking.', { status: 'current' }],
    [
      'Smoking status: Current Every Day Smoker. Advised patient quit smoking.',
      { status: 'current' },
    ],
    ['Advised she quit.', { status: 'unknown' }],
    // Controls: a quit the clause times or tells as done.
    ['Former smoker. Advised she quit in 2010 per her PCP.', { status: 'former', quit_year: 2010 }],
    [
      'The cardiologist advised he quit, which he did 5 years ago.',
      { status: 'former', quit_year: 2021 },
    ],
  ]);
});

describe('a negated clause closed by a reflexive after a relative is the patient', () => {
  check([
    [
      '58 y/o F. She asked about lung cancer screening: her mother, a 2-pack-a-day smoker, died of lung cancer at 66. She has never smoked herself, so LDCT is not indicated.',
      { status: 'never', cigarettes_per_day: null },
    ],
    [
      'His father, a 2-pack-a-day smoker, died at 60. He has never smoked himself.',
      { status: 'never' },
    ],
    ['58 yo F. Mother was a heavy smoker. She does not smoke herself.', { status: 'never' }],
    // Controls: no reflexive, a positive clause, a pronoun of the other sex.
    ['Her mother smoked. She has never smoked.', { status: 'unknown' }],
    ['62 yo F. Her sister smokes 1 ppd. She is trying to quit herself.', { status: 'unknown' }],
    ['60 yo M. His wife smokes. She has never smoked herself.', { status: 'unknown' }],
  ]);
});

describe('Brinkman factors written with units give the daily count (decision 40)', () => {
  check([
    [
      'Smoking: Brinkman index 450 (15 cigarettes x 30 years). Stopped smoking in 2019.',
      {
        status: 'former',
        cigarettes_per_day: 15,
        years_smoked: 30,
        pack_years: 22.5,
        brinkman_index: 450,
        quit_year: 2019,
      },
    ],
    ['Brinkman index: 450 (15 cigs x 30 yrs), quit 2019.', { cigarettes_per_day: 15 }],
    ['Brinkman index 300 = 10 cigarettes \u00d7 30 years; ex-smoker.', { cigarettes_per_day: 10 }],
    ['Smoked 15 cigarettes x 30 years, quit 2019.', { cigarettes_per_day: 15, years_smoked: 30 }],
    // Control: the end of a range is no count of its own.
    ['SH: smokes 20-40 cigs/day x 35 yrs.', { cigarettes_per_day: 30, years_smoked: 35 }],
  ]);
});

describe('a comma ends a spell "without a cigarette" before the present habit', () => {
  check([
    [
      'Went 3 days without a cigarette, smokes 1 ppd.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'Spent 2 days in hospital without a smoke, smokes 1 ppd at home.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      "Can't go an hour without a cigarette; smokes 1 ppd.",
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // Controls: a list after the comma stays negated.
    ['Has gone without tobacco, smoking or vaping since 2015.', { status: 'never' }],
    ['Denies smoking, cigarettes or cigars.', { status: 'never' }],
  ]);
});

describe('a count for some days of the week only is no daily rate (decision 62)', () => {
  check([
    [
      'Smokes up to 10 a day on weekends, none during the week.',
      { status: 'current', cigarettes_per_day: null },
    ],
    [
      'Smokes 8 cigarettes per day on weekends only.',
      { status: 'current', cigarettes_per_day: null },
    ],
    ['Tobacco: 10 a day on weekends only.', { status: 'current', cigarettes_per_day: null }],
    [
      'Smokes half a pack a day on weekends, none on weekdays.',
      { status: 'current', cigarettes_per_day: null },
    ],
    ['Smokes ~10 cigs/day on weekends; none M-F.', { status: 'current', cigarettes_per_day: null }],
    // Controls: an amount with more on weekends, and every day's amount.
    ['Smokes 10 a day, more on weekends.', { cigarettes_per_day: 10 }],
    ['Smokes 10 cigarettes a day.', { cigarettes_per_day: 10 }],
  ]);
});

describe('a finding read as related to smoking is no smoking history (decision 35)', () => {
  check([
    [
      'CT chest: centrilobular emphysema, upper lobe predominant. Findings may relate to smoking.',
      { status: 'unknown' },
    ],
    ['Respiratory bronchiolitis, consistent with smoking.', { status: 'unknown' }],
    ['Impression: Emphysema, likely smoking related.', { status: 'unknown' }],
    // Controls: a test that measures smoking, and a history beside the finding.
    ['Urine cotinine positive, consistent with active smoking.', { status: 'current' }],
    [
      'Former smoker, quit 2015. Emphysema, consistent with smoking history.',
      { status: 'former', quit_year: 2015 },
    ],
  ]);
});

describe('a conditional form prompt before blanks is no answer', () => {
  check([
    ['Smoker? No\nIf former smoker, year quit ______', { status: 'never', quit_year: null }],
    ['Smoker? No\nIf former smoker:\n  Year quit: ____', { status: 'never' }],
    ['Smoker? Yes\nIf former smoker, year quit ______', { status: 'current' }],
    // Control: a filled field after the prompt still speaks.
    ['Smoker? No\nIf former smoker, year quit 2010', { status: 'former', quit_year: 2010 }],
  ]);
});
