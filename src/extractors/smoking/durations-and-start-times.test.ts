import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';

// fsp5a (ninth stop of 2026-11-30): psm5's items on short duration forms, start years and ages
// not joined to the present, "now a non-smoker" after a history, quit intervals, "this year" and
// closed spans in prose. Note date 2026-11-01 throughout.
const answer = (text: string, language: 'en' | 'ja' = 'en') =>
  runNote(text, language, { noteDate: '2026-11-01' }).annotation.smoking;

describe('short "N years" forms are the years smoked', () => {
  it.each<[string, number]>([
    ['30-yr hx of smoking, 1 ppd, quit 2010.', 30],
    ['Former smoker, quit 2015, smoking history of 35 years.', 35],
    ['Smoking history of 30 years, currently 1 ppd.', 30],
    ['40 year hx of tobacco use, quit 2010.', 40],
    ['Remote 20-yr smoking hx, quit 2000.', 20],
    ['Tobacco use history of about 25 yrs, 1 ppd.', 25],
    ['He is a 15-year pack-a-day smoker.', 15],
  ])('%s → %i years', (text, years) => {
    expect(answer(text).years_smoked).toBe(years);
  });

  it('reads the amount of a "15-year pack-a-day smoker"', () => {
    expect(answer('He is a 15-year pack-a-day smoker.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      pack_years: 15,
    });
  });

  it.each([
    'Smoking history of 35 pack-years.',
    'Smoking history of 20+ years.',
    'Smoking history of over 30 years.',
  ])('no years from a bound or pack-years: %s', (text) => {
    expect(answer(text).years_smoked).toBeNull();
  });

  it.each<[string, number]>([
    ['喫煙30年、20本/日、2015年禁煙。', 30],
    ['喫煙30年（20本/日）、H27禁煙。', 30],
    ['タバコ30年、1日20本、現喫煙。', 30],
    ['喫煙40年、1日1箱。', 40],
    ['たばこ30年、1日20本（現在も）。', 30],
    ['喫煙は30年来で、1日20本。', 30],
    ['喫煙：30y、20本/日', 30],
    // 弱 and 余 use N (ja decision 69).
    ['たばこ歴30年弱、1日20本。', 30],
    ['喫煙30年余、1日20本。', 30],
  ])('%s → %i years', (text, years) => {
    expect(answer(text, 'ja').years_smoked).toBe(years);
  });

  it.each(['受動喫煙30年。', '非喫煙30年。', '喫煙20年以上、1日20本。', '喫煙20年前まで。'])(
    'no years from exposure, abstinence, a bound or a time ago: %s',
    (text) => {
      expect(answer(text, 'ja').years_smoked).toBeNull();
    },
  );
});

describe('a start year or age not joined to the present (decisions 3 and 21)', () => {
  it.each<[string, number]>([
    ['Smoking started in 2000, 1 ppd, ongoing.', 26],
    ['Smoking started in 2000, ongoing.', 26],
    ['Smokes 1 ppd. Began in 2000.', 26],
    ['Smoker. Started in 1995. 1 ppd.', 31],
    ['Cigarettes: 1 ppd, start year 2000.', 26],
    ['Tobacco use: current every day; start date: 2000; packs/day: 1.', 26],
    ['Tobacco: 1 ppd (2010-)', 16],
    ['Cigarettes 1 ppd (2010 - ongoing).', 16],
    ['32 y.o. smoking 1 ppd since 16 y.o.', 16],
    ['Smokes 1 ppd since he was 16; he is now 32.', 16],
    ['40-year-old man, smoking 1 ppd since 16 years of age.', 24],
    ['She has smoked 1 ppd since she was a teenager of 16 and is now 40.', 24],
    ['Pt is 40. Smokes a pack a day, has since 16.', 24],
    ['50 yo. Tobacco: 1 ppd, onset age 20.', 30],
  ])('%s → current, %i years', (text, years) => {
    expect(answer(text)).toMatchObject({ status: 'current', years_smoked: years });
  });

  it.each([
    'Smokes 1 ppd. Started metformin in 2010.',
    'Current smoker. DM since 2010.',
    'Smokes 1 ppd. Started again in 2020.',
    '50 yo. Smoker, asthma onset age 5, 1 ppd.',
  ])('no start from another topic or a restart: %s', (text) => {
    expect(answer(text).years_smoked).toBeNull();
  });

  it.each(['Quit smoking 2015, ongoing abstinence.', 'Smoking cessation counseling ongoing.'])(
    '"ongoing" of an abstinence or counselling says no smoking now: %s',
    (text) => {
      expect(answer(text).status).not.toBe('current');
    },
  );

  it.each<[string, number]>([
    ['喫煙：1日20本、2010年から。', 16],
    ['喫煙：1日20本、2010年から。現在も。', 16],
    ['嗜好：たばこ1日20本（2010年から）', 16],
    ['学生時代（20歳）から吸い始め、55歳の現在も1日1箱。', 35],
    ['20歳（大学入学時）から喫煙、現在55歳、1日20本。', 35],
    ['喫煙開始：20歳（大学時代）、現在55歳、20本/日。', 35],
  ])('%s → current, %i years', (text, years) => {
    expect(answer(text, 'ja')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: years,
    });
  });

  it('a start year with more after it in the clause stays as it was', () => {
    expect(answer('喫煙：1日20本、2010年から禁煙。', 'ja')).toMatchObject({
      status: 'former',
      quit_year: 2010,
    });
  });
});

