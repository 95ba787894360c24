import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fsja68 (Japanese dev68): a 嗜好 row denied with a blank before なし and a bracket after it, and a cigarette age span
// followed by a switch to heated tobacco that goes on. Note date 2026-11-01.
const check = smokingCases('ja');

const never = { status: 'never' } as const;

describe('a row denied with a blank before なし and a bracket after it (ja-s-6804)', () => {
  check([
    ['嗜好：喫煙　なし（これまで吸ったことはない）／飲酒　機会飲酒', never],
    ['喫煙　なし（今まで吸ったことはない）', never],
    ['喫煙　なし（父は喫煙）', never],
    ['喫煙　なし（受動喫煙あり）', never],
    ['喫煙　なし（生まれてから一度も）', never],
    ['タバコ　なし（父は喫煙）', never],
    ['嗜好：たばこ　なし（夫が喫煙）、飲酒　なし', never],
    ['たばこ：なし（父は喫煙）', never],
    ['喫煙　なし', never],
    // A bracket that tells a use, a time or a quit still answers; passive smoke alone is no status.
    ['喫煙　なし（以前は吸っていた）', { status: 'former' }],
    ['喫煙　なし（2015年に禁煙）', { status: 'former', quit_year: 2015 }],
    ['喫煙　なし（5年前まで1日20本）', { status: 'former', quit_year: 2021 }],
    ['喫煙　なし（加熱式は使用）', { status: 'current' }],
    ['喫煙　なし（時々吸う）', { status: 'current' }],
    ['喫煙　なし（アイコスのみ）', { status: 'current' }],
    ['受動喫煙　なし（父は喫煙）', { status: 'unknown' }],
    ['副流煙：なし（家族は吸わない）', { status: 'unknown' }],
  ]);
});

const numbers = (cpd: number, years: number) =>
  ({
    status: 'current',
    cigarettes_per_day: cpd,
    years_smoked: years,
    pack_years: (cpd / 20) * years,
    brinkman_index: cpd * years,
    quit_year: null,
  }) as const;

describe('cigarette years that a switch to another product ends (ja-s-6819; decisions 3, 8 and 46)', () => {
  check([
    [
      '喫煙：紙巻き 2箱/日（20〜35歳）。35歳から加熱式たばこ（プルーム）に切り替え、現在も毎日吸っている。',
      numbers(40, 15),
    ],
    [
      '喫煙：紙巻き 2箱/日（20〜35歳）。その後加熱式たばこに切り替え、現在も毎日吸っている。',
      numbers(40, 15),
    ],
    ['紙巻き1日20本（20〜40歳）、40歳からアイコスに変更し現在も使用。', numbers(20, 20)],
    ['20歳から1日20本。40歳から加熱式たばこに切り替え、現在も使用中。', numbers(20, 20)],
    [
      '紙巻きたばこ 1日30本（18〜38歳）、38歳からグローに切り替えて毎日吸っている。',
      numbers(30, 20),
    ],
    ['喫煙：20本/日（25〜45歳）。45歳からIQOSへ移行し、現在も継続。', numbers(20, 20)],
    [
      'たばこ1日20本を22歳から42歳まで。42歳から加熱式たばこに切り替え、現在も吸っている。',
      numbers(20, 20),
    ],
    ['たばこ1日20本（20〜40歳）、その後アイコスに変えて今も毎日。', numbers(20, 20)],
    // Controls: a plain start age and a switch age told with で are unchanged.
    [
      '20歳から1日20本吸っていたが、40歳でアイコスに切り替えた。現在もアイコス使用。',
      numbers(20, 20),
    ],
    ['60歳男性。20歳から1日20本、現在も吸っている。', numbers(20, 40)],
    [
      'アイコスを40歳から毎日使用。',
      { status: 'current', cigarettes_per_day: null, years_smoked: null },
    ],
  ]);
});
