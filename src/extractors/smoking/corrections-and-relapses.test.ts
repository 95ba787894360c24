import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';
import type { Language } from '../../core/types.js';

// psm5 items 7, 5, 12, 6 and 9 (ninth stop of 2026-11-30): corrections, relapses, breaks.
const pick = (text: string, language: Language = 'en') => {
  const s = runNote(text, language, { noteDate: '2026-11-01' }).annotation.smoking;
  return [s.status, s.cigarettes_per_day, s.years_smoked, s.quit_year];
};

describe('a corrected quit year or duration replaces the first one (en 54, ja 47)', () => {
  it.each<[string, unknown[]]>([
    ['Quit smoking in 2012, actually 2013.', ['former', null, null, 2013]],
    ['Quit smoking in 2012 - actually 2013 per wife.', ['former', null, null, 2013]],
    ['Quit smoking in 2023, or rather 2024.', ['former', null, null, 2024]],
    ['Quit smoking in 2015 (corrected to 2016 on review).', ['former', null, null, 2016]],
    ["Quit smoking in '12, actually '13.", ['former', null, null, 2013]],
    ['Smoking quit date 2015 - correction: 2016.', ['former', null, null, 2016]],
    [
      'Smoked 1 ppd x 30 yrs. Quit 2012. Addendum: pt clarifies quit date was 2014.',
      ['former', 20, 30, 2014],
    ],
    // A repair in the same breath, set off by a dash.
    ['Quit smoking 3 years ago - no, 5 years ago.', ['former', null, null, 2021]],
    ['Smoked 1 ppd for 30 - sorry, 25 - years, quit 2010.', ['former', 20, 25, 2010]],
    // A date label with no mark after it.
    ['Tobacco quit date 2016.', ['former', null, null, 2016]],
    // Controls: no quit before the revision word; a range after "no,"; "no" before a word.
    ['Smokes 1 - no, 2 - 3 ppd.', ['current', 50, null, null]],
    ['Smokes 10/day - no alcohol.', ['current', 10, null, null]],
    [
      'Quit smoking in 2012, actually restarted in 2015 and smokes 5/day.',
      ['current', 5, null, null],
    ],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ['2015年に禁煙（訂正：2016年）。', ['former', null, null, 2016]],
    ['2015年禁煙→2016年に訂正。', ['former', null, null, 2016]],
    ['禁煙年：2015年（本人より2016年の誤りと訂正あり）', ['former', null, null, 2016]],
    ['2012年に禁煙と記載されていたが、実際は2014年。', ['former', null, null, 2014]],
    ['平成27年に禁煙（訂正：平成28年）', ['former', null, null, 2016]],
    ['禁煙：2010年（正しくは2012年）', ['former', null, null, 2012]],
    // A year after 実際は that starts the smoking is no quit.
    ['禁煙外来を受診したが、実際は2020年から喫煙している。1日20本。', ['current', 20, 6, null]],
  ])('%s', (text, expected) => {
    expect(pick(text, 'ja')).toEqual(expected);
  });
});

describe('quit, relapse, quit again: the last turn decides (en 42)', () => {
  it.each<[string, unknown[]]>([
    ['Quit 2020, relapsed 2021, smoke-free since 2022.', ['former', null, null, 2022]],
    [
      'Stopped smoking in 2020, briefly relapsed in 2021, has been smoke-free since 2022.',
      ['former', null, null, 2022],
    ],
    ['Quit 2018, started again 2020, has not smoked since 2023.', ['former', null, null, 2023]],
    ['Quit 2010, started smoking again in 2015, quit 2019.', ['former', null, null, 2019]],
    ['Quit 2012, resumed 2014, quit 3 years ago.', ['former', null, null, 2023]],
    // Controls: the relapse goes on.
    ['Quit 2015, relapsed 2016 and has been smoking since.', ['current', null, null, null]],
    ['Quit 2010, restarted 2015 and has smoked 10/day since.', ['current', 10, null, null]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ['2020年に禁煙、2021年に一時再喫煙、2022年から再び禁煙継続中。', ['former', null, null, 2022]],
    [
      '何度か禁煙と再喫煙を繰り返し、2年前に禁煙してからは吸っていない。',
      ['former', null, null, 2024],
    ],
    ['たばこは2010年頃に一度やめたが再開し、5年前に完全にやめた。', ['former', null, null, 2021]],
    ['禁煙と再喫煙を繰り返したが、3年前に禁煙して以来吸っていない。', ['former', null, null, 2023]],
    // Controls: smoking now after the relapses.
    ['禁煙と再喫煙を繰り返し、現在は1日10本。', ['current', 10, null, null]],
    ['3年前に再開し、1日10本吸っている。', ['current', 10, null, null]],
  ])('%s', (text, expected) => {
    expect(pick(text, 'ja')).toEqual(expected);
  });

  it('reads a daily amount said again after a quit as a relapse (ja 12)', () => {
    expect(pick('禁煙したが、昨年から再び1日10本。', 'ja')).toEqual(['current', 10, null, null]);
    expect(pick('禁煙は昨年から。', 'ja')).toEqual(['former', null, null, 2025]);
  });
});

describe('occasional smoking that goes on after a quit is current (en 9, 47)', () => {
  it.each<[string, unknown[]]>([
    [
      'Former smoker (quit 2015), still has an occasional cigarette.',
      ['current', null, null, null],
    ],
    ['Quit 2012, still has the odd cigarette.', ['current', null, null, null]],
    ['Quit 2012 but still sneaks one now and then.', ['current', null, null, null]],
    [
      'Ex-smoker since 2012 but still has occasional cigarettes at parties.',
      ['current', null, null, null],
    ],
    ['Quit 2012. Occasionally smokes when drinking.', ['current', null, null, null]],
    // Controls: marijuana, a relative, a past habit.
    ['Quit 2012. Occasionally smokes marijuana.', ['former', null, null, 2012]],
    ['Quit in 2010; husband still has the odd cigarette.', ['former', null, null, 2010]],
    [
      'Used to have an occasional cigarette at parties, none since 2015.',
      ['former', null, null, 2015],
    ],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });
});

describe('a span of abstinence is no span of smoking', () => {
  it.each<[string, unknown[]]>([
    ['Quit for 2 years in 2015-2017, now back to 10/day.', ['current', 10, null, null]],
    [
      'Stopped smoking from 2015 to 2017; now smokes 10 cigarettes a day.',
      ['current', 10, null, null],
    ],
    ['Smoke-free 2015-2017, currently 10 cig/day.', ['current', 10, null, null]],
    // Controls: a smoking span.
    ['Smoked 1 ppd from 1990 to 2010, quit.', ['former', 20, 20, 2010]],
    ['Smoked 1 ppd 1990-2010, stopped 2010.', ['former', 20, 20, 2010]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ['2015年〜2017年は禁煙していたが、現在は1日10本。', ['current', 10, null, null]],
    ['2015年から2017年まで禁煙、その後再開し1日10本。', ['current', 10, null, null]],
    ['平成27年〜平成29年まで禁煙、現在は1日20本喫煙。', ['current', 20, null, null]],
    // Controls: a smoking span.
    ['平成2年から平成22年まで1日20本、その後禁煙。', ['former', 20, 20, 2010]],
    ['喫煙：1日20本（1990〜2010年）、2010年禁煙。', ['former', 20, 20, 2010]],
  ])('%s', (text, expected) => {
    expect(pick(text, 'ja')).toEqual(expected);
  });
});
