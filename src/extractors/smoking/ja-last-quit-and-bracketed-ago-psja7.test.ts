import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fpj7c (psja7 item 11, and left-overs of items 10 and 12): the last of several quits, a quit counted back with its
// calendar year in brackets, a bare tobacco word before the quit verb after a month, and the kana はんばこ.
// Note date 2026-11-01.
const check = smokingCases('ja');

describe('the last of several quits decides (decisions 12 and 61)', () => {
  check([
    ['H27禁煙、H30再喫煙、R5再度禁煙。', { status: 'former', quit_year: 2023 }],
    ['H27禁煙、H30再喫煙、R5再度禁煙、以後吸っていない。', { status: 'former', quit_year: 2023 }],
    ['H27禁煙、H30再喫煙、R5再び禁煙。', { status: 'former', quit_year: 2023 }],
    [
      'H27禁煙、H30再喫煙、R5また禁煙し、現在まで吸っていない。',
      { status: 'former', quit_year: 2023 },
    ],
    ['禁煙と再喫煙を繰り返し、最後に禁煙したのは2022年。', { status: 'former', quit_year: 2022 }],
    ['禁煙と再喫煙を繰り返し、最終的にやめたのは3年前。', { status: 'former', quit_year: 2023 }],
    [
      'H27禁煙、H30再喫煙、最後にたばこをやめたのは令和5年。',
      { status: 'former', quit_year: 2023 },
    ],
    ['禁煙と再喫煙を繰り返し、最後の禁煙は2022年。', { status: 'former', quit_year: 2022 }],
    ['禁煙を何度か試み、最後に禁煙したのは5年前。', { status: 'former', quit_year: 2021 }],
    // Controls: a relapse after the last quit is current; a plan or a clinic is no quit; a single quit is kept.
    ['最後に禁煙したのは2022年だが、昨年から再喫煙。', { status: 'current', quit_year: null }],
    [
      '2015年禁煙、2018年再喫煙、最後に禁煙したのは2023年、今年また吸い始めた。',
      { status: 'current' },
    ],
    ['H27禁煙、H30再喫煙、R5再禁煙。', { status: 'former', quit_year: 2023 }],
    ['2015年禁煙、2018年再喫煙、2023年再度禁煙。', { status: 'former', quit_year: 2023 }],
    ['R5再度禁煙外来受診', { status: 'unknown', quit_year: null }],
    ['R5再度禁煙したい', { status: 'current', quit_year: null }],
    ['H27禁煙', { status: 'former', quit_year: 2015 }],
  ]);
});

describe('a quit counted back with its calendar year in brackets (decisions 6 and 75)', () => {
  check([
    ['10年前（H28）に禁煙', { status: 'former', quit_year: 2016 }],
    ['10年前（平成28年）に禁煙', { status: 'former', quit_year: 2016 }],
    ['10年前（H28）にたばこをやめた。', { status: 'former', quit_year: 2016 }],
    ['約10年前（平成28年頃）から禁煙している', { status: 'former', quit_year: 2016 }],
    ['10年前（2016年）に禁煙', { status: 'former', quit_year: 2016 }],
    // Controls: a clinic, a relapse or another habit is no quit.
    ['10年前（H28）に禁煙外来受診', { status: 'unknown', quit_year: null }],
    ['10年前（H28）に再喫煙', { status: 'current', quit_year: null }],
    ['10年前（H28）から飲酒をやめた', { status: 'unknown', quit_year: null }],
  ]);
});

describe('a month or holiday, then the bare tobacco word before the quit verb', () => {
  check([
    ['S) 「今年の正月からたばこやめてます」', { status: 'former', quit_year: 2026 }],
    ['3月からタバコやめた', { status: 'former', quit_year: 2026 }],
    ['去年の正月からたばこやめてます', { status: 'former', quit_year: 2025 }],
    ['今年の正月からたばこをやめている', { status: 'former', quit_year: 2026 }],
    // Controls: a wish or another habit.
    ['正月からたばこやめたいと話す', { quit_year: null }],
    ['3月から酒やめた', { status: 'unknown', quit_year: null }],
  ]);
});

describe('the kana half pack はんばこ', () => {
  check([
    ['喫煙：1日はんばこ', { status: 'current', cigarettes_per_day: 10 }],
    ['1日はんばこ吸っている', { status: 'current', cigarettes_per_day: 10 }],
    ['はんばこずつ毎日吸う', { status: 'current', cigarettes_per_day: 10 }],
    ['1日ひと箱', { cigarettes_per_day: 20 }],
    ['喫煙：1日はんぶん', { cigarettes_per_day: null }],
  ]);
});
