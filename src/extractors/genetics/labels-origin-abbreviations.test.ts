import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'en');

/** "GENE kind status c. p. exon significance origin subject", the fields these cases turn on. */
const cards = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) =>
    [
      f.gene,
      f.kind,
      f.status,
      f.hgvs_c ?? '-',
      f.hgvs_p ?? '-',
      f.exon ?? '-',
      f.significance ?? '-',
      f.origin,
      f.subject,
    ].join(' '),
  );

describe('genetics extractor: diagnosis labels keep their gene, exon and origin', () => {
  it('reads a gene named with its hereditary syndrome as its germline positive', () => {
    for (const text of [
      'MSH6-associated Lynch syndrome.',
      'PMS2 Lynch syndrome.',
      'Lynch syndrome, MSH2 type.',
      'A/P: MLH1-associated Lynch syndrome, colonoscopy yearly.',
      'Hx: TP53-related Li-Fraumeni syndrome, on Toronto protocol.',
    ]) {
      const found = cards(genetics(text));
      expect(found, text).toHaveLength(1);
      expect(found[0], text).toMatch(/ other present - - - - germline patient$/);
    }
    expect(cards(genetics('TP53-positive Li-Fraumeni syndrome.'))).toEqual([
      'TP53 other present - - - - germline patient',
    ]);
    expect(cards(genetics('Father: colon cancer at 42; Lynch (MSH2).'))).toEqual([
      'MSH2 other present - - - - germline family',
    ]);
    expect(cards(genetics('Lynch syndrome secondary to MSH2 exon 1-6 deletion.'))).toEqual([
      'MSH2 exon_deletion present - - - - germline patient',
    ]);
    // A panel or a test named for the syndrome is no result.
    expect(genetics('Germline MLH1, MSH2, MSH6, PMS2 Lynch panel sent.')).toEqual([]);
  });

  it('reads an inherited-cancer gene joined to its tumour as the germline positive', () => {
    expect(cards(genetics('BRCA1-associated triple-negative breast cancer.'))).toEqual([
      'BRCA1 other present - - - - germline patient',
    ]);
    expect(cards(genetics('BRCA2-associated pancreatic cancer.'))).toEqual([
      'BRCA2 other present - - - - germline patient',
    ]);
    expect(
      cards(
        genetics(
          'Assessment: PALB2-associated, homologous recombination-deficient pancreatic cancer.',
        ),
      ),
    ).toEqual(['PALB2 other present - - - - germline patient']);
    // A risk or a denial of such tumours, or a driver, is no inherited result.
    expect(genetics('Son has population risk for CHEK2-related cancers.')).toEqual([]);
    expect(genetics('Discussed MSH6-associated risks (colorectal, endometrial).')).toEqual([]);
    expect(genetics('Her tumour is not a BRCA1-associated breast cancer.')).toEqual([]);
    expect(genetics('KRAS-associated NSCLC on sotorasib.')).toEqual([]);
  });

  it('reads the syndrome beside a named change of the gene as that change', () => {
    const text =
      'MUTYH   c.536A>G    p.(Tyr179Cys)   heterozygous   Pathogenic\n' +
      'Interpretation: two pathogenic MUTYH variants (testing of\nrelatives can confirm phase) ' +
      'establish MUTYH-associated polyposis.';
    expect(genetics(text).map((f) => `${f.gene} ${f.hgvs_p} ${f.subject}`)).toEqual([
      'MUTYH p.Tyr179Cys patient',
    ]);
  });

  it('keeps the exon of "exon N-mutant"', () => {
    expect(cards(genetics('KIT exon 11-mutant GIST on imatinib.'))).toEqual([
      'KIT other present - - 11 pathogenic somatic patient',
    ]);
    expect(cards(genetics('KIT exon 9-mutated GIST on imatinib 800 mg.'))).toEqual([
      'KIT other present - - 9 pathogenic somatic patient',
    ]);
    // A range keeps none.
    expect(cards(genetics('KIT exon 11-13 mutated.'))).toEqual([
      'KIT other present - - - - somatic patient',
    ]);
  });

  it('keeps the germline prefix of a hyphenated "gBRCA2-mutated"', () => {
    expect(cards(genetics('gBRCA2-mutated pancreatic cancer on olaparib maintenance.'))).toEqual([
      'BRCA2 other present - - - - germline patient',
    ]);
    expect(cards(genetics('tBRCA2-mutated ovarian cancer.'))).toEqual([
      'BRCA2 other present - - - - somatic patient',
    ]);
  });

  it('reads bare genes a tumour is "with" as found', () => {
    expect(cards(genetics('Dx: AML with NPM1 and FLT3-ITD.'))).toEqual([
      'NPM1 other present - - - pathogenic somatic patient',
      'FLT3 duplication present - - - pathogenic somatic patient',
    ]);
    expect(cards(genetics('mCRPC with germline BRCA2 and somatic TP53.'))).toEqual([
      'BRCA2 other present - - - - germline patient',
      'TP53 other present - - - - somatic patient',
    ]);
    // Not when a result, a class or a test follows the genes.
    expect(genetics('CRC with MLH1 and PMS2 loss.')).toEqual([]);
    expect(genetics('Breast cancer with BRCA2 testing pending.')).toEqual([]);
  });
});

