import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fsj6a (first stop of 2026-12-01, prober psja6's items 1–6): a quit year next to the quit age,
// a closed span under 喫煙期間, 喫煙なし after a start time, 中止 as the quit verb, 時期不明 beside a
// quit, and quit rows whose year was not read. Note date 2026-11-01 throughout.
const cases = smokingCases('ja');

describe('a quit year or time next to the quit age dates the quit (decisions 8 and 26)', () => {
  cases([
    ['2015年（60歳）に禁煙。', { status: 'former', quit_year: 2015 }],
    ['60歳（2015年）で禁煙。', { status: 'former', quit_year: 2015 }],
    ['平成27年、60歳で禁煙。', { status: 'former', quit_year: 2015 }],
    ['60歳の時（平成27年）にたばこをやめた。', { status: 'former', quit_year: 2015 }],
    ['たばこは58歳（H30）でやめました。', { status: 'former', quit_year: 2018 }],
    ['R2（65歳）に禁煙した。', { status: 'former', quit_year: 2020 }],
    ['2018年（58歳時）、禁煙。', { status: 'former', quit_year: 2018 }],
    ['55歳（5年前）で禁煙。', { status: 'former', quit_year: 2021 }],
    ['5年前（55歳）に禁煙。', { status: 'former', quit_year: 2021 }],
    [
      '喫煙：20本×40年（2015年、65歳で禁煙）',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 40, quit_year: 2015 },
    ],
    // Controls: a plan, a relative, another habit, a clinic visit.
    ['2015年（60歳）に禁煙予定。', { status: 'current', quit_year: null }],
    ['父は2015年（60歳）に禁煙。', { status: 'unknown', quit_year: null }],
    ['60歳（2015年）で飲酒をやめた。喫煙：なし。', { status: 'never', quit_year: null }],
    [
      '2015年（60歳）に禁煙外来受診。現在も1日10本。',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
  ]);
});

describe('a closed year span under 喫煙期間 / 喫煙年数 ended in the past (decisions 26 and 30)', () => {
  cases([
    [
      '喫煙期間：1980〜2010年（30年間）、1日1箱',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2010 },
    ],
    ['喫煙期間：1980年〜2010年', { status: 'former', years_smoked: 30, quit_year: 2010 }],
    ['喫煙期間：S55〜H22', { status: 'former', years_smoked: 30, quit_year: 2010 }],
    ['喫煙年数：1980年〜2010年', { status: 'former', years_smoked: 30, quit_year: 2010 }],
    [
      '喫煙期間：H2〜H27（20本/日）',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 25, quit_year: 2015 },
    ],
    [
      '20本/日、1990年〜2015年、BI 500',
      { status: 'former', years_smoked: 25, quit_year: 2015, brinkman_index: 500 },
    ],
    // Controls: a span that runs on, an age span, another habit's amount before the span.
    ['喫煙期間：1995年〜現在、1日20本', { status: 'current', years_smoked: 31, quit_year: null }],
    ['喫煙期間：20歳〜50歳', { status: 'former', years_smoked: 30, quit_year: null }],
    [
      '飲酒：ビール2本/日、1990年〜2015年。喫煙：現在1日10本',
      { status: 'current', cigarettes_per_day: 10, years_smoked: null, quit_year: null },
    ],
  ]);
});

describe('喫煙なし from a time is a quit then (decision 76)', () => {
  cases([
    ['3年前から喫煙なし。', { status: 'former', quit_year: 2023 }],
    ['H27より喫煙なし。', { status: 'former', quit_year: 2015 }],
    [
      '2015年から喫煙なし（それまで1日20本）。',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2015 },
    ],
    ['喫煙：なし（3年前から）', { status: 'former', quit_year: 2023 }],
    ['喫煙：H27〜なし', { status: 'former', quit_year: 2015 }],
    ['喫煙：H27以降なし', { status: 'former', quit_year: 2015 }],
    ['平成27年以降喫煙なし。', { status: 'former', quit_year: 2015 }],
    ['H27以降は吸っていない（以前は1日20本）。', { status: 'former', quit_year: 2015 }],
    ['2015年以来、禁煙している。', { status: 'former', quit_year: 2015 }],
    ['昨年から喫煙なし。', { status: 'former', quit_year: 2025 }],
    // Controls: a lifetime, another habit, a relative, a question.
    ['生まれてから喫煙なし。', { status: 'never', quit_year: null }],
    ['2015年から飲酒なし。喫煙：なし。', { status: 'never', quit_year: null }],
    ['夫は2015年から喫煙なし。本人は非喫煙者。', { status: 'never', quit_year: null }],
    ['喫煙：なし', { status: 'never', quit_year: null }],
  ]);
});

