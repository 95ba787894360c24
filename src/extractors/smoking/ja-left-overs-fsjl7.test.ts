import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';
import { normaliseWidth } from './numbers.js';

// fsjl7 (left-overs of fsj6a and fsj6b): amount labels, the patient's own field after another person's, quit rows,
// the attempt that held, kanji-digit years and counselling or plans after a relapse. Note date 2026-11-01.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'ja', { noteDate }).annotation.smoking;

type Expected = Partial<SmokingAnnotation>;

const check = (cases: [string, Expected][]) =>
  it.each<[string, Expected]>(cases)('%s', (text, expected) => {
    expect(answer(text)).toMatchObject(expected);
  });

describe('a 本数 label with no colon, and a 喫煙 row whose count follows its years', () => {
  check([
    [
      '喫煙年数30年、1日本数20本、禁煙年2015',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2015 },
    ],
    ['喫煙：あり、1日本数20本', { status: 'current', cigarettes_per_day: 20 }],
    [
      '喫煙：30年、20本、H28禁煙',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2016 },
    ],
    ['喫煙：30年、20本', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：20本、30年', { status: 'current', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙：約30年間、20本程度', { status: 'current', cigarettes_per_day: 20 }],
    // 喫煙歴 with amounts and no cue stays unknown, its numbers kept (decisions 2 and 58).
    ['喫煙歴：30年、20本', { status: 'unknown', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙歴：30年、1日20本', { status: 'unknown', cigarettes_per_day: 20, years_smoked: 30 }],
    ['喫煙歴：30年、20本、10年前に禁煙', { status: 'former', quit_year: 2016 }],
    // Another drink's count is no cigarette.
    ['喫煙：30年、ビール2本', { cigarettes_per_day: null }],
  ]);
});

describe("the patient's own field after another person's is the patient's", () => {
  check([
    [
      '夫：2015年に禁煙、本人：1日10本、現在も。',
      { status: 'current', cigarettes_per_day: 10, quit_year: null },
    ],
    ['妻：10年前にやめた、本人：たばこ1日20本', { status: 'current', cigarettes_per_day: 20 }],
    ['夫は2015年に禁煙、本人は1日10本吸っている。', { status: 'current', cigarettes_per_day: 10 }],
    ['父：喫煙なし、本人：1日20本、現在も喫煙。', { status: 'current', cigarettes_per_day: 20 }],
    ['夫：喫煙1日20本、本人：喫煙なし。', { status: 'never', cigarettes_per_day: null }],
    ['妻：喫煙あり、本人：2010年に禁煙。', { status: 'former', quit_year: 2010 }],
    // The relative's own quit still is not the patient's.
    ['夫：2015年に禁煙。', { status: 'unknown', quit_year: null }],
  ]);
});

describe('quit rows: 禁煙年数, 中止 as a later item, (−) after a start time', () => {
  check([
    ['禁煙年数：10年', { status: 'former', quit_year: 2016 }],
    ['喫煙年数：30年、禁煙年数：5年', { status: 'former', years_smoked: 30, quit_year: 2021 }],
    ['禁煙年数：10年以上', { status: 'former', quit_year: null }],
    [
      '喫煙：20本×30年、中止（H27）',
      { status: 'former', cigarettes_per_day: 20, years_smoked: 30, quit_year: 2015 },
    ],
    ['喫煙：20本×30年、中止（3年前）', { status: 'former', quit_year: 2023 }],
    ['喫煙：1日20本、30年、中止（2015年）', { status: 'former', quit_year: 2015 }],
    ['喫煙：20本/日、中止済み', { status: 'former' }],
    ['喫煙：2019年〜(−)', { status: 'former', quit_year: 2019 }],
    ['喫煙：H27〜（－）', { status: 'former', quit_year: 2015 }],
    ['たばこ：3年前〜(−)', { status: 'former', quit_year: 2023 }],
    // Advice, another field's 中止 and a question are no quit.
    ['喫煙：1日20本、中止を指導', { status: 'current', quit_year: null }],
    ['喫煙：20本×30年、中止するよう説明', { status: 'current', quit_year: null }],
    ['喫煙：1日20本。飲酒：機会、中止（H27）', { status: 'current', quit_year: null }],
    ['喫煙：2019年〜(−)？', { quit_year: null }],
  ]);
});

