import { describe } from 'vitest';
import { smokingCases } from '../../../tests/support/extractor-answers.js';

// fsja67 (Japanese dev67): heated tobacco with its start counted back, a denial with the products it covers in
// brackets, vaping started at a time, and a bracketed aside between the quit year and the quit. Note date 2026-11-01.
const check = smokingCases('ja');

const heatedOnly = {
  status: 'current',
  cigarettes_per_day: null,
  years_smoked: null,
  pack_years: null,
  brinkman_index: null,
  quit_year: null,
} as const;

describe('heated tobacco with its start counted back is in use now (decision 3)', () => {
  check([
    ['たばこ：アイコスを1日20本くらい、5年前から。紙巻きは吸ったことがない。', heatedOnly],
    ['加熱式たばこ（アイコス）1日20本、5年前から。', heatedOnly],
    ['プルーム・テック 1日10本（2年前から）', heatedOnly],
    ['アイコス 1日1箱、3か月前から。', heatedOnly],
    ['グロー・ハイパーを1日15本、2年前から。', heatedOnly],
    ['グロー 1日10本', heatedOnly],
    ['アイコスを5年前から使用。', heatedOnly],
    ['加熱式たばこを2018年から毎日使用している。', heatedOnly],
    ['アイコスを平成30年より使用中', heatedOnly],
    // A use that ended stays former.
    ['アイコスを2018年から使用していた。', { status: 'former' }],
    ['アイコスを2018年から使用していたが昨年やめた。', { status: 'former', quit_year: 2025 }],
  ]);
});

describe('cigarettes with the start counted back after the amount (decision 33)', () => {
  check([
    [
      'たばこ：1日20本くらい、5年前から。',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 5 },
    ],
    [
      'たばこ1日20本、30年前から。',
      { status: 'current', cigarettes_per_day: 20, years_smoked: 30 },
    ],
    ['喫煙 1日10本（約3年前から）', { status: 'current', cigarettes_per_day: 10, years_smoked: 3 }],
    // Not a start when the clause goes on to a quit.
    ['喫煙：1日20本、5年前から禁煙。', { status: 'former', quit_year: 2021, years_smoked: null }],
    ['ビール1日2本、5年前から。', { status: 'unknown' }],
  ]);
});

describe('グロー is glo, not a glove or "global"', () => {
  check([
    ['喫煙：なし。作業時はグローブ着用。', { status: 'never' }],
    ['喫煙歴なし。グローバルな活動。', { status: 'never' }],
    ['整形外科：グローブ着用で作業。', { status: 'unknown' }],
  ]);
});

describe('a denial with the products it covers in brackets (spec 3, decision 4)', () => {
  check([
    [
      '喫煙歴：なし（紙巻き・加熱式とも）。2年前からフレーバー付きの電子タバコ（ニコチン0mg）を夜に吸っている。',
      { status: 'never' },
    ],
    ['喫煙歴：なし（紙巻き・加熱式とも）。', { status: 'never' }],
    ['喫煙歴なし（紙巻きたばこ、加熱式たばことも）', { status: 'never' }],
    ['非喫煙者（紙巻き、アイコスとも）。', { status: 'never' }],
    ['喫煙（－）（紙巻き・加熱式いずれも）', { status: 'never' }],
    ['たばこ：なし（紙巻・加熱式）', { status: 'never' }],
    ['たばこ：無（紙巻き・加熱式）', { status: 'never' }],
    ['たばこ：なし（加熱式たばこも含む）', { status: 'never' }],
    ['たばこ：なし（紙巻き・加熱式とも）。VAPEを毎晩吸っている。', { status: 'never' }],
    // A bracket that tells a use or a quit is no scope of the denial.
    ['たばこ：なし（加熱式は使用）', { status: 'current' }],
    ['たばこ：なし（アイコスのみ）', { status: 'current' }],
    ['たばこ：なし（10年前にやめた）', { status: 'former', quit_year: 2016 }],
    ['喫煙：なし（以前はたばこ1日20本、10年前にやめた）', { status: 'former', quit_year: 2016 }],
    ['喫煙歴：なし（紙巻き・加熱式とも）。アイコスを毎日使用。', { status: 'current' }],
  ]);
});

describe('vaping started at a time is no smoking start (spec 3)', () => {
  check([
    [
      '2年前から電子タバコを吸っている。紙巻きは吸ったことがない。',
      { status: 'never', years_smoked: null },
    ],
    ['2020年から電子タバコを吸っている。', { status: 'never', years_smoked: null }],
    ['2年前からフレーバー付きのVAPEを吸っている。', { status: 'never' }],
    ['電子たばこ 1日10回くらい、3年前から。', { status: 'never' }],
    // Cigarettes named first still start there.
    ['2020年から紙巻きと電子タバコを吸っている。', { status: 'current' }],
    ['30年前から1日20本吸っている。', { status: 'current', years_smoked: 30 }],
  ]);
});

describe('a bracketed aside between the quit year and the quit', () => {
  check([
    ['2014年（60歳の時）に禁煙。', { status: 'former', quit_year: 2014 }],
    ['2014年（60歳時）に禁煙。', { status: 'former', quit_year: 2014 }],
    ['2014年（60歳のとき）にたばこをやめた。', { status: 'former', quit_year: 2014 }],
    ['平成26年（60歳の頃）に禁煙した。', { status: 'former', quit_year: 2014 }],
    ['2014年（退職時）に禁煙。', { status: 'former', quit_year: 2014 }],
    ['2014年（定年退職の年）に禁煙した。', { status: 'former', quit_year: 2014 }],
    ['平成26年（退職時）にたばこをやめた。', { status: 'former', quit_year: 2014 }],
    ['2014年（H26）に禁煙。', { status: 'former', quit_year: 2014 }],
    [
      '2014年（退職時）に禁煙。喫煙は1日20本×30年。',
      { status: 'former', quit_year: 2014, cigarettes_per_day: 20, years_smoked: 30 },
    ],
    // Not a clinic visit or advice.
    ['2014年（60歳の時）に禁煙外来を受診。喫煙は1日20本。', { status: 'current', quit_year: null }],
    ['2014年（退職時）に禁煙を勧めた。喫煙は1日20本。', { status: 'current', quit_year: null }],
  ]);
});
