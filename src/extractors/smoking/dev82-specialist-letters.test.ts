import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsen82 (third stop of 2026-12-01, dev82, specialist letters): a start age before a spaced dash
// read as a range's low end, a letter's "Name, 61 y" age, a present level told as a bare number
// after a past daily amount, a quit dated by a decade of life, "on the 2nd of February" with the day
// first, a history not reached in the visit, a second period told as "the N years before he
// stopped", and a cessation service's dated certificate against an approximate interval.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a start age is no low end of a range (dev82 8203)', () => {
  it.each<[string, Expected]>([
    [
      'Age 52. "I\'ve smoked since I was fourteen - twenty a day, roll-ups mostly."',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 38 },
    ],
    [
      'Age 52. He has smoked since he was 14 - 20 a day.',
      { cigarettes_per_day: 20, years_smoked: 38 },
    ],
    ['Age 52. He has smoked since he was 14 - 20 cigarettes a day.', { cigarettes_per_day: 20 }],
    ['Age 52. He has smoked since age 14 - twenty a day.', { cigarettes_per_day: 20 }],
    [
      'Age 52. Smoker since the age of fifteen - ten a day.',
      { cigarettes_per_day: 10, years_smoked: 37 },
    ],
    // Controls: real ranges.
    ['Age 52. Smokes ten - twenty a day.', { cigarettes_per_day: 15 }],
    ['Age 52. Smokes 10 - 20 cigarettes a day.', { cigarettes_per_day: 15 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('an age after the name in a letter, with a unit (dev82 8205; decision 3)', () => {
  it.each<[string, Expected]>([
    [
      'Re: Mr. Colin BAPTISTE, 61 y\nHe has smoked since the age of 16, about fifteen a day.',
      { years_smoked: 45 },
    ],
    [
      'Re: Mr. Colin BAPTISTE, 61 yrs\nHe has smoked since the age of 16, about fifteen a day.',
      { years_smoked: 45 },
    ],
    [
      'Re: Mr. Colin BAPTISTE, 61\nHe has smoked since the age of 16, about fifteen a day.',
      { years_smoked: 45 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a present level told as a bare number after a past daily amount (decisions 9/32)', () => {
  it.each<[string, Expected]>([
    [
      'He has smoked since the age of 16. At his heaviest, in his thirties, he was on forty a day; these days it is about fifteen.',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    [
      'At his heaviest he smoked forty a day; now it is about fifteen.',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    ['He used to smoke 40 a day, now about 15.', { status: 'current', cigarettes_per_day: 15 }],
    [
      "He smoked forty a day in his thirties; these days it's nearer fifteen.",
      { status: 'current', cigarettes_per_day: 15 },
    ],
    [
      'He smoked two packs a day at his worst; nowadays it is about ten.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['He used to smoke 40 a day, now down to 15.', { status: 'current', cigarettes_per_day: 15 }],
    ['He smoked 20 a day but is down to 5 now.', { status: 'current', cigarettes_per_day: 5 }],
    ['Smokes, was 30 a day, now 10.', { status: 'current', cigarettes_per_day: 10 }],
    ['Smoked 20 a day; currently 10-15.', { status: 'current', cigarettes_per_day: 12.5 }],
    // Controls: an age, a time, a quit after the amount.
    ['He smoked 20 a day from age 15, now 35.', { status: 'former', cigarettes_per_day: 20 }],
    [
      'Smoked 10 cigarettes a day for 20 years, quit in 2010, now 64.',
      { status: 'former', cigarettes_per_day: 10 },
    ],
    [
      'He smokes 20 a day, now 3 years after his MI.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      'He smoked 20 a day, now 10 years smoke-free.',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2016 },
    ],
    [
      'Smokes 15 a day; now 2 weeks into a quit attempt.',
      { status: 'current', cigarettes_per_day: 15 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a quit dated by a decade of life is former with no quit year (dev82 8210; decisions 29/41)', () => {
  it.each<[string, Expected]>([
    [
      'He smoked about fifteen cigarettes a day for about 25 years and stopped in his early forties.',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 25, quit_year: null },
    ],
    [
      'He smoked 15 a day for 25 years and quit in his forties.',
      { status: 'former', quit_year: null },
    ],
    ['She smoked a pack a day and gave up in her late 30s.', { status: 'former', quit_year: null }],
    ['He stopped smoking in his mid-fifties.', { status: 'former', quit_year: null }],
    // Controls: a relapse after it, another habit, a relative.
    [
      'He smoked for 25 years and stopped in his early forties, but restarted last year and smokes 10 a day.',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    ['He drank heavily and stopped in his early forties.', { status: 'unknown' }],
    ['He smokes 10 a day; his father stopped in his early forties.', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a quit date with the day before the month (dev82 8211; decisions 57/88)', () => {
  it.each<[string, Expected]>([
    [
      'He was a smoker. He stopped on the 2nd of February this year, specifically to be ready for his operation.',
      { status: 'former', quit_year: 2026 },
    ],
    ['He stopped smoking on the 2nd of February this year.', { status: 'former', quit_year: 2026 }],
    ['Former smoker, quit on 2 February this year.', { status: 'former', quit_year: 2026 }],
    ['He stopped smoking on the 2nd of February.', { status: 'former', quit_year: 2026 }],
    ['He quit smoking on the 2nd of February 2019.', { status: 'former', quit_year: 2019 }],
    // Control: a plan.
    [
      'He plans to stop smoking on the 2nd of December this year.',
      { status: 'current', quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2026-04-22')).toMatchObject(expected);
  });
});

describe('a smoking history not reached in the visit is no answer (dev82 8217; decision 51)', () => {
  it.each<string>([
    'We ran out of time today before I could go through the rest of his social history, including smoking, alcohol and his work exposures; I have asked the clinic nurse to complete this with him by telephone next week.',
    'I did not have time to go through his social history, including smoking.',
    'We did not get to his smoking history today.',
    'The nurse will complete the rest of his social history, including smoking and alcohol, by phone.',
    'I could not ask about smoking as he was too drowsy.',
  ])('%s', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it.each<[string, Expected]>([
    [
      'We ran out of time before I could go through his history. He smokes 10 a day.',
      { status: 'current' },
    ],
    [
      'We went through his social history, including smoking: he smokes 10 a day.',
      { status: 'current' },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a second period told as the years before the quit (dev82 8214; decision 73)', () => {
  it.each<[string, Expected]>([
    [
      'He smoked a pack a day for about 30 years and then cut down to around ten a day for the ten years before he stopped completely in 2015.',
      {
        status: 'former',
        cigarettes_per_day: 17.5,
        years_smoked: 40,
        pack_years: 35,
        quit_year: 2015,
      },
    ],
    [
      'He smoked ten a day for the 10 years before he quit.',
      { years_smoked: 10, cigarettes_per_day: 10 },
    ],
    [
      'He smoked 2 ppd for 20 years, then a pack a day for the 5 years prior to quitting in 2001.',
      { years_smoked: 25, cigarettes_per_day: 36, quit_year: 2001 },
    ],
    // Control: the years before another event.
    [
      'He smoked a pack a day for the five years before his MI in 2015, and quit in 2016.',
      { years_smoked: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a cessation service's dated record beats an approximate interval (dev82 8222; decision 89)", () => {
  it.each<[string, Expected]>([
    [
      'On smoking, he tells me he stopped "about three years ago", but he brought along the certificate from the hospital quit program, which is dated 14 September 2021 - so it has in fact been more than four years. He had smoked a pack a day from 1988 until then.',
      { status: 'former', quit_year: 2021, years_smoked: 33 },
    ],
    [
      'He says he quit smoking about 5 years ago; his stop-smoking service certificate is dated March 2019.',
      { quit_year: 2019 },
    ],
    [
      'Former smoker, quit about 5 years ago. His quit card from the cessation clinic is dated 3/12/2018.',
      { quit_year: 2018 },
    ],
    [
      'Former smoker. The smoking cessation clinic discharge letter, dated 12 May 2018, confirms he quit.',
      { quit_year: 2018 },
    ],
    // Controls: a record that is not the quit's.
    [
      'He smokes 10 a day. His referral letter is dated 14 September 2021.',
      { status: 'current', quit_year: null },
    ],
    ['He quit smoking about 3 years ago. His driving licence is dated 2019.', { quit_year: 2023 }],
    [
      'He quit drinking. His quit program certificate is dated 2019.',
      { status: 'unknown', quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
