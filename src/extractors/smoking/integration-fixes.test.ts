import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { SmokingAnnotation } from '../../pipeline.js';

// fsfix (ninth stop of 2026-11-30): where this stop's smoking fixes met in one tree, and three
// left-overs (a yes/no by its letter, "last cigarettes", a sign before each Japanese item).
const answer = (text: string, language: 'en' | 'ja' = 'en', noteDate = '2026-11-01') =>
  runNote(text, language, { noteDate }).annotation.smoking;

describe('a question row keeps its answer beside the exposure check (decision 87)', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    // An ignored phrase that takes the answer in (status-row-no) is no exposure wording.
    ['Ex-smoker? No', 'never'],
    ['Ex-smoker?  No', 'never'],
    ['Former smoker? No', 'never'],
    ['Are you a current smoker?  No\nHave you ever been a tobacco user?  Yes', 'former'],
    ['Current smoker? No\nEver smoked?  Yes', 'former'],
    // A follow-up question with no smoking word of its own asks what the question above asked.
    ['Used any tobacco in the last 12 months? NO\nEver used? YES - cigarettes.', 'former'],
    ['Ever smoked?  Yes\nDo you currently smoke?  No', 'former'],
    // A question about exposure still gives nothing.
    ['Exposed to second-hand smoke in the past 30 days? Yes', 'unknown'],
    ['Exposed to second-hand smoke in the past 30 days: Yes', 'unknown'],
    ['Exposure to secondhand smoke?  Yes', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it.each<[string, SmokingAnnotation['status']]>([
    ['受動喫煙はありますか？　はい', 'unknown'],
    ['たばこを吸いますか？　いいえ', 'never'],
    ['たばこを吸いますか？　はい', 'current'],
  ])('%s → %s', (text, status) => {
    expect(answer(text, 'ja').status).toBe(status);
  });

  it('reads the ever row and its quit year under a time-window question', () => {
    expect(
      answer(
        'Used any tobacco or nicotine in the last 12 months? NO\nEver used? YES. Last use: 2016.',
      ),
    ).toMatchObject({ status: 'former', quit_year: 2016 });
  });
});

describe('a rough quit interval loses to a dated quit (decision 66), even as the winning statement', () => {
  it.each<[string, number]>([
    [
      'Former smoker, quit about 5 years ago.\nCessation clinic record: quit date 03/12/2018.',
      2018,
    ],
    ['Quit about 5 years ago.\nQuit date: 2018', 2018],
    ['Former smoker. Quit date: 03/2018. She says she quit about 5 years ago.', 2018],
    ['Former smoker, quit around 7 years ago; quit date 2017 per clinic.', 2017],
    ['5年くらい前にやめた。禁煙開始日 2018年3月12日', 2018],
  ])('%s → %i', (text, quitYear) => {
    const language = /[ぁ-ん]/u.test(text) ? 'ja' : 'en';
    expect(answer(text, language)).toMatchObject({ status: 'former', quit_year: quitYear });
  });

  it('keeps a rough interval that stands alone (decision 20)', () => {
    expect(answer('1 ppd x 20 yrs, quit about 7 years ago')).toMatchObject({
      status: 'former',
      cigarettes_per_day: 20,
      years_smoked: 20,
      quit_year: 2019,
    });
  });
});

describe('a yes or no answered by its letter after one space', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['Ex-smoker? Y', 'former'],
    ['Ex-smoker? N', 'never'],
    ['Smoker? Y', 'current'],
    ['Smoker? N', 'never'],
    ['Do you smoke? Y.', 'current'],
    ['Ever smoked? Y\nCurrently smoke? N', 'former'],
    ['Smokes? N. Drinks? Y.', 'never'],
    ['Smoker? N. Quit 2010.', 'former'],
    // Not a letter with more glued to it, nor an exposure question.
    ['Smoker? N/A', 'unknown'],
    ['Exposed to second-hand smoke? Y', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text).status).toBe(status);
  });

  it('keeps the numbers after the letter', () => {
    expect(answer('Smoker? Y, 1 ppd x 20 yrs')).toMatchObject({
      status: 'current',
      cigarettes_per_day: 20,
      years_smoked: 20,
    });
  });
});

describe('the last cigarettes, plural, date the quit', () => {
  it.each<[string, number]>([
    ['Last cigarettes: 1999', 1999],
    ['Last cigs: 2005', 2005],
    ['Former smoker, last cigarettes in 2012.', 2012],
    ['Smoked his last cigarettes 3 years ago.', 2023],
    ['Last cigarettes: 2020 (quit after MI)', 2020],
    ['Last cigarette: 1999', 1999],
  ])('%s → former, %i', (text, quitYear) => {
    expect(answer(text)).toMatchObject({ status: 'former', quit_year: quitYear });
  });

  it.each(['Years since last cigarette: 5', 'Years since last cigarettes: 5'])(
    'a quit counted back is no amount: %s',
    (text) => {
      expect(answer(text)).toMatchObject({
        status: 'former',
        quit_year: 2021,
        cigarettes_per_day: null,
      });
    },
  );

  it('a Cigarettes row still gives the amount', () => {
    expect(answer('Cigarettes: 10').cigarettes_per_day).toBe(10);
  });
});

describe('a sign written before each Japanese item', () => {
  it.each<[string, SmokingAnnotation['status']]>([
    ['（－）喫煙歴　（＋）飲酒', 'never'],
    ['（－）喫煙歴、（＋）飲酒歴', 'never'],
    ['（－）喫煙　（＋）飲酒', 'never'],
    ['（＋）飲酒　（－）喫煙', 'never'],
    ['(+)飲酒 (-)喫煙', 'never'],
    // The minus of the next item does not reach back over a signed item.
    ['（＋）喫煙　（－）飲酒', 'current'],
    // A sign after each item is still that item's.
    ['喫煙（－）、飲酒（＋）', 'never'],
    ['飲酒（＋）、喫煙（－）', 'never'],
    ['飲酒 （－）　喫煙 （－）', 'never'],
    ['喫煙歴（＋）　飲酒（－）', 'unknown'],
  ])('%s → %s', (text, status) => {
    expect(answer(text, 'ja').status).toBe(status);
  });
});
