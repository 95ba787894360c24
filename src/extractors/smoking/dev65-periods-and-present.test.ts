import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

const answer = (text: string) => runNote(text, 'en', { noteDate: '2024-06-01' }).annotation.smoking;

type Fields = Pick<
  SmokingAnnotation,
  'status' | 'cigarettes_per_day' | 'years_smoked' | 'pack_years' | 'brinkman_index'
>;
const fields = (text: string): Fields => {
  const a = answer(text);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    status: a.status,
    cigarettes_per_day: round(a.cigarettes_per_day),
    years_smoked: a.years_smoked,
    pack_years: round(a.pack_years),
    brinkman_index: round(a.brinkman_index),
  };
};

// dev65 6502 and 6522: a former smoker's periods, each with its amount and its length (decision 73):
// years summed, the amount their time-weighted mean, so the products equal the sums over the periods.
describe('periods of a former smoker, in any order and told by years (decision 73)', () => {
  it.each<[string, Fields]>([
    // A sum written duration first ("N yrs x M ppd + …"), in a label row or in brackets.
    [
      'Former smoker. Pack-years: 12 yrs x 1 ppd + 29 yrs x 2 ppd = 70 pack-years. Quit 2019.',
      {
        status: 'former',
        cigarettes_per_day: 34.15,
        years_smoked: 41,
        pack_years: 70,
        brinkman_index: 1400,
      },
    ],
    [
      'Ex-smoker, quit 2020 (15 yrs x 1 ppd + 10 yrs x 0.5 ppd = 20 pack-years).',
      {
        status: 'former',
        cigarettes_per_day: 16,
        years_smoked: 25,
        pack_years: 20,
        brinkman_index: 400,
      },
    ],
    [
      'Quit in 2012. History: 20 yrs at 1 ppd and 10 yrs at 2 ppd (40 pack-years).',
      {
        status: 'former',
        cigarettes_per_day: 26.67,
        years_smoked: 30,
        pack_years: 40,
        brinkman_index: 800,
      },
    ],
    // The amount before its years, as before, now also across a "+".
    [
      'Former smoker: 1 ppd x 12 yrs + 2 ppd x 29 yrs = 70 pack-years. Quit 2019.',
      {
        status: 'former',
        cigarettes_per_day: 34.15,
        years_smoked: 41,
        pack_years: 70,
        brinkman_index: 1400,
      },
    ],
    // Each period told by a year span.
    [
      'Smoked 1 ppd from 1990 to 2005, then half a pack a day from 2010 until 2020. Former smoker.',
      {
        status: 'former',
        cigarettes_per_day: 16,
        years_smoked: 25,
        pack_years: 20,
        brinkman_index: 400,
      },
    ],
    [
      'Former smoker: 2 ppd 1980-1990, 1 ppd 1990-2010.',
      {
        status: 'former',
        cigarettes_per_day: 26.67,
        years_smoked: 30,
        pack_years: 40,
        brinkman_index: 800,
      },
    ],
    // Around a restart (decision 61), each period with its own amount.
    [
      'Smoking: 1 ppd from 1990 to 2005, then quit for about 5 years; restarted in 2010 at about half a pack a day and quit for good 8/2020.',
      {
        status: 'former',
        cigarettes_per_day: 16,
        years_smoked: 25,
        pack_years: 20,
        brinkman_index: 400,
      },
    ],
    [
      'Smoked a pack a day from 1985 to 1995. Started again in 2000, about half a pack a day. Quit 2010.',
      {
        status: 'former',
        cigarettes_per_day: 15,
        years_smoked: 20,
        pack_years: 15,
        brinkman_index: 300,
      },
    ],
    // One period: its own numbers.
    [
      'Former smoker, 30 pack-years (15 yrs x 2 ppd), quit 2008.',
      {
        status: 'former',
        cigarettes_per_day: 40,
        years_smoked: 15,
        pack_years: 30,
        brinkman_index: 600,
      },
    ],
    // A current smoker's amount is today's (decision 32), not a mean.
    [
      'Current smoker, 1 ppd x 20 yrs.',
      {
        status: 'current',
        cigarettes_per_day: 20,
        years_smoked: 20,
        pack_years: 20,
        brinkman_index: 400,
      },
    ],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('reads the result of a labelled sum, not its first duration', () => {
    expect(answer('Former smoker. Pack-years: 20 yrs x 1 ppd = 20. Quit 2016.')).toMatchObject({
      pack_years: 20,
      years_smoked: 20,
      cigarettes_per_day: 20,
    });
  });
});

// dev65 6504: a peak that is over is not today's amount (decision 32).
describe('a past peak beside the present amount', () => {
  it.each<[string, number]>([
    ['Smokes 1 ppd since age 20; was up to 2 ppd at peak when he was driving long-haul.', 20],
    ['Smokes 1 ppd since age 20; up to 2 ppd at peak.', 20],
    ['Smokes about 10 cigarettes a day, had been up to 40 a day.', 10],
    ['Smokes 1 ppd; was up to 2 ppd at one point.', 20],
  ])('%s → %d', (text, perDay) => {
    expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: perDay });
  });
});

// dev65 6514: "nonsmoker now", "currently a non-smoker" and the Apfel score's "non-smoker" tell the
// present only: former beside a smoking past, never alone.
describe('a non-smoker now', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['Tobacco: former. Apfel score 3 (female, nonsmoker now, PONV hx).', 'former'],
    ['Ex-smoker. Apfel 3 (female, non-smoker, PONV).', 'former'],
    ['Tobacco: quit 1995. Currently non-smoking.', 'former'],
    ['Non-smoker now; used to smoke 1 ppd.', 'former'],
    ['Nonsmoker now.', 'never'],
    ['Currently a nonsmoker.', 'never'],
    ['Apfel score 2 (female, non-smoker).', 'never'],
    ['Nonsmoker at this time. Husband smokes.', 'never'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('keeps the questionnaire history beside the anaesthetist’s "nonsmoker now"', () => {
    expect(
      answer(
        'Tobacco: former - patient writes "smoked a pack and a half a day from age 18 to 50"\nAge: 66\nPlan: Apfel score 3 (female, nonsmoker now, PONV hx).',
      ),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 30,
      years_smoked: 32,
      pack_years: 48,
      quit_year: null,
    });
  });
});

// dev65 6517: a request to weigh a finding against the smoking history is no answer (decision 51).
describe('a request to correlate with the smoking history', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['IMPRESSION: Emphysema; clinical correlation with smoking history recommended.', 'unknown'],
    ["Please correlate with the patient's smoking history.", 'unknown'],
    ['Correlation with smoking status is advised. Patient is a never smoker.', 'never'],
    ['Recommend correlation with smoking history. Smokes 1 ppd.', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });
});
