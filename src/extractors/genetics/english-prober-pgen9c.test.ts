import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';

const genetics = (text: string) => geneticsOf(text, 'en');

/** Findings with their origin and class: "GENE variant status subject origin significance". */
const full = (text: string) =>
  genetics(text).map((f) => `${brief([f])[0]} ${f.origin} ${f.significance}`);

describe('genetics extractor: English prober pgen9 items 1, 5, 6, 8, 9 and 12', () => {
  it('keeps an ALK+/ROS1+/RET+ tumour label as the fusion beside a resistance change (item 5)', () => {
    for (const [text, gene, change] of [
      ['ALK+ NSCLC on lorlatinib; prior ALK G1202R (2023).', 'ALK', 'p.Gly1202Arg'],
      ['ALK+ NSCLC on alectinib -> lorlatinib after ALK G1202R.', 'ALK', 'p.Gly1202Arg'],
      [
        'ALK positive lung adenocarcinoma on lorlatinib; ALK I1171N on ctDNA.',
        'ALK',
        'p.Ile1171Asn',
      ],
      ['ROS1+ NSCLC on crizotinib; ROS1 G2032R (2024).', 'ROS1', 'p.Gly2032Arg'],
      ['Dx: ALK+ lung adenocarcinoma. PD 2025 with ALK L1196M.', 'ALK', 'p.Leu1196Met'],
      ['NTRK1+ sarcoma; NTRK1 G595R on larotrectinib.', 'NTRK1', 'p.Gly595Arg'],
      ['ALK+ (FISH) NSCLC; ALK G1202R', 'ALK', 'p.Gly1202Arg'],
    ] as const) {
      expect(brief(genetics(text)).sort(), text).toEqual(
        [`${gene} ${change} present patient`, `${gene} fusion present patient`].sort(),
      );
    }
    // The label joined by the rearrangement it restates is one fusion.
    expect(brief(genetics('ALK+ NSCLC. ALK rearrangement positive by FISH.'))).toEqual([
      'ALK fusion present patient',
    ]);
    // Not a RET mutation's tumour, nor an EGFR label, nor a stain.
    expect(brief(genetics('RET+ medullary thyroid carcinoma; RET M918T.'))).toEqual([
      'RET p.Met918Thr present patient',
    ]);
    expect(brief(genetics('EGFR+ NSCLC on osimertinib; EGFR C797S.'))).toEqual([
      'EGFR p.Cys797Ser present patient',
    ]);
    expect(brief(genetics('ALK+ (IHC) NSCLC; ALK G1202R'))).toEqual([
      'ALK p.Gly1202Arg present patient',
    ]);
  });

  it('reads a tumour variant confirmed germline as one germline finding (item 6)', () => {
    for (const text of [
      'Tumor: BRCA2 c.5946del (VAF 52%). Germline confirmation: positive.',
      'Tumor showed BRCA2 c.5946del; confirmed germline on blood.',
      'BRCA2 c.5946del detected in tumor and confirmed in germline.',
      'BRCA2 c.5946del (tumor VAF 51%; confirmed germline).',
      'Tumor NGS BRCA2 c.5946del, subsequently confirmed as germline.',
      'BRCA2 c.5946del (somatic and germline).',
      'BRCA2 c.5946del: present in tumor and blood.',
      'Tumor-detected BRCA2 c.5946del was germline on confirmatory testing.',
    ]) {
      expect(full(text), text).toEqual(['BRCA2 c.5946del present patient germline null']);
    }
    expect(full('Paired tumor/normal: BRCA2 c.5946del germline; KRAS G12D somatic.')).toEqual([
      'BRCA2 c.5946del present patient germline null',
      'KRAS p.Gly12Asp present patient somatic pathogenic',
    ]);
    // Not a negative, a doubt or a plan.
    for (const text of [
      'Tumor: BRCA2 c.5946del. Germline confirmation: negative.',
      'BRCA2 c.5946del on tumor NGS; not confirmed in germline.',
      'Tumor: BRCA2 c.5946del germline testing pending.',
      'Tumor: BRCA2 c.5946del, germline testing recommended.',
    ]) {
      expect(full(text), text).toEqual(['BRCA2 c.5946del present patient somatic null']);
    }
  });

  it("keeps both the patient's and a relative's entry of one shared variant (item 8)", () => {
    const both = ['BRCA2 c.5946del present patient', 'BRCA2 c.5946del present family'];
    for (const text of [
      'Germline testing: BRCA2 c.5946del, also in her mother.',
      'Germline BRCA2 c.5946del, also found in her sister.',
      'BRCA2 c.5946del (germline), also carried by her mother.',
      'Germline BRCA2 c.5946del, shared with her mother.',
      'Patient carries BRCA2 c.5946del, identified first in her sister.',
      'She carries the familial BRCA2 c.5946del (first found in her brother).',
      'Germline testing showed BRCA2 c.5946del, which her mother also carries.',
      'BRCA2 c.5946del (patient and mother).',
      'Germline BRCA2 c.5946del; her mother and daughter also carry it.',
    ]) {
      expect(brief(genetics(text)).sort(), text).toEqual([...both].sort());
    }
    // Found in her tumour is no relative.
    expect(brief(genetics('Germline BRCA2 c.5946del, also found in her tumor.'))).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
  });

  it('reads a negative for the familial variant that does not repeat the gene (item 9)', () => {
    expect(
      brief(genetics('Son tested positive for the familial MSH2 variant; daughter negative.')),
    ).toEqual(['MSH2 other present family', 'MSH2 other absent family']);
    expect(
      brief(genetics('Her daughter tested positive for BRCA1; her son tested negative.')),
    ).toEqual(['BRCA1 other present family', 'BRCA1 other absent family']);
    expect(
      full('Mother is a known BRCA1 carrier; patient tested negative for the familial variant.'),
    ).toEqual([
      'BRCA1 other present family germline null',
      'BRCA1 other absent patient germline null',
    ]);
    expect(
      brief(
        genetics('Mother has a pathogenic BRCA1 variant; patient negative on targeted testing.'),
      ),
    ).toEqual(['BRCA1 other present family', 'BRCA1 other absent patient']);
    expect(brief(genetics('Brother carries MLH1 c.350C>T; sister does not.'))).toEqual([
      'MLH1 c.350C>T present family',
      'MLH1 c.350C>T absent family',
    ]);
    // "does not" with its own verb after it is no carrier result.
    expect(brief(genetics('Brother carries MLH1 c.350C>T; sister does not smoke.'))).toEqual([
      'MLH1 c.350C>T present family',
    ]);
  });

  it('reads actionability qualifiers as no result of the change (item 12)', () => {
    expect(full('No targetable alteration (KRAS G12D).')).toEqual([
      'KRAS p.Gly12Asp present patient somatic pathogenic',
    ]);
    expect(full('No actionable mutation (TP53 R273H only).')).toEqual([
      'TP53 p.Arg273His present patient somatic null',
    ]);
    for (const text of [
      'Non-actionable: TP53 R273H. Actionable: none.',
      'Actionable: none. Non-actionable: TP53 R273H.',
      'Other: TP53 R273H. Pathogenic: none.',
    ]) {
      expect(full(text), text).toEqual(['TP53 p.Arg273His present patient somatic null']);
    }
    // A bracket of genes alone lists what was tested; a change's own negative stays.
    expect(brief(genetics('No actionable alterations (EGFR, ALK, ROS1).'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
    expect(brief(genetics('No actionable alterations (KRAS G12C not detected).'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
    ]);
    expect(full('KRAS G12D; Tier II')).toEqual([
      'KRAS p.Gly12Asp present patient somatic pathogenic',
    ]);
  });

  it('keeps an earlier result told before or bracketed after the change (item 1)', () => {
    expect(
      brief(genetics('Previously detected KRAS G12D was not found on this draw.')).sort(),
    ).toEqual(['KRAS p.Gly12Asp absent patient', 'KRAS p.Gly12Asp present patient']);
    expect(
      brief(genetics('O: ctDNA today EGFR L858R not detected (was 2.3% in 01/2025).')).sort(),
    ).toEqual(['EGFR p.Leu858Arg absent patient', 'EGFR p.Leu858Arg present patient']);
    expect(
      brief(genetics('AML relapse: FLT3-ITD newly detected (absent at diagnosis).')).sort(),
    ).toEqual(['FLT3 duplication absent patient', 'FLT3 duplication present patient']);
    // The same result told again adds nothing.
    expect(brief(genetics('KRAS G12D detected (previously positive).'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(brief(genetics('KRAS G12D not detected (was 0% in 01/2025).'))).toEqual([
      'KRAS p.Gly12Asp absent patient',
    ]);
  });
});