describe('genetics extractor: germline sources', () => {
  it('reads consumer tests, cheek swabs and "heritable" as germline', () => {
    for (const text of [
      '23andMe: BRCA1 185delAG detected.',
      'Direct-to-consumer test reported BRCA2 6174delT.',
      'Ancestry DNA showed MUTYH G396D.',
      'Cheek swab panel: BRCA2 c.5946del pathogenic.',
      'Consumer genetic testing found a CHEK2 c.1100delC.',
      'Heritable TP53 variant (c.524G>A).',
    ]) {
      expect(
        genetics(text).map((f) => f.origin),
        text,
      ).toEqual(['germline']);
    }
    expect(genetics('KRAS G12D is not heritable.').map((f) => f.origin)).toEqual(['somatic']);
  });

  it('reads a VHL syndrome heading its variant as germline', () => {
    expect(cards(genetics('VHL syndrome (VHL c.499C>T).'))).toEqual([
      'VHL snv present c.499C>T - - - germline patient',
    ]);
  });
});

describe('genetics extractor: MTHFR legacy names and rare germline forms', () => {
  it('reads MTHFR C677T and A1298C as coding changes, with no protein change', () => {
    expect(cards(genetics('MTHFR C677T homozygous.'))).toEqual([
      'MTHFR snv present c.665C>T - - - germline patient',
    ]);
    expect(cards(genetics('MTHFR A1298C heterozygous; C677T negative.'))).toEqual([
      'MTHFR snv present c.1286A>C - - - germline patient',
      'MTHFR snv absent c.665C>T - - - germline patient',
    ]);
  });

  it('reads a variant with its zygosity before its bracketed gene', () => {
    expect(cards(genetics('C282Y homozygous (HFE).'))).toEqual([
      'HFE snv present - p.Cys282Tyr - - germline patient',
    ]);
  });

  it("reads SMN1's count of two as a negative carrier test", () => {
    for (const text of [
      'SMA carrier: negative (SMN1 2 copies).',
      'SMN1: 2 copies - not a carrier.',
      'SMN1 copy number: 2.',
    ]) {
      expect(cards(genetics(text)), text).toEqual([
        'SMN1 wild_type absent - - - - germline patient',
      ]);
    }
    expect(cards(genetics('SMN1 exon 7: 1 copy - carrier.'))).toEqual([
      'SMN1 exon_deletion present - - 7 - germline patient',
    ]);
  });

  it('reads one heterozygote as a carrier, not a group', () => {
    expect(cards(genetics('ATM heterozygote, enhanced screening.'))).toEqual([
      'ATM other present - - - - germline patient',
    ]);
    expect(genetics('ATM heterozygotes have a modestly raised breast cancer risk.')).toEqual([]);
  });
});

describe('genetics extractor: clinical abbreviations that spell genes', () => {
  it('reads PAH, APC resistance and an NF1 diagnosis as clinical terms', () => {
    expect(genetics('PAH: negative on echo.')).toEqual([]);
    expect(genetics('NF1 diagnosis not confirmed.')).toEqual([]);
    expect(genetics('Referred to the NF1 clinic.')).toEqual([]);
    expect(
      cards(genetics('APC resistance negative; factor V Leiden negative.')).map((c) =>
        c.split(' ').slice(0, 4).join(' '),
      ),
    ).toEqual(['F5 snv absent c.1601G>A']);
  });

  it('keeps the genes where they are written as genes', () => {
    expect(cards(genetics('PAH c.728G>A homozygous (PKU).'))).toEqual([
      'PAH snv present c.728G>A - - - germline patient',
    ]);
    expect(
      genetics('Germline panel: APC negative, MUTYH negative.').map((f) => `${f.gene} ${f.kind}`),
    ).toEqual(['APC wild_type', 'MUTYH wild_type']);
    expect(
      genetics('Does not meet NF1 criteria; germline NF1 testing negative.').map(
        (f) => `${f.gene} ${f.kind} ${f.status}`,
      ),
    ).toEqual(['NF1 wild_type absent']);
  });
});
