import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsja63 (dev63): short records and pre-procedure questionnaires, terse years and quit forms.
const answer = (text: string, noteDate = '2026-11-01') =>
  runNote(text, 'ja', { noteDate }).annotation.smoking;

describe('a question printed with both choices, answered on the line below (6307)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    // A time word: いいえ denies only the present (decision 29); はい is current.
    ['8. 現在、たばこを習慣的に吸っていますか　はい・いいえ\n　　回答：いいえ', 'unknown'],
    ['現在、たばこを習慣的に吸っていますか　はい・いいえ\n回答：はい', 'current'],
    ['現在、たばこを習慣的に吸っていますか？　はい・いいえ\n回答：はい', 'current'],
    // No time word (decision 74).
    ['たばこを吸いますか　はい・いいえ\n回答：いいえ', 'never'],
    ['たばこを吸いますか　はい／いいえ\n→ はい', 'current'],
    // The past asked: yes is ever smoked (decision 2), no is never.
    ['以前、たばこを吸っていましたか　はい・いいえ\n回答：いいえ', 'never'],
    // Unanswered: the question states nothing.
    ['現在、たばこを習慣的に吸っていますか　はい・いいえ', 'unknown'],
    // Another question's answer is not about smoking.
    ['お酒を飲みますか　はい・いいえ\n回答：はい', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('a not-now answer beside a told quit is former', () => {
    expect(
      answer(
        '現在、たばこを習慣的に吸っていますか　はい・いいえ\n回答：いいえ\n以前は1日20本、10年前に禁煙',
      ),
    ).toMatchObject({ status: 'former', cigarettes_per_day: 20, quit_year: 2016 });
  });
});

describe('the years of a drink in ER shorthand are not years smoked (6305)', () => {
  it.each([
    'SH: 喫煙 40本/日×35y（現喫、BI=1400）、飲酒 焼酎3合/日×30y',
    '喫煙 40本/日×35y、飲酒 日本酒1合/日×30y',
    '喫煙 40本/日×35y、焼酎3合/日×30 years',
    '飲酒 焼酎3合/日×30yrs、喫煙 40本/日×35y',
  ])('%s', (text) => {
    expect(answer(text)).toMatchObject({
      status: 'current',
      cigarettes_per_day: 40,
      years_smoked: 35,
      pack_years: 70,
    });
  });
});

describe('a start year in brackets after the amount, running to now (6309)', () => {
  it.each([
    "嗜好：喫煙 10本/日（'15〜、現在も）　飲酒 週末のみ",
    '喫煙 10本/日（2015〜、現在も）',
    '喫煙 10本/日（H27年〜、現在も）',
    "喫煙 10本/日（'15〜現在）",
  ])('%s → 11 years to 2026', (text) => {
    expect(answer(text)).toMatchObject({
      status: 'current',
      cigarettes_per_day: 10,
      years_smoked: 11,
      brinkman_index: 110,
    });
  });

  it('a span to now on another row is not the smoking', () => {
    expect(answer('喫煙 20本/日、糖尿病（2015〜現在）').years_smoked).toBeNull();
  });
});

describe('a 禁煙期間 row is the time since the quit (6315)', () => {
  it.each<[string, number]>([
    ['喫煙歴：あり　本数：15本/日　喫煙期間：25年　禁煙期間：8年', 2018],
    ['喫煙歴：あり\n本数：15本/日\n喫煙期間：25年\n禁煙期間：8年', 2018],
    ['禁煙歴：5年', 2021],
  ])('%s → former, quit %i', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it('a relapse after it is current, with no quit year', () => {
    expect(answer('禁煙期間：3年、その後再喫煙し現在1日10本')).toMatchObject({
      status: 'current',
      quit_year: null,
    });
  });

  it('a bound gives no quit year (decision 7)', () => {
    expect(answer('禁煙期間：10年以上').quit_year).toBeNull();
  });
});

describe('"none since" after a closed span is no denial (6320)', () => {
  it.each<[string, number | null]>([
    ['喫煙：昭和60年〜平成27年まで1日30本（以後なし）', 2015],
    ['喫煙：1990年〜2015年、1日20本（以降なし）', 2015],
    ['たばこ：H2〜H27 20本/日（以後喫煙なし）', 2015],
    ['喫煙：20歳から50歳まで1日20本（その後は吸っていない）', null],
  ])('%s → former', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });
});

describe('a dated quit row after a present-tense smoking row is the later account (6315 variants)', () => {
  it.each<[string, number]>([
    ['喫煙：あり（20本×30年）、禁煙歴10年', 2016],
    ['喫煙：あり（20本×30年）、禁煙10年', 2016],
    ['喫煙：あり（20本×30年）、禁煙：H25年', 2013],
    ['喫煙：あり（20本×30年）、2013年禁煙', 2013],
    ['喫煙：有　本数：20本/日　禁煙期間：10年', 2016],
    ['喫煙：あり　禁煙：あり（H25〜）', 2013],
  ])('%s → former, quit %i', (text, year) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: year });
  });

  it.each([
    '喫煙：あり（1日20本）、2013年禁煙したが2020年再喫煙',
    '2013年禁煙。\n喫煙：あり（1日20本）',
    '喫煙：あり（1日20本）。禁煙10年を目標に',
  ])('a relapse, a row told later or a goal stays current: %s', (text) => {
    expect(answer(text).status).toBe('current');
  });
});
