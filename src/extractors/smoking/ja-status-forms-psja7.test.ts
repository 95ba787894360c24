import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fpj7a (psja7 items 1, 2, 3, 5 and the status singles of item 12): everyday カルテ status forms. Note date 2026-11-01.
const check = smokingCases('ja');

const never = { status: 'never' } as const;
const current = { status: 'current' } as const;
const former = { status: 'former' } as const;
const unknown = { status: 'unknown' } as const;

describe('a sign, 無 or ナシ written straight after the tobacco word (spec 3: 喫煙歴なし → never)', () => {
  check([
    ['喫煙－', never],
    ['喫煙-', never],
    ['喫煙−', never],
    ['たばこ－', never],
    ['タバコ－ 飲酒－', never],
    ['生活歴：喫煙－、飲酒＋', never],
    ['SH：喫煙－、ADL自立', never],
    ['喫煙歴−、飲酒歴＋', never],
    ['【生活歴】喫煙歴－　飲酒歴－　アレルギー歴－', never],
    ['喫煙－/飲酒－', never],
    ['喫煙無、飲酒無', never],
    ['生活歴：喫煙歴無、飲酒歴有', never],
    ['たばこ無し', never],
    ['生活歴：タバコ無、酒無', never],
    ['喫煙 ー', never],
    ['喫煙　ナシ', never],
    ['喫煙：ナシ', never],
    ['喫煙：一切なし', never],
    ['喫煙：全くなし', never],
    // The forms that already worked, and what the sign does not reach.
    ['喫煙(-) 飲酒(+)', never],
    ['喫煙無し 飲酒有り', never],
    ['喫煙＋', current],
    ['喫煙有', current],
    ['受動喫煙－', unknown],
    ['家族：喫煙－', unknown],
    ['喫煙－（10年前に禁煙）', { status: 'former', quit_year: 2016 }],
  ]);
});

describe('a ticked あり on a row that asks about now is current (decision 15), on a 禁煙 row former', () => {
  check([
    [
      '喫煙：□なし ■あり □やめた　たばこ（ 20 本/日 × 30 年）',
      {
        status: 'current',
        cigarettes_per_day: 20,
        years_smoked: 30,
        pack_years: 30,
        brinkman_index: 600,
      },
    ],
    ['喫煙：□なし ■あり □やめた', current],
    ['たばこ：□吸わない ■あり □やめた', current],
    ['喫煙：■あり（20本/日）', { status: 'current', cigarettes_per_day: 20 }],
    ['喫煙：☑あり ☐なし', current],
    ['喫煙：[x]あり [ ]なし', current],
    ['喫煙：（○）あり（ ）なし', current],
    ['喫煙　■有　□無', current],
    ['喫煙習慣：■あり □なし', current],
    ['喫煙（紙巻き）：■あり □なし', current],
    ['喫煙：■あり　飲酒：□あり', current],
    // A history row stays ever (decision 2); the form's past options keep their meaning.
    ['喫煙歴：□なし ■あり', unknown],
    ['喫煙経験：□なし ■あり', unknown],
    ['過去の喫煙：■あり □なし', unknown],
    ['喫煙：■あり（過去）', former],
    ['喫煙：□なし □あり ■やめた', former],
    ['喫煙：■なし □あり', never],
    ['受動喫煙：■あり □なし', unknown],
    // A 禁煙 row's own tick, on its own line or after the 喫煙 row.
    ['禁煙：■あり（2015年）', { status: 'former', quit_year: 2015 }],
    ['禁煙：□なし ■あり（2015年）', { status: 'former', quit_year: 2015 }],
    ['喫煙：□なし ■あり　禁煙：■あり（2015年）', { status: 'former', quit_year: 2015 }],
  ]);
});

describe('an adverb between the topic and a negated verb (一度も, 全く, 全然, 一回も; decision 76)', () => {
  check([
    ['たばこは一度も吸っていない。', never],
    ['たばこは生まれてから一度も吸っていない。', never],
    ['たばこは一度も吸ってない。', never],
    ['喫煙は一度もしていない。', never],
    ['「たばこは一回も吸ったことない」', never],
    ['タバコは全然吸いません。', never],
    ['たばこは全く吸いません。', never],
    ['喫煙は全くしない。', never],
    ['喫煙は全くしていない。', never],
    ['タバコは一回も吸っていません。', never],
    ['喫煙は一切していない。', never],
    // After a quit, a stretch of time or someone else's habit, it is not a lifetime denial.
    ['10年前に禁煙し、その後たばこは一度も吸っていない。', { status: 'former', quit_year: 2016 }],
    ['5年前に禁煙。以後たばこは一度も吸っていない。', { status: 'former', quit_year: 2021 }],
    ['ここ10年はたばこは全く吸っていない。', { status: 'former', quit_year: 2016 }],
    ['夫はたばこを一度も吸っていない。', unknown],
    ['たばこは全然やめられない。', current],
  ]);
});

describe('the spoken past 吸ってた / 吸ってました after 昔 / 若い頃 / 前は', () => {
  check([
    ['「たばこは昔吸ってた」', former],
    ['たばこは若い頃吸ってた。', former],
    ['若い頃はたばこを吸ってた。', former],
    ['昔は1日20本吸ってた（たばこ）', { status: 'former', cigarettes_per_day: 20 }],
    ['「若い時はたばこ吸ってました」', former],
    ['S) 「たばこは昔ちょっと吸ってた」', former],
    ['「たばこは前は1箱吸ってたけど、今は吸ってない」', former],
    ['たばこは若い頃に吸ってた。', former],
    // A habit that runs on from then, and a relative's past, are not the patient's quit.
    ['昔から吸ってた。今も1日20本。', { status: 'current', cigarettes_per_day: 20 }],
    ['若い頃から1日20本吸っている。', { status: 'current', cigarettes_per_day: 20 }],
    ['父は昔たばこを吸ってた。', unknown],
  ]);
});

describe('status words of one row (psja7 item 12)', () => {
  check([
    ['喫煙歴：有（現在も）', current],
    ['喫煙歴：あり（現在も喫煙中）', current],
    ['喫煙状況：前喫煙', former],
    ['喫煙状況：元喫煙者', former],
    ['喫煙状況：現喫煙', current],
    ['喫煙：non-smoker', never],
    ['たばこ：non smoker', never],
    // 健診 問8 printed as a statement: いいえ alone denies only the present habit (decision 29).
    ['問8 現在、たばこを習慣的に吸っている　②いいえ', unknown],
    ['現在、たばこを習慣的に吸っている　いいえ', unknown],
    ['問8 現在、たばこを習慣的に吸っている　①はい', current],
    ['現在、たばこを習慣的に吸っている　いいえ\n以前、たばこを習慣的に吸っていた　はい', former],
  ]);
});
