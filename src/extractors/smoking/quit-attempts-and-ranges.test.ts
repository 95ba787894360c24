import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { Language } from '../../core/types.js';
import type { SmokingAnnotation } from '../../pipeline.js';

const answer = (text: string, language: Language = 'en') =>
  runNote(text, language, { noteDate: '2024-06-01' }).annotation.smoking;

describe('a quit that has not happened is no quit', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['Unable to quit smoking.', 'current'],
    ['Has not been able to quit cigarettes.', 'current'],
    ["He has tried to quit several times but can't.", 'current'],
    ['Tried to stop smoking last winter but relapsed.', 'current'],
    // Another habit, or an inability in the past that ended in a quit.
    ['Unable to quit drinking. Never smoker.', 'never'],
    ['Former smoker, quit 2015 after being unable to quit for years.', 'former'],
    // A wish alone is counselling (decision 30 needs the smoking said).
    ['Wants to quit smoking.', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each<[string, SmokingAnnotation['status']]>([
    ['たばこはやめたいが、やめられない。', 'current'],
    ['禁煙できずにいる。', 'current'],
    ['禁煙外来に通ったが禁煙できなかった。1日20本。', 'current'],
    ['禁煙したくない。1日20本。', 'current'],
    // A wish is no quit, but a quit told with たら is ("when I quit, …").
    ['たばこをやめたら咳が減った。', 'former'],
    ['禁煙に何度も失敗したが、2018年に禁煙。', 'former'],
    // Teaching a condition, or another habit.
    ['術前に禁煙するよう指導し、禁煙できないと再発しやすいことも説明した。', 'unknown'],
    ['酒はやめられない。喫煙歴なし。', 'never'],
  ])('%s → %s', (text, status) => {
    expect(answer(text, 'ja').status).toBe(status);
  });
});

describe('"from X to Y a day": a range, unless the amount changed', () => {
  it.each<[string, number]>([
    ['Smoked from 10 to 20 a day for 30 years.', 15],
    ['smoked anywhere from 10 to 20 cigs a day', 15],
    ['Smokes from 1-2 packs a day.', 30],
    // A change: the later amount.
    ['Cut down from 20 to 10 cigarettes a day.', 10],
    ['Smoking: from 20 to 10 cigarettes a day since dx.', 10],
    ['Between 10 and 20 cigarettes a day.', 15],
  ])('%s → %d/day', (text, perDay) => {
    expect(answer(text).cigarettes_per_day).toBe(perDay);
  });

  it('derives pack-years from the midpoint', () => {
    expect(answer('Smoked from 10 to 20 a day for 30 years.')).toMatchObject({
      pack_years: 22.5,
      brinkman_index: 450,
    });
  });
});

describe('template rows', () => {
  it('keeps a ticked status over the product word of an amount row under it', () => {
    expect(
      answer('Tobacco:\n( ) Never  (x) Former  ( ) Current\nCigarettes/day: 10\nYears smoked: 20'),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 10, years_smoked: 20, pack_years: 10 });
  });

  it("ends a relatives' section at the patient's own row", () => {
    expect(
      answer('Family history: father smoked, died of MI.\nPatient: never smoked.').status,
    ).toBe('never');
    expect(answer('家族歴：父 肺癌（喫煙者）\n本人：喫煙歴なし', 'ja').status).toBe('never');
  });
});

describe('Japanese quit years with 頃/ごろ', () => {
  it.each<[string, number]>([
    ['平成28年頃に禁煙。', 2016],
    ['2016年ごろに禁煙。', 2016],
    ['令和2年春頃に禁煙。', 2020],
    ['2016年頃にたばこをやめた。', 2016],
  ])('%s → %d', (text, year) => {
    expect(answer(text, 'ja').quit_year).toBe(year);
  });
});

describe('heated tobacco misnamed as an e-cigarette', () => {
  it('reads 電子タバコ（アイコス） as the heated tobacco its bracket names (decision 50)', () => {
    expect(answer('紙巻きは2019年にやめて電子タバコ（アイコス）に変えた。', 'ja').status).toBe(
      'current',
    );
    // A liquid e-cigarette stays vaping; so does one with no bracket.
    expect(answer('電子タバコ（リキッド）を吸っている。たばこは吸わない。', 'ja').status).toBe(
      'never',
    );
    expect(answer('紙巻きは2019年にやめて電子タバコに変えた。', 'ja')).toMatchObject({
      status: 'former',
      quit_year: 2019,
    });
  });
});

describe('rows that name a status, and doubt about smoking at all', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['Current smoker: yes [ ] no [x]\nFormer smoker: yes [x] no [ ]', 'former'],
    ['Current smoker: yes [x] no [ ]', 'current'],
    ['Never smoker: yes [x] no [ ]', 'never'],
    ['Current smoker - No\nFormer smoker - Yes', 'former'],
    ['Current smoker - no. Never smoker - yes.', 'never'],
    // A status word heading other content is still that status.
    ['Former smoker: quit 2010', 'former'],
    ['Current smoker: 1 ppd', 'current'],
    ['Smoker: yes', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('says nothing when whether the patient smokes is itself unclear', () => {
    expect(answer('Unclear whether he is currently smoking.').status).toBe('unknown');
    expect(answer('Not sure if she still smokes.').status).toBe('unknown');
    // Doubt about a plan is no doubt about the smoking.
    expect(answer('Smokes 1 ppd; unclear whether he will quit.').status).toBe('current');
  });
});

describe('abstinence since admission (decision 25)', () => {
  it('is neither a quit nor a never', () => {
    expect(answer('入院後は吸っていない。', 'ja').status).toBe('unknown');
    expect(answer('入院してから吸っていない。1日20本×30年。', 'ja')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: 30,
    });
    // A past admission dating a quit is a quit.
    expect(answer('2年前の入院後から禁煙。', 'ja').status).toBe('former');
  });
});

describe('a quit of the product named before it, as a pronoun', () => {
  it('dates the quit of that product (decision 66)', () => {
    expect(
      answer('Smoked 1 ppd for 20 yrs, then moved to cigars in 2010, quit those in 2018.'),
    ).toMatchObject({ status: 'former', quit_year: 2018, cigarettes_per_day: 20 });
    // Not a pronoun for something else that was quit.
    expect(answer('Smokes 1 ppd. Tried nicotine gum, quit it in 2019.').status).toBe('current');
  });
});
