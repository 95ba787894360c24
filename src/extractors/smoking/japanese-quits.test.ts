import { describe, expect, it } from 'vitest';
import type { Language } from '../../core/types.js';
import { loadPipeline } from '../../load-pipeline.js';

const pipeline = loadPipeline();

function smoking(text: string, language: Language = 'ja', noteDate = '2024-06-01') {
  return pipeline.run({
    noteId: 't',
    personId: 'p',
    text,
    language,
    languageDetected: false,
    noteDate,
  });
}

const answer = (text: string, noteDate?: string) =>
  smoking(text, 'ja', noteDate).annotation.smoking;

describe('numbered options on one line, the answer ticked before its number (特定健診 問8)', () => {
  const question = '８．現在、たばこを習慣的に吸っていますか。\n';
  const options = (one: string, two: string, three: string) =>
    `${question}${one}①はい　${two}②以前は吸っていたが、最近１か月間は吸っていない　${three}③いいえ（①②以外）`;
  it.each([
    // Only the circled option answers: the unticked ② is no "以前は吸っていた".
    [options('', '　', '（○）'), 'never'],
    [options('', '（○）', '　'), 'former'],
    [options('（○）', '　', '　'), 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('leaves numbered items alone on a line with no tick (a list, not options)', () => {
    expect(answer('喫煙歴：①20歳から1日20本　②2015年に禁煙')).toMatchObject({
      status: 'former',
      quit_year: 2015,
      cigarettes_per_day: 20,
    });
  });

  it('reads the numbered conditions of a printed definition as no statement', () => {
    const text =
      '（※「現在、習慣的に喫煙している者」とは、条件１と条件２を両方満たす者である。\n' +
      '条件１：最近１か月間吸っている　条件２：生涯で６か月間以上吸っている）';
    expect(answer(text).status).toBe('unknown');
  });
});

describe('a stated index with its calculation', () => {
  it.each<[string, number]>([
    ['喫煙：令和2年禁煙（喫煙指数：20本×40年＝800）', 800],
    ['喫煙：20本/日×30年、BI：20×30＝600', 600],
    ['喫煙歴：ブリンクマン指数 = 30本/日 × 20年 = 600、2015年に禁煙。', 600],
    // Not the first digit of the first factor.
    ['喫煙歴：BI=20×35=700、現在も喫煙。', 700],
    // Near miss: the index first, its factors after it.
    ['喫煙指数 600（20本×30年）、2010年に禁煙。', 600],
  ])('%s → BI %d', (text, bi) => {
    expect(answer(text).brinkman_index).toBe(bi);
  });

  it('keeps the factors as the amounts', () => {
    expect(answer('喫煙：令和2年禁煙（喫煙指数：20本×40年＝800）')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 40,
      quit_year: 2020,
    });
  });
});

describe('form rows answered in brackets (肺がん検診問診票)', () => {
  const form =
    '１．たばこについて（あてはまるものに○）\n' +
    '　（○）現在吸っている　（　）以前吸っていたがやめた　（　）吸ったことがない\n' +
    '　・１日の本数：（２０）本\n' +
    '　・喫煙年数：（３５）年\n' +
    '　・喫煙指数（１日の本数×喫煙年数）：（７００）\n' +
    '　※喫煙指数が６００以上の方は喀痰細胞診の対象となります。';
  it('reads the bracketed answers', () => {
    expect(answer(form)).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: 35,
      brinkman_index: 700,
      pack_years: 35,
    });
  });

  it('leaves the printed criterion out', () => {
    const text = '喫煙：現在1日10本。\n※喫煙指数が６００以上の方は喀痰細胞診の対象となります。';
    expect(answer(text)).toMatchObject({ status: 'current', brinkman_index: null });
  });
});

describe('an end-only span in brackets beside the amounts', () => {
  it.each<[string, number]>([
    ['生活歴：喫煙 30本/日×20年（〜H20）、以後禁煙継続。', 2008],
    ['喫煙：1日1箱×30年（～2010年）。現在は禁煙中。', 2010],
  ])('%s → quit %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it('gives no quit year to a smoker who started again', () => {
    expect(answer('喫煙 20本/日×10年（〜H20）、その後また吸い始め、現在も1日10本。')).toMatchObject(
      { status: 'current', quit_year: null },
    );
  });

  it('ignores a span beside something else', () => {
    expect(answer('既往：胃潰瘍（〜2010年）。喫煙：以前（1日20本）')).toMatchObject({
      status: 'former',
      quit_year: null,
    });
  });
});

