import { describe, expect, it } from 'vitest';
import { loadClinicalText } from '../../load-clinical-text.js';
import type { AnalyzedNote } from '../types.js';

const core = loadClinicalText();
const sentences = (note: AnalyzedNote) => note.sentences.map((s) => s.text);

function expectExactOffsets(note: AnalyzedNote) {
  for (const sentence of note.sentences) {
    expect(note.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    for (const token of sentence.tokens) {
      expect(note.text.slice(token.start, token.end)).toBe(token.text);
      expect(token.start).toBeGreaterThanOrEqual(sentence.start);
      expect(token.end).toBeLessThanOrEqual(sentence.end);
    }
  }
}

describe('English sentences', () => {
  it.each([
    ['Pt. denies tob. use. Drinks socially.', ['Pt. denies tob. use.', 'Drinks socially.']],
    ['Temp. 38.2 today. COPD exac. last month.', ['Temp. 38.2 today.', 'COPD exac. last month.']],
    ['h/o smoking, s/p lobectomy. Stable.', ['h/o smoking, s/p lobectomy.', 'Stable.']],
    [
      'BRAF p.V600E and EGFR c.2573T>G were found. Dr. Smith was informed.',
      ['BRAF p.V600E and EGFR c.2573T>G were found.', 'Dr. Smith was informed.'],
    ],
    ['Denies tob. Drinks wine.', ['Denies tob.', 'Drinks wine.']],
    ['CXR: ? effusion on the left.', ['CXR: ? effusion on the left.']],
    // A period glued to a variant ends its sentence (wink-nlp reads "del." and "G." as abbreviations).
    [
      'Sister has BRCA2 c.5946del. Testing pending. EGFR c.2573T>G. KRAS wild type.',
      ['Sister has BRCA2 c.5946del.', 'Testing pending.', 'EGFR c.2573T>G.', 'KRAS wild type.'],
    ],
    ['Seen by (Dr. Smith) today.', ['Seen by (Dr. Smith) today.']],
    // A number after one space answering a question that asks for one stays with it.
    ['For how many years? 30', ['For how many years? 30']],
    ['How many per day? about 15', ['How many per day? about 15']],
    ['Any questions? 2 were asked.', ['Any questions?', '2 were asked.']],
    // A yes or no by its letter after one space stays with its question; "N/A" does not.
    ['Ex-smoker? Y', ['Ex-smoker? Y']],
    ['Smoker? N', ['Smoker? N']],
    ['Smoker? N/A', ['Smoker?', 'N/A']],
    // A short form answer after one space stays with its short question; a questionnaire line of
    // several answered questions is one sentence per cell (fp11d).
    ['Tobacco use? Former', ['Tobacco use? Former']],
    ['When? 10 yrs ago', ['When? 10 yrs ago']],
    ['Smoker? Y  PPD? 1  Years? 20', ['Smoker? Y', 'PPD? 1', 'Years? 20']],
    [
      'Ever smoked? Y  Current? N  Year quit: 2015',
      ['Ever smoked? Y', 'Current? N', 'Year quit: 2015'],
    ],
    [
      'Ever smoker? Yes. Current? No. Packs/day? 1.',
      ['Ever smoker? Yes.', 'Current? No.', 'Packs/day? 1.'],
    ],
    ['Smoker: Y  How much? 1 ppd', ['Smoker: Y', 'How much? 1 ppd']],
    ['Why? He says he smokes.', ['Why?', 'He says he smokes.']],
    ['Does he smoke? Unclear.', ['Does he smoke?', 'Unclear.']],
  ])('%s', (text, expected) => {
    const note = core.analyze(text, 'en');
    expect(sentences(note)).toEqual(expected);
    expectExactOffsets(note);
  });

  it('splits on line structure but keeps hard-wrapped prose together', () => {
    const text =
      'SOCIAL HISTORY:\nSmokes 1 ppd x 30 yrs\nDrinks socially\n\n' +
      'Patient reports that he has been smoking\nsince age 16 and denies drug use.\n' +
      '- COPD\n- HTN';
    const note = core.analyze(text, 'en');
    expect(sentences(note)).toEqual([
      'SOCIAL HISTORY:',
      'Smokes 1 ppd x 30 yrs',
      'Drinks socially',
      'Patient reports that he has been smoking\nsince age 16 and denies drug use.',
      '- COPD',
      '- HTN',
    ]);
    expectExactOffsets(note);
  });

  it('keeps offsets exact with CRLF, tabs, double spaces and non-ASCII text', () => {
    const text =
      'Smoking:\tformer  smoker.\r\nQuit in 2015 — 20 pk-yr.\r\n\r\nFH:  mother – breast ca ♀.';
    const note = core.analyze(text, 'en');
    expectExactOffsets(note);
    expect(note.sentences.map((s) => s.text)).toContain('Quit in 2015 — 20 pk-yr.');
  });
});

describe('sections', () => {
  it('gives each sentence its section and ends a paragraph section at a blank line', () => {
    const text =
      'HPI: 60M with cough.\nFamily History: mother with breast cancer.\nFather had MI.\n\n' +
      'Pt smokes 1 ppd.\n\nSocial Hx:\nQuit 2010.';
    const note = core.analyze(text, 'en');
    const bySentence = Object.fromEntries(note.sentences.map((s) => [s.text, s.section]));
    expect(bySentence).toEqual({
      'HPI: 60M with cough.': 'history_of_present_illness',
      'Family History: mother with breast cancer.': 'family_history',
      'Father had MI.': 'family_history',
      'Pt smokes 1 ppd.': null,
      'Social Hx:': 'social_history',
      'Quit 2010.': 'social_history',
    });
  });

  it('ends a header written with its content at the next labelled row', () => {
    const text = 'PMH: asthma, GERD.\nBP: 120/80.\nShe says she still smokes.\n\nPMH:\nHTN.\nDM2.';
    const note = core.analyze(text, 'en');
    const bySentence = Object.fromEntries(note.sentences.map((s) => [s.text, s.section]));
    expect(bySentence).toMatchObject({
      'PMH: asthma, GERD.': 'past_medical_history',
      'She says she still smokes.': null,
      'HTN.': 'past_medical_history',
      'DM2.': 'past_medical_history',
    });
  });

  it('does not take a header word inside prose for a header', () => {
    const note = core.analyze('He has a family history of colon cancer.', 'en');
    expect(note.sections).toEqual([]);
    expect(note.sentences[0]?.section).toBeNull();
  });

  it('finds Japanese bracketed and colon headers', () => {
    const text = '【家族歴】母：乳癌\n【生活歴】喫煙歴なし。飲酒：機会飲酒\n既往歴：高血圧';
    const note = core.analyze(text, 'ja');
    expect(note.sections.map((s) => s.name)).toEqual([
      'family_history',
      'social_history',
      'past_medical_history',
    ]);
    const bySentence = Object.fromEntries(note.sentences.map((s) => [s.text, s.section]));
    expect(bySentence['【家族歴】母：乳癌']).toBe('family_history');
    expect(bySentence['飲酒：機会飲酒']).toBe('social_history');
    expect(bySentence['既往歴：高血圧']).toBe('past_medical_history');
  });
});

describe('Japanese sentences', () => {
  it('splits on 。！？ and line breaks with exact offsets', () => {
    const text = '喫煙歴：20本/日×30年。現在は禁煙中！\n  EGFR遺伝子変異（L858R）陽性？\n飲酒なし';
    const note = core.analyze(text, 'ja');
    expect(sentences(note)).toEqual([
      '喫煙歴：20本/日×30年。',
      '現在は禁煙中！',
      'EGFR遺伝子変異（L858R）陽性？',
      '飲酒なし',
    ]);
    expectExactOffsets(note);
    expect(note.sentences[0]?.tokens.map((t) => t.text)).toEqual([
      '喫煙歴',
      '：',
      '20',
      '本',
      '/',
      '日',
      '×',
      '30',
      '年',
      '。',
    ]);
  });
});
