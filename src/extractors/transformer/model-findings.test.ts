import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../load-pipeline.js';
import {
  geneticsFromModels,
  type ModelReading,
  readAmount,
  smokingFromModels,
} from './model-findings.js';
import type { ModelMeaning } from './model-folder.js';

const pipeline = loadPipeline();
const loose = { status: 0.5, span: 0.5 };

/** A reading as the models would give it: classes per sentence and spans found by text. */
function reading(
  text: string,
  sentences: {
    text: string;
    status?: [ModelMeaning, number];
    spans?: [string, ModelMeaning, number?][];
  }[],
): ModelReading {
  return {
    statusModel: 'status@1',
    taggerModel: 'tagger@1',
    sentences: sentences.map((s) => {
      const start = text.indexOf(s.text);
      return {
        sentence: { start, end: start + s.text.length, text: s.text },
        status: s.status
          ? {
              meaning: s.status[0],
              label: s.status[0].split('.').pop() as string,
              score: s.status[1],
            }
          : null,
        spans: (s.spans ?? []).map(([piece, meaning, score]) => {
          const at = s.text.indexOf(piece);
          return {
            start: at,
            end: at + piece.length,
            meaning,
            label: `B-${meaning}`,
            score: score ?? 0.99,
          };
        }),
      };
    }),
  };
}

describe('readAmount', () => {
  it.each([
    ['smoking.packs_per_day', '1.5 ppd', 'packs_per_day', 1.5],
    ['smoking.packs_per_day', 'half a pack a day', 'packs_per_day', 0.5],
    ['smoking.cigarettes_per_day', '10-20本/日', 'cigarettes_per_day', 15],
    ['smoking.years_smoked', 'from 1975 until 1995', 'year_span', [1975, 1995]],
    ['smoking.years_smoked', '３０年間', 'years_smoked', 30],
    ['smoking.quit', 'quit in 2009', 'quit_year', 2009],
    ['smoking.quit', "quit '09", 'quit_year', 2009],
    ['smoking.quit', '平成20年に', 'quit_year', 2008],
    ['smoking.quit', '5年前に禁煙', 'quit_years_ago', 5],
    ['smoking.quit', '6 months ago', 'quit_months_ago', 6],
    ['smoking.brinkman_index', 'BI=600', 'brinkman_index', 600],
  ] as const)('%s %s', (meaning, text, field, value) => {
    expect(readAmount(meaning, text, '2024-05-01')).toEqual({ field, value });
  });

  it('gives nothing for a span without a number', () => {
    expect(readAmount('smoking.pack_years', 'pack-years', null)).toBeNull();
  });
});

describe('smokingFromModels', () => {
  const note = { text: '', noteDate: '2024-05-01' };

  it('takes the latest smoking sentence over "never", and derives forward', () => {
    const text = 'Smoking status: Never Smoker\nFormer smoker, 1 ppd x 20 yrs, quit 5 years ago.';
    const result = smokingFromModels(
      { ...note, text },
      reading(text, [
        { text: 'Smoking status: Never Smoker', status: ['smoking.status.never', 0.9] },
        {
          text: 'Former smoker, 1 ppd x 20 yrs, quit 5 years ago.',
          status: ['smoking.status.former', 0.8],
          spans: [
            ['1 ppd', 'smoking.packs_per_day'],
            ['20 yrs', 'smoking.years_smoked'],
            ['quit 5 years ago', 'smoking.quit'],
          ],
        },
      ]),
      loose,
      null,
    );
    expect(result.finding).toEqual({
      status: 'former',
      packYears: 20,
      cigarettesPerDay: 20,
      yearsSmoked: 20,
      quitYear: 2019,
      brinkmanIndex: 400,
    });
    const won = result.mentions.find((m) => m.decision.startsWith('won'));
    expect(won?.rule).toBe('model:status@1:former');
  });

  it('ignores classes and spans below their thresholds', () => {
    const text = 'Smokes 1 ppd.';
    const result = smokingFromModels(
      { ...note, text },
      reading(text, [
        {
          text,
          status: ['smoking.status.current', 0.4],
          spans: [['1 ppd', 'smoking.packs_per_day', 0.3]],
        },
      ]),
      loose,
      null,
    );
    expect(result.finding.status).toBe('unknown');
    expect(result.mentions.every((m) => m.decision.startsWith('ignored'))).toBe(true);
  });
});

describe('geneticsFromModels', () => {
  it('pairs a tagged gene with the tagged variant after it and normalises both', () => {
    const text = 'HER2 amplified; EGFR p.L858R; TTF-1 positive.';
    const result = geneticsFromModels(
      reading(text, [
        {
          text,
          spans: [
            ['HER2', 'genetics.gene'],
            ['amplified', 'genetics.variant'],
            ['EGFR', 'genetics.gene'],
            ['p.L858R', 'genetics.variant'],
          ],
        },
      ]),
      pipeline.genetics,
      loose,
      'en',
    );
    expect(result.findings.map((f) => [f.gene, f.kind, f.hgvsP, f.status])).toEqual([
      ['ERBB2', 'amplification', null, 'present'],
      ['EGFR', 'snv', 'p.Leu858Arg', 'present'],
    ]);
  });
});
