import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen81 (third stop of 2026-12-01, dev81): a slash-paired row label ("Tobacco/nicotine use:"),
// chewing tobacco with words between the verb and "tobacco", advice that cuts a child's exposure
// to a smoker, a cut-down told as "gone from a pack a day to half a pack" with a hope to be done by
// a quit date, and a relapse told as a bare "started back" with today's amount.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a slash-paired row label answers for tobacco (decision 10)', () => {
  it.each<[string, Expected]>([
    ['Tobacco/nicotine use: denies any use, past or present.', { status: 'never' }],
    ['Tobacco/nicotine use: denies any use.', { status: 'never' }],
    ['Tobacco / nicotine use: denies any use, past or present.', { status: 'never' }],
    ['Tobacco/vaping: denies any use, past or present.', { status: 'never' }],
    ['Tobacco/ETOH: denies both, past or present.', { status: 'never' }],
    ['Tobacco/alcohol: denies any use, past or present.', { status: 'never' }],
    // Controls: other values of the same label.
    ['Tobacco/nicotine use: former, quit 2015.', { status: 'former', quit_year: 2015 }],
    ['Tobacco/nicotine use: current, 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    ['Tob/EtOH: +/-', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('chewing tobacco alone is no smoking (decision 11)', () => {
  it.each<string>([
    'Habits: Chews loose-leaf tobacco on his route most days, keeps it in the lower lip on the right.',
    'Chews loose leaf tobacco daily.',
    'He chews Red Man loose-leaf tobacco every day.',
    'Chewing loose-leaf tobacco since age 18.',
    'Has chewed twist tobacco for 20 years.',
  ])('%s', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it.each<[string, Expected]>([
    ['Chews loose-leaf tobacco; smokes 1 ppd.', { status: 'current', cigarettes_per_day: 20 }],
    ['Chews loose-leaf tobacco; quit cigarettes in 2010.', { status: 'former', quit_year: 2010 }],
    ['Chews tobacco; quit smoking in 2010.', { status: 'former', quit_year: 2010 }],
    ['Chews loose-leaf tobacco x 25 years; quit in 2018.', { status: 'unknown', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("advice that cuts a child's exposure to a smoker is counselling (decisions 7, 15)", () => {
  it.each<string>([
    '2 yo M with bronchiolitis. SH: lives w/ mom, mom smokes but always outside.\ndispo: home. smoke-free home/car + clothes change after smoking discussed with mom',
    '2 yo M.\nchange clothes after smoking, discussed with mom',
    '4 mo F with cough. Dad smokes.\nCounseled parents on changing clothes and washing hands after smoking.',
    '6 mo M.\nDiscussed with mom: no smoking around the baby, change of shirt after each cigarette.',
  ])('%s', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it.each<[string, Expected]>([
    ['He changes his shirt after smoking so his wife does not notice.', { status: 'current' }],
    [
      '45 yo M. Smokes 1 ppd. Advised to change clothes after smoking before holding his grandson.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a cut-down "from a pack a day to half a pack" with a quit date ahead (decisions 9, 32, 44)', () => {
  it.each<[string, Expected]>([
    [
      'Started bupropion for smoking cessation. She says it is helping: she has gone from a pack a day to about half a pack and hopes to be done by her quit date on 12/1.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'Started bupropion for smoking cessation. She is down from a pack a day to half a pack.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'She is down from a pack a day to half a pack; hopes to be done with smoking by Christmas.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      'Went from 1.5 ppd to half a pack, hoping to be finished by 12/1.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Has gone from a pack a day to about 3/4 of a pack.', { cigarettes_per_day: 15 }],
    [
      'On varenicline. He has gone from 2 packs a day to 1 pack and wants to be off cigarettes by his quit date in January.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // Controls: staying off is a former smoker's; a plain amount and a quit stay as they were.
    [
      'Former smoker, quit 2019; wants to stay off cigarettes.',
      { status: 'former', quit_year: 2019 },
    ],
    ['Has been off cigarettes since 2019.', { status: 'former', quit_year: 2019 }],
    [
      'Smokes 10 a day; trying to get off cigarettes.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['Smoked a pack a day to age 40.', { status: 'former', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a relapse's amount told today, before a later relapse word (decision 9)", () => {
  it.each<[string, Expected]>([
    [
      'Smoking: had quit in 2019, but started back during the COVID lockdown and never stopped; now about 6 cigarettes a day.\nA/P: Tobacco use - relapsed.',
      { status: 'current', cigarettes_per_day: 6, quit_year: null },
    ],
    [
      'Quit in 2019 but started back last year, now 10 cigarettes a day.',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'Smoking: had quit in 2019 but could not stay away from them; now about 6 cigarettes a day.\nA/P: Tobacco use - relapsed.',
      { status: 'current', cigarettes_per_day: 6 },
    ],
    [
      'Smoking: quit in 2019, lapsed during the lockdown; now about 6 cigarettes a day.\nA/P: Tobacco use - relapsed.',
      { status: 'current', cigarettes_per_day: 6 },
    ],
    // Controls: an old period's amount before a dated quit still gives way to the relapse's.
    [
      'Smoked 2 ppd until 1996, quit then. Took it up again in 2020, a few cigarettes a day.',
      { status: 'current', cigarettes_per_day: null },
    ],
    ['She quit her job in 2019 and started back at school.', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
