import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../tests/support/linear-time.js';
import type { Language } from '../../core/types.js';
import { loadPipeline } from '../../load-pipeline.js';

const pipeline = loadPipeline();
const run = (text: string, language: Language) =>
  pipeline.run({
    noteId: 'f',
    personId: 'p',
    text,
    language,
    languageDetected: true,
    noteDate: '2024-01-01',
  });

// Fragments that exercise the rules: cues, numbers, triggers, separators, both scripts.
const FRAGMENTS = [
  'smokes',
  'quit',
  '1 ppd',
  ' x 30 yrs',
  'denies',
  'tobacco',
  'former smoker',
  'never',
  ':',
  ';',
  '.',
  '\n',
  '\n\n',
  ' ',
  '1/2',
  '½',
  '2015',
  "'09",
  'since age 16',
  'no',
  'mother',
  'if',
  'pack-years',
  '喫煙',
  '禁煙',
  'なし',
  '本/日',
  '×',
  '年',
  '令和2年',
  'ブリンクマン指数',
  '母',
  '疑い',
  '。',
  '、',
  '[x]',
  '☑',
  '（',
  '）',
  'Smoking status: ',
  'Family History:',
  'BI=',
  '600',
  '二十',
  '半',
];

const noteText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 60 })
    .map((parts) => parts.join(' ')),
);

describe('robustness (property-based)', () => {
  it('never throws, and every mention points at its exact text', () => {
    fc.assert(
      fc.property(noteText, fc.constantFrom<Language>('en', 'ja'), (text, language) => {
        const result = run(text, language);
        const s = result.annotation.smoking;
        expect(['current', 'former', 'never', 'unknown']).toContain(s.status);
        for (const value of [
          s.pack_years,
          s.cigarettes_per_day,
          s.years_smoked,
          s.quit_year,
          s.brinkman_index,
        ]) {
          expect(value === null || Number.isFinite(value)).toBe(true);
        }
        if (s.status === 'current') expect(s.quit_year).toBeNull();
        for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });

  it('never derives backwards: pack-years alone leave the other numbers null', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 150 }), (packYears) => {
        const s = run(`Former smoker, ${packYears} pack-year history.`, 'en').annotation.smoking;
        expect(s).toMatchObject({
          pack_years: packYears,
          cigarettes_per_day: null,
          years_smoked: null,
          brinkman_index: null,
        });
      }),
      { numRuns: 50, seed: 7 },
    );
  });
});

/**
 * Complexity, not speed: the work for a note must grow linearly with its length (no
 * catastrophic regex backtracking, no quadratic loops). Each adversarial note is measured at
 * n and 8n units; linear work gives a ratio near 8, quadratic near 64. The bound (32) leaves
 * room for noise on a busy machine (two cores, parallel test files) without letting a quadratic
 * case (64) through.
 */
describe('linear time in note length', () => {
  const ADVERSARIAL: [string, Language][] = [
    ['0', 'en'],
    ['1 ', 'en'],
    ['\t', 'en'],
    ['smoking ', 'en'],
    ['no ', 'en'],
    ['quit ', 'en'],
    ['1 ppd x ', 'en'],
    ['denies smoking, ', 'en'],
    ['a pack ', 'en'],
    ['Smoking status: ', 'en'],
    ['mother ', 'en'],
    ['1/2 ', 'en'],
    ['喫煙', 'ja'],
    ['禁煙', 'ja'],
    ['年前', 'ja'],
    ['20本/日×', 'ja'],
    ['なし、', 'ja'],
    ['平成1年', 'ja'],
    ['母', 'ja'],
    ['（レ）', 'ja'],
    ['喫煙していますか。■はい', 'ja'],
    // dev6 rule families: blank rows, relapse amounts, "since then", topic carry-over (many
    // mentions in one sentence), companions, criteria, elliptic lists, start-year lookbehind.
    ['Pack-years: ___ ', 'en'],
    ['a: ', 'en'],
    ['back to 1 ppd ', 'en'],
    ['in 2020 has not smoked ', 'en'],
    ['Started at 19; ', 'en'],
    ['for anyone smoking ask every patient ', 'en'],
    ['父は喫煙者で吸っている、', 'ja'],
    ['家族と', 'ja'],
    ['本人・家族に確認', 'ja'],
    ['600以上の方は', 'ja'],
    ['葉巻とかパイプとか', 'ja'],
    ['1日1箱、平成5年頃から', 'ja'],
    ['2019年に入院', 'ja'],
    ['禁煙中（2021年', 'ja'],
    ['喫煙　■', 'ja'],
    // dev7 rule families: people and pronouns (introductions, names met again, collateral,
    // line labels), text addressed to the reader, unticked rows, imperative advice.
    ['Her husband Tom came. He smokes; ', 'en'],
    ['Ruth, his wife, Ruth smoked ', 'en'],
    ['Married to Ray, who quit. ', 'en'],
    ['Per daughter, he smokes 1 ppd. She ', 'en'],
    ['Social: Mom says she smokes ', 'en'],
    ["Pt's girlfriend, Jess, smokes. Pt ", 'en'],
    ['her son Kevin ', 'en'],
    ['If you smoke, your ', 'en'],
    ['[ ] Tobacco use assessed\n', 'en'],
    ['Do not smoke. ', 'en'],
    ['current or former smokers ', 'en'],
    ['quit last summer ', 'en'],
    // JA dev7 rule families: quit dates after the quit word, 最終喫煙, unanswered items,
    // population advice, age spans and start-age lookbehinds, present-and-past denials.
    ['禁煙は（昨年', 'ja'],
    ['禁煙は2020年', 'ja'],
    ['最終喫煙：', 'ja'],
    ['喫煙者の方は', 'ja'],
    ['喫煙の項目は（', 'ja'],
    ['開始は22歳', 'ja'],
    ['18歳から', 'ja'],
    ['やめた（2008年', 'ja'],
    ['過去（〜2015', 'ja'],
    ['たばこは昔から', 'ja'],
    ['現在も過去も', 'ja'],
    ['一昨年', 'ja'],
    // Era years that end the smoking, plans and refusals to quit.
    ['喫煙は平成20年までは1日', 'ja'],
    ['禁煙を勧めたが、やめる気は', 'ja'],
    // Numbered options one to a line, or many on one line, marked after them.
    ['①はい　←○\n', 'ja'],
    ['①はい。', 'ja'],
    // Long quit–relapse chains in one sentence (fsml3): turns, bracketed losers and quoted terms.
    ['H22禁煙、H28再開、R3禁煙、', 'ja'],
    ['2010年に禁煙、2016年に再喫煙、2021年に禁煙、', 'ja'],
    ['Former smoker (quit 2003, 20 pk-yrs), relapsed 2016, ', 'en'],
  ];

  it.each(ADVERSARIAL)('%j repeated', (unit, language) => {
    const ratio = growthRatio((text) => run(text, language), unit, 5_000);
    expect(ratio).toBeLessThan(32);
  });
});
