import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fjleft (left-overs of psja7 items 1, 4, 7 and 12): a tobacco label whose value wraps onto the next line, 昔 / 若い頃
// opening a row's value, an era span whose end has no era, and 最近は with a bare count. Note date 2026-11-01.
const check = smokingCases('ja');

describe('a bare tobacco label with its value on the next line', () => {
  check([
    ['喫煙：\nなし', { status: 'never' }],
    ['喫煙：\n　なし', { status: 'never' }],
    ['たばこ：\nなし', { status: 'never' }],
    ['生活歴\n喫煙：\nなし\n飲酒：機会飲酒', { status: 'never' }],
    ['喫煙：\n　20本/日', { status: 'current', cigarettes_per_day: 20 }],
    ['【生活歴】\n喫煙：\n　1日20本\n飲酒：なし', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙：\n以前あり', { status: 'former' }],
    ['喫煙：\n禁煙中', { status: 'former' }],
    // Controls: another label, a blank line or another topic below the label is not its value.
    ['喫煙：\n飲酒：なし', { status: 'unknown' }],
    ['喫煙：\n\n既往歴：なし', { status: 'unknown' }],
    ['たばこ：\n家族歴：父 肺癌', { status: 'unknown' }],
  ]);
});

describe('昔 / 若い頃 opening a smoking row, and 喫煙習慣：以前あり (former)', () => {
  const past = { status: 'former', cigarettes_per_day: 20, years_smoked: 30 } as const;
  check([
    ['喫煙：昔 20本×30年', past],
    ['喫煙：若い頃 20本×30年', past],
    ['喫煙：昔、20本×30年', past],
    ['喫煙：若いころ 20本×30年', past],
    ['喫煙：若い頃、1日20本×30年', past],
    ['喫煙習慣：以前あり', { status: 'former' }],
    ['喫煙習慣：昔あり', { status: 'former' }],
    // Controls: 昔から / 若い頃から is a start that runs to now; a present told later wins.
    ['喫煙：昔から 20本×30年', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：若い頃から 20本×30年', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：昔 20本、現在も1日20本', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙習慣：なし', { status: 'never' }],
    ['喫煙習慣：あり', { status: 'unknown' }],
  ]);
});

describe('an era span whose end has no era takes the start era (decision 9)', () => {
  const span = {
    status: 'former',
    cigarettes_per_day: 20,
    years_smoked: 20,
    quit_year: 2016,
  } as const;
  check([
    ['喫煙：平成8年〜28年 20本/日', span],
    ['喫煙：平成8年～28年 20本/日', span],
    ['喫煙：平成8年-28年 1日20本', span],
    ['喫煙：H8年〜28年 20本/日', span],
    ['喫煙：平8〜28年 20本/日', span],
    ['平成8年から28年まで1日20本喫煙', span],
    [
      '喫煙：昭和45年〜60年 20本/日',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 15, quit_year: 1985 },
    ],
    [
      '喫煙：令和3年〜6年 20本/日',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 3, quit_year: 2024 },
    ],
    // Controls: both ends with their era, and an open start.
    ['喫煙：平成8年〜平成28年 20本/日', span],
    ['喫煙：H8〜H28 20本/日', span],
    ['喫煙：平成8年〜、1日20本', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
  ]);
});

describe('最近は with a bare count is the amount now (decision 19)', () => {
  check([
    [
      '喫煙：15〜20本/日 → 最近は15本、30年間。現在も',
      { status: 'current', cigarettes_per_day: 15, years_smoked: 30 },
    ],
    [
      '喫煙：20〜30本/日 → 最近は10本、30年間。現在も',
      { status: 'current', cigarettes_per_day: 10, years_smoked: 30 },
    ],
    ['1日20本吸っていたが、最近は5本程度', { status: 'current', cigarettes_per_day: 5 }],
    ['たばこ：最近は8本くらい', { status: 'current', cigarettes_per_day: 8 }],
    // Controls: none smoked recently; a range with no recent amount keeps its midpoint.
    [
      '以前は1日20本吸っていたが、最近は1本も吸っていない',
      { status: 'former', cigarettes_per_day: 20 },
    ],
    ['喫煙：15〜20本/日、現在も', { status: 'current', cigarettes_per_day: 17.5 }],
  ]);
});
