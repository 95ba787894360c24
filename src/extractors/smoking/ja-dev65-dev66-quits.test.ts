import { describe, expect, it } from 'vitest';
import { smokingCases, smokingOf } from '../../../tests/support/extractor-answers.js';

// fsja65 (first stop of 2026-12-01, Japanese dev65 and dev66 and the merge owner's left-overs):
// a dated quit that holds (やめている) opening its sentence, the time since a quit was begun
// (禁煙を始めて4か月), an apostrophe year before a tilde ('16〜禁煙), a 一度 quit held after it,
// N年来 before a smoker word, and a plus written before 喫煙歴 (decision 2).
const cases = smokingCases('ja');

describe('a dated quit that holds, opening its sentence, is a dated quit', () => {
  cases([
    [
      'たばこ：半箱/日を30年間。令和3年にやめている。',
      { status: 'former', cigarettes_per_day: 10, years_smoked: 30, quit_year: 2021 },
    ],
    ['たばこ：1日20本。2015年にやめています。', { status: 'former', quit_year: 2015 }],
    ['たばこ：1日20本、令和3年から止めている', { status: 'former', quit_year: 2021 }],
    ['喫煙：20本/日×30年。H27年に止めています。', { status: 'former', quit_year: 2015 }],
    ['たばこ1日20本×30年、昨年やめております。', { status: 'former', quit_year: 2025 }],
    ['たばこ：1日20本。2015年頃からやめている。', { status: 'former', quit_year: 2015 }],
    // Controls: a relapse after it, another topic, a wish, a plan.
    [
      'たばこ：1日20本。2015年にやめているが、2020年から再び吸っている。',
      { status: 'current', quit_year: null },
    ],
    ['たばこ：1日20本、30年。酒は2015年からやめている。', { status: 'current', quit_year: null }],
    ['たばこ：1日20本。2015年からやめたいと話す。', { status: 'current', quit_year: null }],
    ['たばこ：1日20本。来年からやめる予定。', { status: 'current', quit_year: null }],
  ]);
});

describe('the time since a quit was begun counts back from the note date', () => {
  cases([
    ['たばこ：禁煙を始めて4か月。以前は1日1箱吸っていた。', { status: 'former', quit_year: 2026 }],
    ['禁煙を始めて3年になる。以前は1日20本。', { status: 'former', quit_year: 2023 }],
    ['たばこは禁煙を始めてから2年。', { status: 'former', quit_year: 2024 }],
    ['喫煙：1日20本×20年。禁煙開始後5年。', { status: 'former', quit_year: 2021 }],
    ['禁煙を始めて2年半になります。以前は1日30本。', { status: 'former', quit_year: 2024 }],
    // Controls: a bound, a time after the quit before a relapse.
    ['禁煙を始めて1年以上たつ。', { status: 'former', quit_year: null }],
    ['禁煙開始3か月後に再喫煙し、現在1日10本。', { status: 'current', quit_year: null }],
  ]);
  it('counts months back in the note year (dev65 6520)', () => {
    expect(smokingOf('たばこ：禁煙を始めて4か月。', 'ja', '2024-09-12')).toMatchObject({
      status: 'former',
      quit_year: 2024,
    });
  });
});

describe("an apostrophe year before a tilde and the quit is the quit year ('16〜禁煙)", () => {
  cases([
    ["SH：Tb: ex（'16〜禁煙）、20本×30y", { status: 'former', years_smoked: 30, quit_year: 2016 }],
    ["喫煙：'16〜禁煙", { status: 'former', quit_year: 2016 }],
    ['Tb：ex（’12～禁煙）、1日1箱×20年', { status: 'former', quit_year: 2012 }],
    ["たばこ：'19〜やめている", { status: 'former', quit_year: 2019 }],
    ["喫煙：'10〜'15禁煙", { status: 'former', quit_year: 2015 }],
  ]);
});

describe('a 一度 / 一旦 / いったん quit held after it is a dated quit', () => {
  cases([
    ['平成27年に一度やめて、それ以来吸っていない', { status: 'former', quit_year: 2015 }],
    ['2012年に一旦禁煙し、その後は吸っていません。', { status: 'former', quit_year: 2012 }],
    ['たばこは2015年にいったんやめて、以来吸っていない。', { status: 'former', quit_year: 2015 }],
    [
      '喫煙：1日1箱×25年、H27に一度禁煙し、以後は一本も吸っていない。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 25, quit_year: 2015 },
    ],
    ['令和2年に一度たばこをやめ、それ以来吸っていません。', { status: 'former', quit_year: 2020 }],
    // Controls: a relapse after the 一度 quit stays current (decision 12).
    [
      '2015年に一度禁煙したが、2018年から再喫煙、現在1日10本。',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    ['2015年に一度やめて、その後再喫煙。現在1日5本。', { status: 'current', quit_year: null }],
  ]);
});

describe('N年来 before a smoker word gives the years smoked', () => {
  cases([
    ['十年来のヘビースモーカー。', { status: 'current', years_smoked: 10 }],
    [
      '20年来のたばこ好きで1日2箱。',
      { status: 'current', cigarettes_per_day: 40, years_smoked: 20 },
    ],
    ['20年来のチェーンスモーカーで、1日40本。', { years_smoked: 20, brinkman_index: 800 }],
    [
      '十年来のヘビースモーカーだったが、昨年やめた。',
      { status: 'former', years_smoked: 10, quit_year: 2025 },
    ],
    ['二十年来の喫煙者で、1日20本。', { years_smoked: 20 }],
    // Controls: 年来 of something else.
    ['十年来の友人がたばこを吸う。', { status: 'unknown', years_smoked: null }],
    ['10年来の糖尿病。喫煙者、1日10本。', { status: 'current', years_smoked: null }],
  ]);
});

describe('a plus before 喫煙歴 is 喫煙歴あり (decision 2)', () => {
  cases([
    ['（＋）喫煙歴', { status: 'unknown' }],
    ['（＋）喫煙歴　（－）飲酒', { status: 'unknown' }],
    ['（＋）喫煙歴、1日20本×30年', { status: 'unknown', cigarettes_per_day: 20, years_smoked: 30 }],
    ['（＋）喫煙歴（5年前に禁煙）', { status: 'former', quit_year: 2021 }],
    // Controls: 喫煙 alone with its plus, and a minus.
    ['（＋）喫煙　（－）飲酒', { status: 'current' }],
    ['（－）喫煙歴　（＋）飲酒', { status: 'never' }],
  ]);
});
