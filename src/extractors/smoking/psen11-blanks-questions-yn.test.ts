import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fp11b (third stop of 2026-12-01, psen11's items 2, 3 and 11): a row answered with no answer, or a
// run of blank labels, says nothing (decisions 34/51); a questionnaire's "?" before its answer is no
// doubt; printed Y/N choices and one-letter boxes answer by the marked option (decision 87).
const answer = (text: string) => runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const CURRENT = 'Smoking status: Current Every Day Smoker\nPacks/day: 1.00\n';

describe('a blank or unanswered row sets no status', () => {
  it.each<[string, Expected]>([
    [`${CURRENT}Quit: --`, { status: 'current', cigarettes_per_day: 20 }],
    [`${CURRENT}Year quit: --`, { status: 'current' }],
    [`${CURRENT}Quit date: unknown`, { status: 'current' }],
    [`${CURRENT}Quit date: not applicable`, { status: 'current' }],
    [`${CURRENT}Quit date: Not on file`, { status: 'current' }],
    [
      'Current smoker: Yes\nPack-years: 35\nYears since quit: --',
      { status: 'current', pack_years: 35 },
    ],
    ['Currently smokes: --', { status: 'unknown' }],
    ['Currently smokes: not asked', { status: 'unknown' }],
    ['Currently smokes: unknown\nPack-years: unknown', { status: 'unknown', pack_years: null }],
    ['Currently smokes:\nPack-years:\nYears since quit:', { status: 'unknown' }],
    ['Current smoker:\nFormer smoker:\nPack-years:\nYears since quit:', { status: 'unknown' }],
    // The longest past quit is an attempt, not the quit (decision 9).
    [
      'Current smoker\nPack-years: 35\nLongest quit: 6 months (2019)',
      { status: 'current', quit_year: null },
    ],
    [
      'Smokes 1 ppd. Longest period smoke-free: 2 years (2015).',
      { status: 'current', quit_year: null },
    ],
    // Controls: answered rows still answer.
    [`${CURRENT}Quit date: none`, { status: 'current' }],
    ['Smoking status: Former Smoker\nQuit date: 2011', { status: 'former', quit_year: 2011 }],
    [
      'Currently smokes: N\nFormer smoker: Y\nYears since quit: 8',
      { status: 'former', quit_year: 2018 },
    ],
    ['Tobacco: none', { status: 'never' }],
    [
      'Smoking status: Former\nQuit date: 2018\nLongest quit attempt: 3 months',
      { status: 'former', quit_year: 2018 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe("a questionnaire's question mark before its answer is no doubt", () => {
  it.each<[string, Expected]>([
    ['Do you smoke? Yes\nHow much? 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    ['Do you smoke? Y\nHow much? 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    ['Smoker: Y  How much? 1 ppd', { status: 'current', cigarettes_per_day: 20 }],
    [
      'Do you smoke? Yes\nHow much? 1 ppd\nHow long? 20 years',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    // Controls: a radiology doubt stays a doubt.
    ['CT: ? 2 cm nodule. Smoker? N', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('printed Y/N choices and one-letter boxes (decision 87)', () => {
  it.each<[string, Expected]>([
    ['Tobacco use: Y/N: N', { status: 'never' }],
    ['Tobacco (Y/N) N', { status: 'never' }],
    ['Smoking: Y / N: N', { status: 'never' }],
    ['Tobacco: Y [ ]  N [X]', { status: 'never' }],
    ['Tobacco:  Y ☐  N ☒', { status: 'never' }],
    ['Tobacco: Yes ☐ No ☒', { status: 'never' }],
    ['Smoker: [ ] Y [X] N', { status: 'never' }],
    [
      'Current tobacco use Y/N: N\nPast tobacco use Y/N: Y\nYear quit: 2015',
      { status: 'former', quit_year: 2015 },
    ],
    ['Current tobacco use (Y/N): N', { status: 'unknown' }],
    // Controls: the marked yes.
    ['Tobacco use: Y/N: Y', { status: 'current' }],
    ['Tobacco: Y [X]  N [ ]', { status: 'current' }],
    ['Tobacco:  Y ☒  N ☐', { status: 'current' }],
    ['Smoker: ☐ Yes ☒ No', { status: 'never' }],
    ['Smoking: Yes ☐ No ☑', { status: 'never' }],
    [
      'Tobacco use Y/N: Y\nPPD: 1\nYears: 20',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 20 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