describe('中止 and 断つ as the quit verb of tobacco', () => {
  cases([
    ['喫煙は10年前に中止。', { status: 'former', quit_year: 2016 }],
    ['2015年に喫煙中止。', { status: 'former', quit_year: 2015 }],
    ['喫煙中止：2015年', { status: 'former', quit_year: 2015 }],
    ['喫煙中止後5年。', { status: 'former', quit_year: 2021 }],
    ['喫煙：中止（2015年）', { status: 'former', quit_year: 2015 }],
    ['喫煙：中止（3年前）', { status: 'former', quit_year: 2023 }],
    ['喫煙：中止済み', { status: 'former', quit_year: null }],
    ['喫煙は2015年に中止した。', { status: 'former', quit_year: 2015 }],
    ['たばこは3年前に中止。', { status: 'former', quit_year: 2023 }],
    ['たばこを断ってから10年になる。', { status: 'former', quit_year: 2016 }],
    // Controls: advice, a plan, a drug stopped, a relative.
    ['P) 喫煙中止を指導。喫煙：1日20本。', { status: 'current', quit_year: null }],
    ['たばこは中止するよう説明。1日20本吸っている。', { status: 'current', quit_year: null }],
    ['喫煙は来月から中止予定。1日20本。', { status: 'current', quit_year: null }],
    ['2015年に降圧薬中止。喫煙：1日10本、現在も。', { status: 'current', quit_year: null }],
    ['父は喫煙を10年前に中止。本人は非喫煙者。', { status: 'never', quit_year: null }],
  ]);
});

describe('an unknown quit time is no doubt about the quit', () => {
  cases([
    ['喫煙：禁煙（時期不明）。', { status: 'former', quit_year: null }],
    [
      '喫煙：やめた（時期不明）、1日20本×30年。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: null },
    ],
    ['喫煙：過去（禁煙時期不明）', { status: 'former', quit_year: null }],
    ['禁煙時期不明。以前は1日20本。', { status: 'former', cigarettes_per_day: 20 }],
    ['禁煙時期：不明', { status: 'former', quit_year: null }],
    ['喫煙：過去、禁煙時期不明、1日20本', { status: 'former', cigarettes_per_day: 20 }],
    // Controls: the history itself unknown (decision 14), a quit in doubt.
    ['喫煙歴：不明', { status: 'unknown' }],
    ['喫煙の有無は不明。', { status: 'unknown' }],
    ['喫煙：禁煙したか不明', { status: 'unknown' }],
  ]);
});

describe('quit rows whose value is the year or the time back', () => {
  cases([
    ['禁煙済み（H27）。', { status: 'former', quit_year: 2015 }],
    ['禁煙済（2015年）', { status: 'former', quit_year: 2015 }],
    ['禁煙済（R2）', { status: 'former', quit_year: 2020 }],
    ['禁煙年月：2015年4月', { status: 'former', quit_year: 2015 }],
    ['禁煙開始：2015.4.1', { status: 'former', quit_year: 2015 }],
    ['H.27 禁煙', { status: 'former', quit_year: 2015 }],
    ["禁煙：'09〜", { status: 'former', quit_year: 2009 }],
    [
      '1日本数：20本、喫煙年数：30年、禁煙：あり（2015年）',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2015 },
    ],
    ['喫煙：やめた　いつ：5年前', { status: 'former', quit_year: 2021 }],
    // Controls: a quit start still ahead (decision 11), a relapse after the dated quit (decision 12).
    ['禁煙開始：2027.1.1。現在1日10本。', { status: 'current', quit_year: null }],
    [
      '禁煙済（2015年）、2020年より再喫煙、1日10本',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
  ]);
});
