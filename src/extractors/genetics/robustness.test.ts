import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthRatio } from '../../../tests/support/linear-time.js';
import type { Language } from '../../core/types.js';
import { loadPipeline } from '../../load-pipeline.js';
import { GENETIC_KINDS } from '../../vocab/schemas.js';

const pipeline = loadPipeline();
const run = (text: string, language: Language) =>
  pipeline.run({ noteId: 'f', personId: 'p', text, language, languageDetected: true });

// Fragments that exercise the genetics rules: genes, variants, classes, results, layouts.
const FRAGMENTS = [
  'EGFR',
  'ALK',
  'BRCA1/2',
  'KRAS G12C',
  'L858R',
  'c.2573T>G',
  'p.(Leu858Arg)',
  'NM_004333.6:c.1799T>A',
  'EML4::ALK',
  'exon 19 deletion',
  'amplified',
  'fusion',
  'negative',
  'not detected',
  'no',
  'positive for',
  'mother',
  'the same variant',
  'Tier II',
  'pathogenic',
  '|',
  '\t',
  ':',
  ';',
  '.',
  ',',
  '\n',
  '  ',
  '(',
  ')',
  '-',
  '+',
  'エクソン19欠失',
  '陰性',
  '陽性',
  '変異なし',
  '、',
  '。',
  '母',
  'ＥＧＦＲ',
  'ｴｸｿﾝ',
  'Method: ',
  'IHC',
  '185delAG',
  'Exon   Target   Result',
  '19     Deletions   Detected',
  'NOT DETECTED',
  'TKD',
  'p.?',
];

const noteText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
);

const KINDS = new Set<string>(GENETIC_KINDS);

describe('genetics robustness (property-based)', () => {
  it('never throws; findings keep the format and mentions point at their text', () => {
    fc.assert(
      fc.property(noteText, fc.constantFrom<Language>('en', 'ja'), (text, language) => {
        const result = run(text, language);
        for (const f of result.annotation.genetics) {
          expect(f.gene).toMatch(/^[A-Z0-9-]+$/);
          expect(KINDS.has(f.kind)).toBe(true);
          expect(['present', 'absent']).toContain(f.status);
          if (f.status === 'absent') expect(f.significance).toBeNull();
          if (f.hgvs_p) expect(f.hgvs_p).toMatch(/^p\./);
          if (f.hgvs_c) expect(f.hgvs_c).toMatch(/^c\./);
        }
        for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });
});

/**
 * Complexity, not speed (see the smoking robustness test): the work must grow linearly with
 * the note. Each adversarial note is measured at n and 8n units; linear work gives a ratio near
 * 8, quadratic near 64; the bound (32) leaves room for a busy machine.
 */
describe('genetics: linear time in note length', () => {
  const ADVERSARIAL: [string, Language][] = [
    ['EGFR, ', 'en'],
    ['EGFR L858R ', 'en'],
    ['EML4-ALK ', 'en'],
    ['negative for EGFR, ', 'en'],
    ['KRAS G12C and ', 'en'],
    ['EGFR mutation ', 'en'],
    ['ALK-, ', 'en'],
    ['Gene: EGFR\n', 'en'],
    ['| EGFR | L858R | 30% | I |\n', 'en'],
    ['c.35G>A ', 'en'],
    // Headings over lists and exon-column tables (one pass over the lines each).
    ['NOT DETECTED\nKRAS, NRAS\n', 'en'],
    ['Exon   Target   Result\n19     Deletions   Detected\n', 'en'],
    ['20     G719X (G719A/C/S)    Not detected\n', 'en'],
    ['loss (copy number 0) ', 'en'],
    // Bare losses gated by a genomic result (the list item and the headings above each).
    ['NGS: CDKN2A loss, PTEN deleted (CN 0), ', 'en'],
    ['COPY NUMBER\nNF1 | Loss (homozygous) | 0\n', 'en'],
    // Variants sharing one gene, back-referencing negatives, relatives' predictive results,
    // star alleles, HLA alleles and RAS letter families.
    ['KRAS G12V +ve, G12D -ve, ', 'en'],
    ['EGFR, KRAS exon 14 skipping and nothing was found in any of them ', 'en'],
    ['her son Tom (8) tested positive, ', 'en'],
    ['CYP2C19 *2/*2 HLA-B*58:01 ', 'en'],
    ['RAS (H/K/N) K/N-RAS CDKN2A homozygous del, SMAD4 no alteration, ', 'en'],
    // "including" lists after a negative, hanging-indent wraps, class words heading lists.
    ['BRAF no variant found, including V600E, ', 'en'],
    ['  2019  EGFR and\n        negative ', 'en'],
    ['Fusions (ALK, ROS1): ', 'en'],
    // Bracketed asides (semicolons, a proband, a conditional list) and list items' sources.
    ["pt's mother (proband; cancer at 52) carries MSH6 c.3261dupC, if a driver (EGFR, ", 'en'],
    [' 1. MLH1: no variant\n    ALK FISH negative (tumour)\n', 'en'],
    ['KRAS変異（G12C、G12Dを含む', 'ja'],
    ['RAS/BRAF検査：KRAS G12D 陽性、', 'ja'],
    ['EGFR、', 'ja'],
    ['EGFR陰性、', 'ja'],
    // Exon-led rows, class words joined to a mutation word, asides after a negative, stains
    // beside sequenced changes, protein changes in words, wrapped lines.
    ['ｴｸｿﾝ20　T790M　　検出せず\n', 'ja'],
    ['KIT：変異・増幅ともに認めず、BRCA1：なし（c.2612C>T）、', 'ja'],
    ['IDH1 R132H（免疫染色）陽性、IDH1 c.395G>A、コドン12のグリシンがアスパラギン酸に置換、', 'ja'],
    ['BRCA1 c.68_69del を検出し、\n', 'ja'],
    // A relative's chart: relatives looked for before each result, references to the variant.
    [
      'Client: Ann (daughter of Mary, proband) mother BRCA1 c.68_69del; familial BRCA1 variant negative, ',
      'en',
    ],
    ['来談者：長女。発端者：母 BRCA1 c.68_69del 母と同じバリアントは非保持、妹は陰性、', 'ja'],
  ];

  it.each(ADVERSARIAL)('%j repeated', (unit, language) => {
    const ratio = growthRatio((text) => run(text, language), unit, 4_000);
    expect(ratio).toBeLessThan(32);
  });
});
