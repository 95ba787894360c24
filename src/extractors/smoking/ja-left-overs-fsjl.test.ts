import { describe, expect, it } from 'vitest';
import { smokingCases, smokingOf } from '../../../tests/support/extractor-answers.js';

// fsjl (the first stop of 2026-12-01's Japanese left-overs): a 一度 quit held in the next sentence, 本 with no /日 in a
// row with no colon, 禁煙年数 in months, failed tries and a planned 中止. Note date 2026-11-01 unless given.
const check = smokingCases('ja');

describe('a 一度 / 一旦 quit whose abstinence is told in the next sentence (decision 12)', () => {
  check([
    [
      '喫煙歴：20本/日×30年。2015年に一度禁煙した。以後吸っていない。',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2015 },
    ],
    ['H27に一旦やめた。その後は一本も吸っていません。', { status: 'former', quit_year: 2015 }],
    ['平成27年に一度禁煙。それ以来、たばこは吸っていない。', { status: 'former', quit_year: 2015 }],
    [
      '【生活歴】喫煙：1日20本×30年。2015年に一度たばこをやめた。以後禁煙を継続している。',
      { status: 'former', cigarettes_per_day: 20, quit_year: 2015 },
    ],
    ['2015年に一度禁煙した。現在も吸っていない。', { status: 'former', quit_year: 2015 }],
    ['2015年に一度禁煙した。以後再喫煙なし。', { status: 'former', quit_year: 2015 }],
    ['看護アナムネ：R2に一度禁煙。\n以後、喫煙なし。', { status: 'former', quit_year: 2020 }],
    // A relapse after it: current, no quit year (decision 12).
    [
      '2015年に一度禁煙した。以後吸っていない時期もあったが、2018年から再喫煙し現在1日10本。',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    [
      'たばこ　H29に一度禁煙。R5年から仕事のストレスで再喫煙、現在1日5本。',
      { status: 'current', cigarettes_per_day: 5, quit_year: null },
    ],
    ['2015年に一度禁煙した。しかし2017年から再喫煙。', { status: 'current', quit_year: null }],
    [
      '2015年に一度禁煙した。以後吸っていない。2020年から再び1日10本。',
      { status: 'current', quit_year: null },
    ],
    // No abstinence told after it: no year (unchanged).
    ['2015年に一度禁煙した。', { status: 'former', quit_year: null }],
  ]);
});

describe('本 with no /日 in a smoking row written with a space or (＋)', () => {
  check([
    ['喫煙 20本、40年。', { status: 'current', cigarettes_per_day: 20, years_smoked: 40 }],
    ['喫煙　20本、40年', { status: 'current', cigarettes_per_day: 20, brinkman_index: 800 }],
    ['喫煙（＋）20本', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙 あり 20本、30年', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['嗜好：酒 2合、たばこ 20本', { status: 'current', cigarettes_per_day: 20 }],
    ['飲酒 ビール1本、喫煙 20本', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙 約20本、30年', { cigarettes_per_day: 20, pack_years: 30 }],
    ['喫煙：20本 ×30年', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    // Not a daily count: per week, a pack of 20 bought, or second-hand smoke.
    ['喫煙 20本/週', { cigarettes_per_day: 2.86 }],
    ['たばこ 20本入りを購入', { cigarettes_per_day: null }],
    ['受動喫煙 20本', { status: 'unknown', cigarettes_per_day: null }],
    ['喫煙 20歳から', { cigarettes_per_day: null }],
  ]);
});

describe('禁煙年数 / 禁煙期間 in months or years: a quit counted back from the note date (decisions 6, 32)', () => {
  check([
    ['禁煙年数：3か月', { status: 'former', quit_year: 2026 }],
    ['禁煙年数：3ヶ月', { status: 'former', quit_year: 2026 }],
    ['禁煙期間：2年', { status: 'former', quit_year: 2024 }],
    ['禁煙期間：3か月', { status: 'former', quit_year: 2026 }],
    ['禁煙年数：半年', { status: 'former', quit_year: 2026 }],
    [
      '喫煙：1日20本×30年、禁煙年数：3か月',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2026 },
    ],
    ['禁煙期間：1年半', { status: 'former', quit_year: 2025 }],
    // A bound or a past attempt's length dated elsewhere gives no year.
    ['禁煙年数：3か月以上', { status: 'former', quit_year: null }],
    ['禁煙年数：3か月（2010年）', { quit_year: null }],
  ]);
  // Early in the year, months reach back into the year before.
  it('counts back across the new year', () => {
    expect(smokingOf('問診票　禁煙年数：3か月', 'ja', '2026-02-10')).toMatchObject({
      quit_year: 2025,
    });
  });
});

describe('a quit tried and failed stays current (decision 24)', () => {
  check([
    ['2019年に3度目の禁煙をしたが失敗。', { status: 'current', quit_year: null }],
    ['禁煙に挑戦したが失敗。', { status: 'current' }],
    ['禁煙したが失敗。', { status: 'current' }],
    ['禁煙を試みたが失敗に終わった。', { status: 'current' }],
    ['2019年に3度目の禁煙を試みたが失敗した。', { status: 'current', quit_year: null }],
    ['過去に2回禁煙に挑戦したがいずれも失敗。', { status: 'current' }],
    ['禁煙したが続かなかった。', { status: 'current' }],
    ['禁煙を試みるも3か月で挫折。', { status: 'current' }],
    [
      '2015年に禁煙したが3か月で失敗。1日20本。',
      { status: 'current', cigarettes_per_day: 20, quit_year: null },
    ],
    ['禁煙を開始したが続かなかった。', { status: 'current' }],
    ['禁煙を試みたが断念、現在1日15本', { status: 'current', cigarettes_per_day: 15 }],
    // A later quit that holds wins; another thing failed is no failed quit; counselling alone says nothing.
    [
      '禁煙に挑戦したが失敗。2020年に再度禁煙し、現在まで吸っていない。',
      { status: 'former', quit_year: 2020 },
    ],
    [
      '3回禁煙に失敗したが、2020年に禁煙に成功し、以後吸っていない。',
      { status: 'former', quit_year: 2020 },
    ],
    ['禁煙したが、ダイエットに失敗', { status: 'former' }],
    ['禁煙外来を受診し、禁煙に成功した。', { status: 'former' }],
    ['禁煙指導を行った。', { status: 'unknown' }],
  ]);
});

describe('a planned 中止 in a smoking row or after the topic stays current with its amount (decision 24)', () => {
  check([
    ['喫煙：1日20本、中止予定', { status: 'current', cigarettes_per_day: 20, quit_year: null }],
    ['喫煙：1日20本、禁煙予定', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙：20本/日、手術前に中止予定', { status: 'current', cigarettes_per_day: 20 }],
    ['たばこは術前に中止する予定。1日20本。', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙：1日10本、中止したい', { status: 'current', cigarettes_per_day: 10 }],
    ['喫煙：1日20本、中止を指導', { status: 'current', cigarettes_per_day: 20 }],
    // A stop that happened is a quit; another thing's planned stop is no plan about smoking.
    ['喫煙：1日20本、中止（2015年）', { status: 'former', quit_year: 2015 }],
    ['喫煙は10年前に中止。', { status: 'former', quit_year: 2016 }],
    ['喫煙：1日20本、アスピリン中止予定', { quit_year: null }],
    ['喫煙：1日20本、飲酒は中止予定', { quit_year: null }],
  ]);
});
