import { describe, expect, it } from 'vitest';
import { runNote, smokingOf } from '../../../tests/support/extractor-answers.js';

const answer = (text: string, noteDate?: string) => smokingOf(text, 'ja', noteDate);

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

describe('dev15 phenomena', () => {
  describe('questionnaire answers written in brackets', () => {
    it.each<[string, number, number]>([
      ['2. たばこを吸いますか　［✓］現在吸っている\n　　→ 1日（ 10 ）本 ×（ 12 ）年間', 10, 12],
      ['たばこ：1日（20）本、（30）年間', 20, 30],
      ['喫煙：（ 15 ）本/日 ×（ 20 ）年', 15, 20],
      ['喫煙年数：（ 25 ）年、たばこ（20）本/日', 20, 25],
    ])('%s → cpd %d, years %d', (text, cpd, years) => {
      expect(answer(text)).toMatchObject({ cigarettes_per_day: cpd, years_smoked: years });
    });

    it('reads the ticked quit with its 和暦 year and the rows of numbers under it', () => {
      const text =
        '■たばこについて\n' +
        '　□吸ったことがない　□現在吸っている　■やめた（禁煙した年：平成25年）\n' +
        '　吸っていた本数：1日（20）本　吸っていた年数：（30）年';
      expect(answer(text)).toMatchObject({
        status: 'former',
        quit_year: 2013,
        cigarettes_per_day: 20,
        years_smoked: 30,
        brinkman_index: 600,
      });
    });

    it.each<[string, number]>([
      ['□吸ったことがない　■やめた（やめた年：2013年）', 2013],
      ['喫煙：やめた（禁煙時期：H25）', 2013],
      ['喫煙：以前吸っていた（（5）年前にやめた）', 2019],
      ['喫煙：禁煙して（3）年', 2021],
    ])('%s → quit %d', (text, year) => {
      expect(answer(text).quit_year).toBe(year);
    });

    it('leaves the drinking row of the same form alone', () => {
      expect(answer('喫煙：1日（20）本。飲酒歴（35）年').years_smoked).toBeNull();
      expect(answer('飲酒：1日（2）合 ×（30）年。たばこ：なし').status).toBe('never');
    });
  });

  describe('a span that runs to now (現在)', () => {
    it.each<[string, number]>([
      ['喫煙：S62年〜現在、1日20本', 37],
      ['喫煙：1987年〜現在まで1日20本', 37],
      ['喫煙：H10.4〜現在、1日10本', 26],
      ['たばこ1日20本（平成10年〜現在）', 26],
    ])('%s → current, years %d', (text, years) => {
      expect(answer(text)).toMatchObject({ status: 'current', years_smoked: years });
    });

    it('is no start year on another row of the sentence', () => {
      expect(answer('糖尿病（2010年〜現在）。喫煙：1日20本').years_smoked).toBeNull();
    });

    it('is no current statement when the present is a quit', () => {
      expect(answer('喫煙：20歳〜現在は禁煙中').status).toBe('former');
    });
  });

  describe('a quit written as a span from its year (H27〜禁煙)', () => {
    it.each<[string, number]>([
      ['SM：ex（1ppd×35y、H27〜禁煙）', 2015],
      ['喫煙：2015年〜禁煙中', 2015],
      ['喫煙歴：20本/日×30年、R2.4〜禁煙', 2020],
    ])('%s → former, quit %d', (text, year) => {
      expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
    });

    it('reads the amounts beside it', () => {
      expect(answer('SM：ex（1ppd×35y、H27〜禁煙）')).toMatchObject({
        cigarettes_per_day: 20,
        years_smoked: 35,
        pack_years: 35,
      });
    });

    it.each(['喫煙：1日20本。2025年〜禁煙予定', '喫煙：1日20本。H27〜禁煙指導'])(
      'is no quit when planned or advised: %s',
      (text) => {
        expect(answer(text)).toMatchObject({ status: 'current', quit_year: null });
      },
    );
  });

  describe('a quit in a month of last year (昨年の3月にやめて)', () => {
    it('is former, with last year, the quit continuing (今も続いている)', () => {
      expect(
        answer(
          'タバコは昨年の3月にやめて、今も続いている（それまでは1日30本×40年）。',
          '2025-01-14',
        ),
      ).toMatchObject({
        status: 'former',
        quit_year: 2024,
        cigarettes_per_day: 30,
        years_smoked: 40,
      });
    });

    it.each<[string, number]>([
      ['たばこは去年の11月にやめた。', 2024],
      ['たばこは3月にやめて、以後吸っていない。', 2024],
    ])('%s → quit %d', (text, year) => {
      expect(answer(text, '2025-01-14')).toMatchObject({ status: 'former', quit_year: year });
    });

    it('keeps smoking that continues current', () => {
      expect(answer('タバコは1日20本、今も続いている。').status).toBe('current');
      expect(answer('タバコは来月にやめてください。').status).not.toBe('former');
    });
  });

  describe('abstinence only because of the hospital ban (decision 25)', () => {
    it('is no never statement: the amounts make a current smoker', () => {
      const text =
        '退院時サマリー\n55歳男性\n【生活歴】喫煙：1日30本（18歳〜）。\n' +
        '【経過】入院中は院内禁煙のため喫煙なし。\n【退院時指導】禁煙の必要性を説明した。';
      expect(answer(text, '2024-12-10')).toMatchObject({
        status: 'current',
        cigarettes_per_day: 30,
        years_smoked: 37,
        brinkman_index: 1110,
      });
    });

    it.each([
      '60歳男性。喫煙：1日20本を40年。入院中は吸っていない。',
      '在院中は禁煙できている。たばこ1日15本',
    ])('%s → current', (text) => {
      expect(answer(text).status).toBe('current');
    });

    it('leaves a never statement beside it alone', () => {
      expect(answer('喫煙歴なし。入院中も喫煙なし。').status).toBe('never');
    });
  });

  describe('heated-tobacco sticks are not cigarettes (decisions 3 and 46)', () => {
    it('keeps the cigarette numbers, not the heated amount now', () => {
      const text =
        '紙巻きたばこは1日20本を15年吸っていたが、2年前からアイコスに切り替え、現在は加熱式のみ1日15本ほど。';
      expect(answer(text)).toMatchObject({
        status: 'current',
        cigarettes_per_day: 20,
        years_smoked: 15,
        brinkman_index: 300,
        quit_year: null,
      });
    });

    it.each<[string, number | null]>([
      ['アイコスを1日20本吸っている。', null],
      ['加熱式たばこ（IQOS）1日10本、紙巻きは1日5本。', 5],
      // Near misses: the cigarettes before the switch, and cigarettes smoked beside it.
      ['アイコスに替える前は紙巻き1日20本を20年。現在はアイコスのみ。', 20],
      ['IQOSと紙巻きを併用、1日20本。', 20],
    ])('%s → cpd %s', (text, cpd) => {
      expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: cpd });
    });
  });

  describe('N年近く, N年弱, N年余り use N (decision 69)', () => {
    it.each<[string, number]>([
      ['たばこは1日1箱半、もう40年近く吸っている。', 40],
      ['たばこは1日20本、30年弱吸ってきた。', 30],
      ['1日20本、40年余り喫煙している。', 40],
      ['たばこは1日20本で40年近くの喫煙歴', 40],
    ])('%s → years %d', (text, years) => {
      expect(answer(text).years_smoked).toBe(years);
    });

    it('keeps 以上 a bound, and a calendar or era year no duration', () => {
      expect(answer('たばこは1日10本。30年以上吸っている。').years_smoked).toBeNull();
      expect(answer('喫煙：2010年は吸っていた。1日10本').years_smoked).toBeNull();
      expect(answer('平成5年の喫煙開始、1日20本').years_smoked).toBeNull();
    });

    it('is the whole history with its amount', () => {
      expect(answer('たばこは1日1箱半、もう40年近く吸っている。')).toMatchObject({
        status: 'current',
        cigarettes_per_day: 30,
        brinkman_index: 1200,
        pack_years: 60,
      });
    });
  });
});

