import { describe, expect, it } from 'vitest';
import { countScripts, detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['Japanese prose', '60歳男性。喫煙歴：20本/日×30年、5年前に禁煙。'],
    ['kanji-only findings with gene names and HGVS', 'EGFR exon19欠失変異陽性、T790M陰性'],
    [
      'Japanese sentence full of English terms (kana rule)',
      'EGFR L858R mutation positive のため osimertinib を開始',
    ],
    ['vital signs with a Japanese remark', 'BP 120/80, HR 72, SpO2 98% (RA). 特記事項なし。'],
    [
      'section header and drug names',
      '【現病歴】 Stage IV NSCLC, EGFR L858R陽性。Osimertinib開始。',
    ],
    ['half-width katakana', 'ﾀﾊﾞｺ 20本/日 ｹﾞﾉﾑ検査'],
    ['full-width Latin typed with an IME', 'ＥＧＦＲ遺伝子変異：陽性'],
    ['short negative statement', '喫煙歴なし'],
  ])('%s is ja', (_name, text) => {
    expect(detectLanguage(text)).toBe('ja');
  });

  it.each([
    ['plain English', 'Former smoker, 30 pack-years, quit in 2015. EGFR L858R detected.'],
    [
      'English quoting one katakana word',
      "He calls his cigarettes 'タバコ' and still smokes about a pack a day.",
    ],
    [
      'English quoting a Japanese phrase',
      "Patient's Japanese records state '喫煙歴なし'; on direct questioning he denies ever smoking.",
    ],
    ['English with a Japanese place name', 'Patient from 大阪, denies tobacco use.'],
    ['no letters at all', '120/80 98% 2021-02-03'],
    ['empty', ''],
    ['accented Latin', 'Patiënt rookt niet; café au lait spots noted.'],
  ])('%s is en', (_name, text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it('counts scripts, including an ideograph outside the BMP', () => {
    expect(countScripts('Abc あア漢、𠮷')).toEqual({ kana: 2, japanese: 5, latin: 3 });
  });
});
