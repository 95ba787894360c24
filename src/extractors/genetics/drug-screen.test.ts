import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => brief(geneticsOf(text, 'en'));

describe('genetics extractor: a urine drug screen is no gene list (vocab drug_screen)', () => {
  it('reads MET, THC and their kin among drug classes as no genes', () => {
    for (const text of [
      'UDS negative for MET, COC, THC',
      'Urine drug screen\nNegative:\nAMP\nMET\nCOC\nTHC\nOPI\nBZO',
      'Tox screen: MET neg, COC neg, THC pos',
      'Drug screen\nNegative: AMP, MET, COC, THC',
      'UDS positive for MET',
      'Urine tox: AMP neg, MET pos, THC pos, COC neg',
      'Toxicology screen: MET negative.',
      'UDS (+) THC, MET; (-) COC, OPI, BZO',
      'Utox\nAMP - neg\nMET - neg\nCOC - pos',
      'Drug screen results:\nPositive: MET, AMP\nNegative: THC, COC, OPI',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
  });

  it('keeps MET as a gene in genetic lists, also beside a drug screen', () => {
    for (const [text, want] of [
      [
        'Negative for: EGFR, ALK, ROS1, MET exon 14 skipping',
        [
          'EGFR wild_type absent patient',
          'ALK wild_type absent patient',
          'ROS1 wild_type absent patient',
          'MET exon_skipping 14 absent patient',
        ],
      ],
      ['MET amplification not detected', ['MET amplification absent patient']],
      [
        'Not detected:\nEGFR\nALK\nMET',
        [
          'EGFR wild_type absent patient',
          'ALK wild_type absent patient',
          'MET wild_type absent patient',
        ],
      ],
      [
        'NGS negative for KRAS, BRAF, MET',
        [
          'KRAS wild_type absent patient',
          'BRAF wild_type absent patient',
          'MET wild_type absent patient',
        ],
      ],
      [
        'Lung adenocarcinoma. NGS negative for EGFR, KRAS, MET.\n\nUrine drug screen\nNegative: AMP, MET, COC, THC',
        [
          'EGFR wild_type absent patient',
          'KRAS wild_type absent patient',
          'MET wild_type absent patient',
        ],
      ],
      [
        'NGS: MET amplification detected.\nUDS: MET positive, COC negative',
        ['MET amplification present patient'],
      ],
      // (A gene's own symbol repeated on its line is no list of drug classes.)
      [
        'MET FISH: MET/CEP7 ratio 1.3, mean MET copy number 3.4 - no amplification',
        ['MET amplification absent patient'],
      ],
    ] as const) {
      expect(genetics(text), text).toEqual(want);
    }
  });
});
