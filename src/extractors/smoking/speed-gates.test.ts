import { describe, expect, it } from 'vitest';
import { runNote } from '../../../tests/support/extractor-answers.js';

// fspeed (ninth stop of 2026-11-30): cheaper forms of this stop's slow spots, the same answers.
const startAges = (text: string) =>
  runNote(text, 'en', { noteDate: '2026-11-01' })
    .mentions.filter((m) => m.extractor === 'smoking' && m.type === 'start_age')
    .map((m) => `${m.text}=${String(m.value)}`);

describe('start-age branches opened by a lookbehind run only where their first word stands', () => {
  it.each<[string, string[]]>([
    ['Smokes 1 ppd and has since age 15.', ['has since age 15=15']],
    ['Smokes 1 ppd, ever since 16.', ['ever since 16=16']],
    ['Smoker, onset age 16, 1 ppd.', ['onset age 16=16']],
    ['Tobacco: 10 cig/day, started at age 14.', ['started at age 14=14']],
    // Controls: no smoking word before them.
    ['Has since age 15 had asthma.', []],
    ['Onset age 16 of migraines.', []],
  ])('%s', (text, expected) => {
    expect(startAges(text)).toEqual(expected);
  });
});

describe('a spoken correction reads the same on ASCII and non-ASCII notes (ASCII twin)', () => {
  const pick = (text: string) => {
    const s = runNote(text, 'en', { noteDate: '2026-11-01' }).annotation.smoking;
    return [s.status, s.cigarettes_per_day, s.years_smoked, s.quit_year];
  };
  it.each<[string, unknown[]]>([
    ['Smoked 1 ppd for 30 - sorry, 25 - years, quit 2010.', ['former', 20, 25, 2010]],
    ['Smoked one pack a day, correction, half a pack a day.', ['former', 10, null, null]],
    ['Smokes 1 - no, 2 - 3 ppd.', ['current', 50, null, null]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
    // (A non-ASCII character elsewhere takes the `u` expression: the same reading.)
    expect(pick(`${text} Seen at the café.`)).toEqual(expected);
  });
});

// speed9 (third stop of 2026-12-01): the spoken layer's repairs and number words use their ASCII
// twins on ASCII notes and are gated by one scan of the note; the "N or so" repair reads its first
// blank before its lookbehind; the Japanese prefilter uses its caseless twin. The same answers.
describe('spoken repairs and number words read the same on ASCII and non-ASCII notes', () => {
  const pick = (text: string, language: 'en' | 'ja' = 'en') => {
    const s = runNote(text, language, { noteDate: '2026-11-01' }).annotation.smoking;
    return [s.status, s.cigarettes_per_day, s.years_smoked, s.quit_year];
  };
  it.each<[string, unknown[]]>([
    ['Smoked 1 ppd for 20 or so years, stoppped in 2015.', ['former', 20, 20, 2015]],
    ['Quit smoking 10 years or so ago. 1 ppd.', ['former', 20, null, 2016]],
    ['Ex moker, 1 ppd for thirty years, quit 2010.', ['former', 20, 30, 2010]],
    ['He did smoke, about 1 ppd for 30 years.', ['former', 20, 30, null]],
  ])('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
    expect(pick(`${text} Seen at the café.`)).toEqual(expected);
  });

  it.each<[string, unknown[]]>([
    ['生活歴：たばこ 20本/日 × 30年、2015年に禁煙。', ['former', 20, 30, 2015]],
    ['嗜好品：ビール2本、喫煙なし', ['never', null, null, null]],
    ['SMOKING: 20本/日、IQOS使用。', ['current', null, null, null]],
  ])('Japanese prefilter, with and without long s: %s', (text, expected) => {
    expect(pick(text, 'ja')).toEqual(expected);
    // (A long s in the note keeps the `iu` prefilter: the same reading.)
    expect(pick(`${text}\nſ`, 'ja')).toEqual(expected);
  });
});
