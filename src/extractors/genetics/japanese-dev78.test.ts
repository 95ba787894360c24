import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string, noteType?: string) => geneticsOf(text, 'ja', noteType);

/** Findings as "GENE variant kind status subject origin". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? '-'} ${f.kind} ${f.status} ${f.subject} ${f.origin ?? '-'}`,
    )
    .sort();

const FAMILY = '家族歴：姉 乳癌（52歳）、父 膵癌（70代）。\n';

describe('genetics extractor, Japanese (dev78 phenomena)', () => {
  it('ends an inline family history at a report label made long by its bracket', () => {
    // (ja-g-7805: "FoundationOne CDx（原発巣手術検体 2023/8、2025/5 報告）：" under 家族歴.)
    expect(
      findings(
        genetics(
          `${FAMILY}FoundationOne CDx（原発巣手術検体 2023/8、2025/5 報告）：\n　KRAS G12V（c.35G>T）　VAF 14%`,
        ),
      ),
    ).toEqual(['KRAS p.Gly12Val snv present patient somatic']);
    expect(
      findings(
        genetics(
          `${FAMILY}Guardant360 CDx（血漿、2025/5/12 採血、2025/5/30 報告）：\n　EGFR L858R　VAF 3.2%\n　EGFR T790M　検出されず`,
        ),
      ),
    ).toEqual([
      'EGFR p.Leu858Arg snv present patient somatic',
      'EGFR p.Thr790Met snv absent patient somatic',
    ]);
    expect(
      findings(
        genetics(
          `${FAMILY}コンパニオン診断（therascreen PIK3CA、原発巣 生検 2024/2、報告 2024/3/1）：PIK3CA H1047R 陽性`,
        ),
      ),
    ).toEqual(['PIK3CA p.His1047Arg snv present patient somatic']);
    // (A relative's own long label stays the relative's.)
    expect(
      findings(
        genetics(
          '家族歴：姉 乳癌（52歳）。\n姉の遺伝学的検査（他院、2023/8 採血、2023/9 報告、写しを持参）：BRCA2 c.5946del 陽性',
        ),
      ),
    ).toEqual(['BRCA2 c.5946del frameshift present family germline']);
  });

  it("reads a relative's gene-level negative as the relative's, not as an owned variant", () => {
    // (ja-g-7813: "母の BRCA1/2 が陰性であっても、本人の乳癌に…".)
    const mother = [
      'BRCA1 - wild_type absent family germline',
      'BRCA2 - wild_type absent family germline',
    ];
    expect(
      findings(
        genetics(
          '検討：母の BRCA1/2 が陰性であっても、本人の乳癌に関わる遺伝要因が否定されるわけではないことを説明した。',
        ),
      ),
    ).toEqual(mother);
    expect(findings(genetics('母の BRCA1・BRCA2 ともに陰性であった。'))).toEqual(mother);
    expect(findings(genetics('姉のBRCA1は陰性だった。'))).toEqual([
      'BRCA1 - wild_type absent family germline',
    ]);
    // (A relative's named variant tested in the client stays the client's negative.)
    expect(findings(genetics('本人の検査：母の BRCA1 c.68_69del は検出されなかった。'))).toEqual([
      'BRCA1 c.68_69del frameshift absent patient germline',
      'BRCA1 c.68_69del frameshift present family germline',
    ]);
  });

  it('reads a variant named as the target of a site-specific test as no result of its own', () => {
    // (ja-g-7819: "TP53 c.743G>A シングルサイト検査（血液）" above "結果：同バリアントは検出されなかった".)
    const mother =
      '家族歴：\n　母（54歳）：遺伝学的検査で TP53 c.743G>A（p.Arg248Gln）病的バリアントを同定。\n';
    expect(
      findings(
        genetics(
          `${mother}本人の検査：2025/5/2 採血、TP53 c.743G>A シングルサイト検査（血液）\n結果：同バリアントは検出されなかった（非保持）。`,
        ),
      ),
    ).toEqual([
      'TP53 p.Arg248Gln snv absent patient germline',
      'TP53 p.Arg248Gln snv present family germline',
    ]);
    expect(
      findings(
        genetics(
          '姉が BRCA2 c.5946del 陽性。\n来談者の検査：BRCA2 c.5946del の単一部位検査\n結果：陰性（当該バリアント非保持）',
        ),
      ),
    ).toEqual([
      'BRCA2 c.5946del frameshift absent patient germline',
      'BRCA2 c.5946del frameshift present family germline',
    ]);
    // (Its own result word still counts.)
    expect(findings(genetics('本人：BRCA2 c.5946del シングルサイト検査で陽性。'))).toEqual([
      'BRCA2 c.5946del frameshift present patient germline',
    ]);
  });
});
