import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'ja', noteType);

/** Findings as "GENE variant kind exon status subject". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? '-'} ${f.kind} ${f.exon ?? '-'} ${f.status} ${f.subject}`,
    )
    .sort();

describe('genetics extractor, Japanese (dev74 phenomena)', () => {
  it('keeps a resistance change apart from the exon skipping it was found beside', () => {
    // (ja-g-7429: MET D1228N on tepotinib beside the METex14 skipping it was given for.)
    expect(
      findings(
        genetics(
          '2024/02 AmoyDx（組織）：MET エクソン14 スキッピング 陽性\n2025/11 Guardant360（血漿）：MET D1228N 出現（0.7%）、MET 増幅は認めず、METex14 スキッピングは持続',
        ),
      ),
    ).toEqual([
      'MET - amplification - absent patient',
      'MET - exon_skipping 14 present patient',
      'MET p.Asp1228Asn snv - present patient',
    ]);
    expect(
      findings(
        genetics('METエクソン14スキッピング陽性。カプマチニブ耐性化後の血漿で MET Y1230C を検出。'),
      ),
    ).toEqual(['MET - exon_skipping 14 present patient', 'MET p.Tyr1230Cys snv - present patient']);
    // (The splice change, the exon's last base, or a change written with the words is the skipping.)
    expect(
      findings(
        genetics('METエクソン14スキッピング陽性。\nNGS：MET c.3028+2T>C を検出（VAF 22%）。'),
      ),
    ).toEqual(['MET c.3028+2T>C snv 14 present patient']);
    expect(
      findings(genetics('MET c.3028G>T（p.D1010Y）、エクソン14のスキッピングを来す変異を検出。')),
    ).toEqual(['MET p.Asp1010Tyr snv 14 present patient']);
    expect(findings(genetics('METエクソン14スキッピング（p.D1010N）を検出。'))).toEqual([
      'MET p.Asp1010Asn snv 14 present patient',
    ]);
  });

  it('reads 出現 with its measure after it as found, not the negative after the comma', () => {
    expect(
      findings(genetics('リキッド：ALK G1202R 出現 VAF 3.1%、ALK I1171N は検出されず。')),
    ).toEqual(['ALK p.Gly1202Arg snv - present patient', 'ALK p.Ile1171Asn snv - absent patient']);
    expect(findings(genetics('EGFR T790M 出現（0.4%）、C797S は検出されず。'))).toEqual([
      'EGFR p.Cys797Ser snv - absent patient',
      'EGFR p.Thr790Met snv - present patient',
    ]);
    // (A hedge stays a hedge.)
    expect(findings(genetics('T790M出現（疑い）、再検予定。'))).toEqual([]);
  });

  it('gives nothing for a trial aimed at a gene and its class word', () => {
    // (ja-g-7430: "ARID1A 変異を対象とする治験は現時点で国内になし" is no ARID1A negative.)
    expect(findings(genetics('ARID1A 変異を対象とする治験は現時点で国内になし。'))).toEqual([]);
    expect(findings(genetics('BRCA2 病的バリアントを対象とした治験は院内になし。'))).toEqual([]);
    expect(findings(genetics('KRAS G12R 変異を対象とする国内治験はなし。'))).toEqual([]);
    expect(findings(genetics('ARID1A 変異を認めず。'))).toEqual([
      'ARID1A - wild_type - absent patient',
    ]);
  });

  it("reads a relative's test with a long bracket after the relative as theirs", () => {
    // (ja-g-7405: the mother's age, disease and clinic in the bracket.)
    expect(
      findings(
        genetics(
          '背景：母（69歳、卵巣癌 IIIC期、当院婦人科通院中）の BRCA1/2 遺伝学的検査で、BRCA1 c.2800C>T（p.Gln934Ter）が病的バリアントとして同定されている（2024/12）。',
        ),
      ),
    ).toEqual(['BRCA1 p.Gln934Ter snv - present family']);
    expect(
      findings(
        genetics(
          '父（72歳、前立腺癌、ホルモン療法中）の生殖細胞系列検査で ATM c.1564_1565del を認めた。',
        ),
      ),
    ).toEqual(['ATM c.1564_1565del frameshift - present family']);
    // (Not the patient's own test after the relative's history.)
    expect(
      findings(genetics('母（69歳、卵巣癌）の乳癌から、本人の検査で BRCA2 c.5946del を検出。')),
    ).toEqual(['BRCA2 c.5946del frameshift - present patient']);
  });
});