describe('a quit dated by an event (を機に, をきっかけに, 後に, 以降)', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      '嗜好：既往の心筋梗塞（2018年）後に禁煙。喫煙歴 30 pack-years。',
      { status: 'former', quit_year: 2018, pack_years: 30 },
    ],
    // A relative's event is the occasion; the quit is the patient's.
    [
      '・嗜好：喫煙は２０１２年の長女出産を機に禁煙。それまでは１日１０本×８年。',
      { status: 'former', quit_year: 2012, cigarettes_per_day: 10, years_smoked: 8 },
    ],
    ['2015年の父の死去をきっかけにたばこをやめた。', { status: 'former', quit_year: 2015 }],
    ['妻が妊娠したのを機に、2019年に禁煙した。', { status: 'former', quit_year: 2019 }],
    // Decision 67: the latest date before the trigger; a 年度 alone is its first year.
    [
      '・喫煙：令和3年度の特定保健指導（令和4年2月実施）をきっかけに禁煙し、現在まで継続。以前は1日20本を20年。',
      { status: 'former', quit_year: 2022, cigarettes_per_day: 20, years_smoked: 20 },
    ],
    [
      '令和3年度の特定保健指導をきっかけに禁煙した。以前は1日20本。',
      { status: 'former', quit_year: 2021 },
    ],
    ['2015年の手術以降禁煙している。以前は1日20本。', { status: 'former', quit_year: 2015 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it('does not date the quit by the event when it came years after it', () => {
    expect(answer('2018年の心筋梗塞から2年後に禁煙。以前は1日20本。').quit_year).not.toBe(2018);
  });

  it('does not take the start year of the clause before "以後禁煙"', () => {
    expect(answer('喫煙：2000年から1日20本、以後禁煙。').quit_year).not.toBe(2000);
  });

  it('leaves a relative who is the topic the one who quit', () => {
    expect(answer('夫は長女出産を機に禁煙した。本人は喫煙歴なし。').status).toBe('never');
    expect(answer('父は手術後に禁煙した。本人は喫煙歴なし。').status).toBe('never');
  });

  it('does not read the present admission as a quit (decisions 25 and 31)', () => {
    expect(answer('喫煙：1日1箱×35年、現喫煙者。今回入院を機に禁煙。').status).toBe('current');
  });
});

describe('the last product stopped is the quit (decision 65)', () => {
  it('dates the quit by the heated tobacco, not the switch', () => {
    const text =
      'たばこ：紙巻きは1990年から2015年まで1日20本。2015年に加熱式たばこ（glo）に切り替えたが、' +
      '令和3年の秋に加熱式もやめた。以後、たばこ製品は何も使っていない。';
    expect(answer(text)).toMatchObject({
      status: 'former',
      quit_year: 2021,
      cigarettes_per_day: 20,
      years_smoked: 25,
    });
  });

  it('reads "2019年末にIQOSもやめた" as the quit', () => {
    expect(answer('以前は1日20本。2019年末にIQOSもやめた。')).toMatchObject({
      status: 'former',
      quit_year: 2019,
    });
  });

  it('keeps a switch to heated tobacco current, with no quit year', () => {
    expect(
      answer('2015年に加熱式たばこ（IQOS）に切り替えた。現在も加熱式を1日20本。'),
    ).toMatchObject({ status: 'current', quit_year: null });
  });
});

describe('smoking up to the day before admission (decision 38)', () => {
  it('is current, with the amounts of the 喫煙 row', () => {
    expect(
      answer('・喫煙：入院前日まで1日20〜30本を40年。「入院を機に禁煙したい」と話す。'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 25, years_smoked: 40 });
    expect(answer('たばこは入院直前まで1日10本。')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
    });
  });

  it('is no smoking statement about something else', () => {
    expect(answer('入院前日まで飲酒していた。喫煙歴なし。').status).toBe('never');
  });
});