describe('not a smoker now, after a stated history (ja decision 54)', () => {
  it.each<[string, 'en' | 'ja', number | null]>([
    ['1 ppd x 15 yrs in the past; now nonsmoker.', 'en', null],
    ['Tobacco: 20/day x 15 years, currently non-smoker.', 'en', null],
    ['喫煙：1日1箱、15年間。現在は非喫煙。', 'ja', null],
    ['以前は1日1箱を15年間。現在は非喫煙。', 'ja', null],
    ['喫煙歴：20本×15年。現在非喫煙者。', 'ja', null],
    ['20本×15年の喫煙歴あり、現在はノンスモーカー。', 'ja', null],
    ['1日1箱を15年間、10年前から非喫煙。', 'ja', 2016],
  ])('%s → former with the history', (text, language, quitYear) => {
    expect(answer(text, language)).toEqual({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 15,
      pack_years: 15,
      brinkman_index: 300,
      quit_year: quitYear,
    });
  });

  it.each<[string, 'en' | 'ja', string]>([
    ['Currently a non-smoker.', 'en', 'never'],
    ['Pt is 60 years old, currently a non-smoker.', 'en', 'never'],
    ['非喫煙者。', 'ja', 'never'],
    ['今まで非喫煙。', 'ja', 'never'],
    // Alone, the present-only denial says nothing of the past (decision 54).
    ['現在は非喫煙。', 'ja', 'unknown'],
  ])('%s → %s', (text, language, status) => {
    expect(answer(text, language).status).toBe(status);
  });
});

describe('quit intervals and "this year"', () => {
  it.each<[string, 'en' | 'ja', number]>([
    ['Five years since he quit smoking.', 'en', 2021],
    ['It has been 5 years since she quit smoking.', 'en', 2021],
    ['Former smoker; 10 yrs since last smoked.', 'en', 2016],
    ['Quit smoking 10 yrs. ago.', 'en', 2016],
    ['Stopped smoking ten years prior.', 'en', 2016],
    ['喫煙：ex（5年前）', 'ja', 2021],
    ['喫煙：Ex 5年前', 'ja', 2021],
    // "This year" is N = 0 years ago (spec 3; the proposed decision of this stop).
    ['Quit smoking this year.', 'en', 2026],
    ['Quit smoking earlier this year.', 'en', 2026],
    ['Smoke-free since the beginning of this year.', 'en', 2026],
    ['今年禁煙。', 'ja', 2026],
    ['今年の春に禁煙した。', 'ja', 2026],
    ['本年1月より禁煙。', 'ja', 2026],
    ['今春より禁煙。', 'ja', 2026],
  ])('%s → former, %i', (text, language, quitYear) => {
    expect(answer(text, language)).toMatchObject({ status: 'former', quit_year: quitYear });
  });

  it.each<[string, 'en' | 'ja']>([
    ['Smoker. Five years since he quit drinking.', 'en'],
    ['Plans to quit smoking this year. Smokes 1 ppd.', 'en'],
    ['今年禁煙する予定。1日20本。', 'ja'],
    ['今年こそ禁煙したい。1日20本。', 'ja'],
  ])('no quit from another habit or a plan: %s', (text, language) => {
    expect(answer(text, language)).toMatchObject({ status: 'current', quit_year: null });
  });
});

describe('a closed span of years after an amount in prose (decision 4)', () => {
  it.each([
    '1 ppd between 1980 and 2010.',
    '1 ppd 1980 through 2010.',
    'Smoked 1980 through 2010, 1 ppd.',
    '1 ppd from 1980 to 2010.',
  ])('%s → former, 30 years, quit 2010', (text) => {
    expect(answer(text)).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 30,
      quit_year: 2010,
    });
  });

  it.each(['Smoker, 1 ppd 1980-2010, still smokes.', '1 ppd 1980-2010, restarted 2020.'])(
    'a span that the clause carries on is no quit: %s',
    (text) => {
      expect(answer(text).status).toBe('current');
    },
  );
});
