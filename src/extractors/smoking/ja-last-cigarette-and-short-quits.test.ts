import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsj6b (psja6 items 7–14, 17): quit times told as the last cigarette, short abstinences, starts counted
// back, relapse shorthand, 年度, age-to-year spans, completed 禁煙外来 courses and N年も前. Note date 2026-11-01.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'ja', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

describe('the last cigarette with its time is a quit then (decision 38)', () => {
  it.each<[string, Expected]>([
    ['2015年を最後にたばこは吸っていない。', { status: 'former', quit_year: 2015 }],
    ['平成27年を最後に喫煙していない。', { status: 'former', quit_year: 2015 }],
    ['5年前を最後にたばこは吸っていない。', { status: 'former', quit_year: 2021 }],
    ['2015年の入院を最後に、たばこは一本も吸っていない。', { status: 'former', quit_year: 2015 }],
    ['たばこは去年の正月を最後に吸っていない。', { status: 'former', quit_year: 2025 }],
    ['令和2年を最後にたばこはやめた。', { status: 'former', quit_year: 2020 }],
    ['最後に吸ったのは2015年。', { status: 'former', quit_year: 2015 }],
    ['最後にたばこを吸ったのは3年前。', { status: 'former', quit_year: 2023 }],
    ['最後の喫煙は5年前。', { status: 'former', quit_year: 2021 }],
    ['「5年前に吸ったのが最後」', { status: 'former', quit_year: 2021 }],
    ['3か月前を最後にたばこは吸っていない。', { status: 'former', quit_year: 2026 }],
    // Not a wish, the day of the visit, or another habit.
    ['今回を最後に禁煙したい。1日20本。', { status: 'current', quit_year: null }],
    ['最後に吸ったのは今朝。1日20本。', { status: 'current', quit_year: null }],
    ['2015年を最後に飲酒はしていない。喫煙：1日10本。', { status: 'current', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});

describe('a short abstinence without して counts back from the note date (decisions 6 and 32)', () => {
  it.each([
    '禁煙2か月。',
    '禁煙3ヶ月。',
    '禁煙歴：3か月',
    '禁煙して10日目。',
    '禁煙5日目。以前は1日20本。',
    '喫煙：禁煙中 3週間',
    '先週から禁煙している。',
    '昨日から禁煙している。',
  ])('%s → 2026', (text) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: 2026 });
  });

  it.each(['禁煙3か月で再喫煙、現在1日10本。', '先週から禁煙外来に通院中。1日20本。'])(
    '%s stays current',
    (text) => {
      expect(answer(text)).toMatchObject({ status: 'current', quit_year: null });
    },
  );
});

describe('a present smoker since N years back smokes N years (decision 33)', () => {
  it.each<[string, number, number]>([
    ['30年前から1日20本吸っている。', 20, 30],
    ['喫煙は約30年前から、1日20本、現在も継続。', 20, 30],
    ['たばこは約20年前から毎日1箱。', 20, 20],
    ['喫煙：15年前から、1日10本。', 10, 15],
  ])('%s', (text, cpd, years) => {
    expect(answer(text)).toMatchObject({
      status: 'current',
      cigarettes_per_day: cpd,
      years_smoked: years,
    });
  });

  it('a start followed by a quit is not current', () => {
    expect(answer('30年前から1日20本吸っていたが、昨年やめた。')).toMatchObject({
      status: 'former',
      quit_year: 2025,
    });
  });
});

describe('quits in shorthand, 年度, age-to-year spans, courses and N年も前', () => {
  it.each<[string, Expected]>([
    // A relapse chain: the latest event decides (psja6 item 10).
    ['2010年禁煙、2015年再喫煙、2020年禁煙。', { status: 'former', quit_year: 2020 }],
    ['禁煙（2010年）→再喫煙（2015年）→禁煙（2020年〜）', { status: 'former', quit_year: 2020 }],
    ['禁煙と再喫煙を繰り返し、最終的に2021年に禁煙。', { status: 'former', quit_year: 2021 }],
    ['2010年禁煙、2015年再喫煙。現在1日10本。', { status: 'current', quit_year: null }],
    // 年度 with no month: its first calendar year (decision 67).
    ['令和3年度に禁煙。', { status: 'former', quit_year: 2021 }],
    ['令和3年度からたばこをやめている。', { status: 'former', quit_year: 2021 }],
    ['令和7年度に禁煙予定。現在1日20本。', { status: 'current', quit_year: null }],
    // A span from an age to a year (decisions 26 and 51).
    ['喫煙：25歳〜2010年、1日20本。', { status: 'former', quit_year: 2010, years_smoked: null }],
    ['喫煙：30歳〜H27、20本/日', { status: 'former', quit_year: 2015 }],
    ['たばこは20歳頃から2015年まで1日20本。', { status: 'former', quit_year: 2015 }],
    ['喫煙：20歳〜現在、1日20本', { status: 'current', quit_year: null }],
    // A completed or successful 禁煙外来 (decision 40).
    ['2015年に禁煙外来を修了し、以後喫煙なし。', { status: 'former', quit_year: 2015 }],
    ['2015年禁煙外来受診、3か月で卒業、以後禁煙継続。', { status: 'former', quit_year: 2015 }],
    [
      '禁煙外来：2015年に受診し、禁煙成功。以後吸っていない。',
      { status: 'former', quit_year: 2015 },
    ],
    ['2018年に禁煙外来を受診したが失敗し、現在も1日20本。', { status: 'current' }],
    // N年も前, and 年来の禁煙.
    ['たばこはもう20年も前にやめた。', { status: 'former', quit_year: 2006 }],
    ['禁煙したのはもう10年も前。', { status: 'former', quit_year: 2016 }],
    ['20年来の禁煙を続けている。', { status: 'former', quit_year: 2006 }],
    // Another habit's quit is not tobacco.
    ['間食は3年前にやめた。喫煙：なし。', { status: 'never', quit_year: null }],
  ])('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });
});
