import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fp10a (second stop of 2026-12-01, prober psen10's items 1, 3, 11, 13 and 20): another thing's
// duration or since-year joined to the smoking clause by "and" / "but", a past year in another
// clause before a present habit, an abstinence's length, a dated quit of another substance before
// the tobacco's, and a relative's quit or years told by a pronoun or an apposition.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a time in a clause about something else, joined by "and" / "but", is not the smoking\'s', () => {
  it.each<[string, Expected]>([
    [
      'He has been diabetic for 15 years and smokes a pack a day.',
      { status: 'current', cigarettes_per_day: 20, years_smoked: null, pack_years: null },
    ],
    [
      'She has been married for 15 years but smokes a pack a day.',
      { cigarettes_per_day: 20, years_smoked: null },
    ],
    [
      'On home oxygen for 2 years and still smokes a pack a day.',
      { status: 'current', years_smoked: null },
    ],
    [
      'He has been married for 30 years and quit smoking 5 years ago.',
      { status: 'former', quit_year: 2021, years_smoked: null },
    ],
    [
      'She has worked as a waitress for 30 years and used to smoke a pack a day.',
      { status: 'former', years_smoked: null },
    ],
    [
      'Smokes a pack a day and has been diabetic for 15 years.',
      { cigarettes_per_day: 20, years_smoked: null },
    ],
    [
      'He has been sober from alcohol since 2010 and quit smoking in 2015.',
      { status: 'former', quit_year: 2015, years_smoked: null },
    ],
    [
      'Has had diabetes since 2015 and smokes a pack a day.',
      { status: 'current', years_smoked: null },
    ],
    ['Has been on methadone since 2019 and smokes a pack a day.', { years_smoked: null }],
    ['He has been retired for 10 years and smokes a pack a day.', { years_smoked: null }],
    ['Smokes 1 ppd and has been on insulin for 12 years.', { years_smoked: null }],
    // A time of marijuana smoking is the marijuana's.
    [
      'Smokes 1 ppd; has smoked marijuana since 2010.',
      { cigarettes_per_day: 20, years_smoked: null },
    ],
    [
      'Quit smoking cigarettes in 2015; still smokes marijuana daily since 2010.',
      { status: 'former', quit_year: 2015, years_smoked: null },
    ],
    ['Smokes 1 ppd. Has smoked marijuana for 10 years.', { years_smoked: null }],
    ['Has smoked cigarettes since 2010 and marijuana since 2015.', { years_smoked: 16 }],
    // Controls: the smoking's own time after "and" stays.
    [
      'He smokes a pack a day and has done so for 30 years.',
      { status: 'current', years_smoked: 30, pack_years: 30 },
    ],
    ['Smokes 1 ppd and has for 30 years.', { years_smoked: 30 }],
    [
      'Smoked a pack a day for 30 years and quit in 2010.',
      { status: 'former', years_smoked: 30, quit_year: 2010 },
    ],
    ['She has smoked on and off for 10 years.', { years_smoked: 10 }],
    [
      'He has COPD and smoked 1 ppd for 40 years before quitting in 2016.',
      { years_smoked: 40, quit_year: 2016 },
    ],
    ['Started at 16 and has smoked a pack a day for 30 years.', { years_smoked: 30 }],
    ['Smoked 2 ppd for 20 years and then stopped in 2005.', { years_smoked: 20, quit_year: 2005 }],
    // "stayed at that" carries the smoking on (dev38 en-s-3804).
    [
      'Took up cigarettes in 1976 at about ten a day and stayed at that for fifteen years; in 1991 he traded them for a pipe. Pipe finally put away in 2016.',
      { years_smoked: 15, cigarettes_per_day: 10 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a past year told before a present habit does not make it former', () => {
  it.each<[string, Expected]>([
    ['He was divorced in 2010 and smokes 10 a day.', { status: 'current', cigarettes_per_day: 10 }],
    ['He had a stroke in 2019 and smokes a pack a day.', { status: 'current' }],
    ['She retired in 2019 and smokes about 10 cigarettes daily.', { status: 'current' }],
    [
      'Since his wife died in 2018 he smokes a pack a day.',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['After his MI in 2015 he smokes less, about a pack a day.', { status: 'current' }],
    [
      'He started smoking in 2010 after his divorce and smokes a pack a day.',
      { status: 'current', years_smoked: 16, pack_years: 16 },
    ],
    [
      'She took up smoking in 2010 and smokes half a pack a day.',
      { status: 'current', years_smoked: 16 },
    ],
    // Controls: past smoking stays past.
    ['He smoked 2 ppd until 2010 when he quit.', { status: 'former', quit_year: 2010 }],
    ['In 2019 he quit smoking.', { status: 'former', quit_year: 2019 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('how long the patient has been abstinent is not the years smoked', () => {
  it.each<[string, Expected]>([
    [
      'Has been abstinent from tobacco for the past 7 years.',
      { status: 'former', quit_year: 2019, years_smoked: null },
    ],
    [
      'Abstinent from smoking for the last 7 years.',
      { status: 'former', quit_year: 2019, years_smoked: null },
    ],
    [
      'Smoked 1 ppd for 30 years; has been abstinent from tobacco for 7 years.',
      { years_smoked: 30, pack_years: 30, quit_year: 2019 },
    ],
    [
      'Has not smoked a cigarette for 10 years.',
      { status: 'former', quit_year: 2016, years_smoked: null },
    ],
    [
      'Has refrained from smoking since 2014.',
      { status: 'former', quit_year: 2014, years_smoked: null },
    ],
    [
      'Has stayed away from cigarettes since 2014.',
      { status: 'former', quit_year: 2014, years_smoked: null },
    ],
    ['She has kept away from tobacco since 2014.', { status: 'former', quit_year: 2014 }],
    // A past abstinence that ended is no quit.
    [
      'He was abstinent from smoking for 7 years until 2020, now smokes 5 a day.',
      { status: 'current', quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a dated quit of another substance before the tobacco quit gives the tobacco year', () => {
  it.each<[string, Expected]>([
    ['Quit alcohol in 2010 and cigarettes in 2016.', { status: 'former', quit_year: 2016 }],
    ['Stopped drinking in 2010 and smoking in 2016.', { status: 'former', quit_year: 2016 }],
    ['He gave up alcohol in 2010 and tobacco in 2016.', { status: 'former', quit_year: 2016 }],
    ['Quit marijuana in 2010 and cigarettes in 2016.', { status: 'former', quit_year: 2016 }],
    ['Quit drinking 2010, smoking 2016.', { status: 'former', quit_year: 2016 }],
    ['Gave up alcohol in 2005; cigarettes in 2016.', { status: 'former', quit_year: 2016 }],
    // Controls.
    ['Quit cigarettes in 2010 and alcohol in 2016.', { quit_year: 2010 }],
    ['Quit drinking and smoking in 2015.', { status: 'former', quit_year: 2015 }],
    ['Quit drinking in 2010; smokes a pack a day.', { status: 'current', quit_year: null }],
    ['Quit drinking in 2010.', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a relative's quit or years are not the patient's (decisions 14 and 50)", () => {
  it.each<[string, Expected]>([
    [
      "He quit in 2019 at his wife's insistence. She quit in 2015.",
      { status: 'former', quit_year: 2019 },
    ],
    [
      "He quit smoking in 2019 at his wife's insistence; she had quit in 2015.",
      { quit_year: 2019 },
    ],
    ['He quit in 2019 with his wife. She quit in 2015.', { quit_year: 2019 }],
    ["She quit in 2018 after her husband's MI. He quit in 2020.", { quit_year: 2018 }],
    [
      'She quit smoking in 2020, a year after her father, a 50-year smoker, died of lung cancer.',
      { status: 'former', quit_year: 2020, years_smoked: null },
    ],
    [
      'She quit in 2019 when her mother, a heavy smoker for 40 years, died.',
      { quit_year: 2019, years_smoked: null },
    ],
    // Controls: the patient's own pronoun later is still the patient.
    [
      'He lives with his sister. She smokes 1 ppd. He quit in 2010.',
      { status: 'former', quit_year: 2010, cigarettes_per_day: null },
    ],
    [
      'He stopped after his wife died, and smoked 1 ppd for 30 years before that.',
      { years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
