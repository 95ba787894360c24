import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');

/** Findings with their class: "GENE variant status subject significance". */
const classed = (text: string) => genetics(text).map((f) => `${brief([f])[0]} ${f.significance}`);

describe('genetics extractor: English prober pgen10 items 5, 6 and 7', () => {
  it('gives the rows under a class section line that class (item 5)', () => {
    for (const [text, want] of [
      [
        'Fusions:\nALK - not detected\nROS1 - not detected',
        ['ALK fusion absent patient', 'ROS1 fusion absent patient'],
      ],
      [
        'Rearrangements:\nALK: negative\nRET: negative',
        ['ALK fusion absent patient', 'RET fusion absent patient'],
      ],
      [
        'Gene fusions (RNA)\n  ALK      not detected\n  NTRK1    not detected',
        ['ALK fusion absent patient', 'NTRK1 fusion absent patient'],
      ],
      [
        'Fusion results\nALK      Negative\nRET      Positive (CCDC6::RET)',
        ['ALK fusion absent patient', 'RET fusion CCDC6 present patient'],
      ],
      [
        'Amplifications:\nERBB2: not detected\nCCND1: detected (CN 9)',
        ['ERBB2 amplification absent patient', 'CCND1 amplification present patient'],
      ],
      [
        'Fusions\n  Detected: CD74::ROS1\n  Not detected: ALK, RET',
        [
          'ROS1 fusion CD74 present patient',
          'ALK fusion absent patient',
          'RET fusion absent patient',
        ],
      ],
      [
        'Homozygous deletions: CDKN2A, CDKN2B',
        ['CDKN2A copy_loss present patient', 'CDKN2B copy_loss present patient'],
      ],
    ] as const) {
      expect(brief(genetics(text)).sort(), text).toEqual([...want].sort());
    }
    // Not past a blank line, nor a class line with content of its own, nor a plain heading.
    expect(
      brief(genetics('Fusions:\nALK - not detected\n\nMutations:\nKRAS - not detected')),
    ).toEqual(['ALK fusion absent patient', 'KRAS wild_type absent patient']);
    expect(brief(genetics('Fusions: none detected\nKRAS - not detected'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('Results:\nEGFR - negative\nALK - negative'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
    ]);
  });

  it("keeps the next section's class heading off the row above it (item 6)", () => {
    expect(
      classed('Tier I variants:\nEGFR L858R (VAF 31%)\nTier III variants:\nARID1A p.Q1430R').sort(),
    ).toEqual([
      'ARID1A p.Gln1430Arg present patient uncertain',
      'EGFR p.Leu858Arg present patient pathogenic',
    ]);
    expect(classed('Tier II:\nTP53 R273H 45%\nTier III:\nKMT2D p.P2354L 12%').sort()).toEqual([
      'KMT2D p.Pro2354Leu present patient uncertain',
      'TP53 p.Arg273His present patient pathogenic',
    ]);
    expect(
      classed(
        'Germline report\nPATHOGENIC\nMLH1 c.350C>T (p.Thr117Met)\nVUS\nMSH6 c.3261dup (p.Phe1088fs)',
      ).sort(),
    ).toEqual([
      'MLH1 p.Thr117Met present patient pathogenic',
      'MSH6 p.Phe1088fs present patient uncertain',
    ]);
    // A nearer heading wins over a key further up.
    expect(
      classed(
        'Tier II variants:\nPTEN p.R130* (VAF 30%)\nVariants of uncertain significance:\nKMT2D p.P2354L',
      ).sort(),
    ).toEqual([
      'KMT2D p.Pro2354Leu present patient uncertain',
      'PTEN p.Arg130Ter present patient pathogenic',
    ]);
    // A class under each row, with no heading above the first, is still each row's own.
    expect(
      classed(
        'BRCA2 c.5946del (p.Ser1982fs)\nPathogenic\nATM c.1010G>A (p.Arg337His)\nVUS\nPALB2 c.3113G>A (p.Trp1038*)\nLikely pathogenic',
      ).sort(),
    ).toEqual([
      'ATM p.Arg337His present patient uncertain',
      'BRCA2 p.Ser1982fs present patient pathogenic',
      'PALB2 p.Trp1038Ter present patient likely_pathogenic',
    ]);
  });

  it('reads wrapped, footnoted and "See comment" classes (item 7)', () => {
    for (const [text, want] of [
      ['Gene | Variant | VAF | Tier\nTP53 | c.743G>A\n(p.Arg248Gln) | 41% | IIC', 'pathogenic'],
      [
        'Gene | Variant | VAF | Tier\nTP53 | R175H | 40% | II*\n*Possible germline origin.',
        'pathogenic',
      ],
      [
        'Gene | Variant | VAF | Tier\nATM | p.R337H | 48% | III†\n† Germline testing recommended.',
        'uncertain',
      ],
      ['TP53 p.R248Q (VAF 45%) Tier II¹\n¹ May represent clonal haematopoiesis.', 'pathogenic'],
      ['- TP53 p.R175H\n  VAF 44%, Tier II', 'pathogenic'],
      ['- ARID1A p.Q1430R\n  VAF 18%; Tier III', 'uncertain'],
      [
        'Gene | Variant | VAF | Classification\nBRCA2 | c.7007G>A (p.Arg2336His) | 48% | See comment\nComment: This variant is classified as likely pathogenic; germline testing is recommended.',
        'likely_pathogenic',
      ],
      [
        'Gene | Variant | Tier\nBRCA2 | c.7007G>A (p.Arg2336His) | See comment\nComment: Tier III (uncertain significance).',
        'uncertain',
      ],
    ] as const) {
      expect(
        genetics(text).map((f) => f.significance),
        text,
      ).toEqual([want]);
    }
    // A comment that gives no class leaves it null.
    expect(
      genetics(
        'Gene | Variant | Classification\nATM | c.1010G>A (p.Arg337His) | See comment\nComment: Germline testing is recommended.',
      ).map((f) => f.significance),
    ).toEqual([null]);
  });
});
