import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsyrs (second stop of 2026-12-01, English years smoked left in older dev splits): a quit dated by
// its year and the age then, a pipe table's start and stop columns, a span that starts with a season
// or a "when" clause, "nothing since <year>", a closed span before an undated relapse, a decade of
// life told as two ("through his twenties and thirties, twenty years"), and a start told by a life
// event at an age after a smoking word ("two packs a day, since I left school at sixteen").
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'en', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('a quit dated by its year and the age the patient was then (decision 3)', () => {
  it.each<[string, Expected]>([
    [
      'Smoking history: he started at 17. He smoked 25 cigarettes a day until quitting in 2014, at the age of 55.',
      { status: 'former', years_smoked: 38, quit_year: 2014, pack_years: 47.5 },
    ],
    [
      'He started smoking at 18, a pack a day, and quit in 2010 at age 50.',
      { status: 'former', years_smoked: 32, quit_year: 2010 },
    ],
    [
      'She started smoking at 20, 1 ppd. Stopped smoking in 2015, aged 60.',
      { status: 'former', years_smoked: 40, quit_year: 2015 },
    ],
    [
      'He started smoking at 16; quit smoking in 2001 when he was 45.',
      { years_smoked: 29, quit_year: 2001 },
    ],
    [
      'She started smoking at 15 and quit in March 2012, at 52.',
      { years_smoked: 37, quit_year: 2012 },
    ],
    ['Smoked 1 ppd from age 18; quit 2008 (age 50).', { years_smoked: 32, quit_year: 2008 }],
    // Controls: someone else's quit, a drug stopped, an amount after the year.
    [
      'He started smoking at 17, quit in 2014. His wife quit in 2010 at age 50.',
      { status: 'former', years_smoked: null, quit_year: 2014 },
    ],
    [
      'He started smoking at 17, a pack a day. Stopped metformin in 2019 at age 60.',
      { status: 'current', years_smoked: null },
    ],
    [
      '64 yo. Started smoking at 20, quit in 2015 at 10 cigarettes a day.',
      { status: 'former', cigarettes_per_day: 10, quit_year: 2015 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-02-20')).toMatchObject(expected);
  });
});

describe("a pipe table's start and stop columns (guidelines: a span gives the years)", () => {
  it.each<[string, Expected]>([
    [
      'Substance use\n| Product       | Status  | Per day | Start | Stop |\n|---------------|---------|---------|-------|------|\n| Cigarettes    | Former  | 20      | 1979  | 2011 |\n| Cigars        | Never   |         |       |      |',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 32, quit_year: 2011 },
    ],
    [
      'Tobacco history (structured):\n| Product    | Start | Stop | Amount        |\n| Cigarettes | 1979  | 2004 | 1.5 packs/day |\n| Cigars     | never | -    | -             |\nStatus: Former',
      { status: 'former', cigarettes_per_day: 30, years_smoked: 25, quit_year: 2004 },
    ],
    [
      '| Product | Status | Per day | Start | Stop |\n|---|---|---|---|---|\n| Cigarettes | Current | 10 | 2000 | present |',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 24, quit_year: null },
    ],
    [
      '| Tobacco | Start | Quit |\n| Cigarettes | 1985 | 2015 |',
      { status: 'former', years_smoked: 30, quit_year: 2015 },
    ],
    // Controls: another product's row, a drug table.
    [
      '| Product | Start | Stop |\n| Cigars | 1990 | 2000 |\nCigarettes: never.',
      { status: 'never', years_smoked: null },
    ],
    [
      '| Drug | Start | Stop |\n| Metformin | 2015 | 2020 |\nNever smoker.',
      { status: 'never', years_smoked: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-09-27')).toMatchObject(expected);
  });
});

describe('a span that starts with a season or a "when" clause, and "nothing since <year>"', () => {
  it.each<[string, Expected]>([
    [
      'He smoked from the summer of 1978 until the first week of January 2001, a pack a day. Nothing since 2001, not even a cigar.',
      { years_smoked: 23 },
    ],
    [
      'He smoked from the summer of 1978, when he signed on with the fleet, until January 2001, a pack a day.',
      { status: 'former', years_smoked: 23, quit_year: 2001 },
    ],
    [
      'She smoked a pack a day from the spring of 1985 to 2005.',
      { status: 'former', years_smoked: 20, quit_year: 2005 },
    ],
    [
      'He smoked 1 ppd from the end of 1990 until the last week of March 2010.',
      { years_smoked: 20, quit_year: 2010 },
    ],
    // Controls: a current smoker since a year, and a closed span before an undated relapse (decision 61).
    ['Smoking a pack a day since 2001.', { status: 'current', years_smoked: 23 }],
    [
      'Tobacco: He smoked two packs a day from 1979, when he enlisted, until 1996. Took it up again some years later "just socially" - a few cigarettes with the guys on weekends, still most weekends.',
      { status: 'current', years_smoked: null },
    ],
    [
      'He smoked a pack a day from 1980 until 2000, then restarted in 2010; still smokes.',
      { status: 'current', years_smoked: 34 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-03-01')).toMatchObject(expected);
  });
});

describe('two decades of life before the years, and a start told by a life event at an age', () => {
  it.each<[string, Expected]>([
    [
      'He did smoke - a pack a day through his twenties and thirties, "twenty years, give or take" - and stopped in \'07.',
      { status: 'former', years_smoked: 20, quit_year: 2007 },
    ],
    [
      'Half a pack a day during his 30s and 40s, 20 years, stopped 2010.',
      { years_smoked: 20, pack_years: 10 },
    ],
    [
      '59 yo M. He smokes and always has - "two packs a day, since I left school at sixteen."',
      { status: 'current', cigarettes_per_day: 40, years_smoked: 43 },
    ],
    [
      '60 yo M. He has smoked a pack a day since he left school at 16.',
      { status: 'current', years_smoked: 44 },
    ],
    [
      '50 yo F. Smokes 10 cigarettes daily since she joined the army at 18.',
      { status: 'current', years_smoked: 32 },
    ],
    // Controls: an abstinence since an event, a quit at an age.
    [
      '70 yo. Former smoker, 1 ppd, off cigarettes since he retired at 60.',
      { status: 'former', years_smoked: null },
    ],
    ['70 yo. Smoked 1 ppd, none since she quit at 50.', { status: 'former', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-03-05')).toMatchObject(expected);
  });
});
