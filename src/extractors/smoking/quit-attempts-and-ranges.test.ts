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
    // The patient's own wish to quit presupposes smoking now (statement quit-wish); the
    // clinician's advice alone stays counselling (decision 7).
    ['Wants to quit smoking.', 'current'],
    ['Advised to quit smoking.', 'unknown'],
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

describe('when a former smoker quit, however it is written (dev53)', () => {
  it.each<[string, Partial<SmokingAnnotation>]>([
    // Quit, restart, quit again: the last quit (decisions 42 and 61).
    ['Ex-smoker: stopped 2004, took it up again 2010, stopped again 2020.', { quit_year: 2020 }],
    ['Former smoker; quit for good 2017.', { quit_year: 2017 }],
    // An abstinence dated by what follows it.
    ['Former smoker, abstinent from cigarettes since 2011.', { quit_year: 2011 }],
    ["Ex-smoker, off cigs since '98.", { quit_year: 1998 }],
    ['Ex-smoker. No cigarettes since Christmas 2015.', { status: 'former', quit_year: 2015 }],
    ['Last cigarette the day after Easter 2020.', { status: 'former', quit_year: 2020 }],
    // A counted row, whole or fractional (decision 37: months back from note_date).
    ['Smoking status: Former\nYears since quitting: 9', { quit_year: 2015 }],
    ['Smoking status: Former\nYears since quitting: 7.5', { quit_year: 2016 }],
    // A smoke-free duration is time since the quit, never years smoked.
    [
      'Ex-smoker, smoke-free for two decades.',
      { status: 'former', quit_year: 2004, years_smoked: null },
    ],
    // A bare two-digit year right after the quit, but not a date or a count.
    ['Former smoker 2 ppd x 15y, quit 11', { quit_year: 2011, years_smoked: 15 }],
    ['Former smoker, quit 04/2016.', { quit_year: 2016 }],
    ['Former smoker, quit 8 months ago.', { quit_year: 2023 }],
    ['Former smoker, quit 12 yrs ago.', { quit_year: 2012 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it('reads a smoking row under a medication list as the patient’s own', () => {
    expect(
      answer('Meds: aspirin 81 mg, atorvastatin 40.\nTobacco: former, quit 3/2020.\n'),
    ).toMatchObject({ status: 'former', quit_year: 2020 });
  });

  it('closes a copied banner at its ruled line, headings inside it', () => {
    expect(
      answer(
        'tob: ex-smoker, quit 2021.\n=== carried fwd from 2019 note ===\nSH: smokes 1 ppd.\n===\nExam normal.',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2021 });
  });

  it('keeps the cigarette numbers but no quit when cigars go on (decision 19)', () => {
    expect(
      answer(
        'Tobacco: gave up cigarettes in 2015 (2 ppd x 10 yrs) but smokes a cigar on weekends.',
      ),
    ).toMatchObject({
      status: 'current',
      quit_year: null,
      cigarettes_per_day: 40,
      years_smoked: 10,
    });
  });

  it('reads a bound on pack-years as no value (decision 63)', () => {
    expect(
      answer('Former smoker. Screening not indicated (<30 pack-years).').pack_years,
    ).toBeNull();
    expect(answer('Former smoker with more than 20 pack-years.').pack_years).toBeNull();
  });

  it('prefers a span’s written end year over a count of the same quit', () => {
    expect(
      answer('Former smoker, 1 ppd from 1990 to 2010. Years since quitting: 15'),
    ).toMatchObject({ quit_year: 2010, years_smoked: 20 });
  });
});

describe('durations written every way (dev55 phenomena, own sentences)', () => {
  it('reads a bound before "N years of/at" as no value (decisions 20 and 63)', () => {
    expect(answer('Former smoker: at least 15 yrs of a pack a day, stopped 2012.')).toMatchObject({
      years_smoked: null,
      cigarettes_per_day: 20,
      quit_year: 2012,
    });
    expect(answer('Ex-smoker, more than 30 years at 2 ppd, quit 2018.').years_smoked).toBeNull();
    expect(answer('Ex-smoker, 30 years at 2 ppd, quit 2018.').years_smoked).toBe(30);
  });

  it('sums periods told with "for another N years" and weights the amount (decision 73)', () => {
    expect(
      answer(
        'Former smoker: 1 ppd for 12 years, then half a pack a day for another 8 years; quit 2016.',
      ),
    ).toMatchObject({ years_smoked: 20, cigarettes_per_day: 16, quit_year: 2016 });
  });

  it('leaves a cigar habit’s years out of the cigarette numbers (decision 25)', () => {
    expect(
      answer(
        'Tobacco: smokes a pipe most evenings and has for 20 years; gave up cigarettes in 2003 after about 15 years at half a pack a day.',
      ),
    ).toMatchObject({ status: 'current', years_smoked: 15, cigarettes_per_day: 10 });
  });

  it('counts a copied duration as then, a start told today as now', () => {
    const text = [
      'Pt: 50 y/o F.',
      '--- Social history (copied from 05/02/2020 visit) ---',
      'Tobacco: 1/2 ppd x 22 yrs.',
      '---',
      '',
      'Today: still smokes about half a pack a day; says she started at 22.',
    ].join('\n');
    expect(answer(text)).toMatchObject({ status: 'current', years_smoked: 28 });
  });

  it('lets a start age denied in a later correction lose ("not at 16")', () => {
    const text =
      'SH: 60 yo M, smoker since age 16, 1 ppd.\n\nAddendum: he began smoking at 25, not at 16 (that was his first try).';
    expect(answer(text)).toMatchObject({ status: 'current', years_smoked: 35 });
  });

  it('sums a span and a restart told with "Restarted in YEAR" (decision 61)', () => {
    expect(
      answer(
        'Smoked half a pack a day from 1990 to 2005, then stopped. Restarted in 2018 and has smoked about 10 a day since.',
      ),
    ).toMatchObject({
      status: 'current',
      years_smoked: 21,
      cigarettes_per_day: 10,
      quit_year: null,
    });
  });

  it('dates a quit by an event with its year in brackets', () => {
    expect(
      answer('Smoked from college until her wedding (2009), about 8 a day; none since.').quit_year,
    ).toBe(2009);
  });

  it('reads "never a regular smoker" as never, and generic people as no statement', () => {
    expect(
      answer('Tobacco: had a cigarette or two as a teen, never a regular smoker.').status,
    ).toBe('never');
    expect(
      answer('If you smoke, stop. People who have smoked for decades still gain from quitting.')
        .status,
    ).toBe('unknown');
  });
});

describe('who "she herself" is, and a quit dated by a relative’s illness (dev54 leftovers)', () => {
  it('gives a reflexive after a relative’s speech verb to that relative', () => {
    const text = [
      'Caller: Ray (son; lives with pt)',
      'Re: father, 81 yo M with CHF, more leg swelling.',
      'Son says he himself smokes 2 ppd and has for 30 years. Dad "still has 5 or 6 cigarettes a day" on the porch.',
    ].join('\n');
    expect(answer(text)).toMatchObject({
      status: 'current',
      cigarettes_per_day: 5.5,
      years_smoked: null,
      pack_years: null,
    });
  });

  it('keeps an emphatic reflexive without a speech verb as the patient', () => {
    expect(
      answer('62 yo M. Lives with his brother, who smokes 1 ppd. He himself quit in 2011.'),
    ).toMatchObject({ status: 'former', quit_year: 2011, cigarettes_per_day: null });
  });

  it('dates "quit when his wife got sick" by her diagnosis year written nearby', () => {
    const text =
      'Social: his wife was diagnosed with breast cancer in 2019 and is now in remission. He stopped smoking when his wife got sick; before that about 1 ppd for 25 years.';
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: 2019, years_smoked: 25 });
    expect(answer('He stopped smoking when his wife got sick.').quit_year).toBeNull();
  });
});

describe('quit times counted from the note date at every grain (dev56)', () => {
  const dated = (text: string, noteDate: string) =>
    runNote(text, 'en', { noteDate }).annotation.smoking;

  it.each<[string, string, number]>([
    // Holidays and seasons counted back, across the year boundary.
    ['Gave up cigarettes three Christmases ago.', '2025-03-10', 2022],
    ['Stopped smoking two summers ago after a pack a day for 20 years.', '2024-04-02', 2022],
    ['Tobacco: off cigarettes since the holidays.', '2024-01-30', 2023],
    // The year before last, an age with its interval, a last cigarette by month and day.
    ['Former smoker; stopped smoking the year before last.', '2023-05-05', 2021],
    ['Smoked half a pack a day from 20 until he turned 61, six years ago.', '2024-02-01', 2018],
    ['Tob: former. Final cigarette Oct 3rd.', '2024-02-12', 2023],
    // Dates as written: an abstinence "x" its length, a month/two-digit year, a parenthesis.
    ['Ex-smoker, 10 cig/d. Tobacco-free x 4 yrs.', '2024-09-09', 2020],
    ['Former smoker. Quit date: 7/19.', '2024-09-09', 2019],
    ['Stopped smoking at the time of his stroke (see 5/2020 discharge).', '2024-09-09', 2020],
    ['Cigarette-free since New Year - about 6 weeks now.', '2024-02-15', 2024],
  ])('%s (%s) → %i', (text, noteDate, year) => {
    expect(dated(text, noteDate)).toMatchObject({ status: 'former', quit_year: year });
  });

  it('keeps the years of "x N yrs" after an abstinence out of the years smoked', () => {
    expect(
      dated('Ex-smoker, 10 cig/d. Tobacco-free x 4 yrs.', '2024-09-09').years_smoked,
    ).toBeNull();
  });

  it.each<[string, SmokingAnnotation['status']]>([
    // Brief quits and restarts: cigarettes today after a quit, "back at it".
    [
      'Tobacco: stopped yesterday as instructed but admits a couple of cigarettes this morning.',
      'current',
    ],
    ['Smoker, 1/2 ppd; "quit" for 3 days in May, back at it.', 'current'],
    ['Former smoker, quit 2010. Has not had a cigarette today or any day since.', 'former'],
    // Quit words about other things, counselling and a relative's quit.
    ['He quit his job two months ago to care for his mother.', 'unknown'],
    ['Reviewed the benefits of stopping smoking; handout given.', 'unknown'],
    ['70s M, unresponsive. Daughter states her mother gave up smoking last spring.', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('reads the years of a short history sentence after smoking told as now', () => {
    expect(answer('SH: cigs 1/2 ppd, tried to stop, back at it. ~15 yr hx.')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
      years_smoked: 15,
    });
  });
});

describe('quits dated by holidays, months, the encounter and the last cigarette (note 2024-06-01)', () => {
  const full = (text: string, noteDate = '2024-06-01') =>
    runNote(text, 'en', { noteDate }).annotation.smoking;

  it.each<[string, number]>([
    // A holiday after a smoking amount keeps the mention and dates the quit (decision 37).
    ['SH: half a pack a day for 30 yrs, stopped last Thanksgiving.', 2023],
    ['Cigarettes 1 ppd x 15 years; quit over Christmas 2017.', 2017],
    ['Gave up cigarettes this past Easter.', 2024],
    ['Quit smoking on the Fourth of July.', 2023],
    // A month with no year: the latest such month up to the note date (decision 57).
    ['Smoking: stopped this past February.', 2024],
    ['Quit cigarettes last April.', 2024],
    ['Smoking: quit in October.', 2023],
    // An interval before the note's own encounter, undated: from note_date (as "ago").
    ['Ex-smoker, stopped 4 years prior to this admission.', 2020],
    ['Tobacco: quit ~6 yrs PTA.', 2018],
    ["Former smoker; quit 30 months before today's visit.", 2021],
    ['Smoked 2 ppd until 3 years prior to presentation.', 2021],
    // The last cigarette, labelled or told with "last smoked".
    ['Former smoker - last smoked in 2012.', 2012],
    ['Last cigarette: 2015.', 2015],
    ['Last smoked: 4 years ago.', 2020],
  ])('%s → quit %i', (text, year) => {
    expect(full(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it('keeps the numbers beside a holiday quit', () => {
    expect(full('Tobacco: 2 ppd x 10 yrs, quit last Christmas.')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 40,
      years_smoked: 10,
      pack_years: 20,
      brinkman_index: 400,
      quit_year: 2023,
    });
  });

  it('reads a bare sentence-initial quit as a tobacco quit beside tobacco numbers', () => {
    expect(full('Stopped 5 years ago; about 25 pack-years.')).toMatchObject({
      status: 'former',
      pack_years: 25,
      quit_year: 2019,
    });
    expect(full('Quit over the holidays, before that 10 cigs/day for 12 years.')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      years_smoked: 12,
      quit_year: 2023,
    });
    expect(full('SH: 1 ppd x 30 yrs. Quit in 2011.')).toMatchObject({
      status: 'former',
      quit_year: 2011,
    });
  });

  it.each<[string, SmokingAnnotation['status']]>([
    // No tobacco word or number: a bare quit is no smoking history; another label keeps its own.
    ['Stopped after her stroke in 2019.', 'unknown'],
    ['Stopped lisinopril in 2019 because of cough.', 'unknown'],
    ['Smoking: never. Alcohol: quit 2015.', 'never'],
  ])('%s → %s', (text, status) => {
    expect(full(text).status).toBe(status);
  });

  it('counts an interval before a dated admission from that admission (decision 65)', () => {
    expect(
      full(
        'Admission date: 11/28/2023\nSH: former smoker, quit 3 years prior to admission.',
        '2024-02-10',
      ).quit_year,
    ).toBe(2020);
    // A past admission that the note does not date gives nothing.
    expect(full('Ex-smoker; quit 2 weeks before that admission.').quit_year).toBeNull();
  });
});

describe('Japanese probes of years, ages, cartons and pack ranges (note 2024-06-01)', () => {
  const ja = (text: string) => answer(text, 'ja');

  it('reads a year written in both calendars as the one year', () => {
    expect(ja('1978年（昭和53年）より喫煙、平成22年に禁煙。1日25本。')).toMatchObject({
      status: 'former',
      years_smoked: 32,
      quit_year: 2010,
      cigarettes_per_day: 25,
    });
    expect(ja('平成6年（1994年）に吸い始め、令和3年（2021年）にやめた。1日15本。')).toMatchObject({
      status: 'former',
      years_smoked: 27,
      quit_year: 2021,
    });
  });

  it('ends a habit at an age in kanji, an age named by its celebration, or the end of working life', () => {
    expect(ja('たばこは十九歳から古希まで、一日十五本。')).toMatchObject({
      status: 'former',
      years_smoked: 51,
      cigarettes_per_day: 15,
      quit_year: null,
    });
    expect(ja('喫煙は二十二歳から五十五歳まで、1日20本。')).toMatchObject({
      status: 'former',
      years_smoked: 33,
    });
    expect(ja('たばこは20歳から65歳の退職まで1日30本。')).toMatchObject({
      status: 'former',
      years_smoked: 45,
    });
    expect(ja('喫煙：就職してから退職まで1日10本。')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      years_smoked: null,
    });
    // Up to now, or a deadline, is no end.
    expect(ja('たばこは20歳から58歳の今まで1日20本。').status).toBe('current');
  });

  it('starts the years at an event with its age in brackets, not at an age beside a start year', () => {
    expect(ja('たばこは就職して（22歳）から1日15本、現在50歳。')).toMatchObject({
      status: 'current',
      years_smoked: 28,
    });
    expect(ja('喫煙：平成元年（19歳）から現在まで毎日20本')).toMatchObject({
      status: 'current',
      years_smoked: 35,
    });
  });

  it('reads cartons a week or a month (a carton = 10 packs)', () => {
    expect(ja('喫煙：週に2カートン、10年')).toMatchObject({
      status: 'current',
      years_smoked: 10,
    });
    expect(ja('喫煙：週に2カートン、10年').cigarettes_per_day).toBeCloseTo(400 / 7, 1);
    expect(ja('たばこは1カ月に3カートンほど').cigarettes_per_day).toBeCloseTo(20, 1);
    expect(ja('喫煙：3カートン/月').cigarettes_per_day).toBeCloseTo(20, 1);
  });

  it('reads the years as the first item of a smoking row, a quit after them', () => {
    expect(ja('喫煙：35年、1日30本、H30禁煙')).toMatchObject({
      status: 'former',
      years_smoked: 35,
      quit_year: 2018,
      brinkman_index: 1050,
    });
    expect(ja('喫煙：期間25年、本数15本/日、2020年禁煙')).toMatchObject({
      years_smoked: 25,
      quit_year: 2020,
    });
    expect(ja('喫煙：半世紀近く、1日1箱、2022年禁煙')).toMatchObject({
      years_smoked: 50,
      quit_year: 2022,
    });
    // A time ago is no duration.
    expect(ja('喫煙：15年前まで1日20本').years_smoked).toBeNull();
  });

  it('reads a pack range told with から, not a change', () => {
    expect(ja('たばこは1日1箱から1箱半。').cigarettes_per_day).toBe(25);
    expect(ja('喫煙：毎日半箱から2箱').cigarettes_per_day).toBe(25);
    expect(ja('たばこは1日2箱から半箱に減らした。').cigarettes_per_day).toBe(10);
  });

  it('dates a quit N years back rounded from below (decision 69), not an open bound (decision 7)', () => {
    expect(ja('たばこは8年近く前にやめた。')).toMatchObject({ status: 'former', quit_year: 2016 });
    expect(ja('20年余り前に禁煙した。').quit_year).toBe(2004);
    expect(ja('8年以上前にやめた。').quit_year).toBeNull();
  });
});

describe('peak versus present, relapses and abstinence since an event (fsres)', () => {
  const fields = (text: string, language: Language = 'en') => {
    const a = answer(text, language);
    return [a.status, a.cigarettes_per_day, a.years_smoked, a.quit_year];
  };
  it.each<[string, Language, (string | number | null)[]]>([
    // The past said of its own clause: the present amount before the comma stays current (decision 32).
    ['Has smoked 3/4 ppd for years, formerly 2 ppd.', 'en', ['current', 15, null, null]],
    ['Smokes 8 cigarettes a day, previously a pack and a half.', 'en', ['current', 8, null, null]],
    // A past habit told after an amount smoked now: the peak, not a quit (decisions 9 and 32).
    ['Presently smoking 6 a day; used to smoke 2 packs a day.', 'en', ['current', 6, null, null]],
    [
      'He smokes 4 cigarettes a day now. Used to smoke a pack a day.',
      'en',
      ['current', 4, null, null],
    ],
    ['Currently 12 a day. Used to smoke 2 ppd, quit in 2011.', 'en', ['former', 40, null, 2011]],
    // A bracketed aside about the past stays inside its brackets.
    [
      'Smoker, 3/4 ppd (was 1.5 ppd until 2019). Began at age 20; age 50.',
      'en',
      ['current', 15, 30, null],
    ],
    [
      'Tobacco: current. Cigs/day: 25.\nTobacco: current. Cigs/day: 12 (cut back in March).',
      'en',
      ['current', 12, null, null],
    ],
    // Secret smoking after a quit: a relapse, and the closed period's figures are not its own.
    [
      'Former smoker. Quit 2005. 2 ppd x 30 yrs.\nNow admits sneaking a cigarette or two most evenings.',
      'en',
      ['current', null, null, null],
    ],
    [
      'His brother sneaks cigarettes at work. Patient has never smoked.',
      'en',
      ['never', null, null, null],
    ],
    // Abstinence since an event dated in its sentence.
    [
      'Has been off cigarettes since her bypass surgery in 2016.',
      'en',
      ['former', null, null, 2016],
    ],
    // Packs said of today with no day.
    ['喫煙：若い頃は1日2箱、現在は1箱。', 'ja', ['current', 20, null, null]],
  ])('%s', (text, language, expected) => {
    expect(fields(text, language)).toEqual(expected);
  });
});

describe('a figure said as the revision of an earlier one wins (decision 54)', () => {
  const pick = (text: string, language: Language) => {
    const s = answer(text, language);
    return [s.status, s.cigarettes_per_day, s.years_smoked, s.quit_year, s.pack_years];
  };
  it.each<[string, Language, unknown[]]>([
    // Revision words before the amount (revised_value).
    [
      'Intake form: 3 ppd x 20 yrs.\nAt the bedside she says it is actually half a pack a day for 20 years.',
      'en',
      ['current', 10, 20, null, 10],
    ],
    [
      'Cigarettes: 30/day per the ED sheet. She corrected it to 15 a day when we spoke. Has smoked for 20 years.',
      'en',
      ['current', 15, 20, null, 15],
    ],
    [
      'Former smoker, quit 2010. Pack-years documented as 50 in the referral, amended to 25 pack-years after review.',
      'en',
      ['former', null, null, 2010, 25],
    ],
    // A quit interval revised in a follow-up sentence, or in the same one.
    [
      'Tobacco: quit 12 years ago. On further questioning his wife and he agree it was more like 8 years ago.',
      'en',
      ['former', null, null, 2016, null],
    ],
    [
      'Ex-smoker, stopped 6 years ago, or closer to 4 years ago.',
      'en',
      ['former', null, null, 2020, null],
    ],
    // "misrecorded as N": the wrong figure follows, so it is no revision.
    [
      'Smokes 1 ppd x 25 yrs. The clinic nurse misrecorded it as 2 ppd.',
      'en',
      ['current', 20, 25, null, 25],
    ],
    // Japanese: 実際は／正しくは／訂正 (実際は is no conditional 際は).
    [
      '紹介状では1日30本とあるが、本人に聞くと実際は15本。喫煙歴20年。',
      'ja',
      ['current', 15, 20, null, 15],
    ],
    ['禁煙は8年前と記載されているが、正しくは3年前。', 'ja', ['former', null, null, 2021, null]],
    ['たばこをやめたのは6年前。', 'ja', ['former', null, null, 2018, null]],
  ])('%s', (text, language, expected) => {
    expect(pick(text, language)).toEqual(expected);
  });
});

describe('a start age in a follow-up, with the age now after it (ja)', () => {
  it('「…現在は1日N本。M歳から、現在K歳。」 gives the years from the start age to the age now', () => {
    const s = answer('たばこ：昔は1日30本、今は1日15本。22歳から、現在52歳。', 'ja');
    expect([s.status, s.cigarettes_per_day, s.years_smoked, s.brinkman_index]).toEqual([
      'current',
      15,
      30,
      450,
    ]);
  });
});

describe('leftovers of the seventh stop: tilde spans, era years, undone cuts, corrections (fsml2)', () => {
  const pick = (text: string, language: Language = 'en') => {
    const s = answer(text, language);
    return [s.status, s.cigarettes_per_day, s.years_smoked, s.quit_year, s.pack_years];
  };
  it.each<[string, unknown[]]>([
    // "~" joins a span's two ends, as a hyphen does; a closed span in a row with no status word is
    // a past habit (as the Japanese set reads 〜), its end the quit year.
    ['Tobacco: 15/day (1988~2008)', ['former', 15, 20, 2008, 15]],
    ['Smoking history: 2 ppd 1979~2004', ['former', 40, 25, 2004, 50]],
    ['Cigarettes: half a pack a day (age 18~48), stopped.', ['former', 10, 30, null, 15]],
    ['Smoking: 1 ppd (22~52 y/o)', ['former', 20, 30, null, 30]],
    // An open span after a former word is the quit year; after a present habit, the start year.
    ['Smoking: Ex (2011~)', ['former', null, null, 2011, null]],
    ['Tobacco: former smoker (H26~)', ['former', null, null, 2014, null]],
    ['Smoking: Ex (since 2009)', ['former', null, null, 2009, null]],
    ['Smoking: current, 15/day (2004~)', ['current', 15, 20, null, 15]],
    // A span that runs on stays current.
    ['Tobacco: 10/day (2000~present)', ['current', 10, 24, null, 12]],
    // Era years in English rows, before or after the quit word; a row that runs until one.
    ['Smoking: past (H25 quit)', ['former', null, null, 2013, null]],
    ['Ex-smoker, stopped H19.', ['former', null, null, 2007, null]],
    ['Smoking: R3 quit, 1 ppd x 25 yrs', ['former', 20, 25, 2021, 25]],
    ['Tobacco: 2017 quit, 15/day x 20 yrs', ['former', 15, 20, 2017, 15]],
    ['In 2019 quit attempt with patches failed; smokes 1 ppd.', ['current', 20, null, null, null]],
    ['Smoking: until H20 (20/day)', ['former', 20, null, 2008, null]],
    ['Tobacco: 1 ppd until 2012', ['former', 20, null, 2012, null]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    // A cut undone ("went back up") leaves the amount before it (decision 32), only for the
    // amount right before the words.
    [
      'Smokes about 25 a day. She had cut down to 10 a day but it went back up.',
      ['current', 25, null, null, null],
    ],
    [
      'Current smoker, 2 ppd; got down to 1 ppd in 2020 but crept back up.',
      ['current', 40, null, null, null],
    ],
    [
      'Smokes 1 ppd. Had cut back to half a pack and has stayed there.',
      ['current', 10, null, null, null],
    ],
    // A fraction of a century counted back; not a bound.
    ['Gave up cigarettes about a quarter of a century ago.', ['former', null, null, 1999, null]],
    ['Quit smoking more than half a century ago.', ['former', null, null, null, null]],
    // "ex-smoker for N years" is the time since the quit (as "non-smoker for N years"); "x N yrs"
    // is the years smoked (fsen61b).
    ['She has been an ex-smoker for 12 years.', ['former', null, null, 2012, null]],
    ['Ex-smoker x 15 yrs, 1 ppd.', ['former', 20, 15, null, 15]],
    // A relative who corrects the patient's quit time ("it was …") is a collateral source.
    [
      'Quit smoking 9 years ago per patient. Husband says it was actually 4 years ago.',
      ['former', null, null, 2020, null],
    ],
    ['Never smoker. Her husband says he quit 4 years ago.', ['never', null, null, null, null]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    // A row that tells only the daily amount, then a start age and the age now on the next line.
    ['喫煙：1日15本\n30歳から、現在50歳', ['current', 15, 20, null, 15]],
    ['たばこ：1日10本。\n18歳から、現在58歳。', ['current', 10, 40, null, 20]],
    // Peak and present amounts: the present one (decision 19).
    ['嗜好：昔は1日30本、今は1日5本くらい。', ['current', 5, null, null, null]],
  ])('%s', (text, expected) => {
    expect(pick(text, 'ja')).toEqual(expected);
  });
});
