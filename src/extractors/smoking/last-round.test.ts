import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsml4 (ninth stop of 2026-11-30, the last smoking round): another condition's history before
// present smoking, a negated Japanese duration, a quit after a relapse span, "last cigarettes
// were", and a one-letter answer before the next question.
const answer = (text: string, language: 'en' | 'ja' = 'en', noteDate = '2026-11-01') =>
  runNote(text, language, { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe("another condition's history does not make present smoking past", () => {
  it.each<[string, Expected]>([
    ['10 yr hx of DM, smokes 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    [
      '5 year history of diabetes, smokes a pack a day',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['h/o MI 2015, smokes 10 cigs/day', { status: 'current', cigarettes_per_day: 10 }],
    ['History of alcohol abuse, smoking 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    ['Hx of HTN x 20 yrs, smokes 1/2 ppd', { status: 'current', cigarettes_per_day: 10 }],
    ['h/o DVT, daily smoker, 10/day', { status: 'current', cigarettes_per_day: 10 }],
    // Controls: a comma after a smoking word, a list, a past tense.
    ['Hx of smoking, 1 ppd x 20 yrs', { status: 'former', years_smoked: 20 }],
    ['h/o HTN, DM, smoker', { status: 'former' }],
    ['History of DM, smoked 1 ppd x 20 yrs', { status: 'former', years_smoked: 20 }],
    ['h/o alcohol, smoking, and drug use', { status: 'former' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('N年間 not smoked up to now is a quit N years ago, not years smoked', () => {
  it.each<[string, Expected]>([
    ['喫煙は20年間、していない。', { status: 'former', years_smoked: null, quit_year: 2006 }],
    ['喫煙は20年間していない。', { status: 'former', years_smoked: null, quit_year: 2006 }],
    ['喫煙：20年間していない', { status: 'former', quit_year: 2006 }],
    ['20年間吸っていない。', { status: 'former', quit_year: 2006 }],
    ['たばこは10年間吸っていません。', { status: 'former', years_smoked: null, quit_year: 2016 }],
    [
      '約15年間、たばこは一本も吸っていない。',
      { status: 'former', years_smoked: null, quit_year: 2011 },
    ],
    ['20年間喫煙していない。', { status: 'former', years_smoked: null, quit_year: 2006 }],
    [
      '1日20本×30年。その後20年間吸っていない。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2006 },
    ],
    // Controls: a lifetime, a past stretch, a smoking duration, another person.
    ['生まれてから60年間一度も吸っていない。', { status: 'never', quit_year: null }],
    ['20年間吸っていなかったが、昨年から再び1日10本。', { status: 'current', quit_year: null }],
    ['喫煙は20年間、1日20本。', { status: 'current', years_smoked: 20 }],
    ['夫は20年間吸っていない。', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text, 'ja')).toMatchObject(expected);
  });
});

describe('a quit "since" after a closed relapse span is the span end (decisions 4, 42)', () => {
  it.each<[string, Expected]>([
    ['Quit in 2015, smoked again 2017-2021, quit since.', { status: 'former', quit_year: 2021 }],
    [
      'Quit in 2010, smoked again 2012-2018, quit since then.',
      { status: 'former', quit_year: 2018 },
    ],
    ['Quit 2015, resumed 2017-2021, has not smoked since.', { status: 'former', quit_year: 2021 }],
    ['Quit in 2015, relapsed 2017 to 2021, none since.', { status: 'former', quit_year: 2021 }],
    ['Quit 2010, relapsed 2012-2014; quit again since.', { status: 'former', quit_year: 2014 }],
    // A date after "since" is the quit's own.
    [
      'Quit 2010, restarted 2012-2014, and has not smoked since 2016.',
      { status: 'former', quit_year: 2016 },
    ],
    // Controls: still smoking; a relative's relapse.
    [
      'Quit in 2015, smoked again from 2017, still smoking.',
      { status: 'current', quit_year: null },
    ],
    ['Wife smoked again 2017-2021, quit since.', { status: 'unknown', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('"last cigarettes were" dates the quit as "last cigarette was" does', () => {
  it.each<[string, number]>([
    ['Her last cigarettes were in 2016', 2016],
    ['Her last cigarette was in 2016', 2016],
    ['His last cigarettes were 3 years ago', 2023],
    ['Former smoker; her last cigarettes were in 2016.', 2016],
  ])('%s → %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });
});

describe('a one-letter answer ends its question before the next (decision 87)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['Drinks? Y. Smokes? N.', 'never'],
    ['Alcohol? Y. Tobacco? N.', 'never'],
    ['Drinks? Y. Smokes? Y.', 'current'],
    ['Smokes? N. Drinks? Y.', 'never'],
    ['Smokes? Y. Drinks? N.', 'current'],
    ['EtOH? N. Smoker? Y.', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });
});
