import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');
const sorted = (text: string) => brief(genetics(text)).sort();

/** Findings with their origin and class: "GENE variant status subject origin significance". */
const full = (text: string) =>
  genetics(text).map((f) => `${brief([f])[0]} ${f.origin} ${f.significance}`);

describe('genetics extractor: English prober pgen10 items 1, 2, 3, 4, 11 and 12', () => {
  it('reads "Positive for:" with a colon as a positive label (item 1)', () => {
    for (const [text, found] of [
      ['Positive for: KRAS G12C', 'KRAS p.Gly12Cys present patient'],
      ['POSITIVE FOR: EGFR L858R', 'EGFR p.Leu858Arg present patient'],
      ['Result: Positive for: BRAF V600E', 'BRAF p.Val600Glu present patient'],
      ['Positive for: EML4-ALK fusion', 'ALK fusion EML4 present patient'],
      ['Positive for: FLT3-ITD', 'FLT3 duplication present patient'],
      ['Positive for : ALK rearrangement', 'ALK fusion present patient'],
      ['Findings - Positive for: NRAS Q61K', 'NRAS p.Gln61Lys present patient'],
    ] as const) {
      expect(brief(genetics(text)), text).toEqual([found]);
    }
    expect(full('Positive for: BRCA2 c.5946del (pathogenic)')[0]).toMatch(
      /^BRCA2 c\.5946del present patient \w+ pathogenic$/,
    );
    expect(sorted('Negative for: EGFR, ALK\nPositive for: KRAS G12C')).toEqual([
      'ALK wild_type absent patient',
      'EGFR wild_type absent patient',
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(sorted('Positive for:\n- EGFR exon 19 deletion\n- TP53 R175H')).toEqual([
      'EGFR exon_deletion 19 present patient',
      'TP53 p.Arg175His present patient',
    ]);
    // A negative label stays negative.
    expect(brief(genetics('Negative for: KRAS G12C'))).toEqual(['KRAS p.Gly12Cys absent patient']);
  });

  it('gives nothing for what an assay covers, its limits and caveats (item 2)', () => {
    for (const [text, only] of [
      [
        'Limitations: This assay detects BRAF V600E/K/D only.\nResult: BRAF V600E detected.',
        'BRAF p.Val600Glu present patient',
      ],
      [
        'The cobas EGFR v2 assay detects exon 19 deletions, L858R, T790M, G719X, S768I, L861Q and exon 20 insertions.\nResult: EGFR L858R detected.',
        'EGFR p.Leu858Arg present patient',
      ],
      [
        'Result: EGFR exon 19 deletion detected.\nThis assay does not detect T790M below 5% allele frequency.',
        'EGFR exon_deletion 19 present patient',
      ],
      [
        'KRAS G12D (VAF 19%)\nDisclaimer: A negative result does not exclude the presence of EGFR, ALK or ROS1 alterations.',
        'KRAS p.Gly12Asp present patient',
      ],
      [
        'EGFR L858R detected.\nNote: The panel does not cover ALK, ROS1 or RET fusions; RNA testing is recommended.',
        'EGFR p.Leu858Arg present patient',
      ],
      [
        'Result: POSITIVE for EGFR T790M.\nLimit of detection 0.1% for T790M, L858R and exon 19 deletions.',
        'EGFR p.Thr790Met present patient',
      ],
      [
        'Results: MET amplification detected (CN 8).\nTechnical note: MET exon 14 skipping is detected only by the RNA panel, which was not performed.',
        'MET amplification present patient',
      ],
      [
        'The assay detects KRAS G12C, G12D, G12V and G13D.\nResult: KRAS G12V detected.',
        'KRAS p.Gly12Val present patient',
      ],
      [
        'This test cannot detect MET amplification.\nEGFR L858R detected.',
        'EGFR p.Leu858Arg present patient',
      ],
      [
        'EGFR L858R detected. EGFR T790M may not be detected at VAF below 1%.',
        'EGFR p.Leu858Arg present patient',
      ],
      [
        'Reportable range: EGFR exons 18-21; ALK, ROS1 and RET fusions by RNA.\nResult: ROS1 fusion detected (CD74-ROS1).',
        'ROS1 fusion CD74 present patient',
      ],
    ] as const) {
      expect(brief(genetics(text)), text).toEqual([only]);
    }
    for (const text of [
      'Genes evaluated for fusions: ALK, ROS1, RET, NTRK1, NTRK2, NTRK3\nFusions: none detected',
      'Panel content: 161 genes for SNVs/indels; fusions in ALK, ROS1, RET, NTRK1/2/3; CNAs in ERBB2, MET, EGFR.\nNo reportable alterations.',
      'Genes included in this panel:\n- BRCA1\n- BRCA2\n- PALB2\n- ATM\nResult: Negative',
      'Genes analysed:\nBRCA1\nBRCA2\nResult: Negative',
      'Disclaimers: The assay does not assess ROS1 fusions.',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
    expect(
      sorted(
        'Result: BRCA1/2 negative.\nLimitations: Large rearrangements such as BRCA1 exon 13 duplication may not be detected.',
      ),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    // Results in the past tense, a relative clause about the kit, and a caveat naming no change
    // stay results.
    expect(brief(genetics('The panel detected KRAS G12D.'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(sorted('NGS detected EGFR L858R; the assay detected no T790M.')).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(
      sorted(
        'Exon 19 deletions were not detected; nor were any of the point mutations the kit targets in exon 20 (T790M, S768I).',
      ),
    ).toEqual([
      'EGFR exon_deletion 19 absent patient',
      'EGFR p.Ser768Ile absent patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(brief(genetics('Result: KRAS G12D detected. Limitations: low tumour content.'))).toEqual(
      ['KRAS p.Gly12Asp present patient'],
    );
    // A single-gene test line over its call is still that gene's.
    expect(brief(genetics('BRCA2\nResult: Negative'))).toEqual(['BRCA2 wild_type absent patient']);
  });

  it('reads a gene alone on its line under a negative heading (item 3)', () => {
    expect(sorted('Not detected:\nEGFR\nALK\nROS1')).toEqual([
      'ALK wild_type absent patient',
      'EGFR wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
    expect(sorted('Not detected:\nERBB2\nMET\nDetected:\nPIK3CA H1047R')).toEqual([
      'ERBB2 wild_type absent patient',
      'MET wild_type absent patient',
      'PIK3CA p.His1047Arg present patient',
    ]);
    for (const text of [
      'Gene      Result\nEGFR      Negative',
      'Gene      Status\nEGFR      Negative',
    ]) {
      expect(brief(genetics(text)), text).toEqual(['EGFR wild_type absent patient']);
    }
    expect(brief(genetics('Gene      Result\nKRAS      G12D detected'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it('joins a "Gene: X" block to its result and change rows (item 4)', () => {
    for (const [text, found] of [
      ['Gene: EGFR\nResult: Not detected', 'EGFR wild_type absent patient'],
      ['Gene: KRAS\nStatus: Wild type', 'KRAS wild_type absent patient'],
      ['Gene: ESR1\nResult: No mutation detected', 'ESR1 wild_type absent patient'],
      ['Gene: ALK\nMethod: FISH (break-apart)\nResult: Negative', 'ALK fusion absent patient'],
      ['Gene: TP53\nAlteration: R273H\nVAF: 31%', 'TP53 p.Arg273His present patient'],
      ['Gene: TP53\nVariant: Y220C', 'TP53 p.Tyr220Cys present patient'],
      ['Gene: KRAS\nMutation: Q61H\nTier: IB', 'KRAS p.Gln61His present patient'],
    ] as const) {
      expect(brief(genetics(text)), text).toEqual([found]);
    }
    expect(full('Gene: STK11\nVariant: Q37*\nTier: II')).toEqual([
      'STK11 p.Gln37Ter present patient somatic pathogenic',
    ]);
    expect(full('Gene: ARID1A\nAlteration: Q1430R\nTier: III')).toEqual([
      'ARID1A p.Gln1430Arg present patient somatic uncertain',
    ]);
    expect(
      sorted('Gene: EGFR\nResult: Not detected\n\nGene: KRAS\nResult: p.G12C detected (VAF 14%)'),
    ).toEqual(['EGFR wild_type absent patient', 'KRAS p.Gly12Cys present patient']);
    expect(sorted('Gene: TP53\nAlteration: R273H\n\nGene: KRAS\nAlteration: G12D')).toEqual([
      'KRAS p.Gly12Asp present patient',
      'TP53 p.Arg273His present patient',
    ]);
    expect(genetics('Gene: TP53\nComment: see below')).toEqual([]);
  });

  it('keeps the gene-level negative beside the examples in its bracket (item 11)', () => {
    expect(sorted('Not detected: KRAS (including G12C, G12D and G13D)')).toEqual([
      'KRAS p.Gly12Asp absent patient',
      'KRAS p.Gly12Cys absent patient',
      'KRAS p.Gly13Asp absent patient',
      'KRAS wild_type absent patient',
    ]);
    expect(
      sorted('Not detected: EGFR (including exon 19 deletions and exon 20 insertions)'),
    ).toEqual([
      'EGFR exon_deletion 19 absent patient',
      'EGFR exon_insertion 20 absent patient',
      'EGFR wild_type absent patient',
    ]);
    expect(sorted('No mutations in BRAF (including V600E).')).toEqual([
      'BRAF p.Val600Glu absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(sorted('No mutations in KRAS (incl. G12C)')).toEqual([
      'KRAS p.Gly12Cys absent patient',
      'KRAS wild_type absent patient',
    ]);
  });

  it('reads the three single failures of item 12', () => {
    // The other BCR::ABL1 isoform's negative adds nothing (decision 49); a later draw's does.
    expect(
      brief(genetics('Marker | Result\nBCR::ABL1 p210 | Detected\nBCR::ABL1 p190 | Not detected')),
    ).toEqual(['ABL1 fusion BCR present patient']);
    expect(
      sorted('BCR::ABL1 p210: detected at diagnosis\nBCR::ABL1 p210 (2025): not detected'),
    ).toEqual(['ABL1 fusion BCR absent patient', 'ABL1 fusion BCR present patient']);
    // A syndrome alone in the bracket after the gene's variant makes it germline (decision 138).
    expect(
      full(
        'Summary: MLH1 pathogenic variant (Lynch syndrome).\nMLH1 c.350C>T (p.Thr117Met) Pathogenic',
      ),
    ).toEqual(['MLH1 p.Thr117Met present patient germline pathogenic']);
    expect(genetics('MLH1 loss on IHC (Lynch syndrome?)')).toEqual([]);
    // A bracketed HGVS closes its entry: the negative after the comma is the next change's.
    expect(
      full(
        'Summary: EGFR exon 19 deletion (p.E746_A750del), T790M not detected.\nDetails: EGFR c.2235_2249del p.E746_A750del VAF 24%; EGFR T790M: not detected.',
      ).sort(),
    ).toEqual([
      'EGFR p.Glu746_Ala750del present patient somatic pathogenic',
      'EGFR p.Thr790Met absent patient somatic null',
    ]);
    expect(sorted('EGFR exon 19 deletion (c.2235_2249del), T790M negative')).toEqual([
      'EGFR c.2235_2249del present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
  });
});