describe('dev16 phenomena: honorific denials, smoking until an age, clauses before 指導', () => {
  it.each([
    // Honorific and て-form denials in 紹介状.
    ['たばこは吸われたことがなく、飲酒も機会飲酒程度です。', 'never'],
    ['喫煙されたことはないとのことです。', 'never'],
    // Smoking that ran until an age is a former habit.
    ['喫煙は30代の頃まで1日30本ほど。やめてから20年以上たつ。', 'former'],
    ['たばこ：20歳〜45歳まで', 'former'],
    // A reason clause ("…でいらっしゃいますので") before the teaching is still a statement.
    [
      '喫煙指数1200の現喫煙者でいらっしゃいますので、当科でも禁煙について指導いたしました。',
      'current',
    ],
    // The teaching itself says nothing.
    ['喫煙と飲酒について説明した。', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('keeps the index of a current smoker named with it', () => {
    expect(
      answer('喫煙指数1200の現喫煙者でいらっしゃいますので、禁煙について指導いたしました。'),
    ).toMatchObject({
      status: 'current',
      brinkman_index: 1200,
    });
  });
});

describe('dev17 phenomena', () => {
  describe('lifetime and honorific denials', () => {
    it.each([
      ['喫煙はこれまで一切されておりません。粉塵曝露歴もございません。', 'never'],
      ['たばこは今まで一度も吸われていません。', 'never'],
      ['これまで喫煙はしていない。', 'never'],
      // The 敬語 and て-form denials read like the plain "喫煙はしていません".
      ['喫煙はしておりません。', 'never'],
      ['たばこは吸っておらず、飲酒もしない。', 'never'],
      // Near misses: smoking that went on, a start, a quit before the denial.
      ['喫煙はこれまで1日20本していたが、3年前にやめた。', 'former'],
      ['今まで吸っていなかったが、半年前から吸い始めた。', 'current'],
      ['たばこは3年前にやめて、今までたばこは吸っていない。', 'former'],
      ['喫煙は10年前にやめ、今まで吸っていない。', 'former'],
      // A present-tense denial alone says nothing of the past (decision 54).
      ['現在は吸っておられません。', 'unknown'],
      ['現在はたばこは吸っておらず', 'unknown'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });

    it('reads an honorific present denial after a past span as former', () => {
      expect(answer('喫煙歴：22歳から58歳まで1日15本（現在は吸っておられません）。')).toMatchObject(
        {
          status: 'former',
          cigarettes_per_day: 15,
          years_smoked: 36,
          quit_year: null,
          brinkman_index: 540,
        },
      );
    });
  });

  describe('a quit dated inside the bracket after 禁煙', () => {
    it.each([
      ['喫煙：禁煙中（2ヶ月前に健診で肺気腫と言われてから）。以前は1日半箱くらい。', 2024],
      ['禁煙中（3年前に心筋梗塞を起こしてから）。', 2021],
      ['禁煙中（半年前に肺炎で入院してから）。', 2024],
      ['禁煙している（昨年の入院を機に）。', 2023],
      ['禁煙中（2018年に転職してから）。', 2018],
    ])('%s → %s', (text, year) => {
      expect(answer(text, '2024-09-03')).toMatchObject({ status: 'former', quit_year: year });
    });

    it('leaves a bracket of amounts alone', () => {
      expect(answer('禁煙中（1日20本、30年間）。', '2024-09-03')).toMatchObject({
        status: 'former',
        cigarettes_per_day: 20,
        quit_year: null,
      });
    });
  });

  describe('a switch to heated tobacco, however long ago', () => {
    it('is current and keeps the cigarette numbers', () => {
      expect(
        answer(
          'たばこ：加熱式（アイコス）を毎日1箱ほど。紙巻きは1日15本を20年吸っていたが、10年前に加熱式へ切り替えた。',
        ),
      ).toMatchObject({
        status: 'current',
        cigarettes_per_day: 15,
        years_smoked: 20,
        quit_year: null,
        brinkman_index: 300,
      });
    });

    it.each([
      ['5年前にアイコスに変えた。', 'current'],
      ['紙巻きは1日20本。3年前に加熱式たばこに移行した。', 'current'],
      // Giving up the heated product too is the quit (decision 65).
      ['紙巻きは1日20本。3年前に加熱式たばこに移行し、昨年それもやめた。', 'former'],
      ['飲酒もしていたがそれもやめた。', 'unknown'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });

  describe('the SM shorthand of mixed-English notes', () => {
    it.each([
      ['SM: ex（30 cig/d × 25y、quit 2016）', 'former', 2016],
      ['SM: 1ppd × 30y, ex', 'former', null],
      ['SM: 20 cig/d × 30y, quit 2015', 'former', 2015],
      ['SM: 1.5ppd × 30y, current', 'current', null],
      ['喫煙：20本/日×30年、current', 'current', null],
      ['SM: never', 'never', null],
    ])('%s → %s', (text, status, year) => {
      expect(answer(text)).toMatchObject({ status, quit_year: year });
    });

    it('keeps the numbers of an ex row', () => {
      expect(answer('SM: ex（30 cig/d × 25y、quit 2016）')).toMatchObject({
        cigarettes_per_day: 30,
        years_smoked: 25,
        pack_years: 37.5,
      });
    });
  });

  describe('smoking up to the day of admission', () => {
    it.each([
      ['喫煙：1日1箱を41年間。入院当日の朝まで吸っていた。', 'current'],
      ['救急搬送された日の朝まで吸っていた。', 'current'],
      ['入院する前日の夜まで喫煙していた。', 'current'],
      ['入院するまで毎日吸っていた。', 'current'],
      // Near misses: a past year, and advice before surgery.
      ['10年前まで吸っていた。', 'former'],
      ['手術当日までの禁煙を指導。', 'unknown'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });

  describe('general information about smokers', () => {
    it.each([
      [
        '説明：喫煙者では皮弁の血流障害や創離開が増えること、1日10本以上の喫煙では皮弁壊死のリスクがさらに高まることを、一般的な情報として説明した。',
        'unknown',
      ],
      ['喫煙は創傷治癒を遅らせることを一般論としてお話しした。', 'unknown'],
      ['喫煙者においては術後肺炎が多い。', 'unknown'],
      // Near misses: the patient is a smoker.
      ['喫煙者ではあるが本数は少ない。', 'current'],
      ['喫煙者においては術後肺炎が多い。本人は1日20本吸っている。', 'current'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });

  describe('spans of years that ended', () => {
    it.each([
      ['喫煙歴 25PY（〜H30）。', 2018],
      ['BI 600（～2010）', 2010],
      ['1日1箱（～2010年）', 2010],
      ['喫煙：S57〜H21、1日25本', 2009],
      ['喫煙：20本/日（2000年〜2015年）', 2015],
    ])('%s → former, quit %s', (text, year) => {
      expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
    });

    it('keeps a stated pack-years value alone', () => {
      expect(answer('喫煙歴 25PY（〜H30）。')).toMatchObject({
        pack_years: 25,
        cigarettes_per_day: null,
        years_smoked: null,
      });
    });

    it.each([
      ['喫煙：2000年〜現在、20本/日', 'current'],
      ['喫煙：1日20本（〜2015年）、2020年から再喫煙。', 'current'],
      ['糖尿病（〜2010年）', 'unknown'],
    ])('%s → %s', (text, status) => {
      expect(answer(text)).toMatchObject({ status, quit_year: null });
    });
  });
});

describe('dev18 phenomena', () => {
  describe('a denial naming its product leaves heated tobacco in use standing', () => {
    it.each([
      ['嗜好：加熱式たばこ（プルーム）を毎日使用。紙巻きたばこは吸ったことがない。', 'current'],
      ['嗜好：アイコスを使用中。紙巻きは一度も吸ったことがない。', 'current'],
      ['IQOSを使用しています。たばこは吸ったことがない。', 'current'],
      // Near misses: the denial alone, a list of products denied whole, a use that is denied.
      ['紙巻きたばこは吸ったことがない。', 'never'],
      ['紙巻きたばこや加熱式たばこは一度も吸ったことがない。', 'never'],
      ['紙巻き・加熱式たばこは吸ったことがない。', 'never'],
      ['アイコスは使用していない。紙巻きも吸わない。', 'never'],
      ['以前アイコスを使用していた。', 'former'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });

  describe('abstinent since a date, after a comma', () => {
    it('reads 禁煙開始日（2/3）以降、1本も吸っていない as a quit that month', () => {
      expect(answer('禁煙開始日（2/3）以降、1本も吸っていない。', '2025-03-10')).toMatchObject({
        status: 'former',
        quit_year: 2025,
      });
    });

    it.each([
      ['2020年に禁煙。それ以来、一本も吸っていない。', 'former'],
      ['喫煙：1日20本。その後、全く吸っていない。', 'former'],
      // Near miss: no comma-phrase of abstinence, the plan only.
      ['禁煙開始日（2/3）を決めた。', 'unknown'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });

  describe('a dated quit in the continuative form before a comma', () => {
    it.each<[string, number]>([
      ['紙巻きたばこは2017年にやめ、以後はニコチンを含まない電子タバコ（VAPE）を使用。', 2017],
      ['たばこは平成27年にやめ、体重が増えた。', 2015],
      ['たばこは昨年の春にやめ、体重が増えた。', 2023],
    ])('%s → former, quit %d', (text, year) => {
      expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
    });

    it.each([
      // Near misses: a plan, not a quit.
      ['喫煙：1日20本。たばこは来月にやめ、禁煙外来に通う。', 'current'],
      ['喫煙：1日20本。たばこは来年の春にやめて、体重管理もする。', 'current'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });

  describe("a bracket telling a relative's own smoking is the relative's", () => {
    it.each([
      ['喫煙：吸ったことはない（夫は禁煙して10年）。', 'never'],
      ['喫煙歴なし（妻が喫煙者）。', 'never'],
      // Near misses: a relative as the informant, and a relative's own smoking alone.
      ['喫煙：以前は1日20本（夫より）、10年前に禁煙。', 'former'],
      ['生活歴：夫は喫煙者。', 'unknown'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });
});

describe('dev19 phenomena', () => {
  describe('not smoked since a time: a quit that holds (abstinent-since)', () => {
    it.each<[string, string, number]>([
      [
        '嗜好：たばこ「去年の暮れ、28日から吸ってない」。それまでは1日20本を約25年。',
        '2025-01-09',
        2024,
      ],
      [
        '禁煙開始日（12/27）から本日まで1本も吸っていない。初診時：1日20本、喫煙年数31年。',
        '2025-01-14',
        2024,
      ],
      ['喫煙：1日20本×30年。3年前から吸っていない。', '2025-01-15', 2022],
      ['喫煙：1日20本×30年。先月半ばから一本も吸っていません。', '2024-01-16', 2023],
      ['喫煙：1日20本×30年。2020年から吸っていない。', '2024-06-01', 2020],
    ])('%s (%s) → former, quit %d', (text, date, year) => {
      expect(answer(text, date)).toMatchObject({ status: 'former', quit_year: year });
    });

    it.each([
      // Near misses: a stop for an operation or a test, and the last cigarette yesterday.
      '喫煙：1日20本。手術の2週間前から吸っていない。',
      '喫煙：1日20本。検査の1週間前から吸っていない。',
      '喫煙：1日20本。昨日から吸っていない。',
    ])('%s → not former', (text) => {
      expect(answer(text).status).not.toBe('former');
    });
  });

  describe('a quit, then not a cigarette since, in one clause (quit-then-abstinent)', () => {
    it('is not negated by its own abstinence', () => {
      const text =
        'たばこは一昨年の秋にやめて、それきり吸っていない。やめる前は1日15〜20本を約40年。';
      expect(answer(text, '2025-01-21')).toMatchObject({
        status: 'former',
        quit_year: 2023,
        cigarettes_per_day: 17.5,
        brinkman_index: 700,
      });
      expect(answer('禁煙し、以後1本も吸っていない。').status).toBe('former');
    });

    it('leaves smoking that went on after a request alone (near miss)', () => {
      expect(answer('やめてと言われたが、その後も吸っている。').status).toBe('current');
    });
  });

  describe('honorific quits date the quit (お止めになり, 禁煙されて N年)', () => {
    it.each<[string, string, number]>([
      [
        '喫煙は平成元年にお止めになっており、それ以前は1日40本程度を約20年間吸われていた。',
        '2024-06-01',
        1989,
      ],
      [
        '喫煙歴は1日25本を32年間（喫煙指数800）で、55歳で禁煙されて12年になるとのことです。',
        '2023-05-01',
        2011,
      ],
    ])('%s → quit %d', (text, date, year) => {
      expect(answer(text, date)).toMatchObject({ status: 'former', quit_year: year });
    });

    it('gives no quit year for a quit age alone (near miss, decision 8)', () => {
      expect(answer('喫煙歴は1日25本を32年間で、55歳で禁煙されたとのことです。')).toMatchObject({
        status: 'former',
        quit_year: null,
      });
    });
  });

  describe('quit timing in other forms', () => {
    it.each<[string, string, number]>([
      ['たばこは先月半ばから禁煙している。以前は1日15本、喫煙年数は18年。', '2024-01-16', 2023],
      // The latest of quit → relapse → quit again (再び禁煙), with the stated total years.
      [
        '喫煙歴：平成26年に一度禁煙→令和元年に再喫煙→令和4年12月から再び禁煙し、現在も継続。1日20本、通算約30年。',
        '2024-06-01',
        2022,
      ],
      // A relative's ceremony with its date in brackets dates the patient's quit.
      [
        '喫煙：1日1箱半を25年間。長女の結婚式（平成30年10月）を機にやめ、以後吸っていない。',
        '2024-06-01',
        2018,
      ],
      // A workplace's smoke-free policy as the occasion.
      [
        '喫煙：2020年度の敷地内全面禁煙化を機に禁煙。それまでは一日十五本を二十年。',
        '2024-06-01',
        2020,
      ],
      // Full-width era letters.
      [
        '問１　たばこ：□吸う　■やめた　□吸わない\nやめた時期：（Ｒ２．４）　１日の本数：（２０）本',
        '2024-06-01',
        2020,
      ],
      ['喫煙：Ｈ２５年に禁煙、1日20本×30年。', '2024-06-01', 2013],
      // The product named before, given up later (decision 65).
      [
        '紙巻きたばこは平成28年にアイコスへ切り替え、そのアイコスも昨年やめた。紙巻きは1日25本を20年。',
        '2025-03-04',
        2024,
      ],
    ])('%s → former, quit %d', (text, date, year) => {
      expect(answer(text, date)).toMatchObject({ status: 'former', quit_year: year });
    });

    it('reads the stated total years and the index', () => {
      const text =
        '喫煙歴：平成26年に一度禁煙→令和元年に再喫煙→令和4年12月から再び禁煙し、現在も継続。1日20本、通算約30年。';
      expect(answer(text)).toMatchObject({ years_smoked: 30, brinkman_index: 600 });
    });

    it.each<[string, string]>([
      // Near misses: a plan, a relapse still going on, a relative's quit, the policy alone, an onset.
      ['来月半ばから禁煙する予定。喫煙：1日20本。', 'current'],
      ['平成26年に一度禁煙→令和元年に再喫煙し、現在1日20本。', 'current'],
      ['父は長女の結婚式（平成30年）を機に禁煙した。', 'unknown'],
      ['当院は敷地内全面禁煙です。喫煙：1日20本。', 'current'],
      ['既往：糖尿病（Ｈ２５年〜）。喫煙：1日20本。', 'current'],
      ['紙巻きたばこは10年前にアイコスに変えた。そのアイコスは現在も使用している。', 'current'],
    ])('%s → %s, no quit year', (text, status) => {
      expect(answer(text)).toMatchObject({ status, quit_year: null });
    });
  });

  describe('amounts whose range ends each carry the unit, and amounts cut down to', () => {
    it.each<[string, number]>([
      ['喫煙：1日1箱〜1箱半を35年（喫煙指数 875）。', 25],
      ['喫煙：1日10本〜15本を20年。', 12.5],
      ['喫煙：20本〜30本/日×20年、2010年に禁煙。', 25],
      // Near misses: a cut-down, not a range; the amount now is the one cut down to.
      ['喫煙：1日20本から10本に減らした。', 10],
      ['喫煙：1日2箱から1箱に減らした。', 20],
      ['喫煙：1日1箱半から10本前後に減った。', 10],
    ])('%s → %d a day', (text, cpd) => {
      expect(answer(text).cigarettes_per_day).toBe(cpd);
    });

    it('derives pack-years from the midpoint', () => {
      expect(answer('喫煙：1日1箱〜1箱半を35年。')).toMatchObject({ pack_years: 43.75 });
    });
  });

  describe('years from a start year to now written with から (start-year-to-now)', () => {
    it('counts to the note year', () => {
      expect(answer('喫煙：H10頃から現在まで、紙巻き1日20本前後。', '2024-02-20')).toMatchObject({
        status: 'current',
        years_smoked: 26,
        brinkman_index: 520,
      });
    });

    it('leaves a disease onset to now alone (near miss)', () => {
      expect(answer('糖尿病：2010年から現在まで治療中。喫煙：1日20本。').years_smoked).toBeNull();
    });

    it('does not read 通算N年以上 (an open bound) as years (near miss)', () => {
      expect(answer('喫煙：1日20本、通算30年以上。').years_smoked).toBeNull();
    });
  });

  describe('禁煙歴なし negates the quit, not the smoking (decision 70)', () => {
    it.each<[string, number]>([
      ['61歳男性。\n喫煙：1日1箱半、25歳から。禁煙歴なし。', 30],
      ['喫煙：1日20本、禁煙歴なし。', 20],
    ])('%s → current, %d a day', (text, cpd) => {
      expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: cpd });
    });

    it('gives the years from the start age', () => {
      expect(answer('61歳男性。\n喫煙：1日1箱半、25歳から。禁煙歴なし。')).toMatchObject({
        years_smoked: 36,
        brinkman_index: 1080,
      });
    });

    it.each([
      // Near misses: neither a smoking nor a quit history, and 禁煙歴なし alone.
      ['喫煙歴・禁煙歴なし。', 'never'],
      ['喫煙歴：なし、禁煙歴：なし', 'never'],
      ['禁煙歴なし。', 'unknown'],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });

  describe('slips that go on, said colloquially, are smoking now (decision 18)', () => {
    it('reads 吸っちゃう after 禁煙中, with its amount', () => {
      const text =
        '本人「病気がわかってから禁煙中なんだけど、夜にどうしても1、2本吸っちゃう」。\n喫煙歴：1日20本×30年（カルテより）。';
      expect(answer(text)).toMatchObject({
        status: 'current',
        cigarettes_per_day: 1.5,
        brinkman_index: 45,
      });
    });

    it('keeps one slip with none since a quit (near miss, decision 61)', () => {
      expect(
        answer('本人「禁煙中。先週1本だけ吸ってしまったが、その後は吸っていない」。').status,
      ).toBe('former');
    });
  });

  describe('a lifetime denial after a quote mark, and teaching about harm', () => {
    it.each([
      ['・嗜好：たばこ「生まれてこのかた一本も吸ったことがない」、酒 機会', 'never'],
      ['骨癒合には喫煙や過度の飲酒が悪影響となることをパンフレットで説明。', 'unknown'],
      // Near misses: a relative's denial; the patient's own smoking before the teaching.
      ['夫は一本も吸ったことがない。', 'unknown'],
      [
        'ご本人は現在も喫煙を続けておられ、酸素使用中の喫煙は火災の危険があることを説明した。',
        'current',
      ],
    ])('%s → %s', (text, status) => {
      expect(answer(text).status).toBe(status);
    });
  });
});

describe('dev20: denials, non-tobacco 吸う, quits and durations said in other words', () => {
  it.each([
    // A denial in the の-form before a noun ("…のない方"), plain or honorific.
    ['タバコを吸ったことのない64歳女性。', 'never'],
    ['喫煙：一度も吸ったことのない方です。', 'never'],
    ['ご本人は煙草を吸われたことのない方です。', 'never'],
    // Breathing in air, breath or fumes is not smoking.
    ['冷たい空気を吸うと咳込む。', 'unknown'],
    ['息を吸うと右胸が痛む。', 'unknown'],
    ['火災現場で煙を吸い込み搬送された。', 'unknown'],
    // 吸う with an e-cigarette as its object is vaping alone (spec 3: never).
    ['たばこは吸いません。電子たばこを毎日吸っています。', 'never'],
    ['喫煙歴なし。ベイプをたまに吸う程度。', 'never'],
    ['VAPE（フレーバー付き）を時々吸っている。', 'never'],
    // Unable to obtain the history says nothing.
    ['喫煙・飲酒：聴取不能（意識障害のため）', 'unknown'],
    ['喫煙の有無は確認不能。', 'unknown'],
    // Near misses: a relative's denial; a smoker who also breathes or vapes.
    ['夫はたばこを吸ったことのない人です。', 'unknown'],
    ['たばこは1日10本吸っている。息を吸うと胸が痛む。', 'current'],
    ['電子タバコも紙巻きも吸う。', 'current'],
    ['ヘビースモーカーで1日40本。', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each<[string, string, Record<string, unknown>]>([
    // Packs a day, then the years after a comma ("25年来").
    [
      '喫煙 2箱/日、20年来。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 40, years_smoked: 20, brinkman_index: 800 },
    ],
    [
      'たばこ 1日1箱半・20年来、現在も喫煙中。',
      '2024-06-01',
      { cigarettes_per_day: 30, years_smoked: 20, brinkman_index: 600 },
    ],
    // An honorific past habit, and nothing since.
    [
      '煙草は1990年〜2010年の間、1日20本ほど吸っておられましたが、その後は喫煙されていません。',
      '2021-05-12',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20, quit_year: 2010 },
    ],
    [
      'たばこは以前1日20本を30年間吸っておられましたが、2010年以降は吸われていません。',
      '2021-05-12',
      { status: 'former', years_smoked: 30, quit_year: 2010 },
    ],
    // A quit, then not one since ("してから").
    ['やめてからは一本も吸っていない。', '2024-06-01', { status: 'former' }],
    ['2015年に禁煙してから全く吸っていない。', '2024-06-01', { status: 'former', quit_year: 2015 }],
    ['禁煙してからは喫煙していない。', '2024-06-01', { status: 'former' }],
    // How the quit was made, between the time and the verb.
    ['たばこは20年前にきっぱりやめた。', '2024-03-19', { status: 'former', quit_year: 2004 }],
    ['10年前にすっぱりとタバコをやめました。', '2024-03-19', { status: 'former', quit_year: 2014 }],
    // A bound ("以上前") still says former, with no quit year (decision 7).
    ['たばこは10年以上前にやめています。', '2024-03-19', { status: 'former', quit_year: null }],
    [
      'タバコは15年以上前にやめた。それまでは1日30本前後のヘビースモーカーだった。',
      '2024-03-19',
      { status: 'former', cigarettes_per_day: 30, quit_year: null },
    ],
    // The verb elided in a quote: "N年続けて".
    [
      '「若い頃は1日20本くらい吸ってた。20年くらい続けて、10年前にやめた」とのこと。',
      '2024-03-19',
      {
        status: 'former',
        cigarettes_per_day: 20,
        years_smoked: 20,
        quit_year: 2014,
        brinkman_index: 400,
      },
    ],
    // やめている after the tobacco topic; a holiday with no year is its month up to the note date.
    ['たばこはお盆の前からやめている。', '2024-10-08', { status: 'former', quit_year: 2024 }],
    ['正月からたばこをやめている。', '2025-01-20', { status: 'former', quit_year: 2025 }],
    ['GW明けに禁煙した。', '2024-03-10', { status: 'former', quit_year: 2023 }],
    ['タバコは3年前からやめています。', '2024-06-10', { status: 'former', quit_year: 2021 }],
    // The start year with に, and the time since starting.
    [
      '平成10年に吸い始めて、今も1日15本吸っている。',
      '2025-01-15',
      { status: 'current', years_smoked: 27, cigarettes_per_day: 15 },
    ],
    [
      '1995年頃にたばこを吸い始め、現在1日10本。',
      '2025-01-15',
      { status: 'current', years_smoked: 30 },
    ],
    [
      'たばこは1日25本くらい。吸い始めて30年になる。',
      '2024-11-05',
      { status: 'current', years_smoked: 30, brinkman_index: 750 },
    ],
    ['喫煙を始めてから約40年、1日20本。', '2024-11-05', { years_smoked: 40, brinkman_index: 800 }],
    ['吸い始めて20年でやめた。1日10本。', '2024-11-05', { status: 'former', years_smoked: 20 }],
  ])('%s (%s)', (text, noteDate, expected) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe('dev21: counselling verbs, ever-only history rows, cleft quits, age spans, cigarettes quit beside heated tobacco', () => {
  it.each<[string, string, Record<string, unknown>]>([
    // 禁煙 with a counselling verb (勧奨, 推奨, 励行, 促す) is advice, not a quit (decision 10); an
    // elliptic "たばこは今も毎日" is smoking now.
    ['喫煙は今でも毎日1箱。禁煙を再度推奨した。', '2024-06-01', { status: 'current' }],
    ['たばこはいまだにやめられない。禁煙勧奨を行った。', '2024-06-01', { status: 'current' }],
    ['禁煙の励行を促した。', '2024-06-01', { status: 'unknown' }],
    ['10年前に禁煙した。禁煙の継続を勧奨。', '2024-06-01', { status: 'former', quit_year: 2014 }],
    // 禁煙 as one topic of a list of lifestyle advice or material is teaching (decision 10).
    ['減量、禁煙や減塩についてお話しした。', '2024-06-01', { status: 'unknown' }],
    ['食事・運動・禁煙に関する資料を渡して説明。', '2024-06-01', { status: 'unknown' }],
    [
      '5年前に禁煙。禁煙・節酒に関する資料を渡した。',
      '2024-06-01',
      { status: 'former', quit_year: 2019 },
    ],
    // 喫煙歴：有 with a blank and the amounts after it is still history only (decisions 2 and 15).
    [
      '喫煙歴：有　30本/日 × 20年間。',
      '2024-06-01',
      { status: 'unknown', cigarettes_per_day: 30, years_smoked: 20, brinkman_index: 600 },
    ],
    ['喫煙歴：有 （現在）1日10本', '2024-06-01', { status: 'current', cigarettes_per_day: 10 }],
    ['喫煙歴：有　現在も1日20本', '2024-06-01', { status: 'current', cigarettes_per_day: 20 }],
    // The quit as the topic of a cleft sentence, its time after は/が (decision 21: ほど uses N).
    [
      '1日10本吸っていた。やめたのは20年くらい前で、以降吸っていない。',
      '2024-03-19',
      { status: 'former', quit_year: 2004 },
    ],
    ['たばこをやめたのは去年です。', '2024-03-19', { status: 'former', quit_year: 2023 }],
    ['禁煙したのは平成27年。1日20本×30年。', '2024-03-19', { status: 'former', quit_year: 2015 }],
    ['たばこをやめたのが3ヶ月前。', '2024-02-10', { status: 'former', quit_year: 2023 }],
    // Another quit in the cleft (alcohol) is not the tobacco quit.
    [
      'お酒をやめたのは5年前。たばこは10年前に禁煙。',
      '2024-03-19',
      { status: 'former', quit_year: 2014 },
    ],
    // A quit age in the cleft gives no quit year (decision 18).
    ['喫煙歴：1日20本、やめたのは50歳の時。', '2024-03-19', { status: 'former', quit_year: null }],
    // Weeks and months after a plain quit verb count back from note_date (decisions 6 and 32).
    [
      '「たばこをやめて5週間くらい」とのこと。',
      '2025-01-20',
      { status: 'former', quit_year: 2024 },
    ],
    [
      'タバコを止めてから2か月、1本も吸っていない。',
      '2024-01-15',
      { status: 'former', quit_year: 2023 },
    ],
    ['たばこをやめて3ヶ月になる。', '2024-06-01', { status: 'former', quit_year: 2024 }],
    // An unbracketed age span after the amount: years = end − start (decision 8).
    [
      '喫煙 20本/日、18〜48歳。禁煙して15年。',
      '2024-03-19',
      { status: 'former', years_smoked: 30, brinkman_index: 600, quit_year: 2009 },
    ],
    [
      '元喫煙者、1日1箱を22～60歳。',
      '2024-03-19',
      { status: 'former', years_smoked: 38, pack_years: 38 },
    ],
    // Not a period inside the history, nor an age band.
    ['元喫煙者。20〜30歳の頃は1日40本、2000年に禁煙。', '2024-03-19', { years_smoked: null }],
    // Cigarettes quit, heated tobacco now: current, no quit year (decisions 3 and 46), either order.
    [
      '加熱式たばこ（プルーム）を毎日。紙巻きは5年ほど前にやめてそれきり。',
      '2024-03-19',
      { status: 'current', quit_year: null, cigarettes_per_day: null },
    ],
    [
      '紙巻きたばこは2016年に禁煙し、現在はアイコスを毎日使用。',
      '2024-03-19',
      { status: 'current', quit_year: null },
    ],
    [
      'アイコスを1日10本。紙巻きは5年前にやめた。1日20本×30年。',
      '2024-03-19',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, quit_year: null },
    ],
    // Cigarettes quit with nothing after them: former, with the quit year.
    ['紙巻きは10年前にやめた。1日20本×20年。', '2023-11-07', { status: 'former', quit_year: 2013 }],
    // Both quit: the later (heated) quit is the quit year (decision 65).
    [
      '紙巻きたばこは3年前に禁煙。加熱式も昨年やめた。',
      '2023-11-07',
      { status: 'former', quit_year: 2022 },
    ],
  ])('%s (%s)', (text, noteDate, expected) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe('dev22: honorific denials, shorthand after a colon, table rows, spans with events, durations and quits in other words', () => {
  it.each<[string, string, Record<string, unknown>]>([
    // Honorific lifetime denials of a referral are never (as 吸ったことがない).
    ['ご本人はたばこを吸われたことはございません。', '2024-06-01', { status: 'never' }],
    ['喫煙されたことはございません。ご主人は1日20本。', '2024-06-01', { status: 'never' }],
    ['たばこはお吸いになったことがないそうです。', '2024-06-01', { status: 'never' }],
    // A quit before it keeps the note former.
    [
      '10年前に禁煙し、その後は一度も吸われたことはございません。',
      '2024-06-01',
      { status: 'former', quit_year: 2014 },
    ],
    // SM(+)/(−) and 喫(+) right after a 嗜好 label's colon, either bracket width.
    [
      '嗜好：SM(+) 15/d×30y、Alc 機会',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 30 },
    ],
    ['嗜好：Alc(+)、SM（＋）', '2024-06-01', { status: 'current' }],
    ['嗜好：SM（−）、Alc（+）', '2024-06-01', { status: 'never' }],
    ['嗜好:喫(＋) 10本/日', '2024-06-01', { status: 'current', cigarettes_per_day: 10 }],
    ['【病理】深達度：SM、ly0', '2024-06-01', { status: 'unknown' }],
    // 今も/今は with a pack and a half.
    [
      '60歳。喫煙は22歳から、今は1日1箱半くらい。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 30, years_smoked: 38 },
    ],
    // A calendar span with 頃 at either end.
    [
      'たばこは1980年ころから2005年頃まで1日20本吸っていた。',
      '2024-06-01',
      { status: 'former', years_smoked: 25, quit_year: 2005 },
    ],
    [
      '喫煙：平成元年頃〜平成20年頃、1日15本。',
      '2024-06-01',
      { status: 'former', years_smoked: 19, quit_year: 2008 },
    ],
    // A span that starts with a dated event and ends in a part of a year.
    [
      '2000年に結婚してから2020年の夏まで1日10本吸っていた。今は吸っていない。',
      '2024-06-01',
      { status: 'former', years_smoked: 20, quit_year: 2020, brinkman_index: 200 },
    ],
    [
      '平成2年の上京以来、平成26年まで1日20本吸っていた。以後は吸っていない。',
      '2024-06-01',
      { status: 'former', years_smoked: 24, quit_year: 2014 },
    ],
    // Not a span of abstinence.
    [
      '2010年に脳梗塞を発症してから2015年まで禁煙していた。現在1日10本。',
      '2024-06-01',
      { status: 'current', years_smoked: null },
    ],
    // Form rows with a blank or a bar for the colon: 期間 N年, 禁煙 YYYY年, and a calendar year is
    // never a count of years since the quit.
    [
      '喫煙　☑以前していた\n本数 1日15本／期間 25年／禁煙 2010年頃',
      '2022-08-30',
      { status: 'former', years_smoked: 25, quit_year: 2010, brinkman_index: 375 },
    ],
    ['元喫煙者。1日15本、禁煙 H20。', '2024-06-01', { status: 'former', quit_year: 2008 }],
    // An era year answered in brackets.
    [
      'たばこ：■やめた\nやめた時期：昭和（ 60 ）年ごろ',
      '2024-06-01',
      { status: 'former', quit_year: 1985 },
    ],
    ['喫煙：過去\n禁煙した年：令和（３）年', '2024-06-01', { status: 'former', quit_year: 2021 }],
    // The duration as the focus of a cleft.
    [
      'たばこを吸っていたのは20年くらいで、やめたのは10年前。1日20本。',
      '2023-06-01',
      { status: 'former', years_smoked: 20, quit_year: 2013, brinkman_index: 400 },
    ],
    [
      '喫煙していたのは30年ほど、1日1箱。2015年に禁煙。',
      '2024-06-01',
      { status: 'former', years_smoked: 30, pack_years: 30 },
    ],
    ['吸っていたのは2010年までで、1日20本。', '2024-06-01', { years_smoked: null }],
    // The time since a quit told after the smoking.
    [
      'タバコは40年吸っていたけど、やめてからもう5年経つ。1日20本。',
      '2024-09-03',
      { status: 'former', quit_year: 2019, years_smoked: 40 },
    ],
    ['喫煙：1日20本×30年、止めて半年。', '2024-09-03', { status: 'former', quit_year: 2024 }],
    ['1日1箱吸っていたが、やめて3か月。', '2024-02-10', { status: 'former', quit_year: 2023 }],
    // Not a job quit, nor a relapse after the interval.
    ['たばこは1日20本吸っている。仕事を辞めて5年。', '2024-06-01', { status: 'current' }],
    ['たばこは1日20本、やめて2年後にまた吸い始めた。', '2024-06-01', { status: 'current' }],
    // An interval set off by a comma, then the (relative's) event that names the time.
    [
      '1日20本を30年。「8年前、父が亡くなった時にたばこをやめた」。',
      '2023-06-01',
      { status: 'former', quit_year: 2015, brinkman_index: 600 },
    ],
    [
      '5年ほど前、定年の年にたばこをやめた。それまで1日20本×40年。',
      '2023-06-01',
      { status: 'former', quit_year: 2018 },
    ],
    ['孫が生まれたのを機にたばこをやめた。', '2023-06-01', { status: 'former' }],
    // The relative as the topic stays the quitter.
    ['本人は非喫煙。父は8年前、母が亡くなった時に禁煙した。', '2023-06-01', { status: 'never' }],
    // A switch to heated tobacco said with an adverb is current; heated sticks are not cigarettes.
    [
      '紙巻き1日20本×30年、3年前にアイコスへ完全に切り替えた。ヒートスティック1日1箱。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, quit_year: null },
    ],
    [
      '加熱式に全面移行（2019年）。それまでは紙巻き1日15本を20年。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    ['ヒートスティックを1日20本。', '2024-06-01', { status: 'current', cigarettes_per_day: null }],
    // Table rows with a bar for the colon.
    [
      '喫煙｜あり（現在）\n年齢｜50歳\n本数｜20本\n開始年齢｜18歳\nBI｜640',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 32, brinkman_index: 640 },
    ],
    [
      '【禁煙外来 初診】\n年齢｜58歳\n1日の本数｜1箱\n喫煙開始｜18歳\nブリンクマン指数｜800',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 40, brinkman_index: 800 },
    ],
  ])('%s (%s)', (text, noteDate, expected) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe('dev23: open-ended start years, switches to cigars or e-cigarettes, cessation-clinic first visits, bare era years, blanks, belongings', () => {
  it.each<[string, string, Record<string, unknown>]>([
    // A habit dated from a year with no end is still going (decision 8).
    [
      '嗜好：2015年頃から葉巻を月に数本。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: null },
    ],
    [
      'たばこは平成10年より今日まで1日20本、やめられていない。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 26 },
    ],
    [
      '喫煙：2000年から1日半箱。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 24 },
    ],
    // With an end, a quit or a past tense it is not.
    ['たばこは2000年から2010年まで1日20本。', '2024-06-01', { status: 'former', years_smoked: 10 }],
    ['たばこは2015年から吸っていない。', '2024-06-01', { status: 'former', quit_year: 2015 }],
    // Cigarettes given up for a pipe or cigars: still current (decision 20).
    [
      'たばこ：紙巻き1日10本を20年、5年前に紙巻きをやめて葉巻に変えた。',
      '2024-06-01',
      { status: 'current', quit_year: null, cigarettes_per_day: 10, years_smoked: 20 },
    ],
    [
      '紙巻きは去年やめ、今はパイプへ切り替えている。',
      '2024-06-01',
      { status: 'current', quit_year: null },
    ],
    // Cigarettes given up for an e-cigarette: former, the switch year the quit (decision 4).
    [
      '喫煙歴：1日20本、20歳から50歳まで。2018年に電子タバコに切り替え、紙巻きは吸っていない。',
      '2024-06-01',
      { status: 'former', quit_year: 2018, years_smoked: 30, brinkman_index: 600 },
    ],
    [
      'たばこ1日1箱を30年。令和2年にVAPEへ移行した。',
      '2024-06-01',
      { status: 'former', quit_year: 2020 },
    ],
    // The first visit of a smoking-cessation clinic is current (decision 11), with its rows.
    [
      '■禁煙外来 初診\n1日の喫煙本数 20本\n喫煙年数 30年',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, brinkman_index: 600 },
    ],
    [
      '禁煙外来（1回目）。喫煙本数：15本/日。',
      '2024-06-01',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    // A past first visit is not this visit.
    [
      '禁煙外来初診時：1日20本×30年。2020年に禁煙し、以後再喫煙なし。',
      '2024-06-01',
      { status: 'former', quit_year: 2020 },
    ],
    // An era year with no 年 before the quit.
    ['たばこ 1日20本×25年、H28にやめた。', '2024-06-01', { status: 'former', quit_year: 2016 }],
    ['喫煙：R2に禁煙。', '2024-06-01', { status: 'former', quit_year: 2020 }],
    // A quit age named with its occasion ends the years (not a quit year).
    [
      '62歳。たばこは20歳から1日20本、60歳の定年を機にやめた。',
      '2024-06-01',
      { status: 'former', years_smoked: 40, quit_year: null },
    ],
    [
      'たばこ：過去。25歳から1日1箱、55歳の誕生日をきっかけに一昨年やめた。',
      '2024-06-01',
      { status: 'former', years_smoked: 30, quit_year: 2022 },
    ],
    // The blank in brackets of an unticked option says nothing.
    ['たばこ：☑吸わない　☐以前吸っていた（　年にやめた）', '2024-06-01', { status: 'never' }],
    ['喫煙：□吸う（　本/日×　年）　■吸わない', '2024-06-01', { status: 'never' }],
    // Belongings and things found are not statements (decision 64).
    ['喫煙歴：不明。所持品：財布、ライター、たばこ1箱。', '2024-06-01', { status: 'unknown' }],
    [
      '家族によるとカバンの中からアイコスが見つかったとのこと。',
      '2024-06-01',
      { status: 'unknown' },
    ],
    // A relative's smoking under an indented family header stays theirs.
    [
      'S) 咳。\n　家族背景：同居の父が喫煙者。父本人は「30年吸っている」と。\nO) 異常なし',
      '2024-06-01',
      { status: 'unknown', years_smoked: null },
    ],
  ])('%s (%s)', (text, noteDate, expected) => {
    expect(answer(text, noteDate)).toMatchObject(expected);
  });
});

describe('dev24: row labels, index products, told-after quits, informants and other people', () => {
  it.each([
    // A bare 無 after a blank, and a slash between the fields of one row.
    ['生活歴：喫煙 無／飲酒 無／職業 会社員', { status: 'never' }],
    ['たばこ：なし/酒：少量', { status: 'never' }],
    ['喫煙：過去／飲酒：機会飲酒', { status: 'former' }],
    // 年数 as a row label, like 期間.
    ['喫煙歴：あり（過去）\n本数 20本/日　年数 30年', { years_smoked: 30, brinkman_index: 600 }],
    // The index written as its product: the factors are the amount and the years.
    ['喫煙指数：20×30＝600。現在も喫煙。', { cigarettes_per_day: 20, years_smoked: 30 }],
    [
      '現在も喫煙中（ブリンクマン指数 10本×40年=400）',
      { cigarettes_per_day: 10, years_smoked: 40 },
    ],
    // A dated quit with what was smoked told after it.
    [
      '喫煙について：2018年に完全にやめており、それまでは毎日1箱を25年間。',
      { status: 'former', quit_year: 2018, years_smoked: 25 },
    ],
    [
      '生活歴：基本情報の喫煙欄は「現在」だが、本人によると2016年にきっぱりやめ、それまでは1日20本を30年とのこと。',
      { status: 'former', quit_year: 2016, cigarettes_per_day: 20 },
    ],
    ['喫煙欄は「現在」のまま。確認すると仕事は2016年にやめた。', { status: 'current' }],
    // Any relative named as the informant (decision 59).
    [
      '長男より聴取：1日1箱を30年吸っていたが、5年前にやめた',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    ['喫煙歴は次女から確認：1日20本を40年、現在も喫煙', { status: 'current', years_smoked: 40 }],
    // Someone else on the ward seen smoking.
    ['面会者が病室で喫煙していたため注意した。', { status: 'unknown' }],
    ['同室患者がベランダで吸っていたとの訴えあり。', { status: 'unknown' }],
    ['見舞い客がトイレでたばこを吸っていた。本人は喫煙歴なし。', { status: 'never' }],
    // A Brinkman index is cigarettes, whatever else was smoked.
    [
      '元喫煙者（ブリンクマン指数 600）。葉巻も時々吸っていたが今はいずれもやめた。',
      { status: 'former', brinkman_index: 600 },
    ],
    // A ticked row keeps the product of its label: a cigarette past beside heated tobacco now.
    [
      '紙巻きたばこ：□吸う　■やめた\n1日20本　30年間\n加熱式：■使用している（アイコス）',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('dev25: full-width shorthand, implied daily counts, topic durations, form rows, collateral, causal links, cut-down amounts', () => {
  it.each([
    // Full-width Latin letters are the same shorthand as ASCII (a stated index keeps its value).
    [
      '喫煙：１日２０本×３０年（ＢＩ ５００）、Ｈ２７年に禁煙。',
      { status: 'former', brinkman_index: 500, quit_year: 2015 },
    ],
    ['喫煙歴：３０ＰＹ、２０１５年に禁煙。', { status: 'former', pack_years: 30 }],
    [
      'ＳＭ：ｅｘ（１ｐｐｄ×２０ｙ）',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    // The years after the amount and で or を before a comma.
    [
      '「1日1箱半で、15年ほどかな」。10年前にやめた。',
      { cigarettes_per_day: 30, years_smoked: 15 },
    ],
    ['たばこは1日10本で、20年。5年前に禁煙。', { years_smoked: 20, brinkman_index: 200 }],
    // A count of 本 with the years it ran is a daily amount.
    [
      '「10〜15本を25年ほど吸っていた」。5年前にやめた。',
      { cigarettes_per_day: 12.5, years_smoked: 25 },
    ],
    ['たばこは20本を30年間吸い、2010年に禁煙。', { cigarettes_per_day: 20, brinkman_index: 600 }],
    ['飲酒：ビール2本を10年。喫煙歴なし。', { status: 'never', cigarettes_per_day: null }],
    // The years as what is said of the topic, the amount after a comma.
    [
      'タバコは30年ほど、毎日1箱吸っている。',
      { status: 'current', years_smoked: 30, cigarettes_per_day: 20 },
    ],
    ['喫煙は約40年、1日15本。現在も喫煙。', { status: 'current', years_smoked: 40 }],
    ['たばこは5年前、1日20本をやめた。', { years_smoked: null }],
    // A form's row for the start year: years to the note date for a current smoker.
    [
      'たばこ：■吸っている\n吸い始めた年：2000年　1日の本数：20本',
      { status: 'current', years_smoked: 24 },
    ],
    [
      '禁煙外来（初回）\n喫煙開始：平成10年（20歳）\n1日の本数：20本',
      { status: 'current', years_smoked: 26 },
    ],
    ['たばこを始めた年は2004年、今も1日10本吸っている。', { years_smoked: 20 }],
    // A drink's years are not years smoked.
    [
      'Smoking: ex-smoker（1 ppd, 1990〜2010）／Alcohol: 日本酒2合/日を約30年',
      { years_smoked: 20, quit_year: 2010 },
    ],
    ['禁煙して10年。以前は1日20本。飲酒：焼酎3合×40年。', { status: 'former', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it.each([
    // A cigar or pipe switched to, then given up: the later quit of the same product ends it.
    [
      '紙巻きを1日20本、20年吸った後パイプへ切り替えた。パイプも5年前にやめ、以後一切吸っていない。',
      { status: 'former', quit_year: 2019, years_smoked: 20 },
    ],
    ['紙巻きたばこから葉巻に変えた。葉巻は2018年にやめた。', { status: 'former', quit_year: 2018 }],
    [
      '葉巻に切り替えたが、葉巻も2020年にやめ、その後は吸っていない。',
      { status: 'former', quit_year: 2020 },
    ],
    ['パイプに切り替えて、現在も続けている。', { status: 'current', quit_year: null }],
    // A bare quit last year opening its sentence, after the smoking.
    ['喫煙：1日15本×20年。昨年の春にやめました。', { status: 'former', quit_year: 2023 }],
    ['たばこは毎日1箱吸っていた。一昨年やめた。', { status: 'former', quit_year: 2022 }],
    ['喫煙：1日20本、現在も喫煙。仕事は去年辞めた。', { status: 'current', quit_year: null }],
    ['喫煙：1日20本。去年仕事をやめた。', { status: 'current', quit_year: null }],
    // A form's row for the quit time, counted back.
    [
      'たばこ　□吸う　■やめた\nやめた時期：（ 3 ）か月前　1日（ 20 ）本',
      { status: 'former', quit_year: 2024 },
    ],
    ['たばこ　□吸う　■やめた\nやめた時期：（ 5 ）年前', { status: 'former', quit_year: 2019 }],
    ['喫煙：過去\n禁煙した時期：約10年前', { status: 'former', quit_year: 2014 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it('counts a form row in months back from the note date', () => {
    expect(answer('喫煙：過去\n禁煙時期：半年前', '2024-03-15')).toMatchObject({
      status: 'former',
      quit_year: 2023,
    });
  });

  it.each([
    // A relative as the source of what follows is collateral about the patient (decision 59).
    [
      '生活歴：本人は聴取困難。妻によると、たばこは毎日1箱吸っている。',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    [
      '娘さんの話では、毎日20本ほど吸っているとのこと。',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['夫によれば、たばこは10年前にやめた。', { status: 'former', quit_year: 2014 }],
    ['妻は喫煙者（1日20本）。本人は吸わない。', { status: 'never', cigarettes_per_day: null }],
    // Smoking on the day before the onset or admission is current (decision 38).
    ['妻の話では、倒れる前日も吸っていたとのこと。', { status: 'current' }],
    ['喫煙：発症当日の朝も1本吸った。', { status: 'current' }],
    ['倒れる前日まで1日20本吸っていた。', { status: 'current', cigarettes_per_day: 20 }],
    // The causal link after a relative's act: what follows is the patient's own.
    ['「夫が家で吸うので、つい吸ってしまう」', { status: 'current' }],
    [
      '同居の息子が吸うので、つられて1日5本ほど吸う。',
      { status: 'current', cigarettes_per_day: 5 },
    ],
    ['夫が吸うので、受動喫煙あり。本人は吸わない。', { status: 'never' }],
    // An amount cut down to, in the past tense, is the amount now; a quit not reached is current.
    [
      '禁煙外来2回目。「本数は1箱から5本には減った」\n初診時：1日20本、30年\nA) 禁煙未達成',
      { status: 'current', cigarettes_per_day: 5, brinkman_index: 150 },
    ],
    [
      '禁煙開始日（5/1）から1か月。\nA) 禁煙未達成（減煙中）',
      { status: 'current', quit_year: null },
    ],
    ['喫煙：節煙している（1日10本）。', { status: 'current', cigarettes_per_day: 10 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('dev26: abstinence since an event, lifetime denials in other verbs, Smk shorthand, bare era quits, form rows for other products', () => {
  it.each([
    // Not smoked since an event told as a clause: a quit that holds (decision 6).
    [
      '喫煙：20本×30年。孫が生まれてからはたばこを吸っていない。',
      { status: 'former', cigarettes_per_day: 20 },
    ],
    [
      '喫煙歴：1日1箱。定年退職してから吸っていません。',
      { status: 'former', cigarettes_per_day: 20 },
    ],
    [
      '喫煙：1日20本を20年。子供ができてからはまったく吸ってない。',
      { status: 'former', years_smoked: 20 },
    ],
    // The interval before the event dates the quit, in years or months.
    [
      'たばこは1日20本。3年前に心筋梗塞で倒れてから、一本も吸っていない。',
      { status: 'former', quit_year: 2021 },
    ],
    [
      '喫煙：20本×30年。2年前、脳梗塞を起こしてからはたばこをやめている。',
      { status: 'former', quit_year: 2022 },
    ],
    [
      '喫煙：1日1箱。半年前に肺炎で入院してから禁煙を続けている。',
      { status: 'former', quit_year: 2023 },
    ],
    // A relative's event is the occasion, not the smoker; a relative's own abstinence is theirs.
    ['喫煙なし。夫は脳梗塞になってから吸っていない。', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it('dates months before an event clause back from the note date', () => {
    expect(
      answer(
        'たばこは1日10本吸っていたが、三か月前に咳が出始めてから吸っていません。',
        '2024-02-10',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2023, cigarettes_per_day: 10 });
  });

  it('leaves the stop for the stay to the in-hospital rules', () => {
    expect(answer('喫煙：1日20本。入院してから吸っていない。').status).not.toBe('former');
  });

  it.each([
    // A lifetime denial with tobacco as the object of 口にする / 手を出す.
    ['たばこは一度も口にしたことがありません。', 'never'],
    ['タバコには一切手を出したことがない。', 'never'],
    ['煙草を口にしたことはなく、飲酒もしない。', 'never'],
    // 口にする about a drink says nothing of tobacco.
    ['お酒は口にしたことがないが、たばこは1日10本吸う。', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each([
    // Present-only denials with their topic (decision 54): nothing alone, former beside a past.
    ['たばこは現在は吸っていない。', { status: 'unknown' }],
    ['嗜好：たばこ＝今は吸っていない／酒＝飲まない', { status: 'unknown' }],
    ['たばこ＝以前20本/日、現在は吸っていない', { status: 'former', cigarettes_per_day: 20 }],
    // Rows written with an equals sign, and a past value with details in brackets.
    ['喫煙＝なし', { status: 'never' }],
    ['たばこ：過去（1日20本）', { status: 'former', cigarettes_per_day: 20 }],
    ['タバコ＝禁煙（2015年〜）', { status: 'former', quit_year: 2015 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // The Smk / Smok shorthand of mixed-English notes is a smoking label.
    [
      "Smk: former（1 ppd × 20 yrs, quit '12）",
      { status: 'former', quit_year: 2012, pack_years: 20 },
    ],
    ['Smk: never', { status: 'never' }],
    ['Smok: ex（30 PY, quit 2010）', { status: 'former', pack_years: 30, quit_year: 2010 }],
    ['Smk: 20 cig/d x 30y, ex', { status: 'former', brinkman_index: 600 }],
    // An abbreviated era year glued to 禁煙; not a clinic visit planned for that year.
    ['喫煙：過去（20本/日×30年、R2禁煙）', { status: 'former', quit_year: 2020 }],
    ['喫煙歴：20本×20年、H30禁煙', { status: 'former', quit_year: 2018 }],
    ['喫煙：1日20本。H30禁煙外来受診予定。', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A heated-tobacco row's bracketed count is not cigarettes; the e-cigarette row's tick says
    // nothing of smoking; cigarettes quit, then heated tobacco: current with the cigarette numbers.
    [
      '紙巻きたばこ：（　）吸わない（○）やめた（　）吸う\n　1日（30）本×（20）年、禁煙した年（2016）年\n' +
        '加熱式たばこ：（　）なし（○）現在使用　1日（10）本\n電子たばこ：（○）なし（　）あり',
      { status: 'current', cigarettes_per_day: 30, years_smoked: 20, quit_year: null },
    ],
    [
      '喫煙：以前吸っていた（20本×30年）\n電子たばこ：（○）なし（　）あり',
      { status: 'former', cigarettes_per_day: 20 },
    ],
    [
      '紙巻きたばこ：1日20本×25年、2018年にやめた。加熱式（glo）：現在使用中　毎日（20）本',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 25 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev27: relapse in kana, product lists, spelt-out rates, durations before the amount, start points', () => {
  it.each([
    // A relapse written in kana or with 出す (decision 12): current, no quit year.
    ['60歳男性。平成30年に禁煙したが、2年前からまた吸いはじめた。1日10本。', 'current'],
    ['禁煙していたが、また吸いだしてしまった。', 'current'],
    ['一度やめたが、昨年再びたばこを吸い出した。', 'current'],
    // Products listed, then gathered by とも / ともに / いずれも / も before a lifetime denial.
    ['喫煙：紙巻きたばこ、加熱式たばこともに吸ったことがない。', 'never'],
    ['紙巻きも加熱式も吸ったことはない。', 'never'],
    ['タバコ：紙巻き・加熱式いずれも吸ったことがない。', 'never'],
    // A relative's event in the て-form right before the quit verb is the occasion, not the smoker.
    ['父が亡くなって禁煙した。以前は1日20本。', 'former'],
    ['孫が生まれてたばこをやめた。', 'former'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each([
    // "Per day" spelt out, with or without a colon.
    ['喫煙：現在も。1日当たり20本、30年間。', { cigarettes_per_day: 20, years_smoked: 30 }],
    ['たばこは1日平均15本吸っている。', { status: 'current', cigarettes_per_day: 15 }],
    ['喫煙あり（現在）。1日の本数は10本。', { status: 'current', cigarettes_per_day: 10 }],
    // Kana counts of packs.
    [
      '喫煙：1日ひと箱を20年、5年前にやめた。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20 },
    ],
    ['たばこは今も毎日ふた箱吸っている。', { status: 'current', cigarettes_per_day: 40 }],
    // The years after an approximate amount and a comma.
    ['喫煙：1日20本程度、30年。今も吸っている。', { cigarettes_per_day: 20, years_smoked: 30 }],
    ['たばこは今も毎日1箱くらい、40年来。', { status: 'current', brinkman_index: 800 }],
    // The duration before the amount and the verb; 前半 is no number ("前半から10年" is no range).
    [
      '20年くらい毎日1箱吸っていた。10年前にやめた。',
      { status: 'former', years_smoked: 20, quit_year: 2014 },
    ],
    [
      '30年ほど1日20〜30本を吸ってきた。今も吸っている。',
      { cigarettes_per_day: 25, years_smoked: 30 },
    ],
    [
      '20代前半から10年ほど1日20本吸っていたが、20年前にやめた。',
      { years_smoked: 10, pack_years: 10 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A start age with no 歳 before a verb of taking up smoking (current: years to the stated age).
    ['50歳男性。たばこは20の時に覚えた。今も1日10本。', { status: 'current', years_smoked: 30 }],
    ['45歳男性。18で吸い始めて今も1日20本。', { status: 'current', years_smoked: 27 }],
    // 覚える with no tobacco before it is not smoking.
    ['50歳男性。英語は18の時に覚えた。たばこは今も1日10本吸っている。', { years_smoked: null }],
    // "N歳で" before a restart or a quit starts nothing (decision 45).
    [
      '60歳男性。20歳から吸い始め、40歳でやめたが、50歳で再び吸い始めた。1日10本。',
      { status: 'current', years_smoked: 40 },
    ],
    // A start year: English "since", a span open at its end before the amount or in brackets.
    ['Social: Smoking: current, 1 ppd since 2000.', { status: 'current', years_smoked: 24 }],
    ['喫煙：2005年〜、1日15本。現在も吸っている。', { status: 'current', years_smoked: 19 }],
    ['喫煙：現在 1日20本（H10〜）', { status: 'current', years_smoked: 26 }],
    ['Smoking: ex-smoker since 2010, 1 ppd x 20 yrs.', { status: 'former', years_smoked: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Not smoked since then, the topic between: a quit that holds, dated by the span's end.
    [
      '1990年から2010年まで1日20本。それ以来、たばこは一本も吸っていない。',
      { status: 'former', quit_year: 2010, years_smoked: 20 },
    ],
    [
      '喫煙は20歳から50歳まで1日20本。その後、たばこは一本も吸っていない。',
      { status: 'former', years_smoked: 30 },
    ],
    // Cigarettes quit at an age, a cigar or pipe still smoked: current, years from the cigarette
    // history (decisions 20 and 46), not to the patient's age.
    [
      '70歳男性。紙巻きは50歳でやめた（25歳から1日20本）。その後はパイプに替え、今も毎日吸っている。',
      { status: 'current', years_smoked: 25, quit_year: null },
    ],
    [
      '65歳男性。紙巻きたばこは45歳でやめた（20歳から、1日30本）。その後は葉巻に替え、今も週末に吸う。',
      { status: 'current', years_smoked: 25, brinkman_index: 750 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev28: shorthand packs per d, present-tense year rows, honorific and minus-marked cigarette quits, a switched product quit too, influences, topics and unknowable answers', () => {
  it.each([
    // Packs per "d" or "day" in mixed-English shorthand (decision 1: 1箱 = 20).
    [
      'SM: ex（2箱/d × 20y、5年前から禁煙）',
      { status: 'former', cigarettes_per_day: 40, years_smoked: 20, brinkman_index: 800 },
    ],
    ['喫煙：1箱/day×20年、現在も喫煙', { cigarettes_per_day: 20, years_smoked: 20 }],
    ['喫煙：1箱半/d × 25y、2010年に禁煙', { cigarettes_per_day: 30, brinkman_index: 750 }],
    ['タバコ 半箱/d、30年、現在も', { cigarettes_per_day: 10, years_smoked: 30 }],
    // The questionnaire's years row in the present tense, for a smoker now.
    [
      'たばこ：■吸っている　1日（20）本　吸っている年数（15）年',
      { status: 'current', years_smoked: 15, brinkman_index: 300 },
    ],
    ['喫煙している期間：20年、1日10本、現在も吸っている', { years_smoked: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Cigarettes given up in honorific speech: former, the year from the quit (then an e-cigarette only).
    [
      '喫煙歴：紙巻きたばこを1日20本、約25年。平成28年に紙巻きはおやめになり、以後は電子たばこのみ使用。',
      { status: 'former', quit_year: 2016, cigarettes_per_day: 20 },
    ],
    [
      '紙巻きたばこは2015年におやめになりました。1日20本×30年。',
      { status: 'former', quit_year: 2015 },
    ],
    ['紙巻きは10年前にやめられ、以後は喫煙されていない。', { status: 'former', quit_year: 2014 }],
    // Not an inability to quit.
    ['紙巻きはやめられない。1日20本。', { status: 'current' }],
    // A 嗜好 row's minus with the quit after it, a cigar or pipe still smoked: current with the
    // cigarette numbers (decision 20).
    [
      '嗜好：紙巻きたばこ（−）※15年前にやめた、それまで1日30本×20年。現在はパイプを毎晩。',
      { status: 'current', cigarettes_per_day: 30, years_smoked: 20, quit_year: null },
    ],
    [
      '紙巻きたばこ（-）10年前にやめた。1日20本×30年。',
      { status: 'former', quit_year: 2014, brinkman_index: 600 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Cigarettes, then a cigar or pipe, then that too given up: former, the last quit is the quit
    // year (decision 65).
    [
      '紙巻きたばこを平成2年から平成22年まで1日20本。その後はパイプ（週末のみ）に切り替えたが、令和4年にそれもやめ、以後たばこは吸っていない。',
      { status: 'former', quit_year: 2022, years_smoked: 20, cigarettes_per_day: 20 },
    ],
    [
      '紙巻きは20本×20年、その後葉巻に替えたが、2019年にそちらもやめた。',
      { status: 'former', quit_year: 2019 },
    ],
    [
      '紙巻きは20本×20年、その後パイプに切り替えたが、昨年それもやめた。',
      { status: 'former', quit_year: 2023 },
    ],
    // The switch alone, a bracket after the product: still smoking (decision 20).
    [
      '紙巻きは2015年にやめ、パイプ（1日2回）に切り替えた。',
      { status: 'current', quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Whoever led the patient to smoke is not the smoker.
    [
      '16歳男子。本人のみに聴取：14歳頃から友人の影響で吸い始め、今は1日5本前後。',
      { status: 'current', cigarettes_per_day: 5, years_smoked: 2 },
    ],
    [
      '45歳。父親の影響を受けて20歳から喫煙、現在1日20本。',
      { status: 'current', years_smoked: 25 },
    ],
    ['先輩に影響されて吸い始めた。今も1日10本。', { status: 'current', cigarettes_per_day: 10 }],
    ['兄の真似をして高校生で吸い始め、今も毎日半箱。', { status: 'current' }],
    // A home or car smoking ban asked of the family is a place's rule, not a quit.
    ['保護者に家庭内禁煙を依頼した。', { status: 'unknown' }],
    ['車内禁煙と室内禁煙を家族に勧めた。本人は毎日1箱吸っている。', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Not known to the informant: no statement; a history field keeps its numbers (decision 2).
    [
      '喫煙歴：有（1日20本を40年間）。入所後の喫煙状況は施設職員も把握していない。',
      { status: 'unknown', cigarettes_per_day: 20, brinkman_index: 800 },
    ],
    ['喫煙の有無は家族も把握しておらず不明。', { status: 'unknown' }],
    // The smoking word as a topic is no smoker's word: a present-only denial after it stays unknown
    // (decision 54), a statement after it decides.
    ['喫煙については「今は吸ってないよ」とのみ返答、それ以上は話さない。', { status: 'unknown' }],
    ['喫煙に関しては次回確認する。', { status: 'unknown' }],
    ['たばこについて確認すると「10年前にやめた」とのこと。', { status: 'former', quit_year: 2014 }],
    ['喫煙については、現在も1日20本。', { status: 'current', cigarettes_per_day: 20 }],
    // A relapse as the topic of counselling is no relapse.
    ['再喫煙について本人と話し合った。禁煙中。', { status: 'former' }],
    // "Smoking: never" with a bracket of someone else's smoking after it.
    [
      '64歳女性。Smoking: never（夫が1日40本、約30年の受動喫煙あり）。',
      { status: 'never', cigarettes_per_day: null },
    ],
    ['喫煙歴：Never（夫の受動喫煙あり）', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev29: honorific quits, experience denials, re-quits, labelled sources, vape rows', () => {
  it.each([
    // A denial of the experience of smoking, plain or honorific: never (as 吸ったことがない).
    ['たばこを吸った経験はない。', { status: 'never' }],
    ['喫煙の経験はありません。', { status: 'never' }],
    [
      '喫煙された経験はございませんが、夫が1日20本吸っている。',
      { status: 'never', cigarettes_per_day: null },
    ],
    // Honorific quit verbs (お止めになった, おやめになっており, お止めになり): former.
    ['たばこは10年前にお止めになりました。', { status: 'former', quit_year: 2014 }],
    [
      'たばこは20年以上前におやめになっており、以前は1日1箱。',
      { status: 'former', quit_year: null, cigarettes_per_day: 20 },
    ],
    ['葉巻は2012年頃にお止めになり、以後吸われていない。', { status: 'former', quit_year: 2012 }],
    // A request is no quit.
    ['たばこは1日20本、おやめになってください。', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // The source of the figure between the years label and the number.
    ['1日20本。喫煙年数は自己申告で30年。', { years_smoked: 30, brinkman_index: 600 }],
    ['毎日1箱。喫煙期間は本人の記憶では約20年。', { years_smoked: 20 }],
    // "So far" before the years after the amount (decision 69 for 近く).
    ['たばこ1日1箱、もう40年になる。', { status: 'current', years_smoked: 40 }],
    ['たばこ 20本/日、かれこれ30年。', { years_smoked: 30 }],
    [
      '喫煙(+) 半箱/d、もう25年近く。',
      { cigarettes_per_day: 10, years_smoked: 25, pack_years: 12.5 },
    ],
    // The English start age in mixed rows, with the age (decision 8).
    ['57M\nSmoking: current（1 ppd since age 25）', { status: 'current', years_smoked: 32 }],
    ['45歳。SM: current、10本/日 since 20 y/o', { years_smoked: 25 }],
    ['60歳女性。Smoking: current, 20 cig/d from age 18', { years_smoked: 42 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // An end year with まで after the amounts closes the row or its bracket: former, quit that year
    // (decision 42).
    [
      'Smoking: ex（10本/日×20年、H22まで）',
      { status: 'former', quit_year: 2010, years_smoked: 20 },
    ],
    ['喫煙：20本×30年、平成25年まで。', { status: 'former', quit_year: 2013 }],
    ['喫煙歴あり（1日20本、2010年頃まで）', { status: 'former', quit_year: 2010 }],
    // Not when more follows the year.
    ['たばこ：1日20本、2010年まで1日40本', { quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A quit again after a relapse (改めて / 再度): the latest turn decides, timed by its own date.
    [
      '2015年に禁煙したが再喫煙。昨年改めて禁煙し、現在まで吸っていない。',
      '2024-05-10',
      { status: 'former', quit_year: 2023 },
    ],
    [
      '禁煙後に再喫煙、今年1月から再度禁煙中。',
      '2024-05-10',
      { status: 'former', quit_year: 2024 },
    ],
    [
      '2019年に禁煙、翌年再開。今年3月から改めて禁煙中。',
      '2024-05-10',
      { status: 'former', quit_year: 2024 },
    ],
    // A plan to quit again leaves the relapse standing.
    ['禁煙後に再喫煙、改めて禁煙します。', '2024-05-10', { status: 'current', quit_year: null }],
  ])('%s (%s)', (text, date, expected) => {
    expect(answer(text, date)).toMatchObject(expected);
  });

  it.each([
    // A lifetime word between the product and the denial keeps the product: a pipe or cigar
    // smoked for years has no cigarette numbers (decision 5).
    [
      '紙巻きたばこはこれまで吸ったことがなく、パイプを25年、5年前にやめた。',
      { status: 'former', years_smoked: null, quit_year: 2019 },
    ],
    [
      '紙巻きは今まで一本も吸ったことがないが、葉巻を20年ほど嗜んでいる。',
      { status: 'current', years_smoked: null },
    ],
    ['たばこは生涯一度も吸ったことがない。', { status: 'never' }],
    // A numbered e-cigarette row answers for vaping, not tobacco (spec 3, decision 4).
    ['Q1 たばこ　□現在吸う　■吸ったことがない\nQ2 VAPE　■現在使用　□なし', { status: 'never' }],
    [
      '問1 紙巻きたばこ　□吸う　■吸わない\n問2 電子タバコ（VAPE）　■現在使う　□使わない',
      { status: 'never' },
    ],
    // A numbered heated-tobacco row still is tobacco (decision 3).
    [
      'Q5 紙巻きたばこ　□現在吸う　■吸ったことがない\nQ6 加熱式たばこ　■現在使う　□使わない',
      { status: 'current' },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev30: products inside a 喫煙歴あり bracket, form age spans, places that allow smoking, tobacco to now, relatives called smokers, 既に durations, never having quit', () => {
  it.each([
    // A product named in the brackets after 喫煙歴あり is the history's detail, not a use in any tense:
    // unknown with the numbers (decision 2), also across a 。 inside the brackets.
    [
      '生活歴：喫煙歴あり（紙巻きたばこ 1日20本×40年）',
      { status: 'unknown', cigarettes_per_day: 20, years_smoked: 40, brinkman_index: 800 },
    ],
    [
      '嗜好：喫煙歴 有（紙巻き 15本/日×20年。パイプも少し）',
      { status: 'unknown', cigarettes_per_day: 15, years_smoked: 20 },
    ],
    ['喫煙歴：有（パイプ、葉巻）', { status: 'unknown' }],
    ['喫煙歴あり（加熱式たばこ）', { status: 'unknown' }],
    // A tense inside or after the brackets still decides.
    ['喫煙歴あり（紙巻き、現在も吸っている）', { status: 'current' }],
    ['喫煙歴あり（紙巻き 20本/日）。今も吸う。', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A form's age span with its blanks filled in brackets gives the years (decision 8).
    [
      'たばこ（○）以前吸っていた　1日（20）本　（18）歳から（45）歳まで　やめた年：2010年',
      { status: 'former', years_smoked: 27, brinkman_index: 540, quit_year: 2010 },
    ],
    [
      '■過去に喫煙　1日20本、20歳〜（50）歳',
      { status: 'former', years_smoked: 30, pack_years: 30 },
    ],
    [
      '喫煙：（○）以前吸っていた　本数（15）本　吸っていた年齢（22）歳〜52歳',
      { status: 'former', years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A place where smoking is allowed says nothing about who smokes there.
    [
      '職場の雀荘は店内で喫煙でき、常連客が1日2箱くらい吸うため、受動喫煙が多い。',
      { status: 'unknown', cigarettes_per_day: null },
    ],
    ['勤務先の居酒屋は喫煙できる店で、煙にさらされる。本人は吸わない。', { status: 'never' }],
    [
      '自宅では喫煙できます、と本人。1日10本吸っている。',
      { status: 'current', cigarettes_per_day: 10 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A span from a year to now after the tobacco word is smoking now (decision 8).
    [
      '生活歴：たばこ　平成20年から現在まで毎日（本数不詳）',
      { status: 'current', years_smoked: 16 },
    ],
    ['タバコは2000年から現在まで1日1箱。', { status: 'current', years_smoked: 24, pack_years: 24 }],
    // Not when the abstinence runs to now.
    ['たばこは5年前にやめ、それから現在まで吸っていない。', { status: 'former', quit_year: 2019 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A smoker word said of a relative is theirs (decision 10).
    ['小児。家族：母方祖父は肺気腫で在宅酸素中（昔はヘビースモーカー）。', { status: 'unknown' }],
    ['父はチェーンスモーカーで、自宅で受動喫煙あり。', { status: 'unknown' }],
    ['夫は元ヘビースモーカー。本人は非喫煙者。', { status: 'never' }],
    ['本人はヘビースモーカー（1日2箱）。', { status: 'current', cigarettes_per_day: 40 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // 既に before a duration counts the time so far, not a past.
    [
      '喫煙：1日1箱、既に約30年',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30, brinkman_index: 600 },
    ],
    ['1日20本を既に40年吸っている。', { status: 'current', years_smoked: 40 }],
    ['たばこは既に10年前にやめた。', { status: 'former', quit_year: 2014 }],
    // Never having tried to quit denies a quit, not smoking (decision 70).
    ['禁煙の経験はない。1日20本。', { status: 'current', cigarettes_per_day: 20 }],
    ['禁煙経験なし。毎日1箱吸う。', { status: 'current', cigarettes_per_day: 20 }],
    [
      '喫煙：1日15本×25年、禁煙の経験はございません。',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 25 },
    ],
    ['喫煙・禁煙の経験はない。', { status: 'never' }],
    ['禁煙の経験なし。', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev31: time since an aged quit, quits after a span, open starts ended later, months-ago quits, product-list form rows, switches from cigarettes, quoted relatives, unknown counts', () => {
  it.each([
    // "N歳でやめてM年": the quit age and the time since the quit are both read (the age gives no year).
    [
      '喫煙：1日20本×30年。50歳でやめて10年になる。',
      { status: 'former', years_smoked: 30, quit_year: 2014 },
    ],
    [
      '喫煙歴：20歳から1日15本。55歳で禁煙して7年。',
      { status: 'former', years_smoked: 35, quit_year: 2017, brinkman_index: 525 },
    ],
    ['たばこは60歳でやめて5年。', { status: 'former', quit_year: 2019 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A bare quit told after the smoking (以後禁煙, その後は禁煙中): the span's end is the quit year.
    [
      '喫煙：1990年〜2012年、1日20本。その後は禁煙中。',
      { status: 'former', years_smoked: 22, quit_year: 2012 },
    ],
    [
      'たばこ 平成5年〜平成25年 1日30本。以後禁煙。',
      { status: 'former', years_smoked: 20, quit_year: 2013, brinkman_index: 600 },
    ],
    ['喫煙：1日20本を30年。それ以降ずっと禁煙している。', { status: 'former', quit_year: null }],
    // Advice after 以後 is no quit.
    ['喫煙：1日20本。以後禁煙を勧めた。', { status: 'current' }],
    // A span closed by a second year after から ended in the past.
    ['喫煙：1985年から2010年、1日20本。', { status: 'former', years_smoked: 25, quit_year: 2010 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A habit from a start year, ended by a quit in a later sentence.
    [
      '喫煙：2005年から毎日15本前後。今年の1月から禁煙中。',
      { status: 'former', years_smoked: 19, quit_year: 2024 },
    ],
    [
      'たばこは平成10年より1日1箱。3年前にやめて、以後吸っていない。',
      { status: 'former', years_smoked: 23, quit_year: 2021 },
    ],
    // With no later quit it still runs to now (decision 8).
    ['たばこ：1995年から1日20本。', { status: 'current', years_smoked: 29 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Months or weeks back, approximate, with a manner word or the object between.
    ['たばこは1日20本。4か月くらい前にきっぱりやめた。', { status: 'former', quit_year: 2024 }],
    ['喫煙：1日15本。2か月ほど前から禁煙中。', { status: 'former', quit_year: 2024 }],
    ['半年ほど前にたばこをやめた。それまで1日1箱。', { status: 'former', quit_year: 2023 }],
    ['喫煙：1日10本。3週間ほど前に禁煙した。', { status: 'former', quit_year: 2024 }],
    // A stop timed before an operation is not a quit (decision 57).
    ['喫煙：1日15本。手術の2週間前にやめた。', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A form row naming its products in brackets: the bracket is part of the label.
    ['たばこ（紙巻き・加熱式）：■吸わない　□吸う（　本/日）　□やめた', { status: 'never' }],
    ['タバコ（紙巻／加熱式）：□吸わない　■吸う（20本/日）', { status: 'current' }],
    // An e-cigarette row is not a tobacco row.
    ['電子たばこ：□なし　■あり', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A switch to heated tobacco or a pipe is a switch from cigarettes: the amounts before it count.
    [
      'たばこ：1日20本を10年。その後アイコスに変えた。',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 10, brinkman_index: 200 },
    ],
    [
      '喫煙：1日20本を15年、5年前にパイプに切り替えた。',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 15, quit_year: null },
    ],
    // The sticks counted after the switch are not cigarettes (decision 3).
    ['アイコスに切り替えた。1日20本。', { status: 'current', cigarettes_per_day: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A quotation about a relative goes on about them in its next sentence; the speaker's 私 is the patient.
    [
      '本人より「夫がまたたばこを吸い始めて、今は1日15本くらい。子どもの前でも吸うので困る」と相談。',
      { status: 'unknown', cigarettes_per_day: null },
    ],
    ['「夫は毎日1箱吸っています。私は吸ったことがありません」', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // An unknown count is no doubt about the smoking.
    ['たばこ：20歳から現在まで、本数不明', { status: 'current', cigarettes_per_day: null }],
    ['喫煙：1日20本、期間は不明', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙の有無は不明', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev32: quits after a field label, no smoking since, English year units, years after a start age, ages without 歳, products only tried, a template block of rows, smoking left to be asked, the amount of the product smoked now', () => {
  it.each([
    // A quit that holds, after a 喫煙 / 喫煙歴 / タバコ field label.
    ['喫煙：平成25年からやめている', { status: 'former', quit_year: 2013 }],
    ['喫煙歴：4年前からやめています', { status: 'former', quit_year: 2020 }],
    ['タバコ：2012年頃からやめております', { status: 'former', quit_year: 2012 }],
    // No smoking since the span: the span ended a habit (not never).
    [
      '喫煙：1985年頃から2010年まで1日約15本。以降の喫煙はありません。',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 25, quit_year: 2010 },
    ],
    [
      'たばこは1990年から2005年まで1日1箱。その後の喫煙はない。',
      { status: 'former', quit_year: 2005 },
    ],
    ['喫煙：若い頃に1日10本を5年ほど。それ以降、喫煙はしておりません。', { status: 'former' }],
    // A quit at an age said with の時に.
    ['70歳。たばこは20歳から1日20本、60歳の時にやめた。', { status: 'former', years_smoked: 40 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // English year units after the amount in shorthand.
    ['SM(+) 15本/d、20y（BI 300）', { cigarettes_per_day: 15, years_smoked: 20, pack_years: 15 }],
    ['喫煙(+) 1ppd、25yrs', { cigarettes_per_day: 20, years_smoked: 25 }],
    ['SM(+) 20/d、30 years', { cigarettes_per_day: 20, years_smoked: 30 }],
    // The years right after a start age.
    [
      '元喫煙者。22歳頃から約25年、1日20本。平成27年にやめた。',
      { years_smoked: 25, brinkman_index: 500 },
    ],
    ['喫煙：25才より30年、1日20本。現在も吸っている。', { status: 'current', years_smoked: 30 }],
    ['喫煙：18歳から、40年ほど毎日1箱。10年前に禁煙。', { years_smoked: 40, pack_years: 40 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it.each([
    // The start age with no 歳, the tobacco as its topic: years to the patient's age (decision 8).
    [
      '60歳男性。喫煙：18の頃から1日20本。現在も吸っている。',
      { status: 'current', years_smoked: 42 },
    ],
    ['55歳女性。煙草は20の時から、今も1日10本。', { status: 'current', years_smoked: 35 }],
    [
      '72歳。たばこは16の時から毎日ひと箱、今も続けている。',
      { years_smoked: 56, brinkman_index: 1120 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A cigar, pipe or heated product only tried: no habit of it, the cigarette numbers stay (decision 53).
    [
      '喫煙：現在も。2005年頃から1日10本前後。学生時代に葉巻を一度吸ってみた程度。',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 19 },
    ],
    [
      '元喫煙者。1日10本を20年、5年前にやめた。若い頃に水タバコを何度か試しただけ。',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 20 },
    ],
    ['喫煙：1日20本。パイプも試したことがある。', { status: 'current', cigarettes_per_day: 20 }],
    ['若い頃にパイプを少し試したことがある。', { status: 'never' }],
    // A trial that went on is use.
    ['喫煙：1日20本。アイコスも毎日吸っている。', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A 年数 row on its own line under 喫煙歴：有, and smoking now left to be asked (decision 2).
    [
      '＜生活歴＞\n　喫煙歴：有\n　　本数　20本/日\n　　年数　35年\n　※現在も喫煙しているかは後日確認予定。',
      { status: 'unknown', cigarettes_per_day: 20, years_smoked: 35, brinkman_index: 700 },
    ],
    [
      '喫煙歴：あり（1日20本×30年）。今も吸っているかどうか要確認。',
      { status: 'unknown', pack_years: 30 },
    ],
    ['喫煙歴：有。今も吸っているか、家族に確認する。', { status: 'unknown' }],
    // Not a row of another kind of years.
    ['勤続年数　32年。喫煙：1日10本。', { status: 'current', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Cigarettes given up for heated tobacco: today's count after it is sticks (decisions 3 and 46).
    [
      'たばこ：紙巻きは2020年にやめたが、昨年からプルームを毎日吸うようになった。現在は1日10本ほど。紙巻きの頃は1日25本を20年。',
      { status: 'current', cigarettes_per_day: 25, years_smoked: 20, quit_year: null },
    ],
    [
      'たばこ：紙巻きは1日20本を15年。3年前にgloに切り替えた。今は1日12本くらい。',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 15 },
    ],
    // A return to cigarettes keeps today's count.
    [
      'たばこ：2019年にやめたが、昨年末からまた毎日吸うようになった。今は1日15本ほど。以前は1日20本を18年。',
      { status: 'current', cigarettes_per_day: 15 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev33: quits dated by a life event, cleft quits after 最後に, 禁煙外来 start dates, e-cigarette clefts, unconfirmed 〜のか, 合わせて totals, quoted start ages, daily quantities as topics, times before a switch', () => {
  it.each([
    // A past time, then the life event the quit came with (a relative's rite or milestone is the occasion, not the smoker).
    [
      '喫煙：1日20本を25年。平成22年、長男が生まれた年にやめている。',
      { status: 'former', quit_year: 2010 },
    ],
    [
      'たばこは1日15本。2016年、母が亡くなった時に禁煙した。',
      { status: 'former', quit_year: 2016 },
    ],
    [
      '喫煙は1日10本を30年。昨年の夏、健診で肺の影を指摘されたのを機にやめ、以後は吸っていない。',
      { status: 'former', quit_year: 2023 },
    ],
    [
      'たばこは1日20本。一昨年、孫が生まれたのをきっかけにやめました。',
      { status: 'former', quit_year: 2022 },
    ],
    ['喫煙：1日20本。3年前、心筋梗塞で倒れた時に禁煙した。', { status: 'former', quit_year: 2021 }],
    ['たばこは昨年の秋、父の三回忌を機にやめた。', { status: 'former', quit_year: 2023 }],
    [
      'タバコは今は吸わない。（令和2年に肺炎で入院したのがきっかけでやめた。それまでは15本/日を20年）',
      { status: 'former', quit_year: 2020, cigarettes_per_day: 15, years_smoked: 20 },
    ],
    // Not a quit of tobacco.
    ['2015年に肺癌と診断された時に仕事をやめた。', { status: 'unknown' }],
    // The last of several quits, as the focus of a cleft.
    [
      '喫煙：1日2箱。一度やめたが戻り、最後にやめたのは5年前。',
      { status: 'former', quit_year: 2019 },
    ],
    // No smoking since the 禁煙外来 start date (decision 40).
    [
      '禁煙外来 最終回。禁煙開始日：2024年2月1日。本人「開始日から1本も吸っていない」',
      { status: 'former', quit_year: 2024 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // The e-cigarette as the focus of a cleft is vaping (decision 4).
    ['喫煙：なし。吸うのは電子タバコのみ。', { status: 'never' }],
    [
      'たばこ：1日20本を20年、5年前にやめた。今吸っているのはベイプだけ。',
      { status: 'former', quit_year: 2019 },
    ],
    // Heated tobacco named in the bracket is tobacco (decision 50).
    ['吸っているのは電子タバコ（アイコス）。', { status: 'current' }],
    // Whether the patient smokes now left open (decision 2).
    ['喫煙歴あり。現在も吸っているのか、やめたのかは確認できず。', { status: 'unknown' }],
    ['喫煙歴：有。今も吸っているのかは本人に確認できていない。', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A total with the gaps left out (decision 68).
    [
      'たばこ：現在1日20本。やめていた時期を除くと、吸ってきた年数は合わせて40年くらい。',
      { status: 'current', years_smoked: 40, brinkman_index: 800 },
    ],
    // The years as the focus of a cleft, exactly.
    [
      '22歳で吸い始めた紙巻き（1日1箱）は2018年にやめた。吸っていたのはちょうど30年。',
      { years_smoked: 30, quit_year: 2018 },
    ],
    // A start age with no 歳 inside the patient's quote.
    ['44歳男性。たばこは「18の頃からずっと。今も1日10本くらい」', { years_smoked: 26 }],
    ['50歳。タバコは『20の時から毎日1箱』とのこと。', { years_smoked: 30, cigarettes_per_day: 20 }],
    // The plain past of the verb after the years; the daily quantity as the topic.
    [
      'たばこは35年吸った。1日の量は20本で、ほとんど変わらなかった。',
      { years_smoked: 35, cigarettes_per_day: 20 },
    ],
    [
      '喫煙：一日あたりの量は15本ほど。30年くらい吸いました。',
      { cigarettes_per_day: 15, years_smoked: 30 },
    ],
    // Not the たり form ("吸ったり吸わなかったり", decision 55).
    ['たばこは「ここ1年くらいは吸ったり吸わなかったり」', { years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A time before a switch to an e-cigarette is no switch; a plan is none either.
    [
      '喫煙：30年ほど。電子たばこに替える前は1日1箱半だった。電子たばこは3か月で紙巻きに戻り、今はまた毎日吸っている。',
      { status: 'current', cigarettes_per_day: 30 },
    ],
    ['喫煙：1日10本。VAPEに切り替えようと考えている。', { status: 'current' }],
    ['たばこ：1日20本を20年。3年前に電子タバコに替えた。', { status: 'former' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev33 second pass: start years ended by a later switch or quit, elliptic follow-up fragments, a relative kept as the subject of the next sentence, quoted record labels', () => {
  it.each([
    // A start year before the occasion of the start, ended by a switch that goes on (decisions 3, 8, 46).
    [
      '喫煙：1998年頃、大学入学を機に吸い始めた。1日20本。2016年からアイコスに切り替えている。',
      { status: 'current', years_smoked: 18, brinkman_index: 360, quit_year: null },
    ],
    [
      '2000年の上京をきっかけに吸い始めた。1日10本。2012年に葉巻に変えて、今も週末に吸う。',
      { status: 'current', years_smoked: 12, cigarettes_per_day: 10 },
    ],
    // 和暦 start, a quit year in another clause (decisions 8, 9 and 26).
    [
      '平成5年、就職と同時にたばこを吸い始め、令和2年3月にやめるまで1日15本。',
      { status: 'former', years_smoked: 27, quit_year: 2020, brinkman_index: 405 },
    ],
    [
      '1985年頃、友人の影響でタバコを吸い始め、2010年に禁煙。1日20本程度だった。',
      { status: 'former', years_smoked: 25, quit_year: 2010 },
    ],
    // Cigarettes, then heated tobacco, then nothing: the switch ends the cigarette years, the
    // later stop is the quit (decision 65).
    [
      '2005年に吸い始め1日10本。2015年にアイコスに切り替えたが、2020年にそれもやめた。',
      { status: 'former', years_smoked: 10, quit_year: 2020 },
    ],
    // A restart is no start (decision 45); with the quit and the restart both dated, the two
    // periods are summed (decision 73): 2005–2012 and 2018–2024, 7 + 6.
    [
      '2005年に吸い始めた。2012年に禁煙したが、2018年に再び吸い始め、今は1日10本。',
      { status: 'current', years_smoked: 13, cigarettes_per_day: 10 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A fragment right after the patient's smoking takes it as its context.
    [
      'たばこは今も毎日吸っている。1箱くらい。もう25年になる。',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 25, brinkman_index: 500 },
    ],
    [
      '本人「毎日吸ってます。20本ほど。かれこれ40年経つ」',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 40 },
    ],
    ['以前は吸っていた。半箱くらい。', { status: 'former', cigarettes_per_day: 10 }],
    // After a quit the duration is the time since the quit, not the years smoked.
    [
      '3年前にたばこをやめた。もう3年になる。',
      { status: 'former', years_smoked: null, quit_year: 2021 },
    ],
    // No smoking sentence before it, or not on its line: no context.
    ['血圧は安定。20本くらい。', { status: 'unknown', cigarettes_per_day: null }],
    ['毎日吸っている。\n20本くらい。', { status: 'current', cigarettes_per_day: null }],
    // A relative's smoking before it: the relative's.
    ['父は毎日吸っている。半箱くらい。', { status: 'unknown', cigarettes_per_day: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A subjectless sentence goes on about the relative who was the topic.
    ['夫は毎日1箱吸っている。ベランダで吸うことが多い。本人は吸わない。', { status: 'never' }],
    ['兄が喫煙者で、1日20本。実家ではいつも吸っている。', { status: 'unknown' }],
    ['妻は10年前にやめた。最近また吸い始めた。', { status: 'unknown' }],
    // Until the patient is named again.
    ['夫は喫煙者。本人も1日10本吸っている。', { status: 'current', cigarettes_per_day: 10 }],
    // A word that only names someone makes no topic.
    [
      '職場の人間関係のストレスでまた吸い始めた。今は1日5本。',
      { status: 'current', cigarettes_per_day: 5 },
    ],
    // A child as the informant: the parent named is the patient (decision 59).
    [
      '長男より：母は5年前にたばこをやめ、それ以来吸っていない。',
      { status: 'former', quit_year: 2019 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A status quoted from a record or list loses to the patient's own account (decisions 13, 22).
    [
      '問題リストに「#現喫煙者」とあるが、本人はたばこを一度も吸ったことがない。',
      { status: 'never' },
    ],
    [
      '紹介状に「喫煙者」と記載があるが、本人に確認すると吸ったことはないとのこと。',
      { status: 'never' },
    ],
    [
      'プロブレムリストに#喫煙者が残っているが、3年前に禁煙している。',
      { status: 'former', quit_year: 2021 },
    ],
    // The patient's own quoted words are no record.
    ['本人「たばこは毎日吸っている」とのこと。', { status: 'current' }],
    // The spoken negation that drops the い (vocab/context/ja.yaml) is a denial.
    ['本人「たばこは吸ってない」とのこと。', { status: 'never' }],
    ['5年前にやめて、もう吸ってない。', { status: 'former', quit_year: 2019 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev34: start ages before an event clause, ずっと続いている, 毎日欠かさず, quits after a て-form cause, quit again on an occasion, a child quoting the parent, a relative quoting the patient, 禁煙開始日 after a blank, unknowns left unwritten, coordinated denials, risk factors explained, belongings left at home', () => {
  it.each([
    // An event clause between the start age and the verb of taking up (覚え, 吸い始め).
    [
      '50歳男性。喫煙：20の時に職場で覚え、それ以来ずっと続いている。1日20本。',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    [
      '50歳男性。たばこは20歳のときに友人に誘われて覚え、以来ずっと続けている。1日15本。',
      { status: 'current', years_smoked: 30 },
    ],
    [
      '50歳男性。たばこは20歳の時に先輩に勧められて吸い始め、今も毎日1箱。',
      { status: 'current', years_smoked: 30, cigarettes_per_day: 20 },
    ],
    // 欠かさず between 毎日 and the packs.
    ['たばこは毎日欠かさず、ひと箱くらい。', { status: 'current', cigarettes_per_day: 20 }],
    ['たばこは毎日欠かさず1箱。', { status: 'current', cigarettes_per_day: 20 }],
    // A bare 始め after the year, tobacco as the topic.
    [
      'たばこは就職した1990年に始めて毎日1箱。2010年、長男が生まれた年にやめた。',
      { status: 'former', years_smoked: 20, quit_year: 2010 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A dated quit whose cause is a て-form clause.
    [
      'たばこは1日20本を30年。去年の春、医師に勧められてやめました。',
      { status: 'former', quit_year: 2023 },
    ],
    ['たばこは1日20本を30年。3年前、孫が生まれてやめた。', { status: 'former', quit_year: 2021 }],
    [
      '喫煙歴：1日20本。昨年の暮れ、手術前に言われて禁煙した。',
      { status: 'former', quit_year: 2023 },
    ],
    // 再び before the verb of an occasion-dated quit.
    [
      '喫煙：以前は1日20本。一度やめたが再開。昨年10月に心筋梗塞で入院したのを機に再び禁煙し、以後は吸っていない。',
      { status: 'former', quit_year: 2023 },
    ],
    // Not a quit: the cause clause with a request or another object.
    ['たばこは1日20本。昨年、胃の手術を受けて酒をやめた。', { status: 'current' }],
    // The 禁煙開始日 row after a blank.
    [
      '【禁煙外来】禁煙開始日 2024/2/5。以後、1本も吸っていない。',
      { status: 'former', quit_year: 2024 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // A child's hearing quoted: the parent named is the patient (decision 59).
    [
      '長男より聴取：「母は3年前にたばこをやめています。それまでは1日15本でした」',
      { status: 'former', quit_year: 2021 },
    ],
    ['長女から確認：父は去年たばこをやめた。', { status: 'former', quit_year: 2023 }],
    // A relative right before their quoted words speaks of the patient, unless of themselves.
    ['たばこ：妻「毎日1箱くらい吸っています」', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙：長男「毎日20本は吸っています」', { status: 'current', cigarettes_per_day: 20 }],
    ['妻「私は吸いません」。本人は1日10本。', { status: 'current', cigarettes_per_day: 10 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // Whether the patient still smokes is not written in the source: unknown (decisions 2, 27).
    ['喫煙歴あり（20本/日）。今も吸っているのかは記録されていない。', { status: 'unknown' }],
    [
      '喫煙歴 有（1日25本×30年）。現在も吸っているかどうかは紹介状に記載なし。',
      { status: 'unknown' },
    ],
    ['以前吸っていたかどうかは不明。', { status: 'unknown' }],
    // Products listed before one lifetime denial: all denied.
    [
      '問診：紙巻きもパイプも吸ったことはない（父がパイプを愛用していたとのこと）。',
      { status: 'never' },
    ],
    ['たばこも葉巻も一度も吸ったことがない。', { status: 'never' }],
    ['紙巻き・加熱式とも使ったことはありません。', { status: 'never' }],
    ['紙巻きは吸っているが、葉巻もパイプも吸ったことはない。', { status: 'current' }],
    // Risk factors explained are about smokers at large.
    ['危険因子として喫煙や肥満などが挙げられることを説明した。', { status: 'unknown' }],
    [
      '創傷治癒の遅延要因として喫煙などがあることをお話しした。本人は1日10本吸っている。',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      '冠危険因子として喫煙（20本/日）、高血圧あり。',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // Tobacco left at home is no smoking of the patient's.
    [
      '娘によると、自宅の書斎にパイプと葉巻が残っていたが、本人が吸っていたのかは分からない。',
      { status: 'unknown' },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35: an age in the past is not the patient age', () => {
  it.each([
    // "N歳の頃/時/とき" and "当時N歳" date an event; the patient's age now is a later one (years = age − start age).
    ['喫煙：18歳の頃に吸い始め、今も1日20本。現在58歳。', { status: 'current', years_smoked: 40 }],
    [
      'たばこは22歳のときに覚えて、毎日10本吸っている。62歳男性。',
      { status: 'current', years_smoked: 40 },
    ],
    ['タバコは19歳の時から毎日ひと箱、今も続く。49歳。', { status: 'current', years_smoked: 30 }],
    [
      '（当時30歳）に結婚。たばこは20歳から今も1日15本。現在50歳。',
      { status: 'current', years_smoked: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35: abstinence told of cigarettes or with 口にする', () => {
  it.each([
    // The cigarettes named as what has not been smoked since the quit, and 口にする with tobacco as its object.
    ['2015年にやめて、それ以来紙巻きは吸っていない。', { status: 'former' }],
    ['5年前にやめて、それ以来たばこは口にしていない。', { status: 'former' }],
    ['禁煙してからは紙巻きたばこを口にしていません。', { status: 'former' }],
    ['心筋梗塞で倒れてから、タバコは一切口にしていない。', { status: 'former' }],
    // 口にする alone is eating or drinking.
    ['1日20本吸っている。それ以来お酒は口にしていない。', { status: 'current' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35: a partner who smokes, products denied "一回も"', () => {
  it.each([
    // A boyfriend or partner is another person: his smoking is exposure, not the patient's.
    ['たばこは吸わない。彼氏がヘビースモーカーで煙を浴びている。', { status: 'never' }],
    ['喫煙歴なし。交際相手は1日20本吸っている。', { status: 'never' }],
    ['非喫煙者。婚約者が喫煙者。', { status: 'never' }],
    // 一回も as a lifetime adverb of the products-listed denial.
    ['紙巻きも加熱式も一回も吸ったことない。', { status: 'never' }],
    ['たばこも葉巻も1回も吸ったことがありません。', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35: quitting again in the bare stem before a comma', () => {
  it.each([
    // "再度やめ、…" quits again after the relapse, as "再度やめた" does: the later turn decides.
    [
      '2015年に禁煙したが2018年に再び吸い始めた。2022年に再度やめ、以後は吸っていない。',
      { status: 'former' },
    ],
    [
      '一度やめたがまた吸い始めた。昨年また止め、現在まで一本も吸っていない。',
      { status: 'former' },
    ],
    ['禁煙後に再喫煙。3年前に再びやめ、それ以来吸っていません。', { status: 'former' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35 (round 2): quits dated by an event, a clinic or a cleft', () => {
  it.each([
    // A kanji era year before the life event; a quit again after the relapse is the latest turn.
    [
      'たばこは若い頃から。平成二十年の春、初孫が生まれたのを機にお止めになった。',
      { status: 'former', quit_year: 2008 },
    ],
    [
      '昭和六十年頃から吸っていたが、平成三十年に長男が結婚したのを機にやめた。',
      { status: 'former', quit_year: 2018 },
    ],
    [
      '2012年に一度やめたが、2017年に再び吸い始めた。令和3年の秋、肺炎で入院したのを機に再度やめた。',
      { status: 'former', quit_year: 2021 },
    ],
    [
      '2010年に禁煙、2015年にまた吸い始めた。2021年、心筋梗塞で倒れたのをきっかけに再び禁煙した。',
      { status: 'former', quit_year: 2021 },
    ],
    // A clinic or an aid as the means of a quit that happened is not counselling.
    ['2016年に禁煙外来に通ってやめた。', { status: 'former', quit_year: 2016 }],
    ['3年前に禁煙外来でたばこをやめた。', { status: 'former', quit_year: 2021 }],
    ['2019年に禁煙補助薬を使ってやめた。', { status: 'former', quit_year: 2019 }],
    ['喫煙20本/日。禁煙外来で禁煙する予定。', { status: 'current', quit_year: null }],
    // The cleft's time named by an event first, its year after.
    ['たばこは毎日1箱。やめたのは定年の年、2017年の春。', { status: 'former', quit_year: 2017 }],
    [
      '喫煙歴あり。禁煙したのは長男が生まれた年の2015年です。',
      { status: 'former', quit_year: 2015 },
    ],
    ['たばこは、やめたのは父の葬儀の時（平成30年）。', { status: 'former', quit_year: 2018 }],
    ['お酒をやめたのは還暦の年。たばこは吸わない。', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35 (round 2): amounts cut down to now, varying by day, a form start year', () => {
  it.each([
    // The amount cut down to, the earlier amount told apart, is the amount now.
    [
      'たばこは1日40本だった。数年前に10本に減らした。現在も喫煙中。',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      '喫煙中。以前は1日1箱、最近は半箱くらいに減った。',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    [
      '喫煙中。若い頃は1日2箱、5年前に1箱半に減らして今もその量。',
      { status: 'current', cigarettes_per_day: 30 },
    ],
    // Not a cut that did not last.
    [
      'たばこ：最初から1日15本くらい。40代で一時期10本まで減らしたが長続きせず元に戻った。今も吸っている。',
      { status: 'current', cigarettes_per_day: 15 },
    ],
    [
      '喫煙中。1日20本から10本に減らしたが、すぐに戻った。',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    // "日によって" is per day.
    [
      '喫煙 20歳から50歳まで、日によって10〜30本。禁煙して5年。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    ['たばこは日によって10〜20本、現在も喫煙。', { status: 'current', cigarettes_per_day: 15 }],
    ['喫煙中。日により1箱〜2箱。', { status: 'current', cigarettes_per_day: 30 }],
    // A form's start year in its bracket blank.
    [
      'たばこ：■吸っている　1日（ 10 ）本　吸い始めた年（ 2004 ）年',
      { status: 'current', years_smoked: 20 },
    ],
    ['喫煙：現在　1日20本　喫煙開始（1998年）', { status: 'current', years_smoked: 26 }],
    // The start year after the tobacco as a topic; not an abstinence since it.
    ['タバコは平成10年から毎日1箱。', { status: 'current', years_smoked: 26 }],
    ['たばこは2010年から吸っていない。', { status: 'former', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35 (round 2): ages in kanji or with no 歳, the age at the quit, years as a total', () => {
  it.each([
    [
      'たばこは二十歳で就職してから毎日十五本。五十になった今も変わらない。',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 30 },
    ],
    ['六十五歳男性。二十歳から1日20本、現在も喫煙。', { status: 'current', years_smoked: 45 }],
    [
      '喫煙：「毎日20本、25の時からずっと。今年で60になる」',
      { status: 'current', years_smoked: 35 },
    ],
    ['たばこ：1日1箱、20の頃から今も。50歳男性。', { status: 'current', years_smoked: 30 }],
    // "（当時N歳）" after the quit verb ends the years; the quit year stays the stated one.
    [
      '喫煙歴：20歳から1日20本、2010年に禁煙した（当時50歳）。',
      { status: 'former', years_smoked: 30, quit_year: 2010 },
    ],
    [
      '元喫煙者。22歳から毎日1箱吸っていたが、5年前にやめました、当時55歳。',
      { status: 'former', years_smoked: 33 },
    ],
    // The duration as a cleft's focus, with a word of total.
    [
      'たばこは1日20本。3年前にやめた。吸っていたのはトータルで25年ほど。',
      { status: 'former', years_smoked: 25 },
    ],
    ['喫煙していたのは合計30年、1日1箱。5年前に禁煙。', { status: 'former', years_smoked: 30 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev35 (round 2): tried products, relatives quoted of themselves, quits after a noun event, unobtained use', () => {
  it.each([
    // A product tried, with where or how between, sets nothing.
    [
      '喫煙中、1日20本。シーシャは旅行先で何度か試しただけ。',
      { status: 'current', cigarettes_per_day: 20 },
    ],
    ['パイプは友人に勧められて少し吸ってみた程度。たばこは吸わない。', { status: 'never' }],
    [
      'たばこは1日10本、今も。葉巻は知人にもらって一度試したことがある。',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // A relative quoting their own smoking in a child's record: not the patient's.
    ['3歳男児。母より：「私は1日10本くらい吸っていて、やめられない」。', { status: 'unknown' }],
    [
      '5歳男児。父から：「僕は毎日1箱吸っていますが、子どもの前では吸いません」',
      { status: 'unknown' },
    ],
    // An interval before a noun event the abstinence runs from.
    [
      '元喫煙者。3年前の心筋梗塞の時からたばこは吸っていない。',
      { status: 'former', quit_year: 2021 },
    ],
    // The amounts before what was not obtained stay (decision 2).
    [
      '喫煙歴あり、1日1箱を20年。現在も吸っているかどうかは次回確認。',
      { status: 'unknown', cigarettes_per_day: 20, years_smoked: 20 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    ['喫煙指数 600。5か月前の入院時から禁煙中。', { status: 'former', quit_year: 2024 }],
    ['喫煙：過去。半年前の手術以来、禁煙している。', { status: 'former', quit_year: 2024 }],
  ])('%s (2025-02-10)', (text, expected) => {
    expect(answer(text, '2025-02-10')).toMatchObject(expected);
  });
});

describe('dev33 (round 2): a product given up with 手放す or used until a year, a product still used, a quit at 還暦', () => {
  it.each([
    [
      '紙巻きは1日1箱を25年。2018年にやめて葉巻に替えたが、その葉巻も一昨年の秋に手放した。',
      { status: 'former', quit_year: 2022, cigarettes_per_day: 20, years_smoked: 25 },
    ],
    ['葉巻は3年前に手放した。', { status: 'former', quit_year: 2021 }],
    [
      '喫煙：紙巻き1日20本を30年、2015年に加熱式へ。その加熱式も2022年に手放した。',
      { status: 'former', quit_year: 2022 },
    ],
    // 手放す of anything else is no quit.
    ['たばこは吸わない。車は昨年手放した。', { status: 'never' }],
    // Used (愛用, 嗜む) until a year: the quit year.
    [
      '紙巻きは吸ったことがないが、パイプを平成25年まで愛用。それ以降はまったく吸っていない。',
      { status: 'former', quit_year: 2013 },
    ],
    // A cigar or heated product still used, told at the end of its detail: current (decision 20).
    [
      '紙巻きたばこ：■以前吸っていた　1日（20）本×（30）年、やめた年（2012）年\nその他のたばこ製品：□なし　■あり（パイプ：月に数回、現在も）',
      { status: 'current', quit_year: null, cigarettes_per_day: 20, years_smoked: 30 },
    ],
    ['喫煙：過去。アイコスは毎日（現在も継続）', { status: 'current' }],
    // 還暦 (60) or 古希 (70) as the age at the quit; not a relative's.
    ['たばこは20歳から毎日1箱、還暦の年にやめた。', { status: 'former', years_smoked: 40 }],
    ['喫煙：20歳から1日20本、古希を機に禁煙した。', { status: 'former', years_smoked: 50 }],
    ['たばこは22歳から毎日20本。父の還暦を機にやめた。', { status: 'former', years_smoked: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev36: milestones as occasions, quits told with their age or a later count, a product denied alone', () => {
  it.each([
    // A milestone marked as the end (区切り, 節目), a relative's too; the start learnt (覚え) in a dated year.
    [
      'たばこは平成2年、就職した年に覚え、毎日1箱。平成20年の春、孫の誕生を区切りにやめた。',
      { status: 'former', quit_year: 2008, cigarettes_per_day: 20, years_smoked: 18 },
    ],
    [
      '喫煙：1995年、大学に入った年に覚えて以来1日20本。2015年、還暦を節目にきっぱり禁煙した。',
      { status: 'former', quit_year: 2015, years_smoked: 20, brinkman_index: 400 },
    ],
    // A relative's event with its year right after the verb dates the patient's quit.
    [
      'たばこは1日20本を20年ほど。長男が生まれた2005年に禁煙した。',
      { status: 'former', quit_year: 2005, years_smoked: 20 },
    ],
    // A start age with a season; the age at the quit after the continuative 禁煙し.
    [
      'たばこは18歳の春に吸い始めた。1日20本。現在48歳。',
      { status: 'current', years_smoked: 30, brinkman_index: 600 },
    ],
    [
      '25歳から1日20本。2010年に禁煙し（当時50歳）、以後吸っていない。',
      { status: 'former', quit_year: 2010, years_smoked: 25 },
    ],
    // 一時は ("at one time") is a past period, not a condition.
    [
      'S）50歳男性。20歳から吸い始め、一時は1日2箱まで増えたが、今は1日10本。',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 30 },
    ],
    // The time since the quit after a comma or もう.
    [
      'たばこは20歳から1日20本。50歳で禁煙して、もう8年になる。',
      { status: 'former', quit_year: 2016, years_smoked: 30 },
    ],
    // A past year's quit as the end of the smoking ("…に禁煙するまで") is no plan.
    [
      'たばこは20歳から吸い始め、2012年に禁煙するまで1日15本。',
      { status: 'former', quit_year: 2012, cigarettes_per_day: 15, years_smoked: null },
    ],
    ['禁煙するまで支援する。', { status: 'unknown' }],
    // A start, then a bare dated 禁煙 as its own sentence: the start does not outweigh the quit.
    [
      '喫煙＝平成元年、就職と同時に吸い始めた。令和元年に禁煙。その間は1日20本程度。',
      { status: 'former', quit_year: 2019, years_smoked: 30 },
    ],
    // A two-digit year with an apostrophe (spec 3).
    ['たばこは’09年の春にきっぱりやめた。', { status: 'former', quit_year: 2009 }],
    ["Smoking: ex。1日20本を30年、'12年に禁煙。", { status: 'former', quit_year: 2012 }],
    // 12、3本 is twelve or thirteen; 2、30本 twenty or thirty.
    ['今は1日12、3本吸っている。', { status: 'current', cigarettes_per_day: 12.5 }],
    ['たばこは毎日2、30本。', { status: 'current', cigarettes_per_day: 25 }],
    ['1日5、6本吸っている。', { status: 'current', cigarettes_per_day: 5.5 }],
    // A day's count told by the times of day.
    ['たばこは朝晩で10本くらい。', { status: 'current', cigarettes_per_day: 10 }],
    ['喫煙：朝・昼・晩で合わせて15本。', { status: 'current', cigarettes_per_day: 15 }],
    // Honorific and plain lifetime denials with こと.
    [
      'ご本人は一度も喫煙されたことはなく、奥様が1日10本ほど吸われる。',
      { status: 'never', cigarettes_per_day: null },
    ],
    ['本人はこれまで喫煙したことはない。', { status: 'never' }],
    // A question no one could answer, or did not ask, is no statement.
    [
      '喫煙歴：有（1日20本×30年）。今も吸っているかどうかは本人が答えられない。',
      { status: 'unknown', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    // A denial of one product only.
    [
      '葉巻を20年ほど嗜んでいたが2015年頃にやめたとのこと、紙巻きの習慣はなし。',
      { status: 'former', quit_year: 2015 },
    ],
    ['喫煙：1日20本。葉巻は吸ったことがない。', { status: 'current', cigarettes_per_day: 20 }],
    [
      '喫煙歴：あり（1日20本×25年）。パイプは使用していない。',
      { status: 'unknown', cigarettes_per_day: 20, years_smoked: 25 },
    ],
    ['葉巻は吸ったことがない。', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev37: a form row for the start, bare dated quits, switches to e-cigarettes, numbers referred back to', () => {
  it.each([
    // 吸い始めた年 is a row label, not a statement of smoking.
    [
      '（○）以前吸っていた\n吸い始めた年：1995年\nやめた年：平成27年',
      { status: 'former', quit_year: 2015, years_smoked: 20 },
    ],
    // A bare quit dated by a calendar or era year opening its sentence.
    [
      '喫煙歴：ブリンクマン指数 600。令和2年にやめたとのこと。',
      { status: 'former', quit_year: 2020, brinkman_index: 600 },
    ],
    ['喫煙：1日20本×30年。2015年の春にやめた。', { status: 'former', quit_year: 2015 }],
    ['仕事は2015年にやめた。', { status: 'unknown' }],
    // 禁煙して今年でN年: the time since the quit, not years smoked.
    [
      '20本/日を30年間吸っていた。禁煙して今年で8年。',
      { status: 'former', quit_year: 2016, years_smoked: 30 },
    ],
    // A switch to an e-cigarette with its liquid in brackets; not heated tobacco; not an intention.
    [
      'たばこは1日20本を30年。2019年に電子タバコ（ニコチンなし）へ移った。',
      { status: 'former', quit_year: 2019, cigarettes_per_day: 20 },
    ],
    [
      'たばこ1日20本を20年。2020年に電子タバコ（アイコス）に変えた。',
      { status: 'current', quit_year: null },
    ],
    [
      '「電子タバコに替えたつもりだけど、紙巻きも1日5本は吸ってる」',
      { status: 'current', cigarettes_per_day: 5 },
    ],
    // The age now, spoken without 歳.
    ['「18の時から吸ってて、今52。毎日1箱」', { status: 'current', years_smoked: 34 }],
    // The smoking of the sentence before, referred back to (それを, その本数を).
    [
      'たばこは22歳で覚え、毎日1箱。それを30年続けた。',
      { cigarettes_per_day: 20, years_smoked: 30 },
    ],
    [
      '1980年に吸い始め、以後ずっと1日20本。その本数を平成22年の春まで続け、そこでやめた。',
      { status: 'former', quit_year: 2010, years_smoked: 30, brinkman_index: 600 },
    ],
    // The present use not asked: the ever-smoker row stands.
    [
      '喫煙歴あり、喫煙指数 500。現在の喫煙状況は聴取していない。',
      { status: 'unknown', brinkman_index: 500 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev38: relatives inside the patient’s quit, starts told as clefts, ages said as now, years referred back to, bounds and unasked histories', () => {
  it.each([
    // A relative as the object of the patient's loss or visit, the one whose words made the
    // patient quit, the owner of an event noun, or the parent of a newborn: not the smoker.
    [
      '喫煙：1日20本を30年。2016年、父親を肺癌で亡くした年にやめた。',
      { status: 'former', quit_year: 2016, years_smoked: 30 },
    ],
    ['たばこは毎日1箱。3年前、妻を看取ったあとでやめた。', { status: 'former', quit_year: 2021 }],
    [
      'たばこは毎日1箱。去年の正月に入院中の兄を見舞ったあとでやめた。',
      { status: 'former', quit_year: 2023 },
    ],
    [
      'たばこは毎日1箱。昨年の秋、長女に孫が生まれたのを機にやめた。',
      { status: 'former', quit_year: 2023 },
    ],
    ['たばこは1日10本。5年前に妻に言われてやめた。', { status: 'former', quit_year: 2019 }],
    [
      'たばこは1日10本。令和2年、家族に言われたのをきっかけにやめた。',
      { status: 'former', quit_year: 2020 },
    ],
    [
      'たばこは1日10本。2015年に長女の受験を応援するつもりで禁煙した。',
      { status: 'former', quit_year: 2015 },
    ],
    ['たばこは1日10本。昨年、孫のためにやめた。', { status: 'former', quit_year: 2023 }],
    [
      '2000年頃から吸い始めた。2015年に一度禁煙したが、2021年、母の介護が始まった頃からまた吸うようになり、今は1日12本ほど。',
      { status: 'current', cigarettes_per_day: 12, years_smoked: 24, quit_year: null },
    ],
    // The start as the topic of a cleft, its year or age after は; an end age with 続く.
    [
      '吸い始めは大学に入った1996年。1日25本ほど。2016年にやめた。',
      { status: 'former', years_smoked: 20, brinkman_index: 500 },
    ],
    [
      'たばこを吸い始めたのは平成8年。1日20本。2016年に禁煙した。',
      { years_smoked: 20, quit_year: 2016 },
    ],
    ['吸い始めたのは1990年代。1日20本。2016年に禁煙した。', { years_smoked: null }],
    [
      '平成二年に営業職へ移ってから一日二箱のペースで吸い始め、平成二十二年に禁煙。',
      { status: 'former', years_smoked: 20, brinkman_index: 800, quit_year: 2010 },
    ],
    [
      '吸い始めは20歳、毎日ひと箱。その習慣は55歳まで続き、昨年やめた。',
      { status: 'former', years_smoked: 35, brinkman_index: 700, quit_year: 2023 },
    ],
    [
      'たばこを覚えたのは22歳。毎日1箱を60歳まで続け、2019年に禁煙。',
      { years_smoked: 38, quit_year: 2019 },
    ],
    [
      '吸い始めたのは18歳の時で、1日20本。50歳まで吸っていた。',
      { status: 'former', years_smoked: 32 },
    ],
    [
      '吸い始めは高校2年、17の時。45歳の今まで途切れたことはなく、本数は1日半箱程度。',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 28 },
    ],
    ['吸い始めは覚えていないが、60歳の今も1日20本。', { status: 'current', years_smoked: null }],
    ['55歳まで仕事を続けた。', { status: 'unknown' }],
    // The age said to be now beats an earlier age that is an event's.
    [
      '既往：結核性胸膜炎（19歳、治療済）\n生活歴：タバコは18歳の時に覚え、今年で48歳。ずっと1日20本前後。',
      { status: 'current', years_smoked: 30, brinkman_index: 600 },
    ],
    [
      'たばこは十八で吸い始めた。以来、一日三十本で、四十九になる今も毎日吸っている。',
      { years_smoked: 31, pack_years: 46.5 },
    ],
    ['18の時から吸い始め、50になる今も1日20本。', { years_smoked: 32 }],
    ['たばこは毎日half a pack。', { status: 'current', cigarettes_per_day: 10 }],
    // A suspicion the patient was told of is an event, not doubt about the quit after it.
    [
      '喫煙歴：あり（25本×30年）。2019年の健康診断で肺気腫の疑いを言われ、その年に紙巻きをやめた。',
      { status: 'former', quit_year: 2019, brinkman_index: 750 },
    ],
    [
      '30年ほどパイプをたしなんでいたが、緑内障の疑いを言われた8年前にやめたとのこと。',
      { status: 'former', quit_year: 2016, cigarettes_per_day: null },
    ],
    [
      'たばこは1日20本。3年前に肺癌の疑いを指摘されて禁煙した。',
      { status: 'former', quit_year: 2021 },
    ],
    // Years referred back to: その年, 翌年, 同年, an era letter with no 年, たばこを断つ.
    [
      '喫煙：若い頃から吸っていて、約20PY。ステントを入れたH20に主治医から強く言われ、その年にやめた。',
      { status: 'former', quit_year: 2008, pack_years: 20 },
    ],
    ['たばこは1日20本。H20に禁煙。', { status: 'former', quit_year: 2008 }],
    [
      'たばこの話：平成十九年の暮れに倒れ、カテーテル治療を受けた。翌年の元日からたばこを断ち、それ以来口にしていない。',
      { status: 'former', quit_year: 2008 },
    ],
    [
      'たばこは1日20本。2015年に心筋梗塞で入院し、その翌年にやめた。',
      { status: 'former', quit_year: 2016 },
    ],
    ['たばこは1日20本。2015年に入院。同年、禁煙した。', { status: 'former', quit_year: 2015 }],
    [
      'たばこは1日20本だった。2015年にきっぱりたばこを断った。',
      { status: 'former', quit_year: 2015 },
    ],
    ['たばこは2010年にはもうやめていた。', { status: 'former', quit_year: 2010 }],
    ['たばこは平成22年に既にやめているとのこと。', { status: 'former', quit_year: 2010 }],
    // Lifetime denials as a row's value; an e-cigarette's detail in any bracket.
    ['タバコ：生まれてこのかた吸ったことなし。', { status: 'never' }],
    ['喫煙：これまで一度も吸ったことはありません。', { status: 'never' }],
    [
      'Smoking: never（友人とフレーバー付きのVAPE〈ニコチン0〉を週に何回か吸う程度）。',
      { status: 'never' },
    ],
    ['喫煙歴なし。電子タバコ［ニコチンなし］を時々吸っている。', { status: 'never' }],
    // Teaching that includes 禁煙, a history not taken, a criterion's bound, a question left open.
    ['禁煙を含めた生活習慣の改善について説明した。', { status: 'unknown' }],
    ['禁煙も含め生活指導を行った。', { status: 'unknown' }],
    ['3年前に禁煙。禁煙を含む生活習慣について説明。', { status: 'former', quit_year: 2021 }],
    ['本人の喫煙歴は本日聴取漏れ。次回確認する。', { status: 'unknown' }],
    ['喫煙歴を聞き忘れた。', { status: 'unknown' }],
    [
      '低線量CTの対象（ブリンクマン指数600以上）かは次回確認。',
      { status: 'unknown', brinkman_index: null },
    ],
    ['低線量CTは30パックイヤー以上が対象。', { status: 'unknown', pack_years: null }],
    ['喫煙歴あり。今も吸っていらっしゃるかは確認できなかった。', { status: 'unknown' }],
    [
      '喫煙歴：あり（約30 pack-years）。現在も吸っておられるか、いつまで吸っていたかは確認できませんでした。',
      { status: 'unknown', pack_years: 30 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('dev39: occasions dated by a relative’s event, clauses after 以後, lifestyle lists, forms marked after the option, ages and starts told in prose', () => {
  it.each([
    // The time of a relative's event dates the patient's quit ("…の年に", "…の時に"); so does a
    // newborn at a child's home, and a spouse whose words made the patient give a pipe up.
    [
      'たばこは1日20本。平成28年の春、長男の結婚式の年にやめた。',
      { status: 'former', quit_year: 2016, cigarettes_per_day: 20 },
    ],
    ['元喫煙者。2012年、妻の出産の時に禁煙したとのこと。', { status: 'former', quit_year: 2012 }],
    [
      'タバコは昨年の秋、娘のところに初孫が生まれたのを機にやめた。それまでは1日1箱。',
      { status: 'former', quit_year: 2023, cigarettes_per_day: 20 },
    ],
    [
      'たばこは2年前、息子夫婦に子どもが生まれたのをきっかけにやめた。',
      { status: 'former', quit_year: 2022 },
    ],
    [
      '葉巻を吸っていたが、その葉巻も3年前に奥さんに言われて手放し、以来一本も吸っていない。',
      { status: 'former', quit_year: 2021 },
    ],
    [
      'パイプを長年吸っていたが、そのパイプも2019年に肺炎で入院したのを機に手放した。',
      { status: 'former', quit_year: 2019 },
    ],
    // A clause opened by 以後 / その後 keeps its negation to itself.
    ['禁煙して12年になり、以後再喫煙はない。', { status: 'former', quit_year: 2012 }],
    ['たばこは5年前にやめ、その後一度も再喫煙なし。', { status: 'former', quit_year: 2019 }],
    ['8年前に禁煙し、それ以来再び吸ったことはない。', { status: 'former', quit_year: 2016 }],
    // 禁煙 as one item of a lifestyle list closed by など / 等.
    ['減塩・運動・禁煙など生活習慣について一般的なパンフレットを渡した。', { status: 'unknown' }],
    ['節酒、禁煙等の生活指導を行った。', { status: 'unknown' }],
    ['体重管理や禁煙などの一般的な注意点をお話しした。', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // The age now with no 歳 after 今年 (with or without で); a start told as the first cigarette.
    [
      'タバコは十九歳から吸い始め、今年六十一。今は一日二十本前後。',
      { status: 'current', years_smoked: 42, cigarettes_per_day: 20, brinkman_index: 840 },
    ],
    [
      'たばこは二十二の時から吸い始めて、今年で五十七。一日十本ほどで、現在も吸っている。',
      { status: 'current', years_smoked: 35, cigarettes_per_day: 10 },
    ],
    [
      'たばこは十八の頃、先輩にもらったのが最初で、それ以来ずっと一日二十本。五十三になる今も同量を吸っている。',
      { status: 'current', years_smoked: 35, brinkman_index: 700 },
    ],
    [
      'タバコは20歳の時に友人に勧められたのが始まりで、今も1日15本。今年で50歳になる。',
      { status: 'current', years_smoked: 30, cigarettes_per_day: 15 },
    ],
    // The years so far said after ずっと in an elliptic follow-up.
    [
      '喫煙(+)、1日1箱。就職してからずっと、35年になる。',
      { status: 'current', years_smoked: 35, pack_years: 35 },
    ],
    // The start year with the age then in apposition; the quit age with the year beside it.
    [
      'たばこは平成2年、22歳の時に吸い始め、1日15本ほど。2016年、長女の結婚式の年にやめた。',
      { status: 'former', years_smoked: 26, quit_year: 2016, brinkman_index: 390 },
    ],
    [
      '紙巻きは20歳から1日20本、58歳のとき、平成30年に禁煙した。',
      { status: 'former', years_smoked: 38, quit_year: 2018 },
    ],
    // A pack restated as a count right after it.
    [
      'たばこは毎日ひと箱弱、15本くらい。20歳から吸っていて今50歳。',
      { cigarettes_per_day: 15, years_smoked: 30 },
    ],
    [
      '喫煙：1日1箱強（25本ほど）を30年。現在も。',
      { status: 'current', cigarettes_per_day: 25, brinkman_index: 750 },
    ],
    // Kanji era years in a span and a switch year.
    [
      '紙巻きたばこを昭和五十年から平成七年まで1日25本。その後はパイプに替え、そのパイプも5年前に手放した。',
      { status: 'former', years_smoked: 20, quit_year: 2019 },
    ],
    [
      '紙巻きは平成九年から1日25本。平成二十七年に加熱式（アイコス）に切り替え、今も毎日使っている。',
      { status: 'current', years_smoked: 18, quit_year: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it('reads a form whose options stand one to a line with the mark after them', () => {
    const form =
      'たばこについて、あてはまるものに○\n　　吸わない（　）\n　　以前は吸っていたが今は吸わない（○）\n　　現在吸っている（　）\n' +
      '　→吸っていた（吸っている）本数：1日（20）本\n　→吸っていた期間：（1990）年 〜（2015）年\n';
    expect(answer(form)).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 25,
      quit_year: 2015,
      brinkman_index: 500,
    });
    const never =
      'たばこ\n　　吸わない（○）\n　　以前は吸っていた（　）\n　　現在吸っている（　）\n';
    expect(answer(never).status).toBe('never');
    const now = 'たばこ\n　　吸わない（　）\n　　以前は吸っていた（　）\n　　現在吸っている（○）\n';
    expect(answer(now).status).toBe('current');
  });
});

describe('dev40: honorific relatives in occasions, event-dated starts, 禁煙し、今年でN年, から ranges, form ages, open questions, visiting rules', () => {
  it.each([
    // A relative named with an honorific (お父様, ご長男) or a school event (中学入学) dates the
    // patient's quit or relapse; it is not the smoker.
    [
      '喫煙：2000年、就職した年から1日20本。2015年、ご長女の高校入学を機に一度禁煙されたが、2020年の秋、お母様の葬儀の頃から再び吸うようになり、現在は1日5本ほど。',
      { status: 'current', cigarettes_per_day: 5, years_smoked: 24, quit_year: null },
    ],
    [
      'たばこは1日15本。平成30年、お父様の三回忌を機にやめられ、以後は吸っておられない。',
      { status: 'former', quit_year: 2018, cigarettes_per_day: 15 },
    ],
    // The object of the patient's loss with an illness word holding が (肺がん).
    [
      'タバコは昭和60年から1日20本。2010年、母親を胃がんで亡くしたのを機にやめた。',
      { status: 'former', years_smoked: 25, quit_year: 2010, brinkman_index: 500 },
    ],
    // A relative's ceremony the quit was made before (結婚式を前に), 昨年 further back.
    [
      '喫煙：1日20本を30年。一度やめたが再開。昨年の春、次女の結婚式を前にもう一度禁煙し、続いている。',
      { status: 'former', quit_year: 2023, brinkman_index: 600 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each([
    // The start year, then the event that began it (…年から, …時から, と同時に始め, を機に覚え).
    [
      'たばこは1992年、専門学校に入った年から1日15本吸っている。',
      { status: 'current', years_smoked: 32, brinkman_index: 480 },
    ],
    [
      '喫煙は平成元年、結婚した頃から毎日吸っている。1日20本。',
      { status: 'current', years_smoked: 35, pack_years: 35 },
    ],
    [
      '喫煙は昭和五十五年、入社と同時に始められた。一日30本前後。平成十二年に禁煙された。',
      { status: 'former', years_smoked: 20, quit_year: 2000, brinkman_index: 600 },
    ],
    [
      'タバコは1998年、大学入学を機に覚えた。1日10本。2018年にやめた。',
      { status: 'former', years_smoked: 20, quit_year: 2018, brinkman_index: 200 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it('does not read a relapse or an abstinence after the event as the start', () => {
    expect(answer('2019年、父の葬儀の頃から再び吸うようになった。現在1日10本。')).toMatchObject({
      status: 'current',
      years_smoked: null,
    });
  });

  it.each([
    // The time since a quit after 禁煙し、/やめ、 (the 連用形 with a comma), counted back.
    [
      '喫煙：1日20本×30年。心筋梗塞を機に禁煙し、もう8年になる。',
      { status: 'former', quit_year: 2016 },
    ],
    ['タバコは1日1箱。胃の手術を機にやめ、今年で10年。', { status: 'former', quit_year: 2014 }],
    ['以前は1日20本。禁煙され、すでに3年が経過している。', { status: 'former', quit_year: 2021 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it('leaves a relapse after 禁煙し、 current', () => {
    expect(answer('喫煙：20本×20年。禁煙し、2年後に再開した。現在も1日20本。')).toMatchObject({
      status: 'current',
      quit_year: null,
    });
  });

  it.each([
    // A range written with から and no change after it: the midpoint.
    ['喫煙：今も一日に十本から二十本のあいだ。', 15],
    ['喫煙：現在も1日に10本から20本程度吸っている。', 15],
    ['たばこは今も一日二十本から三十本くらい。', 25],
    // A change is not a range.
    ['喫煙：1日20本から10本に減らした。', 10],
    ['喫煙：1日20本から10本程度まで減らした。', 10],
  ])('%s → %s a day', (text, cpd) => {
    expect(answer(text).cigarettes_per_day).toBe(cpd);
  });

  it('reads a form’s start, quit and present ages named by their verb', () => {
    expect(
      answer(
        '喫煙：現在　1日15本\n喫煙を始めた年齢：22歳\n現在の年齢：47歳\n起床後最初の1本：■5分以内',
      ),
    ).toMatchObject({ status: 'current', years_smoked: 25, brinkman_index: 375 });
    expect(answer('1日の喫煙本数：約30本\n吸い始めた年齢：18歳\n現在の年齢：52歳')).toMatchObject({
      years_smoked: 34,
      pack_years: 51,
    });
    // A quit age gives the years but no quit year (decision 8).
    expect(answer('喫煙：過去\n1日20本\n吸い始めた年齢：20歳\nやめた年齢：50歳')).toMatchObject({
      status: 'former',
      years_smoked: 30,
      quit_year: null,
    });
  });

  it.each([
    // Present smoking not yet asked, left for a later visit: the history stays unknown (decision 2).
    '紹介状では喫煙歴あり（1日20本×25年）。今も吸っているかどうかは確認できておらず、次回あらためて聴取する。',
    '喫煙歴あり（20本×20年）。今も吸っているかは把握できておらず、後日改めて聴取。',
  ])('%s → unknown', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it.each([
    // A lifetime denial by mouthful (一口も, ひと口も, 一服も).
    'タバコは一口も吸ったことがありません。',
    'たばこはひと口も吸ったことがない。',
    '喫煙：煙草は一服も吸ったことがない',
    '生まれてこのかたタバコは一口も口にしたことがない。',
  ])('%s → never', (text) => {
    expect(answer(text).status).toBe('never');
  });

  it.each([
    // A ward's rule for visitors about smoking before a visit says nothing about the patient.
    '面会の夫へ、喫煙直後の入室はご遠慮いただくよう伝えた。本人は傾眠。',
    '家族へ喫煙後30分は面会をお控えくださいと説明。',
  ])('%s → unknown', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it('keeps the patient’s own smoking beside a visiting rule', () => {
    expect(answer('喫煙：現在も1日10本。喫煙後の面会は控えるよう家族に説明。')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
    });
  });
});

describe('dev41: quit ages dated by a year, stated lengths and indices said loosely, seasons of dated quits, form rows and blanks, honorific relatives', () => {
  it.each<[string, number | null, number | null]>([
    // A quit age with the quit's year beside it closes an age span (decision 8); the year stays the quit year (decision 26).
    ['たばこは十八歳から一日一箱。六十になった2019年の正月を区切りにやめた。', 42, 2019],
    ['たばこは20歳から1日20本。55歳を迎えた2015年に禁煙した。', 35, 2015],
    ['22歳で吸い始め、毎日1箱。60になった平成30年の春、孫の誕生を機にやめた。', 38, 2018],
    ['たばこは25歳から1日20本。50歳の2010年にきっぱりやめた。', 25, 2010],
    // A start age with a quit year and no quit age still gives no years (decision 51).
    ['25歳頃から吸い始め、1日20本。2018年に禁煙した。現在60歳。', null, 2018],
  ])('%s → %s years, quit %s', (text, years, quit) => {
    expect(answer(text)).toMatchObject({ years_smoked: years, quit_year: quit });
  });

  it('keeps a relative’s age out of the patient’s quit age', () => {
    const { mentions } = runNote(
      'たばこは20歳から1日20本。父が70歳になった2015年に亡くなり、それを機にやめた。',
      'ja',
      { noteDate: '2024-06-01' },
    );
    expect(mentions.filter((m) => m.type === 'quit_age')).toEqual([]);
  });

  it.each<[string, number]>([
    // The length as a 期間 / 年数 topic or a form's bracketed 年数, and a duration before 吸って with a comma.
    ['以前は1日20本。喫煙期間はおよそ30年で、2010年に禁煙。', 30],
    ['たばこは以前吸っていた。本数は1日20本、期間は約25年とのこと。', 25],
    ['たばこ：■以前吸っていた　本数（ 20 ）本/日　年数（ 35 ）年', 35],
    ['「毎日1箱。40年あまり吸って、やめてから5年になる」', 40],
    ['1日20本を吸っていた。25年吸って、2015年にやめた。', 25],
  ])('%s → %s years', (text, years) => {
    expect(answer(text).years_smoked).toBe(years);
  });

  it('does not read a time without smoking as years smoked', () => {
    expect(answer('禁煙期間は5年。以前は1日20本吸っていた。').years_smoked).toBeNull();
  });

  it.each<[string, number]>([
    ['喫煙：今も毎日吸っている。前医の記録では喫煙指数 約800。', 800],
    ['元喫煙者。BI およそ600、2010年に禁煙。', 600],
    ['喫煙歴：過去。ブリンクマン指数は約900。', 900],
  ])('%s → an approximate stated index %s', (text, index) => {
    expect(answer(text).brinkman_index).toBe(index);
  });

  it.each<[string, number]>([
    // An apostrophe year with no 年 (spec 3).
    ['ex-smoker。20本×30年、’12に禁煙。', 2012],
    ["たばこは'09にやめた。", 2009],
    // N年前 with a season of that year (note 2024-06-01).
    ['趣味だった葉巻は4年前の冬にやめた。', 2020],
    ['たばこは5年前の春に禁煙した。', 2019],
    // A dated event told with its season before the quit.
    ['【喫煙歴】1日20本を30年。平成30年、定年退職した春に禁煙。', 2018],
    ['たばこは2015年、長男が生まれた夏にやめた。', 2015],
    ['たばこは2015年に結婚し、翌年の春に禁煙した。', 2016],
    // The heated tobacco given up later with an occasion between (decision 65).
    [
      '紙巻きは1995年から2012年まで1日20本。その年にアイコスへ切り替え、2021年の秋、肺炎で入院したのを機にそちらもやめた。',
      2021,
    ],
    // A form's quit row naming the event before the year.
    ['たばこ：■以前吸っていた　本数（ 20 ）本/日　やめた時期（ 定年の年、2016年 ）', 2016],
  ])('%s → quit %s', (text, year) => {
    expect(answer(text).quit_year).toBe(year);
  });

  it('does not date a planned quit by the season of next year', () => {
    expect(
      answer('たばこは2015年に就職してから毎日。来年の春に禁煙する予定。').quit_year,
    ).toBeNull();
  });

  it.each<[string, number]>([
    // A start year with the age in apposition: the year gives the years with no age now (note 2024).
    ['吸い始めは平成2年、20歳の時。今も1日10本。', 34],
    ['たばこを吸い始めたのは2000年、22歳の時で、今も1日20本。', 24],
    // The age now as いま, and a start age said in a follow-up fragment.
    ['「今も吸ってます」。30で吸い始めて、いま52。1日に半箱くらい。', 22],
    ['たばこは今も1日20本。18の時からずっと。今年で60になる。', 42],
    ['また吸い始め、今は毎日ひと箱。「二十歳の頃から毎日だよ」。今年で六十五。', 45],
  ])('%s → %s years', (text, years) => {
    expect(answer(text).years_smoked).toBe(years);
  });

  it.each([
    // An open question, the reason running long before the verb (decision 2 stays unknown).
    '喫煙歴：あり（前医の紹介状に1日20本×30年）。今も吸っているのか、いつやめたのかは、認知症が進み家族とも連絡がつかず、確認できていない。',
    // A form's smoking field left blank.
    '問診票の飲酒・喫煙欄は空欄。本人は意識障害で聴取困難。',
    'アンケートのたばこの項目は未記入。',
    // A smell of tobacco (decision 60).
    '隣のベッドの患者から「トイレがタバコ臭い」と苦情あり。',
    '衣服がたばこくさかった。喫煙については本人が答えず。',
  ])('%s → unknown', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it.each([
    // A form's instruction addressed to smokers is no answer.
    'たばこ：■吸ったことがない　□以前吸っていた　□吸っている\n（吸っている方のみ）本数：＿＿本/日',
    'たばこ：■吸わない　□吸う\n現在喫煙している方は本数をご記入ください：＿本',
    // An honorific relative as the subject of a long smoking clause (a referral).
    'タバコは吸われません。お母様が1980年から2000年まで1日20本吸っておられ、家の中が煙たかったそうです。',
  ])('%s → never', (text) => {
    expect(answer(text).status).toBe('never');
  });
});

describe('dev42: form answers in other brackets, quit years past an age, an aid or a clause, kanji spoken ranges, fragment quits, dated abstinence', () => {
  it.each<[string, number, number, number | null]>([
    // The blanks filled in （ ）, ［ ］, 【 】 or 〔 〕, spaced or not, full-width digits too; the next row's quit
    // label after the years ("（18）年間　やめた年") is not "18年間やめていた".
    ['以前吸っていたがやめた\n　1日（ 15 ）本　（ 25 ）年間　やめた年（ 平成20 ）年', 15, 25, 2008],
    ['以前吸っていた\n　1日［ 30 ］本　［ 10 ］年間　やめた年［ 2012 ］年', 30, 10, 2012],
    ['以前吸っていた\n　1日【１０】本【４０】年間　やめた年【平成２８】年', 10, 40, 2016],
    ['以前吸っていた\n　本数〔20〕本/日　年数〔12〕年　禁煙した年：2019年', 20, 12, 2019],
    ['以前吸っていた。1日20本　35年間　やめた年 2015年', 20, 35, 2015],
  ])('%s → cpd %d, years %d, quit %s', (text, cpd, years, quit) => {
    expect(answer(text)).toMatchObject({
      status: 'former',
      cigarettes_per_day: cpd,
      years_smoked: years,
      quit_year: quit,
    });
  });

  it.each<[string, number]>([
    // Start and quit ages answered in brackets (decision 8: years = end − start).
    ['以前吸っていた。1日（ 20 ）本　吸い始めた年齢（ 22 ）歳　やめた年齢（ 52 ）歳', 30],
    ['以前吸っていた。1日［20］本　吸い始めた年齢：［18］歳　やめた年齢：［48］歳', 30],
  ])('%s → %d years', (text, years) => {
    expect(answer(text).years_smoked).toBe(years);
  });

  it('keeps "N年間やめていた" a break, not the years smoked', () => {
    expect(answer('10年間やめていたが、また吸い始めた。1日20本。').years_smoked).toBeNull();
  });

  it.each<[string, number]>([
    // The age at the quit in apposition after its year.
    ['喫煙歴：1日20本を30年。2012年、55歳でやめた。', 2012],
    ['たばこは平成22年（50歳）に禁煙した。', 2010],
    ['たばこは2015年、当時62歳の時にきっぱりやめました。', 2015],
    // The aid the quit was made with, between the year and the verb.
    ['喫煙：1日20本。2017年にチャンピックスで禁煙した。', 2017],
    ['喫煙：1日20本。平成28年、ニコチンパッチでやめた。', 2016],
    ['喫煙：1日20本。2019年に禁煙外来のおかげでたばこをやめた。', 2019],
    ['喫煙：1日20本。2020年、禁煙補助薬で禁煙。', 2020],
    // A bare やめた after a clause that names the year by its event.
    ['喫煙歴：1日20本を20年。長女が生まれた2003年にやめた。', 2003],
    ['喫煙歴：1日20本を20年。定年退職した2019年にやめました。', 2019],
    // A relative's event told as a clause of its own, the quit referring back to it (not the relative's quit).
    ['喫煙歴：1日20本を20年。母が70歳になった2012年に亡くなり、それを機にやめた。', 2012],
    ['喫煙：1日20本。妻が2016年に入院して、それがきっかけで禁煙した。', 2016],
    // Abstinence since a dated stay or operation (decision 31), not the one the patient is in.
    ['喫煙：1日20本。2011年、入院した時から吸っていない。', 2011],
    ['喫煙：1日20本。平成30年に手術を受けてから禁煙している。', 2018],
    ['喫煙：1日20本。2015年の心筋梗塞以来、たばこは吸っていない。', 2015],
  ])('%s → former, quit %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each([
    '喫煙：1日20本。入院してから吸っていない。',
    '2010年、50歳で禁煙外来を受診したが、今も吸っている。',
    '喫煙：1日20本。2018年にバレニクリンで禁煙を試みたが失敗し、今も吸っている。',
  ])('%s → current', (text) => {
    expect(answer(text).status).toBe('current');
  });

  it.each([
    // Reaching for it again after a quit is a relapse (decision 12).
    '2015年に禁煙したが、昨年仕事のストレスでまた手が伸び、今は1日10本。',
    '2015年にたばこをやめたが、再びたばこに手を出し、今は毎日吸っている。',
    '5年前に禁煙したが、コロナ禍でタバコに逆戻り。',
  ])('%s → current, no quit year', (text) => {
    expect(answer(text)).toMatchObject({ status: 'current', quit_year: null });
  });

  it('leaves another thing reached for again alone', () => {
    expect(answer('2015年に禁煙した。最近は甘いものにまた手が伸びる。').status).toBe('former');
  });

  it.each<[string, number]>([
    // A spoken range in kanji: the second number is the digit that changes.
    ['1日十二、三本吸っている。', 12.5],
    ['1日二、三本ほど吸ってしまいます。', 2.5],
    ['たばこは毎日二十四、五本。', 24.5],
    ['1日二、三十本吸っている。', 25],
    ['1日二、三箱吸っていた。', 50],
  ])('%s → cpd %d', (text, cpd) => {
    expect(answer(text).cigarettes_per_day).toBe(cpd);
  });

  it.each<[string, number]>([
    // A start age with no 歳 before から and the verb (age now − start, decision 8).
    ['18から吸ってる。1日20本。60歳男性', 42],
    ['60歳男性。たばこは二十からずっと吸っている。1日20本。', 40],
    ['60歳男性。1日20本、20から毎日吸っている。', 40],
  ])('%s → %d years', (text, years) => {
    expect(answer(text).years_smoked).toBe(years);
  });

  it.each<[string, number]>([
    // A fragment that only times a quit, right after the smoking it ends.
    ['たばこは1日20本。やめて、もう3年になる。', 2021],
    ['たばこは1日20本だった。やめて5年。', 2019],
    ['毎日1箱吸っていた。禁煙して、もう2年になる。', 2022],
  ])('%s → former, quit %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each([
    'お酒は毎日2合。やめて3年。たばこは1日20本吸っている。',
    // A fragment quitting something else by name.
    'たばこは毎日1箱。去年、入院して酒をやめた。',
  ])('does not take a quit fragment about something else: %s', (text) => {
    expect(answer(text).status).toBe('current');
  });

  it.each([
    // A relative's amount in brackets after the patient's denial is the relative's.
    'たばこは吸わない（夫は毎日20本）。',
    'たばこは吸わない（父 1日2箱）。',
    '喫煙：なし（妻：二十本/日）',
  ])('%s → never, no amount', (text) => {
    expect(answer(text)).toMatchObject({ status: 'never', cigarettes_per_day: null });
  });
});

describe('dev43: relatives inside event clauses, switch years after a clause, cigarette-only abstinence, other products quit, ages and spans said loosely', () => {
  it.each<[string, number]>([
    // A relative as the subject of the event that dates the quit is no smoker (any event verb).
    ['たばこは毎日1箱。2012年、長男が高校に入った春にやめた。', 2012],
    ['1日20本吸っていたが、2018年の秋、母が脳梗塞で倒れたのを機にきっぱりやめた。', 2018],
    ['平成二十五年、娘が家を出た年にたばこをやめた。', 2013],
    ['喫煙歴：1日15本。令和3年、妻が施設に入った時に禁煙した。', 2021],
  ])('%s → former, quit %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each([
    // The loss of a relative, honorific or with a bracket, before a relapse: the patient smokes again.
    '2015年に禁煙したが、昨年奥様を亡くしてから再び吸うようになり、今は1日10本ほど。',
    '長男によると、妻（長男の母）を亡くしてから再びたばこを吸うようになり、今は1日10本程度とのこと。',
    '5年前にやめたが、ご主人を看取ってからまた吸い始め、現在1日10本。',
  ])('%s → current, cpd 10', (text) => {
    expect(answer(text)).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
      quit_year: null,
    });
  });

  it.each([
    // A relative's own smoking stays theirs, with their age or a note in brackets, or before the patient's 私は.
    '本人はたばこを吸ったことがない。夫（62歳）は毎日20本吸っており、家でも吸っている。',
    '喫煙歴なし。長男（同居）が室内で1日1箱ほど吸う。',
    '夫は吸うけど、私は吸わない。',
    '妻は1日10本吸いますが、僕は一度も吸ったことがありません。',
  ])('%s → never, no amount', (text) => {
    expect(answer(text)).toMatchObject({ status: 'never', cigarettes_per_day: null });
  });

  it('keeps a relative quoted of themselves as the speaker of 私は', () => {
    expect(
      answer('5歳男児。母より「父親はやめたけど、私はまだ1日10本くらい吸っている」と話あり。')
        .status,
    ).toBe('unknown');
  });

  it.each([
    // The place's owner is not the smoker: the patient smokes there (decision 20: cigars still smoked).
    '紙巻きは2010年にやめた。最近は週末に友人の店で葉巻を吸うのが楽しみ。',
    '紙巻きは2010年にやめた。ここ数年、知人のバーで葉巻を1本くゆらせるのが習慣になっている。',
  ])('%s → current, no quit year', (text) => {
    expect(answer(text)).toMatchObject({ status: 'current', quit_year: null });
  });

  it.each<[string, number, number]>([
    // The switch year after an occasion or a motive ends the cigarette years (decisions 3, 46, 65).
    [
      '紙巻きは平成10年から1日20本。令和2年の春、健康のためと思いアイコスに切り替え、今も毎日吸っている。',
      22,
      440,
    ],
    [
      'たばこは2000年から1日20本。2015年、職場の分煙をきっかけに紙巻きはやめてglo（加熱式）に切り替えた。今も毎日。',
      15,
      300,
    ],
    [
      '紙巻きは2001年から一日10本。2019年の夏、子どもが生まれたのを機にプルームへ乗り換えた。',
      18,
      180,
    ],
  ])('%s → current, %d years, BI %d', (text, years, bi) => {
    expect(answer(text)).toMatchObject({
      status: 'current',
      years_smoked: years,
      brinkman_index: bi,
      quit_year: null,
    });
  });

  it.each([
    // Cigarettes named as the topic of an abstinence since the switch: heated tobacco used now still answers.
    '2018年にアイコスに切り替え、今も毎日吸っている。紙巻きはそれ以来吸っていない。',
    '3年前からgloを毎日使っている。紙巻きには戻っていない。',
    'アイコスに変えて5年、今も毎日吸っている。紙巻きたばこはその後一本も吸っておらず。',
  ])('%s → current', (text) => {
    expect(answer(text).status).toBe('current');
  });

  it('reads a bare cigarette denial with no since as no quit', () => {
    expect(answer('紙巻きは吸っていない。').status).not.toBe('former');
  });

  it.each<[string, number]>([
    // A pipe or cigar given up, dated by a kanji era year or by an event (decision 5; decision 65 after a switch).
    [
      '紙巻きは吸ったことがないが、パイプを愛用しており、還暦を迎えた平成二十六年にきっぱりやめた。',
      2014,
    ],
    ['若い頃から葉巻をたしなんでいたが、令和三年の春に思い切ってやめた。', 2021],
    ['紙巻きは平成10年にやめてパイプに替え、5年前の心筋梗塞での入院を機にパイプもやめた。', 2019],
    ['葉巻を楽しんでいたが、2020年、孫が生まれたのを機に葉巻もやめた。', 2020],
  ])('%s → former, quit %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each([
    // The verb left out after a cigarette quit: the other product goes on, and today's amount is its own.
    '紙巻きたばこは5年前にやめ、その後は葉巻。今は1日2本ほど。',
    '紙巻きは10年前にやめ、以後はパイプのみ。',
  ])('%s → current, no cigarettes per day', (text) => {
    expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: null });
  });

  it.each<[string, number]>([
    // A start age told loosely, with the age now (decision 8).
    ['たばこは十八の時に先輩から覚え、それ以来ずっと一日二十本。五十八になる今も同量。', 40],
    ['たばこは二十歳の頃からで、今も一日25本ほど。現在61歳。', 41],
    ['喫煙：20歳の頃より毎日1箱、今も続いている。現在55歳です。', 35],
    ['たばこは十六の時に友人から覚え、今も1日10本。今年で50歳。', 34],
  ])('%s → %d years', (text, years) => {
    expect(answer(text).years_smoked).toBe(years);
  });

  it.each<[string, number]>([
    // The years counted from the start just told (それから / 以来 N年).
    [
      '若い頃は1日2箱。吸い始めたのは30の時で、それから20年、量は変わらなかった。やめて丸5年になる。',
      20,
    ],
    ['二十歳で吸い始め、それから約30年、1日20本を吸った。10年前にやめた。', 30],
    ['18歳で覚え、以来40年吸い続けている。1日20本。', 40],
  ])('%s → %d years', (text, years) => {
    expect(answer(text).years_smoked).toBe(years);
  });

  it.each<[string, number]>([
    // 丸 / ちょうど before the time since the quit uses the number.
    ['たばこは1日20本だった。やめて丸5年になる。', 2019],
    ['毎日1箱吸っていた。禁煙してまる3年。', 2021],
    ['たばこは1日20本。やめてちょうど10年になる。', 2014],
  ])('%s → quit %d', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each([
    // Never having quit, said with the verb after the smoking (decision 70).
    '2002年に吸い始めてから一度もやめたことはないとのこと。1日15本。',
    'たばこは二十歳から1日15本、禁煙したことは一度もない。',
    'たばこは1日15本、これまでやめたことがありません。',
  ])('%s → current', (text) => {
    expect(answer(text)).toMatchObject({ status: 'current', cigarettes_per_day: 15 });
  });

  it('leaves another habit never quit alone', () => {
    expect(answer('お酒をやめたことはない。').status).toBe('unknown');
  });

  it.each<[string, number]>([
    // The amount before the day ("ずつ毎日").
    ['たばこはひと箱ずつ毎日吸っていた。', 20],
    ['たばこは1箱ずつ毎日吸っている。', 20],
    ['たばこは15本ずつ毎日吸っている。', 15],
    ['ふた箱ずつ毎日吸っていた。', 40],
  ])('%s → cpd %d', (text, cpd) => {
    expect(answer(text).cigarettes_per_day).toBe(cpd);
  });
});

describe('dev44 phenomena (fsja)', () => {
  it.each<[string, string, number]>([
    // A month count set off by a comma before the life event, counted back across the year end.
    ['2か月前、母が入院したのをきっかけにたばこをやめた。以後吸っていない。', '2025-01-15', 2024],
    ['先月、兄が脳梗塞で倒れたのを機に禁煙した。', '2025-01-08', 2024],
    ['半年前、健診で肺気腫と言われてからたばこをやめた。', '2025-03-10', 2024],
  ])('%s (%s) → former, quit %d', (text, date, year) => {
    expect(answer(text, date)).toMatchObject({ status: 'former', quit_year: year });
  });

  it('keeps the amounts after a relative who only occasioned the quit', () => {
    expect(
      answer(
        '先月、義兄が心筋梗塞で倒れたのを機にたばこをやめた。以前は1日20本を10年。',
        '2025-02-03',
      ),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 10,
      quit_year: 2025,
    });
  });

  it('leaves a relative who is the topic of the quit the quitter ("夫は結婚を機にやめた")', () => {
    expect(answer('たばこは一度も吸ったことがない。妻は出産を機にやめたとのこと。').status).toBe(
      'never',
    );
  });

  it('reads "習慣にはならなかった" as no conditional', () => {
    expect(answer('若い頃に1本だけ吸ってみたことがあるだけで、癖にはならなかった。').status).toBe(
      'never',
    );
  });

  it('reads a friend who smokes as someone else', () => {
    expect(answer('「たばこは吸ったことがない。友達で吸ってる人はいるけど」と本人。').status).toBe(
      'never',
    );
    expect(answer('高校の頃、先輩のを2本吸ってみただけで、習慣にはならなかった。').status).toBe(
      'never',
    );
  });

  it('reads a relative named in brackets after a quote as its speaker', () => {
    expect(answer('嗜好：「今も毎日1箱は吸っています」（夫）。')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
    });
    // The parent opening a quote the child is named after is the patient, across sentences.
    expect(
      answer(
        '生活歴：「母は平成2年から平成20年まで1日10本吸っていました。それからは吸っていません」（長男）。',
      ),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      years_smoked: 18,
      quit_year: 2008,
    });
  });

  it('lets the narrative correct an auto-filled field it says is stale', () => {
    const text =
      '基本情報（電子カルテより自動取込）：喫煙：あり　本数：20本/日\n' +
      'S) 「3年前に手術を受けたのを機にやめて、それから吸っていない」。自動取込の情報は更新されていなかった。';
    expect(answer(text, '2025-05-01')).toMatchObject({ status: 'former', quit_year: 2022 });
  });
});

describe('a quit timed by a life event whose year the note writes elsewhere (decision 72)', () => {
  it.each<[string, number | null]>([
    ['既往歴：脳梗塞（2017年）\n生活歴：喫煙1日15本。脳梗塞を機にきっぱりやめた。', 2017],
    ['家族歴：長女（平成30年生まれ）\n生活歴：たばこは長女が生まれた時にやめた。', 2018],
    ['既往歴：2013年 心筋梗塞（PCI）\n生活歴：喫煙歴あり、心筋梗塞の後に禁煙。', 2013],
    // Two years for the event, a relative's dated event, or no year: no quit year.
    ['既往歴：心筋梗塞（2010年、2016年）\n生活歴：喫煙歴あり、心筋梗塞を機に禁煙。', null],
    ['家族歴：父 心筋梗塞（2005年）\n生活歴：喫煙歴あり、心筋梗塞を機に禁煙。', null],
    ['既往歴：心筋梗塞\n生活歴：喫煙歴あり、心筋梗塞を機に禁煙。', null],
  ])('%s → %s', (text, quitYear) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', quit_year: quitYear });
  });
});

describe('dev45 phenomena: cravings, no relapse, recent abstinence, inclusion brackets, others', () => {
  it('reads a craving as no smoking and 再喫煙なし as a quit that holds', () => {
    const text =
      '禁煙外来 修了\n禁煙開始日：2022年11月7日\n以降、再喫煙なし。\n「食後はたまに吸いたくなるけど、お茶を飲んでごまかしている」';
    expect(answer(text, '2023-03-01')).toMatchObject({ status: 'former', quit_year: 2022 });
  });

  it('reads ここN か月は吸っていない as a quit that long ago (decision 17), not a form bound', () => {
    expect(answer('本人「ここ4か月はたばこを一本も吸っていない」', '2024-02-15')).toMatchObject({
      status: 'former',
      quit_year: 2023,
    });
    expect(answer('■② 以前は吸っていたが、この1か月は吸っていない', '2024-02-15')).toMatchObject({
      status: 'former',
      quit_year: null,
    });
  });

  it('reads a bracket of included products as the scope of a question, not heated tobacco use', () => {
    const text =
      '喫煙（葉巻・加熱式を含む）：\n　現在の喫煙　□あり ■なし\n　過去の喫煙　□あり ■なし';
    expect(answer(text).status).toBe('never');
    expect(answer('禁煙して5年。今は加熱式も含めて一切吸っていない。', '2024-06-01')).toMatchObject(
      { status: 'former', quit_year: 2019 },
    );
    // Not advice that names the product: the patient uses it.
    expect(answer('アイコスを毎日使用。加熱式も含めて禁煙を勧めた。').status).toBe('current');
  });

  it('keeps a drinking quit, teaching leaflets and a group member out of the patient’s smoking', () => {
    expect(answer('嗜好：喫煙　吸ったことがない。飲酒　昨年からやめた。').status).toBe('never');
    expect(answer('喫煙・飲酒を控えるよう説明し、禁煙啓発の冊子を渡した。').status).toBe('unknown');
    expect(answer('たばこは吸わない。サークルの仲間には喫煙者が多いという。').status).toBe('never');
  });

  it('reads an age span with a clause before its end age (decisions 8 and 51)', () => {
    expect(
      answer('喫煙：18歳から、長女を妊娠した26歳まで1日15本。その後は吸っていない。'),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 15, years_smoked: 8, quit_year: null });
    expect(
      answer('たばこは22歳から、60歳で退職する前日まで1日20本吸っていたが、以来やめている。'),
    ).toMatchObject({ cigarettes_per_day: 20, years_smoked: 38, brinkman_index: 760 });
  });
});

describe('dev46 phenomena: dated previous stays, copied records, corrections and growth', () => {
  it('dates a quit timed by the previous admission from where the note dates that stay (decision 72)', () => {
    const text =
      '【生活歴】前回入院（2019年11月）時は1日20本。\n今回聴取すると、前回の入院を機にタバコはやめたとのこと。';
    expect(answer(text, '2023-05-10')).toMatchObject({ status: 'former', quit_year: 2019 });
  });

  it('reads a bracketed heading that copies an older summary as a copy, its row labels inside it', () => {
    const text =
      '【前回外来サマリー（令和5年3月）より】\n診断：2型糖尿病\n喫煙：現喫煙者、1日15本\n――――――\n【本日】\nS) 「春からたばこは1本も吸っていない」。\nA) 禁煙継続中。';
    expect(answer(text, '2023-11-20')).toMatchObject({ status: 'former', cigarettes_per_day: 15 });
  });

  it('reads what smoking does, as explained, as counselling (decision 10)', () => {
    expect(answer('喫煙が創傷治癒の遅れに関与することを説明した。').status).toBe('unknown');
    expect(answer('たばこと骨粗鬆症の関係について説明。').status).toBe('unknown');
    // Not the patient's own smoking said beside it.
    expect(answer('1日10本吸っている。喫煙が歯肉の炎症に影響することを伝えた。').status).toBe(
      'current',
    );
  });

  it('takes an amount grown to as the amount now', () => {
    expect(
      answer(
        '喫煙：現在も吸っている。問診票では1日10本。本人「最近は15本ぐらいに増えている」',
        '2024-03-01',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 15 });
  });

  it('lets a later pack amount in another sentence outrank an earlier count', () => {
    expect(
      answer(
        '喫煙：過去。本人「1日15本を20年、3年前にやめた」。\n長男面会。喫煙量を尋ねると「いや、毎日2箱は吸っていましたよ」とのこと。\n本人に再確認、吸っていた期間は20年、やめたのは3年前で間違いない。',
        '2024-03-01',
      ),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 40, years_smoked: 20 });
    // An earlier pack amount and a later count: the count.
    expect(answer('以前は1日1箱。\n今は1日8本くらい吸っている。', '2024-03-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 8,
    });
  });

  it('takes the year said second when a quit year is corrected', () => {
    expect(
      answer(
        '紹介状：2010年禁煙。\n返書：禁煙の時期について本人は「2010年じゃなくて2011年の夏から」とのこと。以後は吸っていない。',
        '2024-03-01',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2011 });
    expect(answer('平成20年ではなく平成21年に禁煙した。', '2024-03-01').quit_year).toBe(2009);
    // Not a start year corrected.
    expect(
      answer('2000年ではなく2001年から吸い始め、現在も1日10本。', '2024-03-01').quit_year,
    ).toBe(null);
  });
});

describe('健診 questionnaires: footnoted definitions and answers by number', () => {
  it('reads a bracketed ※ footnote that says who counts as no statement', () => {
    const text =
      '問7 たばこを習慣的に吸っていますか。\n（※「6か月以上、毎日吸っている者」であり、この1か月も吸っている者）\n□①はい　□②以前は吸っていたがこの1か月は吸っていない　■③いいえ（①②以外）';
    expect(answer(text).status).toBe('never');
  });

  it.each([
    ['③', 'never'],
    ['２', 'former'],
    ['①', 'current'],
  ])('connects 回答：%s to its printed option', (n, status) => {
    const text =
      'Q5 現在、たばこを習慣的に吸っていますか。\n①はい　②以前は吸っていたが、この1か月は吸っていない　③いいえ（①②以外）\n' +
      `回答：${n}\nQ6 運動習慣：なし`;
    expect(answer(text).status).toBe(status);
  });
});

describe('quits after a relapse, by week of pregnancy, and from a start year', () => {
  it('lets a quit told after the relapse, in any words, be the latest turn', () => {
    expect(
      answer(
        '2005年に禁煙したが、2009年に再喫煙。2016年9月に禁煙補助薬を使って禁煙を開始し、それ以来1本も吸っていない。',
        '2024-05-01',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2016 });
    // A quoted record term after the relapse tells no quit.
    expect(
      answer(
        '「終わったらまた吸う」とのこと。\n前医の「元喫煙者」は術前の一時的な禁煙を指す。',
        '2024-05-01',
      ).status,
    ).toBe('current');
  });

  it('counts a quit dated by the week of pregnancy back from the note’s own week', () => {
    expect(
      answer(
        '妊婦健診　妊娠34週1日\n喫煙：妊娠8週のときにやめて、以来吸っていない。',
        '2025-03-10',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2024 });
    expect(answer('妊婦健診　妊娠20週\n妊娠7週でたばこをやめた。', '2025-08-20')).toMatchObject({
      status: 'former',
      quit_year: 2025,
    });
  });

  it('does not date a quit by the year something began from', () => {
    expect(
      answer(
        '喫煙：紙巻きは2000年から2012年まで1日15本。2012年から加熱式に替えたが、昨年の秋、医師に言われて加熱式もやめた。',
        '2025-02-01',
      ).quit_year,
    ).toBe(2024);
  });

  it('reads the spoken 吸ってた after the years and the amount', () => {
    expect(
      answer('本人「今は吸ってない。前は8年ほど、1日20本くらい吸ってた」', '2024-05-01'),
    ).toMatchObject({ years_smoked: 8, cigarettes_per_day: 20 });
  });

  it('leaves the terms of an index summed over periods out of the years', () => {
    expect(
      answer(
        '60歳男性。喫煙歴：25歳から喫煙。45歳までは1日30本、以後は1日15本に減らし現在も吸っている。喫煙指数は825（30本×20年＋15本×15年）。',
        '2024-05-01',
      ),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 15, years_smoked: 35 });
  });
});

describe('physicians shorthand: German/English jargon, units glued to numbers, era letters', () => {
  it.each<[string, string, Record<string, number | null>?]>([
    [
      '生活歴：Tabak (+) 15本/d×20y、Alk (−)',
      'current',
      { cigarettes_per_day: 15, years_smoked: 20 },
    ],
    ['生活歴：Tabak（−）、機会飲酒', 'never'],
    ['SH: Nichtraucherin。父がRaucher（1日40本）', 'never'],
    ['SH: Ex-Raucher, 25/d × 15y', 'former', { cigarettes_per_day: 25, years_smoked: 15 }],
    [
      '【生活歴】Raucher（来院当日まで 1P/d、35y）',
      'current',
      { cigarettes_per_day: 20, years_smoked: 35 },
    ],
    ['嗜好：Alc ビール1缶/d、Tab: 15/d', 'current', { cigarettes_per_day: 15 }],
    ['嗜好　酒・タバコ：○／○', 'current'],
    ['嗜好　タバコ・酒：×／○', 'never'],
    ['嗜好　飲酒・喫煙：○／○（20本/d）', 'current', { cigarettes_per_day: 20 }],
  ])('%s → %s', (text, status, numbers) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status, ...numbers });
  });

  it('reads Tab as a tablet outside a 嗜好 line', () => {
    expect(answer('処方：Tab: 2/d 朝夕', '2024-06-01').status).toBe('unknown');
  });

  it('reads a bare product after the smoking label as cigarettes a day × years', () => {
    expect(answer('生活歴：喫煙 15×30（H20禁煙）', '2024-06-01')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 15,
      years_smoked: 30,
      brinkman_index: 450,
      quit_year: 2008,
    });
    // An ever-smoker row keeps its status (decision 2) and still counts.
    expect(answer('喫煙歴(+) 25×20', '2024-06-01')).toMatchObject({
      status: 'unknown',
      cigarettes_per_day: 25,
      years_smoked: 20,
    });
  });

  it('reads packs as P/d and pack-years written before the number', () => {
    expect(answer('SM(+) 2P/d x 20yrs, PY 40', '2024-06-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 40,
      pack_years: 40,
    });
    expect(answer('喫煙：1/2P/d、30y', '2024-06-01')).toMatchObject({
      cigarettes_per_day: 10,
      years_smoked: 30,
    });
    expect(answer('Tabak 12/d × 20J', '2024-06-01')).toMatchObject({ years_smoked: 20 });
  });

  it('dates quits written as minus years, an open span or a tilde', () => {
    expect(answer('SH: ex-smoker（−8y）, 20/d × 30yrs', '2024-06-01').quit_year).toBe(2016);
    expect(answer('喫煙：20本/d×25年、禁煙 -3y', '2024-06-01').quit_year).toBe(2021);
    expect(answer('喫煙 1箱/d、6年前〜禁煙', '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: 2018,
    });
    expect(answer('Tabak 20/d × 30J、H30.6〜やめている', '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: 2018,
    });
    expect(answer('#COPD — ex-smoker, PY 30, 〜H29', '2024-06-01').quit_year).toBe(2017);
    expect(answer('喫煙歴：過去（〜R1）1日15本', '2024-06-01').quit_year).toBe(2019);
  });

  it('reads an open era start for a current smoker, not a quit start', () => {
    expect(answer('喫煙（＋）H6〜、現在15本/d', '2024-06-01')).toMatchObject({
      status: 'current',
      years_smoked: 30,
    });
  });

  it('does not read an era year before a comma as a spoken range', () => {
    expect(answer('喫煙：S60〜H20、25本/日', '2024-06-01')).toMatchObject({
      cigarettes_per_day: 25,
      years_smoked: 23,
      quit_year: 2008,
    });
  });

  it('reads cigarettes, then heated tobacco given up, as former with the cigarette numbers', () => {
    const text =
      '喫煙：紙巻 S60〜H28、15本/日 → H28〜アイコス → R3、アイコスも中止（心筋梗塞を機に）';
    expect(answer(text, '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: 2021,
      cigarettes_per_day: 15,
      years_smoked: 31,
    });
    expect(
      answer('紙巻 H15〜H25 20本/d → 以後 VAPE（ニコチンフリー）', '2024-06-01'),
    ).toMatchObject({
      status: 'former',
      quit_year: 2013,
    });
  });
});

describe('quits dated by an event written relative to the note year', () => {
  it('dates 入院を機に by the one dated event that caused the admission (昨年, 一昨年)', () => {
    const text =
      '一昨年11月に脳梗塞を発症した68歳女性。\n生活歴：たばこは20歳から1日10本吸っていたが、入院をきっかけにやめた。';
    expect(answer(text, '2025-04-01')).toMatchObject({ status: 'former', quit_year: 2023 });
    expect(
      answer('昨年5月に心筋梗塞。入院を機に禁煙し、以後吸っていない。', '2025-04-01'),
    ).toMatchObject({ status: 'former', quit_year: 2024 });
  });

  it('does not date 入院 by this stay’s own admission date, nor by disagreeing events', () => {
    expect(
      answer(
        '入院日：2025年2月1日\n既往：心筋梗塞\n喫煙：その入院をきっかけに禁煙した。',
        '2025-02-10',
      ),
    ).toMatchObject({ status: 'former', quit_year: null });
    expect(
      answer('2019年に脳梗塞、2022年に心筋梗塞。入院を機に禁煙した。', '2025-02-10').quit_year,
    ).toBeNull();
  });
});

describe('spans, informants and dated visits in long records (fsjaleft4)', () => {
  it('reads an age span said with no 歳 before the daily amount, right after the smoking', () => {
    expect(
      answer(
        '既往：特になし。\n「昔は吸ってました。30から50まで、1日20本ほど。今は全く吸ってない」',
        '2024-09-01',
      ),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 20, years_smoked: 20 });
  });

  it('does not read an amount range as an age span', () => {
    expect(answer('喫煙：現在も1日10から20本。', '2024-09-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: null,
    });
  });

  it('reads a start year with the age in brackets before から', () => {
    expect(
      answer('55歳男性\n喫煙：平成元年（20歳）から。今も1日10本吸っている。', '2024-03-01'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 10, years_smoked: 35 });
  });

  it('reads the parent a visiting child quotes as the patient', () => {
    const text =
      '6/2\n　長男来院時に話を聞いた。「母は50歳まで毎日1箱吸っていました。やめてもう12年です」とのこと。';
    expect(answer(text, '2024-06-03')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      quit_year: 2012,
    });
  });

  it('keeps a dead relative out of the clause after the death', () => {
    const text = 'S) 先月父親が亡くなり、それからまた吸うようになった。「1日15本くらい」';
    expect(answer(text, '2024-06-03')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
    });
  });

  it('dates a quit the day after a department visit by that visit’s heading', () => {
    const text =
      '【呼吸器内科外来　2023/12/26】\n喫煙：1日15本。禁煙を勧めた。\n' +
      '【術前外来　2024/2/6】\n喫煙：呼吸器内科外来の翌日からやめており、以後1本も吸っていない。';
    expect(answer(text, '2024-02-06')).toMatchObject({ status: 'former', quit_year: 2023 });
    // Two visits of different years with the same name: not dated.
    const two =
      '【外科外来　2023/12/26】\n【外科外来　2024/2/6】\n喫煙：外科外来の翌日からやめた。';
    expect(answer(two, '2024-02-06').quit_year).toBeNull();
  });
});

describe('spoken and regional verb forms of 吸う and やめる (dev48)', () => {
  it.each<[string, string]>([
    // Negations: 関西 〜へん, 西日本 〜ん / 〜とらん, 東日本 〜ねぇ, 九州 〜なか, 〜あらへん.
    ['嗜好：たばこ「わしは吸わへんよ。酒は飲むけどな」', 'never'],
    ['たばこ：本人「いっぺんも吸うたことなかよ」', 'never'],
    ['喫煙について聞くと「おら、たばこは吸わねぇ。吸ったこともねぇな」と。', 'never'],
    ['たばこ：「うちは吸うたことあらへん」', 'never'],
    ['喫煙：「そげなもん吸わんよ」', 'never'],
    ['たばこ：「生まれてこのかた吸うたこともねえ」', 'never'],
    // Present only (decision 54): alone, unknown; after a past amount, former.
    ['喫煙：本人「今は吸うとらん」', 'unknown'],
    ['たばこ「もう吸うてへん。昔は一日十五本吸うとったけど」', 'former'],
    // Seldom is not never (occasional use, decision 55).
    ['たばこ「あんまり吸わへんよ。月に何本か」', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text, '2025-05-10').status).toBe(status);
  });

  it('reads the past progressive 吸いよった / 吸うとった as a smoking past', () => {
    expect(
      answer(
        'たばこ：「平成の初めにやめたわい。その前は一日三十本を二十年ばかり吸いよった」',
        '2025-05-10',
      ),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 30, years_smoked: 20 });
  });

  it('reads the present 吸うとる / 吸いよる / 吸ってら with its years', () => {
    expect(
      answer('「ほんまは毎日八本くらい吸うとる。もう二十五年吸うとるけえ」', '2025-05-10'),
    ).toMatchObject({
      status: 'current',
      cigarettes_per_day: 8,
      years_smoked: 25,
    });
    expect(answer('たばこ：「一日二十本だべ。四十年ぐれぇ吸ってら」', '2025-05-10')).toMatchObject({
      status: 'current',
      years_smoked: 40,
      brinkman_index: 800,
    });
    expect(
      answer('たばこ「一日一箱吸いよる。二十から吸いよるけん、もう三十年たい」', '2025-05-10'),
    ).toMatchObject({
      status: 'current',
      years_smoked: 30,
    });
  });

  it('reads a quit in the completed forms ちゃった / てしもた / ましてん, with sentence-final particles', () => {
    expect(answer('たばこ：「三年前にやめてしもた」', '2025-05-10')).toMatchObject({
      status: 'former',
      quit_year: 2022,
    });
    expect(
      answer('「紙巻きはもともと吸わん。グローだけやったけど、一昨年やめましてん」', '2025-05-10'),
    ).toMatchObject({
      status: 'former',
      quit_year: 2023,
    });
    expect(
      answer(
        '喫煙：紙巻きからアイコスに替えたが、本人「去年の夏にアイコスもやめちゃった」',
        '2025-05-10',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2024 });
    expect(answer('本人「たばこはもう吸うとらん。去年やめたけん」', '2025-05-10')).toMatchObject({
      status: 'former',
      quit_year: 2024,
    });
  });

  it('reads not quitting (やめとらん, やめきらん) as smoking', () => {
    expect(answer('たばこ：「まだやめきらんとよ」', '2025-05-10').status).toBe('current');
    expect(answer('たばこ「やめとらん。毎日吸いよる」', '2025-05-10').status).toBe('current');
  });

  it('takes the time since a quit from an elliptic follow-up after it, the years smoked after smoking now', () => {
    expect(answer('たばこ「タバコはやめたで。もう八年になるわ」', '2025-05-10')).toMatchObject({
      status: 'former',
      quit_year: 2017,
    });
    expect(answer('たばこ「毎日吸うとる。もう八年になるわ」', '2025-05-10')).toMatchObject({
      status: 'current',
      quit_year: null,
      years_smoked: 8,
    });
  });

  it('reads a kanji range as a short answer after the smoking it counts', () => {
    expect(
      answer('「やめられへんのよ。つい吸っちゃう。一日四、五本」', '2025-05-10'),
    ).toMatchObject({
      status: 'current',
      cigarettes_per_day: 4.5,
    });
  });

  it('gives no daily rate for an amount told only for the occasions smoked (decision 55)', () => {
    expect(
      answer('たばこ「宴会の時だけやな。その時は十本くらい吸うてまう」', '2025-05-10'),
    ).toMatchObject({
      status: 'current',
      cigarettes_per_day: null,
    });
  });

  it('reads a heated-tobacco amount told in the past copula as the habit that was', () => {
    expect(
      answer(
        '「たばこはグローだけやったけど、去年やめた。グローは一日十本くらいやったかな」',
        '2025-05-10',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2024 });
  });

  it('reads a closed kanji era span after an informant lead in the row', () => {
    expect(
      answer(
        '喫煙歴：ご本人によれば「昭和五十二年から平成十五年まで、一日三十本」。',
        '2025-05-10',
      ),
    ).toMatchObject({
      status: 'former',
      years_smoked: 26,
      cigarettes_per_day: 30,
      quit_year: 2003,
    });
  });

  it('reads the wife quoting her husband as collateral about the patient, a son resolving to smoke outside as his own', () => {
    expect(
      answer('妻より「うちの旦那はまだこっそり吸っとります。毎日十五本くらい」', '2025-05-10'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 15 });
    expect(
      answer(
        '本人は非喫煙とのこと？不明。\n息子「これからは庭で吸うようにします」と。',
        '2025-05-10',
      ).status,
    ).toBe('unknown');
  });
});

describe('records flattened or encoded on export (an OMOP note row, dev49)', () => {
  it('reads "<br>", a literal "\\n" and "</p>" as line breaks, and "&nbsp;" as a blank', () => {
    expect(
      answer('外来記録<br>既往：胃炎<br>喫煙：過去（8年前に禁煙）<br>飲酒：なし', '2025-03-01'),
    ).toMatchObject({ status: 'former', quit_year: 2017 });
    expect(answer('初診時メモ\\n喫煙：1日15本\\n飲酒：ビール1缶')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
    });
    expect(
      answer('<p>病棟記録</p><p>嗜好：本人&nbsp;非喫煙者&nbsp;&nbsp;夫&nbsp;1日1箱</p>'),
    ).toMatchObject({ status: 'never', cigarettes_per_day: null });
  });

  it('starts a new field at a label written mid-line, or at "｜", in a note with no line break', () => {
    expect(
      answer('S）咳少し｜O）SpO2 96%｜生活歴：喫煙 1日10本×14年、2019年に禁煙｜飲酒：なし'),
    ).toMatchObject({
      status: 'former',
      quit_year: 2019,
      cigarettes_per_day: 10,
      years_smoked: 14,
    });
    expect(
      answer(
        '【外来】 S）特変なし 生活歴：喫煙 10本/日×20年 禁煙：R2 飲酒：なし A）高血圧 P）継続',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2020, brinkman_index: 200 });
  });

  it('keeps mentions pointing at the note text as written', () => {
    const text = '看護記録<br>&nbsp;&nbsp;喫煙：1日20本<br>飲酒：なし';
    const { mentions } = runNote(text, 'ja');
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.some((m) => m.text.includes('20本'))).toBe(true);
  });
});

describe('export-mangled forms (boxes, bare form rows, filled blanks)', () => {
  it('starts a new line at a form item answered with a box, so the next item is not read with it', () => {
    expect(
      answer(
        '外来問診 喫煙 □吸っている ■吸わない 家族の喫煙 ■あり（父） □なし 飲酒 □飲む ■飲まない',
      ).status,
    ).toBe('never');
  });

  it('reads no amount now from an unticked 現在 option', () => {
    expect(answer('68歳女性\n喫煙歴 □現在 ■過去 □なし 1日 15本 25歳〜50歳')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 15,
      years_smoked: 25,
    });
  });

  it('reads a start age written in a filled blank against the age', () => {
    expect(answer('年齢：60歳\n喫煙 ■吸っている 1日（ 10 ）本 （ 25 ）歳から')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
      years_smoked: 35,
    });
  });

  it('reads bare 本数 and 年数 rows of a form as the amount and the years', () => {
    expect(answer('生活調査 喫煙 過去に吸っていた 本数 15 年数 20 禁煙 2010年')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 15,
      years_smoked: 20,
      brinkman_index: 300,
    });
    // Not a lone 年数 row with no 本数 before it.
    expect(answer('喫煙 なし 勤務年数 20').years_smoked).toBeNull();
  });

  it('reads the time in brackets after a ticked quit option', () => {
    expect(answer('喫煙：（ ）吸う（✓）やめた（6年前）（ ）吸わない', '2024-03-01').quit_year).toBe(
      2018,
    );
  });
});

describe('quit timing and stated indices as Japanese records write them (dev50 phenomena)', () => {
  it.each<[string, number]>([
    ['既往：高血圧。喫煙指数 450。', 450],
    ['嗜好：ブリンクマン指数：1000、飲酒なし', 1000],
    ['たばこ：BI 750', 750],
    // A bare BI above 100 cannot be the Barthel index.
    ['肺気腫の疑い。BI 1200。', 1200],
  ])('keeps a stated index alone as unknown: %s', (text, bi) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'unknown', brinkman_index: bi });
  });

  it('does not read the Barthel index or a screening threshold as a smoking index', () => {
    expect(answer('ADL評価：BI 85点、FIM 100点').brinkman_index).toBeNull();
    expect(answer('対象：喫煙指数400以上の方は喀痰検査').brinkman_index).toBeNull();
  });

  it('keeps the smoking word beside a stated index', () => {
    expect(answer('喫煙：現在も1日10本（喫煙指数 300）').status).toBe('current');
  });

  it.each<[string, number]>([
    ['喫煙歴あり（H28.6禁煙）', 2016],
    ['喫煙歴：有（令和元年禁煙）', 2019],
    ['喫煙歴あり、R3禁煙', 2021],
  ])('reads a dated quit beside an ever-smoker statement as former: %s', (text, year) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', quit_year: year });
  });

  it('reads a planned quit beside an ever-smoker statement as current, not former', () => {
    // A plan presupposes present smoking (decisions 11 and 24).
    expect(answer('喫煙歴あり（R7.3禁煙予定）', '2024-06-01').status).toBe('current');
  });

  it('reads an end-only span after a past-tense habit as the quit year', () => {
    expect(answer('煙草：昔吸っていた（〜2008年）', '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: 2008,
    });
  });

  it('reads an era year glued to the quit verb', () => {
    expect(answer('たばこ 15本×25年 R2やめた', '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: 2020,
      cigarettes_per_day: 15,
    });
  });

  it('reads the factors in brackets after a stated index', () => {
    expect(answer('喫煙：元喫煙者、2012年禁煙。BI：450（15×30）', '2024-06-01')).toMatchObject({
      cigarettes_per_day: 15,
      years_smoked: 30,
      brinkman_index: 450,
    });
  });

  it.each([
    ['喫煙：22歳から1日15本、8年前（60歳）まで喫煙。', 2016],
    ['喫煙：22歳から1日15本、60歳（8年前）まで吸っていた。', 2016],
    ['喫煙：22歳から1日15本、2016年（60歳）まで喫煙。', 2016],
  ])('reads a time with its other form in brackets before まで: %s', (text, year) => {
    expect(answer(text, '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: year,
      years_smoked: 38,
      cigarettes_per_day: 15,
    });
  });
});

describe('the line between current, former and unknown (dev51 phenomena)', () => {
  it.each<[string, number]>([
    ['喫煙：12年前まで1日25本。', 2012],
    ['たばこ：約15年前までヘビースモーカー（1日50本）。今は吸わない。', 2009],
    ['生活歴：8年前まではヘビースモーカーだった。', 2016],
  ])('reads smoking that ran until N years ago as former: %s', (text, year) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', quit_year: year });
  });

  it('keeps a present amount after the past one current', () => {
    expect(answer('喫煙：6年前までは1日2箱、現在は1日5本ほど。', '2024-06-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 5,
      quit_year: null,
    });
  });

  it('reads a stated total of years in brackets (計N年)', () => {
    expect(answer('喫煙：5年前まで15本/日（計20年）', '2024-06-01')).toMatchObject({
      status: 'former',
      years_smoked: 20,
      brinkman_index: 300,
    });
  });

  it('reads an age span after the 喫煙歴 label as a former history with its numbers', () => {
    expect(answer('喫煙歴：20歳から55歳まで1日15本。', '2024-06-01')).toMatchObject({
      status: 'former',
      years_smoked: 35,
      cigarettes_per_day: 15,
      brinkman_index: 525,
    });
  });

  it.each([
    ['喫煙歴あり（2019.11禁煙）', 2019],
    ['喫煙歴：有（2017/6禁煙）', 2017],
  ])('reads a calendar year with a dotted or slashed month before 禁煙: %s', (text, year) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', quit_year: year });
  });

  it('reads a yes/no smoking question with both boxes empty as no answer', () => {
    const text = '問5 たばこを毎日吸っている　□はい　□いいえ\n問6 運動習慣がある　■はい　□いいえ';
    expect(answer(text).status).toBe('unknown');
  });

  it('reads the title of a handed-out leaflet and the harm explained as no statement', () => {
    const text =
      '喫煙：聴取できず\n術後は喫煙で創傷治癒が遅れるため、控えるよう説明。リーフレット『たばこと手術』をお渡しした。';
    expect(answer(text).status).toBe('unknown');
  });

  it('reads a cigarette tried once and never since as never', () => {
    expect(
      answer('嗜好：高校の時に先輩にもらって一度試しただけで、それ以来吸っていない。').status,
    ).toBe('never');
  });
});

describe('amounts and durations as Japanese records write them (dev52 phenomena)', () => {
  it.each<[string, number]>([
    ['嗜好：たばこは3日で1箱くらい。今朝も吸った。', 20 / 3],
    ['喫煙：2日に1箱、現在も', 10],
    ['たばこ：ふた箱を毎日、今も続いている。', 40],
    ['喫煙：1日 紙巻きたばこ15本、現在も', 15],
    ['「今は毎週ひと箱くらい吸ってます」', 20 / 7],
    ['喫煙：現在も。週に14本程度、毎日少しずつ。', 2],
  ])('reads a pack or count spread over days or a week as a daily amount: %s', (text, cpd) => {
    const a = answer(text, '2024-06-01');
    expect(a.status).toBe('current');
    expect(a.cigarettes_per_day).toBeCloseTo(cpd, 2);
  });

  it('leaves an occasional weekly count without a daily rate', () => {
    expect(answer('たばこはたまに吸う（週に3、4本）。', '2024-06-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: null,
    });
  });

  it.each<[string, number]>([
    ['喫煙：ひと箱×25y、8年前に禁煙', 25],
    ['「たばこは半箱を30年くらい吸ってたけど、去年やめた」', 30],
  ])('reads packs with the years they ran: %s', (text, years) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', years_smoked: years });
  });

  it('reads a lower bound on the daily amount as no amount, the years after it kept', () => {
    expect(answer('たばこは「1日30本以上、約20年。10年前にやめた」', '2024-06-01')).toMatchObject({
      status: 'former',
      cigarettes_per_day: null,
      years_smoked: 20,
      quit_year: 2014,
    });
    expect(answer('喫煙：毎日2箱以上、今も', '2024-06-01').cigarettes_per_day).toBeNull();
  });

  it('reads the years after a daily amount with only a blank between', () => {
    expect(answer('嗜好：喫煙 15本/日 20年（現在も）', '2024-06-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 20,
      brinkman_index: 300,
    });
  });

  it('reads an era start with a span to now in English shorthand', () => {
    expect(answer('Tab: 10cig/d、H2〜 現在も', '2024-06-01')).toMatchObject({
      status: 'current',
      years_smoked: 34,
      cigarettes_per_day: 10,
    });
  });

  it('reads years after a life-event start told with the tobacco topic', () => {
    expect(answer('たばこは就職してから35年、1日1箱。', '2024-06-01')).toMatchObject({
      years_smoked: 35,
      cigarettes_per_day: 20,
    });
  });

  it('reads a span to now that was never interrupted as current, its years from the age now', () => {
    const text = '60歳女性。\nたばこ：毎日1箱。25歳から今日（60歳）まで一度もやめたことがない。';
    expect(answer(text, '2024-06-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: 35,
    });
  });

  it.each([
    '禁煙開始日 2023年5月8日から1本も吸っていない。',
    '禁煙開始日 2023/5/8から一本も吸っていない。',
  ])('reads the year of a passed 禁煙開始日 with the abstinence after it: %s', (text) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', quit_year: 2023 });
  });

  it('reads options printed one to a line, answered by a circled number below', () => {
    const text =
      '問2　現在、たばこを習慣的に吸っていますか。\n' +
      '　（合計100本以上、又は6ヶ月以上吸っている者であり、最近1ヶ月間も吸っている者）\n' +
      '　①はい\n　②以前は吸っていたが最近1ヶ月間は吸っていない\n　③いいえ（①②以外）\n　→ ③に○';
    expect(answer(text, '2024-06-01').status).toBe('never');
    expect(answer(text.replace('③に○', '②に○'), '2024-06-01').status).toBe('former');
  });
});

describe('an era or calendar start running to now with its verb left out, and a quit dated after the note', () => {
  it.each([
    'たばこ：15本/日、昭和60年より現在も。',
    '喫煙 1日15本、1985年から今も。',
    '喫煙：1日15本 S60〜現在',
  ])('reads %s as current, years counted to the note date', (text) => {
    expect(answer(text, '2025-03-10')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 40,
      quit_year: null,
    });
  });

  it.each([
    'たばこ：15本/日、昭和60年より今も吸っていない。',
    'たばこ：15本/日、2010年から現在も禁煙中。',
  ])('leaves a quit or a denial after the span to now: %s', (text) => {
    expect(answer(text, '2025-03-10').status).not.toBe('current');
  });

  it.each<[string, string]>([
    ['喫煙歴：有り（禁煙開始日 R7.4.1）', '2025-03-10'],
    ['喫煙歴：有り（禁煙開始日：2025年3月20日）', '2025-03-10'],
    ['1日10本。禁煙日 2025/5 に決定。', '2025-03-10'],
    ['1日10本。2025.6.1より禁煙。', '2025-03-10'],
  ])('reads a quit dated after the note as a plan (current): %s', (text, date) => {
    expect(answer(text, date)).toMatchObject({ status: 'current', quit_year: null });
  });

  it.each<[string, number]>([
    ['禁煙開始日 2025/2/1から一本も吸っていない。', 2025],
    ['禁煙開始日：2024年12月24日から一本も吸っていない。', 2024],
    // The note's own month: a day before the note's, or no day written, is no plan.
    ['禁煙開始日 2025/3/5から一本も吸っていない。', 2025],
    ['禁煙開始日 2025年3月から一本も吸っていない。', 2025],
  ])('reads a passed quit date with the abstinence after it as a quit: %s', (text, year) => {
    expect(answer(text, '2025-03-10')).toMatchObject({ status: 'former', quit_year: year });
  });
});

describe('a quit dated by a past time, plain or polite, after the tobacco topic or as a row value', () => {
  it.each<[string, number | null]>([
    ['煙草は昨年辞めました。', 2024],
    ['タバコを一昨年きっぱりやめました。', 2023],
    ['たばこはもう先月止めました。', 2025],
    ['喫煙は4年ほど前やめました。', 2021],
    ['たばこは2016年やめましたとのこと。', 2016],
    ['たばこは数年前にやめました。', null],
    ['喫煙歴あり。5年前辞めました。', 2020],
    ['たばこ：止めました（平成28年）', 2016],
    ['喫煙＝禁煙しました（2018年）', 2018],
  ])('%s → former', (text, year) => {
    expect(answer(text, '2025-03-10')).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each(['たばこは来年やめます。', 'たばこは去年やめたいと話していた。'])(
    'reads no quit in a plan or a wish: %s',
    (text) => {
      expect(answer(text, '2025-03-10').status).not.toBe('former');
    },
  );

  it('keeps a job quit out of it', () => {
    expect(answer('たばこは吸う。先月仕事をやめました。', '2025-03-10').quit_year).toBeNull();
  });
});

describe('the end of the smoking as a row value or in brackets after the history', () => {
  it.each<[string, number | null, number | null]>([
    ['喫煙歴：有（R1まで）', 2019, null],
    ['喫煙歴あり（平成30年頃まで、1日15本）', 2018, 15],
    ['たばこ：一昨年の暮れまで', 2023, null],
    ['喫煙：3年前まで', 2022, null],
    // An age gives no quit year (decision 8).
    ['喫煙歴：あり（60歳まで）', null, null],
  ])('%s → former', (text, year, cpd) => {
    expect(answer(text, '2025-03-10')).toMatchObject({
      status: 'former',
      quit_year: year,
      cigarettes_per_day: cpd,
    });
  });

  it('leaves a deadline alone', () => {
    expect(answer('喫煙：2026年までに禁煙予定', '2025-03-10').status).not.toBe('former');
  });
});

describe('a present-tense denial with the past habit beside it', () => {
  it.each<[string, number]>([
    ['たばこは吸わない（昔は1日2箱）', 40],
    ['煙草は吸っていません、若い頃は1日10本', 10],
    ['たばこ：なし（以前は20本/日）', 20],
    ['タバコは今は吸いません（以前は1日半箱）', 10],
  ])('%s → former', (text, cpd) => {
    expect(answer(text)).toMatchObject({ status: 'former', cigarettes_per_day: cpd });
  });

  it.each<[string, string]>([
    ['煙草は吸いません。', 'never'],
    ['たばこは今は吸いません。', 'unknown'],
    ['タバコは吸わない（夫は1日20本）', 'never'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });
});

describe("the patient's own words about stopping, and where smoking ended (dev53 phenomena)", () => {
  it.each<[string, string, Record<string, unknown>]>([
    // An era written as its first kanji alone (昭, 平, 令), with or without 年.
    [
      '喫煙歴：昭55〜平12、1日25本。',
      '2024-05-01',
      { status: 'former', years_smoked: 20, quit_year: 2000 },
    ],
    ['既往：喫煙（令3禁煙）、20本×25年', '2024-05-01', { status: 'former', quit_year: 2021 }],
    ['喫煙 1日10本×30年（平25年まで）。', '2024-05-01', { status: 'former', quit_year: 2013 }],
    // An era letter with no 年 in the brackets after the quit.
    ['タバコはやめました（H29）', '2024-05-01', { status: 'former', quit_year: 2017 }],
    // 吸わなくなって N年: the time since the quit.
    ['たばこは吸わなくなってもう8年になる。', '2024-05-01', { status: 'former', quit_year: 2016 }],
    // 先月の + part of the month, counted back across the new year.
    [
      'タバコは先月の下旬から一本も吸っていません。',
      '2025-01-10',
      { status: 'former', quit_year: 2024 },
    ],
    // A stop of only days still holds (days counted back from the note date).
    [
      '禁煙外来2回目。\n本人「5日前からやめています」',
      '2025-01-03',
      { status: 'former', quit_year: 2024 },
    ],
    ['タバコは4日前から吸っていない。', '2024-08-20', { status: 'former', quit_year: 2024 }],
    // A quit after an event told in the て-form, no time of its own.
    [
      'たばこは子どもが生まれてからきっぱりやめました。',
      '2024-05-01',
      { status: 'former', quit_year: null },
    ],
    // お正月 as the part of the year counted back.
    ['タバコは2年前のお正月にやめた。', '2024-05-01', { status: 'former', quit_year: 2022 }],
  ])('%s (%s)', (text, date, expected) => {
    expect(answer(text, date)).toMatchObject(expected);
  });

  it('reads a quotation with no speaker named before it as the patient speaking', () => {
    expect(
      answer('「妻は一昨年やめたけど、わたしは今も吸ってるよ。1日15本かな」', '2024-05-01'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 15, quit_year: null });
    // A relative named before the quotation is still its speaker.
    expect(answer('母より「父親は昨年やめたけれど、私はまだ1日5本」').status).not.toBe('current');
  });

  it('reads a quit with a partner and a count per day with no tobacco word on the line', () => {
    expect(
      answer('「妻と一緒に、4年前にやめました。僕は1日20本でした」', '2024-05-01'),
    ).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      quit_year: 2020,
    });
    expect(answer('カフェイン飲料を1日3本。').status).toBe('unknown');
  });

  it('leaves an e-cigarette that was given up as vaping, not a tobacco quit', () => {
    expect(
      answer(
        'たばこは一度も吸ったことがない。VAPE（ニコチンなし）を使っていたが、昨年やめました。',
      ),
    ).toMatchObject({ status: 'never', quit_year: null });
    expect(
      answer('紙巻きは吸わない。電子たばこを吸っていたが2か月前にやめた。', '2024-05-01'),
    ).toMatchObject({ status: 'never', quit_year: null });
  });

  it('does not take a stop for an operation as a quit', () => {
    expect(answer('手術の3日前から吸っていない。').status).not.toBe('former');
  });
});

describe('current or not, told indirectly (dev54 phenomena, own sentences)', () => {
  it.each<[string, string]>([
    // The answer put in brackets (circled on paper), the other option left plain.
    ['・習慣的にたばこを吸っている：　（はい）・　いいえ', 'current'],
    [
      '・現在、たばこを習慣的に吸っている：はい・（いいえ）\n・以前、たばこを習慣的に吸っていた：（はい）・いいえ',
      'former',
    ],
    // The answer pointed to by an arrow: a present-tense いいえ alone denies only now (decisions 29, 54).
    ['問診票：現在、習慣的に喫煙している → いいえ', 'unknown'],
    ['問診票：現在、習慣的に喫煙している → はい', 'current'],
    // A comma after 以前 still asks about the past: both いいえ make a never smoker.
    [
      '現在、習慣的に喫煙している　□はい　■いいえ\n以前、習慣的に喫煙していた　□はい　■いいえ',
      'never',
    ],
    // Both boxes blank after a colon: no answer.
    ['問2 たばこを習慣的に吸っている：　□はい　□いいえ', 'unknown'],
    // An instruction not to smoke is advice, not a denial.
    ['在宅酸素導入。火災予防のため室内では吸わないよう本人と妻に説明した。', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('reads the 喫煙歴 field with amounts only as a history, current or former not said', () => {
    expect(answer('喫煙歴：1日1箱×25年')).toMatchObject({
      status: 'unknown',
      cigarettes_per_day: 20,
      years_smoked: 25,
      pack_years: 25,
    });
    // The field 喫煙 with amounts only stays current (decision 58), and a quit still decides.
    expect(answer('喫煙：1日10本×15年').status).toBe('current');
    expect(answer('喫煙歴：10本×15年、5年前に禁煙', '2024-05-01')).toMatchObject({
      status: 'former',
      quit_year: 2019,
    });
  });

  it('ends the cigarette years at the age of a switch to heated tobacco', () => {
    expect(
      answer('60歳女性。喫煙：紙巻きは25歳から1日15本、52歳でグロー（加熱式）に変えて現在も使用。'),
    ).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
      years_smoked: 27,
      quit_year: null,
    });
  });

  it('does not count "1本も…ない" as one cigarette a day', () => {
    expect(
      answer('「たばこは去年やめた。今は1本も吸っていない」。以前は1日2箱を25年。', '2024-05-01'),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 40, quit_year: 2023 });
  });
});

describe('the value of a present-tense smoking row (probe phenomena, own sentences)', () => {
  it.each<[string, Record<string, unknown>]>([
    // The habit going on, as the row's value.
    ['【生活歴】たばこ：継続中　飲酒：なし', { status: 'current', quit_year: null }],
    ['嗜好　喫煙＝継続している、アルコール＝機会飲酒', { status: 'current' }],
    // 現 / 現在 / 現喫煙 as the value, the mirror of 過去 and Ex; a bare count in its bracket is per day.
    ['術前：喫煙：現（15本）、飲酒：なし', { status: 'current', cigarettes_per_day: 15 }],
    ['たばこ：現喫煙（半分に減らして8本程度）', { status: 'current' }],
    ['喫煙：現在（25本）', { status: 'current', cigarettes_per_day: 25 }],
    // あり on the 喫煙 row (not 喫煙歴) is a smoker now (decision 15, as 有).
    ['ADL自立。喫煙：あり　飲酒：ビール1本/日', { status: 'current' }],
    ['たばこ＝有り／酒＝なし', { status: 'current' }],
    ['喫煙：あり（12本）', { status: 'current', cigarettes_per_day: 12 }],
    ['喫煙：18本、飲酒：なし', { status: 'current', cigarettes_per_day: 18 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    // The history row keeps decision 2; a bracket that ends the habit is a past habit.
    ['喫煙歴：あり　飲酒：なし', { status: 'unknown' }],
    ['喫煙：あり（平成28年まで）', { status: 'former', quit_year: 2016 }],
    ['たばこ：有（禁煙中）', { status: 'former' }],
    // 現在 that denies the present is not 現在 as the value (decisions 28 and 54).
    ['喫煙：現在なし', { status: 'unknown' }],
    ['喫煙：現在は吸っていない', { status: 'unknown' }],
    // A relative's row is not the patient's.
    ['同居の夫の喫煙：あり', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    // None now, the end of the smoking in brackets: former, the end as the quit (decisions 13 and 28).
    ['喫煙：なし（15年前まで）', { status: 'former', quit_year: 2009 }],
    ['たばこ：無（H22まで）', { status: 'former', quit_year: 2010 }],
    ['喫煙：－（8年前まで30本）', { status: 'former', cigarettes_per_day: 30, quit_year: 2016 }],
    ['喫煙：なし（2012年に禁煙）', { status: 'former', quit_year: 2012 }],
    // A bracket about someone else's smoke leaves the denial standing.
    ['喫煙：なし（職場で受動喫煙あり）', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    // A mixed-English past marker as the value of a Japanese row, as ex and former.
    ['喫煙：past 1箱/日', { status: 'former', cigarettes_per_day: 20 }],
    ['たばこ：prev 15本/日×20y', { status: 'former', cigarettes_per_day: 15 }],
    ['喫煙：previously 10本/日', { status: 'former', cigarettes_per_day: 10 }],
    // Not the time before an admission: smoking up to it (decision 25).
    ['喫煙：before admission 20本/日', { status: 'current', cigarettes_per_day: 20 }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('event-triggered quits, era years that end the smoking, plans and refusals (probe phenomena, own sentences)', () => {
  it.each<[string, Record<string, unknown>]>([
    // A quit that began with an event, the admission too when it is not this stay (decision 31).
    [
      '喫煙歴：1日30本×25年、入院をきっかけに禁煙。',
      {
        status: 'former',
        cigarettes_per_day: 30,
        years_smoked: 25,
        brinkman_index: 750,
        quit_year: null,
      },
    ],
    [
      'たばこ：15本/日を20年、胆石の手術を契機にやめた。',
      { status: 'former', cigarettes_per_day: 15 },
    ],
    ['喫煙：肺炎で入院したのを機に禁煙した。', { status: 'former', quit_year: null }],
    ['喫煙：平成30年の入院を機に禁煙し、以後吸っていない。', { status: 'former', quit_year: 2018 }],
    // This stay's ban, or a plan on admission, is no quit (decisions 25 and 31).
    [
      '喫煙：1日20本を30年、現喫煙者。今回入院を機に禁煙。院内では吸っていない。',
      { status: 'current', quit_year: null },
    ],
    ['喫煙：入院前日まで1日1箱。入院を機に禁煙する予定。', { status: 'current', quit_year: null }],
    // The history told in the clause before a plan is not part of the plan.
    [
      'たばこ：25本×30年、退院を機に禁煙するつもり。',
      { status: 'current', cigarettes_per_day: 25, years_smoked: 30, brinkman_index: 750 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it.each<[string, Record<string, unknown>]>([
    // An era or calendar year that ends the smoking gives the quit year (decisions 9 and 42).
    ['たばこは平成25年まで。', { status: 'former', quit_year: 2013 }],
    ['喫煙は昭和63年頃まで。', { status: 'former', quit_year: 1988 }],
    ['平成十八年までは毎日一箱。', { status: 'former', cigarettes_per_day: 20, quit_year: 2006 }],
    [
      '令和元年までは1日15本ほど吸っていた。',
      { status: 'former', cigarettes_per_day: 15, quit_year: 2019 },
    ],
    ['喫煙：H25まで1日20本を20年。', { status: 'former', years_smoked: 20, quit_year: 2013 }],
    ['たばこは1日1箱をR1まで、以後吸っていない。', { status: 'former', quit_year: 2019 }],
    // Not a closed span of cigarettes before another product, nor a later amount or the present.
    ['紙巻きは平成2年から平成20年まで1日20本、その後はパイプ。', { quit_year: null }],
    ['喫煙：平成22年までは1日2箱、以降は1日10本。', { status: 'current', quit_year: null }],
    ['平成22年までは1日2箱、今は半箱。', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it.each<[string, string]>([
    // A plan, a wish or a refusal to quit: the patient smokes now (decisions 11, 18 and 24).
    ['再来週から禁煙する予定とのこと。', 'current'],
    ['たばこは年内にやめるつもり。', 'current'],
    ['近いうちに禁煙しようと思っている。', 'current'],
    ['禁煙について説明したが、禁煙の意思はないとのこと。', 'current'],
    ['たばこをやめるつもりは全くない。', 'current'],
    ['禁煙を勧めたが、本人は禁煙を拒否。', 'current'],
    ['禁煙を検討している。', 'current'],
    ['来週から禁煙します。', 'current'],
    // Counselling alone, a condition or a question says nothing (decision 10).
    ['禁煙の重要性を説明し、禁煙を勧めた。', 'unknown'],
    ['禁煙したい場合は禁煙外来を受診するよう説明した。', 'unknown'],
    ['禁煙するつもりがあるか尋ねた。', 'unknown'],
    // Someone else's plan, another habit, keeping a quit.
    ['父は禁煙するつもりはない。', 'unknown'],
    ['お酒をやめる気はない。', 'unknown'],
    ['5年前に禁煙。今後も禁煙するつもり。', 'former'],
  ])('%s → %s', (text, status) => {
    expect(answer(text, '2024-06-01').status).toBe(status);
  });
});

describe('quits that held, ends and present rows (dev55 phenomena)', () => {
  it.each<[string, Record<string, unknown>]>([
    // Smoked up to an admission, then a quit that held after the discharge: former (decision 31),
    // the quit told before or after; with no quit held after it the ban alone explains it (decision 25).
    [
      '一昨年の肺炎入院をきっかけに禁煙。退院後も一本も吸っていない。入院前は1日15本を30年吸っていた。',
      { status: 'former', quit_year: 2022, cigarettes_per_day: 15, years_smoked: 30 },
    ],
    [
      '入院直前まで1日20本吸っていた。退院してからは禁煙を継続している。',
      { status: 'former', cigarettes_per_day: 20 },
    ],
    ['入院前日まで1日30本吸っていた。', { status: 'current', quit_year: null }],
    // A relative bearing out the patient's account is collateral, not the relative's history (decision 59).
    [
      '昨年の手術を機にたばこはやめ、その後は吸っていないと本人（長男も同様に証言）。',
      { status: 'former', quit_year: 2023 },
    ],
    // An end year after an age start (decision 51): the quit year, no years smoked.
    [
      'たばこは18歳ころから平成22年まで毎日吸っていた。',
      { status: 'former', quit_year: 2010, years_smoked: null },
    ],
    // An open-start span with the amount after it in the bracket (decision 42).
    [
      '喫煙：以前（〜2012年、1日15本）',
      { status: 'former', quit_year: 2012, cigarettes_per_day: 15 },
    ],
    ['喫煙：過去（〜H25、1日30本）', { status: 'former', quit_year: 2013 }],
    // A form's quit-time row answered 昨年 / 一昨年 (decision 37).
    ['たばこ：■やめた\nやめた時期：（ 一昨年 ）', { status: 'former', quit_year: 2022 }],
    ['たばこ：■やめた\n禁煙した時期：昨年', { status: 'former', quit_year: 2023 }],
    // Denied now and before.
    ['喫煙：過去も現在もなし', { status: 'never' }],
    ['たばこ：現在も過去もなし（父が喫煙者）', { status: 'never' }],
    // The years as a present-tense row's value (decision 15).
    ['たばこ：あり（25年）', { status: 'current', years_smoked: 25 }],
    ['喫煙（＋）15年', { status: 'current', years_smoked: 15 }],
    ['喫煙：有り 20年間', { status: 'current', years_smoked: 20 }],
    ['喫煙：あり（30年以上）', { status: 'current', years_smoked: null }],
    // Stated pack-years alone (decisions 2 and 27): kept, status unknown, nothing derived.
    [
      '喫煙歴：45 pack-years',
      { status: 'unknown', pack_years: 45, cigarettes_per_day: null, brinkman_index: null },
    ],
    ['たばこ 12PY', { status: 'unknown', pack_years: 12 }],
    ['パックイヤー：35', { status: 'unknown', pack_years: 35 }],
    ['COPD（50パックイヤー）、現在も1日20本', { status: 'current', pack_years: 50 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('quit times told by cut-off verbs, events and bare quits (dev56 phenomena)', () => {
  it.each<[string, Record<string, unknown>]>([
    // A bare quit now, the amount smoked in the next sentence: former with those numbers; nothing alone.
    [
      '現在はやめています。15本×10年でした。',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 10, brinkman_index: 150 },
    ],
    ['もうやめた。若い頃は1日1箱。', { status: 'former', cigarettes_per_day: 20 }],
    ['今はやめています。', { status: 'unknown' }],
    ['お酒はもうやめました。たばこは1日10本。', { status: 'current' }],
    // Not smoked since an event told as a noun with 後: a quit that holds, not a never.
    [
      '結婚後は吸っていません。独身時代は1日15本程度。',
      { status: 'former', cigarettes_per_day: 15 },
    ],
    // ... but not the stay or an operation (decisions 25 and 57).
    ['入院後は吸っていない。1日20本。', { status: 'current' }],
    // 卒業 and 断つ / 断煙 as quit verbs, with their interval.
    ['タバコは5年前に卒業しました。', { status: 'former', quit_year: 2019 }],
    ['たばこを卒業して久しい。', { status: 'former' }],
    ['8年前に煙草をきっぱり断った。', { status: 'former', quit_year: 2016 }],
    ['タバコは昨年断ちました。', { status: 'former', quit_year: 2023 }],
    ['断煙して7年になる。', { status: 'former', quit_year: 2017 }],
    // An admission years back that the abstinence runs from is no hospital-ban abstinence (decision 31).
    [
      'たばこは12年前に心不全で入院してから吸っていない。それまでは1日30本。',
      { status: 'former', quit_year: 2012, cigarettes_per_day: 30 },
    ],
    // An age span ended by 禁煙するまで: the years, no quit year (decisions 8 and 51).
    [
      '喫煙歴：22歳から52歳で禁煙するまで1日15本。',
      { status: 'former', years_smoked: 30, cigarettes_per_day: 15, quit_year: null },
    ],
    // Abstinent since a life event dated elsewhere (decision 72).
    [
      '家族：長男（平成27年生まれ）\nたばこは長男の出産後から吸っていない。それまで1日5本を8年。',
      { status: 'former', quit_year: 2015, cigarettes_per_day: 5, years_smoked: 8 },
    ],
    [
      '#心筋梗塞（2016年、PCI）\n「心筋梗塞をやってからは一本も吸ってない」',
      { status: 'former', quit_year: 2016 },
    ],
    // Months before an operation dated elsewhere: the operation's year, not counted back from the note.
    [
      '#肺癌（右上葉切除術 2021年9月）\n喫煙：手術の2か月前から禁煙し、以後吸っていない。以前は1日20本×30年。',
      { status: 'former', quit_year: 2021, cigarettes_per_day: 20 },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('a closed age span ends the smoking (decision 8)', () => {
  it.each<[string, Record<string, unknown>]>([
    // The span's end is before the present age: former, years from the span, no quit year from an age.
    [
      'たばこ：1日1箱（22歳から58歳まで）。現在70歳。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 36, quit_year: null },
    ],
    [
      '喫煙：18〜48歳まで15本/日。66歳。',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 30, brinkman_index: 450 },
    ],
    [
      '64歳女性。喫煙：10本/日（25〜55歳）',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 30, quit_year: null },
    ],
    // With no present age the closed span still ends the habit, beside the history row too (not decision 2's unknown).
    [
      '喫煙歴：30本×25年（21-46歳）',
      { status: 'former', cigarettes_per_day: 30, years_smoked: 25, brinkman_index: 750 },
    ],
    ['喫煙期間：19歳〜49歳　本数：1日20本', { status: 'former', years_smoked: 30 }],
    // The span's end is not a present age, so start age + age is not read from it.
    ['喫煙歴：20歳から45歳、1日10本', { status: 'former', years_smoked: 25 }],
    // Open to the present, or ending at the present age: still smoking.
    ['喫煙：1日15本（20歳〜現在）、58歳。', { status: 'current', years_smoked: 38 }],
    ['喫煙：20本/日（20〜58歳）、現在58歳。', { status: 'current' }],
    // A present amount beside a past span: current with the present amount (decision 19).
    [
      '喫煙：20〜40歳は40本/日、現在は10本/日。62歳。',
      { status: 'current', cigarettes_per_day: 10 },
    ],
    // Someone else's span is not the patient's.
    ['父：20〜60歳まで1日40本。本人：喫煙歴なし。', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('現在なし as a row value, with the past habit beside it (decisions 28 and 54)', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      '喫煙：現在なし（かつて1日15本×20年）',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 20, brinkman_index: 300 },
    ],
    [
      'たばこ：今はなし（以前は1日1箱を30年）',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    [
      '喫煙：現在は無し。過去に10本/日×15年。',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 15 },
    ],
    [
      '喫煙：現在（－）、以前1日30本×10年',
      { status: 'former', cigarettes_per_day: 30, years_smoked: 10 },
    ],
    ['喫煙歴：現在(−)（過去に20本/日、25年間）', { status: 'former', years_smoked: 25 }],
    ['現在喫煙なし（昔は1日10本）', { status: 'former', cigarettes_per_day: 10 }],
    // Alone it denies only the present: unknown, not never and not the current of "喫煙：現在".
    ['喫煙：現在(−)', { status: 'unknown' }],
    ['たばこ：今はなし', { status: 'unknown' }],
    ['喫煙：現在無', { status: 'unknown' }],
    // A bracket about someone else's smoke adds no past of the patient's.
    ['喫煙：現在なし（受動喫煙あり）', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('dev57 phenomena: several mentions in a long record', () => {
  it.each<[string, Record<string, unknown>]>([
    // Two children dated: the birth the quit names dates it, not the other child's (decision 72).
    [
      '家族：長女（平成8年生まれ）、次男（平成12年生まれ）\n生活歴：たばこは次男が生まれた年にやめた。',
      { status: 'former', quit_year: 2000 },
    ],
    [
      '家族：長女（2005年生まれ）、長男（2009年生まれ）\n生活歴：長女が生まれた年に禁煙した。',
      { status: 'former', quit_year: 2005 },
    ],
    // A birth the note dates twice over, or not for the child named: no single year.
    [
      '家族：長男（2005年生まれ）、長女（2009年生まれ）\n生活歴：子どもが生まれた年に禁煙した。',
      { status: 'former', quit_year: null },
    ],
    // A span whose ends are written in different calendars (decisions 9 and 26).
    [
      '生活歴：喫煙 H2年〜2016年、1日15本。以後は吸っていない。',
      { status: 'former', years_smoked: 26, quit_year: 2016, brinkman_index: 390 },
    ],
    [
      '喫煙：1979年から平成21年まで、1日30本。',
      { status: 'former', years_smoked: 30, quit_year: 2009, cigarettes_per_day: 30 },
    ],
    // The years counted from a start just named, the reason's から…なので before them.
    [
      'たばこ：「1日1箱吸ってます。二十歳の頃からなので35年くらいかな」',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 35, pack_years: 35 },
    ],
    [
      '嗜好：夫の話では「毎日15本は吸っている。就職してからだから30年ほど」',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 30 },
    ],
    // Since a quit, the years are no smoking time.
    [
      'たばこ：昔は1日20本吸っていた。禁煙してからなので8年くらい。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: null },
    ],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });

  it('ends a one-line past history at the next labelled row, so the history told there is not a list item', () => {
    const text =
      '問診票：喫煙 □吸う ■吸わない\n既往歴：脂質異常症\n家族構成：妻と二人暮らし\n' +
      '本人聴取：「30歳まで1日10本吸ってたけど、2001年にやめた」';
    expect(answer(text, '2024-06-01')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 10,
      quit_year: 2001,
    });
  });
});

describe('dev58: field shorthand, spoken past, a quit after a relapse, spans before the verb, nicotine-free vaping', () => {
  it.each<[string, Record<string, unknown>]>([
    // A past cue of a counselling phrase dates nothing the patient does.
    [
      '嗜好：グロー 1日10本。加熱式たばこも禁煙の対象になる旨を説明。',
      { status: 'current', cigarettes_per_day: null },
    ],
    // 前は with the spoken form that drops い: the past.
    ['本人「前はたばこ吸ってました。もう吸ってない」', { status: 'former' }],
    ['家では毎日吸ってた。入院中は吸えず。', { status: 'current' }],
    // A count or a range of 本 with the years it ran, a rounding word between, no day word.
    [
      '以前は吸っていた。15本くらいを30年ほど。',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 30, brinkman_index: 450 },
    ],
    [
      '「昔は吸ってたね。5本から15本ぐらいを25年かな」',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 25 },
    ],
    // An open age span closed by a bracket.
    [
      '喫煙(+) 15本/日、22歳〜（現在50歳）',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 28 },
    ],
    // A quit made again after a relapse ends the history.
    [
      '平成25年に禁煙、令和元年に再喫煙、令和3年に再び禁煙。',
      { status: 'former', quit_year: 2021 },
    ],
    ['たばこ：2008年禁煙→2013年再開→2019年禁煙', { status: 'former', quit_year: 2019 }],
    ['禁煙後に一度再開したが、5年前に再び禁煙した。', { status: 'former', quit_year: 2019 }],
    // A closed span before the smoking word.
    [
      '1985〜2009年 1日15本喫煙。',
      { status: 'former', quit_year: 2009, years_smoked: 24, cigarettes_per_day: 15 },
    ],
    ['2001年〜2015年〜現在 喫煙 1日10本', { status: 'current', quit_year: null }],
    // Nicotine-free vaping alone.
    ['VAPEだけ（ニコチンは入っていない）。', { status: 'never' }],
    ['ベイプのみ、ニコチンなし。', { status: 'never' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('durations told in kanji, with a rounding word or as a fraction of a century', () => {
  it.each<[string, Record<string, unknown>]>([
    // Kanji numerals before a bare 喫煙 (a noun, no verb after it).
    [
      '三十五年ほど喫煙、一日十本。',
      { status: 'current', years_smoked: 35, cigarettes_per_day: 10 },
    ],
    ['およそ十五年喫煙（1日半箱）', { years_smoked: 15, cigarettes_per_day: 10 }],
    // 弱 / 余り use the number (decision 69), the amount between them and 喫煙中.
    ['40年余り、毎日15本喫煙中', { status: 'current', years_smoked: 40, cigarettes_per_day: 15 }],
    // The years as all that is said of the topic; not a time ago.
    ['毎日10本。たばこは25年弱です。', { years_smoked: 25, cigarettes_per_day: 10 }],
    ['喫煙は15年あまり、1日20本', { years_smoked: 15, brinkman_index: 300 }],
    ['たばこは15年前にやめた', { status: 'former', years_smoked: null, quit_year: 2009 }],
    // A century named by its fraction, with にわたり or a verb.
    ['半世紀にわたって毎日1箱', { years_smoked: 50, cigarettes_per_day: 20 }],
    ['四半世紀近く吸ってきた', { status: 'current', years_smoked: 25 }],
    // A span of calendar years before a bare 喫煙 is no duration of its own.
    ['1990〜2012年 1日25本喫煙', { years_smoked: 22, quit_year: 2012 }],
    // Half a year after the years.
    ['1日10本を2年半くらい吸っていた', { years_smoked: 2.5, brinkman_index: 25 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('a 禁煙 row whose value is the time it runs from', () => {
  it.each<[string, Record<string, unknown>]>([
    ['喫煙歴：あり\n禁煙：有（R1年〜）', { status: 'former', quit_year: 2019 }],
    ['喫煙歴：あり　禁煙：あり（H20〜）', { status: 'former', quit_year: 2008 }],
    ['禁煙歴：平成28年より', { status: 'former', quit_year: 2016 }],
    ['禁煙：2016年〜', { status: 'former', quit_year: 2016 }],
    // The time back as the row's value, y or 年.
    ['喫煙歴 30y 10本/日 禁煙 3y前', { status: 'former', quit_year: 2021, years_smoked: 30 }],
    ['禁煙：あり（8年前）', { status: 'former', quit_year: 2016 }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('a bare count of 本 on a 嗜好 / 生活歴 line is cigarettes, a drink counted there is not', () => {
  it.each<[string, Record<string, unknown>]>([
    [
      '嗜好：15本×20年、5年前に止めた。',
      { status: 'former', cigarettes_per_day: 15, years_smoked: 20, quit_year: 2019 },
    ],
    ['生活歴：1日30本、機会飲酒。', { status: 'current', cigarettes_per_day: 30 }],
    ['嗜好：ビール、1日10本', { status: 'current', cigarettes_per_day: 10 }],
    ['嗜好：缶ビール1日3本', { status: 'unknown', cigarettes_per_day: null }],
    ['生活歴：焼酎2本/週', { status: 'unknown' }],
    ['嗜好：1日1本のワイン', { status: 'unknown' }],
    ['嗜好品：缶コーヒー毎日2本', { status: 'unknown' }],
  ])('%s', (text, expected) => {
    expect(answer(text, '2024-06-01')).toMatchObject(expected);
  });
});

describe('an abstinence counted in years that lasts to the note date', () => {
  it.each<[string, number]>([
    ['20年間禁煙している。', 2004],
    ['10年間禁煙中。', 2014],
    ['20年間にわたり禁煙している。', 2004],
    ['禁煙を20年間続けている。', 2004],
    ['たばこは8年間やめている', 2016],
  ])('%s → quit %i, no years smoked', (text, quitYear) => {
    expect(answer(text, '2024-06-01')).toMatchObject({
      status: 'former',
      quit_year: quitYear,
      years_smoked: null,
    });
  });

  it('keeps the years smoked told beside it', () => {
    expect(
      answer('喫煙歴：20本/日×30年、20年間にわたり禁煙している。', '2024-06-01'),
    ).toMatchObject({
      years_smoked: 30,
      quit_year: 2004,
      brinkman_index: 600,
    });
  });

  it('reads no quit from one told in the past, a bound or a calendar year', () => {
    expect(answer('10年間禁煙していたが再喫煙し、現在1日10本。', '2024-06-01')).toMatchObject({
      status: 'current',
      quit_year: null,
    });
    expect(answer('10年以上禁煙中', '2024-06-01').quit_year).toBeNull();
    expect(answer('喫煙を20年間続けている。', '2024-06-01')).toMatchObject({
      status: 'current',
      years_smoked: 20,
    });
  });
});

describe('a quit N and a half years back (N年半前)', () => {
  // Counted back in months from the note date, as 半年前 and 禁煙して1年半 are.
  it.each<[string, number]>([
    ['4年半前に禁煙した。', 2019],
    ['たばこは6年半ほど前にやめた。', 2017],
    ['禁煙：1年半前', 2022],
    ['1年半前からたばこは一本も吸っていない。', 2022],
    ['ここ2年半はたばこを吸っていない。', 2021],
  ])('%s → former, quit %i', (text, quitYear) => {
    expect(answer(text, '2024-03-20')).toMatchObject({ status: 'former', quit_year: quitYear });
  });

  it('keeps the amounts told after it', () => {
    expect(answer('たばこは4年半前にやめた。1日15本×20年。', '2024-03-20')).toMatchObject({
      status: 'former',
      quit_year: 2019,
      cigarettes_per_day: 15,
      years_smoked: 20,
    });
  });
});

describe('no cigarette since N years ago (N年前から吸っていない)', () => {
  it.each<[string, number]>([
    ['4年前からタバコは吸っていない。以前は1日15本。', 2020],
    ['8年前から喫煙していません。', 2016],
    ['たばこは6年前から1本も吸っていない。', 2018],
    ['ここ4年はたばこを吸っていない。', 2020],
  ])('%s → former, quit %i', (text, quitYear) => {
    expect(answer(text, '2024-03-20')).toMatchObject({ status: 'former', quit_year: quitYear });
  });
});

describe('a present-tense row, then the quit told in the note itself', () => {
  it('lets the quit told after a 喫煙：あり row with its amount win (decision 13)', () => {
    expect(
      answer('喫煙：あり（1日15本）\n本日の聴取：たばこは一昨年やめたとのこと。', '2024-03-20'),
    ).toMatchObject({
      status: 'former',
      quit_year: 2022,
      cigarettes_per_day: 15,
    });
  });

  it('reads a row dated as written in an earlier year as a copy of that row alone', () => {
    expect(
      answer(
        '喫煙：現在も1日15本（令和3年記載）\n今回本人より：今年2月から禁煙している。',
        '2024-05-20',
      ),
    ).toMatchObject({
      status: 'former',
      quit_year: 2024,
      cigarettes_per_day: 15,
    });
    expect(
      answer(
        '喫煙：あり（1日15本）※前回記載の転記\n今回：たばこは一昨年やめたとのこと',
        '2024-05-20',
      ),
    ).toMatchObject({
      status: 'former',
      quit_year: 2022,
    });
  });

  it('keeps the row current with no quit after it', () => {
    expect(answer('喫煙：あり（1日15本）\n飲酒：なし', '2024-05-20')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 15,
    });
  });
});

describe('dated quits and rows of the dev59 kind', () => {
  it('reads a cigarette quit told in the honorific passive beside heated tobacco used now (decision 3)', () => {
    expect(
      answer(
        '喫煙：平成30年から紙巻きたばこは禁煙されていますが、その後は加熱式たばこを毎日吸っておられます。',
        '2024-05-20',
      ),
    ).toMatchObject({ status: 'current', quit_year: null });
  });

  it('dates a quit by an event clause with a bracketed aside', () => {
    expect(
      answer(
        '2017年に胃癌（ステージIB、幽門側胃切除後）と診断された際に禁煙されており、以後は吸っていない。',
        '2024-05-20',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2017 });
  });

  it('dates a quit made again at a cessation clinic', () => {
    expect(
      answer(
        '平成28年に禁煙したが翌年再喫煙。令和4年に禁煙外来で再度禁煙し、以後は吸っていない。',
        '2024-05-20',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2022 });
  });

  it('reads no end of the smoking from the bracket after a drink', () => {
    expect(
      answer('嗜好：Tb 20本/日×30年。Alc ビール2缶×30年（半年前まで）', '2024-05-20').status,
    ).toBe('current');
  });

  it('reads a smoking history not asked as no statement', () => {
    expect(answer('喫煙・飲酒歴：未聴取', '2024-05-20').status).toBe('unknown');
  });
});

describe('既喫煙, open brackets after a former label, a confirmed end, English units (fsp3ja)', () => {
  it.each([
    ['#2 肺気腫（既喫煙者）', { status: 'former' }],
    ['A）既喫煙者の慢性気管支炎', { status: 'former' }],
    ['生活歴：既喫煙歴あり、飲酒なし', { status: 'former' }],
    ['喫煙：1日15本×30年、2016年にやめた。\n評価：既喫煙者', { status: 'former', quit_year: 2016 }],
  ])('reads 既喫煙 as former, keeping the quit told elsewhere: %s', (text, want) => {
    expect(answer(text, '2024-06-01')).toMatchObject(want);
  });

  it('keeps a former label when a suspected diagnosis follows the comma', () => {
    expect(answer('所見：元喫煙者、肺気腫の疑い。', '2024-06-01').status).toBe('former');
    expect(answer('所見：既喫煙者、間質性肺炎疑い', '2024-06-01').status).toBe('former');
  });

  it.each([
    ['たばこ：Ex（2017年〜）', { quit_year: 2017, years_smoked: null }],
    ['喫煙：ex（2016年〜禁煙中）', { quit_year: 2016, years_smoked: null }],
    ['喫煙：ex-smoker（H30〜）', { quit_year: 2018 }],
    ['喫煙：Ex（1995年〜2012年）', { quit_year: 2012, years_smoked: 17 }],
  ])(
    'reads an open bracket after a former label as the quit, never a duration: %s',
    (text, want) => {
      expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', ...want });
    },
  );

  it.each([
    ['たばこ：8年前まで（今は吸っていない）', 2016],
    ['喫煙：2012年まで、現在は一切吸わない', 2012],
  ])('reads an end confirmed by the present as former: %s', (text, quit) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', quit_year: quit });
  });

  it('keeps a present amount after an end as current', () => {
    expect(answer('喫煙：3年前まで、現在は1日5本', '2024-06-01').status).toBe('current');
  });

  it('reads English units after a per-day amount', () => {
    expect(answer('喫煙：10本/day、25 years（現在も）', '2024-06-01')).toMatchObject({
      cigarettes_per_day: 10,
      years_smoked: 25,
      brinkman_index: 250,
    });
  });
});

describe('dev60: a second quit written 再禁煙, a quit year as a topic, an addendum, a bracketed row label, marked options one to a line', () => {
  it.each<[string, number]>([
    ['喫煙歴：H19禁煙、H26再開、R2再禁煙。現在まで吸っていない。', 2020],
    ['喫煙：2009年禁煙→2014年再喫煙→2019年再禁煙', 2019],
    ['たばこ：平成21年に禁煙、平成25年に再開、令和4年に再禁煙。', 2022],
  ])('reads 再禁煙 closing its clause as the last quit: %s', (text, quit) => {
    expect(answer(text, '2025-03-01')).toMatchObject({ status: 'former', quit_year: quit });
  });

  it.each<[string, number]>([
    ['元喫煙者。禁煙は2015年頃とのこと。', 2015],
    ['妻の話では、禁煙は平成27年です。', 2015],
  ])('reads a quit year told as the topic: %s', (text, quit) => {
    expect(answer(text, '2025-03-01')).toMatchObject({ status: 'former', quit_year: quit });
  });

  it('leaves a target year after the topic alone', () => {
    expect(answer('禁煙は2026年を目標にしたいと話す。現在1日10本。', '2025-03-01')).toMatchObject({
      status: 'current',
      quit_year: null,
    });
  });

  it('lets an addendum after a re-check replace the interval it corrects', () => {
    const text =
      '看護問診：たばこ ■やめた（5年前）\n1日20本×30年\n' +
      '（追記）再確認したところ、禁煙は2017年の春とのこと。';
    expect(answer(text, '2025-03-01')).toMatchObject({ status: 'former', quit_year: 2017 });
  });

  it.each([
    ['喫煙（紙巻きたばこ）：□吸っている　□やめた　■吸わない', 'never'],
    ['喫煙（紙巻）：■吸ったことがない　□以前吸っていた', 'never'],
    ['喫煙（加熱式を含む）：□吸わない　■吸う', 'current'],
  ])('reads the products in a 喫煙 row label as part of the label: %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  const question = '問5　たばこを習慣的に吸っていますか。\n';
  it.each([
    [
      `${question}　① はい\n　② 以前は吸っていたが、この1か月は吸っていない　←○\n　③ いいえ`,
      'former',
    ],
    [
      `${question}　① はい　← ✓\n　② 以前は吸っていたが、この1か月は吸っていない\n　③ いいえ`,
      'current',
    ],
    [
      `${question}　① はい\n　② 以前は吸っていたが、この1か月は吸っていない\n　■③ いいえ（①②以外）`,
      'never',
    ],
    [
      `${question}　①はい\n　②以前は吸っていたが、この1か月は吸っていない\n　③いいえ（①②以外）\n　回答：③`,
      'never',
    ],
  ])('reads only the marked option of a run one to a line: %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('keeps a follow-up line after the options that points to one of them', () => {
    const text = `${question}　■①はい　□②以前は吸っていた　□③いいえ\n　→①の方：1日（20）本、（30）年`;
    expect(answer(text)).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: 30,
    });
  });
});

describe('other habits beside smoking: paired rows, joint subjects, drug quits (fsp4b)', () => {
  it.each([
    // A 嗜好 row of two habits with あり/なし or a plus/minus: tobacco's own value by position.
    ['嗜好：お酒・たばこ：なし/あり', 'current'],
    ['嗜好：たばこ・お酒：なし/あり', 'never'],
    ['アルコール/タバコ：（＋）/（－）', 'never'],
    ['タバコ/アルコール：＋/－', 'current'],
    ['飲酒・喫煙：有・無', 'never'],
  ])('paired row %s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each([
    // The patient and a relative as one subject.
    ['夫婦で2013年にたばこをやめた。', 'former', 2013, null],
    ['夫婦ともに毎日15本吸っている。', 'current', null, 15],
    ['本人も夫も喫煙者である。', 'current', null, null],
    ['本人と妻は2013年に禁煙。', 'former', 2013, null],
  ])('joint subject %s → %s', (text, status, quit, cpd) => {
    expect(answer(text)).toMatchObject({ status, quit_year: quit, cigarettes_per_day: cpd });
  });

  it.each([
    // A quit of a drug or another habit is not a smoking quit.
    ['喫煙歴なし。薬物：覚せい剤、2017年にやめた。', 'never'],
    ['非喫煙者。競馬は5年前にやめた。', 'never'],
    ['たばこは吸わない。珈琲：1日4杯、昨年やめた。', 'never'],
  ])('other habit %s → %s', (text, status) => {
    expect(answer(text)).toMatchObject({ status, quit_year: null });
  });
});

describe('dev61: form rows of a quit age, dash blanks, apostrophe-year starts, a season of last year, indented copied rows (fsja61)', () => {
  it('reads 禁煙年齢 as the end of the smoking years, not as the patient age, and 喫煙開始年齢 as no smoking word', () => {
    const text = '喫煙：□吸う　■やめた\n喫煙開始年齢：22歳\n禁煙年齢：60歳\n禁煙時期：H27';
    expect(answer(text, '2025-05-01')).toMatchObject({
      status: 'former',
      years_smoked: 38,
      quit_year: 2015,
    });
  });

  it.each([
    // A dash in an amount row is a blank, not a denial; a dash after the smoking row itself still is.
    ['嗜好\n　喫煙：\n　喫煙年数：－\n　喫煙本数：－', 'unknown'],
    ['喫煙：なし\n喫煙本数：－', 'never'],
    ['喫煙：－', 'never'],
  ])('dash rows %s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('reads an open start written with an apostrophe year in brackets after the amount', () => {
    expect(answer("喫煙：あり（現在）　20本/日（'05〜）", '2025-05-01')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: 20,
    });
  });

  it('dates a quit by the season of last year that the smoking lasted to, amounts between', () => {
    expect(
      answer(
        'たばこは昨年の夏までは1日15本、30年ほど吸っていました。今は吸っていない。',
        '2025-03-01',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2024, cigarettes_per_day: 15 });
  });

  it('ends a copied record heading its indented rows at the first line back at the margin', () => {
    const text =
      '【前回外来記録より転記】\n　たばこ：あり（現在）　1日15本\n　飲酒：なし\n今回：正月から禁煙しているとのこと。';
    expect(answer(text, '2025-03-10')).toMatchObject({
      status: 'former',
      quit_year: 2025,
      cigarettes_per_day: 15,
    });
  });
});

describe('a time told in a clause about something else (Japanese)', () => {
  it.each<[string, string, number | null, number | null]>([
    // A duration or start of another condition or role.
    ['たばこ1日20本、喘息で15年通院。', 'current', 20, null],
    ['喫煙1日10本、透析5年目。', 'current', 10, null],
    ['1日20本喫煙、関節リウマチ：2008年から。', 'current', 20, null],
    ['喫煙者、介護職として20年勤務。', 'current', null, null],
    ['喫煙20本/日、痛風10年。', 'current', 20, null],
    // The smoking's own clause keeps its time.
    ['喫煙：20本/日×30年、高血圧。', 'current', 20, 30],
    ['1日20本を30年間吸っている、糖尿病あり。', 'current', 20, 30],
  ])('%s → %s', (text, status, cpd, years) => {
    expect(answer(text, '2024-06-01')).toMatchObject({
      status,
      cigarettes_per_day: cpd,
      years_smoked: years,
    });
  });

  it.each<[string, string, number | null, number | null]>([
    // A past time of another event does not make the smoking amount past.
    ['喫煙1日20本、3年前に脳梗塞。', 'current', 20, null],
    ['喫煙：20本/日、胃癌：5年前に手術。', 'current', 20, null],
    ['たばこ10本/日、10年前から高血圧。', 'current', 10, null],
    ['喫煙15本/日、腰痛が3年前から続いている。', 'current', 15, null],
    // The smoking's own quit stays.
    ['喫煙：1日20本、5年前に禁煙。', 'former', 20, 2019],
    ['1日20本吸っていたが、3年前にやめた。', 'former', 20, 2021],
  ])('%s → %s', (text, status, cpd, quit) => {
    expect(answer(text, '2024-06-01')).toMatchObject({
      status,
      cigarettes_per_day: cpd,
      quit_year: quit,
    });
  });
});

describe('refusals to quit (fsp4c)', () => {
  it.each([
    // No intention to quit is a current smoker's word: the amount stays, never a quit.
    ['1日25本、禁煙するつもりはない。', 'current', 25],
    ['毎日12本吸っているが、やめる気はないという。', 'current', 12],
    ['禁煙は考えていないとのこと。1日8本。', 'current', 8],
    ['禁煙は今のところ検討しておらず。', 'current', null],
    // …not a drink counted in 本.
    ['ビール1日3本、やめる気はない。', 'unknown', null],
  ])('refusal %s → %s', (text, status, cpd) => {
    expect(answer(text)).toMatchObject({ status, cigarettes_per_day: cpd });
  });
});

describe('dev62 fix round (fsja62)', () => {
  it.each<[string, number]>([
    // The speaker's own total after relapses (decision 68), in a fragment or in the sentence.
    [
      'たばこ：「30歳で一回やめて、35でまた吸い出して、45でやめたんだけど、去年の春からまた吸ってる。今は1日10本くらい。全部合わせたら25年くらいかな」',
      25,
    ],
    ['喫煙：「今は1日10本。全部で30年くらい」', 30],
    ['たばこ：現在1日20本、合わせると40年ほど。', 40],
    ['「何度かやめたけど今も1日1箱吸ってる。全部合わせると30年ぐらいだね」', 30],
  ])('a stated total %s → %d years', (text, years) => {
    expect(answer(text, '2025-06-09')).toMatchObject({ status: 'current', years_smoked: years });
  });

  it('reads the も of 〜たりもした as no "if"', () => {
    expect(
      answer('「20歳で吸い始めて、途中やめたりもしたけど、今は1日15本。トータルで35年かな」'),
    ).toMatchObject({ status: 'current', cigarettes_per_day: 15, years_smoked: 35 });
  });

  it.each([
    '姪より：「たばことかお酒のことは、何年も会っていないので分かりません」',
    '長男：「タバコのことは知りません」',
    '喫煙歴：「たばこや酒のことは、離れて暮らしているのでわからない」（長女）',
  ])('an informant who cannot say: %s → unknown', (text) => {
    expect(answer(text).status).toBe('unknown');
  });

  it.each<[string, string]>([
    // …while what is said stays.
    ['たばこは吸っていないが、夫のことは分からない', 'never'],
    ['喫煙あり。たばこの本数は分からない', 'current'],
    ['たばこ：なし、飲酒量は分からない', 'never'],
  ])('not an informant who cannot say: %s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  const question =
    '□ 現在、たばこを習慣的に吸っていますか（合計100本以上、又は6か月以上吸っており、最近1か月間も吸っている）\n' +
    '　① はい　② 以前は吸っていたが最近1か月は吸っていない　③ いいえ（①②以外）\n';
  it.each<[string, string]>([
    [`${question}　→ ③`, 'never'],
    [`${question}　⇒②`, 'former'],
    [`${question}　→ ①`, 'current'],
    [`${question.replace('□ ', '')}回答：③`, 'never'],
    [`${question.replace('□ ', '')}回答：②`, 'former'],
  ])('the 健診 question with its definition, answered by number: %s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each<[string, string]>([
    ['「高校の時に友達にもらって1本吸ってみたけど、むせてそれっきり」', 'never'],
    ['たばこ：学生時代に一度吸ってみたが、それ以来一度も吸っていない', 'never'],
    ['「若い頃に試しに吸ってみたけど、まずくてすぐやめた」', 'never'],
    ['「20歳で吸ってみたら、それきり」', 'never'],
    // A trial that became a habit, or a later habit, is smoking.
    ['「18で吸ってみたら、やめられなくなって今も1日20本」', 'current'],
    ['「高校で1本吸ってみたけどそれっきり。でも30歳から吸い始めて今は1日10本」', 'current'],
    ['「20歳で吸ってみたが、30歳でやめた」', 'former'],
  ])('a cigarette tried once (decision 53): %s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each<[string, string, number | null]>([
    [
      '本人は失語があり聴取困難。以下、長男より聴取。\n生活歴：\n　喫煙：「父は定年（60歳）でたばこをやめました。それまでは1日20本くらい吸っていたと思います」',
      'former',
      20,
    ],
    [
      '病歴は長女から聴取。\n既往：高血圧\n嗜好：たばこ「母は今も毎日10本くらい吸っています」',
      'current',
      10,
    ],
    // The patient quoting their own father stays the father's.
    ['以下、長男より聴取。\n家族歴：父 肺癌\n本人「父はヘビースモーカーだった」', 'unknown', null],
  ])(
    'a child named as the informant above the quote (decision 59): %s → %s',
    (text, status, cpd) => {
      expect(answer(text)).toMatchObject({ status, cigarettes_per_day: cpd });
    },
  );

  it.each<[string, number]>([
    [
      '元喫煙者（ブリンクマン指数 800、2012年に禁煙）であり、3か月後のCT再検を予定しております。',
      2012,
    ],
    ['2015年に禁煙しており、来月手術予定', 2015],
  ])('a plan in the next clause does not make the quit planned: %s → %d', (text, quit) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: quit });
  });

  it.each<[string, number | null]>([
    [
      '喫煙歴：紙巻き 1日10本×15年。3年前に電子タバコ（ニコチンを含まないリキッド）に切り替えてから、紙巻きは1本も吸っていない。',
      2020,
    ],
    ['喫煙：1日1箱を30年。約5年前にニコチンなしの電子タバコへ移行', 2018],
    ['喫煙歴：1日20本×20年、2018年にVAPEへ変更し紙巻きはやめた', 2018],
    ['喫煙：1日1箱。5年以上前に電子タバコに切り替えた', null],
  ])('a switch to a nicotine-free e-cigarette dates the quit: %s → %s', (text, quit) => {
    expect(answer(text, '2023-05-22')).toMatchObject({ status: 'former', quit_year: quit });
  });

  it('an attempted switch is no quit', () => {
    expect(
      answer('喫煙：1日1箱。3年前に電子タバコに切り替えようとしたが続かず', '2023-05-22'),
    ).toMatchObject({
      status: 'current',
      quit_year: null,
    });
  });
});

describe('fsml3: a companion or a comma between the time and the quit', () => {
  it.each<[string, number]>([
    ['10年前に夫と一緒に禁煙した。', 2014],
    ['10年前に妻と一緒に禁煙しました。', 2014],
    ['5年前に夫婦で禁煙した。', 2019],
    ['2015年に夫と一緒に禁煙した。', 2015],
    ['8年前、禁煙した。', 2016],
    ['3年前、たばこをやめた。', 2021],
    ['2015年、禁煙した。', 2015],
  ])('%s → %d', (text, quit) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status: 'former', quit_year: quit });
  });

  it.each([
    // Not a quit: a clinic visit, the husband's quit, advice.
    ['8年前、禁煙外来を受診したが続かなかった。', 'unknown'],
    ['10年前、夫が禁煙した。', 'unknown'],
    ['2015年、禁煙指導を受けた。', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text, '2024-06-01')).toMatchObject({ status, quit_year: null });
  });
});

describe('fsml3: yes/no rows and plain questions (proposed decision 74)', () => {
  it.each([
    // The circled answer wins, with blanks around the separator.
    ['喫煙：　はい　・　いいえ（○）', 'never'],
    ['喫煙：　はい（○）　・　いいえ', 'current'],
    ['身長160cm　体重60kg　喫煙　いいえ（○）', 'never'],
    ['体重60kg　喫煙　はい　いいえ（○）', 'never'],
    // A plain question with no time word: いいえ is never, はい current.
    ['たばこを吸いますか？　いいえ', 'never'],
    ['喫煙しますか？ いいえ', 'never'],
    ['たばこを吸いますか？　はい', 'current'],
    ['以前たばこを吸っていましたか？　いいえ', 'never'],
    // A question with a time word denies only the present (decision 29).
    ['現在、たばこを習慣的に吸っていますか　いいえ', 'unknown'],
    // Exposure is not the patient's smoking.
    ['受動喫煙はありますか？　はい', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('a plain いいえ loses to smoking told elsewhere', () => {
    expect(answer('たばこを吸いますか？　いいえ\n喫煙歴：20本×30年')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 30,
    });
  });
});

describe('fsja64: a restart year is no start of the history (decisions 45 and 73)', () => {
  const date = '2026-11-01';
  it.each([
    // dev64 6418: the first period has no start, so no years (decision 73; 715 under decision 45).
    'たばこ　H29に一度禁煙。R5年から仕事のストレスで再喫煙、現在1日5本。',
    '喫煙：2012年に一度やめたが、2019年から再開、現在1日15本。',
    '喫煙：平成20年に一度禁煙、令和4年より再喫煙、現在1日10本。',
    'たばこ：H27に一度やめたが、R4年の単身赴任を機に再開。現在1日10本。',
    '喫煙：2015年から再び1日20本。',
  ])('%s → years null', (text) => {
    expect(answer(text, date)).toMatchObject({
      status: 'current',
      years_smoked: null,
      brinkman_index: null,
      quit_year: null,
    });
  });

  it.each<[string, number]>([
    // A first period with its own length: the periods are summed (decision 73).
    ['喫煙：2005年から1日20本。2015年に禁煙、2019年より再喫煙、現在も1日20本。', 17],
    ['喫煙：平成10年から1日20本、平成25年に禁煙、平成30年から再開し現在1日10本。', 23],
    // Near misses: a start told beside another thing resumed stays the start.
    ['喫煙：2010年から仕事を再開し、1日20本吸っている。', 16],
    ['喫煙：2010年から1日20本、現在も。', 16],
  ])('%s → %d years', (text, years) => {
    expect(answer(text, date).years_smoked).toBe(years);
  });
});

describe('fsja64: an abstinence of N years up to now is a quit N years ago (fsml4 proposal)', () => {
  const date = '2026-11-01';
  it.each<[string, number]>([
    ['たばこは10年来禁煙している。以前は1日20本を30年。', 2016],
    ['喫煙：10年来禁煙中（以前1日20本×25年）。', 2016],
    ['喫煙はもう10年間していない。', 2016],
    ['喫煙はかれこれ5年間していない。以前は1日10本×20年。', 2021],
    ['喫煙：この10年は一本も吸っていません。', 2016],
  ])('%s → former, quit %d', (text, year) => {
    expect(answer(text, date)).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each([
    // A lifetime, a stretch told in the past and a habit's age are no quit.
    ['生まれてから50年間一度も吸っていない。', { status: 'never', quit_year: null }],
    ['10年間吸っていなかったが、昨年から再び1日10本。', { status: 'current', quit_year: null }],
    ['喫煙は20年来、1日20本。', { status: 'current', years_smoked: 20 }],
    ['この10年は仕事が忙しく、たばこは1日20本。', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text, date)).toMatchObject(expected);
  });
});