describe('the attempt that held, and a completed clinic with its year in brackets', () => {
  check([
    ['禁煙を3回試み、3回目の2019年に成功。', { status: 'former', quit_year: 2019 }],
    ['2019年に3度目の禁煙に成功し、現在まで継続。', { status: 'former', quit_year: 2019 }],
    ['2019年、3度目の禁煙に成功した。', { status: 'former', quit_year: 2019 }],
    ['3度目の禁煙に成功（2019年）', { status: 'former', quit_year: 2019 }],
    ['3度目の禁煙は2019年に成功。', { status: 'former', quit_year: 2019 }],
    ['禁煙は三度目の平成30年に成功した。', { status: 'former', quit_year: 2018 }],
    ['H30に2回目の禁煙をし、以後吸っていない。', { status: 'former', quit_year: 2018 }],
    ['禁煙外来（2019年）：12週で卒業', { status: 'former', quit_year: 2019 }],
    ['禁煙治療（R1）：修了し以後吸っていない', { status: 'former', quit_year: 2019 }],
    // A failed or undone attempt gives no quit year.
    [
      '2019年に3度目の禁煙をしたが、半年で再喫煙。現在1日10本。',
      { status: 'current', quit_year: null },
    ],
    ['禁煙外来（2019年）：途中で中断、現在も1日10本', { status: 'current', quit_year: null }],
    [
      '禁煙に成功（2019年）したが、2021年に再喫煙。1日10本。',
      { status: 'current', quit_year: null },
    ],
  ]);
});

describe('a Western year in kanji digits', () => {
  check([
    ['二〇一五年に禁煙。', { status: 'former', quit_year: 2015 }],
    ['二○一五年に禁煙した。', { status: 'former', quit_year: 2015 }],
    ['たばこは二〇二〇年にやめた。', { status: 'former', quit_year: 2020 }],
    ['二〇一八年 禁煙', { status: 'former', quit_year: 2018 }],
    [
      '一九九八年から二〇一五年まで1日20本吸っていた。',
      { status: 'former', years_smoked: 17, quit_year: 2015 },
    ],
    // Kanji counts keep their 十.
    ['喫煙：二十年、1日20本、現在も。', { status: 'current', years_smoked: 20 }],
    ['二十二年前に禁煙。', { status: 'former', quit_year: 2004 }],
  ]);

  it('keeps the length and leaves counts alone', () => {
    expect(normaliseWidth('二〇一五年に禁煙、二十年')).toBe('2015年に禁煙、二十年');
    expect(normaliseWidth('一九九八 年')).toBe('1998 年');
    expect(normaliseWidth('二〇一五')).toBe('二〇一五');
  });
});

describe('counselling or a plan after a relapse leaves the patient smoking (decisions 10, 12, 24)', () => {
  check([
    ['2010年禁煙、2015年再喫煙、2020年禁煙指導。', { status: 'current', quit_year: null }],
    ['H22禁煙、H27再喫煙、R2禁煙指導。現在1日10本。', { status: 'current', quit_year: null }],
    [
      '禁煙と再喫煙を繰り返し、2021年に禁煙外来を受診予定。',
      { status: 'current', quit_year: null },
    ],
    ['禁煙、再喫煙を繰り返し、来月禁煙外来受診予定。', { status: 'current', quit_year: null }],
    // A quit before the advice, and counselling alone.
    ['2010年禁煙、2020年禁煙指導。', { status: 'former', quit_year: 2010 }],
    ['禁煙の必要性について、十分説明した。', { status: 'unknown' }],
    ['禁煙と再喫煙を繰り返し、最終的に2021年に禁煙。', { status: 'former', quit_year: 2021 }],
  ]);
});
