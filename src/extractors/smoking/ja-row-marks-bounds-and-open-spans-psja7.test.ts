import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fpj7b (psja7 items 4, 6–10 and singles of 12): past marks after a row's amounts, bounded daily amounts, open-start
// and end-only spans in a 喫煙 row, a passed 禁煙開始日 and quit intervals. Note date 2026-11-01.
const check = smokingCases('ja');

describe('a past mark after the amounts of a 喫煙 row (decision 42)', () => {
  check([
    [
      '喫煙：20本/日×30年（既往）',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: null },
    ],
    ['喫煙：20本/日×30年（過去）', { status: 'former', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：1日20本×30年（過去）、飲酒：なし', { status: 'former', brinkman_index: 600 }],
    ['喫煙：20本/日×30年（以前）', { status: 'former', years_smoked: 30 }],
    ['喫煙：20本×30年（やめた）', { status: 'former', cigarettes_per_day: 20 }],
    ['喫煙：20本×30年、既往', { status: 'former', cigarettes_per_day: 20 }],
    ['喫煙：20本×30年（昔）', { status: 'former', cigarettes_per_day: 20 }],
    ['喫煙：20本×30年（若い頃）', { status: 'former', cigarettes_per_day: 20 }],
    ['喫煙：昔は1日20本', { status: 'former', cigarettes_per_day: 20 }],
    ['喫煙歴：20本/日×30年（既往）', { status: 'former', cigarettes_per_day: 20 }],
    // Controls: no mark stays current; 喫煙歴 alone stays unknown (decision 2); a source is no past mark.
    ['喫煙：20本/日×30年', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙歴：20本/日×30年', { status: 'unknown', cigarettes_per_day: 20 }],
    [
      '紹介元の記録では喫煙歴あり（1日25本×30年）。現在も吸っているかどうかは確認できていない。',
      { status: 'unknown', cigarettes_per_day: 25 },
    ],
    ['喫煙：1日20本、10年前から', { status: 'current', years_smoked: 10 }],
    ['喫煙：20本/日×30年（禁煙済）', { status: 'former', cigarettes_per_day: 20 }],
  ]);
});

describe('a bound on the daily amount of a 喫煙 row (decisions 16 and 58)', () => {
  check([
    ['喫煙：1日20本以上、現在も', { status: 'current', cigarettes_per_day: null }],
    ['喫煙：1日1箱以上', { status: 'current', cigarettes_per_day: null }],
    ['喫煙：1日5本未満、現在も', { status: 'current', cigarettes_per_day: null }],
    ['喫煙：1日10本以下（現在も）', { status: 'current', cigarettes_per_day: null }],
    ['喫煙：1日40本超、現在も', { status: 'current', cigarettes_per_day: null }],
    ['喫煙：1日20本以上、30年', { status: 'current', cigarettes_per_day: null, years_smoked: 30 }],
    ['喫煙：10本/日未満', { status: 'current', cigarettes_per_day: null }],
    // Controls: a past cue after the bound is not a present row; a plain amount keeps its value.
    ['喫煙：1日20本以上、10年前に禁煙', { status: 'former', quit_year: 2016 }],
    ['喫煙(+) 1日40本以上', { status: 'current', cigarettes_per_day: null }],
    ['喫煙：10本/日', { status: 'current', cigarettes_per_day: 10 }],
  ]);
});

describe('an open-start span in a 喫煙 row (decisions 8, 9 and 26)', () => {
  check([
    ['喫煙：平成8年〜、1日20本', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：平成8年～ 20本/日', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：昭和60年〜、1日20本', { status: 'current', years_smoked: 41 }],
    ['喫煙：令和3年〜 1日20本', { status: 'current', cigarettes_per_day: 20, years_smoked: 5 }],
    ['喫煙：S60〜 20本/日', { status: 'current', cigarettes_per_day: 20, years_smoked: 41 }],
    ['喫煙：H8〜 20本/日', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：R3〜 10本/日', { status: 'current', cigarettes_per_day: 10, years_smoked: 5 }],
    ['喫煙：S60～ 20本', { status: 'current', cigarettes_per_day: 20, years_smoked: 41 }],
    ['60歳。喫煙：20歳〜 20本/日', { status: 'current', cigarettes_per_day: 20, years_smoked: 40 }],
    ['60歳。喫煙：20歳〜 20本', { status: 'current', cigarettes_per_day: 20, years_smoked: 40 }],
    // Controls: closed spans and ranges of 本 are unchanged.
    [
      '喫煙：平成8年〜平成28年 20本/日',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 20, quit_year: 2016 },
    ],
    ['喫煙：1日10〜20本', { status: 'current', cigarettes_per_day: 15 }],
    ['喫煙：1996年〜、1日20本', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
  ]);
});

describe('an end-only span as a 喫煙 row value (decision 42)', () => {
  check([
    ['喫煙：〜2015年', { status: 'former', quit_year: 2015, years_smoked: null }],
    ['喫煙：〜2015', { status: 'former', quit_year: 2015 }],
    ['喫煙歴：〜2015年', { status: 'former', quit_year: 2015 }],
    ['喫煙：〜H27', { status: 'former', quit_year: 2015 }],
    ['喫煙：〜2015年、1日20本', { status: 'former', cigarettes_per_day: 20, quit_year: 2015 }],
    ['喫煙：〜H27、20本/日', { status: 'former', cigarettes_per_day: 20, quit_year: 2015 }],
    ['喫煙：1日20本、〜H27', { status: 'former', cigarettes_per_day: 20, quit_year: 2015 }],
    // Controls: a span that runs on is no end.
    ['喫煙：〜H27、再喫煙', { status: 'current', quit_year: null }],
    ['喫煙：2015年まで', { status: 'former', quit_year: 2015 }],
  ]);
});

describe('a 禁煙開始日 row with a full date (decisions 11 and 23)', () => {
  check([
    ['禁煙開始日：2015年4月1日', { status: 'former', quit_year: 2015 }],
    ['禁煙開始日：2015/4/1', { status: 'former', quit_year: 2015 }],
    ['禁煙開始日：H27.4.1', { status: 'former', quit_year: 2015 }],
    ['禁煙開始日：令和2年4月1日', { status: 'former', quit_year: 2020 }],
    ['禁煙開始日：R8.9.1', { status: 'former', quit_year: 2026 }],
    ['禁煙外来 禁煙開始日：2015年4月1日', { status: 'former', quit_year: 2015 }],
    [
      '1日20本。禁煙開始日：2015年4月1日',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2015 },
    ],
    // A date still ahead is a plan: current (decision 11).
    ['禁煙開始日：2026年11月15日', { status: 'current', quit_year: null }],
    [
      '禁煙外来初診。1日20本。禁煙開始日：2026年11月15日',
      { status: 'current', cigarettes_per_day: 20 },
    ],
  ]);
});

describe('quit intervals in months and in a 禁煙中 bracket (decisions 6, 32 and 76)', () => {
  check([
    ['2か月前からたばこを吸っていない', { status: 'former', quit_year: 2026 }],
    ['3か月前からたばこは吸っていない。', { status: 'former', quit_year: 2026 }],
    ['喫煙：禁煙中（半年）', { status: 'former', quit_year: 2026 }],
    ['喫煙：禁煙中（2年）', { status: 'former', quit_year: 2024 }],
    ['禁煙中（2年半）', { status: 'former', quit_year: 2024 }],
    // Controls: a bound gives no year; a calendar year is that year.
    ['禁煙中（2年以上）', { status: 'former', quit_year: null }],
    ['禁煙中（2015年）', { status: 'former', quit_year: 2015 }],
    ['喫煙：禁煙中（3か月）', { status: 'former', quit_year: 2026 }],
  ]);
});

describe('a count after 喫煙＋ (decision 58)', () => {
  check([
    ['喫煙＋20本', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙+ 20本、30年', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
  ]);
});
