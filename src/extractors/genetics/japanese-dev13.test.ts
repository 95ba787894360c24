import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { Language } from '../../core/types.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string, language: Language = 'ja', noteType?: string) =>
  geneticsOf(text, language, noteType);

/** Findings with their exon: "GENE variant/kind exon status". */
const withExon = (findings: readonly GeneticAnnotation[]) =>
  findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.exon ?? '-'} ${f.status}`);

describe('genetics extractor, Japanese (dev13 phenomena)', () => {
  it('reads rows led by their exon as an exon table, with the gene of its title', () => {
    const text = [
      'EGFR遺伝子変異検査 結果報告書',
      '使用キット：コバスEGFR変異検出キットv2.0',
      '依頼科：呼吸器内科',
      '＜第1回＞検体：気管支鏡下生検',
      '　判定：判定不能（検体不良）',
      '＜第2回＞検体：CTガイド下肺生検',
      '　ｴｸｿﾝ18　G719X　　　検出せず',
      '　ｴｸｿﾝ19　欠失　　　　検出',
      '　ｴｸｿﾝ20　T790M　　　検出せず',
      '　ｴｸｿﾝ20　挿入　　　　検出せず',
      '　ｴｸｿﾝ21　L858R　　　検出せず',
    ].join('\n');
    expect(withExon(genetics(text, 'ja', 'molecular_pathology')).sort()).toEqual([
      'EGFR exon_deletion 19 present',
      'EGFR exon_insertion 20 absent',
      'EGFR p.Leu858Arg 21 absent',
      'EGFR p.Thr790Met 20 absent',
      'EGFR snv 18 absent',
    ]);
  });

  it('does not read one exon-led line of prose as a table row', () => {
    // A single line is no table: the exon stays with its own class word only.
    expect(withExon(genetics('EGFR遺伝子検査：エクソン19欠失 陽性'))).toEqual([
      'EGFR exon_deletion 19 present',
    ]);
  });

  it('keeps an exon written right before a change with no gene on its line', () => {
    expect(withExon(genetics('ＥＧＦＲ（ｺﾊﾞｽ）：ｴｸｿﾝ21 L858R 陽性／ｴｸｿﾝ20 T790M 陰性'))).toEqual([
      'EGFR p.Leu858Arg 21 present',
      'EGFR p.Thr790Met 20 absent',
    ]);
  });

  it('closes an item at a slash after its result', () => {
    expect(
      brief(
        genetics(
          '【検出されなかった主な遺伝子異常】\n　BRAF、NRAS：変異なし／NTRK融合遺伝子：なし／ERBB2：増幅なし',
        ),
      ),
    ).toEqual([
      'BRAF wild_type absent patient',
      'NRAS wild_type absent patient',
      'ERBB2 amplification absent patient',
    ]);
    // A slash with no result before it is a list ("ALK/ROS1融合遺伝子：陰性").
    expect(brief(genetics('ALK/ROS1融合遺伝子：陰性'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it('does not read "no trial" or "no indication" as a negative result', () => {
    expect(brief(genetics('KRAS G12V：該当する国内治験なし'))).toEqual([
      'KRAS p.Gly12Val present patient',
    ]);
    expect(brief(genetics('BRAF/MEK阻害薬の適応なし。'))).toEqual([]);
    // A plain なし after the variant is still its negative.
    expect(brief(genetics('KRAS G12V：なし'))).toEqual(['KRAS p.Gly12Val absent patient']);
  });

  it('reads a slash list of targets before a drug word as a drug name', () => {
    expect(brief(genetics('BRAF/MEK阻害薬を開始。ALK/ROS1阻害薬は適応外。'))).toEqual([]);
    expect(brief(genetics('Started BRAF/MEK inhibitors.', 'en'))).toEqual([]);
    // Without a drug word the list is a result list.
    expect(brief(genetics('KRAS/NRAS：変異なし'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('does not read a gene naming the test in a bracket after its variant as a result', () => {
    expect(brief(genetics('・BRAF V600E／V600K（THxID BRAF、2024/12）：陰性'))).toEqual([
      'BRAF p.Val600Glu absent patient',
      'BRAF p.Val600Lys absent patient',
    ]);
  });

  it('takes the class of a report block line "判定：Pathogenic" below the variant', () => {
    const text = [
      '【生殖細胞系列バリアント】',
      '　BRCA2　NM_000059.4:c.2808_2811del　p.(Ala938Profs*21)　ヘテロ接合',
      '　　判定：Pathogenic',
    ].join('\n');
    expect(genetics(text)[0]).toMatchObject({ gene: 'BRCA2', significance: 'pathogenic' });
  });

  it('does not take a block class line past the next entry', () => {
    const text = [
      '【体細胞変異】',
      '　TP53　c.742C>T（p.R248W）　VAF 33%　エビデンスレベル －',
      '　CDKN2A　ホモ接合性欠失　エビデンスレベル －',
      '【生殖細胞系列バリアント】',
      '　BRCA2　c.2808_2811del　p.(Ala938Profs*21)',
      '　　判定：Pathogenic',
    ].join('\n');
    const found = genetics(text, 'ja', 'ngs_report');
    expect(found.find((f) => f.gene === 'TP53')).toMatchObject({
      significance: null,
      origin: 'somatic',
    });
    expect(found.find((f) => f.gene === 'CDKN2A')).toMatchObject({
      significance: null,
      origin: 'somatic',
    });
    expect(found.find((f) => f.gene === 'BRCA2')).toMatchObject({ significance: 'pathogenic' });
  });

  it("gives a carrier of the familial variant the class stated for a relative's", () => {
    const text = [
      '来談者：34歳女性、未発症。',
      '母は遺伝学的検査で NM_007294.4(BRCA1):c.68_69del（p.Glu23ValfsTer17）病的バリアント保持。',
      '【結果】',
      '・来談者：BRCA1 c.68_69del を検出（ヘテロ接合）',
    ].join('\n');
    const found = genetics(text, 'ja', 'genetic_counselling');
    expect(found.filter((f) => f.hgvs_c === 'c.68_69del').map((f) => f.significance)).toEqual([
      'pathogenic',
      'pathogenic',
    ]);
  });

  it('reads a heading in brackets with a qualifier as the negative of the items after it', () => {
    expect(brief(genetics('【検出されなかった変異（抜粋）】BRAF V600E、NRAS、ERBB2増幅'))).toEqual([
      'BRAF p.Val600Glu absent patient',
      'NRAS wild_type absent patient',
      'ERBB2 amplification absent patient',
    ]);
    // A heading that names a finding is no negative heading.
    expect(brief(genetics('【今回検出された変異（抜粋）】BRAF V600E'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it('keeps a class word glued to the last gene of a flat mixed list to that gene', () => {
    expect(brief(genetics('KRAS G12C、NRAS、BRAF融合：検出されず'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
      'NRAS wild_type absent patient',
      'BRAF fusion absent patient',
    ]);
    // A list of genes alone shares its class word.
    expect(brief(genetics('ALK・ROS1・RET融合遺伝子：検出されず'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
  });

  it("keeps an earlier test's gene negative beside a later variant of the gene", () => {
    const text = [
      '前回組織検査（2022、MEBGEN RASKET-B）：KRAS・NRAS 野生型',
      '【今回検出された変異】',
      '　KRAS　Q61H（c.183A>T）　1.8%',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
      'KRAS p.Gln61His present patient',
    ]);
    // In one report, the gene's negative beside its variant adds nothing.
    expect(brief(genetics('KRAS・NRAS 野生型\nKRAS Q61H 検出', 'ja', 'ngs_report'))).toEqual([
      'NRAS wild_type absent patient',
      'KRAS p.Gln61His present patient',
    ]);
  });

  it('reads a classified change in a bracket after a gene-level negative as its own finding', () => {
    const found = genetics(
      'BRCA1：病的バリアントなし（c.2612C>T（p.Pro871Leu）は良性多型、ご依頼により記載）',
      'ja',
      'referral',
    );
    expect(brief(found)).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA1 p.Pro871Leu present patient',
    ]);
    expect(found[1]).toMatchObject({ significance: 'benign' });
    // A change named as the gene's own negative stays absent.
    expect(brief(genetics('BRCA1 c.2612C>T：検出されず'))).toEqual([
      'BRCA1 c.2612C>T absent patient',
    ]);
  });

  it('reads a protein change written in Japanese words', () => {
    const found = genetics(
      [
        '・RASKET-B：KRAS遺伝子エクソン2に、コドン12のグリシンがアスパラギン酸に置換する変異を検出。',
        '　BRAF：コドン600のバリンからグルタミン酸への置換は認めず。',
      ].join('\n'),
    );
    expect(withExon(found)).toEqual(['KRAS p.Gly12Asp 2 present', 'BRAF p.Val600Glu - absent']);
    expect(found[0]).toMatchObject({ significance: 'pathogenic' });
    // A codon with only its residue names no change (a codon-only negative).
    expect(brief(genetics('IDH1：コドン132のアルギニンに変異なし'))).toEqual([
      'IDH1 wild_type absent patient',
    ]);
  });

  it('joins a line wrapped after a comma, and ends a clause at a negative in ず', () => {
    const text = [
      '腫瘍組織のmyChoice診断システムで BRCA1 c.4327C>T（p.R1443*）を検出し、',
      'Pathogenic と報告されました（GIS 71、HRD陽性）。',
      '一方、血液でのBRACAnalysis（2025/7）では BRCA1・BRCA2 ともに病的バリアントは検出されず、',
      '腫瘍の BRCA1 変異は体細胞由来と考えております。',
    ].join('\n');
    const found = genetics(text, 'ja', 'referral');
    expect(found.map((f) => [f.gene, f.kind, f.status, f.significance, f.origin])).toEqual([
      ['BRCA1', 'snv', 'present', 'pathogenic', 'somatic'],
      ['BRCA1', 'wild_type', 'absent', null, 'germline'],
      ['BRCA2', 'wild_type', 'absent', null, 'germline'],
    ]);
  });

  it('gives a gene-level negative that names mutations and a class both entries', () => {
    expect(brief(genetics('KIT：変異・増幅ともに認めず'))).toEqual([
      'KIT wild_type absent patient',
      'KIT amplification absent patient',
    ]);
    // The class alone gives the class only.
    expect(brief(genetics('ERBB2：増幅なし'))).toEqual(['ERBB2 amplification absent patient']);
  });

  it('joins a stained protein change to the DNA change sequenced at its codon', () => {
    const found = genetics(
      '分子診断（2022）：IDH1 R132H（免疫染色）陽性、サンガー法で IDH1 c.395G>A を確認。',
    );
    expect(found).toEqual([
      expect.objectContaining({
        gene: 'IDH1',
        hgvs_c: 'c.395G>A',
        hgvs_p: 'p.Arg132His',
        significance: 'pathogenic',
      }),
    ]);
    // A stain alone is no finding.
    expect(genetics('IDH1 R132H（免疫染色）陽性。')).toEqual([]);
  });

  it('reads acquired anti-EGFR antibody resistance (EGFR S492R) as a driver', () => {
    expect(genetics('Guardant360：EGFR S492R（c.1474A>C）0.6%')[0]).toMatchObject({
      hgvs_p: 'p.Ser492Arg',
      significance: 'pathogenic',
    });
  });
});

describe('a hypothesis before the test, then its result (Japanese probe round 4)', () => {
  it('reads a positive expected, suspected or weighed before the test as no result', () => {
    for (const text of [
      'ALK陽性肺癌が疑われ、結果待ち。',
      'EGFR変異陽性が期待される。',
      'KRAS変異が強く疑われる。',
      'EGFR変異陽性を念頭に置いていた。',
      'ROS1陽性の可能性を考え、アレクチニブの効果が期待される。',
    ]) {
      expect(genetics(text)).toEqual([]);
    }
    // (Not a verdict that was not expected, or one that agreed.)
    expect(brief(genetics('EGFR変異陽性が予想外に判明した。'))).toEqual([
      'EGFR other present patient',
    ]);
    expect(brief(genetics('EGFR変異は期待通り陽性であった。'))).toEqual([
      'EGFR other present patient',
    ]);
    expect(brief(genetics('KRAS G12C陽性のためソトラシブが期待される。'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
  });

  it('ends the hedge at the contrast or at the test that answered it: the result after it stands', () => {
    for (const text of [
      '臨床的にはROS1陽性肺癌が強く疑われたが、RT-PCRでROS1融合遺伝子は検出されなかった。',
      'RET陽性例を想定してセルペルカチニブ導入を検討していたが、RET融合遺伝子は陰性と判明。',
      '臨床像からALK陽性の可能性が高いと考えたが、ALK融合遺伝子は陰性だった。',
      'ROS1陽性の可能性あり、再検査でROS1融合遺伝子陰性と確定した。',
    ]) {
      expect(brief(genetics(text))).toEqual([
        expect.stringMatching(/^(?:ALK|ROS1|RET) fusion absent patient$/),
      ]);
    }
    // The item before the hedge takes the result after the contrast.
    expect(brief(genetics('KRAS変異陽性と予想していたものの、結果は陰性。'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('BRAF V600E陽性が期待されたが、BRAF V600Eは陰性であった。'))).toEqual([
      'BRAF p.Val600Glu absent patient',
    ]);
    expect(
      brief(genetics('EGFR変異陽性を念頭に置いていた。しかし、EGFR遺伝子変異は陰性であった。')),
    ).toEqual(['EGFR wild_type absent patient']);
    // (A condition on the item before a hedge about something else stays: no result.)
    expect(
      genetics('FGFR2融合遺伝子が見つかれば分子標的薬の可能性があるが、見つからないことも多い。'),
    ).toEqual([]);
    // (A suspicion whose test found it is a positive.)
    expect(
      brief(genetics('ALK融合遺伝子陽性が疑われたため、FISHを施行したところ陽性であった。')),
    ).toEqual(['ALK fusion present patient']);
  });

  it('reads a stain’s positive between the gene and its class word as no finding, the DNA call after it', () => {
    for (const text of [
      'ROS1 IHC陽性だがFISHで再構成を認めなかった。',
      'ALK‐IHC弱陽性であったがFISHで融合遺伝子は確認されず、ALK陰性と判定。',
      'ALK（D5F3）陽性だがFISHで分離シグナルを認めず。',
    ]) {
      expect(brief(genetics(text))).toEqual([
        expect.stringMatching(/^(?:ALK|ROS1) fusion absent patient$/),
      ]);
    }
    expect(brief(genetics('ALK IHC陽性、FISHでも転座を確認。'))).toEqual([
      'ALK fusion present patient',
    ]);
    expect(genetics('ALK IHC陽性。FISH提出中。')).toEqual([]);
  });
});

describe('dev14', () => {
  it('reads the ELN-listed ABL1 kinase-domain resistance mutations as drivers', () => {
    expect(
      genetics('ABL1キナーゼドメイン解析（ニロチニブ投与中）：Y253H（c.757T>C）を検出。')[0],
    ).toMatchObject({ gene: 'ABL1', hgvs_p: 'p.Tyr253His', significance: 'pathogenic' });
    // Another ABL1 change, not on the list, has no class of its own.
    expect(genetics('ABL1キナーゼドメイン解析：K247R（c.740A>G）を検出。')[0]).toMatchObject({
      hgvs_p: 'p.Lys247Arg',
      significance: null,
    });
  });

  it('gives nothing for a class the method does not test', () => {
    const text = [
      'EGFR遺伝子変異解析（PCR法）：エクソン19欠失 陽性',
      '※本キットはエクソン20挿入変異を解析対象としておりません。',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'molecular_pathology'))).toEqual([
      'EGFR exon_deletion 19 present patient',
    ]);
    expect(genetics('MET エクソン14スキッピングは本パネルの検出範囲に含まれない。')).toEqual([]);
    // "解析対象とした" names what was tested: its result stands.
    expect(brief(genetics('EGFR：解析対象としたエクソン20挿入変異は陰性'))).toEqual([
      'EGFR exon_insertion 20 absent patient',
    ]);
  });

  it('expands a symbol followed by its siblings after slashes', () => {
    expect(brief(genetics('FGFR1/2/3融合遺伝子：検出されず')).sort()).toEqual([
      'FGFR1 fusion absent patient',
      'FGFR2 fusion absent patient',
      'FGFR3 fusion absent patient',
    ]);
    expect(brief(genetics('MSH2/6：病的バリアントなし')).sort()).toEqual([
      'MSH2 wild_type absent patient',
      'MSH6 wild_type absent patient',
    ]);
    // A drug class is still a drug; a year after a slash is no sibling.
    expect(genetics('CDK4/6阻害薬（アベマシクリブ）を継続。')).toEqual([]);
    expect(brief(genetics('FGFR2/2024年：融合遺伝子 陰性'))).toEqual([
      'FGFR2 fusion absent patient',
    ]);
  });

  it('reads "ではありません" and a caveat of the test as no result, "あり" still as one', () => {
    expect(
      genetics('本検査はBRCA1・BRCA2の他の領域にある病的バリアントを否定するものではありません。'),
    ).toEqual([]);
    expect(genetics('TP53 の病的バリアントを除外するものではない。')).toEqual([]);
    expect(brief(genetics('BRCA2：病的バリアントあり'))).toEqual(['BRCA2 other present patient']);
  });

  it('gives a result marked by は to its own gene, not to the variant listed before it', () => {
    const found = genetics(
      '#gBRCA1病的バリアント保持（BRACAnalysis：BRCA1 c.68_69del、BRCA2は陰性）',
    );
    expect(brief(found).sort()).toEqual([
      'BRCA1 c.68_69del present patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(found[0]).toMatchObject({ significance: 'pathogenic', origin: 'germline' });
    // Variants alone before the result share it.
    expect(brief(genetics('KRAS G12C、BRAF V600E は陰性')).sort()).toEqual([
      'BRAF p.Val600Glu absent patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
  });

  it('does not take "also in the tumour" as the source of a germline variant', () => {
    const germline = [
      '【生殖細胞系列バリアント】',
      '　PALB2　c.3113G>A（p.W1038*）　Pathogenic（腫瘍組織でも検出、VAF 55%）',
    ].join('\n');
    expect(genetics(germline, 'ja', 'ngs_report')[0]).toMatchObject({ origin: 'germline' });
    // "で検出" (no "も") still names where it was found.
    const tumour = ['【検出されたバリアント】', '　PALB2　c.3113G>A　Pathogenic（腫瘍組織で検出）'];
    expect(genetics(tumour.join('\n'), 'ja', 'ngs_report')[0]).toMatchObject({ origin: 'somatic' });
  });

  it('reads the tumour result quoted as the reason for a germline test as somatic', () => {
    const text = [
      '遺伝学的検査結果報告書（シングルサイト検査）',
      '検査目的：腫瘍組織の遺伝子パネル検査で PALB2 c.3113G>A（Pathogenic）が検出されたため、生殖細胞系列由来かどうかを確認する。',
      '検査方法：サンガー法',
      '結果：PALB2 c.3113G>A は検出されなかった。',
    ].join('\n');
    const found = genetics(text, 'ja', 'germline_report');
    expect(found.map((f) => `${f.status} ${f.origin}`).sort()).toEqual([
      'absent germline',
      'present somatic',
    ]);
    // A germline origin stated (not asked) still holds.
    const stated =
      '経緯：腫瘍組織のパネル検査で TP53 c.844C>T が検出され、生殖細胞系列の病的バリアントと判定された。';
    expect(genetics(stated, 'ja', 'genetic_counselling')[0]).toMatchObject({ origin: 'germline' });
  });

  it('stops at a bracketed section heading when looking up for a source', () => {
    const text = [
      '【体細胞変異】',
      '　KRAS　G12D　VAF 21%',
      '【生殖細胞系列バリアント】',
      '　BRCA2　c.5946del　病的',
      '【検出されなかった主な遺伝子異常】',
      '　BRAF：変異なし',
    ].join('\n');
    const braf = genetics(text, 'ja', 'ngs_report').find((f) => f.gene === 'BRAF');
    expect(braf).toMatchObject({ status: 'absent', origin: 'somatic' });
    // Without a heading between, the block's source holds.
    const block = [
      '【体細胞変異】',
      '　KRAS　G12D　VAF 21%',
      '',
      '【生殖細胞系列バリアント】',
      '　BRCA2　c.5946del　病的',
      '　ATM：病的バリアントなし',
    ];
    const atm = genetics(block.join('\n'), 'ja', 'ngs_report').find((f) => f.gene === 'ATM');
    expect(atm).toMatchObject({ status: 'absent', origin: 'germline' });
  });

  it('carries a relative topic into the next sentence that names no subject', () => {
    const text =
      '血縁者：姉（50歳）は他施設で検査を受けた。BRCA2 c.5946del を保持し、PALB2 の病的バリアントは認めず。';
    expect(brief(genetics(text, 'ja', 'genetic_counselling')).sort()).toEqual([
      'BRCA2 c.5946del present family',
      'PALB2 wild_type absent family',
    ]);
    // A sentence naming its own subject, or one on the next line, is not the relative's.
    expect(
      brief(genetics('姉（50歳）は他施設で検査済み。本人は BRCA2 c.5946del を保持。')),
    ).toEqual(['BRCA2 c.5946del present patient']);
    expect(brief(genetics('姉は他施設で検査済み。\nBRCA2 c.5946del を保持。'))).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
  });
});

describe('dev15', () => {
  const origins = (findings: readonly GeneticAnnotation[]) =>
    findings.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin}`);

  it('takes a germline test named for some genes as the source of those genes only', () => {
    const text = '#1 膵癌 StageIV\nKRAS G12D を検出。\n生殖細胞系列BRCA1/2：病的バリアントなし。';
    expect(origins(genetics(text, 'ja', 'progress'))).toEqual([
      'KRAS p.Gly12Asp present somatic',
      'BRCA1 wild_type absent germline',
      'BRCA2 wild_type absent germline',
    ]);
    // A source on a line naming no gene still speaks for the whole note.
    expect(
      origins(genetics('遺伝性腫瘍外来\nMLH1 c.1852_1854del を検出。', 'ja', 'progress')),
    ).toEqual(['MLH1 c.1852_1854del present germline']);
  });

  it('reads a tumour report as somatic though it names its secondary findings', () => {
    expect(
      origins(genetics('パネル検査結果\nKRAS G12D を検出。\n二次的所見：なし', 'ja', 'ngs_report')),
    ).toEqual(['KRAS p.Gly12Asp present somatic']);
    // A blood sample stated for the result itself is a germline source.
    const blood = 'パネル検査結果\n血液検体でPALB2 c.172_175del を検出し、病的バリアントと判定。';
    expect(origins(genetics(blood, 'ja', 'ngs_report'))).toEqual([
      'PALB2 c.172_175del present germline',
    ]);
  });

  it('does not join a row opened by a germline prefix to the line above', () => {
    const text = '#1 乳癌\n　 PIK3CA H1047R陽性（2021年）\n　 gBRCA1/2：陰性（BRACAnalysis）';
    expect(origins(genetics(text, 'ja', 'progress'))).toEqual([
      'PIK3CA p.His1047Arg present somatic',
      'BRCA1 wild_type absent germline',
      'BRCA2 wild_type absent germline',
    ]);
  });

  it('reads a hereditary tumour panel on blood as germline, a tumour panel as somatic', () => {
    const lines = (panel: string) =>
      [
        '45歳女性。腫瘍はMSH2染色消失。',
        `${panel}の報告書を確認した。`,
        '・MSH2 c.2131C>T：病的バリアント',
        '・MLH1、MSH6に病的バリアントなし',
      ].join('\n');
    expect(origins(genetics(lines('遺伝性腫瘍パネル（血液）'), 'ja', 'progress'))).toEqual([
      'MSH2 c.2131C>T present germline',
      'MLH1 wild_type absent germline',
      'MSH6 wild_type absent germline',
    ]);
    expect(origins(genetics(lines('腫瘍組織パネル'), 'ja', 'progress'))).toEqual([
      'MSH2 c.2131C>T present somatic',
      'MLH1 wild_type absent somatic',
      'MSH6 wild_type absent somatic',
    ]);
    // The blood of a paired tumour test, or the haematology department, is no germline source.
    const paired =
      '検査：がん遺伝子パネル（腫瘍＋血液）\n・KRAS G12D 検出\n・生殖細胞系列：病的バリアントなし';
    expect(origins(genetics(paired, 'ja', 'mdt_summary'))).toEqual([
      'KRAS p.Gly12Asp present somatic',
    ]);
    expect(origins(genetics('血液内科 外来\nJAK2 V617F 陽性', 'ja', 'progress'))).toEqual([
      'JAK2 p.Val617Phe present somatic',
    ]);
  });

  it('does not take a source from above a line opened by a bracketed heading', () => {
    const text = [
      'エキスパートパネル記録（がん遺伝子パネル検査）',
      '・生殖細胞系列：病的バリアントなし',
      '【討議】FGFR2融合遺伝子陽性のためペミガチニブを検討。',
    ].join('\n');
    expect(origins(genetics(text, 'ja', 'mdt_summary'))).toEqual(['FGFR2 fusion present somatic']);
    // A heading alone on its line is the source of the lines below it.
    expect(
      origins(genetics('【生殖細胞系列バリアント】\nBRCA2 c.5946del 病的', 'ja', 'mdt_summary')),
    ).toEqual(['BRCA2 c.5946del present germline']);
  });

  it('reads a tumour kit named above the results as their source', () => {
    const text = [
      '当科で提出したオンコマインDx Target Testの結果は以下の通りでした。',
      '　・RET融合遺伝子：陽性（CCDC6-RET）',
      'なお、生殖細胞系列RET変異の検査は行っておりません。',
    ].join('\n');
    expect(origins(genetics(text, 'ja', 'letter'))).toEqual(['RET fusion present somatic']);
  });

  it('reads a star-allele genotype as germline', () => {
    const text = [
      'Cardiology clinic',
      'CYP2C19 genotype: *2/*2 - poor metaboliser.',
      'JAK2 V617F detected.',
      'Familial hypercholesterolaemia panel: no pathogenic variant in LDLR.',
    ].join('\n');
    expect(origins(genetics(text, 'en', 'cardiology'))).toEqual([
      'CYP2C19 other present germline',
      'JAK2 p.Val617Phe present somatic',
      'LDLR wild_type absent germline',
    ]);
  });

  it('keeps a class glued to the last item of a 、 list to that item', () => {
    expect(
      brief(
        genetics(
          '検出されなかった主な遺伝子異常：BRCA1、BRCA2、KRAS、ERBB2増幅',
          'ja',
          'ngs_report',
        ),
      ),
    ).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
      'KRAS wild_type absent patient',
      'ERBB2 amplification absent patient',
    ]);
    // A ・ list shares it, and so does a list of fusion genes before a fusion word.
    for (const text of ['検出されず：ALK・ROS1・RET融合', 'ALK、ROS1、RET融合遺伝子：陰性']) {
      expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual([
        'ALK fusion absent patient',
        'ROS1 fusion absent patient',
        'RET fusion absent patient',
      ]);
    }
  });

  it('reads "エビデンスレベル該当なし" as no level, not as a negative', () => {
    const text = 'TP53 c.817C>T（p.R273C）VAF 52%、エビデンスレベル該当なし。';
    expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual(['TP53 p.Arg273Cys present patient']);
    expect(brief(genetics('KRAS：該当なし', 'ja', 'ngs_report'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
  });

  it('reads a class label with its result in brackets as the class of the list', () => {
    expect(brief(genetics('再構成（検出されず）：ALK、RET、NTRK1', 'ja', 'ngs_report'))).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'NTRK1 fusion absent patient',
    ]);
    expect(brief(genetics('検出されず：ALK、RET', 'ja', 'ngs_report'))).toEqual([
      'ALK wild_type absent patient',
      'RET wild_type absent patient',
    ]);
  });

  it('reads a mutation named with its kit as a test title, not a finding', () => {
    const text =
      '１．BRAF遺伝子変異（THxID BRAFキット）\n　　V600E：検出されず\n　　V600K：検出されず';
    expect(brief(genetics(text, 'ja', 'molecular_pathology'))).toEqual([
      'BRAF p.Val600Glu absent patient',
      'BRAF p.Val600Lys absent patient',
    ]);
    // A mutation named alone is still found.
    expect(brief(genetics('KIT遺伝子 エクソン11変異', 'ja', 'pathology'))).toEqual([
      'KIT other 11 present patient',
    ]);
  });

  it('reads a variant on a stain line, or one a stain points to, as no DNA finding', () => {
    expect(genetics('免疫染色：BRAF V600E（VE1）陽性、TTF-1（+）', 'ja', 'pathology')).toEqual([]);
    expect(
      genetics(
        'VE1陽性はBRAF V600E変異の存在を示唆しますが、遺伝子検査は行っていません。',
        'ja',
        'pathology',
      ),
    ).toEqual([]);
    expect(brief(genetics('遺伝子検査：BRAF V600E 陽性', 'ja', 'pathology'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
    expect(brief(genetics('NGSでBRAF V600E変異の存在を確認した。', 'ja', 'pathology'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it('does not take a stain marker on the line above as the gene of an exon class', () => {
    const text = [
      'EGFR エクソン20挿入変異を検出。',
      'PD-L1（22C3）TPS 10%。',
      '説明：エクソン20挿入変異には従来のTKIが効きにくい。',
    ].join('\n');
    expect(withExon(genetics(text, 'ja', 'oncology_consult'))).toEqual([
      'EGFR exon_insertion 20 present',
    ]);
    expect(
      withExon(genetics('EGFR遺伝子検査\nエクソン19欠失：陽性', 'ja', 'molecular_pathology')),
    ).toEqual(['EGFR exon_deletion 19 present']);
  });

  it('reads the conclusion after the arrow of an ISH line as the amplification result', () => {
    const text =
      'HER2：IHC 2+のためISHを追加。HER2/CEP17比 1.6、HER2シグナル 3.4個/核 → ASCO/CAPグループ5、増幅なし';
    expect(brief(genetics(text, 'ja', 'pathology'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    // Without the arrow the class is out of reach of the gene.
    expect(
      genetics(
        'HER2/CEP17比 1.6、HER2シグナル 3.4個/核、ASCO/CAPグループ5、増幅なし',
        'ja',
        'pathology',
      ),
    ).toEqual([]);
  });

  it('gives a gene negative in the tumour and in a germline test the germline source', () => {
    const tumour = 'myChoice：HRD陽性、腫瘍BRCA1/2変異：陰性。';
    expect(origins(genetics(tumour, 'ja', 'progress'))).toEqual([
      'BRCA1 wild_type absent somatic',
      'BRCA2 wild_type absent somatic',
    ]);
    const both = `${tumour}\n生殖細胞系列BRCA1/2検査（BRACAnalysis）：病的バリアントなし。`;
    expect(origins(genetics(both, 'ja', 'progress'))).toEqual([
      'BRCA1 wild_type absent germline',
      'BRCA2 wild_type absent germline',
    ]);
  });

  it('reads a zygosity call in a confirmation test as its result', () => {
    const found = 'FoundationOne CDxでBRCA2 c.7480C>T（VAF 51%）を検出。';
    const confirmed = `${found}\n本日、確認検査（血液）の結果を開示：BRCA2 c.7480C>T ヘテロ接合、病的バリアント。`;
    expect(origins(genetics(confirmed, 'ja', 'genetic_counselling'))).toEqual([
      'BRCA2 c.7480C>T present germline',
    ]);
    // A confirmation only recommended confirms nothing.
    const recommended = `${found}\n確認検査を推奨：BRCA2 c.7480C>T、病的バリアント。`;
    expect(origins(genetics(recommended, 'ja', 'progress'))).toEqual([
      'BRCA2 c.7480C>T present somatic',
    ]);
  });
});

describe('dev16', () => {
  const full = (findings: readonly GeneticAnnotation[]) =>
    findings.map((f) =>
      [
        f.gene,
        f.hgvs_c ?? '-',
        f.hgvs_p ?? '-',
        f.kind,
        f.partner ?? '-',
        f.status,
        f.subject,
      ].join(' '),
    );

  it('gives nothing for a change the system does not call (判定対象外, 評価対象外)', () => {
    expect(
      genetics('※METエクソン14スキッピングは本システムの判定対象外です。', 'ja', 'ngs_report'),
    ).toEqual([]);
    expect(genetics('NTRK融合遺伝子は本パネルの評価対象外。', 'ja', 'ngs_report')).toEqual([]);
    // "判定" alone is the call itself.
    expect(
      brief(genetics('METエクソン14スキッピング：検出（判定：陽性）', 'ja', 'ngs_report')),
    ).toEqual(['MET exon_skipping 14 present patient']);
  });

  it("drops a negative of a gene's other exons beside its pathogenic variant", () => {
    const rows = [
      '結果：',
      '　KIT ｴｸｿﾝ9：c.1504_1509dup（p.A502_Y503dup）を検出',
      '　KIT ｴｸｿﾝ11・13・17：変異なし',
      '　PDGFRA ｴｸｿﾝ12・14・18：変異なし',
    ];
    expect(brief(genetics(rows.join('\n'), 'ja', 'molecular_pathology'))).toEqual([
      'KIT p.Ala502_Tyr503dup present patient',
      'PDGFRA wild_type absent patient',
    ]);
    // With no positive in the gene, the exon-limited negative is the gene's wild_type.
    expect(
      brief(genetics([rows[0], rows[2], rows[3]].join('\n'), 'ja', 'molecular_pathology')),
    ).toEqual(['KIT wild_type absent patient', 'PDGFRA wild_type absent patient']);
    // Beside a VUS the gene is still negative for pathogenic changes (decision 14).
    const vus = ['結果：', '　KIT ｴｸｿﾝ9：c.1621A>C（p.M541L）を検出（VUS）', rows[2]].join('\n');
    expect(brief(genetics(vus!, 'ja', 'molecular_pathology'))).toEqual([
      'KIT p.Met541Leu present patient',
      'KIT wild_type absent patient',
    ]);
  });

  it('reads lineage markers written by their symbols as stains', () => {
    expect(genetics('肝転移生検：小細胞癌の組織像（INSM1陽性）。', 'ja', 'mdt_summary')).toEqual(
      [],
    );
    expect(genetics('免疫組織化学：PAX8陽性、WT1陽性、GATA3陰性。', 'ja', 'pathology')).toEqual([]);
    // A DNA change of such a gene names its class.
    expect(
      brief(genetics('急性骨髄性白血病：WT1 変異を検出（VAF 35%）。', 'ja', 'progress')),
    ).toEqual(['WT1 other present patient']);
  });

  it('reads a label with nothing after its colon as the heading of the rows below', () => {
    const text = [
      '腫瘍BRCA1/2変異：',
      '　BRCA2　c.4936_4939del（p.Glu1646Glnfs*23）　病的',
      '　BRCA1　病的バリアント検出されず',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual([
      'BRCA2 p.Glu1646GlnfsTer23 present patient',
      'BRCA1 wild_type absent patient',
    ]);
    // A result wrapped onto the next line, with no gene of its own there, is still the label's.
    expect(brief(genetics('ALK融合遺伝子：\n陽性（FISH法）', 'ja', 'ngs_report'))).toEqual([
      'ALK fusion present patient',
    ]);
  });

  it('gives a class glued to a "・" group only to that group of a "、" list', () => {
    const text =
      '【検出されなかった主な遺伝子異常】EGFR、KRAS、ALK・ROS1・RET融合、METエクソン14スキッピング、ERBB2';
    expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS wild_type absent patient',
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
      'MET exon_skipping 14 absent patient',
      'ERBB2 wild_type absent patient',
    ]);
    // A list set off by "、" alone shares a fusion word among fusion genes.
    expect(brief(genetics('ALK、ROS1、RET融合遺伝子：検出されず', 'ja', 'ngs_report'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
  });

  it('reads a change named as a class of patients as a general statement', () => {
    const text =
      'BRAF G469A（c.1406G>C）を検出。BRAF阻害薬の効果はV600E変異例に比べて限定的と考えられる。';
    expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual(['BRAF p.Gly469Ala present patient']);
    expect(
      genetics(
        'KITエクソン11変異例ではイマチニブの奏効率が高いと報告されている。',
        'ja',
        'progress',
      ),
    ).toEqual([]);
    expect(genetics('オシメルチニブの効果はT790M陽性例と比較して劣る。', 'ja', 'progress')).toEqual(
      [],
    );
    // The patient's own result, and a comparison of tests before the change, are results.
    expect(
      brief(genetics('本例はBRAF V600E変異陽性であり、ダブラフェニブ＋トラメチニブを開始。', 'ja')),
    ).toEqual(['BRAF p.Val600Glu present patient']);
    expect(brief(genetics('血漿検査：前回と比べてT790Mが新たに検出された。', 'ja'))).toEqual([
      'EGFR p.Thr790Met present patient',
    ]);
  });

  it('ends an inline family-history field at the next labelled line', () => {
    const text = [
      '症例：32歳男性。胃癌。',
      '家族歴：母 胃癌（41歳で死亡）、母方叔父 胃癌。',
      '生殖細胞系列 多遺伝子パネル（血液）：CDH1 c.1003C>T（p.Arg335Ter）ヘテロ接合 ― 病的。その他の解析遺伝子（TP53、MLH1 など）に病的バリアントなし。',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'mdt_summary'))).toEqual([
      'CDH1 p.Arg335Ter present patient',
      'TP53 wild_type absent patient',
      'MLH1 wild_type absent patient',
    ]);
    // A wrapped, indented line goes on with the relative's sentence.
    const wrapped =
      '家族歴：母（発端者）52歳乳癌。母は2023年の遺伝学的検査で\n　BRCA1 c.68_69del 病的バリアント保持。';
    expect(brief(genetics(wrapped, 'ja', 'genetic_counselling'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
    // A header on a line of its own heads the block below it, labelled lines included.
    const block = '家族歴：\n母：乳癌（52歳）\n遺伝学的検査：BRCA1 c.68_69del 病的バリアント保持';
    expect(brief(genetics(block, 'ja', 'genetic_counselling'))).toEqual([
      'BRCA1 c.68_69del present family',
    ]);
  });

  it("reads a sibling as the client in a relative's chart (来談者：妹)", () => {
    const text = [
      '来談者：妹（41歳、未発症）',
      '経緯：姉（45歳、乳癌）がPALB2 c.1592del（p.Leu531Cysfs*30）の病的バリアント保持者と診断され、当院でシングルサイト検査を受けた。',
      '結果：姉と同一のPALB2 c.1592del を検出（保持）。',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'genetic_counselling'))).toEqual([
      'PALB2 p.Leu531CysfsTer30 present family',
      'PALB2 p.Leu531CysfsTer30 present patient',
    ]);
    // A sibling named after the client, in a sentence of its own, is the proband.
    const other = [
      '来談者：46歳男性（未発症）。発端者は姉（49歳、膵癌）。',
      '姉の多遺伝子パネル：ATM c.5932G>T（p.Glu1978Ter）、病的バリアント。',
      '本人の確認検査の結果：当該バリアントは認めず、非保持。',
    ].join('\n');
    expect(brief(genetics(other, 'ja', 'genetic_counselling'))).toEqual([
      'ATM p.Glu1978Ter present family',
      'ATM p.Glu1978Ter absent patient',
    ]);
  });

  it('pairs a fusion written with its breakpoint exons', () => {
    expect(
      full(
        genetics(
          '結果：\n　ROS1融合遺伝子　陽性：EZR（exon 10）－ROS1（exon 34）',
          'ja',
          'molecular_pathology',
        ),
      ),
    ).toEqual(['ROS1 - - fusion EZR present patient']);
    expect(full(genetics('RNAパネル：EML4 exon 13::ALK exon 20 融合を検出。', 'ja'))).toEqual([
      'ALK - - fusion EML4 present patient',
    ]);
    // A fusion word on the next line is a result of its own, not the pair's.
    const rows = [
      '【RNA解析】',
      '　ETV6::NTRK3（ETV6 exon 5 – NTRK3 exon 15）　検出',
      '　NTRK1融合、NTRK2融合：検出されず',
    ].join('\n');
    expect(full(genetics(rows, 'ja', 'ngs_report'))).toEqual([
      'NTRK3 - - fusion ETV6 present patient',
      'NTRK1 - - fusion - absent patient',
      'NTRK2 - - fusion - absent patient',
    ]);
  });

  it('keeps the c. of a frameshift written without its new residue', () => {
    expect(full(genetics('RNF43｜G659fs*41（c.1976del）｜22%', 'ja', 'ngs_report'))).toEqual([
      'RNF43 c.1976del - frameshift - present patient',
    ]);
    // Alone, the short form is all the note gives; the full form is kept beside its c.
    expect(full(genetics('RNF43 G659fs*41 を検出（VAF 22%）。', 'ja', 'ngs_report'))).toEqual([
      'RNF43 - p.Gly659fsTer41 frameshift - present patient',
    ]);
    expect(
      full(genetics('PALB2 c.1592del（p.Leu531Cysfs*30） 病的', 'ja', 'germline_report')),
    ).toEqual(['PALB2 c.1592del p.Leu531CysfsTer30 frameshift - present patient']);
  });
});

describe('dev17: a relative as the subject of the sentence', () => {
  it('gives every clause of the sentence to the relative named with が/は before it', () => {
    expect(
      brief(
        genetics(
          'S) 先日、兄（52歳）が大腸癌の手術を受け、MLH1の病的バリアントがあると言われた（リンチ症候群）。本人は未検査。',
        ),
      ),
    ).toEqual(['MLH1 other present family']);
    expect(
      brief(
        genetics(
          '来談者：36歳女性。姉（発端者、大腸癌）がリンチ症候群と診断され、MSH2 c.942+3A>T（病的バリアント）を保持。',
        ),
      ),
    ).toEqual(['MSH2 c.942+3A>T present family']);
  });

  it('keeps the patient when the patient is named again after the relative', () => {
    expect(
      brief(genetics('兄が大腸癌の手術を受けたため、本人もMLH1の病的バリアントを確認した。')),
    ).toEqual(['MLH1 other present patient']);
  });
});

describe("a relative's illness as the reason for the patient's test", () => {
  it('gives the result after きっかけに / 契機に to the patient', () => {
    for (const text of [
      '母の乳癌をきっかけに遺伝学的検査を受け、BRCA1 c.68_69del（病的バリアント）を検出した。',
      '姉の卵巣癌を契機に本人が検査を希望し、BRCA1 c.68_69del を認めた。',
    ]) {
      expect(brief(genetics(text, 'ja', 'genetic_counselling')), text).toEqual([
        'BRCA1 c.68_69del present patient',
      ]);
    }
    // The relative's own result stays theirs.
    expect(
      brief(genetics('母はBRCA1 c.68_69del を保持している。', 'ja', 'genetic_counselling')),
    ).toEqual(['BRCA1 c.68_69del present family']);
  });
});

describe('dev18 (the original notes reworded)', () => {
  it('reads a negative heading of genomic alterations over the rows under it', () => {
    const text = [
      '■検出されたゲノム変化',
      '　EGFR　T790M（c.2369C>T）　VAF 1.1%',
      '■検出されなかった主なゲノム変化',
      '　EGFR C797S、MET増幅',
    ].join('\n');
    expect(brief(genetics(text))).toEqual([
      'EGFR p.Thr790Met present patient',
      'EGFR p.Cys797Ser absent patient',
      'MET amplification absent patient',
    ]);
    expect(brief(genetics('検出されなかった主なゲノム変化：EGFR C797S、MET増幅'))).toEqual([
      'EGFR p.Cys797Ser absent patient',
      'MET amplification absent patient',
    ]);
  });

  it('gives a class heading a bracketed gene list to each gene of it', () => {
    expect(brief(genetics('融合遺伝子（ALK／ROS1／RET）：いずれも非検出'))).toEqual([
      'ALK fusion absent patient',
      'ROS1 fusion absent patient',
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('増幅（MET、ERBB2）：なし'))).toEqual([
      'MET amplification absent patient',
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('EGFR遺伝子変異（L858R）陽性'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it('reads an exon lost on one or both copies as an exon deletion', () => {
    for (const text of [
      'MLPA法にてMLH1遺伝子エクソン13のヘテロ接合性欠失を同定',
      'MLH1 エクソン13のホモ接合性欠失',
    ]) {
      expect(brief(genetics(text)), text).toEqual(['MLH1 exon_deletion 13 present patient']);
    }
    expect(brief(genetics('MSH2 エクソン1〜6のヘテロ欠失'))).toEqual([
      'MSH2 exon_deletion present patient',
    ]);
  });

  it('keeps a variant whose origin is in doubt (clonal haematopoiesis)', () => {
    expect(
      brief(genetics('TP53　Y220C（c.659A>G）　VAF 0.7%　※加齢に伴うクローン性造血の可能性あり')),
    ).toEqual(['TP53 p.Tyr220Cys present patient']);
    expect(genetics('KRAS G12C変異の可能性があり、再検査を予定')).toEqual([]);
  });

  it("takes a row's own class before the class ending the row above it", () => {
    const text = [
      '【参考所見（臨床的意義なし）】',
      '　BRCA2　c.1114A>C（p.Asn372His）　Benign',
      '　BRCA2　c.865A>C（p.Asn289His）　Likely benign',
    ].join('\n');
    expect(genetics(text, 'ja', 'germline_report').map((f) => f.significance)).toEqual([
      'benign',
      'likely_benign',
    ]);
  });
});

describe('dev19 (the original notes reworded, backwards)', () => {
  it("gives a result line under a gene's heading line to that gene", () => {
    const text = [
      '【BRCA1】',
      '　バリアント：c.5096G>A　p.Arg1699Gln',
      '　判定：意義不明（VUS）',
      '【BRCA2】',
      '　病的バリアントを認めず',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'germline_report'))).toEqual([
      'BRCA1 p.Arg1699Gln present patient',
      'BRCA2 wild_type absent patient',
    ]);
    // A heading over a line with no result gives nothing.
    expect(genetics('【BRCA2】\n　解析中', 'ja', 'germline_report')).toEqual([]);
  });

  it('reads the class stated by its key in the next sentence of the line', () => {
    expect(
      genetics(
        '結果：MLPA法でMLH1 エクソン12の欠失（ヘテロ接合体）を検出。分類：病的（Pathogenic）。',
        'ja',
        'genetic_counselling',
      ).map((f) => `${f.gene} ${f.kind} ${f.exon} ${f.significance}`),
    ).toEqual(['MLH1 exon_deletion 12 pathogenic']);
  });
});

describe('dev20: the original notes reworded again', () => {
  it('ends a negative heading at the next section heading', () => {
    const plasma = [
      '【検出された変異】',
      'EGFR L858R 5.1%',
      'EGFR T790M 0.8%',
      '【検出されなかった主な変化】',
      'EGFR C797S、MET増幅',
      '【コメント】',
      '・T790Mはオシメルチニブの適応となります。',
    ].join('\n');
    expect(brief(genetics(plasma, 'ja', 'ngs_report'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met present patient',
      'EGFR p.Cys797Ser absent patient',
      'MET amplification absent patient',
    ]);
    const panel = [
      '■ 検出バリアント',
      'ATM c.2572T>C 意義不明（VUS）',
      '■ 以下の遺伝子には病的バリアントを認めず',
      'BRCA1、BRCA2',
      '■ コメント',
      'ATMのVUSは臨床判断に用いないでください。',
    ].join('\n');
    expect(brief(genetics(panel, 'ja', 'germline_report'))).toEqual([
      'ATM c.2572T>C present patient',
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
  });

  it('reads the shorthand "amp" as amplification, not the AMP of a classification', () => {
    expect(brief(genetics('リキッド：C797S(-)、MET amp(-)、HER2 amp(-)'))).toEqual([
      'EGFR p.Cys797Ser absent patient',
      'MET amplification absent patient',
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('MET amp（+）'))).toEqual(['MET amplification present patient']);
    expect(brief(genetics('ERBB2 amp 陰性'))).toEqual(['ERBB2 amplification absent patient']);
    expect(brief(genetics('KRAS G12V（c.35G>T）AMP Tier II'))).toEqual([
      'KRAS p.Gly12Val present patient',
    ]);
  });

  it('reads ティア and roman-numeral tiers, and a shortened evidence level', () => {
    const cases: [string, string][] = [
      ['- TP53 R273H（c.818G>A）：ティアⅡ', 'pathogenic'],
      ['- SMAD4 R361C：Tier Ⅰ', 'pathogenic'],
      ['- SMAD4 R361C：ティアII、VAF 12%', 'pathogenic'],
      ['- NOTCH1 R1585H：ティアⅢ', 'uncertain'],
      ['ESR1 L536H（c.1607T>A）Lv.C', 'pathogenic'],
      ['ARID1A Q456*　レベルD', 'pathogenic'],
    ];
    for (const [text, significance] of cases) {
      expect(
        genetics(text, 'ja', 'ngs_report').map((f) => f.significance),
        text,
      ).toEqual([significance]);
    }
  });

  it('keeps a Japanese aside whole across its semicolon (a legacy name, then the class)', () => {
    for (const text of [
      'BRCA2 c.6275_6276delTT（p.L2092Pfs*7；旧名称 6503delTT）Deleterious',
      'BRCA1 c.68_69del（p.E23Vfs*17；185delAG）病的',
    ]) {
      expect(
        genetics(text, 'ja', 'germline_report').map((f) => f.significance),
        text,
      ).toEqual(['pathogenic']);
    }
  });

  it('does not take a counselling referral or an undone germline test as the source', () => {
    for (const text of [
      'BRAF：V600E 検出\n討議：BRAF V600E変異を伴い散発例の可能性が高い。ただし母に子宮体癌の既往があり、遺伝カウンセリングの案内は行う。',
      'KRAS、NRASとも変異を認めず、BRAF V600E変異が検出されています。\nご本人は遺伝学的検査について話を聞きたいとのご希望です。',
      'BRAF V600E 陽性。遺伝カウンセリング外来を予約した。',
      'ATM G2023R（c.6067G>A）VUS（VAF 47%、生殖細胞系列の確認は行わない）',
      'NOTCH1 R1585H VUS。生殖細胞系列の確認は不要と判断。',
    ]) {
      const origins = genetics(text, 'ja', 'mdt_summary').map((f) => f.origin);
      expect(origins.length, text).toBeGreaterThan(0);
      expect(new Set(origins), text).toEqual(new Set(['somatic']));
    }
    // A germline test done still says germline.
    expect(
      genetics('遺伝カウンセリングで実施した遺伝学的検査：BRCA1 c.68_69del 病的').map(
        (f) => f.origin,
      ),
    ).toEqual(['germline']);
    // A tumour specimen by its other name.
    expect(
      genetics(
        '切除標本の検索ではKRAS、NRASとも変異を認めず。\nご本人は遺伝学的検査の説明を希望。',
        'ja',
        'referral',
      ).map((f) => f.origin),
    ).toEqual(['somatic', 'somatic']);
  });

  it('does not read a variant offered as the target of a relative’s test as a result', () => {
    for (const text of [
      '血縁者に対してはMSH2エクソン8欠失を対象とした検査が可能です。',
      'ご家族はPALB2 c.1592delを対象とした確認検査を受けることができます。',
      '妹さんにはMLH1 エクソン5欠失の血縁者検査を提案した。',
    ]) {
      expect(genetics(text, 'ja', 'germline_report'), text).toEqual([]);
    }
    expect(
      brief(
        genetics(
          'BRCA1 c.68_69delを検出しました。娘さんにはBRCA1 c.68_69delのシングルサイト検査をお勧めします。',
          'ja',
          'germline_report',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present patient']);
    // The result stays when the offer is a clause of its own.
    expect(
      brief(genetics('BRCA2 c.5946delを検出し、血縁者の検査が可能です。', 'ja', 'germline_report')),
    ).toEqual(['BRCA2 c.5946del present patient']);
  });

  it('reads stains under a bracketed heading and a promoter label as no DNA result', () => {
    expect(
      brief(genetics('【免疫組織化学】IDH1 R132H：陰性、ATRX：保持\n【分子】IDH1：変異なし')),
    ).toEqual(['IDH1 wild_type absent patient']);
    expect(genetics('【免疫染色】BRAF V600E（VE1）：陽性')).toEqual([]);
    for (const text of ['MGMTプロモーター：メチル化あり', 'MGMTプロモーター領域：非メチル化']) {
      expect(genetics(text, 'ja', 'pathology'), text).toEqual([]);
    }
  });

  it('does not read NCC (National Cancer Center) as a gene', () => {
    expect(
      brief(
        genetics(
          '#2 gBRCA2 R2494*（c.7480C>T）Pathogenic ← NCCオンコパネルのペア解析で同定',
          'ja',
          'progress',
        ),
      ),
    ).toEqual(['BRCA2 p.Arg2494Ter present patient']);
  });
});

describe('dev21: phenomena of the original notes combined', () => {
  const origins = (findings: readonly GeneticAnnotation[]) =>
    findings.map((f) => `${brief([f])[0]} ${f.origin}`);

  it('reads "MET ex14" and "ex14 skip" as MET exon 14 skipping', () => {
    for (const text of [
      'MET ex14 skip：陰性',
      'MET ex14(−)',
      'METex14：陰性',
      'MET Ex14 skip 検出されず',
      '他のドライバー（EGFR、ALK、MET ex14）は検出されず。',
    ]) {
      const met = genetics(text).filter((f) => f.gene === 'MET');
      expect(brief(met), text).toEqual(['MET exon_skipping 14 absent patient']);
    }
    expect(brief(genetics('MET ex14 skip 陽性'))).toEqual(['MET exon_skipping 14 present patient']);
    // A named splice change keeps its HGVS.
    expect(brief(genetics('MET ex14 c.3028+1G>T 陽性'))).toEqual([
      'MET c.3028+1G>T present patient',
    ]);
  });

  it('gives a class word after another gene to that gene, not to a fusion pair before it', () => {
    expect(brief(genetics('EML4-ALK（variant 1）陽性、EGFR陰性、ROS1融合陰性。'))).toEqual([
      'ALK fusion EML4 present patient',
      'EGFR wild_type absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('KIF5B-RET融合陽性、ALK転座陰性'))).toEqual([
      'RET fusion KIF5B present patient',
      'ALK fusion absent patient',
    ]);
    // The pair's own class word stays the pair's.
    expect(brief(genetics('CD74-ROS1融合遺伝子 陽性'))).toEqual([
      'ROS1 fusion CD74 present patient',
    ]);
  });

  it('ends an inline family-history field at a heading-mark line', () => {
    for (const heading of ['◆検出された変異', '■検査結果', '【遺伝子検査】', '＜EGFR（PCR）＞']) {
      const text = `家族歴：弟がリンチ症候群（MLH1病的バリアント保持）。\n${heading}\nKRAS c.38G>A (p.G13D) 陽性`;
      expect(brief(genetics(text, 'ja', 'ngs_report')), heading).toEqual([
        'MLH1 other present family',
        'KRAS p.Gly13Asp present patient',
      ]);
    }
  });

  it('does not take the source of results from a history or clinical-information line', () => {
    expect(
      origins(
        genetics(
          '臨床情報：乳癌既往（他院の遺伝学的検査でHBOCと診断）。\n＜EGFR PCR＞\nL858R：陰性\nT790M：陰性',
          'ja',
          'molecular_pathology',
        ),
      ),
    ).toEqual([
      'EGFR p.Leu858Arg absent patient somatic',
      'EGFR p.Thr790Met absent patient somatic',
    ]);
    expect(
      origins(
        genetics(
          '既往歴：乳癌（BRCA1/2遺伝学的検査で病的バリアントなし）。\n検査結果（気管支鏡検体）：EGFR陰性、KRAS G12C陰性',
          'ja',
          'discharge',
        ),
      ),
    ).toEqual([
      'BRCA1 wild_type absent patient germline',
      'BRCA2 wild_type absent patient germline',
      'EGFR wild_type absent patient somatic',
      'KRAS p.Gly12Cys absent patient somatic',
    ]);
  });

  it('reads a germline heading over a tumour VAF in brackets', () => {
    for (const text of [
      '〔生殖細胞系列〕\nATM：c.7327C>T　p.R2443*　Pathogenic（腫瘍 VAF 63%、LOHあり）',
      '【生殖細胞系列バリアント】\nATM c.7327C>T（p.R2443*）Pathogenic（腫瘍でのVAF 52%）',
    ]) {
      expect(origins(genetics(text, 'ja', 'progress')), text).toEqual([
        'ATM p.Arg2443Ter present patient germline',
      ]);
    }
    expect(origins(genetics('腫瘍組織：KRAS G12D 陽性（VAF 30%）'))).toEqual([
      'KRAS p.Gly12Asp present patient somatic',
    ]);
  });

  it('gives the germline prefix of gBRCA to the other genes of its line', () => {
    expect(origins(genetics('卵巣癌術後、gBRCA1 c.3481_3491del 病的、BRCA2は陰性。'))).toEqual([
      'BRCA1 c.3481_3491del present patient germline',
      'BRCA2 wild_type absent patient germline',
    ]);
    expect(origins(genetics('膵癌。gBRCA2 c.5946del 病的。\nKRAS G12D陽性（組織）。'))).toEqual([
      'BRCA2 c.5946del present patient germline',
      'KRAS p.Gly12Asp present patient somatic',
    ]);
  });

  it('reads "上記…バリアント" and "GENEの同バリアント" as the variant named above', () => {
    expect(
      origins(
        genetics(
          '腫瘍組織：BRCA2 c.5722_5723del（p.Leu1908Argfs*2）Pathogenic。\n血液での確認検査：上記BRCA2バリアントは認めず。',
          'ja',
          'discharge',
        ),
      ),
    ).toEqual([
      'BRCA2 p.Leu1908ArgfsTer2 present patient somatic',
      'BRCA2 p.Leu1908ArgfsTer2 absent patient germline',
    ]);
    // With other variants in the note, the gene written before the reference picks the variant;
    // single-site testing is a germline test.
    expect(
      origins(
        genetics(
          '妹がPALB2 c.172_175del 病的バリアントと判明。当院でPALB2シングルサイト検査：PALB2の同バリアントは非保持。\nリキッド：ESR1 c.1610A>G（p.Y537C）Tier II',
          'ja',
          'discharge',
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'PALB2 c.172_175del present family germline',
        'PALB2 c.172_175del absent patient germline',
      ]),
    );
  });

  it('does not read "no copy of the report" as a negative result', () => {
    for (const text of [
      '叔母が他院でBRCA1の病的バリアントを指摘されたと聞いている（結果書なし）。',
      '母はBRCA2病的バリアント保持者（報告書の写しなし）。',
      '姉：他院でMLH1の病的バリアントを指摘（検査結果書の提示なし）',
    ]) {
      expect(
        genetics(text).map((f) => `${f.kind} ${f.status} ${f.subject}`),
        text,
      ).toEqual(['other present family']);
    }
    expect(brief(genetics('BRCA1：病的バリアントなし'))).toEqual([
      'BRCA1 wild_type absent patient',
    ]);
  });
});

describe('dev22: headings, partners, attributive words', () => {
  it('reads a result heading in angle or other brackets as the label of its list', () => {
    for (const text of [
      'KRAS G12C 検出\n＜変異なし＞NRAS、BRAF、PIK3CA',
      'KRAS G12C 検出\n<陰性>NRAS、BRAF、PIK3CA',
      'KRAS G12C 検出\n〈検出されず〉NRAS、BRAF、PIK3CA',
      'KRAS G12C 検出\n《変化なし》NRAS、BRAF、PIK3CA',
    ]) {
      expect(brief(genetics(text)), text).toEqual([
        'KRAS p.Gly12Cys present patient',
        'NRAS wild_type absent patient',
        'BRAF wild_type absent patient',
        'PIK3CA wild_type absent patient',
      ]);
    }
  });

  it('reads a variant outside what was searched ("検索の対象外") as not tested', () => {
    for (const text of [
      'HR陰性でありESR1変異は検索の対象外。',
      'ESR1変異は今回の検索対象外とした。',
      'C797Sは本キットの検出対象外です。',
    ]) {
      expect(genetics(text), text).toEqual([]);
    }
  });

  it('ends an inline family-history field at a bare results title line', () => {
    for (const title of ['主な検出結果', 'NGS検査結果', '検出された遺伝子変異', '解析結果']) {
      const text = `家族歴：母方叔母がBRCA1病的バリアント保持と判明。\n${title}\n・TP53 R273H\n・PTEN ホモ接合性欠失`;
      expect(
        genetics(text).map((f) => `${f.gene} ${f.kind} ${f.subject}`),
        text,
      ).toEqual(['BRCA1 other family', 'TP53 snv patient', 'PTEN copy_loss patient']);
    }
  });

  it('does not read a sample "sent" as an attribute (提出した組織) as a pending test', () => {
    for (const text of [
      '入院前に提出した組織のがん遺伝子パネルが返却：ERBB2 増幅（推定コピー数 15）。',
      '先月提出した検体の結果：KRAS G12D 検出',
      '前医で提出した腫瘍組織のパネル検査でBRAF V600E変異を認めた。',
    ]) {
      expect(
        genetics(text).map((f) => `${f.gene} ${f.status}`),
        text,
      ).toHaveLength(1);
      expect(genetics(text)[0]!.status, text).toBe('present');
    }
    expect(genetics('組織を提出した。EGFR変異の結果待ち')).toEqual([]);
    expect(genetics('BRCA1/2遺伝学的検査を提出済み')).toEqual([]);
  });

  it('does not read "the results were reviewed" (結果を確認) as a positive result', () => {
    for (const text of [
      '遺伝学的検査の結果を確認：BRCA1 病的バリアントなし。',
      '報告書を確認：BRCA2 病的バリアントなし。',
    ]) {
      expect(
        genetics(text).map((f) => `${f.kind} ${f.status}`),
        text,
      ).toEqual(['wild_type absent']);
    }
  });

  it("takes a fusion's partner told in words after it", () => {
    const partners = (text: string, language: Language = 'ja') =>
      genetics(text, language).map((f) => `${f.gene} ${f.partner}`);
    expect(partners('ROS1融合遺伝子陽性、RNAシークエンスで融合相手はCD74と判明。')).toEqual([
      'ROS1 CD74',
    ]);
    expect(partners('ALK融合遺伝子陽性（融合パートナー：EML4）')).toEqual(['ALK EML4']);
    expect(partners('NTRK1融合遺伝子を検出（相手遺伝子：TPM3）')).toEqual(['NTRK1 TPM3']);
    expect(partners('RET fusion detected (partner: KIF5B).', 'en')).toEqual(['RET KIF5B']);
    // Not another fusion's partner.
    expect(partners('ALK融合陽性、RET融合の相手はKIF5B')).toEqual(['ALK null', 'RET KIF5B']);
  });
});

describe('dev23: slash tables, relatives, confirmatory tests, attributive results', () => {
  it('reads a slash-separated table row (gene ／ result ／ detail) as one result', () => {
    const text = [
      '前医の検査（マルチプレックスPCR）：',
      '　遺伝子 ／ 判定 ／ 内容',
      '　NRAS ／ 陰性 ／ Q61K（exon 3）',
      '　ROS1 ／ 陰性 ／ 融合遺伝子',
      '　MET ／ 陰性 ／ exon 14スキッピング',
      '　BRAF ／ 陽性 ／ V600E',
    ].join('\n');
    expect(brief(genetics(text)).sort()).toEqual([
      'BRAF p.Val600Glu present patient',
      'MET exon_skipping 14 absent patient',
      'NRAS p.Gln61Lys absent patient',
      'ROS1 fusion absent patient',
    ]);
    // A slash between items that each have a result still closes the first one.
    expect(brief(genetics('EGFR L858R 陽性／ｴｸｿﾝ20 T790M 陰性'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'EGFR p.Thr790Met absent patient',
    ]);
  });

  it('reads a ［…］ heading of results over the list after it', () => {
    expect(brief(genetics('［陰性］KRAS G12D／ERBB2 増幅／ALK')).sort()).toEqual([
      'ALK wild_type absent patient',
      'ERBB2 amplification absent patient',
      'KRAS p.Gly12Asp absent patient',
    ]);
  });

  it('reads "…を伴わない" (without the change) as a negative', () => {
    for (const text of [
      'BRAF V600Eを伴わないMSI-High大腸癌。',
      'KRAS G12Cは伴わなかった。',
      'EGFR L858Rを伴わず、ALK融合遺伝子陽性。',
    ]) {
      expect(brief(genetics(text))[0], text).toMatch(/ absent patient$/);
    }
  });

  it('keeps the gene-level negative beside a named variant "…を含め…認めず"', () => {
    expect(
      brief(genetics('BRCA1：家系内のc.5266dupを含め、病的バリアントは検出されなかった。')).sort(),
    ).toEqual(['BRCA1 c.5266dup absent patient', 'BRCA1 wild_type absent patient']);
    expect(brief(genetics('MSH2のc.942+3A>Tも含めて、その他の変異は認めず。')).sort()).toEqual([
      'MSH2 c.942+3A>T absent patient',
      'MSH2 wild_type absent patient',
    ]);
  });

  it("reads a relative's variant found in them and the client's test of it", () => {
    for (const [text, gene, variant] of [
      [
        '妹で同定されたBRCA2 c.5946del（病的）のシングルサイト検査：検出されず',
        'BRCA2',
        'c.5946del',
      ],
      ['母で見つかったMLH1 c.1489dup（病的）の部位特異的検査：陰性', 'MLH1', 'c.1489dup'],
      ['兄に認められたMSH2 c.942+3A>Tの確認検査：検出されなかった。', 'MSH2', 'c.942+3A>T'],
      ['父由来のBRCA1 c.68_69delについてシングルサイト検査を実施：非保持', 'BRCA1', 'c.68_69del'],
    ] as const) {
      expect(brief(genetics(text, 'ja', 'genetic_counselling')).sort(), text).toEqual([
        `${gene} ${variant} absent patient`,
        `${gene} ${variant} present family`,
      ]);
    }
  });

  it('takes the client named after a relative as the subject of "同バリアント"', () => {
    const text =
      '家族歴：姉の遺伝学的検査でBRCA2 c.5645C>Aの病的バリアントが判明しており、本人は当院でシングルサイト検査を受けたが同バリアントは検出されなかった。';
    expect(brief(genetics(text)).sort()).toEqual([
      'BRCA2 c.5645C>A absent patient',
      'BRCA2 c.5645C>A present family',
    ]);
  });

  it('reads a relative who leads a sentence on a line under a header line as its subject', () => {
    const text = [
      '受診者：50歳男性',
      '【経緯】母（72歳）が乳癌で、がん遺伝子パネル後の確認検査によりBRCA1 c.68_69delの保持が判明。',
    ].join('\n');
    expect(brief(genetics(text))).toEqual(['BRCA1 c.68_69del present family']);
  });

  it('gives no result to a relative never tested, nor to a carrying probability', () => {
    const text = [
      '兄：MLH1 c.1489dupを保持。',
      '父：検査歴なし。',
      '姉：未受検。',
      'MLH1を保持している事前確率について説明した。',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'genetic_counselling'))).toEqual([
      'MLH1 c.1489dup present family',
    ]);
    expect(genetics('PREMMモデルによるMSH2変異の保持確率は4.2%。')).toEqual([]);
  });

  it('does not read a confirmatory test named after a gene as its result', () => {
    const text =
      '血液でのBRCA1/2確認検査（2024/2）：腫瘍で検出されたBRCA1 c.3607C>Tは認めず、BRCA2にも病的バリアントなし';
    expect(brief(genetics(text)).sort()).toEqual([
      'BRCA1 c.3607C>T absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    // A confirmatory test's line label still heads what it found.
    expect(
      genetics('確認検査（血液）：BRCA1 c.5266dup 病的バリアント → 生殖細胞系列と確定').map(
        (f) => `${f.gene} ${f.status} ${f.origin}`,
      ),
    ).toEqual(['BRCA1 present germline']);
  });

  it('reads GIST and mesenchymal stains (DOG1, CD34, desmin) as no DNA finding', () => {
    expect(
      brief(genetics('GIST、DOG1(+)、CD34(+)、desmin(−)。KIT exon 11 V559D（c.1676T>A）を検出。')),
    ).toEqual(['KIT p.Val559Asp present patient']);
  });

  it('keeps a tumour variant somatic when germline origin is only possible', () => {
    const f = genetics(
      'ATM G2023R（c.6067G>A）VAF 49%　VUS（生殖細胞系列の可能性はあるが確認検査は不要との見解）',
      'ja',
      'ngs_report',
    );
    expect(f.map((x) => `${x.gene} ${x.origin}`)).toEqual(['ATM somatic']);
  });
});

describe('dev24: numbered headings, class-named references, bracketed partners, sources', () => {
  it('reads a numbered negative heading over the list below it, up to the next heading', () => {
    for (const heading of [
      '2) 検出されなかった項目',
      '２．検出されなかった遺伝子',
      '③検出されなかった変異',
    ]) {
      const text = [
        '1) 検出されたゲノム変化',
        '　KRAS G12D（c.35G>A）　VAF 9.6%',
        heading,
        '　NRAS、BRAF V600E、MET増幅、BRCA1/2',
        '3) 参考所見',
        '　ATM c.2572T>C　VUS',
      ].join('\n');
      expect(brief(genetics(text, 'ja', 'ngs_report')), heading).toEqual([
        'KRAS p.Gly12Asp present patient',
        'NRAS wild_type absent patient',
        'BRAF p.Val600Glu absent patient',
        'MET amplification absent patient',
        'BRCA1 wild_type absent patient',
        'BRCA2 wild_type absent patient',
        'ATM c.2572T>C present patient',
      ]);
    }
    expect(brief(genetics('2) 検出されなかった項目：NRAS、BRAF V600E'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF p.Val600Glu absent patient',
    ]);
  });

  it('takes the variant of the class a reference names ("同欠失"), not another one', () => {
    const text =
      '腫瘍はBRAF V600E：陰性。血液の遺伝学的検査（MLPA）でMLH1遺伝子エクソン5のヘテロ接合性欠失を認め、病的と判定。妹（42歳）は同欠失のシングルサイト検査で非保持。';
    expect(brief(genetics(text, 'ja', 'discharge')).sort()).toEqual([
      'BRAF p.Val600Glu absent patient',
      'MLH1 exon_deletion 5 absent family',
      'MLH1 exon_deletion 5 present patient',
    ]);
    expect(
      brief(genetics('MLPAでMSH2 エクソン3〜4の欠失を認め病的。弟は同欠失を保持していた。')),
    ).toContain('MSH2 exon_deletion present family');
  });

  it("reads a test of the same site as a test of the relative's variant", () => {
    for (const [text, hgvs] of [
      [
        '姉の遺伝学的検査でBRCA2 c.3109C>T（p.Gln1037Ter）が同定された。本人も同部位のシングルサイト検査を受け、非保持との結果。',
        'p.Gln1037Ter',
      ],
      ['姉にBRCA1 c.68_69delを認めた。本人は同じ部位を解析し、検出されなかった。', 'c.68_69del'],
    ] as const) {
      expect(brief(genetics(text, 'ja', 'oncology_consult')), text).toContain(
        `${text.includes('BRCA2') ? 'BRCA2' : 'BRCA1'} ${hgvs} absent patient`,
      );
    }
    // The tumour's site is no variant.
    expect(
      brief(genetics('母がBRCA2 c.5946delを保持。腫瘍は同部位に再発を認めた。', 'ja', 'progress')),
    ).toEqual(['BRCA2 c.5946del present family']);
  });

  it("refers a same-variant test to the relative's variant, not a tumour driver named before", () => {
    const text =
      '臨床情報：BRAF V600E陽性（2024年）。家族歴：兄がCDKN2A c.301G>T（p.Gly101Trp）病的バリアント保持。本人は同バリアントのシングルサイト検査を受け、検出されず。';
    expect(brief(genetics(text, 'ja', 'ngs_report')).sort()).toEqual([
      'BRAF p.Val600Glu present patient',
      'CDKN2A p.Gly101Trp absent patient',
      'CDKN2A p.Gly101Trp present family',
    ]);
  });

  it('gives a same-variant result to the relative the sentence is about', () => {
    const text = [
      '生殖細胞系列の確認検査：BRCA2 c.7558C>T（p.Arg2520*）を確認（病的）。',
      '長男（45歳）は当院遺伝外来でシングルサイト検査を受け、同バリアント非保持。',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'mdt_summary'))).toEqual([
      'BRCA2 p.Arg2520Ter present patient',
      'BRCA2 p.Arg2520Ter absent family',
    ]);
    // The patient named after the relative is the subject instead.
    expect(
      brief(genetics('母がBRCA1 c.68_69delを保持しており、本人は同バリアントを認めなかった。')),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del absent patient']);
  });

  it("reads a fusion pair in brackets after its gene's result as that result's partner", () => {
    for (const text of [
      'マルチ遺伝子PCR：EGFR 陰性 ／ ALK 融合遺伝子 陽性（EML4-ALK）／ ROS1 融合遺伝子 陰性',
      'ALK融合遺伝子陽性（EML4-ALK）、ROS1融合遺伝子陰性、EGFR陰性',
      'ALK：陽性（EML4-ALK）／ ROS1融合遺伝子：陰性／EGFR：陰性',
    ]) {
      expect(brief(genetics(text, 'ja', 'mdt_summary')).sort(), text).toEqual([
        'ALK fusion EML4 present patient',
        'EGFR wild_type absent patient',
        'ROS1 fusion absent patient',
      ]);
    }
    // A bracket going on about another change is no partner: "なし（c.…（p.…）は良性多型）".
    expect(
      genetics(
        'BRACAnalysis：BRCA1：病的バリアントなし（c.2612C>T（p.Pro871Leu）は良性多型）',
        'ja',
        'germline_report',
      ).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status}`),
    ).toContain('BRCA1 p.Pro871Leu present');
  });

  it('reads HER2 with its own call in a row of driver genes as an ERBB2 DNA result', () => {
    for (const text of [
      'マルチ遺伝子PCR：EGFR 陰性 ／ ALK 融合遺伝子 陽性（EML4-ALK）／ HER2 陰性 ／ MET ex14スキッピング 陰性',
      'EGFR(−)、ALK(−)、ROS1(−)、HER2(−)',
      'EGFR 陰性、KRAS G12C 陰性、HER2 陰性、MET ex14 陰性',
    ]) {
      expect(brief(genetics(text, 'ja', 'mdt_summary')), text).toContain(
        'ERBB2 wild_type absent patient',
      );
    }
    // Receptor and stain rows, a breast diagnosis with a drug, and MMR stains stay no finding.
    for (const text of [
      'ER陽性、PgR陽性、HER2陰性、Ki-67 20%',
      '#転移性乳癌（ER+/HER2−）、CDK4/6阻害薬＋AI 2年でPD。ESR1変異が新たに出現。',
      '免疫染色ではMLH1およびPMS2の発現消失（MSH2、MSH6は保持）。KRAS、NRASとも変異を認めず。',
    ]) {
      expect(
        genetics(text, 'ja', 'progress').filter((f) => ['ERBB2', 'MSH2', 'MSH6'].includes(f.gene)),
        text,
      ).toEqual([]);
    }
  });

  it('keeps an earlier negative told on a course line beside a later variant', () => {
    const text = [
      '経過：2023年 原発巣：RAS（KRAS/NRAS）野生型、BRAF V600E 陰性。',
      '今回検出：',
      '　KRAS　Q61H（c.183A>C）　VAF 1.9%',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'ngs_report')).sort()).toEqual([
      'BRAF p.Val600Glu absent patient',
      'KRAS p.Gln61His present patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it("takes a negative's source from its test, not from the conclusion in brackets after it", () => {
    const text = [
      '生殖細胞系列検査（血液）：',
      '　・BRCA2 c.9382C>T：検出されず（腫瘍に限局した体細胞変異と判断）',
    ].join('\n');
    expect(genetics(text, 'ja', 'genetic_counselling').map((f) => f.origin)).toEqual(['germline']);
    expect(
      genetics('血液での確認検査：TP53 R273H 陰性（体細胞由来と判断）', 'ja', 'progress').map(
        (f) => f.origin,
      ),
    ).toEqual(['germline']);
  });

  it("reads a tumour result quoted in a history line, or under a cancer's gene test, as somatic", () => {
    const history = [
      '遺伝カウンセリング記録（結果開示）',
      'クライエント：57歳男性、膵癌 化学療法中',
      '既往：左上腕悪性黒色腫（2021年切除、BRAF V600E変異陽性）',
      '検査：BRCA1/2遺伝学的検査（血液）',
      '結果：BRCA2 c.6275_6276del、病的バリアント',
    ].join('\n');
    expect(
      genetics(history, 'ja', 'genetic_counselling').map((f) => `${f.gene} ${f.origin}`),
    ).toEqual(['BRAF somatic', 'BRCA2 germline']);
    const tumour = [
      '来談者：63歳男性。兄がリンチ症候群（MSH2 病的バリアント）。',
      '本人の肺癌の遺伝子検査（2024/10）：',
      '　EGFR　L858R　陽性',
      '　ALK／ROS1／RET　融合遺伝子　陰性',
    ].join('\n');
    expect(
      genetics(tumour, 'ja', 'genetic_counselling')
        .filter((f) => f.subject === 'patient')
        .map((f) => `${f.gene} ${f.origin}`),
    ).toEqual(['EGFR somatic', 'ALK somatic', 'ROS1 somatic', 'RET somatic']);
    // A syndrome's gene test stays germline.
    expect(
      genetics(
        '遺伝性乳癌卵巣癌の遺伝子検査：BRCA1 c.68_69del 病的',
        'ja',
        'genetic_counselling',
      ).map((f) => f.origin),
    ).toEqual(['germline']);
  });
});

describe('dev25: sibling entries, group results, legacy asides, sections, sources, reasons', () => {
  it('gives a change listed after a class entry of its gene its own result', () => {
    for (const [text, expected] of [
      [
        'EGFR遺伝子検査（PCR）：エクソン19欠失（＋）、L858R（－）、T790M（－）',
        [
          'EGFR exon_deletion 19 present patient',
          'EGFR p.Leu858Arg absent patient',
          'EGFR p.Thr790Met absent patient',
        ],
      ],
      [
        'EGFR：exon19 del 陽性、L858R 陰性',
        ['EGFR exon_deletion 19 present patient', 'EGFR p.Leu858Arg absent patient'],
      ],
      [
        'EGFR：エクソン20挿入 陰性、L858R 陽性',
        ['EGFR exon_insertion 20 absent patient', 'EGFR p.Leu858Arg present patient'],
      ],
    ] as const) {
      expect(brief(genetics(text)).sort()).toEqual([...expected].sort());
    }
    // The class word and the change of one finding stay one ("exon 20 insertion (p.…dup)").
    expect(brief(genetics('EGFRエクソン20挿入（p.A767_V769dup）を検出'))).toEqual([
      'EGFR p.Ala767_Val769dup present patient',
    ]);
  });

  it("reads a group word's result as that of the change named alone in the bracket after it", () => {
    expect(brief(genetics('前医：RAS遺伝子変異：陽性（NRAS Q61K）、BRAF：陰性'))).toEqual([
      'NRAS p.Gln61Lys present patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('ドライバー遺伝子変異陽性（EGFR L858R）、ALK融合遺伝子陰性'))).toEqual([
      'EGFR p.Leu858Arg present patient',
      'ALK fusion absent patient',
    ]);
    expect(brief(genetics('EGFR陰性、RAS変異陽性（KRAS exon2 G13D）'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS p.Gly13Asp present patient',
    ]);
  });

  it('pairs a c. and p. change written around a legacy name', () => {
    for (const text of [
      'BRCA2 c.5946del（旧表記6174delT、p.Ser1982Argfs*22）の病的バリアントを検出',
      'BRCA2 c.5946del（6174delT; p.Ser1982Argfs*22）を検出',
    ]) {
      expect(
        genetics(text, 'ja', 'germline_report').map((f) => `${f.hgvs_c} ${f.hgvs_p} ${f.status}`),
      ).toEqual(['c.5946del p.Ser1982ArgfsTer22 present']);
    }
  });

  it('ends a not-detected heading at a marked section with a label of its own', () => {
    const text = [
      '■ 検出されなかった主な変化',
      'KRAS G12C、ERBB2増幅',
      '■ 備考：bTMB 3 Muts/Mb',
      '■ 見解：MET増幅を認め、耐性機序と考える。',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'ngs_report')).sort()).toEqual([
      'ERBB2 amplification absent patient',
      'KRAS p.Gly12Cys absent patient',
      'MET amplification present patient',
    ]);
    // The heading itself, with or without a mark and a colon, still heads its rows.
    expect(
      brief(genetics('■ 検出されなかった変化：\nEGFR T790M\nERBB2増幅', 'ja', 'ngs_report')),
    ).toEqual(['EGFR p.Thr790Met absent patient', 'ERBB2 amplification absent patient']);
  });

  it('reads each slash-joined call of a lung DNA panel as a row, HER2 as ERBB2', () => {
    const text =
      '肺癌マルチ遺伝子検査（オンコマイン）：EGFR変異 陰性/ROS1融合遺伝子 陽性（CD74-ROS1）/BRAF V600E 陰性/HER2 陰性/KRAS 陰性';
    expect(brief(genetics(text, 'ja', 'pathology'))).toContain('ERBB2 wild_type absent patient');
    // A receptor line of a breast cancer stays a stain.
    expect(genetics('乳癌（ER陽性/PgR陽性/HER2陰性）', 'ja', 'pathology')).toEqual([]);
  });

  it("reads a gene row named with its assay's kit as a gene result", () => {
    for (const text of ['EGFR（コバス）：陰性', 'EGFR（therascreen）：陰性']) {
      expect(brief(genetics(text))).toEqual(['EGFR wild_type absent patient']);
    }
    const rows = ['前医の結果：', '　EGFR（Idylla）：陰性', '　ALK（IHC・FISH）：陽性'].join('\n');
    expect(brief(genetics(rows))).toEqual([
      'EGFR wild_type absent patient',
      'ALK fusion present patient',
    ]);
  });

  it("reads a carrier's 保持 after a named change as a result, not as retained staining", () => {
    const text = [
      '［家族歴］',
      '　姉：他院でBRCA1遺伝学的検査を受け、本人と同一の c.68_69del を保持していると確認。',
    ].join('\n');
    expect(
      brief(genetics(text, 'ja', 'genetic_counselling')).filter((f) => f.includes('family')),
    ).toEqual(['BRCA1 c.68_69del present family']);
    expect(
      genetics('MMR蛋白：MLH1 保持、MSH2 保持、MSH6 保持、PMS2 保持', 'ja', 'pathology'),
    ).toEqual([]);
  });

  it("takes a blood row's source from its specimen, not from the tumour VAF in brackets", () => {
    const text = [
      '遺伝子｜検体｜変化｜アレル頻度｜判定',
      'BRCA1｜血液｜c.68_69del｜51%（腫瘍 80%）｜病的',
      'KRAS｜腫瘍｜p.G12D｜22%｜Tier I',
    ].join('\n');
    expect(genetics(text, 'ja', 'progress').map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'BRCA1 germline',
      'KRAS somatic',
    ]);
  });

  it("does not take a case summary's earlier germline test as the source of a panel's rows", () => {
    const text = [
      '血漿ゲノム検査 結果',
      '症例：61歳男性、膵癌。2023年にBRCA2遺伝学的検査（血液）で病的バリアントを確認済み。',
      '検出：',
      '　・KRAS p.G12V　VAF 8.1%',
      '　・BRCA2 c.5946del　VAF 47%（既知の生殖細胞系列バリアント）',
      '未検出：ATM、PALB2',
    ].join('\n');
    expect(
      genetics(text, 'ja', 'progress')
        .filter((f) => f.gene !== 'BRCA2')
        .map((f) => `${f.gene} ${f.origin}`),
    ).toEqual(['KRAS somatic', 'ATM somatic', 'PALB2 somatic']);
  });

  it('reads a gene test in brackets after the tumour it was done on as somatic', () => {
    const text = '既往：2019年 直腸癌（低位前方切除。遺伝子検査：KRAS G12D 陽性、BRAF 陰性）。';
    expect(genetics(text, 'ja', 'genetic_counselling').map((f) => `${f.gene} ${f.origin}`)).toEqual(
      ['KRAS somatic', 'BRAF somatic'],
    );
    // A germline test named there stays germline.
    expect(
      genetics(
        '既往：乳癌（2018年。BRCA遺伝子検査：BRCA1 病的バリアントなし）。',
        'ja',
        'genetic_counselling',
      ).map((f) => f.origin),
    ).toEqual(['germline']);
  });

  it("reads a relative's illness as the reason for the patient's own test", () => {
    for (const text of [
      '母が乳癌のためBRCA1/2遺伝学的検査を施行：病的バリアントは検出されず。',
      '姉が卵巣癌なのでBRCA1、BRCA2の遺伝学的検査を受け、病的バリアントは認めなかった。',
      '・父と叔父が胃癌のため遺伝学的検査（CDH1）を施行：病的バリアントなし。',
    ]) {
      expect(genetics(text, 'ja', 'progress').map((f) => f.subject)).not.toContain('family');
    }
    // The relative as the topic of both clauses stays the relative's.
    expect(
      genetics(
        '母は乳癌のため遺伝学的検査を受け、BRCA1病的バリアントを検出。',
        'ja',
        'progress',
      ).map((f) => f.subject),
    ).toEqual(['family']);
  });
});

describe('dev26: shorthand, leaders, headings, codon lists, thresholds, gene-less exon classes', () => {
  it('reads "mut" / "mt" shorthand after a gene as a genetic result', () => {
    for (const [text, expected] of [
      ['＃1 肺腺癌 StageⅣB（EGFR mut＋）', ['EGFR other present patient']],
      ['右肺腺癌（EGFR mt(+)）でオシメルチニブ内服中', ['EGFR other present patient']],
      ['eGFR 52、EGFR mut(-)', ['EGFR wild_type absent patient']],
    ] as const) {
      expect(brief(genetics(text, 'ja', 'progress'))).toEqual([...expected]);
    }
  });

  it('reads a result-named heading after a triangle or star mark, with its kind of change', () => {
    for (const text of [
      '▼検出されなかった耐性変異：EGFR T790M、EGFR C797S',
      '★未検出の耐性変異：T790M、C797S',
      '▶検出されなかったドライバー変異：EGFR T790M、C797S',
    ]) {
      expect(brief(genetics(text, 'ja', 'ngs_report')).sort()).toEqual([
        'EGFR p.Cys797Ser absent patient',
        'EGFR p.Thr790Met absent patient',
      ]);
    }
  });

  it('reads a gene row whose codon list runs long as the gene result', () => {
    for (const text of [
      '│NRAS│コドン12/13/59/61/117/146│2〜4│検出せず│',
      'NRAS：コドン12/13/59/61/117/146 検出せず',
      'NRAS | codon 12/13/59/61/117/146 | exon 2-4 | 検出せず',
    ]) {
      expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual(['NRAS wild_type absent patient']);
    }
  });

  it('reads rows with an ellipsis or middle-dot leader as gene rows', () => {
    const text = ['・EGFR … 陰性', '・ALK融合 … 陰性', '・BRAF V600E … 陰性'].join('\n');
    expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK fusion absent patient',
      'BRAF p.Val600Glu absent patient',
    ]);
    expect(brief(genetics('EGFR・・・陰性\nKRAS G12C・・・陰性', 'ja', 'ngs_report'))).toEqual([
      'EGFR wild_type absent patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
  });

  it('reads a copy number under the call threshold as no amplification', () => {
    for (const text of [
      'ERBB2 … コピー数 3（増幅の基準に達しない）',
      'MET：コピー数 5（増幅のカットオフ値未満）',
      'ERBB2増幅：コピー数 4、閾値を下回る',
    ]) {
      expect(brief(genetics(text, 'ja', 'ngs_report'))).toEqual([
        expect.stringMatching(/^(?:ERBB2|MET) amplification absent patient$/),
      ]);
    }
  });

  it('gives an exon 19 deletion or exon 14 skipping written without its gene to EGFR / MET', () => {
    for (const [text, expected] of [
      [
        '初回組織コバスでエクソン21 L858R陽性・エクソン19欠失陰性。\nKRAS：陰性',
        [
          'EGFR p.Leu858Arg present patient',
          'EGFR exon_deletion 19 absent patient',
          'KRAS wild_type absent patient',
        ],
      ],
      [
        'コバス：ex19del（＋）\n今回 T790M：陰性',
        ['EGFR exon_deletion 19 present patient', 'EGFR p.Thr790Met absent patient'],
      ],
    ] as const) {
      expect(brief(genetics(text, 'ja', 'progress')).sort()).toEqual([...expected].sort());
    }
    // Not an ambiguous class: exon 20 insertion is EGFR's or ERBB2's, exon 13 deletion any gene's.
    expect(
      genetics('エクソン20挿入 陽性\nKRAS：陰性', 'ja', 'progress').map((f) => f.gene),
    ).toEqual(['KRAS']);
  });

  it("does not give a gene's class result to another change standing between", () => {
    for (const [text, expected] of [
      [
        'EGFR エクソン21 L858R陽性・エクソン19欠失陰性',
        ['EGFR p.Leu858Arg present patient', 'EGFR exon_deletion 19 absent patient'],
      ],
      [
        'EGFR L858R（＋）、エクソン19欠失（－）',
        ['EGFR p.Leu858Arg present patient', 'EGFR exon_deletion 19 absent patient'],
      ],
      [
        '前医CGP：BRCA2 c.6275_6276del（VAF 47%）、AR増幅なし、ATM変異なし',
        [
          'BRCA2 c.6275_6276del present patient',
          'AR amplification absent patient',
          'ATM wild_type absent patient',
        ],
      ],
      [
        'ERBB2 L755S、ERBB2増幅なし',
        ['ERBB2 p.Leu755Ser present patient', 'ERBB2 amplification absent patient'],
      ],
    ] as const) {
      expect(brief(genetics(text, 'ja', 'ngs_report')).sort()).toEqual([...expected].sort());
    }
  });

  it('keeps a plasma variant with a clonal-haematopoiesis remark before "／未検出："', () => {
    const text = '血漿：TP53 R175H 0.3%（クローン性造血の可能性）／未検出：C797S、MET増幅';
    expect(brief(genetics(text, 'ja', 'progress'))).toEqual([
      'TP53 p.Arg175His present patient',
      'EGFR p.Cys797Ser absent patient',
      'MET amplification absent patient',
    ]);
    // "未検" (not tested) is still no result.
    expect(genetics('ROS1：未検', 'ja', 'progress')).toEqual([]);
  });

  it('reads a recommended evaluation of a gene as no finding, and its origin question as open', () => {
    for (const text of [
      'コメント：MSH6の生殖細胞系列バリアントを含めたリンチ症候群の評価を推奨します。',
      'MLH1の病的バリアントについて遺伝学的検査をお勧めします。',
      'PMS2の生殖細胞系列バリアントの精査を提案する。',
    ]) {
      expect(genetics(text, 'ja', 'pathology')).toEqual([]);
    }
    expect(
      genetics(
        'BRCA2 c.5946del（VAF 48%）を検出。生殖細胞系列由来か確認検査を推奨します。',
        'ja',
        'ngs_report',
      ).map((f) => f.origin),
    ).toEqual(['somatic']);
  });

  it('reads "エビデンスB/C/D" as a column value of the evidence level', () => {
    for (const text of [
      'ESR1　c.1138G>C　p.E380Q　アレル頻度 5%　エビデンスC',
      'TP53 R273C（エビデンス：D）',
    ]) {
      expect(genetics(text, 'ja', 'ngs_report').map((f) => f.significance)).toEqual(['pathogenic']);
    }
  });
});

describe('dev27: stain patterns, report-threshold headings, topics, conditionals, asides, means', () => {
  it('reads a p53 stain pattern or qualified expression as a protein result', () => {
    for (const text of [
      '病理：HGSC。p53 異常発現（変異型パターン）、WT1 陽性。',
      '病理：p53：野生型パターン、ER 陽性',
      'p53 過剰発現あり、Ki-67 40%',
      '子宮体癌：p53 null型パターン（完全欠失）',
      'p53 mutant pattern、PAX8 陽性',
    ]) {
      expect(genetics(text, 'ja', 'pathology')).toEqual([]);
    }
    // A DNA result of the same gene is still one.
    expect(brief(genetics('NGS：TP53 変異あり', 'ja', 'ngs_report'))).toEqual([
      'TP53 other present patient',
    ]);
  });

  it('reads a mutation-specific stain named by its means or clone as no DNA result', () => {
    for (const text of [
      '原発巣の免疫染色でＢＲＡＦ　Ｖ６００Ｅ（ＶＥ１）陽性。遺伝子検査は未施行。',
      'BRAF V600E（VE1）陽性',
      '免疫染色でIDH1 R132H陽性',
      'IHCにてALK陽性、FISHは未施行',
    ]) {
      expect(genetics(text, 'ja', 'pathology')).toEqual([]);
    }
    expect(brief(genetics('NGSでBRAF V600E陽性', 'ja', 'progress'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
  });

  it('reads a heading qualified by the report threshold over a list of negative genes', () => {
    for (const [text, expected] of [
      [
        '■ 報告すべき変化を認めなかった主な遺伝子：CDK12、PALB2、BRCA1',
        [
          'CDK12 wild_type absent patient',
          'PALB2 wild_type absent patient',
          'BRCA1 wild_type absent patient',
        ],
      ],
      [
        '報告対象となる変異を認めなかった遺伝子：ATM、CHEK2',
        ['ATM wild_type absent patient', 'CHEK2 wild_type absent patient'],
      ],
      [
        'BRCA1、BRCA2に報告すべき病的バリアントは検出されず',
        ['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient'],
      ],
    ] as const) {
      expect(brief(genetics(text, 'ja', 'ngs_report')).sort()).toEqual([...expected].sort());
    }
  });

  it("reads a same-variant result as the relative's variant beside the client's tumour variant", () => {
    const text = [
      'クライエント：弟（50歳）。肺腺癌でEGFR L858R陽性、オシメルチニブ内服中。',
      '背景：姉の遺伝学的検査でBRCA1 c.68_69del（p.Glu23ValfsTer17）が病的バリアントとして同定。',
      '本人の結果：姉と同一部位のシングルサイト解析 → 上記バリアントは検出されず（非保持）。',
    ].join('\n');
    expect(brief(genetics(text, 'ja', 'genetic_counselling')).sort()).toEqual(
      [
        'BRCA1 p.Glu23ValfsTer17 absent patient',
        'BRCA1 p.Glu23ValfsTer17 present family',
        'EGFR p.Leu858Arg present patient',
      ].sort(),
    );
  });

  it('reads a gene as the topic of another gene result as no result of its own', () => {
    for (const [text, expected] of [
      ['方針：ROS1はEGFR陽性であり追加検索は不要と判断。', ['EGFR other present patient']],
      ['ALKは EGFR変異陽性のため検索せず', ['EGFR other present patient']],
      ['BRAFは、KRAS G12D陽性のため未検。', ['KRAS p.Gly12Asp present patient']],
    ] as const) {
      expect(brief(genetics(text, 'ja', 'progress'))).toEqual([...expected]);
    }
    // A list before a topic particle still shares its result.
    expect(brief(genetics('EGFR、ALKは陰性', 'ja', 'progress'))).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
    ]);
  });

  it('reads -eba and -tara conditionals as hypothetical', () => {
    for (const text of [
      '・パネルでBRAF V600Eが確認されればダブラフェニブ＋トラメチニブを優先。',
      '・RET融合遺伝子やNTRK融合遺伝子が見つかればセルペルカチニブを検討。',
      'EGFR T790Mが検出できればオシメルチニブ',
      'KRAS G12Cが見つかったらソトラシブ',
      'ALK融合遺伝子が陽性となればアレクチニブ',
    ]) {
      expect(genetics(text, 'ja', 'mdt_summary')).toEqual([]);
    }
    expect(brief(genetics('KRAS G12D検出された。', 'ja', 'progress'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it('keeps a tumour variant whose confirmatory germline test is only recommended or not done', () => {
    const text =
      'F1CDx：KRAS G12D（Tier I）、BRCA2 c.5946del（p.S1982Rfs*22）VAF 51%・Tier II（生殖細胞系列の可能性→確認検査推奨、未実施）、PTEN ホモ接合性欠失（Tier II）。';
    expect(brief(genetics(text, 'ja', 'progress')).sort()).toEqual(
      [
        'BRCA2 p.Ser1982ArgfsTer22 present patient',
        'KRAS p.Gly12Asp present patient',
        'PTEN copy_loss present patient',
      ].sort(),
    );
    for (const text of [
      'ATM c.7913G>A（VAF 49%、血液での確認は未施行）',
      'PALB2 c.3113G>A（病的、生殖細胞系列の確認検査を予定）',
    ]) {
      expect(genetics(text, 'ja', 'ngs_report').map((f) => [f.status, f.origin])).toEqual([
        ['present', 'somatic'],
      ]);
    }
    // A test not done with no variant found stays no result.
    expect(genetics('ROS1（未実施）、BRAF：未施行', 'ja', 'progress')).toEqual([]);
  });

  it('reads the result of a test done for confirmation, not a plan', () => {
    const text =
      '生殖細胞系列由来かどうかの確認のため血液検査を実施済み（BRACAnalysis、5月）：BRCA2 c.3109C>T は検出されず。';
    expect(genetics(text, 'ja', 'ngs_report').map((f) => [f.gene, f.status, f.origin])).toEqual([
      ['BRCA2', 'absent', 'germline'],
    ]);
    expect(
      genetics(
        '確認目的で血液の遺伝学的検査を施行した。BRCA1 c.68_69del：非保持',
        'ja',
        'progress',
      ).map((f) => f.status),
    ).toEqual(['absent']);
    // A confirmation still to be done is no result.
    expect(genetics('確認のためBRCA2 c.3109C>Tの血液検査を予定', 'ja', 'progress')).toEqual([]);
  });

  it('takes the source of a test named as the means right before the item', () => {
    const text =
      '腫瘍は MSI-H、BRAF V600E 陰性 → 血液の遺伝学的検査（MLPA）でMLH1 エクソン8の欠失（ヘテロ接合、病的）を確認済み。';
    expect(genetics(text, 'ja', 'progress').map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'BRAF somatic',
      'MLH1 germline',
    ]);
    expect(
      genetics(
        '血漿のリキッドバイオプシーにてEGFR T790Mを検出、初回生検組織ではL858Rのみ',
        'ja',
        'progress',
      )
        .filter((f) => f.hgvs_p === 'p.Thr790Met')
        .map((f) => f.origin),
    ).toEqual(['somatic']);
  });

  it('does not give a row the class ending the row above', () => {
    const text = [
      '［体細胞］',
      '　FGFR2::BICC1 融合 ― エビデンスレベルA',
      '　TP53 エクソン7 c.743G>A（p.R248Q） ― エビデンスレベル該当なし',
    ].join('\n');
    expect(genetics(text, 'ja', 'discharge').map((f) => `${f.gene} ${f.significance}`)).toEqual([
      'FGFR2 pathogenic',
      'TP53 null',
    ]);
  });
});

describe('dev28: the family line as owner, a client carrier status, exon words among changes, row labels', () => {
  const line = (f: GeneticAnnotation) =>
    `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin} ${f.subject}`;

  it("reads the family line's variant as the relatives' finding, unless a result follows", () => {
    const lead = '家族歴：弟が大腸癌（MSH2 c.2038C>T p.R680*、病的）。\n討議：\n';
    for (const tail of [
      '家系のMSH2バリアントについて、本人へ遺伝カウンセリングを行う。',
      '家系で同定されたMSH2変異について情報提供した。',
      '家系内のMSH2病的バリアントのシングルサイト検査を提案。',
    ]) {
      expect(genetics(lead + tail, 'ja', 'mdt_summary').map(line)).toEqual([
        'MSH2 p.Arg680Ter present germline family',
      ]);
    }
    // The client's own test of it stays the client's result.
    expect(
      genetics(
        `${lead}本人のパネルで家系内のMSH2バリアントを含め病的バリアントは認めず。`,
        'ja',
        'mdt_summary',
      )
        .filter((f) => f.subject === 'patient')
        .map(line),
    ).toEqual(['MSH2 p.Arg680Ter absent germline patient']);
  });

  it("reads the client's carrier status as the client's result of the familial variant", () => {
    const lead =
      'A) #1 肺腺癌（EGFR L858R陽性）\n #2 家族歴：姉がPALB2 c.3113G>A（p.W1038*）病的バリアントを保持。';
    for (const [tail, status] of [
      ['本人は2024年にシングルサイト検査を受け、非保持と確認済み。', 'absent'],
      ['本人もシングルサイト検査で陰性。', 'absent'],
      ['本人は検査を受け非保持。', 'absent'],
      ['本人もシングルサイト検査で保持が確認された。', 'present'],
    ] as const) {
      expect(
        genetics(lead + tail, 'ja', 'progress')
          .filter((f) => f.gene === 'PALB2')
          .map(line),
      ).toEqual([
        'PALB2 p.Trp1038Ter present germline family',
        `PALB2 p.Trp1038Ter ${status} germline patient`,
      ]);
    }
    // Not tested, or a relative's result after it: no result of the client's.
    for (const tail of ['本人は未検。', '本人は未検、妹は非保持。', '本人は検査を希望せず。']) {
      expect(
        genetics(lead + tail, 'ja', 'progress').filter(
          (f) => f.gene === 'PALB2' && f.subject === 'patient',
        ),
      ).toEqual([]);
    }
  });

  it('joins exon-level words to the change stated in that exon, of several of its class', () => {
    const text =
      '臨床情報：METエクソン14スキッピング陽性（組織RNA）。\n血漿NGS：MET c.3028+2T>C（エクソン14） VAF 5%、MET Y1230H VAF 1%';
    expect(withExon(genetics(text, 'ja', 'ngs_report')).sort()).toEqual([
      'MET p.Tyr1230His - present',
      'MET snv 14 present',
    ]);
    // An intronic c. has no protein change: a lone p. beside it is another change.
    expect(
      genetics('血漿NGS：MET c.3028+1G>T VAF 3%、MET D1228N VAF 0.7%', 'ja', 'ngs_report').map(
        (f) => `${f.hgvs_c} ${f.hgvs_p}`,
      ),
    ).toEqual(['c.3028+1G>T null', 'null p.Asp1228Asn']);
  });

  it('reads known kinase-domain resistance mutations (ALK, MET) as pathogenic', () => {
    const text =
      'ロルラチニブ前のリキッド：ALK G1269A VAF 0.6%、ALK C1156Y VAF 0.3%、ALK L1196M 検出、MET D1228H 検出、MET Y1230C 検出';
    expect(genetics(text, 'ja', 'ngs_report').map((f) => f.significance)).toEqual([
      'pathogenic',
      'pathogenic',
      'pathogenic',
      'pathogenic',
      'pathogenic',
    ]);
  });

  it("takes a row's own source label over the next row's, in a clause of several rows", () => {
    for (const text of [
      '経緯：パネル検査（腫瘍＋血液）で以下が報告された。\n　〈体細胞〉KRAS c.35G>T（p.G12V）VAF 28%　エビデンスレベルA\n　〈生殖細胞系列〉ATM c.7327C>T（p.Arg2443*）病的（Pathogenic）※腫瘍でも検出',
      '経緯：パネル検査（腫瘍＋血液）で以下が報告された。\n　［体細胞］KRAS c.35G>T（p.G12V）VAF 28%　エビデンスレベルA\n　［生殖細胞系列］ATM c.7327C>T（p.Arg2443*）病的（Pathogenic）',
      '経緯：パネル検査（腫瘍＋血液）で以下が報告された。\n　体細胞：KRAS c.35G>T（p.G12V）VAF 28%　エビデンスレベルA\n　生殖細胞系列：ATM c.7327C>T（p.Arg2443*）病的（Pathogenic）',
    ]) {
      expect(genetics(text, 'ja', 'progress').map((f) => `${f.gene} ${f.origin}`)).toEqual([
        'KRAS somatic',
        'ATM germline',
      ]);
    }
  });

  it("does not take a result row's note on its own variant as the source of the rows below", () => {
    const text =
      '【リキッドバイオプシー（血漿）】\n　ESR1 D538G（c.1613A>G） VAF 2%\n　BRCA2 c.5946del（p.S1982Rfs*22） VAF 50% → 既知の生殖細胞系列バリアントと一致\n　PIK3CA、AKT1：変異検出なし';
    expect(
      genetics(text, 'ja', 'progress')
        .filter((f) => f.status === 'absent')
        .map((f) => `${f.gene} ${f.origin}`),
    ).toEqual(['PIK3CA somatic', 'AKT1 somatic']);
  });

  it("does not make the client line's tumour result germline by the record's title", () => {
    const text =
      '遺伝カウンセリング記録（二次的所見の開示）\nクライエント：58歳男性。#肺腺癌（EGFR L858R陽性）、オシメルチニブ治療中。\n結果：\n　〈体細胞〉EGFR c.2573T>G（p.L858R） VAF 30%\n　〈生殖細胞系列〉BRCA2 c.5946del（p.S1982Rfs*22） 病的';
    expect(genetics(text, 'ja', 'genetic_counselling').map((f) => `${f.gene} ${f.origin}`)).toEqual(
      ['EGFR somatic', 'BRCA2 germline'],
    );
  });
});

describe('dev29: dated past progression, suspected syndromes, measured items, assay targets, headings, sub-bullets', () => {
  const line = (f: GeneticAnnotation) =>
    `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.origin} ${f.subject}`;

  it('reads a result at a dated or past-tense progression, not one planned at a future one', () => {
    for (const text of [
      '既往：2019年 肺腺癌。2021年の再発時にEGFR遺伝子変異陽性と判明し、ゲフィチニブを開始。',
      '前回の増悪時にEGFR T790M陽性であった。',
      '耐性化時にT790Mが検出された。',
    ]) {
      expect(genetics(text, 'ja', 'discharge').filter((f) => f.status === 'present')).toHaveLength(
        1,
      );
    }
    for (const text of ['増悪時にはT790Mの有無を確認する。', '再発時はMET増幅の確認を行う。']) {
      expect(genetics(text, 'ja', 'progress')).toEqual([]);
    }
  });

  it("reads the test done for a suspected syndrome as the patient's, after a family history", () => {
    for (const text of [
      '家族歴：母 乳癌（39歳）、兄 骨肉腫（16歳）→ Li-Fraumeni症候群を疑い生殖細胞系列TP53解析を行ったが、病的バリアントは検出されなかった。',
      '乳癌の家族歴からHBOCを疑いBRCA1遺伝学的検査を施行したが、病的バリアントは認めなかった。',
    ]) {
      expect(genetics(text, 'ja', 'mdt_summary').map(line)).toEqual([
        expect.stringMatching(/ wild_type absent germline patient$/),
      ]);
    }
    const found = genetics(
      '家族歴：母 大腸癌（45歳）、叔父 子宮体癌 → リンチ症候群を疑って遺伝学的検査を行い、MLH1 c.1852_1854delを検出。',
      'ja',
      'genetic_counselling',
    );
    expect(found.map((f) => `${f.gene} ${f.status} ${f.subject}`)).toEqual([
      'MLH1 present patient',
    ]);
    // Still a hypothetical when no test follows the suspicion.
    expect(genetics('T790M出現を疑い、再生検を予定。', 'ja', 'progress')).toEqual([]);
  });

  it('does not give an item with its own measured value a negative further along the list', () => {
    expect(
      genetics('再生検CGP：EGFR L858R 残存／MET 増幅（CN 11）／T790M(-)／C797S(-)', 'ja').map(line),
    ).toEqual([
      'EGFR p.Leu858Arg present somatic patient',
      'MET amplification present somatic patient',
      'EGFR p.Thr790Met absent somatic patient',
      'EGFR p.Cys797Ser absent somatic patient',
    ]);
    expect(
      genetics('KRAS G12C（VAF 18%）、BRAF V600E 陰性', 'ja').map((f) => `${f.gene} ${f.status}`),
    ).toEqual(['KRAS present', 'BRAF absent']);
    expect(
      genetics('ERBB2増幅（コピー数 9）、EGFR T790M 検出されず', 'ja').map(
        (f) => `${f.gene} ${f.status}`,
      ),
    ).toEqual(['ERBB2 present', 'EGFR absent']);
    // A plain list still shares its result.
    expect(genetics('MET 増幅／ALK 融合：陰性', 'ja').map((f) => f.status)).toEqual([
      'absent',
      'absent',
    ]);
  });

  it("reads a codon's slash group as what the assay covers when the line names the change found", () => {
    for (const [text, change] of [
      ['BRAF V600E/K（ex15）：V600K 検出', 'p.Val600Lys'],
      ['KRAS G12C/D/V 検査：G12D 陽性', 'p.Gly12Asp'],
      ['IDH1 R132H/C/G/S/L：R132C 検出', 'p.Arg132Cys'],
    ] as const) {
      expect(genetics(text, 'ja', 'progress').map((f) => `${f.hgvs_p} ${f.status}`)).toEqual([
        `${change} present`,
      ]);
    }
    // With no change named alone, the group is the result ("BRAF V600E／V600K：陰性").
    expect(genetics('BRAF V600E／V600K（THxID）：陰性', 'ja').map((f) => f.hgvs_p)).toEqual([
      'p.Val600Glu',
      'p.Val600Lys',
    ]);
  });

  it("reads a relative's unnamed result as the inherited exon-level variant, not a tumour one", () => {
    for (const text of [
      '前医での腫瘍検査：BRAF V600E 陰性。\n生殖細胞系列検査（MLPA）：MLH1 エクソン5欠失（ヘテロ接合）、病的。\n血縁者：妹（40）は陽性、弟は非保持。',
      '腫瘍：BRAF V600E 陰性。\n遺伝学的検査（血液）：MLH1 エクソン5欠失を検出、Pathogenic。\n妹は陽性。弟は非保持。',
    ]) {
      expect(genetics(text, 'ja', 'genetic_counselling').map(line).sort()).toEqual([
        'BRAF p.Val600Glu absent somatic patient',
        'MLH1 exon_deletion absent germline family',
        'MLH1 exon_deletion present germline family',
        'MLH1 exon_deletion present germline patient',
      ]);
    }
    // A relative's bracket of age and history holds no result of theirs.
    expect(
      genetics(
        '兄がMSH2 c.1204C>Tの病的バリアントを有することが判明しており、父（62歳、癌既往なし）も同バリアント保持。',
        'ja',
        'genetic_counselling',
      ).map(line),
    ).toEqual(['MSH2 snv present germline family']);
    // Nor is the client's result after an arrow the relative's.
    expect(
      genetics(
        '背景：姉がBRCA1 c.5095C>Tを保持。\n本日の結果：同じバリアントは認めず、非保持。\n本人の質問：娘（28歳）も検査が必要か → 本人が陰性のため不要と回答。',
        'ja',
        'genetic_counselling',
      ).map(line),
    ).toEqual(['BRCA1 snv present germline family', 'BRCA1 snv absent germline patient']);
  });

  it('reads a bracketed heading naming a gene test as a heading of the rows below', () => {
    for (const open of ['[', '【', '＜']) {
      const close = { '[': ']', '【': '】', '＜': '＞' }[open];
      const text = `${open}EGFR遺伝子変異（PCR法）${close}\n　ｴｸｿﾝ19欠失：陰性\n　ｴｸｿﾝ20挿入：陰性\n　ｴｸｿﾝ21 L858R：陰性`;
      expect(
        genetics(text, 'ja', 'pathology')
          .map((f) => `${f.hgvs_p ?? f.kind} ${f.status}`)
          .sort(),
      ).toEqual(['exon_deletion absent', 'exon_insertion absent', 'p.Leu858Arg absent']);
    }
    // A colon label above exon-level rows too.
    expect(
      genetics('EGFR遺伝子変異（PCR法）：\n　ｴｸｿﾝ19欠失：陽性', 'ja', 'pathology').map(
        (f) => `${f.kind} ${f.status}`,
      ),
    ).toEqual(['exon_deletion present']);
  });

  it('takes the source of a bullet that the result lines are indented under', () => {
    const text =
      '前医での検査\n　・生殖細胞系列 多遺伝子パネル（血液）\n　　ATM c.8977C>T（p.R2993*）：Likely pathogenic\n　　BRCA1／PALB2：病的バリアントなし\n　・腫瘍：KRAS G12D 検出';
    expect(genetics(text, 'ja', 'oncology_consult').map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'ATM germline',
      'BRCA1 germline',
      'PALB2 germline',
      'KRAS somatic',
    ]);
    const blood = '検査結果\n・腫瘍組織NGS\n   TP53 R273H 検出\n・血液\n   BRCA1 c.68_69del 病的';
    expect(genetics(blood, 'ja', 'oncology_consult').map((f) => `${f.gene} ${f.origin}`)).toEqual([
      'TP53 somatic',
      'BRCA1 germline',
    ]);
  });
});

describe('dev30: plain negatives, list joints, shared classes, demonstratives, relatives’ tests, stain topics', () => {
  const line = (f: GeneticAnnotation) =>
    `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.significance} ${f.origin} ${f.subject}`;

  it('reads plain and polite negatives (見つからない, 認めません, はなく, はなかった)', () => {
    for (const text of [
      'ALK、ROS1のいずれにも融合遺伝子は見つからなかった。',
      'ALK、ROS1に融合遺伝子は見つかりませんでした。',
      'ALK、ROS1の融合遺伝子は見当たらない。',
      'ALK、ROS1には融合遺伝子を認めません。',
      'ALK、ROS1の融合遺伝子はなく、経過観察とした。',
      'ALK、ROS1ともに融合遺伝子はなかった。',
    ]) {
      expect(brief(genetics(text, 'ja', 'pathology'))).toEqual([
        'ALK fusion absent patient',
        'ROS1 fusion absent patient',
      ]);
    }
    // A condition, and "not X but Y", are no negatives.
    expect(genetics('KRAS変異が見つからない場合は再検する。', 'ja', 'progress')).toEqual([]);
  });

  it('reads と / および between genes as a list joint, with the shared class and its tier', () => {
    for (const text of [
      'CDKN2AとCDKN2Bのホモ欠失（Tier II）を認める。',
      'CDKN2AおよびCDKN2Bのホモ接合性欠失（Tier II）を認めた。',
      'CDKN2A・CDKN2Bのホモ欠失（Tier II）を認める。',
    ]) {
      expect(genetics(text, 'ja', 'ngs_report').map(line)).toEqual([
        'CDKN2A copy_loss present pathogenic somatic patient',
        'CDKN2B copy_loss present pathogenic somatic patient',
      ]);
    }
    expect(brief(genetics('EGFRとMETの増幅を認めた。', 'ja', 'ngs_report'))).toEqual([
      'EGFR amplification present patient',
      'MET amplification present patient',
    ]);
  });

  it('reads examples in a bracket inside a gene list (（G12Cを含む）) as no other result', () => {
    expect(
      brief(
        genetics('KRAS（G12C、G12Dを含む）およびNRASに変異を認めず。', 'ja', 'pathology'),
      ).sort(),
    ).toEqual([
      'KRAS p.Gly12Asp absent patient',
      'KRAS p.Gly12Cys absent patient',
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('gives a class stated after a list of changes taken together to each of them', () => {
    expect(
      genetics(
        'KRAS c.35G>T（p.G12V）とPIK3CA c.1633G>A（p.E545K）はともにOncogenic、ATM c.6067G>A（p.G2023R）はVUS。',
        'ja',
        'ngs_report',
      ).map((f) => `${f.gene} ${f.significance}`),
    ).toEqual(['KRAS pathogenic', 'PIK3CA pathogenic', 'ATM uncertain']);
    expect(
      genetics(
        'BRCA1 c.4837A>G、BRCA2 c.7397T>C、PALB2 c.2014G>Cは、いずれも良性。',
        'ja',
        'germline_report',
      ).map((f) => `${f.gene} ${f.significance}`),
    ).toEqual(['BRCA1 benign', 'BRCA2 benign', 'PALB2 benign']);
    expect(
      genetics(
        'TP53 R273H（c.818G>A）とSMAD4 R361C（c.1081C>T）も検出され、これらはいずれもTier IIと判断。',
        'ja',
        'ngs_report',
      ).map((f) => `${f.gene} ${f.significance}`),
    ).toEqual(['TP53 pathogenic', 'SMAD4 pathogenic']);
  });

  it('takes the nearest variant as the antecedent of このバリアント / 同バリアント', () => {
    for (const ref of ['このバリアント', '同バリアント', 'この変異']) {
      const text = `腫瘍のFoundationOne CDxでBRAF V600Eを検出。BRCA1 c.5266dup（VAF 47%）も報告された。血液で確認検査を行ったが、${ref}は検出されなかった。`;
      expect(genetics(text, 'ja', 'progress').map(line).sort()).toEqual([
        'BRAF p.Val600Glu present pathogenic somatic patient',
        'BRCA1 c.5266dup absent null germline patient',
        'BRCA1 c.5266dup present null somatic patient',
      ]);
    }
    // A relative's variant is the relative's, not the nearest tumour variant.
    expect(
      genetics(
        '腫瘍のパネルでKIT p.V560D、PIK3CA p.H1047Rを検出。\n来談理由：母がBRCA1の病的バリアントを持つと判明。母のバリアント名は確認中。',
        'ja',
        'genetic_counselling',
      ).filter((f) => f.gene !== 'BRCA1' && f.subject === 'family'),
    ).toEqual([]);
  });

  it('reads "the variant found in a relative" as the relative’s, tested in the patient', () => {
    for (const ref of [
      '妹で見つかったBRCA2のバリアント',
      '妹（51歳）で同定された変異',
      '妹に認められたバリアント',
    ]) {
      const text = `背景：妹がBRCA2 c.5946del（病的）を保持。\n結果：${ref}は本人からは検出されなかった（非保持）。`;
      expect(brief(genetics(text, 'ja', 'genetic_counselling'))).toEqual([
        'BRCA2 c.5946del present family',
        'BRCA2 c.5946del absent patient',
      ]);
    }
  });

  it('reads a result found by a relative’s test, however long its name, as the relative’s', () => {
    for (const text of [
      '姉の血液の遺伝学的検査（シークエンス＋MLPA）でMLH1遺伝子のエクソン8欠失（病的）が確認された。',
      '兄（45歳）の血液検体の解析でMSH2 c.1861C>T（病的）を認めた。',
      '母の遺伝子検査の結果、BRCA1 c.68_69del（病的）が検出された。',
    ]) {
      expect(genetics(text, 'ja', 'genetic_counselling').map((f) => f.subject)).toEqual(['family']);
    }
    // Not the patient's own test after a relative's illness.
    expect(
      genetics(
        '母の乳癌から本人の遺伝学的検査でBRCA1 c.68_69delを検出。',
        'ja',
        'genetic_counselling',
      ).map((f) => f.subject),
    ).toEqual(['patient']);
  });

  it('reads a stain as the gene’s topic as no DNA result, unless a DNA result follows', () => {
    for (const text of [
      'ALKは免疫染色（D5F3）のみ施行され陰性、FISHは行っていない。',
      'ALKについてはIHCで陰性。',
      'ROS1は免疫染色でスクリーニングし陰性であった。',
      'MGMTプロモーターはメチル化あり。',
      'MGMTプロモーター領域にメチル化を認める。',
    ]) {
      expect(genetics(text, 'ja', 'oncology_consult')).toEqual([]);
    }
    for (const text of [
      'ALKはIHCで陽性、FISHでも転座を確認。',
      'ALKは免疫染色（D5F3）で強陽性となり、break-apart FISHを追加したところ分離シグナル陽性細胞35%で陽性と判定。',
    ]) {
      expect(brief(genetics(text, 'ja', 'oncology_consult'))).toEqual([
        'ALK fusion present patient',
      ]);
    }
  });

  it('reads a trial or drug aimed at a change as no result', () => {
    for (const text of [
      'KRAS G12Dを対象とする国内治験は現時点でなし。',
      'NRAS Q61Kを標的とした薬剤はない。',
    ]) {
      expect(genetics(text, 'ja', 'mdt_summary')).toEqual([]);
    }
  });

  it('merges a codon-level change on an exon row with its mention in the summary', () => {
    const text =
      'EGFR遺伝子検査（コバス）：\n　ｴｸｿﾝ18　G719X　検出\n　ｴｸｿﾝ21　L858R　検出せず\n判定：EGFR変異陽性（G719X）';
    expect(withExon(genetics(text, 'ja', 'discharge')).sort()).toEqual([
      'EGFR p.Leu858Arg 21 absent',
      'EGFR snv 18 present',
    ]);
  });

  it('reads a negative in both tumour and blood as germline', () => {
    for (const text of [
      'PALB2は腫瘍・血液のいずれでも異常なし。',
      'PALB2は組織と血液の両方で変異なし。',
    ]) {
      expect(genetics(text, 'ja', 'progress').map(line)).toEqual([
        'PALB2 wild_type absent null germline patient',
      ]);
    }
  });
});

describe('dev31: progressive negatives, ならびに, carriers in plain words, back-references, blood samples, ISH measurements', () => {
  const line = (f: GeneticAnnotation) =>
    `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.significance} ${f.origin} ${f.subject}`;

  it('reads the progressive negative (認めていません, 検出していない) as absent', () => {
    for (const text of [
      'KRAS G12Cは認めていません。',
      'KRAS G12Cは検出していない。',
      'KRAS G12Cは確認していませんでした。',
    ]) {
      expect(genetics(text, 'ja', 'ngs_report').map(line)).toEqual([
        'KRAS p.Gly12Cys absent null somatic patient',
      ]);
    }
  });

  it('reads ならびに as a list joint, not a conditional なら', () => {
    for (const text of [
      'BRAF変異、ならびにALK・ROS1の融合はいずれも認めない。',
      'BRAF変異ならびにALK、ROS1融合は検出されず。',
    ]) {
      expect(genetics(text, 'ja', 'ngs_report').map(line).sort()).toEqual([
        'ALK fusion absent null somatic patient',
        'BRAF wild_type absent null somatic patient',
        'ROS1 fusion absent null somatic patient',
      ]);
    }
    // A real conditional stays no result.
    expect(genetics('KRAS G12C陽性ならソトラシブを検討。', 'ja', 'progress')).toEqual([]);
  });

  it('reads コピー数の増加なし as an amplification negative', () => {
    for (const text of ['ERBB2はコピー数の増加なし。', 'METはコピー数の増幅を認めない。']) {
      expect(genetics(text, 'ja', 'ngs_report').map((f) => `${f.kind} ${f.status}`)).toEqual([
        'amplification absent',
      ]);
    }
  });

  it('reads a change the panel or kit does not cover as no result', () => {
    for (const text of [
      'HER2エクソン20挿入は本パネルの対象外。',
      'EGFR C797Sは本キットの対象外である。',
      'METエクソン14スキッピングはこのアッセイでは対象外。',
    ]) {
      expect(genetics(text, 'ja', 'mdt_summary')).toEqual([]);
    }
  });

  it('reads a relative who carries (持っている) the variant, or not, as a family result', () => {
    const text =
      '遺伝学的検査（血液）でBRCA2 c.10150C>T 病的バリアントを検出。弟（68歳）はこのバリアントを持っており、長男（41歳）は持っていなかった。';
    expect(genetics(text, 'ja', 'genetic_counselling').map(line).sort()).toEqual([
      'BRCA2 c.10150C>T absent null germline family',
      'BRCA2 c.10150C>T present pathogenic germline family',
      'BRCA2 c.10150C>T present pathogenic germline patient',
    ]);
    // An aunt or uncle on the father's side in a family row.
    const rows =
      '・兄：MSH6 c.3261del 病的バリアント保持\n・父方叔母（68歳）：検査を受け、同じバリアントを持っていた\n・父方叔父（65歳）：同様に検査を受けたが、こちらは持っていなかった';
    expect(genetics(rows, 'ja', 'genetic_counselling').map(line).sort()).toEqual([
      'MSH6 c.3261del absent null germline family',
      'MSH6 c.3261del present pathogenic germline family',
    ]);
  });

  it('reads a relative named after a back-reference as its carrier', () => {
    for (const text of [
      '血液の遺伝学的検査でATM c.7913G>A 病的バリアントを検出。上記ATMバリアントは母（67歳）も持っている。',
      '血液の遺伝学的検査でATM c.7913G>A 病的バリアントを検出。このバリアントを姉も保持していた。',
    ]) {
      expect(
        genetics(text, 'ja', 'oncology_consult')
          .map((f) => f.subject)
          .sort(),
      ).toEqual(['family', 'patient']);
    }
  });

  it('reads a polite relative (お姉さま, お母様) in a back-reference as the variant’s owner', () => {
    for (const text of [
      '姉がBRCA2 c.3847_3848del を保持。\nシングルサイト検査の結果、お姉さまと同じバリアントを本人は受け継いでいなかった。',
      '姉がBRCA2 c.3847_3848del を保持。\nシングルサイト検査の結果、お姉さんと同じバリアントは検出されなかった。',
    ]) {
      expect(
        genetics(text, 'ja', 'genetic_counselling')
          .map((f) => `${f.status} ${f.subject}`)
          .sort(),
      ).toEqual(['absent patient', 'present family']);
    }
  });

  it('keeps a variant whose role (耐性機序, クローン性造血由来) is only possible', () => {
    expect(
      genetics(
        'KRAS G13D（VAF 3%）を認め、別の耐性機序の可能性も指摘された。',
        'ja',
        'discharge',
      ).map(line),
    ).toEqual(['KRAS p.Gly13Asp present pathogenic somatic patient']);
    expect(
      genetics(
        '血漿：TP53 R248Q 0.4%　※クローン性造血に由来する可能性あり',
        'ja',
        'ngs_report',
      ).map(line),
    ).toEqual(['TP53 p.Arg248Gln present null somatic patient']);
    // A germline origin only possible stays somatic (decision 12).
    expect(
      genetics(
        '組織パネル：BRCA2 c.5946del（VAF 48%）は生殖細胞系列に由来する可能性があり。',
        'ja',
        'progress',
      ).map((f) => f.origin),
    ).toEqual(['somatic']);
  });

  it('reads a result told right after the test was sent (提出しており、…検出)', () => {
    for (const text of [
      'F1 Liquidを提出しており、ESR1 D538Gが見つかっている。',
      '組織でパネルを提出したところ、ESR1 D538Gを検出した。',
    ]) {
      expect(genetics(text, 'ja', 'progress').map((f) => `${f.gene} ${f.status}`)).toEqual([
        'ESR1 present',
      ]);
    }
    expect(genetics('F1CDxを提出済み、ESR1 D538Gの結果待ち。', 'ja', 'progress')).toEqual([]);
  });

  it('gives bare ROS1 resistance changes and PDGFRA D842V their gene', () => {
    const text =
      'CD74::ROS1 を再確認し、キナーゼ領域の G2032R が新たに検出された。D2033N、L2086F はいずれも認めない。';
    expect(genetics(text, 'ja', 'discharge').map(line).sort()).toEqual([
      'ROS1 fusion present pathogenic somatic patient',
      'ROS1 p.Asp2033Asn absent null somatic patient',
      'ROS1 p.Gly2032Arg present pathogenic somatic patient',
      'ROS1 p.Leu2086Phe absent null somatic patient',
    ]);
    expect(
      genetics('PDGFRAには変異を認めず、exon 18 の D842V も陰性。', 'ja', 'pathology')
        .map(line)
        .sort(),
    ).toEqual([
      'PDGFRA p.Asp842Val absent null somatic patient',
      'PDGFRA wild_type absent null somatic patient',
    ]);
  });

  it('reads a variant named by the sample that found it, and peripheral blood DNA, as germline', () => {
    for (const text of [
      '①腫瘍：KIT c.1672_1674del を認める。\n②末梢血：①でみられた欠失は、末梢血DNAからは検出されなかった。',
      '腫瘍組織：KIT c.1672_1674del を検出。\n腫瘍で検出された変異は末梢血リンパ球DNAでは認めず。',
    ]) {
      expect(genetics(text, 'ja', 'molecular_pathology').map(line).sort()).toEqual([
        'KIT c.1672_1674del absent null germline patient',
        'KIT c.1672_1674del present null somatic patient',
      ]);
    }
    // A haematological sample of peripheral blood stays the tumour's.
    expect(
      genetics('末梢血 JAK2 V617F 変異：陽性（アレル頻度 38%）。', 'ja', 'progress').map(
        (f) => f.origin,
      ),
    ).toEqual(['somatic']);
  });

  it('reads a gene’s blood test and a genetics department’s test as germline', () => {
    for (const text of [
      '2021年に当院遺伝診療科でBRCA1/2の検査を受け、BRCA1 c.5266dup を認めた。',
      'BRCA1/2の血液検査でBRCA1 c.5266dup を認めた。',
      'BRCA1 c.5266dup は2022年の血液検査で陽性。',
    ]) {
      expect(genetics(text, 'ja', 'progress').map((f) => f.origin)).toEqual(['germline']);
    }
    // An attendee list names no test.
    expect(
      genetics('出席：腫瘍内科、遺伝診療科\nKRAS増幅（コピー数 14）', 'ja', 'mdt_summary').map(
        (f) => f.origin,
      ),
    ).toEqual(['somatic']);
  });

  it('reads a tumour result named in a germline report as no tumour source for the line', () => {
    const text =
      '［BRCA2］腫瘍で報告された c.6275_6276del は本検体では認められなかった。c.9976A>T をヘテロ接合で検出したが、良性と判定する。';
    expect(genetics(text, 'ja', 'germline_report').map(line).sort()).toEqual([
      'BRCA2 c.6275_6276del absent null germline patient',
      'BRCA2 c.9976A>T present benign germline patient',
    ]);
  });

  it('reads stains over a gene list (免疫染色ではMLH1/PMS2 欠失) as no finding', () => {
    for (const text of [
      'MSI-High（免疫染色ではMLH1/PMS2 欠失）、BRAF V600E陽性。',
      'MSI-High（IHCでMSH2・MSH6 消失）、BRAF V600E陽性。',
    ]) {
      expect(genetics(text, 'ja', 'progress').map((f) => f.gene)).toEqual(['BRAF']);
    }
  });

  it('reads an ISH line’s measurements up to its amplification call', () => {
    for (const [text, status] of [
      [
        'DISHを追加したところ HER2/CEP17比 2.5、平均コピー数 6.0 で、今回は増幅ありと判定された。',
        'present',
      ],
      ['HER2 FISH：HER2/CEP17比 1.4、平均HER2コピー数 3.1 で増幅なし。', 'absent'],
      ['HER2シグナル数 8.2、比 3.1 で増幅陽性。', 'present'],
    ] as const) {
      expect(
        genetics(text, 'ja', 'pathology').map((f) => `${f.gene} ${f.kind} ${f.status}`),
      ).toEqual([`ERBB2 amplification ${status}`]);
    }
  });

  it('takes the nearest variant of one gene for a demonstrative', () => {
    const text =
      '共通：EGFR L858R、Tier I。\nBのみ：EGFR C797S（VAF 0.3%）、Tier II。Aではこの変異は認めなかった。';
    expect(
      genetics(text, 'ja', 'ngs_report')
        .map((f) => `${f.hgvs_p} ${f.status}`)
        .sort(),
    ).toEqual(['p.Cys797Ser absent', 'p.Cys797Ser present', 'p.Leu858Arg present']);
  });
});

describe('dev32: negatives in plain words, exon events with に, resistance changes that appeared', () => {
  const one = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.kind} ${f.status}`);

  it('reads past and kana "見られなかった", "出ておらず", "至らない" and "変異がない" as negatives', () => {
    for (const [text, want] of [
      ['ALKとRETにも融合は見られなかった。', ['ALK fusion absent', 'RET fusion absent']],
      ['ROS1の融合はみられなかった。', ['ROS1 fusion absent']],
      [
        'NRASには変異がなく、ERBB2の増幅もみられず。',
        ['NRAS wild_type absent', 'ERBB2 amplification absent'],
      ],
      ['KRASには変異がない。', ['KRAS wild_type absent']],
      ['HER2/CEP17比 1.7で、ERBB2は遺伝子増幅には至らないと判定。', ['ERBB2 amplification absent']],
      ['EGFR T790Mは今回も出ていない。', ['EGFR snv absent']],
    ] as const) {
      expect(one(text).sort()).toEqual([...want].sort());
    }
  });

  it('keeps "推奨治療はない" / "臨床的意義はない" from negating a found variant', () => {
    expect(one('TP53 R158L を検出。TP53の異常に対する推奨治療はない。', 'ngs_report')).toEqual([
      'TP53 snv present',
    ]);
    const f = genetics(
      'BRCA2 c.1114A>C（p.Asn372His）はおそらく良性と判断し、臨床的意義なしとした。',
      'ja',
      'germline_report',
    );
    expect(f.map((x) => `${x.status} ${x.significance}`)).toEqual(['present likely_benign']);
  });

  it('reads an exon event written with the locative に ("エクソン9に欠失", "エクソン20に挿入型の変異")', () => {
    expect(one('MLH1のエクソン9に欠失（ヘテロ接合）を認めた。', 'germline_report')).toEqual([
      'MLH1 exon_deletion present',
    ]);
    expect(one('MSH2のエクソン3〜6に欠失を認めた。', 'germline_report')).toEqual([
      'MSH2 exon_deletion present',
    ]);
    expect(one('ERBB2のエクソン20に挿入型の変異が検出された。')).toEqual([
      'ERBB2 exon_insertion present',
    ]);
    expect(one('EGFRのエクソン19に欠失変異を認める。')).toEqual(['EGFR exon_deletion present']);
  });

  it('reads a change that "newly appeared" with its call or VAF as found, not hypothetical', () => {
    expect(one('新たにMETのコピー数 9 の増幅が出現（Tier II）。', 'ngs_report')).toEqual([
      'MET amplification present',
    ]);
    expect(
      one('NTRK3 G623R（VAF 0.9%）が新たに出現しており、獲得耐性変異と考えられる。', 'ngs_report'),
    ).toEqual(['NTRK3 snv present']);
    expect(one('今後T790Mが出現すればオシメルチニブを検討。')).toEqual([]);
    expect(one('T790M出現の可能性を考え再生検。')).toEqual([]);
  });
});

describe('dev33: fusions told in words, checks that found nothing, suspicions of a test done', () => {
  const fused = (text: string) =>
    genetics(text).map((f) => `${f.gene} ${f.kind} ${f.partner ?? '-'} ${f.status}`);
  const one = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.kind} ${f.status}`);

  it('pairs "AはBとの融合" / "AがBと融合" / "A遺伝子はB遺伝子との再構成" as one fusion', () => {
    expect(fused('FGFR2はBICC1との融合として検出された。')).toEqual(['FGFR2 fusion BICC1 present']);
    expect(fused('追加のNGSでROS1がCD74と融合していることが判明した。')).toEqual([
      'ROS1 fusion CD74 present',
    ]);
    expect(fused('RET遺伝子はKIF5B遺伝子との再構成を認めた。')).toEqual([
      'RET fusion KIF5B present',
    ]);
    expect(fused('NTRK1がTPM3と転座していた。')).toEqual(['NTRK1 fusion TPM3 present']);
    // A list of two fusions stays two.
    expect(fused('ALKとRETの融合は陰性。')).toEqual(['ALK fusion - absent', 'RET fusion - absent']);
  });

  it("takes a fusion's partner told in the next sentence that opens with the partner word", () => {
    expect(fused('ROS1の再構成が陽性と判明。融合相手はCD74とのこと。')).toEqual([
      'ROS1 fusion CD74 present',
    ]);
    expect(fused('ALK融合陽性。パートナーはEML4であった。')).toEqual(['ALK fusion EML4 present']);
    expect(fused('ALK融合陽性。KRASは陰性。')).toEqual([
      'ALK fusion - present',
      'KRAS wild_type - absent',
    ]);
  });

  it('reads "確認したが／確認したところ" followed by a negative as the check, not a finding', () => {
    expect(one('肝転移巣でHER2もISHで確認したが、増幅は認めなかった。')).toEqual([
      'ERBB2 amplification absent',
    ]);
    expect(one('METもFISHで確認したところ増幅は検出されなかった。')).toEqual([
      'MET amplification absent',
    ]);
    expect(one('HER2をISHで確認したところ、増幅を認めた。')).toEqual([
      'ERBB2 amplification present',
    ]);
    expect(one('BRAF V600Eを確認した。')).toEqual(['BRAF snv present']);
  });

  it('keeps a variant found when a suspicion led to a check done on blood', () => {
    expect(
      one(
        'TP53 R273H（VAF 49%）があり、生殖細胞系列を疑って血液で確認したが、検出されなかった。',
        'ngs_report',
      ).length,
    ).toBeGreaterThan(0);
    expect(
      one('BRCA2 c.5946delを認め、遺伝性を疑い末梢血にて確認しました。', 'ngs_report'),
    ).toEqual(['BRCA2 frameshift present']);
    expect(one('リンチ症候群を疑い、MLH1の変異があれば治療を検討。')).toEqual([]);
  });
});

describe('dev33 (round 2): counted gene lists, relatives compared, blood checks, class sentences', () => {
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.kind} ${f.status}`);

  it('counts "両遺伝子とも" / "N遺伝子のいずれにも" back to the genes of the test listed before', () => {
    expect(
      genesOf('BRCA1、BRCA2の生殖細胞系列検査を行った。両遺伝子とも病的バリアントを認めなかった。'),
    ).toEqual(['BRCA1 wild_type absent', 'BRCA2 wild_type absent']);
    expect(genesOf('検査：KRAS・NRAS（血漿）\n結果：両遺伝子に変異は検出されず。')).toEqual([
      'KRAS wild_type absent',
      'NRAS wild_type absent',
    ]);
    expect(genesOf('ATM、CHEK2、PALB2の三遺伝子はいずれも陰性。').sort()).toEqual([
      'ATM wild_type absent',
      'CHEK2 wild_type absent',
      'PALB2 wild_type absent',
    ]);
    // A member tested for one class only ("（欠失）") is left out of the count.
    expect(
      genesOf(
        '対象遺伝子：MLH1、MSH2、PMS2、EPCAM（欠失）\n判定：3遺伝子のいずれにも病的バリアントは認めませんでした。',
        'germline_report',
      ),
    ).toEqual(['MLH1 wild_type absent', 'MSH2 wild_type absent', 'PMS2 wild_type absent']);
    // A count that fits no list, or a panel's size, names no gene.
    expect(
      genesOf('対象：MLH1、MSH2、MSH6\n判定：4遺伝子のいずれにも病的バリアントなし。'),
    ).toEqual([]);
    expect(genesOf('30遺伝子の生殖細胞系列パネルを施行済み。BRCA2 c.5946del を検出。')).toEqual([
      'BRCA2 frameshift present',
    ]);
  });

  it("reads a gene end's deletion (EPCAM 3'側欠失) as a copy loss", () => {
    expect(genesOf("EPCAM 3'側欠失：検出されず")).toEqual(['EPCAM copy_loss absent']);
    expect(genesOf('EPCAMの3′側の欠失は認めない。')).toEqual(['EPCAM copy_loss absent']);
    expect(genesOf("MLPAでEPCAMの3'末端欠失を認めた。")).toEqual(['EPCAM copy_loss present']);
  });

  it('reads the active negative "検出しなかった" / "検出しませんでした"', () => {
    expect(genesOf('BRAFについては腫瘍では変異を検出しなかった。')).toEqual([
      'BRAF wild_type absent',
    ]);
    expect(genesOf('T790Mは検出しませんでした。')).toEqual(['EGFR snv absent']);
    expect(genesOf('KRAS G12Cを検出した。')).toEqual(['KRAS snv present']);
  });

  it('gives the relative compared with ("母と同一のバリアント") a family entry of that variant', () => {
    const lead = 'BRCA1 c.5266dup（p.Gln1756Profs*74）ヘテロ接合 Pathogenic\n';
    for (const line of [
      '→ 母（既知の保持者）と同一のバリアントです。',
      '姉と同じバリアントであり、遺伝性乳癌卵巣癌症候群と診断。',
      'お母さまと同じ変異を受け継いでいる。',
      '兄・叔父と同じバリアントを保持。',
    ]) {
      expect(full(lead + line, 'germline_report')).toEqual([
        'BRCA1 p.Gln1756ProfsTer74 present patient germline pathogenic',
        'BRCA1 p.Gln1756ProfsTer74 present family germline pathogenic',
      ]);
    }
  });

  it('keeps a relative the subject when the patient is only compared with ("本人と同一の…を持つ")', () => {
    const lead = '・CHEK2にc.1100delC（p.Thr367Metfs*15）をヘテロで認めた。\n';
    for (const line of [
      '家族：姉が本人と同一のCHEK2バリアントを持つことが分かっている。',
      '姉（47歳）が他院で検査を受けており、本人と同一のCHEK2バリアントを持っている。',
      '母も患者と同一のCHEK2バリアントを保持していた。',
      '母も本人と同じ変異を持つと判明。',
    ]) {
      expect(
        full(lead + line, 'genetic_counselling').map((f) => f.split(' ').slice(0, 4).join(' ')),
      ).toEqual([
        'CHEK2 p.Thr367MetfsTer15 present patient',
        'CHEK2 p.Thr367MetfsTer15 present family',
      ]);
    }
    // The patient named as where the variant was found is no subject either.
    expect(
      full(
        'BRCA2 c.5909C>A（p.Ser1970Ter）を腫瘍で検出。\n兄は来談者の腫瘍で見つかったものと同じBRCA2バリアントを持つことが分かっている。',
        'genetic_counselling',
      ).map((f) => f.split(' ').slice(0, 5).join(' ')),
    ).toEqual([
      'BRCA2 p.Ser1970Ter present patient somatic',
      'BRCA2 p.Ser1970Ter present family germline',
    ]);
  });

  it('splits a tumour variant whose blood check in the same sentence was negative', () => {
    expect(
      full(
        '腫瘍のパネルでBRCA2 c.5946del（VAF 51%）を検出し、血液で確認検査を行ったが検出されなかった。',
        'mdt_summary',
      ),
    ).toEqual([
      'BRCA2 c.5946del present patient somatic -',
      'BRCA2 c.5946del absent patient germline -',
    ]);
    expect(
      full('腫瘍で検出されたATM c.7327C>Tは、末梢血DNAでは認められなかった。', 'progress'),
    ).toEqual([
      'ATM c.7327C>T present patient somatic -',
      'ATM c.7327C>T absent patient germline -',
    ]);
    // Found in blood too: one germline finding.
    expect(
      full(
        '腫瘍組織でBRCA2 c.5946delを検出し、末梢血からも同一バリアントが検出された。',
        'ngs_report',
      ),
    ).toEqual(['BRCA2 c.5946del present patient germline -']);
    // A check sent and not back leaves the tumour result somatic (ja decision 12).
    expect(
      full('BRCA2 c.5946delを検出、血液での確認検査を提出し結果待ち。', 'mdt_summary'),
    ).toEqual(['BRCA2 c.5946del present patient somatic -']);
  });

  it('takes the class from a short next sentence that is only the class ("判定はLikely pathogenic。")', () => {
    expect(
      full('BRCA2 c.5946del（p.S1982Rfs*22）を検出した。病的バリアントと判定。', 'ngs_report'),
    ).toEqual(['BRCA2 p.Ser1982ArgfsTer22 present patient somatic pathogenic']);
    expect(full('TP53 R248Qを検出。分類はTier II。', 'ngs_report')).toEqual([
      'TP53 p.Arg248Gln present patient somatic pathogenic',
    ]);
    expect(full('MSH6 c.116G>A をヘテロ接合で検出した。評価：VUS。', 'ngs_report')).toEqual([
      'MSH6 c.116G>A present patient somatic uncertain',
    ]);
    expect(full('BRCA1 c.68_69del を検出。乳癌の既往。', 'ngs_report')).toEqual([
      'BRCA1 c.68_69del present patient somatic -',
    ]);
  });
});

describe("dev35: prose results, fusions told with と, relatives in the client's sentences", () => {
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'}`,
    );
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.kind} ${f.status}`);

  it('reads a suspicion whose test was added as done ("疑って…を追加したが、同バリアントは…検出されず")', () => {
    expect(
      full(
        '腫瘍組織のパネルでBRCA2 c.5946delをVAF 55%で検出。遺伝性を疑い血液で調べたところ、このバリアントは認められなかった。',
      ),
    ).toEqual([
      'BRCA2 c.5946del present patient somatic',
      'BRCA2 c.5946del absent patient germline',
    ]);
    expect(
      full(
        '腫瘍組織でPALB2 c.172_175delを検出した。生殖細胞系列由来を疑って確認検査を追加で提出したが、同変異は血液から検出されなかった。',
      ),
    ).toEqual([
      'PALB2 c.172_175del present patient somatic',
      'PALB2 c.172_175del absent patient germline',
    ]);
  });

  it('reads 否定的, 基準に届かない, みられません and 調べておりません', () => {
    expect(genesOf('腫瘍パネルではMET増幅は否定的と判断された。')).toEqual([
      'MET amplification absent',
    ]);
    expect(genesOf('EGFR変異はPCRで否定的であった。')).toEqual(['EGFR wild_type absent']);
    // A clinical judgement with no test is no result.
    expect(
      genesOf('生殖細胞系列のRET変異は家族歴から否定的と考え、検査は行っておりません。'),
    ).toEqual([]);
    expect(genesOf('ERBB2はコピー数4で増幅の基準には届かなかった。')).toEqual([
      'ERBB2 amplification absent',
    ]);
    expect(genesOf('CDKN2A/Bのホモ接合性欠失はみられません。')).toEqual([
      'CDKN2A copy_loss absent',
      'CDKN2B copy_loss absent',
    ]);
    expect(genesOf('ALK融合遺伝子は陰性。ROS1は検体量の都合で調べておりません。')).toEqual([
      'ALK fusion absent',
    ]);
  });

  it('does not give a stain marker\'s result ("ER陰性") to the amplification before it', () => {
    expect(
      genesOf(
        '右乳癌。HER2陽性（IHC 3+ → FISHでHER2/CEP17比 5.2、平均HER2シグナル 10.1個/細胞で増幅）、ER陰性、PgR陰性。',
      ),
    ).toEqual(['ERBB2 amplification present']);
    expect(genesOf('EGFR L858R陽性、PD-L1陰性。').length).toBe(1);
  });

  it('reads "AとBの融合" as one fusion when one gene alone is a fusion driver', () => {
    const fusions = (text: string) =>
      genetics(text).map((f) => `${f.gene} ${f.kind} ${f.partner ?? '-'} ${f.status}`);
    expect(fusions('パネルでEML4遺伝子とALK遺伝子の融合を検出した。')).toEqual([
      'ALK fusion EML4 present',
    ]);
    expect(fusions('CD74とROS1の融合遺伝子が陽性。')).toEqual(['ROS1 fusion CD74 present']);
    expect(fusions('NTRK3とETV6の融合（レベルA）を認める。')).toEqual([
      'NTRK3 fusion ETV6 present',
    ]);
    // Two drivers, or a group word, keep a list.
    expect(fusions('ALKとRETの融合は陰性。')).toEqual([
      'ALK fusion - absent',
      'RET fusion - absent',
    ]);
    expect(fusions('EGFRとALKの融合は陰性。').length).toBe(2);
  });

  it('gives a gene-less HGVS change opening a clause the gene named above it', () => {
    expect(
      full(
        'KRAS G12Dが陽性であった。\n今回の血漿検査でも、同じG12D（c.35G>A）が検出され、ほかにTP53 R175Hが報告された。',
      ),
    ).toEqual([
      'KRAS p.Gly12Asp present patient somatic',
      'TP53 p.Arg175His present patient somatic',
    ]);
  });

  it("reads a relative tested for the client's variant, among tumour variants", () => {
    expect(
      full(
        '血液でBRCA1 c.68_69delを病的バリアントとして認めた。腫瘍ではPIK3CA H1047Rのみ。弟さんはシングルサイト検査を受け、兄（来談者）と同じ変異は弟さんからは検出されなかった。',
        'genetic_counselling',
      ),
    ).toEqual([
      'BRCA1 c.68_69del present patient germline',
      'PIK3CA p.His1047Arg present patient somatic',
      'BRCA1 c.68_69del absent family germline',
    ]);
  });

  it('reads a relative\'s sample or test as the topic of the sentence ("兄の腫瘍は…")', () => {
    expect(
      full(
        '姉の腫瘍はMMR免疫染色でMLH1が消失しており、その後の血液の検査でMLH1 c.1852_1854delが見つかった。',
      ),
    ).toEqual(['MLH1 c.1852_1854del present family germline']);
    expect(full('母の血液検査では、BRCA2 c.5946delを認めた。')).toEqual([
      'BRCA2 c.5946del present family germline',
    ]);
  });

  it('reads "<GENE>の方は…認められなかった" as that gene\'s named variant', () => {
    expect(
      full(
        '腫瘍でBRCA2 c.5946delとATM c.5932G>Tを検出。血液で両変異を確認したが、ATMの方は血液では認められなかった。',
      ).filter((f) => f.startsWith('ATM')),
    ).toEqual(['ATM c.5932G>T present patient somatic', 'ATM c.5932G>T absent patient germline']);
    // A gene with its own change after 方 is no reference.
    expect(full('EGFRは陰性だが、KRASの方はG12C変異が検出されている。')).toEqual([
      'EGFR wild_type absent patient somatic',
      'KRAS p.Gly12Cys present patient somatic',
    ]);
  });
});

describe('dev34: counted MMR lists, exons lost whole, results reviewed, ISH measures', () => {
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.kind} ${f.exon ?? '-'} ${f.status}`);

  it('reads MMR genes as DNA results when "いずれも" heads a named change, not a stain', () => {
    expect(genesOf('血液パネル：MLH1、MSH2の2つはいずれも病的バリアントを認めなかった。')).toEqual([
      'MLH1 wild_type - absent',
      'MSH2 wild_type - absent',
    ]);
    expect(genesOf('ミスマッチ修復タンパク：MLH1、MSH2、MSH6 いずれも保持')).toEqual([]);
  });

  it('reads an exon lost whole as its subject ("エクソン8がまるごと欠失")', () => {
    expect(genesOf('MSH2はMLPAでエクソン3がまるごと欠失しており、病的と判定。')).toEqual([
      'MSH2 exon_deletion 3 present',
    ]);
    expect(genesOf('PMS2遺伝子のエクソン5全体が欠失していた（MLPA）。')).toEqual([
      'PMS2 exon_deletion 5 present',
    ]);
  });

  it('keeps results reviewed at a meeting ("結果を…で検討：…")', () => {
    expect(genesOf('F1CDxの結果をエキスパートパネルで検討：KIF5B::RET融合。')).toEqual([
      'RET fusion - present',
    ]);
    expect(genesOf('MET増幅の検索を検討中。')).toEqual([]);
  });

  it('reads an ISH call across the IHC score and the measures ("IHC 2+、DISHで比1.7・平均4.1/細胞と増幅なし")', () => {
    expect(
      genesOf('原発巣：ER陽性、HER2 IHC 2+、DISHで比1.6・平均3.9/細胞と増幅なし、Ki-67 15%。'),
    ).toEqual(['ERBB2 amplification - absent']);
    expect(genesOf('HER2（IHC 2+）、FISH法で比2.4・平均6.2個/細胞と増幅を認めた。')).toEqual([
      'ERBB2 amplification - present',
    ]);
  });
});

describe('dev36: list conjunctions, class topics, heading sentences, assay names, back-references', () => {
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status}`);
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('reads それに / そして as a list joint before a shared negative', () => {
    expect(genesOf('KRAS、NRAS、そしてBRAFはいずれも野生型であった。')).toEqual([
      'KRAS wild_type absent',
      'NRAS wild_type absent',
      'BRAF wild_type absent',
    ]);
    expect(genesOf('EGFR、KRAS（G12D）、それにMETの増幅の3項目はどれも陰性。')).toEqual([
      'EGFR wild_type absent',
      'KRAS p.Gly12Asp absent',
      'MET amplification absent',
    ]);
  });

  it('reads a class as the topic of the gene list after it ("融合遺伝子の方は…", "増幅については…")', () => {
    expect(genesOf('融合遺伝子については、ROS1とRETは検出されなかった。')).toEqual([
      'ROS1 fusion absent',
      'RET fusion absent',
    ]);
    expect(genesOf('増幅に関しては、METとERBB2はいずれも認めず。')).toEqual([
      'MET amplification absent',
      'ERBB2 amplification absent',
    ]);
  });

  it('reads 陽性所見は認められない and the passive progressive negative', () => {
    expect(genesOf('EGFR、KRAS、BRAFのいずれにも陽性所見は認められなかった。')).toEqual([
      'EGFR wild_type absent',
      'KRAS wild_type absent',
      'BRAF wild_type absent',
    ]);
    expect(genesOf('T790Mは検出されていなかった。')).toEqual(['EGFR p.Thr790Met absent']);
    expect(genesOf('MET増幅は確認されていません。')).toEqual(['MET amplification absent']);
    expect(genesOf('KRAS G12Cが認められている。')).toEqual(['KRAS p.Gly12Cys present']);
  });

  it('reads a heading sentence over the line that lists its genes', () => {
    expect(
      genesOf(
        '下記の遺伝子には病的バリアントを認めませんでした。\nBRCA1、BRCA2、PALB2',
        'germline_report',
      ),
    ).toEqual(['BRCA1 wild_type absent', 'BRCA2 wild_type absent', 'PALB2 wild_type absent']);
    expect(
      genesOf(
        '■ 以下の遺伝子にはPathogenic／Likely pathogenicに該当するバリアントを検出しませんでした\nATM / CHEK2',
        'germline_report',
      ),
    ).toEqual(['ATM wild_type absent', 'CHEK2 wild_type absent']);
    // A row closing with its class does not carry the next line's negative back to it.
    expect(
      genesOf(
        'パネル：BRCA2 c.3847_3848del VAF 47% Pathogenic\nBRCA2について血液の確認検査が行われ、同バリアントは検出されず。',
      ),
    ).toContain('BRCA2 frameshift present');
  });

  it('takes the exon locating the next member as part of the list ("エクソン15のBRAF V600Eとエクソン2のKRAS G12Cは陰性")', () => {
    expect(genesOf('エクソン15のBRAF V600Eとエクソン2のKRAS G12Dは陰性。')).toEqual([
      'BRAF p.Val600Glu absent',
      'KRAS p.Gly12Asp absent',
    ]);
  });

  it('reads a result told after 提出したところ / 提出した結果 as a result', () => {
    expect(genesOf('再生検でCGPを提出したところMETの増幅が新たに見つかっている。')).toEqual([
      'MET amplification present',
    ]);
    expect(genesOf('パネルを提出した結果、KRAS G12Dが見つかった。')).toEqual([
      'KRAS p.Gly12Asp present',
    ]);
    expect(genesOf('ERBB2増幅の確認のためCGPを提出した。')).toEqual([]);
  });

  it('reads a fusion pair told with と after a clause ending in a comma', () => {
    const fusions = genetics('パネルを追加で提出し、EZRとROS1の融合遺伝子が陽性と判明した。').map(
      (f) => `${f.gene} ${f.kind} ${f.partner ?? '-'} ${f.status}`,
    );
    expect(fusions).toEqual(['ROS1 fusion EZR present']);
  });

  it('takes "腫瘍にあった / 腫瘍で見つかった GENEの変化" as the tumour variant named before', () => {
    expect(
      full(
        '組織パネルでPALB2 c.172_175delを認めた。今回血液で確認したが、腫瘍にあったPALB2の変化は血液からは検出されなかった。',
      ),
    ).toEqual([
      'PALB2 c.172_175del present patient somatic -',
      'PALB2 c.172_175del absent patient germline -',
    ]);
  });

  it('reads a suspicion whose test was done with した ("疑い…確認検査をしたが")', () => {
    expect(
      full(
        '腫瘍でATM c.7913G>Aを検出した。生殖細胞系列由来を疑い血液で確認検査をしたが、同バリアントは検出されず。',
      ),
    ).toEqual([
      'ATM c.7913G>A present patient somatic -',
      'ATM c.7913G>A absent patient germline -',
    ]);
  });

  it("gives nothing for a variant's site named as a test's target", () => {
    expect(genesOf('血液で確認検査を実施（BRCA1/2全領域＋母のバリアント部位）。')).toEqual([]);
  });

  it('reads a gene in a kit name as the kit, not a gene-level result (decisions 77 and 95)', () => {
    expect(genesOf('【コバスEGFR変異検出キット】エクソン19欠失：陰性／L858R：陰性')).toEqual([
      'EGFR p.Leu858Arg absent',
      'EGFR exon_deletion absent',
    ]);
    expect(genesOf('【コバスEGFR変異検出キット】\nエクソン19欠失：陽性')).toEqual([
      'EGFR exon_deletion present',
    ]);
    expect(genesOf('therascreen PIK3CA RGQ PCRキット（組織）：変異検出せず')).toEqual([
      'PIK3CA wild_type absent',
    ]);
  });

  it('reads "GENEの免疫染色" as a stain and "到着次第" as a result still to come', () => {
    expect(genesOf('ALKの免疫染色（D5F3）は陰性。')).toEqual([]);
    expect(genesOf('ROS1のIHCは陰性であった。')).toEqual([]);
    expect(genesOf('ALKの免疫染色は陽性で、FISHでも転座を確認した。')).toEqual([
      'ALK fusion present',
    ]);
    expect(genesOf('KRASの結果は判明次第連絡する。')).toEqual([]);
  });

  it('shares a class over two variants listed, then "どちらも…"', () => {
    expect(
      full(
        '参考欄にはMSH6のc.116G>AとPMS2のc.1408C>Tが記載されているが、どちらも良性と分類されている。',
      ).map((s) => s.split(' ').at(-1)),
    ).toEqual(['benign', 'benign']);
  });

  it("does not give a prose paragraph's germline test to the next paragraph's tumour results", () => {
    expect(
      full(
        '乳癌の際に遺伝外来でBRCA1/2検査を受け、BRCA2は異常なしでした。\n肺病変につきましては、前医の検査でEGFRは野生型、ALK融合遺伝子は陰性と伺っております。',
        'oncology_consult',
      ),
    ).toEqual([
      'BRCA2 wild_type absent patient germline -',
      'EGFR wild_type absent patient somatic -',
      'ALK fusion absent patient somatic -',
    ]);
    // A line going on with no test of its own is still the paragraph above's.
    expect(
      full(
        '血液の遺伝学的検査でBRCA1 c.68_69delを検出した。\nBRCA2は病的バリアントを認めなかった。',
      ),
    ).toEqual([
      'BRCA1 c.68_69del present patient germline -',
      'BRCA2 wild_type absent patient germline -',
    ]);
  });
});

describe('dev37: partners in words, tests not done, ISH prose, codon lists, current tests', () => {
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status}`);
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind}${f.partner ? `(${f.partner})` : ''}${f.exon ? `/${f.exon}` : ''} ${f.status} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('reads a partner joined onto the kinase gene in words (に / では / が つながる)', () => {
    expect(full('RNAパネルの結果、RETにはCCDC6との再構成が見つかった。')).toEqual([
      'RET fusion(CCDC6) present somatic pathogenic',
    ]);
    expect(full('パネル検査でNTRK1にTPM3がつながる融合遺伝子を検出した。')).toEqual([
      'NTRK1 fusion(TPM3) present somatic pathogenic',
    ]);
    expect(full('ROS1ではEZRとの融合を認めた。')).toEqual([
      'ROS1 fusion(EZR) present somatic pathogenic',
    ]);
    expect(full('RNAシークエンスでCD74とROS1がつながった融合転写産物を検出。')).toEqual([
      'ROS1 fusion(CD74) present somatic pathogenic',
    ]);
  });

  it('takes a partner told by "との融合" in the clause after a plain positive, not as a finding', () => {
    expect(full('PCR検査ではALKだけが陽性で、EML4とのバリアント3の融合と報告された。')).toEqual([
      'ALK fusion(EML4) present somatic pathogenic',
    ]);
    expect(full('ROS1融合遺伝子が陽性で、SLC34A2との融合であった。')).toEqual([
      'ROS1 fusion(SLC34A2) present somatic pathogenic',
    ]);
    // A second driver named so is no partner.
    expect(genesOf('ALK陽性、RETとの融合は検出されず。')).toEqual([
      'ALK fusion present',
      'RET fusion absent',
    ]);
  });

  it('reads ATRX as a glioma stain unless a DNA change is named', () => {
    expect(genesOf('IHC：ATRXは保持、p53はびまん性陽性。')).toEqual([]);
    expect(genesOf('ATRX消失、IDH1 R132H（免疫染色）陰性。')).toEqual([]);
    expect(genesOf('NGSでATRXに変異を認めた。')).toEqual(['ATRX other present']);
  });

  it('gives nothing for a test sent out with no result, or one that could not be done', () => {
    expect(genesOf('BRAF V600Eは検査会社へ出しており、まだ結果は返ってきていない。')).toEqual([]);
    expect(genesOf('MET増幅とKRAS G12Cの検索は、検体量が足りず実施できなかった。')).toEqual([]);
    expect(genesOf('ROS1は組織不足のため行えず。')).toEqual([]);
    // A result told after the sending is one.
    expect(genesOf('KRASは外注に出したところ陰性であった。')).toEqual(['KRAS wild_type absent']);
  });

  it('reads a prose ISH test of a gene up to its call as its amplification or copy-loss result', () => {
    expect(
      genesOf(
        'HER2はIHC 2+のため、手術検体でFISHを追加したところ比1.4にとどまり、増幅なしと判定。',
      ),
    ).toEqual(['ERBB2 amplification absent']);
    expect(
      genesOf(
        'HER2：生検ではDISHが判定保留（比2.0）で再検となり、切除標本でFISHをやり直したところ比1.1で増幅なしの結果。',
      ),
    ).toEqual(['ERBB2 amplification absent']);
    expect(genesOf('CDKN2AについてはFISHを行い、腫瘍細胞の60%でホモ接合性欠失を認めた。')).toEqual([
      'CDKN2A copy_loss present',
    ]);
  });

  it('keeps a positive whose doubt after a comma is about something else', () => {
    expect(
      genesOf('既往の黒色腫ではBRAFのV600E変異が陽性と記録されており、転移の可能性も考えた。'),
    ).toEqual(['BRAF p.Val600Glu present']);
    expect(genesOf('KRAS G12C陽性であれば、ソトラシブを検討。')).toEqual([]);
  });

  it('reads genes qualified by their codons as a list sharing one negative', () => {
    expect(genesOf('KRASのコドン12/13、NRASのコドン61はいずれも変異なし。')).toEqual([
      'KRAS wild_type absent',
      'NRAS wild_type absent',
    ]);
  });

  it('reads a gene group and origin between a gene and its negative as qualifiers', () => {
    expect(
      full(
        'BRCA2を含む相同組換え修復関連遺伝子の生殖細胞系列バリアントは、今回の解析では該当なし。',
      ),
    ).toEqual(['BRCA2 wild_type absent germline -']);
  });

  it('reads "変化なく" as a negative and "レベル付与なし" as no classification', () => {
    expect(genesOf('NRASには変化なく、ERBB2の増幅も認めない。')).toEqual([
      'NRAS wild_type absent',
      'ERBB2 amplification absent',
    ]);
    // (A level stated as not given leaves even a driver null: ja dev41 4127, dev43 4325.)
    expect(
      full('KRAS G12DはエビデンスレベルC、PIK3CAのc.1633G>A（p.E545K）はレベル付与なし。'),
    ).toEqual([
      'KRAS p.Gly12Asp present somatic pathogenic',
      'PIK3CA p.Glu545Lys present somatic -',
    ]);
  });

  it('reads an MLPA exon told as the exon lost ("エクソン4がヘテロ接合性に欠失")', () => {
    expect(full('MLPAでMSH2のエクソン3がヘテロ接合性に欠失しており、病的と判定。')).toEqual([
      'MSH2 exon_deletion/3 present somatic pathogenic',
    ]);
  });

  it('keeps a dated earlier negative beside a positive of "今回" (decision 30)', () => {
    expect(
      genesOf('2021年の組織検査でEGFR変異は陰性。\n今回のリキッドバイオプシーでEGFR L858Rを検出。'),
    ).toEqual(['EGFR wild_type absent', 'EGFR p.Leu858Arg present']);
  });

  it('shares a class counted after a list ("3つともTier II")', () => {
    expect(
      full(
        'NRASにc.181C>A（p.Q61K）、TP53にc.524G>A（p.R175H）、さらにPTENのホモ接合性欠失があり、3つともTier II。',
      ).map((s) => s.split(' ').at(-1)),
    ).toEqual(['pathogenic', 'pathogenic', 'pathogenic']);
  });
});

describe('dev38: regions beside a positive, open questions, plain reports, exon hotspots in prose, back-references', () => {
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status}`);
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind}${f.partner ? `(${f.partner})` : ''}${f.exon ? `/${f.exon}` : ''} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('reads a kinase-domain negative beside the gene’s positive as no wild type (decision 86)', () => {
    expect(
      genesOf('再生検のNGSでEML4::ALKを再確認、ALKキナーゼドメインの耐性変異は認めなかった。'),
    ).toEqual(['ALK fusion present']);
    expect(genesOf('BCR::ABL1陽性。ABL1のキナーゼ領域には変異を認めず。')).toEqual([
      'ABL1 fusion present',
    ]);
    // Alone, a region negative is the gene's negative.
    expect(genesOf('EGFRのチロシンキナーゼ領域に変異は検出されなかった。')).toEqual([
      'EGFR wild_type absent',
    ]);
    // Not a drug class.
    expect(genesOf('EGFRチロシンキナーゼ阻害薬を継続。')).toEqual([]);
  });

  it('reads "病的かどうか判断できない" as no class, the VUS beside it as the class', () => {
    expect(
      full('BRCA1 c.5123C>A（p.A1708E）を検出したが、病的か否かは判定できず、VUSとして報告。'),
    ).toEqual(['BRCA1 p.Ala1708Glu present patient somatic uncertain']);
    expect(full('PALB2 c.2816T>G（p.L939W）を認め、病的か良性か結論が出ていない。')).toEqual([
      'PALB2 p.Leu939Trp present patient somatic -',
    ]);
    expect(full('BRCA2 c.7007G>A（p.R2336H）を認め、病的と判定。')).toEqual([
      'BRCA2 p.Arg2336His present patient somatic pathogenic',
    ]);
  });

  it('reads "…は報告されていなかった" after the change as a negative, not a pending result', () => {
    expect(genesOf('F1CDxでは、ATMを含めHRR関連遺伝子に病的な変異は報告されていない。')).toEqual([
      'ATM wild_type absent',
    ]);
    expect(genesOf('前医のPCRでKRASの変異は報告されず、NRASも変異の報告はなかった。')).toEqual([
      'KRAS wild_type absent',
      'NRAS wild_type absent',
    ]);
    expect(genesOf('組織パネルの結果はまだ報告されていない。BRAF V600E陽性（前医）。')).toEqual([
      'BRAF p.Val600Glu present',
    ]);
  });

  it('reads a relative named first as the complement of a lead clause, then as the subject', () => {
    expect(
      full(
        '受診の契機は兄で、兄は大腸癌の術後に受けた血液の検査でMLH1 c.1852_1853delinsGC（p.K618A）が見つかり、病的と判定されている。',
        'genetic_counselling',
      ),
    ).toEqual(['MLH1 p.Lys618Ala present family germline pathogenic']);
    // The patient as the subject after the lead clause stays the patient.
    expect(
      full(
        '来談のきっかけは母で、本人は血液の検査でBRCA1 c.68_69del（p.E23Vfs*17）を保持していた。',
        'genetic_counselling',
      ),
    ).toEqual(['BRCA1 p.Glu23ValfsTer17 present patient germline -']);
  });

  it('reads "同じBRCA1の変化" / "母と同じ変化" as the familial variant', () => {
    expect(
      full(
        '妹にBRCA1 c.5266dup（病的）が見つかっている。\n本日の結果：本人には同じBRCA1の変化は検出されなかった。',
        'genetic_counselling',
      ),
    ).toEqual([
      'BRCA1 c.5266dup present family germline pathogenic',
      'BRCA1 c.5266dup absent patient germline -',
    ]);
    expect(
      full(
        '父にMSH2 c.942+3A>T（病的）。\n本人も父と同じ変化を保持していた。',
        'genetic_counselling',
      ),
    ).toEqual([
      'MSH2 c.942+3A>T present family germline pathogenic',
      'MSH2 c.942+3A>T present patient germline pathogenic',
    ]);
  });

  it('reads a gene-less exon 19 deletion in prose as EGFR’s, past a gene told in the sentence above', () => {
    expect(
      genesOf(
        '姉の検査でBRCA2の病的バリアントは本人には認められなかった。\n参考：肺癌の手術検体のPCRではexon19の欠失を認め、L858Rは陰性。',
        'genetic_counselling',
      ),
    ).toEqual(['BRCA2 wild_type absent', 'EGFR exon_deletion present', 'EGFR p.Leu858Arg absent']);
    // A gene after it in another clause or a bracket is not its gene.
    expect(genesOf('初回PCRでエクソン19の欠失があり、T790Mは陰性（PD-L1 TPS 30%）。')).toEqual([
      'EGFR exon_deletion present',
      'EGFR p.Thr790Met absent',
    ]);
    expect(genesOf('PCR：エクソン19欠失陰性、KRAS G12C陽性。')).toEqual([
      'EGFR exon_deletion absent',
      'KRAS p.Gly12Cys present',
    ]);
    // A gene heading the line above keeps its exon-level class.
    expect(genesOf('KIT遺伝子解析\nエクソン11の欠失を認める。')).toEqual([
      'KIT exon_deletion present',
    ]);
  });

  it('reads a drug’s effect on a class in general as no result', () => {
    expect(
      genesOf('EGFRエクソン20挿入変異陽性。\nエクソン20挿入には従来のEGFR-TKIは効果が乏しい。'),
    ).toEqual(['EGFR exon_insertion present']);
    expect(genesOf('KRAS G12D陽性。G12C変異にはソトラシブが使えるが本例は対象外。')).toEqual([
      'KRAS p.Gly12Asp present',
    ]);
  });

  it('reads a question between two changes as no result', () => {
    expect(
      genesOf(
        '紹介状にはEGFR遺伝子変異陽性とのみ記載。L858Rなのかエクソン19欠失なのかは前医に問い合わせ中。',
      ),
    ).toEqual(['EGFR other present']);
    expect(genesOf('前医でKRAS変異陽性。G12DかG12Vかは不明。')).toEqual(['KRAS other present']);
  });

  it('reads "〜によれば" as the source of a result, not a condition', () => {
    expect(
      genesOf(
        '前医の報告書によれば、当時の腫瘍はIDH1 R132H陽性で、CDKN2A/Bのホモ接合性欠失はなかった。',
      ),
    ).toEqual(['IDH1 p.Arg132His present', 'CDKN2A copy_loss absent', 'CDKN2B copy_loss absent']);
    expect(genesOf('KRAS G12Cが検出されればソトラシブを検討。')).toEqual([]);
  });

  it('reads "みられ" as seen, and a back-reference in a tumour test as somatic', () => {
    expect(full('NRAS変異陽性（Q61K）。\n2月のF1CDxでも同変異がみられた（VAF 18%）。')).toEqual([
      'NRAS p.Gln61Lys present patient somatic pathogenic',
    ]);
    expect(genesOf('ERBB2の増幅はみられず、BRAFには変化が見られていない。')).toEqual([
      'ERBB2 amplification absent',
      'BRAF wild_type absent',
    ]);
    // A blood check of the tumour variant stays the germline test's (decision 12).
    expect(
      full(
        '腫瘍でBRCA2 c.7480C>T（p.R2494*）、Tier II。血液では同バリアントは検出されず、腫瘍にとどまる変化と判断。',
      ),
    ).toEqual([
      'BRCA2 p.Arg2494Ter present patient somatic pathogenic',
      'BRCA2 p.Arg2494Ter absent patient germline -',
    ]);
  });
});

describe('dev39: a test named by the sample sent, "the same" back-references, ruled-out calls, origin after a reason', () => {
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status}`);
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('reads a test sent, named before its result in the same sentence, as done', () => {
    expect(
      genesOf('3月に腹膜播種から提出したF1CDxでは、BRAFにV600EがVAF 18%で見つかった。'),
    ).toEqual(['BRAF p.Val600Glu present']);
    expect(genesOf('先月提出したオンコマインDxの結果、EGFR L858Rが検出された。')).toEqual([
      'EGFR p.Leu858Arg present',
    ]);
    expect(genesOf('血漿で提出したGuardant360にてKRAS G12Dを認めた。')).toEqual([
      'KRAS p.Gly12Asp present',
    ]);
    // Still pending: sent, with no result in the sentence.
    expect(genesOf('KRAS G12Cの検索目的でF1CDxを提出した。')).toEqual([]);
    expect(genesOf('F1CDxを提出中で、KRAS G12Cが見つかればソトラシブ。')).toEqual([]);
  });

  it('reads "Xも同様" as the result of the gene before it, at gene level', () => {
    expect(genesOf('ERBB2の増幅は認めず、METについても同様でした。')).toEqual([
      'ERBB2 amplification absent',
      'MET amplification absent',
    ]);
    expect(genesOf('ALK融合遺伝子は陰性、ROS1も同じ結果であった。')).toEqual([
      'ALK fusion absent',
      'ROS1 fusion absent',
    ]);
    // A named variant's negative is no other gene's variant: the gene is wild type.
    expect(genesOf('KRAS G12Cは陰性で、NRASも同様であった。')).toEqual([
      'KRAS p.Gly12Cys absent',
      'NRAS wild_type absent',
    ]);
    expect(genesOf('CDKN2Aのホモ接合性欠失を認め、CDKN2Bも同様であった。')).toEqual([
      'CDKN2A copy_loss present',
      'CDKN2B copy_loss present',
    ]);
    // Not across sentences, nor a named variant's positive.
    expect(genesOf('MET増幅を認めた。ERBB2も同様であった。')).toEqual([
      'MET amplification present',
    ]);
    expect(genesOf('EGFR L858Rを認め、BRAFも同様であった。')).toEqual(['EGFR p.Leu858Arg present']);
  });

  it('reads "否定された" and an unmet criterion in the past as negatives', () => {
    expect(genesOf('HER2 IHC 2+、FISHは比1.1で増幅は否定された。')).toEqual([
      'ERBB2 amplification absent',
    ]);
    expect(genesOf('PCRでEGFR変異は否定されている。')).toEqual(['EGFR wild_type absent']);
    expect(genesOf('METはコピー数4で、増幅の判定基準は満たさなかった。')).toEqual([
      'MET amplification absent',
    ]);
    expect(genesOf('ERBB2もコピー数5と増幅の基準を満たさず。')).toEqual([
      'ERBB2 amplification absent',
    ]);
  });

  it('reads a suspicion followed by a test done by its name as no hypothetical', () => {
    expect(
      full(
        'BRCA1 c.5266dup（p.Q1756Pfs*74）をVAF 61%で検出、Tier I。生殖細胞系列由来を疑い、MyriadのBRACAnalysisを行ったが、血液からは同バリアントは検出されなかった。',
        'mdt_summary',
      ),
    ).toContain('BRCA1 p.Gln1756ProfsTer74 absent patient germline -');
  });

  it('reads a class the laboratory "reported" in the next sentence', () => {
    expect(
      full(
        'MSH2にc.942+3A>Tをヘテロ接合で検出した。Likely pathogenicと報告されている。MLH1、MSH6には病的な変化はなかった。',
        'genetic_counselling',
      )[0],
    ).toBe('MSH2 c.942+3A>T present patient germline likely_pathogenic');
  });

  it('reads pathology as a tumour source and a paired analysis by its test', () => {
    expect(
      full(
        '2020年に胃GISTを切除、病理ではKITエクソン11にp.W557_K558delが検出された。',
        'genetic_counselling',
      ),
    ).toEqual(['KIT p.Trp557_Lys558del present patient somatic pathogenic']);
    expect(
      full('遺伝学的検査（腫瘍と血液のペア解析）でBRCA1にc.68_69delを認め、病的と判定。'),
    ).toEqual(['BRCA1 c.68_69del present patient germline pathogenic']);
    expect(full('NCCオンコパネル（腫瘍組織＋末梢血のペア解析）でKRAS G12Dを検出。')).toEqual([
      'KRAS p.Gly12Asp present patient somatic pathogenic',
    ]);
  });

  it('reads a bare change under a single-gene report past a stain line between', () => {
    expect(
      genesOf(
        'therascreen PIK3CA 検査結果報告書\n患者：58歳女性　ER陽性・HER2陰性 乳癌\n判定：陽性\n検出された変異：H1047R（エクソン20）',
        'ngs_report',
      ),
    ).toEqual(['PIK3CA p.His1047Arg present']);
    expect(
      genesOf(
        'EGFR遺伝子変異検査（コバス）\n患者：70歳男性　PD-L1 TPS 50%\n判定：陽性\n検出された変異：L858R（エクソン21）',
        'molecular_pathology',
      ),
    ).toEqual(['EGFR p.Leu858Arg present']);
  });

  it('reads a source after "ため、" as the next test’s, not the result’s', () => {
    expect(
      full(
        '腫瘍でBRAF V600Eを調べたが陰性で、MLH1のメチル化も認めなかったため、生殖細胞系列の検索に進んだ。',
        'genetic_counselling',
      ),
    ).toEqual(['BRAF p.Val600Glu absent patient somatic -']);
    expect(
      full('組織検体のパネルでTP53 R175Hを認めたことから、生殖細胞系列の確認検査を予定。'),
    ).toEqual(['TP53 p.Arg175His present patient somatic -']);
  });
});

describe('dev41: slash fusion pairs, no-longer-detected results, resistance hotspots, unmentioned genes, copy-loss and exon-span wording, patient sentences in a family field', () => {
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status}`);
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('reads a fusion driver and a non-driver joined by a slash before a fusion word as one pair', () => {
    for (const text of ['FISHでPML/RARAの融合シグナルを確認。', 'PML／RARA キメラ遺伝子陽性']) {
      const [f, ...rest] = genetics(text);
      expect(rest).toEqual([]);
      expect([f!.gene, f!.partner, f!.kind, f!.status]).toEqual([
        'RARA',
        'PML',
        'fusion',
        'present',
      ]);
    }
    expect(genetics('BCR/ABL1融合遺伝子陽性。').map((f) => `${f.gene}/${f.partner}`)).toEqual([
      'ABL1/BCR',
    ]);
    expect(genetics('EML4/ALK融合遺伝子を検出。').map((f) => `${f.gene}/${f.partner}`)).toEqual([
      'ALK/EML4',
    ]);
    // A slash between two drivers, or with no fusion word, still lists genes.
    expect(genesOf('ALK/ROS1融合遺伝子は陰性').sort()).toEqual([
      'ALK fusion absent',
      'ROS1 fusion absent',
    ]);
    expect(genesOf('KRAS/NRASの変異は陰性。').sort()).toEqual([
      'KRAS wild_type absent',
      'NRAS wild_type absent',
    ]);
  });

  it('reads a result that is no longer detected as absent', () => {
    expect(genesOf('地固め後の骨髄ではBCR::ABL1は検出されなくなっている。')).toEqual([
      'ABL1 fusion absent',
    ]);
    expect(genesOf('JAK2 V617Fは移植後に認められなくなった。')).toEqual([
      'JAK2 p.Val617Phe absent',
    ]);
    expect(genesOf('T315Iは検出されなくなった。')).toEqual(['ABL1 p.Thr315Ile absent']);
  });

  it('reads "病的な変化はありませんでした" as a gene-level negative', () => {
    expect(genesOf('一方MSH6には病的な変化はありませんでした。')).toEqual([
      'MSH6 wild_type absent',
    ]);
    expect(genesOf('PALB2にも変化はありません。')).toEqual(['PALB2 wild_type absent']);
  });

  it('gives the ELN-named ABL1 kinase-domain mutations written bare their gene', () => {
    expect(genesOf('ポナチニブ開始前にY253HやE255Vは検出されていない。')).toEqual([
      'ABL1 p.Tyr253His absent',
      'ABL1 p.Glu255Val absent',
    ]);
    expect(genesOf('キナーゼドメイン解析：F317IやV299Lを認めた。')).toEqual([
      'ABL1 p.Phe317Ile present',
      'ABL1 p.Val299Leu present',
    ]);
  });

  it('joins a c. and p. change separated by Japanese punctuation, and reads an exon joined by a particle', () => {
    expect(
      withExon(
        genetics('KIT遺伝子解析でエクソン11の欠失（c.1669_1674del、p.W557_K558del）を認めた。'),
      ),
    ).toEqual(['KIT p.Trp557_Lys558del 11 present']);
    expect(withExon(genetics('PDGFRAエクソン18のD842Vは検出されなかった。'))).toEqual([
      'PDGFRA p.Asp842Val 18 absent',
    ]);
    expect(withExon(genetics('KITはエクソン9にA502_Y503dupを認めた。'))).toEqual([
      'KIT p.Ala502_Tyr503dup 9 present',
    ]);
  });

  it('reads a gene the report does not mention as no result', () => {
    expect(genesOf('パネル報告書ではNRASも記載なし。')).toEqual([]);
    expect(genesOf('ROS1については報告書に記載されていない。')).toEqual([]);
    expect(genesOf('ERBB2は記載がなかった。')).toEqual([]);
  });

  it('reads a homozygous or biallelic deletion told as the gene’s state as a copy loss', () => {
    expect(genesOf('SMAD4はホモ接合性に欠失しておりTier II。')).toEqual([
      'SMAD4 copy_loss present',
    ]);
    expect(genesOf('CDKN2Aはホモで欠失していた。')).toEqual(['CDKN2A copy_loss present']);
    expect(genesOf('PTENは両アレルとも欠失していた。')).toEqual(['PTEN copy_loss present']);
    // A one-copy loss is no copy loss.
    expect(genesOf('PTENはヘテロ接合性に欠失していた。')).toEqual([]);
  });

  it('reads an exon span told as what the deletion covers as an exon deletion', () => {
    expect(
      genesOf('MSH2のエクソン1〜6にわたる欠失がヘテロ接合で検出され、病的と判定された。'),
    ).toEqual(['MSH2 exon_deletion present']);
    expect(genesOf('MLPAでMLH1のエクソン2から8にまたがる欠失を検出。')).toEqual([
      'MLH1 exon_deletion present',
    ]);
    expect(genesOf('MLPAでPMS2のエクソン11〜15を含む欠失を認めた。')).toEqual([
      'PMS2 exon_deletion present',
    ]);
  });

  it('reads a mutation-specific antibody stain as no DNA result', () => {
    expect(
      genesOf('IDH1 R132H特異抗体による免疫染色は陰性。サンガー法でIDH1 R132Cを認めた。'),
    ).toEqual(['IDH1 p.Arg132Cys present']);
    expect(genesOf('BRAF V600E変異特異的抗体で陽性。')).toEqual([]);
    expect(genesOf('H3 K27M抗体による染色は陽性。')).toEqual([]);
  });

  it('keeps a reported variant with no class given, or set aside for treatment, present with no class', () => {
    expect(full('TP53 R248Q（VAF 0.6%）が報告されたが意義付けはなし。')).toEqual([
      'TP53 p.Arg248Gln present patient somatic -',
    ]);
    expect(
      full(
        'TP53 Y220Cも0.4%で報告されていますが、クローン性造血の可能性があり治療上は考慮しておりません。',
      ),
    ).toEqual(['TP53 p.Tyr220Cys present patient somatic -']);
  });

  it('reads "病的意義は不明" told as a sentence as uncertain', () => {
    expect(full('BRCA2にc.7544C>T（p.T2515I）を認め、病的意義は不明とされた。')[0]).toMatch(
      / uncertain$/,
    );
    expect(full('BRCA2にc.7544C>T（p.T2515I）を認め、病的意義が未確定と判定。')[0]).toMatch(
      / uncertain$/,
    );
    // A tumour report's remark with no class stays without one (decision 10).
    expect(full('TP53 R248W VAF 0.5%（臨床的意義は不明、CHの可能性）。')[0]).toMatch(/ -$/);
  });

  it('gives a result restated as the patient’s group ("陽性例") no source of its own', () => {
    expect(
      full(
        '肺の組織でKRAS G12Cが陽性となった。\n遺伝学的検査（血液）：ATMにc.5932G>T（p.E1978*）を認め、病的。今回の生殖細胞系列の結果で方針は変わらず、G12C陽性例としての治療を継続する。',
        'genetic_counselling',
      )[0],
    ).toBe('KRAS p.Gly12Cys present patient somatic pathogenic');
    expect(
      full(
        '生検組織でEGFR L858Rを検出。\n生殖細胞系列の多遺伝子パネルでは病的バリアントなし、L858R陽性症例として治療を継続。',
        'genetic_counselling',
      ),
    ).toContain('EGFR p.Leu858Arg present patient somatic pathogenic');
  });

  it('reads a sentence of a family-history field about the patient or this test as the patient’s', () => {
    expect(
      genesOf('家族歴：父がMLH1の病的バリアント保持。今回の腫瘍パネルではMLH1に変異はない。'),
    ).toContain('MLH1 wild_type absent');
    expect(
      full(
        '家族歴：母が乳癌でBRCA1の病的バリアントを保持。本人もBRCA1/2を検査し、ともに病的バリアントなし。',
      )
        .map((f) => f.split(' ').slice(0, 4).join(' '))
        .sort(),
    ).toEqual([
      'BRCA1 other present family',
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
  });
});

describe('dev42: ratio brackets after a negative, class verbs negated, retests after an outside negative, break-apart signals, relatives told or present, tracked changes', () => {
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status}`);
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('keeps a past negative whose bracket measures it with a gene name', () => {
    expect(genesOf('FISHでMYCNの増幅は認めなかった（MYCN/CEP2 1.1）。')).toEqual([
      'MYCN amplification absent',
    ]);
    expect(genesOf('FISHでERBB2の増幅はなかった（HER2/CEP17比 1.2）。')).toEqual([
      'ERBB2 amplification absent',
    ]);
  });

  it('reads the class word as a negated verb as the class negative', () => {
    expect(genesOf('ERBB2も増幅していなかった。')).toEqual(['ERBB2 amplification absent']);
    expect(genesOf('METは増幅しておらず、KRASは野生型。')).toEqual([
      'MET amplification absent',
      'KRAS wild_type absent',
    ]);
    expect(genesOf('CDKN2Aはホモ接合性に欠失していなかった。')).toEqual([
      'CDKN2A copy_loss absent',
    ]);
    expect(genesOf('ERBB2は増幅していた。')).toEqual(['ERBB2 amplification present']);
  });

  it('keeps an outside negative beside the positive of the note’s own retest', () => {
    for (const text of [
      '前医でのBRAF検査は陰性とのことでしたが、当院で再検したところ、BRAF V600Eが検出されました。',
      '貴院でのBRAF検査は陰性でしたが、切除標本で再検した結果、BRAF V600Eを認めました。',
    ]) {
      expect(genesOf(text).sort()).toEqual(['BRAF p.Val600Glu present', 'BRAF wild_type absent']);
    }
  });

  it('reads a test sent whose negative result follows in the sentence', () => {
    expect(
      full('BRCA1/2の遺伝学的検査は昨年提出しているが、結果はいずれも陰性であった。').sort(),
    ).toEqual([
      'BRCA1 wild_type absent patient germline -',
      'BRCA2 wild_type absent patient germline -',
    ]);
    expect(genesOf('EGFR遺伝子検査を先月提出したが、変異は検出されなかった。')).toEqual([
      'EGFR wild_type absent',
    ]);
    expect(genesOf('BRCA1/2検査を提出したが、結果はいずれも未着。')).toEqual([]);
    expect(genesOf('EGFR遺伝子検査を先月提出したが、結果はまだ届いていない。')).toEqual([]);
    expect(
      genesOf('前回提出の組織パネルでFGFR3にc.746C>G（p.S249C）、エビデンスレベルA。'),
    ).toEqual(['FGFR3 p.Ser249Cys present']);
  });

  it('reads a break-apart signal call as the rearrangement, not a measured share', () => {
    expect(genesOf('EWSR1 分離シグナル：陰性')).toEqual(['EWSR1 fusion absent']);
    expect(
      genesOf('FISHで分離シグナルを認めず（DDIT3）。\nDDIT3 FISHで分離シグナルを認めた。'),
    ).toContain('DDIT3 fusion present');
    expect(genesOf('ALK FISH：陰性（スプリットシグナル 4％）')).toEqual(['ALK wild_type absent']);
    expect(genesOf('FISH（EWSR1分離プローブ）を提出。')).toEqual([]);
  });

  it('reads COL1A1 and PDGFB as a PDGFB fusion, in symbols or words', () => {
    for (const text of [
      'COL1A1::PDGFB融合を検出。',
      'RT-PCRでCOL1A1とPDGFBの融合転写産物を検出した。',
      'RT-PCRでCOL1A1 exon 32::PDGFB exon 2を検出。',
    ]) {
      expect(genetics(text).map((f) => `${f.gene}/${f.partner} ${f.status}`)).toEqual([
        'PDGFB/COL1A1 present',
      ]);
    }
  });

  it('reads a relative’s sample, or the client’s, as where the familial variant was looked for', () => {
    expect(
      full(
        '兄（41歳）はRET c.1900T>C（p.C634R）を持っていたが、妹（33歳）からは検出されなかった。',
      ),
    ).toEqual([
      'RET p.Cys634Arg present family germline -',
      'RET p.Cys634Arg absent family germline -',
    ]);
    expect(
      full(
        '母はTP53 c.743G>A（p.R248Q）の病的バリアントを保持。来談者の血液からは母と同じ変化はみつからなかった。',
      ),
    ).toEqual([
      'TP53 p.Arg248Gln present family germline pathogenic',
      'TP53 p.Arg248Gln absent patient germline -',
    ]);
  });

  it('keeps the patient as subject when a relative is only told or present', () => {
    expect(
      full(
        'パネルでALKにc.3824G>A（R1275Q）、VAF 30%。家族への説明のため血液でも確認したが、同変異は認めなかった。',
      ).map((f) => f.split(' ').slice(0, 4).join(' ')),
    ).toEqual(['ALK p.Arg1275Gln present patient', 'ALK p.Arg1275Gln absent patient']);
    expect(full('長男同席のもと結果を説明。BRCA1 c.68_69delを検出した。')[0]).toMatch(/ patient /);
  });

  it('does not take a recommended origin check for a hypothetical', () => {
    expect(
      genesOf(
        'パネルでMSH2 c.1786_1788del（p.N596del）がVAF 47%で報告され、エキスパートパネルで生殖細胞系列の確認が推奨された。',
      ),
    ).toEqual(['MSH2 p.Asn596del present']);
  });

  it('reads MMR genes analysed in blood as a germline DNA result', () => {
    expect(full('MLH1、MSH6、PMS2は血液の解析でも異常はなかった。').sort()).toEqual([
      'MLH1 wild_type absent patient germline -',
      'MSH6 wild_type absent patient germline -',
      'PMS2 wild_type absent patient germline -',
    ]);
  });

  it('keeps a blood negative germline when a reason clause concludes the tumour variant somatic', () => {
    expect(
      full(
        '腫瘍にBRCA1 c.5266dup、Pathogenic。一方、BRACAnalysisで調べた血液ではBRCA1、BRCA2ともに病的バリアントは検出されなかったので、体細胞性の変化と説明した。',
      ),
    ).toEqual([
      'BRCA1 c.5266dup present patient somatic pathogenic',
      'BRCA1 wild_type absent patient germline -',
      'BRCA2 wild_type absent patient germline -',
    ]);
  });

  it('gives a class result inside a variant’s words to that class, and a closed entry no later topic’s negative', () => {
    expect(genesOf('FLT3はITDは陰性だったがTKDのD835Yが陽性。')).toEqual([
      'FLT3 duplication absent',
      'FLT3 p.Asp835Tyr present',
    ]);
    expect(genesOf('骨髄でNPM1にtype Aの変異、FLT3はITDが陰性。')).toEqual([
      'NPM1 other present',
      'FLT3 duplication absent',
    ]);
    expect(genesOf('KRASにG12Dの変異、BRAFは陰性。')).toEqual([
      'KRAS p.Gly12Asp present',
      'BRAF wild_type absent',
    ]);
  });

  it('reads a residual-disease negative as the tracked change lost, not a wild-type gene', () => {
    expect(genesOf('NPM1変異陽性AML。地固め後のNPM1-MRD陰性。')).toEqual([
      'NPM1 other present',
      'NPM1 other absent',
    ]);
    expect(genesOf('NPM1 MRDは検出感度未満となった。')).toEqual(['NPM1 other absent']);
  });

  it('reads a relative’s hearsay told by the patient as the relative’s', () => {
    expect(full('叔母は乳癌で、本人の話ではBRCA1陽性とのこと。')).toEqual([
      'BRCA1 other present family germline -',
    ]);
    expect(full('母は乳癌。本人はBRCA2陽性。')[0]).toMatch(/ patient /);
  });

  it('reads a star-allele genotype told in words as a germline result', () => {
    expect(full('以前測定したUGT1A1は*28のホモ接合であった。')).toEqual([
      'UGT1A1 other present patient germline -',
    ]);
    expect(full('UGT1A1：*6のヘテロ接合')).toEqual(['UGT1A1 other present patient germline -']);
    expect(genesOf('UGT1A1は*1のホモ接合。')).toEqual([]);
  });
});

describe('dev44: report lists and tables, classes per row', () => {
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.kind} ${f.status}`);

  it('reads a result label glossed in brackets before its colon as the label of the genes after it', () => {
    expect(genesOf('検出されず（陰性）：KRAS、NRAS、BRAF\nMSI：MSS', 'ngs_report')).toEqual([
      'KRAS wild_type absent',
      'NRAS wild_type absent',
      'BRAF wild_type absent',
    ]);
  });

  it('reads a column of "GENE（−）" rows as a DNA panel, receptor names and symbols that are words too', () => {
    expect(
      genesOf(
        'オンコマインDx 結果\n・MET（−）\n・RET（−）\n・ALK（－）\n・HER2（－）\n・KRAS（−）',
        'pathology',
      ),
    ).toEqual([
      'MET wild_type absent',
      'RET wild_type absent',
      'ALK wild_type absent',
      'ERBB2 wild_type absent',
      'KRAS wild_type absent',
    ]);
    // A column of stains is no panel.
    expect(genesOf('免疫組織化学\n　ER（−）\n　PgR（−）\n　HER2（＋）', 'pathology')).toEqual([]);
  });

  it('reads each entry’s class from its own bracketed key line, on it or on the next line', () => {
    expect(
      full(
        '結果\n(1) BRCA2　c.7007G>A（p.Arg2336His）\n　【判定】意義不明（VUS）\n(2) CHEK2　c.1100del（p.Thr367fs）\n　【判定】\n　Pathogenic',
        'germline_report',
      ),
    ).toEqual([
      'BRCA2 p.Arg2336His present germline uncertain',
      // (The short frameshift is written: kept, decision 3.)
      'CHEK2 p.Thr367fs present germline pathogenic',
    ]);
  });

  it('keeps a marked row with its own dash level from the level of the marked row above', () => {
    expect(
      full(
        '検査結果：\n■ ERBB2　増幅（CN 14）　エビデンスレベルB\n■ CCND1　増幅（CN 9）　エビデンスレベル－',
        'ngs_report',
      ),
    ).toEqual([
      'ERBB2 amplification present somatic pathogenic',
      'CCND1 amplification present somatic -',
    ]);
  });

  it('reads evidence level E (preclinical) as a Tier II class', () => {
    expect(
      full('遺伝子｜変化｜VAF｜エビデンスレベル\nNF1｜R1362*（c.4084C>T）｜30%｜E', 'ngs_report'),
    ).toEqual(['NF1 p.Arg1362Ter present somatic pathogenic']);
  });
});

describe('dev43: relatives tested after the patient, other names, stains, interactions, classes', () => {
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );
  const genesOf = (text: string, type = 'progress') =>
    genetics(text, 'ja', type).map((f) => `${f.gene} ${f.kind} ${f.status}`);

  it('keeps a relative tested because of the patient’s result as the subject of the carrier result', () => {
    expect(
      full(
        '結果：MLH1 c.1852_1854del（p.Lys618del）を検出、病的バリアント。\n弟は本人の結果を踏まえて部位特異的検査を受け、同一バリアントを保持していた。',
        'genetic_counselling',
      ),
    ).toEqual([
      'MLH1 p.Lys618del present patient germline pathogenic',
      'MLH1 p.Lys618del present family germline pathogenic',
    ]);
    expect(
      full(
        'PALB2 c.3113G>A（p.W1038*）、病的。娘は患者の陽性判明をきっかけに検査し、同じバリアントを保持。',
        'genetic_counselling',
      ),
    ).toEqual([
      'PALB2 p.Trp1038Ter present patient germline pathogenic',
      'PALB2 p.Trp1038Ter present family germline pathogenic',
    ]);
  });

  it('reads an old name labelled 旧表記 / 慣用表記 beside the HGVS form as the same change', () => {
    expect(
      full('APOB c.10580G>A（p.R3527Q、旧表記 R3500Q）、病的バリアント。', 'germline_report'),
    ).toEqual(['APOB p.Arg3527Gln present patient germline pathogenic']);
    expect(
      full('H3-3A：c.104G>T（p.G35V、慣用表記 H3 G34V）を検出、Tier I。', 'ngs_report'),
    ).toEqual(['H3-3A p.Gly35Val present patient somatic pathogenic']);
  });

  it('gives an earlier dated RAS wild-type result beside a later dated panel’s KRAS change', () => {
    expect(
      genesOf(
        '2022年の組織検査でRAS（KRAS／NRAS）野生型を確認。\n今回：血漿パネル（2025/3）\n　KRAS G12D 1.2%\n　TP53 R175H 4.0%',
      ).sort(),
    ).toEqual([
      'KRAS snv present',
      'KRAS wild_type absent',
      'NRAS wild_type absent',
      'TP53 snv present',
    ]);
  });

  it('gives no finding for a p53 stain pattern or a CYP interaction remark', () => {
    expect(genesOf('p53 野生型発現パターン、Ki-67 30%。')).toEqual([]);
    expect(genesOf('p53は変異型の発現パターン。')).toEqual([]);
    expect(genesOf('CYP2D6を介した相互作用のある薬剤は中止済み。')).toEqual([]);
    expect(genesOf('CYP3A4相互作用のある併用薬なし。EGFR L858R陽性。')).toEqual([
      'EGFR snv present',
    ]);
  });

  it('does not carry the class at the end of one bracket-labelled entry row to the next row', () => {
    expect(
      full(
        '【生殖細胞系列】PALB2 c.172_175del（p.Gln60Argfs*7）、Pathogenic。\n【腫瘍】TP53 c.818G>A（p.R273H）VAF 55%。',
        'ngs_report',
      ),
    ).toEqual([
      'PALB2 p.Gln60ArgfsTer7 present patient germline pathogenic',
      'TP53 p.Arg273His present patient somatic -',
    ]);
    // A bracketed heading still classes the rows below it.
    expect(full('【病的バリアント】\nBRCA2 c.5946del（p.S1982Rfs*22）', 'germline_report')).toEqual(
      ['BRCA2 p.Ser1982ArgfsTer22 present patient germline pathogenic'],
    );
  });

  it('reads MYCN amplification as a driver unless the report says it gave no level', () => {
    expect(full('MYCN：FISHで増幅を認める（コピー数 30）。', 'pathology')).toEqual([
      'MYCN amplification present patient somatic pathogenic',
    ]);
    expect(
      full('MYCNは増幅しており（コピー数 25）、エビデンスレベルは付与されていない。', 'ngs_report'),
    ).toEqual(['MYCN amplification present patient somatic -']);
  });
});

describe('dev44 (round 2): relatives by side and row label, second-hand results, quoted results, suspected origins', () => {
  const full = (text: string, type = 'genetic_counselling') =>
    genetics(text, 'ja', type).map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it("reads a relative's row label as the subject of a same-variant result past a year", () => {
    const text = [
      '遺伝カウンセリング記録（初回）',
      '来談者：29歳男性、未発症。',
      '家系図：',
      '・父方祖父（故人、大腸癌）：2017年に他院でMLH1 c.1852_1854del（p.Lys618del）、病的バリアントと判明。',
      '・父（60歳、未発症）：2020年の単一部位検査で同じバリアントを保持。',
      '来談者は本日採血（結果は約3週間後）。',
    ].join('\n');
    expect(full(text)).toEqual(['MLH1 p.Lys618del present family germline pathogenic']);
  });

  it('takes a proband named as a relative as the subject of the next sentence', () => {
    const text = [
      '家系：発端者は来談者の姉（45歳、乳癌）。2022年にBRCA2遺伝学的検査を受け、BRCA2 c.5946del（p.Ser1982Argfs*22）、病的バリアントと判明している。',
      '本人のシングルサイト検査：BRCA2 c.5946del 検出されず',
    ].join('\n');
    expect(full(text).sort()).toEqual([
      'BRCA2 p.Ser1982ArgfsTer22 absent patient germline -',
      'BRCA2 p.Ser1982ArgfsTer22 present family germline pathogenic',
    ]);
  });

  it("keeps a relative's second-hand gene-level result apart from the familial variant", () => {
    const text = [
      'クライエント：50歳女性。BRCA1 c.68_69del（p.Glu23Valfs*17）を検出、病的バリアント。',
      '・姉（55歳）：単一部位検査 → 同バリアントを保持。',
      '・父方いとこ（40歳）：他院でBRCA1の病的バリアントを指摘されたと聞いている。',
    ].join('\n');
    expect(full(text).sort()).toEqual([
      'BRCA1 other present family germline pathogenic',
      'BRCA1 p.Glu23ValfsTer17 present family germline pathogenic',
      'BRCA1 p.Glu23ValfsTer17 present patient germline pathogenic',
    ]);
    // A relative named with the side of the family opens the sentence as its subject.
    expect(
      full(
        '本人の遺伝学的検査：MSH6 c.3261dup（p.Phe1088Leufs*5）を保持、病的意義あり。\n母方叔父（66歳、大腸癌）は、他院で「MSH6の病的バリアントがある」と言われたとのこと（報告書なし）。',
      ).sort(),
    ).toEqual([
      'MSH6 other present family germline pathogenic',
      'MSH6 p.Phe1088LeufsTer5 present patient germline pathogenic',
    ]);
  });

  it('reads the patient as the topic before a relative the variant is compared with', () => {
    expect(
      full(
        '経緯：母はPALB2 c.3113G>A（p.Trp1038*）を保持している。\n本日の結果：本人も母と同じPALB2 c.3113G>Aを保持（ヘテロ接合）。',
      ).sort(),
    ).toEqual([
      'PALB2 p.Trp1038Ter present family germline -',
      'PALB2 p.Trp1038Ter present patient germline -',
    ]);
  });

  it('reads a change that remains at a later test as present', () => {
    expect(full('再生検のNGSではEGFR L858Rが残存、T790Mは検出されなかった。', 'progress')).toEqual([
      'EGFR p.Leu858Arg present patient somatic pathogenic',
      'EGFR p.Thr790Met absent patient somatic -',
    ]);
    expect(full('術後も残存腫瘍なし。EGFR L858R陽性。', 'progress')).toEqual([
      'EGFR p.Leu858Arg present patient somatic pathogenic',
    ]);
  });

  it('keeps tumour results introduced as found though this test did not cover them', () => {
    const text = [
      '生殖細胞系列 確認検査 結果報告書',
      '【結果】PALB2 c.3113G>A（p.Trp1038*）　ヘテロ接合　検出　Pathogenic',
      '参考：腫瘍組織で検出された BRAF V600E、PIK3CA H1047R は本検査の対象外。',
    ].join('\n');
    expect(full(text, 'germline_report')).toEqual([
      'PALB2 p.Trp1038Ter present patient germline pathogenic',
      'BRAF p.Val600Glu present patient somatic pathogenic',
      'PIK3CA p.His1047Arg present patient somatic pathogenic',
    ]);
  });

  it("reads tumour results on a germline report's line of the person tested as somatic", () => {
    const text = [
      '遺伝学的検査 結果報告書',
      '被検者：52歳女性　上行結腸癌（MSI-High、BRAF V600E陰性）',
      '検体：末梢血',
      '【結果】MLH1 c.1852_1854del（p.Lys618del）ヘテロ接合、病的バリアント',
    ].join('\n');
    expect(full(text, 'germline_report').sort()).toEqual([
      'BRAF p.Val600Glu absent patient somatic -',
      'MLH1 p.Lys618del present patient germline pathogenic',
    ]);
  });

  it('keeps a tumour variant somatic when its germline origin is only possible', () => {
    const text = [
      'エキスパートパネル報告（FoundationOne CDx）',
      '検体：卵巣腫瘍切除検体（2024年）',
      '【検出された遺伝子変異】',
      '① ATM　c.7271T>G（p.V2424G）　VAF 50%　判定：Likely oncogenic',
      '【二次的所見】ATM c.7271T>Gは生殖細胞系列由来の可能性あり。確認検査を提案したが、本人は希望せず。',
    ].join('\n');
    expect(full(text, 'ngs_report')).toEqual([
      'ATM p.Val2424Gly present patient somatic likely_pathogenic',
    ]);
  });

  it('reads no sample in a tumour syndrome, and a needle aspirate as a tumour sample', () => {
    expect(
      full(
        '被検者：35歳男性（多発性内分泌腫瘍症1型疑い）\n検体：末梢血\nMEN1 c.249_252del（p.I85Sfs*33）ヘテロ接合、Pathogenic。CDKN1Bも解析し病的バリアントは検出されなかった。',
        'germline_report',
      ),
    ).toEqual([
      'MEN1 p.Ile85SerfsTer33 present patient germline pathogenic',
      'CDKN1B wild_type absent patient germline -',
    ]);
    expect(full('甲状腺結節の穿刺材料を用いた遺伝子検査でNRAS Q61R陽性。', 'progress')).toEqual([
      'NRAS p.Gln61Arg present patient somatic pathogenic',
    ]);
  });
});

describe('dev45/dev46: everyday clinical Japanese, whose result', () => {
  const row = (text: string, type = 'progress') =>
    genetics(text, 'ja', type)
      .map(
        (f) =>
          `${f.gene} ${f.hgvs_p ?? f.kind} ${f.exon ?? '-'} ${f.status} ${f.subject} ${f.significance ?? '-'}`,
      )
      .sort();

  it('reads a change still there at re-biopsy (残存 glued to it) as found', () => {
    expect(row('再生検（胸水セルブロック）：EGFR G719A残存、T790M陰性。')).toEqual([
      'EGFR p.Gly719Ala - present patient pathogenic',
      'EGFR p.Thr790Met - absent patient -',
    ]);
  });

  it('reads 変異型 as a found change, not as the start of a label of other results', () => {
    expect(row('直腸癌、RAS変異型（NRAS Q61K）、BRAF V600E陰性。')).toEqual([
      'BRAF p.Val600Glu - absent patient -',
      'NRAS p.Gln61Lys - present patient pathogenic',
    ]);
    expect(row('横行結腸癌（RAS変異型：KRAS G12S／BRAF野生型）')).toEqual([
      'BRAF wild_type - absent patient -',
      'KRAS p.Gly12Ser - present patient pathogenic',
    ]);
  });

  it('reads エキソン…欠損 as an exon deletion, and a codon-level call as a driver', () => {
    expect(row('肺腺癌、EGFR exon 19 欠損陽性。')).toEqual([
      'EGFR exon_deletion 19 present patient pathogenic',
    ]);
    expect(row('therascreen EGFR：G719X 陽性、L858R 陰性。')).toEqual([
      'EGFR p.Leu858Arg - absent patient -',
      'EGFR snv - present patient pathogenic',
    ]);
  });

  it('reads CML-CP as the chronic phase, not the CP gene', () => {
    expect(row('#CML-CP（BCR::ABL1陽性）、ABL1 KD変異：E255K検出', 'progress')).toEqual([
      'ABL1 fusion - present patient pathogenic',
      'ABL1 p.Glu255Lys - present patient pathogenic',
    ]);
  });

  it('reads 該当なし on an evidence-level line as no level, not a negative', () => {
    expect(
      row(
        'CGP結果：\n・PIK3CA H1047R\n・SMAD4 R361H\nエビデンスレベル：PIK3CA H1047R＝B、SMAD4は該当なし',
      ),
    ).toEqual([
      'PIK3CA p.His1047Arg - present patient pathogenic',
      'SMAD4 p.Arg361His - present patient -',
    ]);
  });

  it('does not carry a result across a bracket closed at the end of its line', () => {
    expect(row('#肺腺癌（ERBB2 ex20ins(+)、Y772_A775dup）\nPCR：EGFR L858R(-)')).toEqual([
      'EGFR p.Leu858Arg - absent patient -',
      'ERBB2 p.Tyr772_Ala775dup 20 present patient pathogenic',
    ]);
  });

  it('reads the results a test could give, explained before it, as no result', () => {
    expect(
      row(
        '説明：MSH2シングルサイト検査の概要、陽性時の大腸内視鏡サーベイランス、陽性と陰性それぞれの意味について説明した。本日採血。',
        'genetic_counselling',
      ),
    ).toEqual([]);
  });

  it('reads the familial variant of a single-site report as the proband relative’s', () => {
    const text = [
      '遺伝学的検査結果報告書',
      '依頼目的：家系内既知バリアントの確認',
      '家系内既知バリアント：MLH1 c.1852_1854del（p.Lys618del）、病的バリアント（発端者：父、大腸癌）',
      '結果：上記バリアントは検出されませんでした。',
    ].join('\n');
    expect(row(text, 'germline_report')).toEqual([
      'MLH1 p.Lys618del - absent patient -',
      'MLH1 p.Lys618del - present family pathogenic',
    ]);
  });
});

describe('dev47: origin told by the sample, the laboratory or a bare result line', () => {
  const full = (text: string, type = 'progress') =>
    genetics(text, 'ja', type)
      .map(
        (f) =>
          `${f.gene} ${f.hgvs_c ?? f.hgvs_p ?? f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
      )
      .sort();

  it('reads the germline laboratory named for a test as germline, not its tumour HRD assay', () => {
    expect(full('子宮体癌術後。以前にMyriad社で調べたBRCA1/2は異常なし。')).toEqual([
      'BRCA1 wild_type absent patient germline -',
      'BRCA2 wild_type absent patient germline -',
    ]);
    expect(full('ミリアド社の検査でBRCA2は陰性だった。')).toEqual([
      'BRCA2 wild_type absent patient germline -',
    ]);
  });

  it('reads a coding DNA change before 保持 as a carrier result, not a retained stain', () => {
    expect(
      full('#卵管癌 再発（gBRCA2 c.5946delT 保持・病的、2020年）\nP）ニラパリブ継続。'),
    ).toEqual(['BRCA2 c.5946del present patient germline pathogenic']);
  });

  it('reads bone marrow as the tumour sample and skin fibroblasts as the germline one', () => {
    const text = [
      '#MDS（EB-1）',
      '　骨髄パネル：DDX41 c.3G>A（p.M1I）VAF 49%、TP53 R248W VAF 11%',
      '　皮膚線維芽細胞でも c.3G>A を確認 → 生殖細胞系列の病的バリアント',
    ].join('\n');
    expect(full(text)).toEqual([
      'DDX41 c.3G>A present patient germline pathogenic',
      'TP53 p.Arg248Trp present patient somatic -',
    ]);
  });

  it('reads a bare negative result line under a tumour variant as its blood check', () => {
    const text = [
      '遺伝学的検査 結果報告（確認検査）',
      '検体：末梢血',
      '対象：がん遺伝子パネルで検出された PALB2 c.3113G>A（p.W1038*）',
      '結果：認められず（生殖細胞系列の変異ではないと判断）',
      '参考：同パネルで ERBB2 S310F も検出',
    ].join('\n');
    expect(full(text, 'germline_report')).toEqual([
      'ERBB2 p.Ser310Phe present patient somatic pathogenic',
      'PALB2 c.3113G>A absent patient germline -',
      'PALB2 c.3113G>A present patient somatic -',
    ]);
  });
});

describe('dev50: constitutional tests outside cancer (fgja50)', () => {
  const row = (findings: readonly GeneticAnnotation[]) =>
    findings
      .map(
        (f) =>
          `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.exon ?? '-'} ${f.status} ${f.subject} ${f.origin} ${f.significance ?? '-'}`,
      )
      .sort();

  it('reads an unsourced result in a note naming no cancer as germline', () => {
    const text = [
      '#ファブリー病',
      '腎生検でゼブラ小体あり。',
      'GLA遺伝子解析（末梢血）：c.644A>G（p.N215S）ヘミ接合、病的。',
    ].join('\n');
    expect(row(genetics(text))).toEqual(['GLA p.Asn215Ser - present patient germline pathogenic']);
    // A cancer named in the note keeps the clinical note's reading.
    expect(row(genetics('#肺腺癌\n末梢血：EGFR L858R 陽性'))[0]).toMatch(/somatic/);
  });

  it('reads a TTR legacy name in mature numbering as its HGVS protein change', () => {
    expect(
      row(genetics('#家族性アミロイドポリニューロパチー（TTR Val30Met）、遺伝子検査で確認済み')),
    ).toEqual(['TTR p.Val50Met - present patient germline -']);
  });

  it('reads an exon-skipping therapy as no finding', () => {
    const text =
      'DMD エクソン45欠失（ヘミ接合、MLPA）。エクソン44スキッピング薬の対象として検討中。';
    expect(row(genetics(text))).toEqual(['DMD exon_deletion 45 present patient germline -']);
  });

  it('reads SMN1 exon copy numbers: none or one is a deletion, two is none', () => {
    const text = [
      '#SMA 1型（生後3か月）',
      '本人：SMN1 ex7 ホモ欠失。',
      '母：SMN1 エクソン7 コピー数 1。父：SMN1 エクソン7 コピー数 2。',
    ].join('\n');
    expect(row(genetics(text))).toEqual([
      'SMN1 exon_deletion 7 present family germline -',
      'SMN1 exon_deletion 7 present patient germline -',
      'SMN1 wild_type - absent family germline -',
    ]);
  });

  it('reads FH as the disease where the note names familial hypercholesterolaemia', () => {
    const text =
      '#家族性高コレステロール血症\nPCSK9 c.94G>A（p.E32K）ヘテロ接合、病的。父もFHヘテロ接合体として治療中。';
    expect(row(genetics(text)).filter((r) => r.startsWith('FH '))).toEqual([]);
  });
});

/** Findings in full: "GENE c. p.|kind exon partner status subject origin significance". */
const full = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_c ?? '-'} ${f.hgvs_p ?? f.kind} ${f.exon ?? '-'} ${f.partner ?? '-'} ${f.status} ${f.subject} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    )
    .sort();

describe('genetics extractor, Japanese (dev48/dev49 phenomena)', () => {
  it('gives HGVS in the bracket after an exon-level hotspot the gene typed in lower case', () => {
    expect(
      full(
        genetics('#1 肺腺癌　egfr exon19欠失（c.2236_2250del, p.E746_A750del）、アファチニブ中'),
      ),
    ).toEqual(['EGFR c.2236_2250del p.Glu746_Ala750del 19 - present patient somatic pathogenic']);
  });

  it('gives a class word after a gene-family name to the family, not the gene before', () => {
    expect(brief(genetics('大腸癌。BRAF V600E陰性、MET増幅なし、NTRK融合遺伝子 陰性。'))).toEqual([
      'BRAF p.Val600Glu absent patient',
      'MET amplification absent patient',
    ]);
  });

  it('reads a gene naming the test before another gene found as no finding of its own', () => {
    expect(
      brief(genetics('大腸癌。BRAF遺伝子検査（手術検体）の結果、NRAS Q61K変異を検出した。')),
    ).toEqual(['NRAS p.Gln61Lys present patient']);
  });

  it('reads a reappearance with its measure as found, and one to come as a plan', () => {
    expect(brief(genetics('AML再発。FLT3-ITD 再出現（アレル比 0.45）を確認。'))).toEqual([
      'FLT3 duplication present patient',
    ]);
    expect(brief(genetics('AML寛解中。T790M 再出現時にはオシメルチニブを検討。'))).toEqual([]);
  });

  it('reads a test sent, then an arrow to its findings, as those results', () => {
    expect(
      brief(genetics('乳癌。2024/9 FoundationOne CDx（肝生検）提出 → PIK3CA H1047R、TP53 R248W。')),
    ).toEqual(['PIK3CA p.His1047Arg present patient', 'TP53 p.Arg248Trp present patient']);
    expect(brief(genetics('乳癌。FoundationOne CDx提出 → 結果待ち（PIK3CA確認目的）。'))).toEqual(
      [],
    );
  });

  it('reads a measured value and a negative joined by arrows as two time points', () => {
    const text = '乳癌（血漿）。\n　ESR1 Y537S（c.1610A>C）　前回 2.1% → 今回 検出されず';
    expect(full(genetics(text))).toEqual([
      'ESR1 c.1610A>C p.Tyr537Ser - - absent patient somatic -',
      'ESR1 c.1610A>C p.Tyr537Ser - - present patient somatic pathogenic',
    ]);
  });

  it('reads a dated course row holding only a negative as the variant above not found then', () => {
    const text = [
      '肺腺癌。血漿検査の推移：',
      '　2022/4：EGFR L858R（c.2573T>G）VAF 3.2%',
      '　2022/7：同 VAF 0.4%',
      '　2023/1：検出されず',
    ].join('\n');
    expect(brief(genetics(text)).sort()).toEqual([
      'EGFR p.Leu858Arg absent patient',
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it('reads a test added for a purpose, then its result, as that result', () => {
    expect(
      full(
        genetics(
          '肺腺癌。融合遺伝子の確認目的でRNAパネルを追加した結果、CD74::ROS1 融合遺伝子を検出した。',
        ),
      ),
    ).toEqual(['ROS1 - fusion - CD74 present patient somatic pathogenic']);
  });

  it('reads a reversion mutation as a finding of its own beside the named variant', () => {
    const text =
      '#卵巣癌\nリキッド生検：BRCA1 c.68_69del（VAF 38%）のほか、BRCA1 リバージョン変異を検出。';
    expect(full(genetics(text)).filter((r) => r.includes(' other '))).toEqual([
      'BRCA1 - other - - present patient somatic -',
    ]);
  });

  it("reads the patient's own test label before 「父と同じ」 as the patient's result", () => {
    const text =
      '遺伝外来。父がMSH2 c.1165C>T保持。\n本人の確認検査（2024/3）：父と同じMSH2 c.1165C>Tを検出。';
    expect(brief(genetics(text))).toEqual([
      'MSH2 c.1165C>T present family',
      'MSH2 c.1165C>T present patient',
    ]);
  });

  it('reads a new class written before 「に再分類」 as the current class', () => {
    const text = [
      '初回報告：MLH1 c.1852_1854del（p.Lys618del）… 病的意義不明（VUS）。',
      '再評価：新たな機能解析により、上記MLH1バリアントを「病的（Pathogenic）」に再分類しました。',
    ].join('\n');
    expect(
      genetics(text, 'ja', 'genetics_report').map((f) => `${f.gene} ${f.hgvs_p} ${f.significance}`),
    ).toEqual(['MLH1 p.Lys618del pathogenic']);
  });
});

describe('genetics extractor, Japanese (English report words inside Japanese notes, dev51)', () => {
  const line = (findings: readonly GeneticAnnotation[]) =>
    findings.map(
      (f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.origin} ${f.significance}`,
    );

  it('reads an English negative quoted in a Japanese sentence, its genes bracketed after it', () => {
    const text =
      '#卵巣癌\n血液の遺伝学的検査は "No Pathogenic Variants Found"（ATM、PALB2）→ 腫瘍のみの変化と判断した。';
    expect(line(genetics(text)).sort()).toEqual([
      'ATM wild_type absent germline null',
      'PALB2 wild_type absent germline null',
    ]);
  });

  it('reads a Japanese negative in brackets of quotes as the result of the genes after it', () => {
    const text = '#大腸癌\n腫瘍組織のRAS検査は「検出されず」（KRAS、NRAS）であった。';
    expect(line(genetics(text)).sort()).toEqual([
      'KRAS wild_type absent somatic null',
      'NRAS wild_type absent somatic null',
    ]);
  });

  it('reads English negative and positive calls after a gene in a Japanese sentence', () => {
    expect(line(genetics('#胃癌\nERBB2増幅は not amplified と記載されていた。'))).toEqual([
      'ERBB2 amplification absent somatic null',
    ]);
    expect(
      line(genetics('#肺腺癌\nALK は No Fusion Detected との報告。')).map((l) => l.split(' ')[2]),
    ).toEqual(['absent']);
  });

  it('gives the rows under an English VUS heading an uncertain class, not the rows above it', () => {
    const text = [
      '#子宮体癌　CGP結果（英文レポートのまま）',
      'Genomic Alterations Identified',
      '  PIK3CA H1047R',
      '  PTEN R130*',
      'VARIANTS OF UNCERTAIN SIGNIFICANCE',
      '  ARID2 G1002S',
      '担当医コメント：PIK3CA、PTENについては治験を検索する。',
    ].join('\n');
    expect(
      genetics(text)
        .map((f) => `${f.gene} ${f.significance}`)
        .sort(),
    ).toEqual(['ARID2 uncertain', 'PIK3CA pathogenic', 'PTEN null']);
  });
});

describe('genetics extractor, Japanese (dev52 phenomena: class negatives)', () => {
  const sorted = (text: string) => brief(genetics(text)).sort();

  it('reads a bare dash standing alone as the result cell as a negative', () => {
    expect(sorted('#肺腺癌 再生検\n　ROS1 融合　－\n　RET 融合　－')).toEqual([
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(sorted('神経芽腫　MYCN増幅：－')).toEqual(['MYCN amplification absent patient']);
    expect(sorted('院内PCRパネル：KRAS -, BRAF -, MET ex14 -')).toEqual([
      'BRAF wild_type absent patient',
      'KRAS wild_type absent patient',
      'MET exon_skipping 14 absent patient',
    ]);
  });

  it('does not read a dash in a table column or an empty evidence level as a negative', () => {
    expect(sorted('PIK3CA | H1047R（c.3140A>G） | 12.0% | －\nMDM2 | 増幅 | － | －')).toEqual([
      'MDM2 amplification present patient',
      'PIK3CA p.His1047Arg present patient',
    ]);
    expect(sorted('CCND1 増幅（CN 14）エビデンスレベル：－')).toEqual([
      'CCND1 amplification present patient',
    ]);
  });

  it('reads a class word with a negating prefix as that class negative', () => {
    expect(sorted('MYCN：非増幅（FISH）')).toEqual(['MYCN amplification absent patient']);
    expect(sorted('ROS1 FISH：非転座')).toEqual(['ROS1 fusion absent patient']);
  });

  it('lets the closing verdict decide, not 陽性 inside a measured share', () => {
    expect(sorted('ROS1融合遺伝子(FISH)：陽性率 6%（閾値15%）で陰性')).toEqual([
      'ROS1 fusion absent patient',
    ]);
  });

  it('does not read a suspected positive as a result', () => {
    expect(
      sorted('ROS1陽性腺癌の疑いでRT-PCRを施行したが、融合遺伝子は検出されなかった。'),
    ).toEqual(['ROS1 fusion absent patient']);
  });

  it('reads the mistyped 陰生 as 陰性', () => {
    expect(sorted('KRAS G12D 陰生')).toEqual(['KRAS p.Gly12Asp absent patient']);
  });

  it('reads the short result words ND, NEG and neg. as negatives', () => {
    expect(sorted('ROS1融合遺伝子　ND')).toEqual(['ROS1 fusion absent patient']);
    expect(sorted('RET融合　NEG')).toEqual(['RET fusion absent patient']);
    expect(sorted('BRAF V600E：neg.')).toEqual(['BRAF p.Val600Glu absent patient']);
  });

  it('gives a one-copy loss no entry, and a copy loss with no copy left a copy_loss', () => {
    expect(sorted('NF1：コピー数減少（CN 1）')).toEqual([]);
    expect(sorted('SMARCB1 コピー数喪失（CN 0）')).toEqual(['SMARCB1 copy_loss present patient']);
  });

  it('gives each gene listed after a class label that class', () => {
    expect(sorted('遺伝子増幅：HER2 (-)、FGFR2 (-)')).toEqual([
      'ERBB2 amplification absent patient',
      'FGFR2 amplification absent patient',
    ]);
    expect(sorted('融合遺伝子 NTRK1 (-) RET (-)')).toEqual([
      'NTRK1 fusion absent patient',
      'RET fusion absent patient',
    ]);
    // (Not past a named change, another entry.)
    expect(sorted('融合遺伝子 RET (-)、BRAF V600E 陽性、KRAS (-)')).toEqual([
      'BRAF p.Val600Glu present patient',
      'KRAS wild_type absent patient',
      'RET fusion absent patient',
    ]);
  });
});

describe('genetics extractor, Japanese (dev53: whose result and where it came from)', () => {
  const rows = (text: string, noteType?: string) =>
    genetics(text, 'ja', noteType)
      .map(
        (f) =>
          `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.significance} ${f.origin} ${f.subject}`,
      )
      .sort();

  it('reads a hereditary syndrome heading its gene or variant as a germline source', () => {
    expect(
      rows(
        '退院時サマリー\n背景：リンチ症候群（MSH6 エクソン3欠失、2019年当院で診断）。子宮体癌術後。',
      ),
    ).toEqual(['MSH6 exon_deletion present null germline patient']);
    // A syndrome diagnosed by its bracketed gene, no variant and no class.
    expect(rows('#リンチ症候群（PMS2）と診断済み（2020年）\n#直腸癌術後')).toEqual([
      'PMS2 other present null germline patient',
    ]);
    // (Not a syndrome only suspected.)
    expect(rows('#リンチ症候群（疑い）、MSH2\n#直腸癌術後')).toEqual([]);
  });

  it('gives a syndrome named with its gene no say over another gene of the clause', () => {
    expect(
      rows(
        '#2 リンチ症候群（MSH6の病的バリアント）：2018年に直腸癌切除。腫瘍は MSI-H、BRAF V600E 陰性 → 血液の遺伝学的検査でMSH6 エクソン4の欠失（病的）を確認済み。',
      ),
    ).toEqual([
      'BRAF p.Val600Glu absent null somatic patient',
      'MSH6 exon_deletion present pathogenic germline patient',
    ]);
  });

  it('reads carrier words as germline, a relative carrying the same variant taking its class', () => {
    expect(
      rows(
        '術前診断：HBOC（BRCA1病的バリアント保持者）、40歳\n家族歴：妹 卵巣癌（BRCA1同一バリアント保持）',
      ),
    ).toEqual([
      'BRCA1 other present pathogenic germline family',
      'BRCA1 other present pathogenic germline patient',
    ]);
  });

  it("reads a relative's negative test of an unnamed familial variant as a family absent entry", () => {
    expect(
      rows(
        '家族歴：母 大腸癌、PMS2の病的バリアント保持者。\n弟は母のバリアントについて検査を受け陰性。',
      ),
    ).toEqual([
      'PMS2 other absent null germline family',
      'PMS2 other present pathogenic germline family',
    ]);
  });

  it('gives a gene named only as the target of a single-site test no wild type of its own', () => {
    expect(
      rows(
        '妹がPALB2 c.3113G>A（p.W1038*、病的）を保持。\n本人もPALB2の単一部位検査を受けた → 同バリアントは検出されず。',
      ),
    ).toEqual([
      'PALB2 p.Trp1038Ter absent null germline patient',
      'PALB2 p.Trp1038Ter present pathogenic germline family',
    ]);
  });
});

describe('genetics extractor, Japanese (dev55: pharmacogenomic genotypes beside tumour results)', () => {
  const rows = (text: string, noteType?: string) =>
    genetics(text, 'ja', noteType)
      .map(
        (f) =>
          `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.partner ?? '-'} ${f.status} ${f.origin} ${f.subject}`,
      )
      .sort();

  it("reads a pharmacogene's genotype as germline under a tumour panel's block", () => {
    expect(
      rows(
        [
          '胃癌 腫瘍組織パネル：ERBB2増幅 陽性。',
          'イリノテカン前の確認：UGT1A1 *28/*28（ホモ接合）で減量予定。',
          'DPYD c.1679T>G をヘテロ接合で検出したため、5-FUは半量から開始。',
        ].join('\n'),
      ),
    ).toEqual([
      'DPYD c.1679T>G - present germline patient',
      'ERBB2 amplification - present somatic patient',
      'UGT1A1 other - present germline patient',
    ]);
  });

  it('keeps the fusions of a leukaemia screen somatic below a pharmacogenetic test', () => {
    expect(
      rows(
        [
          '薬理遺伝学的検査の結果：TPMT c.719A>G ヘテロ接合で検出。',
          '初診時の融合遺伝子検査（RT-PCR）：BCR::ABL1 陰性、TCF3::PBX1 陰性。',
        ].join('\n'),
      ),
    ).toEqual([
      'ABL1 fusion BCR absent somatic patient',
      'PBX1 fusion TCF3 absent somatic patient',
      'TPMT c.719A>G - present germline patient',
    ]);
  });

  it('gives one genotype entry for a variant allele beside a wild-type allele of the gene', () => {
    expect(
      rows(['NUDT15 *3（rs116855232）：ヘテロ', 'NUDT15 *5（rs186364861）：野生型'].join('\n')),
    ).toEqual(['NUDT15 other - present germline patient']);
  });

  it('gives no finding for an enzyme named in a drug-interaction check', () => {
    expect(
      rows(
        [
          'CYP2C19 *1/*2。',
          '併用薬確認：CYP3A4を中等度に阻害する薬剤なし。ボリコナゾールとの相互作用（CYP2C9）に留意。',
        ].join('\n'),
      ),
    ).toEqual(['CYP2C19 other - present germline patient']);
  });

  it('reads a question about a test as no result', () => {
    expect(
      rows(
        '家族より「薬の効き方を調べる検査（CYP2D6など）は受けるべきか」と相談があり、説明した。',
      ),
    ).toEqual([]);
  });

  it('reads a numbered report section naming its genes and kit as a heading', () => {
    expect(
      rows(['2. KRAS/NRAS変異（OncoBEAM）', '　NRAS Q61K：検出', '　KRAS：検出されず'].join('\n')),
    ).toEqual([
      'KRAS wild_type - absent somatic patient',
      'NRAS p.Gln61Lys - present somatic patient',
    ]);
  });

  it("reads 母国 (the home country) as no mother: the genotype is the patient's", () => {
    expect(rows('母国の病院で調べた CYP2C9 遺伝子型：*1/*3。')).toEqual([
      'CYP2C9 other - present germline patient',
    ]);
  });

  it('reads the tumour prefix of BRCA shorthand as a somatic result', () => {
    expect(rows('#卵巣癌　tBRCA2変異陽性（腫瘍組織）、gBRCA陰性。')).toEqual(
      expect.arrayContaining(['BRCA2 other - present somatic patient']),
    );
  });

  it('gives no gene for letters glued to a technique word', () => {
    expect(rows('吻合：DST法で再建、出血少量。術中所見に異常なし。')).toEqual([]);
  });
});

describe('genetics extractor, Japanese (dev56: companion diagnostics over time)', () => {
  const rows = (text: string, noteType?: string) =>
    genetics(text, 'ja', noteType)
      .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.significance}`)
      .sort();

  it('reads a negative heading in angle brackets over the list below it', () => {
    expect(
      rows(
        [
          'リキッドバイオプシー結果',
          '〈検出された変異〉',
          'KRAS G12V 1.2%',
          '〈検出限界以下〉',
          'NRAS Q61K、BRAF V600E',
          'コメント：KRAS G12Vは前回組織と一致する。',
        ].join('\n'),
      ),
    ).toEqual([
      'BRAF p.Val600Glu absent null',
      'KRAS p.Gly12Val present pathogenic',
      'NRAS p.Gln61Lys absent null',
    ]);
  });

  it('reads a clone with its stain maker in brackets as a stain, not a DNA result', () => {
    expect(rows('生検の病理：ALK（ベンタナ D5F3）陽性。FISHは未提出。')).toEqual([]);
  });

  it("reads a change's own measured share after its bracket as found", () => {
    expect(rows('血漿NGS：NRAS G13R（c.37G>C）ctDNA 1.4%、NRAS Q61R 検出限界以下。')).toEqual([
      'NRAS p.Gln61Arg absent null',
      'NRAS p.Gly13Arg present pathogenic',
    ]);
  });

  it('reads a negative whose bracket names only the tested change as that change absent', () => {
    expect(
      rows(['遺伝子｜結果', 'KRAS｜陰性（G12C）', 'ALK｜陽性（融合遺伝子）'].join('\n')),
    ).toEqual(['ALK fusion present pathogenic', 'KRAS p.Gly12Cys absent null']);
  });

  it("keeps a gene's own earlier negative apart from a change found on retest", () => {
    expect(rows('他院ではBRAF陰性、今回の再生検でV600E陽性が判明した。')).toEqual([
      'BRAF p.Val600Glu present pathogenic',
      'BRAF wild_type absent null',
    ]);
  });

  it('reads two tests of one year, months apart, as two time points', () => {
    expect(
      rows(
        ['ESR1検査：', '　2024/3 血漿：ESR1 変異検出せず', '　2024/11 血漿：ESR1 Y537S 検出'].join(
          '\n',
        ),
      ),
    ).toEqual(['ESR1 p.Tyr537Ser present pathogenic', 'ESR1 wild_type absent null']);
  });

  it('reads the RET solvent-front change acquired on a RET inhibitor as a driver', () => {
    expect(rows('CCDC6-RET融合陽性。プラルセチニブ耐性時の再生検でRET G810S を検出。')).toEqual([
      'RET fusion present pathogenic',
      'RET p.Gly810Ser present pathogenic',
    ]);
  });
});

describe('genetics extractor, Japanese (dev57: haematological gene and chromosome tests)', () => {
  const rows = (text: string, noteType?: string) =>
    genetics(text, 'ja', noteType)
      .map(
        (f) =>
          `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind}${f.partner ? ` ${f.partner}` : ''} ${f.status} ${f.significance} ${f.origin}`,
      )
      .sort();
  /** Without the origin (a copy-number test's origin is not what these tests are about). */
  const kinds = (text: string) =>
    rows(text).map((r) => r.replace(/ (?:somatic|germline|null)$/, ''));

  it("folds a break-apart or probe rearrangement of a fusion's 5' gene into the written pair", () => {
    expect(
      rows('AML。FISH で KMT2A 分離シグナル陽性、RT-PCR で KMT2A::AFF1 融合遺伝子を検出した。'),
    ).toEqual(['AFF1 fusion KMT2A present pathogenic somatic']);
  });

  it('reads a rearrangement class word right after its gene, before a fusion pair, as that gene', () => {
    expect(rows('白血病検査：KMT2A 再構成 陰性、TCF3::PBX1 陰性。')).toEqual([
      'KMT2A fusion absent null somatic',
      'PBX1 fusion TCF3 absent null somatic',
    ]);
  });

  it('does not read a leukaemia molecular genetic test (分子遺伝学的検査) as a germline test', () => {
    expect(rows('分子遺伝学的検査：ETV6::RUNX1 陰性、CDKN2A ホモ接合性欠失あり。')).toEqual([
      'CDKN2A copy_loss present null somatic',
      'RUNX1 fusion ETV6 absent null somatic',
    ]);
  });

  it("reads a gene's bare deletion told negative as the copy loss tested for", () => {
    expect(kinds('B-ALL 診断時骨髄のコピー数解析：PAX5 欠失なし、IKZF1 の欠失は認めず。')).toEqual([
      'IKZF1 copy_loss absent null',
      'PAX5 copy_loss absent null',
    ]);
  });

  it('reads an exon span written with an en dash as an exon deletion', () => {
    expect(kinds('B-ALL。骨髄のコピー数解析では IKZF1 エクソン2–3欠失を認めた。')).toEqual([
      'IKZF1 exon_deletion present null',
    ]);
  });

  it('reads a pending result with its gene in brackets as no result', () => {
    expect(rows('患者より「遺伝子の結果（NPM1）はまだ出ていない」と。説明は来週。')).toEqual([]);
  });

  it('reads SRSF2 P95, CEBPA mutation and KMT2A partner fusions as drivers', () => {
    expect(rows('骨髄：SRSF2 P95L 陽性、CEBPA 変異陽性、KMT2A::MLLT10 陽性。', 'progress')).toEqual(
      [
        'CEBPA other present pathogenic somatic',
        'MLLT10 fusion KMT2A present pathogenic somatic',
        'SRSF2 p.Pro95Leu present pathogenic somatic',
      ],
    );
  });
});

describe('genetics extractor, Japanese (leftovers of dev52, dev55 and dev57)', () => {
  const row = (f: GeneticAnnotation) =>
    `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind}${f.exon ? ` ex${f.exon}` : ''} ${f.status} ${f.subject}`;
  const rows = (text: string, noteType?: string) => genetics(text, 'ja', noteType).map(row).sort();

  it('reads a bracketed class said of them all as the class of every result row before it', () => {
    expect(
      rows(
        '肺腺癌。遺伝子検査結果：ALK：－、ROS1：陰性、RET：－（いずれも融合遺伝子）。',
        'pathology',
      ),
    ).toEqual([
      'ALK fusion absent patient',
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
  });

  it("reads a gene's bare deletion found, with no copy number, as no finding", () => {
    expect(rows('CGPでKRAS G12D、SMAD4欠失を認めた。', 'ngs_report')).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    // (A homozygous one, or a deletion tested negative, still counts.)
    expect(rows('パネル検査：IKZF1 欠失なし、CDKN2A 欠失（ホモ）', 'ngs_report')).toEqual([
      'CDKN2A copy_loss present patient',
      'IKZF1 copy_loss absent patient',
    ]);
  });

  it('reads a stain hyphenated to its gene as a stain, the FISH after it deciding', () => {
    expect(
      rows('肺腺癌。ROS1-IHC で陽性であったが、FISH では ROS1 転座を認めなかった。', 'mdt_summary'),
    ).toEqual(['ROS1 fusion absent patient']);
  });

  it('reads the call row of an ISH block as the gene of its measure rows', () => {
    const block = (call: string) =>
      [
        '病理診断報告書',
        'HER2 DISH：',
        '　HER2/CEP17比 3.1',
        '　平均HER2シグナル数 7.2/核',
        `　判定：${call}`,
      ].join('\n');
    expect(rows(block('増幅あり'), 'pathology')).toEqual(['ERBB2 amplification present patient']);
    expect(rows(block('増幅なし'), 'pathology')).toEqual(['ERBB2 amplification absent patient']);
  });

  it('keeps the exon stated before a method bracket or after a positive call', () => {
    expect(
      rows('骨髄増殖性腫瘍。CALR エクソン9（PCR）：52bp 欠失を検出', 'molecular_pathology'),
    ).toEqual(['CALR other ex9 present patient']);
    expect(rows('AML 再発。FLT3-ITD 陽性（エクソン14、比 0.6）。', 'progress')).toEqual([
      'FLT3 duplication ex14 present patient',
    ]);
  });

  it('does not read a karyotype line after a gene list as a stain of its last gene', () => {
    expect(rows('■変異なし：RUNX1、KIT\n\n染色体：46,XX[20]', 'ngs_report')).toEqual([
      'KIT wild_type absent patient',
      'RUNX1 wild_type absent patient',
    ]);
  });

  it("reads a relative's own self (兄本人) as the relative", () => {
    expect(
      rows(
        '骨髄パネル：RUNX1 c.1415T>C（病的）VAF 48%。\n姉本人も同じ RUNX1 c.1415T>C を保持していることを確認した。',
        'progress',
      ),
    ).toEqual(['RUNX1 c.1415T>C present family', 'RUNX1 c.1415T>C present patient']);
  });

  it('reads a star-allele call after SNP genotypes and an arrow as the gene result', () => {
    expect(rows('CYP2C19 遺伝子多型：rs12248560 C/T、rs4244285 G/A → *2/*17', 'pharmacy')).toEqual([
      'CYP2C19 other present patient',
    ]);
  });
});

describe('genetics extractor, Japanese result lines and labels', () => {
  it('reads the result on the line under its label as that label’s', () => {
    expect(brief(genetics('ROS1融合遺伝子\n陰性'))).toEqual(['ROS1 fusion absent patient']);
    expect(brief(genetics('【RET融合遺伝子】\n\n（－）'))).toEqual(['RET fusion absent patient']);
    expect(brief(genetics('NTRK1融合遺伝子検査：\n　判定：陰性（NGS）'))).toEqual([
      'NTRK1 fusion absent patient',
    ]);
    expect(brief(genetics('ERBB2遺伝子増幅\n  結果：陰性'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(brief(genetics('KRAS遺伝子変異\n陰性'))).toEqual(['KRAS wild_type absent patient']);
    expect(brief(genetics('ROS1融合遺伝子\n陽性'))).toEqual(['ROS1 fusion present patient']);
    // A label marked as one (colon, 【】, 検査) with no result under it is an empty field.
    expect(brief(genetics('【ROS1融合遺伝子】\n次回の外来で結果を説明する。'))).toEqual([]);
  });

  it('reads a bare dash as the cell of each label on one line', () => {
    expect(brief(genetics('KRAS変異：－　BRAF：－　RET：－'))).toEqual([
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
      'RET wild_type absent patient',
    ]);
  });

  it('reads a heading told as a relative clause over its list', () => {
    expect(brief(genetics('陰性だった遺伝子：KRAS、NRAS'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('reads classes listed in brackets after a negative as negatives', () => {
    expect(brief(genetics('ドライバー変異は検出されず（RET融合、MET増幅を含む）'))).toEqual([
      'RET fusion absent patient',
      'MET amplification absent patient',
    ]);
  });

  it('reads a search told as done, with its result, as a result', () => {
    expect(brief(genetics('RET融合遺伝子の有無を調べたところ、検出されなかった。'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('RET融合遺伝子の有無により治療を選択する。'))).toEqual([]);
  });

  it('reads the value after printed options as the chosen one', () => {
    expect(brief(genetics('ROS1 融合遺伝子 陽性・陰性：陰性'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('ROS1融合遺伝子（陽性／陰性）：陽性'))).toEqual([
      'ROS1 fusion present patient',
    ]);
  });

  it('reads a split-signal share written as a FISH label’s value as a fusion call', () => {
    expect(brief(genetics('ROS1（FISH）：分離シグナル 3%（陰性）'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('ROS1 FISH：陰性（分離シグナル 3%）'))).toEqual([
      'ROS1 wild_type absent patient',
    ]);
  });
});

describe('origin settled after the finding (ja decision 12)', () => {
  const origins = (text: string, noteType?: string) =>
    genetics(text, 'ja', noteType).map((f) => `${f.gene} ${f.status} ${f.subject} ${f.origin}`);

  it('lets a later sentence that settles the origin outweigh the tumour test before it', () => {
    expect(
      origins(
        'オンコマインでPALB2 c.3113G>A を認めた。その後、血液の確認検査にて生殖細胞系列由来と確定した。',
        'progress',
      ),
    ).toEqual(['PALB2 present patient germline']);
    expect(
      origins(
        'NCCオンコパネルでATM c.7913G>Aを検出（VAF 49%）。\n確認検査で同一バリアントが検出された。',
      ),
    ).toEqual(['ATM present patient germline']);
    // The reverse: somatic settled later, after a germline-looking start.
    expect(
      origins(
        '血液検体のパネルでCHEK2 c.1100delを検出。アレル頻度 6% で、クローン性造血による体細胞由来と判断した。',
      ),
    ).toEqual(['CHEK2 present patient somatic']);
    // Another gene listed after the settled one stays the tumour's.
    expect(
      origins(
        'FoundationOne CDxでBRCA1 c.68_69del、KRAS G12Vを検出。BRCA1は血液の確認検査で生殖細胞系列由来と判明。',
      ),
    ).toEqual(['BRCA1 present patient germline', 'KRAS present patient somatic']);
  });

  it('keeps a suspicion, a condition or a denial somatic', () => {
    for (const tail of [
      '生殖細胞系列由来の可能性あり（確認検査未実施）。',
      '生殖細胞系列由来と判明した場合は血縁者への説明を行う。',
      '生殖細胞系列由来とは考えにくい。',
      '生殖細胞系列由来と確定できず、確認検査を推奨。',
    ]) {
      expect(origins(`がん遺伝子パネルでBRCA2 c.7007G>Aを検出。${tail}`)).toEqual([
        'BRCA2 present patient somatic',
      ]);
    }
  });

  it('reads an origin statement about the finding over the tumour word of its sentence', () => {
    expect(
      origins('腫瘍と正常組織のペア解析の結果、TP53 c.743G>A は生殖細胞系列由来と考えられた。'),
    ).toEqual(['TP53 present patient germline']);
  });

  it('reads a hereditary syndrome bracketed alone after a variant as germline, for it only', () => {
    expect(origins('#2 MSH6 c.3261dup（Lynch症候群）', 'progress')).toEqual([
      'MSH6 present patient germline',
    ]);
    expect(origins('APC c.3927_3931del（FAP）、腫瘍組織でKRAS G12D陽性')).toEqual([
      'APC present patient germline',
      'KRAS present patient somatic',
    ]);
  });

  it('reads buccal, saliva and nail samples as germline, not stomatitis or paronychia', () => {
    expect(origins('頬粘膜スワブでRET c.1900T>C を検出した。')).toEqual([
      'RET present patient germline',
    ]);
    expect(origins('唾液検体の多遺伝子パネル：BRIP1 c.2392C>T 病的')).toEqual([
      'BRIP1 present patient germline',
    ]);
    expect(origins('移植前に保存した爪からRUNX1 c.1415T>C を検出した。')).toEqual([
      'RUNX1 present patient germline',
    ]);
    expect(origins('EGFR エクソン19欠失陽性。爪囲炎と口腔粘膜炎あり。')).toEqual([
      'EGFR present patient somatic',
    ]);
  });
});

describe('dev58: result tables whose header names the class of their rows', () => {
  it('gives gene rows the class of a tab header, and reads the header word as no finding', () => {
    const text = [
      '胆道癌パネル 結果',
      '融合遺伝子\t判定',
      'FGFR2\t陰性',
      'NTRK1\t陰性',
      '',
      'エクソン14スキッピング\t判定',
      'MET\t陰性',
    ].join('\n');
    expect(brief(genetics(text)).sort()).toEqual([
      'FGFR2 fusion absent patient',
      'MET exon_skipping 14 absent patient',
      'NTRK1 fusion absent patient',
    ]);
  });

  it('gives pipe rows their header class, present or absent, with bare signs as results', () => {
    const text = [
      '分子診断（院内NGS）',
      '| 増幅 | 判定 |',
      '| MYCN | ＋（CN 30） |',
      '| ALK | － |',
      '| ホモ接合性欠失 | 判定 |',
      '| PTEN | ＋ |',
    ].join('\n');
    expect(brief(genetics(text)).sort()).toEqual([
      'ALK amplification absent patient',
      'MYCN amplification present patient',
      'PTEN copy_loss present patient',
    ]);
  });

  it('reads an English section line naming the class over rows of gene and call', () => {
    const text = ['NGS report (pasted)', 'RNA Fusions', 'RET\tNegative', 'NTRK3\tNegative'].join(
      '\n',
    );
    expect(brief(genetics(text)).sort()).toEqual([
      'NTRK3 fusion absent patient',
      'RET fusion absent patient',
    ]);
  });

  it('reads receptor and MMR rows under a gene/variant header as DNA results, not stains', () => {
    expect(
      brief(genetics(['遺伝子変異\t結果', 'KRAS\t陰性', 'HER2\t陰性', 'NRAS\t陰性'].join('\n'))),
    ).toEqual([
      'KRAS wild_type absent patient',
      'ERBB2 wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    const mmr = [
      '遺伝学的検査（末梢血）　MMR免疫染色でPMS2消失',
      '遺伝子\t結果\tバリアント',
      'PMS2\t－',
      'MLH1\t－',
    ].join('\n');
    expect(brief(genetics(mmr)).sort()).toEqual([
      'MLH1 wild_type absent patient',
      'PMS2 wild_type absent patient',
    ]);
  });

  it('keeps a dash in a later column of a pipe row for that column, not the result', () => {
    const text = [
      'NGS結果',
      'PTEN | ホモ接合性欠失 | － | －',
      'ERBB2 | 増幅（CN 12） | － | －',
    ].join('\n');
    expect(brief(genetics(text)).sort()).toEqual([
      'ERBB2 amplification present patient',
      'PTEN copy_loss present patient',
    ]);
  });

  it('reads a negated result word as a negative of the same class', () => {
    expect(brief(genetics('RET融合遺伝子は陽性ではありませんでした。'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('ROS1融合は陽性にはならず、経過観察とした。'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('KRAS遺伝子変異陽性でなかったため抗EGFR抗体を選択'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('MET遺伝子増幅はFISHで陽性を示さなかった'))).toEqual([
      'MET amplification absent patient',
    ]);
    // A suspicion asked as a question is no result; a positive stays one.
    expect(brief(genetics('画像所見からRET融合遺伝子陽性ではないかと推測した。'))).toEqual([]);
    expect(brief(genetics('RET融合遺伝子は陽性と判定された。'))).toEqual([
      'RET fusion present patient',
    ]);
  });

  it('reads every negative passive or potential verb of finding as absent', () => {
    expect(brief(genetics('RET融合遺伝子は観察されなかった。'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('NGSではBRAF V600E変異は同定されず、KRASも野生型。')).sort()).toEqual([
      'BRAF p.Val600Glu absent patient',
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('EGFR T790Mは検出できませんでした'))).toEqual([
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(brief(genetics('MLH1、MSH2に病的バリアントは見出されなかった')).sort()).toEqual([
      'MLH1 wild_type absent patient',
      'MSH2 wild_type absent patient',
    ]);
    expect(brief(genetics('ROS1融合遺伝子の存在は確認されなかった'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('NTRK1融合遺伝子は存在しなかった'))).toEqual([
      'NTRK1 fusion absent patient',
    ]);
    // A check not made is no negative.
    expect(brief(genetics('RET融合遺伝子は確認しなかった'))).not.toContain(
      'RET fusion absent patient',
    );
  });

  it('reads a negated disease label carrying the change as absent', () => {
    expect(brief(genetics('ROS1陽性肺腺癌ではなかった'))).toEqual([
      'ROS1 wild_type absent patient',
    ]);
    expect(brief(genetics('RET融合遺伝子陽性の甲状腺癌は否定された'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('KRAS変異陽性大腸癌は否定的と判断'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('ROS1融合遺伝子は否定。'))).toEqual(['ROS1 fusion absent patient']);
    // Cannot be excluded: a possibility, not a negative.
    expect(brief(genetics('ROS1融合遺伝子陽性肺癌は否定できない'))).not.toContain(
      'ROS1 fusion absent patient',
    );
  });

  it('reads a result turned negative as absent, and a re-test with the opposite result as both', () => {
    expect(brief(genetics('ROS1融合遺伝子はリキッドで陰転化していた'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('KRAS G12Dは治療後に陰転した'))).toEqual([
      'KRAS p.Gly12Asp absent patient',
    ]);
    expect(brief(genetics('オシメルチニブ投与後、C797Sが消失していた'))).toEqual([
      'EGFR p.Cys797Ser absent patient',
    ]);
    expect(brief(genetics('RET融合遺伝子は陽性だったが、再生検では陰性であった')).sort()).toEqual([
      'RET fusion absent patient',
      'RET fusion present patient',
    ]);
    expect(brief(genetics('RET融合遺伝子は陽性だったが、今回も陽性'))).toEqual([
      'RET fusion present patient',
    ]);
  });

  it('reads a dash after a bracketed codon region as that region negative', () => {
    expect(
      brief(genetics('RAS検査\nNRAS exon2（G12/G13）　　－\nNRAS exon3（Q59/Q61）　　－')),
    ).toEqual(['NRAS wild_type absent patient']);
  });
});

describe('genetics extractor, Japanese result words as lab exports print them', () => {
  it('reads the katakana loanword results, whole, clipped or half-width', () => {
    expect(brief(genetics('ROS1融合遺伝子 ネガティブ（RT-PCR）'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('RET融合遺伝子はﾈｶﾞでした'))).toEqual(['RET fusion absent patient']);
    expect(brief(genetics('MET増幅：ネガテイブ'))).toEqual(['MET amplification absent patient']);
    // The positive is the result word: a gene alone with no result is nothing.
    expect(brief(genetics('BRAF遺伝子：ﾎﾟｼﾞﾃｨｳﾞ'))).toEqual(['BRAF other present patient']);
    expect(brief(genetics('BRAF遺伝子：'))).toEqual([]);
    expect(brief(genetics('ROS1融合遺伝子\nポジ'))).toEqual(['ROS1 fusion present patient']);
    // A control of the assay is no result of the gene.
    expect(
      brief(
        genetics('ネガティブコントロール、ポジティブコントロールとも適正。RET融合遺伝子：陽性'),
      ),
    ).toEqual(['RET fusion present patient']);
  });

  it('reads a result word printed spaced out as that word', () => {
    expect(brief(genetics('ROS1 融合遺伝子 : 陰 性'))).toEqual(['ROS1 fusion absent patient']);
    expect(brief(genetics('RET融合遺伝子　陽　性'))).toEqual(['RET fusion present patient']);
    expect(brief(genetics('MET遺伝子増幅\n陰　性'))).toEqual(['MET amplification absent patient']);
  });

  it('reads a doubled dash or plus in brackets as the result', () => {
    expect(brief(genetics('ROS1融合遺伝子（－－）'))).toEqual(['ROS1 fusion absent patient']);
    expect(brief(genetics('RET融合遺伝子 (--)'))).toEqual(['RET fusion absent patient']);
    expect(brief(genetics('MET増幅（ｰｰ）'))).toEqual(['MET amplification absent patient']);
    expect(brief(genetics('BRAF遺伝子変異（＋＋）'))).toEqual(['BRAF other present patient']);
  });
});

describe('genetics extractor, Japanese origin worked out later (dev59 phenomena)', () => {
  const rows = (found: readonly GeneticAnnotation[]) =>
    found.map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin}`).sort();

  it('takes the origin a later conclusion settles for the gene named again', () => {
    const text = [
      '経緯：NCCオンコパネル（大腸癌組織）で PALB2 c.172_175del（p.Q60Rfs*7）を検出。由来は未確定。',
      '所見：家族歴を聴取した。',
      'まとめ：腫瘍で見つかった PALB2 の変異は生殖細胞系列由来と判明した。',
    ].join('\n');
    expect(rows(genetics(text))).toEqual(['PALB2 p.Gln60ArgfsTer7 present germline']);
  });

  it('does not apply a later conclusion to one of two changes of the same gene', () => {
    const text = [
      '腫瘍検査で ATM c.1564_1565del（p.E522Ifs*43）を検出。',
      '血液検査：ATM c.3161C>G（p.P1054R）をヘテロ接合で検出、良性。',
      '所見：特記なし。',
    ];
    const settled = [...text, '解釈：腫瘍の ATM バリアントは生殖細胞系列由来と考えられる。'];
    expect(rows(genetics(settled.join('\n')))).toEqual(rows(genetics(text.join('\n'))));
  });

  it('reads a change in an including-bracket after a negative as absent, beside the gene', () => {
    expect(rows(genetics('PALB2：病的バリアントは認めず（c.172_175del を含む）'))).toEqual([
      'PALB2 c.172_175del absent somatic',
      'PALB2 wild_type absent somatic',
    ]);
  });

  it('keeps a suspicion that led to a test whose result follows a colon', () => {
    expect(
      rows(
        genetics(
          'VHL 病を疑い、血液で VHL 遺伝学的検査を実施：c.499C>T（p.R167W）、病的バリアント。',
        ),
      ),
    ).toEqual(['VHL p.Arg167Trp present germline']);
  });
});

describe("genetics extractor, Japanese: which statement is this patient's result (probe round)", () => {
  const rows = (found: readonly GeneticAnnotation[]) =>
    found.map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.subject}`).sort();

  it('reads the result after a turn to this patient, not the general statement before it', () => {
    expect(
      rows(
        genetics(
          'ROS1融合遺伝子陽性肺癌ではクリゾチニブの奏効率が高いが、当該症例では陰性であった。',
        ),
      ),
    ).toEqual(['ROS1 fusion absent patient']);
    expect(
      rows(genetics('RET融合遺伝子陽性の患者にはセルペルカチニブが推奨されるが、自験例は陰性。')),
    ).toEqual(['RET fusion absent patient']);
    expect(
      rows(genetics('ROS1陽性の場合はクリゾチニブが第一選択となるが、本症例では陰性であった。')),
    ).toEqual(['ROS1 wild_type absent patient']);
    expect(
      rows(genetics('BRAF V600E陽性例では二剤併用が有効であるが、本例でもV600E陽性であった。')),
    ).toEqual(['BRAF p.Val600Glu present patient']);
  });

  it('gives nothing for a general statement with no result of the patient', () => {
    expect(genetics('ROS1融合遺伝子陽性肺癌は若年の非喫煙者に多いとされる。')).toEqual([]);
    expect(genetics('RET融合遺伝子陽性例に対する標準治療はセルペルカチニブである。')).toEqual([]);
    // (A treatment given for the patient's own labelled disease stays a result.)
    expect(rows(genetics('ROS1融合遺伝子陽性肺癌に対しエヌトレクチニブを開始した。'))).toEqual([
      'ROS1 fusion present patient',
    ]);
  });

  it('reads a test done for a possibility considered, with its result after it', () => {
    expect(rows(genetics('ROS1陽性肺癌の可能性を念頭に置き検査したが、陰性だった。'))).toEqual([
      'ROS1 wild_type absent patient',
    ]);
  });

  it('keeps both results of an earlier and a later test joined by an arrow or a comma', () => {
    expect(rows(genetics('RET融合遺伝子：前回陰性→今回陽性'))).toEqual([
      'RET fusion absent patient',
      'RET fusion present patient',
    ]);
    expect(rows(genetics('ROS1融合遺伝子は前回陽性、今回陰性であった。'))).toEqual([
      'ROS1 fusion absent patient',
      'ROS1 fusion present patient',
    ]);
    expect(
      rows(genetics('他院でROS1融合遺伝子陽性とされたが、当院での再検査では陰性であった。')),
    ).toEqual(['ROS1 fusion absent patient', 'ROS1 fusion present patient']);
  });

  it('reads a positive that could not be called, or was false, as absent', () => {
    expect(rows(genetics('ROS1融合遺伝子陽性とは判断できなかった。'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(rows(genetics('RET融合遺伝子陽性例ではなかった。'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(rows(genetics('ROS1融合遺伝子はFISHで偽陽性と判定した。'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    // (An earlier positive judged false is withdrawn, as before.)
    expect(genetics('前医のROS1融合遺伝子陽性は偽陽性と判断した。')).toEqual([]);
  });

  it('does not let a bracketed aside about another result cancel the result', () => {
    expect(rows(genetics('RET融合遺伝子：陰性（偽陰性の可能性は否定できない）'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(rows(genetics('ROS1融合遺伝子：陰性（偽陽性の可能性を除外済み）'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    // (A doubt about the result itself still is one.)
    expect(genetics('ROS1融合遺伝子：陽性（疑い）')).toEqual([]);
  });
});

describe("genetics extractor, Japanese: which statement is this patient's result (dev60 phenomena)", () => {
  const rows = (found: readonly GeneticAnnotation[]) =>
    found.map((f) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.subject}`).sort();

  it('reads shares of patients and what is known in general as no result', () => {
    expect(genetics('一般的には、大腸癌の約5%にKRAS G12C変異を認める。')).toEqual([]);
    expect(genetics('甲状腺未分化癌の20〜40%はBRAF V600E変異を有する。')).toEqual([]);
    expect(genetics('RET融合は肺腺癌の1〜2%程度とされる。')).toEqual([]);
    expect(genetics('ALK陽性例の耐性機序としてはG1202RやMET増幅が知られている。')).toEqual([]);
    expect(genetics('ROS1融合は若年女性に多い。')).toEqual([]);
    expect(genetics('一般にKRAS G12D変異型膵癌は予後不良とされる。')).toEqual([]);
    expect(genetics('BRCA1病的バリアントを有する乳癌ではPARP阻害薬の効果が期待される。')).toEqual(
      [],
    );
    // (The patient's own result beside them stays.)
    expect(
      rows(
        genetics('一般にEGFR変異は女性に多いが、本例はEGFR L858R陽性。KRAS G12DはVAF 9%に認めた。'),
      ),
    ).toEqual(['EGFR p.Leu858Arg present patient', 'KRAS p.Gly12Asp present patient']);
  });

  it('keeps the repeat tests negatives when a positive is judged false', () => {
    const text = [
      '1）ALK免疫染色：陽性',
      '2）ALK FISH：陰性',
      '3）NGS：ALK融合 検出されず',
      '討議：FISH・NGSで融合を認めず、免疫染色の偽陽性と判断した。',
    ].join('\n');
    expect(rows(genetics(text))).toEqual(['ALK fusion absent patient']);
  });

  it('gives nothing for the judgement that takes an earlier positive back', () => {
    const text = [
      '血漿NGSでCD74::ROS1 融合を検出と報告。',
      '再生検：RT-PCRでROS1融合遺伝子は検出されず。',
      'キャンサーボードにて、血漿のCD74::ROS1は偽陽性と判断された。',
    ].join('\n');
    expect(
      genetics(text).map((f) => `${f.gene} ${f.kind} ${f.partner ?? '-'} ${f.status}`),
    ).toEqual(['ROS1 fusion - absent']);
  });

  it("keeps an earlier hospital's negative beside the note's own positive (decision 30)", () => {
    expect(
      rows(
        genetics(
          '前医で施行したPCRでは「KRAS変異陰性」とされた。当院で手術検体を用いて再度解析し、KRAS G12V陽性。',
        ),
      ),
    ).toEqual(['KRAS p.Gly12Val present patient', 'KRAS wild_type absent patient']);
  });

  it('reads IDS as interval debulking surgery where the note names it, not a gene', () => {
    expect(
      genetics(
        '卵巣癌。NAC後にinterval debulking surgeryの方針。\n4/2 IDS施行、残存腫瘍なし。BRCA1：病的バリアントなし',
      ),
    ).toHaveLength(1);
  });
});

describe('genetics extractor, Japanese (third probe round: reasons, origin hedges, per-item origin)', () => {
  /** "GENE change status origin significance" (the coding change where written). */
  const full = (findings: readonly GeneticAnnotation[]) =>
    findings.map(
      (f) =>
        `${f.gene} ${f.hgvs_c ?? f.hgvs_p ?? f.kind} ${f.status} ${f.origin ?? '-'} ${f.significance ?? '-'}`,
    );

  it('ends a suspicion that led to a test at the words closing the test done', () => {
    expect(
      full(genetics('遺伝性大腸癌疑いにて多遺伝子パネル施行、MSH2 c.942+3A>T（病的）を同定した。')),
    ).toEqual(['MSH2 c.942+3A>T present germline pathogenic']);
    expect(full(genetics('肺癌疑いにてTBLB施行、KRAS G12C陽性。'))).toEqual([
      'KRAS p.Gly12Cys present somatic pathogenic',
    ]);
    expect(
      full(genetics('肺癌の除外目的でCTガイド下生検を実施、BRAF V600E陽性であった。')),
    ).toEqual(['BRAF p.Val600Glu present somatic pathogenic']);
    expect(
      full(genetics('家族性腫瘍疑いでの遺伝学的検査の結果、PALB2 c.3113G>A（病的）を認めた。')),
    ).toEqual(['PALB2 c.3113G>A present germline pathogenic']);
    expect(full(genetics('遺伝性乳癌疑いで遺伝学的検査：BRCA1 c.188T>A（病的）を検出。'))).toEqual([
      'BRCA1 c.188T>A present germline pathogenic',
    ]);
  });

  it('keeps a suspicion with no test done, or one said of the change itself, as no result', () => {
    expect(genetics('KRAS変異疑い')).toEqual([]);
    expect(genetics('ALK融合遺伝子の可能性')).toEqual([]);
    expect(genetics('肺癌疑いにて生検施行、EGFR L858R疑いにて再検予定')).toEqual([]);
    expect(genetics('肺癌疑いで気管支鏡施行、EGFR遺伝子検査の結果待ち')).toEqual([]);
  });

  it('reads a doubt of where a found change came from as no doubt of the change', () => {
    expect(
      full(
        genetics(
          'PALB2 c.3113G>A VAF 51%、生殖細胞系列バリアントの可能性を考慮し遺伝カウンセリングへ紹介。',
        ),
      ),
    ).toEqual(['PALB2 c.3113G>A present somatic -']);
    expect(
      full(genetics('ATM c.7913G>A VAF 49%、遺伝性の可能性も考慮して確認検査を予定。')),
    ).toEqual(['ATM c.7913G>A present somatic -']);
    expect(
      full(genetics('CHEK2 c.1100del を検出（VAF 50%）、生殖細胞系列由来を考慮し遺伝外来へ。')),
    ).toEqual(['CHEK2 c.1100del present somatic -']);
  });

  it('gives each finding the source attached to it alone in one line', () => {
    expect(
      full(genetics('ペア解析：ATM c.7913G>A（生殖細胞系列）、PIK3CA H1047R（体細胞）')),
    ).toEqual([
      'ATM c.7913G>A present germline -',
      'PIK3CA p.His1047Arg present somatic pathogenic',
    ]);
    expect(full(genetics('PALB2 c.3113G>A 生殖細胞系列、BRAF V600E 体細胞'))).toEqual([
      'PALB2 c.3113G>A present germline -',
      'BRAF p.Val600Glu present somatic pathogenic',
    ]);
    expect(
      full(
        genetics(
          '腫瘍・正常ペア解析で、CHEK2 c.1100delは生殖細胞系列変異、KRAS G12Vは体細胞変異であった。',
        ),
      ),
    ).toEqual(['CHEK2 c.1100del present germline -', 'KRAS p.Gly12Val present somatic pathogenic']);
    expect(full(genetics('生殖細胞系列：ATM c.7913G>A、体細胞：PIK3CA H1047R'))).toEqual([
      'ATM c.7913G>A present germline -',
      'PIK3CA p.His1047Arg present somatic pathogenic',
    ]);
  });

  it('does not take a suspected source in the bracket as the finding’s own', () => {
    expect(
      full(
        genetics('ペア解析：ATM c.7913G>A（生殖細胞系列由来の可能性）、PIK3CA H1047R（体細胞）'),
      ),
    ).toEqual([
      'ATM c.7913G>A present somatic -',
      'PIK3CA p.His1047Arg present somatic pathogenic',
    ]);
  });

  it('reads a fusion by the DNA method, not the protein stain beside it', () => {
    // A stain's positive refuted by a DNA/RNA method: the DNA result alone is the finding.
    for (const text of [
      'ROS1融合遺伝子：免疫染色（SP384）陽性、RT-PCR陰性',
      'ALK融合遺伝子 D5F3(+)、FISH(-)',
      'ALK融合遺伝子はIHCで強陽性だったが、break-apart FISHで確認できず。',
      'ALK融合遺伝子：iAEP法 弱陽性→NGS 検出されず',
    ]) {
      expect(brief(genetics(text)).map((f) => f.replace(/ patient$/, ''))).toEqual([
        expect.stringMatching(/^(?:ALK|ROS1) fusion absent$/),
      ]);
    }
    // A doubted screen settled by the DNA method; a gene named with its stain takes the FISH call.
    expect(brief(genetics('ROS1融合遺伝子陽性の疑い→RT-PCRで陰性'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('ALK：免疫染色 2+（判定保留）→FISH陰性'))).toEqual([
      'ALK wild_type absent patient',
    ]);
    // A stain alone is no finding (decision 26); a DNA method's positive stands.
    expect(genetics('ROS1融合遺伝子：IHC（D4D6）陽性')).toEqual([]);
    expect(genetics('ALK融合遺伝子 免疫染色 陽性（FISH提出中）')).toEqual([]);
    expect(brief(genetics('ALK融合遺伝子：IHC陰性、FISH陽性'))).toEqual([
      'ALK fusion present patient',
    ]);
    expect(brief(genetics('ALK融合遺伝子：陽性（IHC・FISHともに陽性）'))).toEqual([
      'ALK fusion present patient',
    ]);
  });

  it('reads a method on its own line under the item, or after its result', () => {
    const fusion = (text: string) => brief(genetics(text)).filter((f) => f.startsWith('ROS1'));
    // Methods on the lines below, each before its result.
    expect(fusion('ROS1融合遺伝子\n・SP384：陽性\n・RT-PCR：陰性')).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(fusion('ROS1融合遺伝子：免疫染色 陽性\nRT-PCR法 陰性')).toEqual([
      'ROS1 fusion absent patient',
    ]);
    // A method in a bracket after its result.
    expect(fusion('ROS1融合遺伝子は陽性（免疫染色）、陰性（RT-PCR）')).toEqual([
      'ROS1 fusion absent patient',
    ]);
    // A method heading a table column.
    expect(fusion('項目｜免疫染色｜NGS\nROS1融合遺伝子｜陽性｜陰性')).toEqual([
      'ROS1 fusion absent patient',
    ]);
    // A protein method's line alone gives no finding; a DNA method's line below another gene is
    // that gene's only.
    expect(brief(genetics('ROS1融合遺伝子\nSP384：陽性\nALK融合遺伝子\nRT-PCR：陽性'))).toEqual([
      'ALK fusion present patient',
    ]);
  });

  it('reads a dash in a table’s evidence-level column as no class, not a negative call', () => {
    const text = [
      '主な検出結果',
      '  遺伝子   変化                 割合/CN      エビデンスレベル',
      '  KRAS     G12D（c.35G>A）      22.0%        B',
      '  ERBB2    増幅                 CN 11        －',
      '  PTEN     欠失（ホモ接合性）   CN 0         －',
    ].join('\n');
    const found = genetics(text, 'ja', 'ngs_report');
    expect(brief(found).sort()).toEqual([
      'ERBB2 amplification present patient',
      'KRAS p.Gly12Asp present patient',
      'PTEN copy_loss present patient',
    ]);
    // (A driver left without a level keeps no class.)
    expect(found.find((f) => f.gene === 'ERBB2')?.significance).toBeNull();
    // A dash under a result column is still the call.
    expect(
      brief(genetics('遺伝子　　方法　　　判定\nALK　　　 FISH　　　－\nROS1　　　PCR　　　 －')),
    ).toEqual(['ALK wild_type absent patient', 'ROS1 wild_type absent patient']);
  });

  it('reads a heading scoped to the test over its list of negative genes', () => {
    expect(brief(genetics('本パネルの対象で検出されなかった遺伝子：NRAS、BRAF、PIK3CA'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
      'PIK3CA wild_type absent patient',
    ]);
  });

  it('reads a label whose next line says the test was not done or withheld as no result', () => {
    const text =
      'RET融合遺伝子（FISH）：\n　陰性\nNTRK融合遺伝子：\n　未施行\nMET増幅：\n　判定保留';
    expect(brief(genetics(text))).toEqual(['RET fusion absent patient']);
  });

  it('does not read an enzyme named with a strength glued to its drug class as a result', () => {
    expect(brief(genetics('併用薬確認：CYP2C8強阻害薬なし、CYP3A4中等度誘導剤なし。'))).toEqual([]);
  });

  it('reads a row continued on an indented next line', () => {
    const text = [
      'KRAS遺伝子検査（組織）：G12C',
      '　陽性。G12D、G12V、G13Dは',
      '　いずれも陰性。',
    ].join('\n');
    expect(brief(genetics(text)).sort()).toEqual([
      'KRAS p.Gly12Asp absent patient',
      'KRAS p.Gly12Cys present patient',
      'KRAS p.Gly12Val absent patient',
      'KRAS p.Gly13Asp absent patient',
    ]);
  });
});

describe('genetics extractor, Japanese (dev62: germline or somatic, and whose result)', () => {
  /** "GENE variant/kind status subject origin significance". */
  const full = (findings: readonly GeneticAnnotation[]) =>
    findings.map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin} ${f.significance}`,
    );

  it("reads the client's cascade test named as her own as a result of the familial variant", () => {
    expect(
      full(
        genetics('兄がMSH2 c.1216C>T（病的）を保持。本人の血縁者検査（シングルサイト）は陰性。'),
      ),
    ).toEqual([
      'MSH2 c.1216C>T present family germline pathogenic',
      'MSH2 c.1216C>T absent patient germline null',
    ]);
    expect(
      full(genetics('叔母がPALB2 c.3113G>A保持者。ご本人の単一部位解析の結果：陽性。')),
    ).toContain('PALB2 c.3113G>A present patient germline null');
    // (Only planned: no result.)
    expect(
      full(genetics('兄がMSH2 c.1216C>T（病的）を保持。本人の血縁者検査は来月予定。')),
    ).toEqual(['MSH2 c.1216C>T present family germline pathogenic']);
  });

  it('reads a same-variant reference with spaces around its gene', () => {
    const text = [
      '来談者：次男（30歳）。',
      '発端者：父。MLH1 c.1731G>A（病的）を保持。',
      '今回の検査：単一部位解析（末梢血）',
      '結果：父と同じ MLH1 バリアントを保持していた。',
    ].join('\n');
    expect(full(genetics(text))).toEqual([
      'MLH1 c.1731G>A present family germline pathogenic',
      'MLH1 c.1731G>A present patient germline pathogenic',
    ]);
  });

  it('reads a gene panel run on peripheral blood as a germline test', () => {
    const text = [
      '遺伝カウンセリング記録',
      '経緯：生検組織で MSI-High を確認。遺伝性腫瘍を疑い多遺伝子パネル（末梢血）を提出した。',
      '結果：',
      '・MSH2 c.942+3A>T　病的',
      '・MLH1、PMS2：病的バリアントなし',
    ].join('\n');
    expect(full(genetics(text))).toEqual([
      'MSH2 c.942+3A>T present patient germline pathogenic',
      'MLH1 wild_type absent patient germline null',
      'PMS2 wild_type absent patient germline null',
    ]);
  });

  it("reads a summary's pathology line as the tumour's test beside a known germline syndrome", () => {
    const text = [
      '退院時要約',
      '既往：リンチ症候群（MLH1 c.1852_1854del、病的バリアント）。',
      '病理：子宮体癌。PIK3CA 変異なし。',
    ].join('\n');
    expect(full(genetics(text))).toContain('PIK3CA wild_type absent patient somatic null');
  });

  it("reads a statement matching a finding to a known germline one as that finding's, not the test's", () => {
    const text = [
      '既知：BRACAnalysis（血液）で BRCA2 c.5946del、病的。',
      '今回：再発巣の FoundationOne CDx で BRCA2 c.5946del を再検出。既知の生殖細胞系列バリアントと同一。ESR1・PIK3CA は変異なし。',
    ].join('\n');
    expect(full(genetics(text))).toEqual([
      'BRCA2 c.5946del present patient germline pathogenic',
      'ESR1 wild_type absent patient somatic null',
      'PIK3CA wild_type absent patient somatic null',
    ]);
  });

  it("gives a relative's same exon-level variant the class stated for the client's", () => {
    const text = [
      '遺伝学的検査結果報告書',
      '検体：末梢血',
      '結果：MSH2 エクソン2の欠失（MLPA）　判定：病的',
      '備考：父も同じ MSH2 エクソン2 欠失を保持していると聞いている。',
    ].join('\n');
    expect(full(genetics(text))).toEqual([
      'MSH2 exon_deletion present patient germline pathogenic',
      'MSH2 exon_deletion present family germline pathogenic',
    ]);
  });

  it("does not read a genomic signature's result as the variant's before it", () => {
    expect(full(genetics('腫瘍組織パネル：ATM c.1010G>A（p.R337H）VUS、TMB 4、MSI陰性。'))).toEqual(
      ['ATM p.Arg337His present patient somatic uncertain'],
    );
    expect(
      full(genetics('腫瘍組織：BRCA1 c.5266dup（p.Q1756Pfs*74）病的、GIS 52（HRD陽性）。')),
    ).toEqual(['BRCA1 p.Gln1756ProfsTer74 present patient somatic pathogenic']);
  });
});

describe('genetics extractor, Japanese (dev61 leftovers and dev63 phenomena)', () => {
  const full = (findings: readonly GeneticAnnotation[]) =>
    findings
      .map((f) =>
        [
          f.gene,
          f.hgvs_p ?? f.kind,
          f.partner ?? '-',
          f.status,
          f.origin,
          String(f.significance),
        ].join(' '),
      )
      .sort();

  it('reads no result from a remark that the method cannot name the partner', () => {
    const text = [
      '融合遺伝子パネル（RT-PCR）',
      'NTRK1　　融合遺伝子　　陽性',
      'コメント：NTRK1融合のパートナー遺伝子は本キットでは特定できません。',
    ].join('\n');
    expect(full(genetics(text))).toEqual(['NTRK1 fusion - present somatic pathogenic']);
  });

  it('ties a key row of empty cells to the ISH row above, its call on the next line', () => {
    const text = [
      '乳癌 HER2 検索',
      '項目｜手法｜所見',
      'HER2遺伝子｜FISH｜HER2/CEP17比 1.2、平均HER2コピー数 2.9',
      '判定｜｜',
      '　増幅を認めない',
    ].join('\n');
    expect(full(genetics(text))).toEqual(['ERBB2 amplification - absent somatic null']);
  });

  it("lets a row's footnote verdict decide the row with the same mark", () => {
    const text = [
      'がん遺伝子パネル（組織）',
      '　MET：コピー数増加（CN 6）※1',
      '　FGFR1：コピー数増加（CN 14）※2',
      '※1 報告書上は「増幅なし」と判定（閾値未満）。',
      '※2 CN 14 で報告あり。',
    ].join('\n');
    expect(full(genetics(text))).toEqual([
      'FGFR1 amplification - present somatic null',
      'MET amplification - absent somatic null',
    ]);
  });

  it('does not give a table row the result of the earlier sequencing column', () => {
    const text = [
      '遺伝学的検査（末梢血）',
      '遺伝子　　シークエンス　　　　MLPA',
      'MLH1　　　病的バリアントなし　　エクソン8〜12欠失',
      'PMS2　　　病的バリアントなし　　検出せず',
      '判定：MLH1 エクソン8〜12欠失は病的（Pathogenic）。',
    ].join('\n');
    expect(full(genetics(text))).toEqual([
      'MLH1 exon_deletion - present germline pathogenic',
      'PMS2 wild_type - absent germline null',
    ]);
  });

  it('reads a variant in a bracket with its own result by that result, not the one before', () => {
    expect(
      full(genetics('EGFR遺伝子検査でエクソン19欠失を認めた（L858R・G719Xは陰性）。')),
    ).toEqual([
      'EGFR exon_deletion - present somatic pathogenic',
      'EGFR p.Leu858Arg - absent somatic null',
      'EGFR snv - absent somatic null',
    ]);
  });

  it('reads a class aimed at by a trial as no finding', () => {
    expect(
      full(
        genetics('NRAS変異なし。\n方針：エクソン20挿入を標的とした新規HER2阻害薬の治験を紹介。'),
      ),
    ).toEqual(['NRAS wild_type - absent somatic null']);
  });

  it('keeps a tumour variant somatic when its row says the known change is kept', () => {
    const text = [
      '再生検（組織）の遺伝子検索',
      'EGFR エクソン19欠失（c.2236_2250del）：陽性（既知の変異を保持）',
    ].join('\n');
    expect(full(genetics(text))[0]).toMatch(/present somatic/);
  });

  it('keeps a fusion breakpoint bracket with its row, so the next row takes no class from it', () => {
    const text = [
      'CGP結果',
      '　CD74-ROS1融合遺伝子（C6;R34）　エビデンスレベルA',
      '　PTEN ホモ接合性欠失　エビデンスレベル －',
    ].join('\n');
    expect(full(genetics(text))).toEqual([
      'PTEN copy_loss - present somatic null',
      'ROS1 fusion CD74 present somatic pathogenic',
    ]);
  });
});

describe("genetics extractor, Japanese: the client's presymptomatic or carrier test", () => {
  it("reads the client's 発症前 / 保因者 test of the familial variant as the client's result", () => {
    expect(
      brief(genetics('兄にMSH2 c.1216C>Tあり。本人の発症前診断の結果は陰性であった。')),
    ).toEqual(['MSH2 c.1216C>T present family', 'MSH2 c.1216C>T absent patient']);
    expect(brief(genetics('母がPALB2 c.3113G>Aを保持。来談者の保因者検査：陽性。'))).toEqual([
      'PALB2 c.3113G>A present family',
      'PALB2 c.3113G>A present patient',
    ]);
    // (As a row of its own, or after a family-history label on the line.)
    expect(brief(genetics('父：BRCA2 c.5946del\n本人：発症前遺伝学的検査 陰性'))).toEqual([
      'BRCA2 c.5946del present family',
      'BRCA2 c.5946del absent patient',
    ]);
    expect(
      brief(genetics('家族歴：叔母がBRCA1 c.68_69del保持。本人は発症前検査を受け陽性。')),
    ).toEqual(['BRCA1 c.68_69del present family', 'BRCA1 c.68_69del present patient']);
  });

  it("keeps only the relative's entry while the client's test is awaited", () => {
    for (const text of [
      '兄にMSH2 c.1216C>Tあり。本人の発症前遺伝学的検査は来月予定。',
      '兄にMSH2 c.1216C>Tあり。本人の発症前診断は結果未着。',
      '兄にMSH2 c.1216C>Tあり。本人の保因者検査は結果待ち（陽性なら内視鏡を追加）。',
    ]) {
      expect(brief(genetics(text))).toEqual(['MSH2 c.1216C>T present family']);
    }
  });
});

describe('genetics extractor, Japanese: fusion rows, marks and headings (dev64)', () => {
  it('reads a letter’s humble negative 認めておりません / 検出しておらず', () => {
    expect(brief(genetics('RET・NTRK3融合についても認めておりません。'))).toEqual([
      'RET fusion absent patient',
      'NTRK3 fusion absent patient',
    ]);
    expect(brief(genetics('KRASは変異を検出しておらず、治療方針を検討する。'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
  });

  it('reads a row of genes each with its own sign, not a spaced dash as a fusion', () => {
    expect(brief(genetics('初回検査：\n　KRAS －　ALK －　RET －'))).toEqual([
      'KRAS wild_type absent patient',
      'ALK wild_type absent patient',
      'RET wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS －　ROS1 ＋'))).toEqual([
      'KRAS wild_type absent patient',
      'ROS1 fusion present patient',
    ]);
    // A spaced fusion with its call after it stays a fusion.
    expect(brief(genetics('CD74 - ROS1 陽性'))).toEqual(['ROS1 fusion CD74 present patient']);
  });

  it('reads cross and circle marks as a row’s negative and positive', () => {
    expect(brief(genetics('BRAF ×　RET ×'))).toEqual([
      'BRAF wild_type absent patient',
      'RET wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS：×、ALK：×'))).toEqual([
      'KRAS wild_type absent patient',
      'ALK wild_type absent patient',
    ]);
    expect(brief(genetics('ドライバー遺伝子　KRAS○　RET×'))).toEqual([
      'KRAS other present patient',
      'RET wild_type absent patient',
    ]);
    expect(brief(genetics('ROS1融合遺伝子　×'))).toEqual(['ROS1 fusion absent patient']);
    // Not a multiplication.
    expect(brief(genetics('MET遺伝子 コピー数 3×2 で判定保留'))).toEqual([]);
  });

  it('gives the class of a heading line to the gene rows under it, up to the next section', () => {
    expect(
      brief(genetics('【融合遺伝子（RNA）】\n　RET ……… 陰性\n　ROS1 ……… 検出されず\n\nKRAS：陰性')),
    ).toEqual([
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
      'KRAS wild_type absent patient',
    ]);
    expect(
      brief(genetics('■融合遺伝子\nNTRK1　陰性\n【生殖細胞系列】BRCA2：病的バリアントなし')),
    ).toEqual(['NTRK1 fusion absent patient', 'BRCA2 wild_type absent patient']);
  });

  it('reads a break-apart FISH negative told later in the gene’s sentence as a fusion negative', () => {
    expect(
      brief(
        genetics('ALK：免疫染色（D5F3）では弱陽性だったが、FISHで分離シグナルは認められなかった。'),
      ),
    ).toEqual(['ALK fusion absent patient']);
  });

  it('keeps a fusion found by FISH somatic in a counselling note', () => {
    const found = genetics(
      '遺伝カウンセリング\n本人：肺腺癌、ROS1融合遺伝子陽性（FISH法）。遺伝はしないと説明。',
    );
    expect(found.map((f) => [f.gene, f.kind, f.status, f.origin])).toEqual([
      ['ROS1', 'fusion', 'present', 'somatic'],
    ]);
  });
});

describe('genetics extractor, Japanese (dev65 phenomena)', () => {
  const line = (f: GeneticAnnotation) =>
    `${f.gene} ${f.hgvs_p ?? f.kind} ${f.exon ?? '-'} ${f.status} ${f.significance ?? '-'} ${f.origin ?? '-'}`;

  it('gives BTK C481 mutations on a covalent BTK inhibitor the driver class', () => {
    expect(
      genetics('慢性リンパ性白血病。アカラブルチニブ治療中の末梢血解析でBTK C481R 検出。').map(
        line,
      ),
    ).toEqual(['BTK p.Cys481Arg - present pathogenic somatic']);
  });

  it('does not read the IGHV germline-sequence homology as a germline origin', () => {
    const found = genetics(
      'IGHV：非変異型（生殖細胞系列配列との一致率 98.9%）\nTP53 c.818G>A（p.R273H）を検出（VAF 22%）',
    );
    expect(found.map((f) => [f.gene, f.origin])).toEqual([['TP53', 'somatic']]);
  });

  it('gives nothing for a report that is still being fetched', () => {
    expect(genetics('他院で行ったKIT/PDGFRA遺伝子解析の結果は現在取り寄せている。')).toEqual([]);
  });

  it('keeps gene negatives listed beside a bare HER2 negative', () => {
    expect(brief(genetics('ROS1陰性、BRAF陰性、HER2陰性、RET陰性'))).toEqual([
      'ROS1 wild_type absent patient',
      'BRAF wild_type absent patient',
      'ERBB2 wild_type absent patient',
      'RET wild_type absent patient',
    ]);
    // A receptor line before DNA results gives no ERBB2 negative.
    expect(
      brief(genetics('ER陰性、PgR陰性、HER2陰性。AKT1 E17K陽性、PIK3CA野生型')).sort(),
    ).toEqual(['AKT1 p.Glu17Lys present patient', 'PIK3CA wild_type absent patient']);
  });

  it('keeps a bare negative of a gene that is also a word beside a pending test', () => {
    expect(brief(genetics('MET陰性。RETは結果待ち。'))).toEqual(['MET wild_type absent patient']);
    expect(brief(genetics('EGFR陰性。\nKRASは外注検査中。'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    // Not a positive that may be a stain's.
    expect(genetics('KIT陽性。PDGFRA変異は検査中。')).toEqual([]);
  });

  it('gives nothing for a test ordered or sent out, or an approval statement', () => {
    expect(genetics('ROS1融合遺伝子検査をオーダーした。')).toEqual([]);
    expect(genetics('NTRK融合の検索のため外部委託中。')).toEqual([]);
    expect(genetics('BRAF V600E陽性の甲状腺癌にはダブラフェニブが承認されている。')).toEqual([]);
  });

  it('reads exon abbreviations with a full stop and hyphenated protein ranges', () => {
    expect(genetics('EGFR Ex.19del（＋）').map(line)).toEqual([
      'EGFR exon_deletion 19 present pathogenic somatic',
    ]);
    expect(genetics('EGFR exon.21 L861Q 陽性').map(line)).toEqual([
      'EGFR p.Leu861Gln 21 present pathogenic somatic',
    ]);
    expect(genetics('EGFR p.L747-T751del 検出').map(line)).toEqual([
      'EGFR p.Leu747_Thr751del - present pathogenic somatic',
    ]);
    expect(genetics('EGFR delE746-S752 陽性').map(line)).toEqual([
      'EGFR p.Glu746_Ser752del - present pathogenic somatic',
    ]);
  });

  it('reads a bare ISH call of HER2 or MET as its amplification call', () => {
    expect(brief(genetics('胃癌 HER2：IHC 2+、SISH 陽性'))).toEqual([
      'ERBB2 amplification present patient',
    ]);
    expect(brief(genetics('MET DISH：陰性'))).toEqual(['MET amplification absent patient']);
  });

  it('reads a resistance mutation closing its sentence with 出現 as present', () => {
    expect(brief(genetics('アレクチニブ投与中の再生検でALK G1202R出現。'))).toEqual([
      'ALK p.Gly1202Arg present patient',
    ]);
    expect(genetics('T790M出現時には治療変更を検討する。')).toEqual([]);
  });

  it('reads likely-pathogenic and uncertain wordings with particles', () => {
    expect(
      genetics('生殖細胞系列検査：PALB2 c.3113G>A、病的バリアントの可能性が高い').map(line),
    ).toEqual(['PALB2 snv - present likely_pathogenic germline']);
    expect(
      genetics('生殖細胞系列検査：MSH6 c.3226C>T 臨床的意義の不明なバリアント').map(
        (f) => f.significance,
      ),
    ).toEqual(['uncertain']);
  });
});

describe('Japanese test blocks: a label line with its call on a later line (fgja64b)', () => {
  it('reads a label line with its method in brackets over its result line', () => {
    expect(brief(genetics('ROS1融合遺伝子（RT-PCR法）\n判定：陰性'))).toEqual([
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('RET融合遺伝子（NGS）\n陰性'))).toEqual(['RET fusion absent patient']);
    expect(brief(genetics('KRAS遺伝子変異（PCR-rSSO）\n検査結果：陰性'))).toEqual([
      'KRAS wild_type absent patient',
    ]);
    expect(brief(genetics('METエクソン14スキッピング（RNA-NGS）\n結果：検出されず'))).toEqual([
      'MET exon_skipping 14 absent patient',
    ]);
  });

  it('reads a keyed test line over the block rows and its call', () => {
    expect(brief(genetics('検査項目：RET融合遺伝子\n判定：陰性'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(
      brief(
        genetics(
          '検査名：BRAF遺伝子検査（PCR法）\n検体：生検組織\n方法：リアルタイムPCR\n結果：野生型',
        ),
      ),
    ).toEqual(['BRAF wild_type absent patient']);
    expect(brief(genetics('【検査】KRAS G12C（PCR法）\n【結果】検出されず'))).toEqual([
      'KRAS p.Gly12Cys absent patient',
    ]);
    // A result row of counts is read past to the call under it.
    expect(
      brief(
        genetics(
          '検査項目：ROS1遺伝子再構成（FISH法）\n結果：計数細胞 50個中 分離シグナル 2個（4%）\n判定：陰性',
        ),
      ),
    ).toEqual(['ROS1 fusion absent patient']);
  });

  it('reads a spaced result key under each of several label lines', () => {
    expect(
      brief(
        genetics(
          'RET融合遺伝子（RT-PCR法）\n　判定　陰性\nNTRK1融合遺伝子（RT-PCR法）\n　判定　陽性',
        ),
      ),
    ).toEqual(['RET fusion absent patient', 'NTRK1 fusion present patient']);
  });

  it('keeps the block to one gene and stops at a row naming another', () => {
    expect(brief(genetics('検査項目：EGFR遺伝子変異\n備考：KRAS陽性例\n判定：陰性'))).not.toContain(
      'EGFR wild_type absent patient',
    );
  });

  it('reads the next sentence keyed as the result of a one-gene test sentence', () => {
    expect(brief(genetics('RET融合遺伝子検査を提出した。結果は陰性であった。'))).toEqual([
      'RET fusion absent patient',
    ]);
    expect(brief(genetics('BRAF遺伝子検査を行った。判定：陰性。'))).toEqual([
      'BRAF wild_type absent patient',
    ]);
    // Still pending: no result.
    expect(genetics('RET融合遺伝子検査を提出した。結果は未着。')).toEqual([]);
  });
});

describe('Japanese bare dash with a method in brackets (fgja64b)', () => {
  it('reads "－（method）" as the gene-level negative, not a stain bracket', () => {
    expect(brief(genetics('RET：－（NGS）'))).toEqual(['RET wild_type absent patient']);
    expect(brief(genetics('EGFR －（コバス）、ROS1 －（FISH）'))).toEqual([
      'EGFR wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
    expect(brief(genetics('ROS1：＋（FISH）\nRET：－（RT-PCR）'))).toContain(
      'RET wild_type absent patient',
    );
    expect(brief(genetics('ALK －（免疫染色）、RET －（RT-PCR）'))).toEqual([
      'RET wild_type absent patient',
    ]);
  });
});

describe('Japanese second probe round (fgjap2a)', () => {
  it('keeps a positive qualifying the disease before に対し/の, past a purpose after it', () => {
    expect(brief(genetics('KRAS G12C陽性膵癌に対しソトラシブ投与目的で紹介。'))).toEqual([
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(brief(genetics('MET増幅陽性肺癌の治療方針決定目的で当科受診。'))).toEqual([
      'MET amplification present patient',
    ]);
    expect(
      genetics(
        'ROS1融合遺伝子陽性（CD74-ROS1）非小細胞肺癌に対するクリゾチニブ導入目的で入院。',
      ).map((f) => `${f.gene} ${f.kind} ${f.partner} ${f.status}`),
    ).toEqual(['ROS1 fusion CD74 present']);
    expect(
      brief(genetics('MLH1病的バリアント保持者の大腸内視鏡サーベイランス目的で受診。')),
    ).toEqual(['MLH1 other present patient']);
    // A doubt or condition on the disease itself stays one.
    expect(genetics('ALK融合遺伝子陽性肺癌の可能性を考え、精査目的で入院。')).toEqual([]);
    expect(genetics('EGFR変異陽性肺癌の場合はオシメルチニブ導入目的で入院予定。')).toEqual([]);
  });

  it("gives a bare hotspot to its own gene named in the note, past another gene's finding", () => {
    expect(brief(genetics('EGFR exon19欠失陽性。血漿でERBB2増幅あり、T790M陰性。'))).toContain(
      'EGFR p.Thr790Met absent patient',
    );
    expect(brief(genetics('BRAF V600E陽性。NRAS Q61R、K601Eも検出。'))).toContain(
      'BRAF p.Lys601Glu present patient',
    );
    // The nearer gene keeps a change at its own driver codon.
    expect(brief(genetics('KRAS G12C陽性。NRAS Q61K、G12C陰性。'))).toContain(
      'NRAS p.Gly12Cys absent patient',
    );
  });

  it("keeps a gene's earlier negative beside a later retest's positive in one sentence", () => {
    expect(brief(genetics('他院でKRAS陰性とされていたが、当院再検でG12D陽性。')).sort()).toEqual([
      'KRAS p.Gly12Asp present patient',
      'KRAS wild_type absent patient',
    ]);
    expect(
      brief(genetics('MET：前医では陰性、当院再検でエクソン14スキッピング陽性。')).sort(),
    ).toEqual(['MET exon_skipping 14 present patient', 'MET wild_type absent patient']);
    expect(brief(genetics('前医でEGFR陰性。当院で再検しT790M陽性。')).sort()).toEqual([
      'EGFR p.Thr790Met present patient',
      'EGFR wild_type absent patient',
    ]);
  });

  it("reads a second sample's or method's opposite result, and a judged false positive", () => {
    expect(brief(genetics('組織でEGFR exon19欠失陽性、血漿では陰性。')).sort()).toEqual([
      'EGFR exon_deletion 19 absent patient',
      'EGFR exon_deletion 19 present patient',
    ]);
    expect(
      brief(genetics('組織NGSでBRAF V600Eを検出したが、血漿PCRでは検出されなかった。')).sort(),
    ).toEqual(['BRAF p.Val600Glu absent patient', 'BRAF p.Val600Glu present patient']);
    expect(
      brief(genetics('血漿でKRAS G12C陽性であったが、組織で確認できず偽陽性と判断した。')),
    ).toEqual(['KRAS p.Gly12Cys absent patient']);
  });
});

describe('genetics extractor, Japanese (fgjap2b: exon ordinals, HGVS lengths, hedges, loss)', () => {
  it('reads an exon named number first (第Nエクソン, N番エクソン) as the exon', () => {
    expect(withExon(genetics('EGFR遺伝子 第18エクソン G719A 陽性'))).toEqual([
      'EGFR p.Gly719Ala 18 present',
    ]);
    expect(withExon(genetics('検査結果：EGFR 19番エクソンの欠失を検出した。'))).toEqual([
      'EGFR exon_deletion 19 present',
    ]);
    expect(withExon(genetics('MET遺伝子第14エクソンのスキッピングは認めず。'))).toEqual([
      'MET exon_skipping 14 absent',
    ]);
    expect(withExon(genetics('EGFR 第20番エクソン挿入変異 陽性'))).toEqual([
      'EGFR exon_insertion 20 present',
    ]);
  });

  it('reads an HGVS deletion or duplication whose length restates its range without the length', () => {
    const [kit] = genetics('GIST：KIT c.1669_1674del6（p.W557_K558del）を検出。');
    expect(kit).toMatchObject({ gene: 'KIT', hgvs_c: 'c.1669_1674del', status: 'present' });
    const [erbb2] = genetics('ERBB2 c.2310_2321dup12 陽性');
    expect(erbb2).toMatchObject({ gene: 'ERBB2', hgvs_c: 'c.2310_2321dup', kind: 'duplication' });
  });

  it('reads no result from a possibility kept open or a negative that is not called', () => {
    for (const text of [
      'ROS1融合遺伝子陽性は除外できない。',
      'RET融合の存在は否定しえない。',
      'BRAF変異陰性とは断言できない。',
      '腫瘍量が少なく、KRAS G12Cがないとは言い切れない。',
      'NRAS変異は陰性ではないが、再検を予定。',
      'HER2増幅が疑わしいが、確定には至っていない。',
    ]) {
      expect(brief(genetics(text)), text).toEqual([]);
    }
  });

  it('keeps the negatives and results beside those hedges', () => {
    expect(brief(genetics('ALK融合遺伝子陽性とは言えない。'))).toEqual([
      'ALK fusion absent patient',
    ]);
    expect(brief(genetics('ERBB2 FISH：比 1.8で増幅には至らなかった。'))).toEqual([
      'ERBB2 amplification absent patient',
    ]);
    expect(
      brief(genetics('BRCA2 c.5946del（VAF 49%、生殖細胞系列由来の可能性は否定できない）を検出。')),
    ).toEqual(['BRCA2 c.5946del present patient']);
  });

  it('reads the English loss word of a genomic report as a copy loss, not a stain or one copy', () => {
    expect(brief(genetics('FoundationOne CDx：PTEN loss、PIK3CA H1047R。')).sort()).toEqual([
      'PIK3CA p.His1047Arg present patient',
      'PTEN copy_loss present patient',
    ]);
    expect(brief(genetics('MMR免疫染色：MSH2 loss、MSH6 loss。'))).toEqual([]);
    expect(brief(genetics('NGS：RB1 loss（1コピー）、TP53 R248Q。'))).toEqual([
      'TP53 p.Arg248Gln present patient',
    ]);
    const [mtap] = genetics('MTAP ホモ接合性欠失を認める。');
    expect(mtap).toMatchObject({ gene: 'MTAP', kind: 'copy_loss', origin: 'somatic' });
  });
});

describe('genetics extractor, Japanese (family testing negatives, blood-sample origin)', () => {
  it("reads the client's bare negative after a relative's variant as the client's absent entry", () => {
    for (const text of [
      '叔父はMSH6病的バリアント保持者。本人は陰性でした。',
      '叔父：MSH6病的バリアント陽性、ご本人は陰性。',
      '叔父：MSH6病的バリアント保持者。本人：非保有。',
      '【家族歴】叔父：MSH6病的バリアント陽性。\n【現病歴】本人は部位特異的検査で陰性。',
    ]) {
      expect(brief(genetics(text)).sort(), text).toEqual([
        'MSH6 other absent patient',
        'MSH6 other present family',
      ]);
    }
    const absent = genetics('叔父はMSH6病的バリアント保持者。本人は陰性でした。').find(
      (f) => f.status === 'absent',
    );
    expect(absent).toMatchObject({ origin: 'germline', significance: null });
  });

  it("takes no tumour variant for the client's bare result", () => {
    expect(brief(genetics('KRAS G12D陽性。本人は陰性。'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it("reads a second relative's negative after a colon or 保有 wording as a family absent entry", () => {
    expect(brief(genetics('父：BRCA2病的バリアント陽性、弟：陰性')).sort()).toEqual([
      'BRCA2 other absent family',
      'BRCA2 other present family',
    ]);
    expect(
      brief(genetics('息子2人のうち長男はMLH1 c.1852_1854delを保有、次男は非保有。')).sort(),
    ).toEqual(['MLH1 c.1852_1854del absent family', 'MLH1 c.1852_1854del present family']);
    expect(brief(genetics('次女はPALB2 c.1592delを保有していなかった。'))).toEqual([
      'PALB2 c.1592del absent family',
    ]);
  });

  it('reads a blood sample or 胚細胞系列 named for a hereditary cancer gene as germline', () => {
    for (const text of [
      'PALB2病的バリアント陽性（血液検査）。',
      'MSH2病的バリアント陽性（末梢血）。',
      '血液検査でBRCA2の病的バリアントを検出した。',
      'CHEK2病的バリアント（胚細胞系列）',
    ]) {
      expect(genetics(text)[0], text).toMatchObject({ status: 'present', origin: 'germline' });
    }
  });

  it('keeps blood cancer genes, plasma and ctDNA somatic', () => {
    for (const text of [
      'JAK2 V617F陽性（末梢血）',
      'TET2変異陽性（末梢血）',
      'CALR exon9 変異陽性（血液検査）',
      'BRCA2 c.5946del陽性（血漿）',
    ]) {
      expect(genetics(text)[0], text).toMatchObject({ status: 'present', origin: 'somatic' });
    }
  });

  it("reads receptor calls for their own sentence, not the next sentence's genes", () => {
    expect(brief(genetics('ER陽性、PgR陰性、HER2陰性。BRCA1/2陰性であった。')).sort()).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(brief(genetics('ER陽性、PgR陰性、HER2陰性。'))).toEqual([]);
  });
});

describe('genetics extractor, Japanese (fgja66a: FISH shares against a cut-off, class before bracket)', () => {
  it('compares a break-apart share with the cut-off in its bracket when no verdict is written', () => {
    for (const text of [
      'ROS1 FISH：分離シグナル 6%（カットオフ15%未満）',
      'ROS1 FISH陽性細胞率 3%（基準値<20%）',
      'ROS1 FISH：陽性率 9.5%（cut off 10%）',
    ]) {
      expect(genetics(text), text).toMatchObject([
        { gene: 'ROS1', kind: 'fusion', status: 'absent' },
      ]);
    }
    for (const text of [
      'ROS1 FISH：陽性率 31%（カットオフ15%）',
      'ALK FISH陽性細胞率 15%（閾値15%）',
    ]) {
      expect(genetics(text), text).toMatchObject([{ kind: 'fusion', status: 'present' }]);
    }
    // (A stain's share is no DNA finding; a verdict written after the bracket stands.)
    expect(genetics('PD-L1 陽性率 40%（カットオフ1%）')).toEqual([]);
    expect(genetics('ALK FISH 陽性細胞率 18%（カットオフ15%）で陰性')).toMatchObject([
      { gene: 'ALK', status: 'absent' },
    ]);
  });

  it("gives a class word's result to the bracketed genes after it", () => {
    expect(brief(genetics('融合遺伝子陰性（ROS1）'))).toEqual(['ROS1 fusion absent patient']);
    expect(brief(genetics('融合遺伝子は陰性（RET、ROS1）であった。')).sort()).toEqual([
      'RET fusion absent patient',
      'ROS1 fusion absent patient',
    ]);
    expect(brief(genetics('遺伝子増幅陰性（MET）'))).toEqual(['MET amplification absent patient']);
  });

  it('answers a weighed hypothesis with the result after the contrast, and keeps a fusion whose partner is doubted', () => {
    expect(
      brief(genetics('RET融合陽性を念頭にセルペルカチニブを検討したが、結果は陰性だった。')),
    ).toEqual(['RET fusion absent patient']);
    expect(genetics('ROS1検査を検討したが、検体量不足のため未実施。')).toEqual([]);
    expect(genetics('NGSでROS1再構成陽性（融合相手の可能性はEZR）')).toMatchObject([
      { gene: 'ROS1', kind: 'fusion', status: 'present' },
    ]);
  });
});

describe('genetics extractor, Japanese (fgja66b: retests after a withheld call, dated courses)', () => {
  it("reads the retest's call after a withheld one, in the same or the next sentence", () => {
    expect(brief(genetics('RET：判定不能。再検で陰性であった。'))).toEqual([
      'RET wild_type absent patient',
    ]);
    expect(brief(genetics('ROS1 FISH：判定保留（8%）。RT-PCRで再検した結果陽性。'))).toEqual([
      'ROS1 fusion present patient',
    ]);
    expect(genetics('BRAF V600E：初回は判定不能、再検で陰性。')).toMatchObject([
      { gene: 'BRAF', status: 'absent' },
    ]);
    // (A retest still to come gives nothing.)
    expect(genetics('RET：判定保留。再検予定。')).toEqual([]);
    expect(genetics('RET：判定不能のため再検査を依頼した。')).toEqual([]);
  });

  it('keeps a negative whose false-negative doubt leads to a planned retest', () => {
    expect(
      genetics('BRAF V600E：血漿では陰性であったが、偽陰性の可能性があり生検で再検予定。'),
    ).toMatchObject([{ gene: 'BRAF', status: 'absent' }]);
    expect(genetics('EGFR C797Sの可能性があり再生検予定。')).toEqual([]);
  });

  it('reads each step of a dated course closed by a comma', () => {
    expect(genetics('2022/6 血漿でEGFR C797S出現、2023/2 オシメルチニブ中止。')).toMatchObject([
      { gene: 'EGFR', status: 'present', hgvs_p: 'p.Cys797Ser' },
    ]);
    expect(genetics('今後C797S出現、再燃時は再生検を考慮。')).toEqual([]);
    expect(
      brief(genetics('2020/3 BRAF V600E検出、2022/8 血漿でNRAS Q61R出現、2023/1 NRAS Q61R消失。')),
    ).toEqual([
      'BRAF p.Val600Glu present patient',
      'NRAS p.Gln61Arg present patient',
      'NRAS p.Gln61Arg absent patient',
    ]);
  });

  it("reads a change's disappearance glued to it as a negative, not a stain's loss", () => {
    expect(genetics('再生検ではC797S 消失を確認。')).toMatchObject([
      { gene: 'EGFR', status: 'absent', hgvs_p: 'p.Cys797Ser' },
    ]);
    // (A protein's loss on a stain stays no DNA finding.)
    expect(genetics('免疫染色：MSH2 消失、MSH6 消失。')).toEqual([]);
  });
});

describe('genetics extractor, Japanese (the scope of a negative)', () => {
  it('keeps a named change found when a catch-all of the others is negative after it', () => {
    expect(brief(genetics('NRAS Q61K（VAF 3.1%）、その他特記事項なし'))).toEqual([
      'NRAS p.Gln61Lys present patient',
    ]);
    expect(brief(genetics('PIK3CA H1047R、他に報告対象の変異なし'))).toEqual([
      'PIK3CA p.His1047Arg present patient',
    ]);
    // (も joins the named change to the negative.)
    expect(brief(genetics('KRAS G12D、その他の変異も認めず'))).toEqual([
      'KRAS p.Gly12Asp absent patient',
    ]);
  });

  it("reads another sample's negative after a change told with its own sample as that test's", () => {
    expect(genetics('KRAS G12V（腫瘍組織）、末梢血では検出されず')).toMatchObject([
      { gene: 'KRAS', hgvs_p: 'p.Gly12Val', status: 'present', origin: 'somatic' },
      { gene: 'KRAS', hgvs_p: 'p.Gly12Val', status: 'absent', origin: 'germline' },
    ]);
    expect(brief(genetics('ERBB2 L755S（血漿）、組織では認めず'))).toEqual([
      'ERBB2 p.Leu755Ser present patient',
      'ERBB2 p.Leu755Ser absent patient',
    ]);
    // A negative naming a class of its own names no gene (decision 27): the change alone.
    expect(brief(genetics('ATM c.7913G>A（腫瘍）、生殖細胞系列の病的変異は認めなかった'))).toEqual([
      'ATM c.7913G>A present patient',
    ]);
    // With no sample of its own, the change is the one the plasma test looked for.
    expect(brief(genetics('T790M、血漿で検出されず'))).toEqual(['EGFR p.Thr790Met absent patient']);
  });

  it('gives a negative after a second entry of the same gene to that entry alone', () => {
    expect(withExon(genetics('EGFR G719A、Ex20ins は陰性')).sort()).toEqual([
      'EGFR exon_insertion 20 absent',
      'EGFR p.Gly719Ala - present',
    ]);
    expect(brief(genetics('KRAS G13D（組織）、G12Cなし'))).toEqual([
      'KRAS p.Gly13Asp present patient',
      'KRAS p.Gly12Cys absent patient',
    ]);
    // (A list of three shares its negative; so do two of one sort.)
    expect(brief(genetics('EGFR エクソン19欠失、L858R、T790M 検出されず')).sort()).toEqual([
      'EGFR exon_deletion 19 absent patient',
      'EGFR p.Leu858Arg absent patient',
      'EGFR p.Thr790Met absent patient',
    ]);
    expect(brief(genetics('T790M、C797S 陰性'))).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Cys797Ser absent patient',
    ]);
  });
});

describe('genetics extractor, Japanese (fgja67: bare EGFR negatives, exon shorthand, wild/wt)', () => {
  it('reads EGFR or MET with its own negative glued after it as the driver negative', () => {
    expect(brief(genetics('右肺腺癌 術後、EGFR陰性のため化学療法'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    expect(brief(genetics('ＥＧＦＲ（－）、PD-L1 TPS 5%'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    expect(brief(genetics('遺伝子：EGFR：陰性'))).toEqual(['EGFR wild_type absent patient']);
    expect(brief(genetics('【AmoyDx】\nEGFR 陰性\nMET 陰性\nBRAF 陰性'))).toEqual([
      'EGFR wild_type absent patient',
      'MET wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('Adenocarcinoma, EGFR negative.', 'en'))).toEqual([
      'EGFR wild_type absent patient',
    ]);
    // (The kidney's eGFR, even written in capitals, is a number: no finding.)
    expect(genetics('Cr 0.9、EGFR 58 mL/min/1.73m2')).toEqual([]);
    expect(genetics('腎機能：eGFR 41 と低下')).toEqual([]);
    // (A positive alone may be a stain's: still read only in genetic context.)
    expect(genetics('EGFR陽性')).toEqual([]);
  });

  it('reads the exon shorthand of EGFR deletions and insertions with no exon word', () => {
    expect(withExon(genetics('R1.8 右下葉切除、EGFR 19del → アファチニブ'))).toEqual([
      'EGFR exon_deletion 19 present',
    ]);
    expect(withExon(genetics('EGFR del19（+）、T790M（-）'))).toEqual([
      'EGFR exon_deletion 19 present',
      'EGFR p.Thr790Met - absent',
    ]);
    expect(withExon(genetics('EGFR 19番欠失あり'))).toEqual(['EGFR exon_deletion 19 present']);
    expect(withExon(genetics('EGFR 19欠失(+)'))).toEqual(['EGFR exon_deletion 19 present']);
    expect(withExon(genetics('HER2 20ins陽性'))).toEqual(['ERBB2 exon_insertion 20 present']);
    expect(withExon(genetics('EGFR ins20（＋）'))).toEqual(['EGFR exon_insertion 20 present']);
    expect(withExon(genetics('MET 14 skip 陽性'))).toEqual(['MET exon_skipping 14 present']);
    // (Not a number inside HGVS, a year or the 1p/19q codeletion.)
    expect(genetics('1p/19q欠失あり')).toEqual([]);
    expect(genetics('2019del')).toEqual([]);
  });

  it('reads a change still found, spaced before 残存, as present', () => {
    expect(withExon(genetics('再生検：EGFR Ex19del 残存、C797S（－）'))).toEqual([
      'EGFR exon_deletion 19 present',
      'EGFR p.Cys797Ser - absent',
    ]);
  });

  it('reads "wild" and "wt" alone as wild type', () => {
    expect(brief(genetics('大腸癌：NRAS wild、BRAF wild'))).toEqual([
      'NRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('KRAS：wt、BRAF：WT'))).toEqual([
      'KRAS wild_type absent patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('RAS wt（KRAS/NRAS）'))).toEqual([
      'KRAS wild_type absent patient',
      'NRAS wild_type absent patient',
    ]);
    expect(brief(genetics('NRAS (wild)', 'en'))).toEqual(['NRAS wild_type absent patient']);
    // (WT1 is a gene of its own; a stain's wild type pattern is no DNA result.)
    expect(genetics('p53 wt パターン')).toEqual([]);
  });

  it('reads a dashed pair of genes of no driver fusion, with its fusion word, in written order', () => {
    expect(genetics('胃癌 CGP：CLDN18-ARHGAP26融合遺伝子を検出')).toMatchObject([
      { gene: 'ARHGAP26', kind: 'fusion', partner: 'CLDN18', status: 'present' },
    ]);
  });
});

describe('genetics extractor, Japanese (fgjap2: courses of resistance, catch-alls after a fusion, earlier results)', () => {
  it('reads each step of a course drawn with arrows or dated lines as found', () => {
    expect(withExon(genetics('経過：EGFR ex19del → T790M出現 → C797S出現')).sort()).toEqual([
      'EGFR exon_deletion 19 present',
      'EGFR p.Cys797Ser - present',
      'EGFR p.Thr790Met - present',
    ]);
    expect(
      withExon(
        genetics('2020 EGFR ex19del（組織）\n2022 T790M出現（血漿）\n2024 C797S出現（血漿）'),
      ).sort(),
    ).toEqual([
      'EGFR exon_deletion 19 present',
      'EGFR p.Cys797Ser - present',
      'EGFR p.Thr790Met - present',
    ]);
    expect(brief(genetics('ctDNAでT790M出現、オシメルチニブに切り替え'))).toEqual([
      'EGFR p.Thr790Met present patient',
    ]);
    // (Its emergence denied is a negative.)
    expect(brief(genetics('再生検：C797S出現なし'))).toEqual(['EGFR p.Cys797Ser absent patient']);
    // (A hedge in the bracket, a plan or a warning stays no result.)
    expect(genetics('T790M出現（疑い）')).toEqual([]);
    expect(genetics('C797S出現時には化学療法を検討')).toEqual([]);
    expect(genetics('C797S出現に留意する')).toEqual([]);
  });

  it('reads changes told as acquired as found, and a plan on acquiring one as nothing', () => {
    expect(brief(genetics('ALK G1202R→I1171N と耐性変異を獲得'))).toEqual([
      'ALK p.Gly1202Arg present patient',
      'ALK p.Ile1171Asn present patient',
    ]);
    expect(brief(genetics('EGFR ex19del ⇒ C797S獲得 ⇒ 化学療法')).sort()).toEqual([
      'EGFR exon_deletion 19 present patient',
      'EGFR p.Cys797Ser present patient',
    ]);
    expect(genetics('C797Sを獲得した場合は化学療法へ')).toEqual([]);
    expect(genetics('耐性機序としてT790Mの獲得を疑う')).toEqual([]);
  });

  it("keeps a fusion named with its partner before a catch-all of the others' negative", () => {
    expect(genetics('ROS1融合遺伝子（CD74-ROS1）、それ以外の変異は認めず')).toMatchObject([
      { gene: 'ROS1', kind: 'fusion', partner: 'CD74', status: 'present' },
    ]);
    expect(genetics('KIF5B-RET融合遺伝子、その他の変異は検出されず')).toMatchObject([
      { gene: 'RET', kind: 'fusion', partner: 'KIF5B', status: 'present' },
    ]);
  });

  it("gives an earlier test's result told before the item beside its later result (decision 30)", () => {
    expect(brief(genetics('前回陽性であったKRAS G12Dは今回の血漿で検出されず')).sort()).toEqual([
      'KRAS p.Gly12Asp absent patient',
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(brief(genetics('初回検査で陰性だったT790Mが再生検で陽性')).sort()).toEqual([
      'EGFR p.Thr790Met absent patient',
      'EGFR p.Thr790Met present patient',
    ]);
  });

  it('keeps a negative at a first time point beside a positive at relapse (decisions 30, 52)', () => {
    expect(brief(genetics('当初BRAF変異陰性、再発時BRAF V600E陽性。')).sort()).toEqual([
      'BRAF p.Val600Glu present patient',
      'BRAF wild_type absent patient',
    ]);
    expect(brief(genetics('初発時KIT陰性、増悪時にKIT D816V検出。')).sort()).toEqual([
      'KIT p.Asp816Val present patient',
      'KIT wild_type absent patient',
    ]);
    expect(brief(genetics('ALK変異陰性だったが、今回の再生検でALK F1174L陽性。')).sort()).toEqual([
      'ALK p.Phe1174Leu present patient',
      'ALK wild_type absent patient',
    ]);
    // (A relapse with no result after it is still a plan.)
    expect(genetics('再発時にはKRAS G12Cの再検を検討する。')).toEqual([]);
  });

  it('reads 消失 after a time or event phrase as the change no longer found (decision 60)', () => {
    expect(brief(genetics('KIT D816Vは化学療法後に消失を確認。'))).toEqual([
      'KIT p.Asp816Val absent patient',
    ]);
    expect(brief(genetics('BRAF V600Eが一旦消失した。'))).toEqual([
      'BRAF p.Val600Glu absent patient',
    ]);
    // (Not a stain's loss: "MSH6が術後消失" names a protein.)
    expect(genetics('MMR免疫染色でMSH6が消失。')).toEqual([]);
  });
});

describe('fgjap3a: 不検出, trial populations, short frameshifts, glued and lower-case names', () => {
  it('reads 不検出 as a negative, never its 検出 as a positive', () => {
    expect(brief(genetics('BRAF V600E　不検出'))).toEqual(['BRAF p.Val600Glu absent patient']);
    expect(brief(genetics('ROS1融合遺伝子：不検出'))).toEqual(['ROS1 fusion absent patient']);
    expect(brief(genetics('KRAS遺伝子変異 不検出。'))).toEqual(['KRAS wild_type absent patient']);
    const table = [
      'コバス結果',
      '　エクソン20挿入　不検出',
      '　G719X　　検出',
      '　C797S　　不検出',
    ].join('\n');
    expect(brief(genetics(`EGFR遺伝子検査\n${table}`)).sort()).toEqual([
      'EGFR exon_insertion 20 absent patient',
      'EGFR p.Cys797Ser absent patient',
      'EGFR snv present patient',
    ]);
  });

  it('gives nothing for the class of patients a trial enrols', () => {
    expect(genetics('NTRK融合遺伝子陽性例を対象とする第I相試験の情報を提供した。')).toEqual([]);
    expect(genetics('MET増幅陽性患者に対する治験があり紹介を検討。')).toEqual([]);
    expect(genetics('ALK陽性肺癌が対象の臨床試験について説明。')).toEqual([]);
    // (The patient's own result beside it stays.)
    expect(
      brief(genetics('本例はKRAS G12D陽性で、G12D陽性例を対象とした治験に登録した。')),
    ).toEqual(['KRAS p.Gly12Asp present patient']);
  });

  it('keeps a short frameshift written beside its c. (decision 3)', () => {
    expect(brief(genetics('PALB2 c.3113del（p.W1038fs）を認めた。'))).toEqual([
      'PALB2 p.Trp1038fs present patient',
    ]);
    expect(brief(genetics('ATM p.Arg35fs（c.103dup）病的。'))).toEqual([
      'ATM p.Arg35fs present patient',
    ]);
  });

  it('reads bcr-abl typed in lower case as the BCR::ABL1 fusion', () => {
    expect(brief(genetics('慢性期CML、bcr-abl陽性。'))).toEqual([
      'ABL1 fusion BCR present patient',
    ]);
  });

  it('reads EGFRvIII, glued or spaced, as an EGFR exon-level deletion', () => {
    expect(brief(genetics('神経膠腫：EGFRvIII（＋）'))).toEqual([
      'EGFR exon_deletion present patient',
    ]);
    expect(brief(genetics('EGFR vIIIは検出されなかった。'))).toEqual([
      'EGFR exon_deletion absent patient',
    ]);
  });

  it('reads a KIT exon 11 hotspot written without its exon as a driver (decision 106)', () => {
    const [kit] = genetics('粘膜黒色腫：KIT V560D変異あり。');
    expect(kit?.significance).toBe('pathogenic');
  });

  it("gives a source word to its own part of a comma list, not a neighbour's (decisions 11, 28)", () => {
    const origins = (text: string) =>
      genetics(text)
        .map((f) => `${f.gene} ${f.status} ${f.origin}`)
        .sort();
    expect(
      origins('胆管癌。生殖細胞系列検査でPALB2病的バリアント陽性、腫瘍ではIDH1 R132C陽性。'),
    ).toEqual(['IDH1 present somatic', 'PALB2 present germline']);
    expect(origins('BRAF V600E陽性（腫瘍組織）、生殖細胞系列MLH1病的バリアントあり。')).toEqual([
      'BRAF present somatic',
      'MLH1 present germline',
    ]);
    // (A test named at the head of the list stays every item's source.)
    expect(origins('生殖細胞系列検査でBRCA1 c.68_69del、PALB2 c.3113G>A を検出。')).toEqual([
      'BRCA1 present germline',
      'PALB2 present germline',
    ]);
  });

  it('reads a loss or a return as a later step of a change after a comma (decision 60)', () => {
    expect(brief(genetics('初診時KIT D816V陽性、寛解後消失。')).sort()).toEqual([
      'KIT p.Asp816Val absent patient',
      'KIT p.Asp816Val present patient',
    ]);
    expect(brief(genetics('2022年にKRAS G12C消失、2023年に再出現。')).sort()).toEqual([
      'KRAS p.Gly12Cys absent patient',
      'KRAS p.Gly12Cys present patient',
    ]);
  });
  it('keeps a source word after a neighbour on its own gene, in the clause and the note (fgjal2)', () => {
    const origins = (text: string) =>
      genetics(text)
        .map((f) => `${f.gene} ${f.status} ${f.origin}`)
        .sort();
    // (A label after another gene's change, in the same clause or another sentence of the line.)
    expect(origins('胃癌。ATM c.7913G>A 生殖細胞系列、TP53 R175H陽性。')).toEqual([
      'ATM present germline',
      'TP53 present somatic',
    ]);
    expect(origins('NRAS Q61K陽性。PALB2 生殖細胞系列病的バリアント保持。')).toEqual([
      'NRAS present somatic',
      'PALB2 present germline',
    ]);
    // (A driver codon stays the tumour's beside a germline result.)
    expect(origins('膵癌。CHEK2 c.1100del 生殖細胞系列、KRAS G12V陽性。')).toEqual([
      'CHEK2 present germline',
      'KRAS present somatic',
    ]);
    // (A test leading the list still reaches every item.)
    expect(origins('生殖細胞系列検査でATM陰性、CHEK2陰性。')).toEqual([
      'ATM absent germline',
      'CHEK2 absent germline',
    ]);
  });

  it("reads per-sample calls in a bracket after a change as each test's finding (decision 12)", () => {
    const entries = (text: string) =>
      genetics(text)
        .map((f) => `${f.gene} ${f.hgvs_p ?? f.hgvs_c} ${f.status} ${f.origin}`)
        .sort();
    expect(entries('MEN2疑い。RET C634R（末梢血：陰性、腫瘍組織：陽性）')).toEqual([
      'RET p.Cys634Arg absent germline',
      'RET p.Cys634Arg present somatic',
    ]);
    expect(entries('PALB2 c.3113G>A（腫瘍：陽性、生殖細胞系列検査：陽性）')).toEqual([
      'PALB2 c.3113G>A present germline',
    ]);
  });

  it("reads a germline sample's confirmation after a tumour result as the germline test (decision 12)", () => {
    const entries = (text: string) =>
      genetics(text)
        .map((f) => `${f.gene} ${f.status} ${f.origin}`)
        .sort();
    expect(entries('腫瘍組織でATM c.5932G>T検出、末梢血で確認されず。')).toEqual([
      'ATM absent germline',
      'ATM present somatic',
    ]);
    expect(entries('腫瘍でCHEK2 c.1100del検出、唾液では陰性。')).toEqual([
      'CHEK2 absent germline',
      'CHEK2 present somatic',
    ]);
  });

  it('reads a change appearing at relapse as found, a planned check of one as nothing (fgjal2)', () => {
    expect(brief(genetics('増悪時にEGFR C797S出現。'))).toEqual([
      'EGFR p.Cys797Ser present patient',
    ]);
    expect(genetics('増悪時にC797S出現の有無を確認する。')).toEqual([]);
    // (A change gone with no earlier result written is absent only, as one turned negative.)
    expect(brief(genetics('化学療法後の血漿で NRAS Q61R 消失。'))).toEqual([
      'NRAS p.Gln61Arg absent patient',
    ]);
  });

  it('reads a bare loss row under a Japanese panel heading, and lower-case bcr-abl1 (fgjal2)', () => {
    expect(brief(genetics('F1CDx 結果：\nPTEN loss\nPIK3CA E545K'))).toEqual([
      'PTEN copy_loss present patient',
      'PIK3CA p.Glu545Lys present patient',
    ]);
    expect(genetics('免疫染色：\nPMS2 loss')).toEqual([]);
    expect(
      genetics('CML。bcr-abl1（IS）0.08%').map((f) => `${f.gene} ${f.kind} ${f.partner}`),
    ).toEqual(['ABL1 fusion BCR']);
  });
});

describe('genetics extractor, Japanese (fgja6970: labs named, spaced own class, wrapped fusions, losses, earlier region negatives)', () => {
  it('does not read the laboratory SRL named beside a result as a gene', () => {
    expect(brief(genetics('KRAS遺伝子検査（2024/3 SRL）：G12D 陽性'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it("keeps a class word set off by a space on a list's last item that item's own", () => {
    expect(brief(genetics('検出されなかった遺伝子異常：NRAS、PIK3CA、MET 増幅')).sort()).toEqual([
      'MET amplification absent patient',
      'NRAS wild_type absent patient',
      'PIK3CA wild_type absent patient',
    ]);
  });

  it('joins a fusion cut at its joint across a line break', () => {
    expect(brief(genetics('パネル検査（2025/1）：ETV6\n-NTRK3 融合を検出。'))).toEqual([
      'NTRK3 fusion ETV6 present patient',
    ]);
  });

  it('reads a fusion written with its joint that disappeared as absent (decision 52)', () => {
    expect(
      brief(
        genetics('寛解導入前：BCR::ABL1 陽性。\n地固め後：BCR::ABL1（定量PCR）は消失。'),
      ).sort(),
    ).toEqual(['ABL1 fusion BCR absent patient', 'ABL1 fusion BCR present patient']);
    // (A stain's loss of two proteins is no fusion.)
    expect(genetics('MMR免疫染色：MLH1/PMS2 消失。')).toEqual([]);
  });

  it('keeps an earlier region negative beside a variant found at relapse (decisions 52, 86)', () => {
    expect(brief(genetics('初回検査：FLT3-TKD 陰性。\n再発時：FLT3 D835H 陽性。')).sort()).toEqual([
      'FLT3 p.Asp835His present patient',
      'FLT3 wild_type absent patient',
    ]);
    // (One test's region negative beside its own positive still adds nothing.)
    expect(brief(genetics('診断時骨髄：FLT3-ITD 陽性、FLT3-TKD 陰性。'))).toEqual([
      'FLT3 duplication present patient',
    ]);
  });
});

describe('genetics extractor, Japanese: trial, label, guideline and hedged text (fgjp4a)', () => {
  it('gives nothing for the change named by trial criteria or a drug label', () => {
    expect(genetics('適格基準：ALK融合遺伝子陽性の非小細胞肺癌、PS 0-1。')).toEqual([]);
    expect(genetics('【臨床試験情報】対象：MET増幅を有する胃癌')).toEqual([]);
    expect(genetics('登録条件：HER2遺伝子増幅陽性かつ前治療歴2レジメン以下。')).toEqual([]);
    expect(genetics('添付文書：本剤はBRAF V600E変異を有する大腸癌に用いる。')).toEqual([]);
    // (The patient's own result told after a turn to the patient stays.)
    expect(
      brief(genetics('選択基準：ROS1融合遺伝子陽性の固形癌。本例はROS1融合陰性のため不適格。')),
    ).toEqual(['ROS1 fusion absent patient']);
    expect(
      brief(
        genetics('治験の適格性：EGFR G719X陽性またはexon20挿入陽性 → 該当（本例：exon20挿入陽性）'),
      ),
    ).toEqual(['EGFR exon_insertion 20 present patient']);
    // (A test's own target is no trial criterion.)
    expect(brief(genetics('検査対象：EGFR、KRAS\n結果：EGFR L858R陽性'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
  });

  it('gives nothing for a guideline or textbook statement about carriers of a change', () => {
    expect(genetics('IDH2変異を有する神経膠腫は予後が良いと報告されている。')).toEqual([]);
    expect(genetics('FGFR3変異を認める尿路上皮癌ではエルダフィチニブが選択肢となる。')).toEqual([]);
    expect(
      genetics('NCCNガイドラインでは、BRCA1、BRCA2の病的バリアント保持者に乳房MRIを推奨。'),
    ).toEqual([]);
    expect(genetics('PARP阻害薬はATMに病的バリアントを有する患者で効果が期待される。')).toEqual([]);
    expect(genetics('RET変異陽性の褐色細胞腫ではセルペルカチニブが承認されている。')).toEqual([]);
    expect(
      genetics(
        'PTENの生殖細胞系列病的バリアント（カウデン症候群）では甲状腺のサーベイランスが推奨される。',
      ),
    ).toEqual([]);
    expect(
      genetics('リンチ症候群はMLH1やMSH2などの生殖細胞系列の病的バリアントが原因となる。'),
    ).toEqual([]);
    expect(
      genetics('パネル検査では、二次的所見（例：BRCA2、PALB2など）が見つかることがある。'),
    ).toEqual([]);
    expect(
      brief(
        genetics(
          '文献的にはBRAF V600E変異を有する大腸癌は予後不良とされる。本例はBRAF V600E陰性。',
        ),
      ),
    ).toEqual(['BRAF p.Val600Glu absent patient']);
    // (The patient's own disease with a treatment started stays a result.)
    expect(brief(genetics('KRAS G12D変異を有する膵癌で、FOLFIRINOXを開始した。'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
  });

  it('gives nothing for a class a care plan is compared to, and keeps the negative', () => {
    expect(brief(genetics('ROS1陰性。ROS1陽性肺癌に準じた治療は不要。'))).toEqual([
      'ROS1 wild_type absent patient',
    ]);
    expect(
      brief(genetics('BRCA1/2陰性。BRCA1病的バリアント保持者に準じた検診は行わない。')).sort(),
    ).toEqual(['BRCA1 wild_type absent patient', 'BRCA2 wild_type absent patient']);
    expect(genetics('MSH2病的バリアント保持者と同等のサーベイランスを提案。')).toEqual([]);
  });

  it('gives nothing for a change a finding only points to', () => {
    expect(genetics('組織像からROS1融合遺伝子の存在が示唆される。')).toEqual([]);
    expect(genetics('MLH1発現消失（MLH1変異を示唆）。')).toEqual([]);
    expect(genetics('臨床経過からEGFR T790M変異が推定される。')).toEqual([]);
    // (Not a result with what it suggests after it, nor an estimated measure.)
    expect(brief(genetics('KRAS G12D変異を認め、予後不良が示唆される。'))).toEqual([
      'KRAS p.Gly12Asp present patient',
    ]);
    expect(brief(genetics('FGFR2の増幅が推定コピー数12で報告された。'))).toEqual([
      'FGFR2 amplification present patient',
    ]);
  });
});

describe('Japanese probe round 4b: lung-cancer EGFR labels, trailing stains, carriers, syndromes', () => {
  /** "GENE variant/kind status origin significance". */
  const full = (findings: readonly GeneticAnnotation[]) =>
    findings.map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.origin} ${f.significance}`,
    );

  it('reads a bare EGFR positive as the mutation beside a lung cancer or an EGFR-TKI', () => {
    expect(full(genetics('【病名】\n#2 左肺腺癌（EGFR陽性）、ダコミチニブ内服中'))).toEqual([
      'EGFR other present somatic pathogenic',
    ]);
    expect(full(genetics('EGFR(+)の非小細胞肺癌に対しゲフィチニブ再開。'))).toEqual([
      'EGFR other present somatic pathogenic',
    ]);
    expect(full(genetics('現病歴：EGFR陽性の進行肺癌として通院中、タグリッソ継続。'))).toEqual([
      'EGFR other present somatic pathogenic',
    ]);
  });

  it('still gives nothing for a kidney eGFR, a stain or a bare EGFR positive', () => {
    expect(genetics('腎機能低下あり（eGFR 38）。肺腺癌術後フォロー。')).toEqual([]);
    expect(genetics('EGFR 61 mL/min、肺癌術後。')).toEqual([]);
    expect(genetics('喉頭癌、EGFR陽性（免疫染色）、セツキシマブ併用。')).toEqual([]);
    expect(genetics('EGFR陽性。')).toEqual([]);
  });

  it('gives nothing for a stain named in brackets after the result, clipped, or as an antibody', () => {
    expect(genetics('BRAF V600E陽性（免疫染色、VE1）、遺伝子検査は未実施。')).toEqual([]);
    expect(genetics('IDH1 R132H：陰性（特異抗体による免疫染色）')).toEqual([]);
    expect(genetics('免染にてROS1陽性。')).toEqual([]);
    expect(genetics('EGFR変異特異抗体（E746_A750del）：陽性')).toEqual([]);
    expect(genetics('ALK IHC陽性、RT-PCRで確認中。')).toEqual([]);
    expect(genetics('RET融合遺伝子はRT-PCRで確認中です。')).toEqual([]);
    // (A DNA result after the stain, or a DNA method in the bracket, stays a finding.)
    expect(brief(genetics('BRAF V600E陽性（IHC）、NGSでも同変異を確認。'))).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
    expect(brief(genetics('KRAS G12V陽性（NGS、組織）'))).toEqual([
      'KRAS p.Gly12Val present patient',
    ]);
  });

  it('reads a carrier word or a syndrome bracketing its gene as germline', () => {
    expect(full(genetics('MSH2病的バリアントを保有する大腸癌術後。'))).toEqual([
      'MSH2 other present germline pathogenic',
    ]);
    expect(full(genetics('VHL病（VHL c.194C>G保有）で膵NET術後。'))).toEqual([
      'VHL c.194C>G present germline null',
    ]);
    expect(full(genetics('リンチ症候群（MLH1）、子宮体癌術後。'))).toEqual([
      'MLH1 other present germline null',
    ]);
    // (A driver carried by the tumour stays somatic; a syndrome only suspected gives nothing.)
    expect(full(genetics('EGFR遺伝子変異を保有する肺腺癌でオシメルチニブ継続。'))).toEqual([
      'EGFR other present somatic pathogenic',
    ]);
    expect(genetics('リンチ症候群疑い（MLH1）で遺伝カウンセリングを予定。')).toEqual([]);
  });

  it("leaves a named change its own finding beside other genes' glued signs", () => {
    expect(brief(genetics('EGFR L861Q、ALK(-)、RET(-)'))).toEqual([
      'EGFR p.Leu861Gln present patient',
      'ALK wild_type absent patient',
      'RET wild_type absent patient',
    ]);
    expect(brief(genetics('CGP：CDK12 ホモ欠失、AR増幅なし'))).toEqual([
      'CDK12 copy_loss present patient',
      'AR amplification absent patient',
    ]);
  });

  it("gives nothing for a drug's approval naming a gene with its other name bracketed", () => {
    expect(genetics('HER2（ERBB2）遺伝子変異陽性の肺癌にも承認されている薬剤である。')).toEqual([]);
  });
});
