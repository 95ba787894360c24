import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant-or-kind status subject". */
const keys = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject}`)
    .sort();

describe('genetics extractor, Japanese prober pgja7 items 1, 2, 4, 5, 8, 11 and 12 (fpj7a)', () => {
  it('reads an English "No …" sentence closing a Japanese line with the English rules (item 1)', () => {
    expect(keys(genetics('EGFR L858R検出。No ALK fusion detected.'))).toEqual([
      'ALK fusion absent patient',
      'EGFR p.Leu858Arg present patient',
    ]);
    expect(keys(genetics('EGFR L858R検出. No ALK/ROS1 fusions detected.'))).toEqual([
      'ALK fusion absent patient',
      'EGFR p.Leu858Arg present patient',
      'ROS1 fusion absent patient',
    ]);
    expect(keys(genetics('EGFR L858R陽性、No EGFR T790M detected.'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(keys(genetics('BRAF V600E陽性。No KRAS, NRAS mutations.'))).toEqual([
      'BRAF p.Val600Glu present patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(keys(genetics('AML。No FLT3-ITD detected.'))).toEqual([
      'FLT3 duplication absent patient',
    ]);
    // (The class named after "No fusions" is each gene's, decision 5.)
    expect(keys(genetics('EGFR L858R陽性。No fusions detected in ALK, ROS1, RET.'))).toEqual([
      'ALK fusion absent patient',
      'EGFR p.Leu858Arg present patient',
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(
      keys(
        genetics(
          '結果（英文）：No pathogenic or likely pathogenic variants identified in MLH1, MSH2, MSH6, PMS2, EPCAM.',
        ),
      ),
    ).toHaveLength(5);
    // (The source stays the Japanese words' before it.)
    expect(
      genetics('BRACAnalysis（血液）。No pathogenic variants in BRCA1 or BRCA2.').map(
        (f) => f.origin,
      ),
    ).toEqual(['germline', 'germline']);
    // (Controls: a tail opened by a gene or change, or naming no gene, stays with the Japanese
    // line: "…T790M not detected、Exon 19 deletion not detected" after EGFR.)
    expect(keys(genetics('EGFR L858R陽性、T790M negative'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(
      keys(
        genetics('結果：EGFR L858R detected、T790M not detected、Exon 19 deletion not detected'),
      ),
    ).toEqual([
      'EGFR exon_deletion absent patient',
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
  });

  it('shares a いずれも negative with a named change heading the list (item 2, decision 109)', () => {
    for (const text of [
      'JAK2 V617F、CALR、MPLはいずれも陰性（トリプルネガティブ）。',
      'JAK2 V617F・CALR・MPLはいずれも陰性であった。',
    ]) {
      expect(keys(genetics(text)), text).toEqual([
        'CALR wild_type absent patient',
        'JAK2 p.Val617Phe absent patient',
        'MPL wild_type absent patient',
      ]);
    }
    expect(keys(genetics('JAK2 V617FとCALRはいずれも陰性。'))).toEqual([
      'CALR wild_type absent patient',
      'JAK2 p.Val617Phe absent patient',
    ]);
    expect(keys(genetics('KRAS G12C、EGFR、ALKはすべて陰性'))).toEqual([
      'ALK wild_type absent patient',
      'EGFR wild_type absent patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
    // (Controls: the later gene's own topic, and a group of its own after the comma.)
    expect(keys(genetics('BRCA2 c.5946del、BRCA1は陰性'))).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 c.5946del present patient',
    ]);
    expect(keys(genetics('EGFR L858R、ALK・ROS1はいずれも陰性'))).toEqual([
      'ALK wild_type absent patient',
      'EGFR p.Leu858Arg present patient',
      'ROS1 wild_type absent patient',
    ]);
  });

  it("reads the client's 確認検査 after a relative's variant, and no carrier behind 家系内 (item 4)", () => {
    expect(keys(genetics('姉がMSH2 c.942+3A>T保持者。本人は確認検査で陰性。'))).toEqual([
      'MSH2 c.942+3A>T absent patient',
      'MSH2 c.942+3A>T present family',
    ]);
    expect(keys(genetics('母がBRCA1 c.68_69del保持。本人は確認検査で陽性。'))).toEqual([
      'BRCA1 c.68_69del present family',
      'BRCA1 c.68_69del present patient',
    ]);
    expect(keys(genetics('兄にMLH1 c.1852_1854del（病的）を認める。本人の確認検査：陰性'))).toEqual(
      ['MLH1 c.1852_1854del absent patient', 'MLH1 c.1852_1854del present family'],
    );
    expect(keys(genetics('母：BRCA1 c.68_69del（病的）。本人：確認検査で陰性。'))).toEqual([
      'BRCA1 c.68_69del absent patient',
      'BRCA1 c.68_69del present family',
    ]);
    const familial = genetics('家系内バリアント（BRCA1 c.68_69del）の確認検査：陰性');
    expect(keys(familial)).toEqual(['BRCA1 c.68_69del absent patient']);
    expect(familial[0]?.origin).toBe('germline');
    expect(
      keys(genetics('家系内バリアント（BRCA2 c.5946del）のシングルサイト検査：本人陽性')),
    ).toEqual(['BRCA2 c.5946del present patient']);
    // (Controls: decision 113's people list, and a confirmation label over a found variant.)
    expect(
      keys(genetics('既知の家系内バリアント（BRCA1 c.68_69del）：本人 陽性、妹 陰性')),
    ).toEqual(['BRCA1 c.68_69del absent family', 'BRCA1 c.68_69del present patient']);
    expect(keys(genetics('確認検査（血液）：BRCA1 c.5266dup 病的バリアント'))).toEqual([
      'BRCA1 c.5266dup present patient',
    ]);
  });

  it("keeps the client's variant before a plan to test relatives (item 5)", () => {
    for (const text of [
      'CDH1：c.1003C>T（p.R335*）病的、家系内確認検査を推奨',
      'BRCA2 c.5946del（病的）、家系内確認検査を推奨。',
      'MLH1 c.1852_1854del 病的、ご家族の確認検査を検討。',
      'BRCA2 c.5946del 病的、家族の確認検査を検討中。',
      'MLH1 c.1852_1854del 病的、娘の確認検査を検討。',
      'APC c.3927_3931del 病的、血縁者の発症前検査を提案。',
    ]) {
      const found = genetics(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]?.status, text).toBe('present');
      expect(found[0]?.subject, text).toBe('patient');
    }
    // (Control: the relative's own variant stays the relative's.)
    expect(keys(genetics('母のBRCA1 c.68_69del（病的）、本人の確認検査を推奨。'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
  });

  it('expands a number-only gene series written with 、・ or と (item 8)', () => {
    for (const text of [
      'BRCA1、2ともに陰性',
      'BRCA1、2：病的バリアントなし',
      'BRCA1・2遺伝学的検査：陰性',
      'BRCA1と2はいずれも陰性',
    ]) {
      expect(keys(genetics(text)), text).toEqual([
        'BRCA1 wild_type absent patient',
        'BRCA2 wild_type absent patient',
      ]);
    }
    expect(keys(genetics('IDH1・2：陰性'))).toEqual([
      'IDH1 wild_type absent patient',
      'IDH2 wild_type absent patient',
    ]);
    expect(keys(genetics('NTRK1、2、3融合遺伝子：陰性'))).toEqual([
      'NTRK1 fusion absent patient',
      'NTRK2 fusion absent patient',
      'NTRK3 fusion absent patient',
    ]);
    expect(keys(genetics('BRCA1、2の病的バリアント：BRCA2 c.5946del陽性'))).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
    // (Controls: a count or a date after the gene.)
    expect(genetics('RUNX1、2か月後に再検')).toEqual([]);
    expect(keys(genetics('BRCA1、2023年に陰性'))).toEqual(['BRCA1 wild_type absent patient']);
  });

  it('keeps a benign or VUS variant beside a negative of pathogenic variants (item 11)', () => {
    for (const [text, significance] of [
      ['MLH1：c.655A>G（良性）のみ、病的バリアントなし', 'benign'],
      ['BRCA1：c.4535G>T（おそらく良性）のみ、病的バリアントなし', 'likely_benign'],
      ['MSH6 c.3226C>T（VUS）のみ、病的バリアントなし', 'uncertain'],
      ['MLH1 c.655A>G（p.I219V）は良性の多型であり、病的バリアントは検出されなかった。', 'benign'],
    ] as const) {
      const found = genetics(text);
      expect(found, text).toHaveLength(1);
      expect(found[0]?.status, text).toBe('present');
      expect(found[0]?.significance, text).toBe(significance);
    }
    expect(keys(genetics('VUS：ATM c.5558A>T（p.D1853V）、その他病的バリアントなし。'))).toEqual([
      'ATM p.Asp1853Val present patient',
    ]);
    // (Control: a pathogenic variant's own negative stays its own.)
    expect(keys(genetics('BRCA2 c.5946del（病的）：検出されず'))).toEqual([
      'BRCA2 c.5946del absent patient',
    ]);
  });

  it('gives nothing for PML, APC resistance and NF1 / MEN1 / VHL病 as diseases (item 12)', () => {
    for (const text of [
      'リツキシマブ投与後、PML（進行性多巣性白質脳症）の発症なし。',
      'JCウイルス陰性、PMLを疑う所見なし。',
      '進行性多巣性白質脳症（PML）の既往なし',
      'APC抵抗性：陰性',
      '活性化プロテインC（APC）レジスタンス陽性',
      'NF1（神経線維腫症1型）の家族歴あり',
      'NF1の既往あり、カフェオレ斑多数。',
      'MEN1の家族歴あり',
      'VHL病の家族歴あり',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
    // (Controls: the genes written with a change, and the APL fusion beside the brain disease.)
    expect(keys(genetics('VHL病（VHL c.499C>T保有）'))).toEqual(['VHL c.499C>T present patient']);
    expect(keys(genetics('NF1 c.1381C>T（病的）を検出'))).toEqual([
      'NF1 c.1381C>T present patient',
    ]);
    expect(keys(genetics('PML-RARA陽性。進行性多巣性白質脳症の既往なし'))).toEqual([
      'RARA fusion present patient',
    ]);
  });
});
