import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant status subject origin significance exon", sorted. */
const full = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin} ${f.significance} ${f.exon}`,
    )
    .sort();

describe('genetics extractor, Japanese confirmations, hedges and people (pgja4 items 5, 7, 8, 10)', () => {
  it('reads a germline confirmation’s bare negative after a tumour variant as a second, germline absent entry', () => {
    // (ja decision 12, dev 33: present/somatic and absent/germline with the same HGVS.)
    const pair = (gene: string, change: string) => [
      `${gene} ${change} absent patient germline null null`,
      `${gene} ${change} present patient somatic null null`,
    ];
    for (const note of [
      '組織NGS：BRCA2 c.7007G>A検出。生殖細胞系列確認検査：陰性。',
      '組織NGS：BRCA2 c.7007G>A検出。確認検査（血液）では陰性。',
      '組織NGS：BRCA2 c.7007G>A検出。\n生殖細胞系列確認検査：陰性',
      '組織NGS：TP53 R273H、BRCA2 c.7007G>A検出。生殖細胞系列確認検査：陰性。',
    ]) {
      expect(
        full(genetics(note)).filter((f) => f.startsWith('BRCA2')),
        note,
      ).toEqual(pair('BRCA2', 'c.7007G>A'));
    }
    expect(full(genetics('腫瘍でATM c.7630-2A>Cを検出。唾液検体での確認検査では陰性。'))).toEqual(
      pair('ATM', 'c.7630-2A>C'),
    );
    expect(full(genetics('somatic BRCA2 c.5946del検出、germline陰性'))).toEqual(
      pair('BRCA2', 'c.5946del'),
    );
    expect(
      full(
        genetics(
          'FoundationOne CDxでPALB2 c.2167_2168delを検出（VAF 48%）。血液での確認検査の結果、陰性であった。',
        ),
      ),
    ).toEqual(pair('PALB2', 'c.2167_2168del'));
    // TP53 stays the tumour's alone: the confirmation is read for the inherited cancer gene.
    expect(
      full(genetics('組織NGS：TP53 R273H、BRCA2 c.7007G>A検出。生殖細胞系列確認検査：陰性。')),
    ).toContain('TP53 p.Arg273His present patient somatic null null');
  });

  it('keeps the tumour entry alone when the confirmation is no bare negative of it', () => {
    const tumourOnly = ['BRCA1 c.68_69del present patient somatic null null'];
    for (const note of [
      '腫瘍でBRCA1 c.68_69delを検出。確認検査が陰性であれば体細胞由来と考える。',
      '腫瘍でBRCA1 c.68_69delを検出。確認検査では病的バリアントを認めず。',
      '腫瘍でBRCA1 c.68_69delを検出。FISHによる確認検査では陰性。',
      '腫瘍でBRCA1 c.68_69delを検出。生殖細胞系列確認検査は未実施。',
      '腫瘍でBRCA1 c.68_69delを検出。\n\n確認検査：陰性',
    ]) {
      expect(full(genetics(note)), note).toEqual(tumourOnly);
    }
    // Not a driver of a tumour gene, nor a confirmation naming its genes.
    expect(full(genetics('KRAS G12D検出。生殖細胞系列確認検査：陰性。'))).toEqual([
      'KRAS p.Gly12Asp present patient somatic pathogenic null',
    ]);
    expect(
      full(genetics('腫瘍でBRCA1 c.68_69delを検出。確認検査：陰性（BRCA1/2）。')),
    ).not.toContain('BRCA1 c.68_69del absent patient germline null null');
    // A positive confirmation after a colon is the one germline finding (decision 12).
    expect(full(genetics('組織NGS：BRCA2 c.7007G>A検出。生殖細胞系列確認検査：陽性。'))).toEqual([
      'BRCA2 c.7007G>A present patient germline null null',
    ]);
  });

  it('keeps a tumour variant whose germline or secondary-finding status is only doubted', () => {
    // (ja decision 12: the tumour result stands, somatic.)
    for (const [note, finding] of [
      ['二次的所見の可能性があるバリアント：BRCA1 c.68_69del', 'BRCA1 c.68_69del'],
      ['遺伝性腫瘍の可能性あり、確認検査を推奨：ATM c.7630-2A>C', 'ATM c.7630-2A>C'],
      ['生殖細胞系列バリアントの可能性：PALB2 c.2167_2168del（VAF 49%）', 'PALB2 c.2167_2168del'],
      ['二次的所見の可能性：BRCA2 c.5946del（VAF 51%）→確認検査を提案。', 'BRCA2 c.5946del'],
      ['BRCA2 c.5946delは二次的所見の可能性がある。', 'BRCA2 c.5946del'],
      ['BRCA2 c.5946del（二次的所見の可能性あり）', 'BRCA2 c.5946del'],
      ['家族性腫瘍の可能性あり：CHEK2 c.1100del', 'CHEK2 c.1100del'],
    ] as const) {
      expect(full(genetics(note)), note).toEqual([`${finding} present patient somatic null null`]);
    }
    // A test done for the purpose, its result after it, is the germline test's result.
    expect(
      full(genetics('Lynch症候群の確認のため血液でMSH2を解析、c.942+3A>T（病的）を検出。')),
    ).toEqual(['MSH2 c.942+3A>T present patient germline pathogenic null']);
    // Still nothing: a test planned, a condition, a doubt with no variant found.
    for (const note of [
      'Lynch症候群の確認のため血液でMSH2を検査予定。',
      '遺伝性腫瘍の可能性があればBRCA2 c.5946delの確認検査を行う。',
      '遺伝性乳癌卵巣癌症候群の可能性あり。BRCA1/2遺伝学的検査を予定。',
    ]) {
      expect(genetics(note), note).toEqual([]);
    }
    // A secondary finding reported stays germline.
    expect(full(genetics('二次的所見としてBRCA1 c.68_69delを開示。'))).toEqual([
      'BRCA1 c.68_69del present patient germline null null',
    ]);
  });

  it('gives each person listed after a familial variant their own call', () => {
    // (ja decision 13: the relative's a family entry, kept apart from the client's.)
    for (const note of [
      '既知の家系内バリアント（BRCA1 c.68_69del）：本人 陽性、妹 陰性',
      'BRCA1 c.68_69del：本人 陽性、妹 陰性',
      'BRCA1 c.68_69delのシングルサイト検査：本人：陽性、妹：陰性',
      'BRCA1 c.68_69delのシングルサイト検査：妹 陰性、本人 陽性',
    ]) {
      expect(full(genetics(note)), note).toEqual([
        'BRCA1 c.68_69del absent family germline null null',
        'BRCA1 c.68_69del present patient germline null null',
      ]);
    }
    expect(full(genetics('BRCA1 c.68_69delのシングルサイト検査：本人 陰性、妹 陽性'))).toEqual([
      'BRCA1 c.68_69del absent patient germline null null',
      'BRCA1 c.68_69del present family germline null null',
    ]);
    // Several relatives with one call give one family entry; the mother as owner stays.
    expect(full(genetics('母の既知バリアント（BRCA1 c.68_69del）：本人 陰性、妹 陽性'))).toEqual([
      'BRCA1 c.68_69del absent patient germline null null',
      'BRCA1 c.68_69del present family germline null null',
    ]);
    // A per-person line of its own is unchanged.
    expect(full(genetics('長女：BRCA2 c.5946del 非保持、次女：保持'))).toEqual([
      'BRCA2 c.5946del absent family germline null null',
      'BRCA2 c.5946del present family germline null null',
    ]);
  });

  it('reads a carrier word glued to a relative’s possessed variant as the relative’s', () => {
    for (const note of [
      '遺伝カウンセリング：母のBRCA2 c.5946del保持が判明。本人は未検査。',
      '父のBRCA2 c.5946del保有が確認された。',
      '母のBRCA2 c.5946del陽性が判明。本人は検査希望なし。',
    ]) {
      expect(full(genetics(note)), note).toEqual([
        'BRCA2 c.5946del present family germline null null',
      ]);
    }
    // The client carries it when named, or when the relative is only compared with.
    for (const note of [
      '母のBRCA2 c.5946delを本人も保持。',
      '母と同じBRCA2 c.5946del保持。',
      '姉で同定されたBRCA2 c.5946del保持が判明。',
    ]) {
      expect(full(genetics(note)), note).toEqual([
        'BRCA2 c.5946del present family germline null null',
        'BRCA2 c.5946del present patient germline null null',
      ]);
    }
  });

  it('keeps an exon bracketed after a gene-level class word, and reads 陰性所見 as a heading', () => {
    // (ja decision 4: exon whenever stated; decision 10: KIT exon 11 in GIST is a driver.)
    for (const note of [
      'KIT遺伝子変異（exon 11）陽性',
      'KIT遺伝子変異陽性（exon 11）',
      'KIT変異（エクソン11）陽性',
    ]) {
      expect(full(genetics(note)), note).toEqual([
        'KIT other present patient somatic pathogenic 11',
      ]);
    }
    // A class in the bracket is the finding itself (decision 2); a negative keeps no exon.
    expect(full(genetics('EGFR遺伝子変異陽性（exon 19欠失）'))).toEqual([
      'EGFR exon_deletion present patient somatic pathogenic 19',
    ]);
    expect(full(genetics('KIT遺伝子変異（exon 9、11、13、17）陰性'))).toEqual([
      'KIT wild_type absent patient somatic null null',
    ]);
    expect(full(genetics('陰性所見：EGFR、ALK'))).toEqual([
      'ALK wild_type absent patient somatic null null',
      'EGFR wild_type absent patient somatic null null',
    ]);
    expect(full(genetics('陽性所見：KRAS G12C\n陰性所見：EGFR、ALK'))).toEqual([
      'ALK wild_type absent patient somatic null null',
      'EGFR wild_type absent patient somatic null null',
      'KRAS p.Gly12Cys present patient somatic pathogenic null',
    ]);
  });
});
