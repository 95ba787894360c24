import { describe, expect, it } from 'vitest';
import type { Language } from '../../core/types.js';
import { loadPipeline } from '../../load-pipeline.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const pipeline = loadPipeline();

function genetics(text: string, language: Language = 'en', noteType?: string) {
  return pipeline.run({
    noteId: 't',
    personId: 'p',
    text,
    language,
    languageDetected: false,
    ...(noteType ? { noteType } : {}),
  }).annotation.genetics;
}

/** Findings as compact strings: "GENE variant kind status subject". */
const brief = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) =>
    [
      f.gene,
      f.hgvs_p ??
        f.hgvs_c ??
        `${f.kind}${f.exon ? ` ${f.exon}` : ''}${f.partner ? ` ${f.partner}` : ''}`,
      f.status,
      f.subject,
    ].join(' '),
  );

describe('genetics extractor', () => {
  it('reads named variants, normalised, with their gene', () => {
    expect(brief(genetics('Tumour NGS: EGFR L858R (VAF 31%); TP53 c.743G>A (p.R248Q).'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'TP53 p.Arg248Gln present patient',
    ]);
  });

  it('keeps c. and p. of one change as one finding, kind from the change', () => {
    const [f] = genetics('Germline: BRCA2 c.5946delT (p.Ser1982Argfs*22), pathogenic.');
    expect(f).toMatchObject({
      gene: 'BRCA2',
      hgvs_c: 'c.5946del',
      hgvs_p: 'p.Ser1982ArgfsTer22',
      kind: 'frameshift',
      significance: 'pathogenic',
      origin: 'germline',
    });
  });

  it('makes one absent entry per gene of a negative list', () => {
    expect(brief(genetics('No pathogenic variants were identified in BRCA1 or BRCA2.'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(brief(genetics('EGFR: negative; KRAS: G12C detected; ALK: not detected'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS p.Gly12Cys present patient',
      'ALK wild_type absent patient',
    ]);
  });

  it('keeps the class of a negative: fusion, amplification, exon skipping', () => {
    expect(
      brief(
        genetics(
          'No ALK/ROS1/RET fusions; ERBB2 not amplified; MET exon 14 skipping not detected.',
        ),
      ),
    ).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
      'ERBB2 amplification absent patient',
      'MET exon_skipping 14 absent patient',
    ]);
  });

  it('names fusions after the 3′ kinase gene, with the partner', () => {
    expect(
      brief(genetics('RNA panel: EML4::ALK fusion detected. RET fusion (KIF5B-RET).')),
    ).toEqual(['ALK fusion EML4 present patient', 'RET fusion KIF5B present patient']);
  });

  it('tells a relative’s result from the patient’s', () => {
    expect(
      brief(
        genetics('Her mother carries BRCA1 c.68_69del. The patient tested negative for BRCA1.'),
      ),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 wild_type absent patient']);
  });

  it('is not fooled by drugs, protein results, pending tests or kidney function', () => {
    const text = [
      'Started osimertinib (EGFR-TKI); anti-EGFR antibody not indicated.',
      'HER2 IHC 3+; ER positive; PD-L1 TPS 80%; Ki-67 30%; MMR IHC: loss of MLH1 and PMS2.',
      'MGMT promoter methylated. TMB 12 mut/Mb, MSI-H.',
      'ROS1 FISH pending. If T790M emerges, consider osimertinib.',
      'eGFR 58 mL/min; 4 METs on stress test; CAT scan ordered.',
    ].join('\n');
    expect(genetics(text)).toEqual([]);
  });

  it('reads Japanese results, full width included', () => {
    expect(
      brief(
        genetics(
          'ＥＧＦＲ遺伝子変異陽性（エクソン19欠失）。ALK融合遺伝子陰性。KRAS G12Cは未検。',
          'ja',
        ),
      ),
    ).toEqual(['EGFR exon_deletion 19 present patient', 'ALK fusion absent patient']);
  });

  it('gives drivers their default significance and origin (spec 3)', () => {
    const [f] = genetics('Lung adenocarcinoma, BRAF V600E positive, on dabrafenib/trametinib.');
    expect(f).toMatchObject({ gene: 'BRAF', significance: 'pathogenic', origin: 'somatic' });
  });

  it('takes a variant named elsewhere for a relative or the patient', () => {
    const text = [
      'Her sister carries BRCA2 c.5946del (p.Ser1982Argfs*22), pathogenic.',
      'Result: the patient does NOT carry the familial BRCA2 variant.',
    ].join('\n');
    expect(brief(genetics(text, 'en', 'genetic_counselling'))).toEqual([
      'BRCA2 p.Ser1982ArgfsTer22 present family',
      'BRCA2 p.Ser1982ArgfsTer22 absent patient',
    ]);
  });

  it('reads report tables: classification column, and other names left out', () => {
    const text = [
      'Gene     Variant                   Legacy name   VAF    Tier',
      'KEAP1    p.G333C (c.997G>T)        -             41%    IIC',
      'MUTYH    c.536A>G p.(Tyr179Cys)    Y165C         48%    III',
    ].join('\n');
    const found = genetics(text);
    expect(found.map((f) => [f.gene, f.hgvs_p, f.significance])).toEqual([
      ['KEAP1', 'p.Gly333Cys', 'pathogenic'],
      ['MUTYH', 'p.Tyr179Cys', 'uncertain'],
    ]);
  });

  it('does not read method lines or stain sections as results', () => {
    const text = [
      'Method: JAK2 V617F ddPCR; NGS of JAK2 exons 12-15.',
      'IMMUNOHISTOCHEMISTRY',
      '  ERG: positive in tumour cells. PTEN: loss of expression.',
    ].join('\n');
    expect(genetics(text)).toEqual([]);
  });

  it('maps clinical aliases to HGNC symbols', () => {
    expect(brief(genetics('HER2 (ERBB2) amplification by FISH, ratio 5.1. c-MET amp.'))).toEqual([
      'ERBB2 amplification present patient',
      'MET amplification present patient',
    ]);
  });
});
