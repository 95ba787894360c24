/**
 * Polarity and scope inside telegraphic lists (prober pgen3, items 1, 4, 8, 9 and 10): a comma
 * entry opened by its sample word, sign lists beside a PD-L1 value, a leading exception, a change
 * contrasted away and a VUS written after its gene.
 */
import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const en = (text: string) => brief(geneticsOf(text, 'en'));
const ja = (text: string) => brief(geneticsOf(text, 'ja'));

describe('a named change before the next comma entry keeps its own result', () => {
  it('reads an entry opened by its sample or origin word as an entry of its own', () => {
    const found = geneticsOf('EGFR L858R, germline TP53 negative.', 'en');
    expect(brief(found)).toEqual([
      'EGFR p.Leu858Arg present patient',
      'TP53 wild_type absent patient',
    ]);
    // The sample word is the next entry's origin, not the named change's.
    expect(found.map((f) => f.origin)).toEqual(['somatic', 'germline']);
    expect(en('BRAF V600E, tumour NRAS wt.')).toEqual([
      'BRAF p.Val600Glu present patient',
      'NRAS wild_type absent patient',
    ]);
    const leaked = geneticsOf(
      'Pancreatic adenocarcinoma, KRAS G12R, germline PALB2 c.172_175del.',
      'en',
    );
    expect(leaked.map((f) => `${f.gene} ${f.origin}`)).toEqual(['KRAS somatic', 'PALB2 germline']);
    // The sample word right after the change, with no other entry, is the change's own.
    expect(geneticsOf('TP53 R273H, germline (VAF 50%).', 'en')[0]?.origin).toBe('germline');
  });

  it('reads a slash or "and" list of genes after the comma as that entry', () => {
    for (const text of [
      'KRAS G12D, germline BRCA1/2 negative.',
      'KRAS G12D, BRCA1/2 negative.',
      'KRAS G12D, BRCA1 and BRCA2 negative.',
    ]) {
      expect(en(text)).toEqual([
        'KRAS p.Gly12Asp present patient',
        'BRCA1 wild_type absent patient',
        'BRCA2 wild_type absent patient',
      ]);
    }
    // A list of named changes of one sort still shares its result.
    expect(en('T790M, C797S: negative')).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
  });

  it('gives a gene-less germline call to the germline test (decision 68)', () => {
    for (const text of ['KRAS G12D, germline negative.', 'KRAS G12D, germline testing negative.']) {
      const found = geneticsOf(text, 'en');
      expect(brief(found)).toEqual(['KRAS p.Gly12Asp present patient']);
      expect(found[0]?.origin).toBe('somatic');
    }
  });

  it('reads AR-V7 as no gene, so its negative is not the loss before it (decision 34)', () => {
    expect(en('BRCA2 somatic loss, AR-V7 negative.')).toEqual(['BRCA2 copy_loss present patient']);
    expect(en('BRCA2 c.5946del, AR-V7 negative.')).toEqual(['BRCA2 c.5946del present patient']);
    expect(en('AR amplification, AR-V7 positive.')).toEqual(['AR amplification present patient']);
  });

  it('reads a spaced plus after a driver as its positive', () => {
    expect(en('KRAS +, EGFR -')).toEqual([
      'KRAS other present patient',
      'EGFR wild_type absent patient',
    ]);
    expect(en('ALK +, EGFR -')).toEqual([
      'ALK fusion present patient',
      'EGFR wild_type absent patient',
    ]);
    // Stains' plus signs stay no finding.
    expect(en('ER +, PR +, HER2 -')).toEqual([]);
  });
});

describe('gene sign lists beside a PD-L1 value', () => {
  it('keeps glued and spaced signs as gene results', () => {
    expect(en('EGFR-/ALK-/ROS1+/PD-L1 5%')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 fusion present patient',
    ]);
    expect(en('EGFR -, ALK -, PD-L1 20%')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
    ]);
    expect(en('Biomarkers: EGFR -, ALK -, ROS1 -, KRAS G12C +, PD-L1 80%')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(ja('EGFR－/ALK－/ROS1＋/PD-L1 5%')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 fusion present patient',
    ]);
    // A line of receptor stains stays stains.
    expect(en('ER+/PR+/HER2-, Ki-67 20%')).toEqual([]);
  });
});

describe('an exception names what was found', () => {
  it('reads "Other than / Aside from / Except for X, no alterations" as X found', () => {
    for (const [text, change] of [
      ['Other than a KRAS G12D, no alterations were found.', 'KRAS p.Gly12Asp'],
      ['Aside from KRAS G12D, no alterations were detected.', 'KRAS p.Gly12Asp'],
      ['Except for TP53 R273H, no mutations were detected.', 'TP53 p.Arg273His'],
      ['With the exception of PIK3CA H1047R, no variants were identified.', 'PIK3CA p.His1047Arg'],
      ['Wild-type except BRAF.', 'BRAF other'],
    ] as const) {
      expect(en(text)).toEqual([`${change} present patient`]);
    }
    // A negative before "except" stays the genes' before it.
    expect(en('EGFR, ALK and ROS1 negative except KRAS G12C.')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
      'KRAS p.Gly12Cys present patient',
    ]);
  });

  it('reads the Japanese exception glued to the change the same way', () => {
    expect(ja('KRAS G12D以外に変異は認めず。')).toEqual(['KRAS p.Gly12Asp present patient']);
    expect(ja('KRAS G12Dを除き、変異は認めず。')).toEqual(['KRAS p.Gly12Asp present patient']);
    // "も" joins the named change to the negative.
    expect(ja('KRAS G12D、その他の変異も認めず')).toEqual(['KRAS p.Gly12Asp absent patient']);
  });
});

describe('a named change contrasted away', () => {
  it('gives nothing for the change set aside after another change of its gene', () => {
    for (const [text, kept] of [
      ['KRAS G12D (not G12C), so sotorasib is not an option.', 'KRAS p.Gly12Asp'],
      ['KRAS G12V, not a G12C.', 'KRAS p.Gly12Val'],
      ['It is an EGFR G719A, not L858R.', 'EGFR p.Gly719Ala'],
      ['KRAS G12D rather than G12C.', 'KRAS p.Gly12Asp'],
      ['EGFR exon 19 deletion (not L858R).', 'EGFR exon_deletion 19'],
    ] as const) {
      expect(en(text)).toEqual([`${kept} present patient`]);
    }
    // A negative of its own stays a negative.
    expect(en('KRAS G13D; no G12C.')).toEqual([
      'KRAS p.Gly13Asp present patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
  });
});

describe('a VUS written after its gene', () => {
  it('is the gene’s variant of uncertain significance, found', () => {
    const found = geneticsOf('Both BRCA1 and BRCA2 negative, PALB2 VUS.', 'en');
    expect(brief(found)).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'PALB2 other present patient',
    ]);
    expect(found[2]?.significance).toBe('uncertain');
    expect(en('ATM VUS.')).toEqual(['ATM other present patient']);
    expect(en('ATM: VUS')).toEqual(['ATM other present patient']);
    expect(en('No PALB2 VUS.')).toEqual(['PALB2 wild_type absent patient']);
    expect(en('The VUS was reclassified.')).toEqual([]);
  });
});
