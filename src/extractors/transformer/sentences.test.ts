import { describe, expect, it } from 'vitest';
import { sentencesAt, splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('cuts lines, Japanese sentence ends and English ones before a capital', () => {
    const text = 'SH: Former smoker. Quit 2009, 1.5 ppd.\n  \n喫煙：なし。飲酒：機会飲酒';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual([
      'SH: Former smoker.',
      'Quit 2009, 1.5 ppd.',
      '喫煙：なし。',
      '飲酒：機会飲酒',
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts an over-long line at a space', () => {
    const text = `${'word '.repeat(200)}end`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.text.length).toBeLessThanOrEqual(400);
    expect(spans.map((s) => s.text).join(' ')).toBe(text);
  });

  it('keeps only the sentences holding a hit', () => {
    const spans = splitSentences('A b.\nEGFR L858R.\nC d.\nsmokes');
    const at = sentencesAt(spans, [spans[3]!.start + 1, spans[1]!.start]);
    expect(at.map((s) => s.text)).toEqual(['EGFR L858R.', 'smokes']);
  });
});
