import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** "GENE variant status subject origin significance". */
const full = (findings: readonly GeneticAnnotation[]) =>
  findings
    .map(
      (f) =>
        `${f.gene} ${f.hgvs_p ?? f.hgvs_c ?? f.kind} ${f.status} ${f.subject} ${f.origin} ${f.significance}`,
    )
    .sort();

describe('genetics extractor, Japanese courses and relatives of the ninth stop (pgja4)', () => {
  it('keeps a later test’s opposite result named by date, order, event, sample or hospital', () => {
    // (ja decisions 30, 52 and 60: one present and one absent entry.)
    const both = (gene: string, change: string) =>
      [`${gene} ${change} absent patient`, `${gene} ${change} present patient`].sort();
    for (const note of [
      '2022年のコバスではT790M陰性、2023年のリキッドで陽性。',
      'T790M陽性であったが、オシメルチニブ投与後に陰性化。',
      '再生検組織でT790Mを検出、同時に提出したリキッドでは陰性。',
      'T790M：組織 陽性、血漿 陰性',
      'T790Mは初回陰性、2回目陽性。',
      'T790M陽性→陰性化',
    ]) {
      expect(brief(genetics(note)).sort(), note).toEqual(both('EGFR', 'p.Thr790Met'));
    }
    for (const note of [
      '2020年にKRAS G12V陽性、2024年の再検では検出されず。',
      'KRAS G12V陽性、3か月後の再検で陰性。',
    ]) {
      expect(brief(genetics(note)).sort(), note).toEqual(both('KRAS', 'p.Gly12Val'));
    }
    expect(brief(genetics('EGFR L858Rは診断時陽性、現在は血漿で検出されない。')).sort()).toEqual(
      both('EGFR', 'p.Leu858Arg'),
    );
    expect(
      brief(genetics('BRAF V600E 陽性（2020年）、2024年のリキッドでは検出されず')).sort(),
    ).toEqual(both('BRAF', 'p.Val600Glu'));
    expect(brief(genetics('ALK融合は前医で陰性、当院で陽性。')).sort()).toEqual(
      both('ALK', 'fusion'),
    );
    // 消失 after the change referred back to by its class word.
    expect(
      brief(genetics('組織でKRAS G12C陽性。治療後のctDNAで同変異は消失した。')).sort(),
    ).toEqual(both('KRAS', 'p.Gly12Cys'));
    expect(brief(genetics('MET増幅（CN 12）。同増幅は再生検で消失。')).sort()).toEqual(
      both('MET', 'amplification'),
    );
  });

  it('keeps one result when the later words are no result of the change', () => {
    expect(brief(genetics('EGFR L858R陽性、2024年にオシメルチニブ開始。'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
    expect(brief(genetics('EGFR L858R陽性→オシメルチニブ開始'))).toEqual([
      'EGFR p.Leu858Arg present patient',
    ]);
    expect(brief(genetics('EGFR Ex19del陽性、2023年の再検でも陽性'))).toEqual([
      'EGFR exon_deletion 19 present patient',
    ]);
    expect(brief(genetics('ALK陰性→ROS1陽性'))).toEqual([
      'ALK wild_type absent patient',
      'ROS1 fusion present patient',
    ]);
    expect(brief(genetics('KRAS G12D陽性、2023年の検査でNRAS陰性'))).toEqual([
      'KRAS p.Gly12Asp present patient',
      'NRAS wild_type absent patient',
    ]);
  });

  it('gives the relative a family entry and the client their own entry for a relative’s variant', () => {
    expect(
      full(genetics('シングルサイト検査の結果、父と同じMSH2 c.942+3A>Tを保持していた。')),
    ).toEqual([
      'MSH2 c.942+3A>T present family germline null',
      'MSH2 c.942+3A>T present patient germline null',
    ]);
    expect(brief(genetics('母と同じBRCA2 c.5946delを本人にも認めた。')).sort()).toEqual([
      'BRCA2 c.5946del present family',
      'BRCA2 c.5946del present patient',
    ]);
    expect(
      brief(genetics('父の既知病的バリアント（MSH2 c.942+3A>T）を本人も保持していた。')).sort(),
    ).toEqual(['MSH2 c.942+3A>T present family', 'MSH2 c.942+3A>T present patient']);
    expect(
      brief(
        genetics('母の既知バリアント（BRCA2 c.5946del）のシングルサイト検査：本人陰性。'),
      ).sort(),
    ).toEqual(['BRCA2 c.5946del absent patient', 'BRCA2 c.5946del present family']);
    expect(
      brief(
        genetics('血縁者で同定されているMLH1 c.1852_1854delを本人は保持していなかった。'),
      ).sort(),
    ).toEqual(['MLH1 c.1852_1854del absent patient', 'MLH1 c.1852_1854del present family']);
  });

  it('does not give a relative the client’s result after a comma that turns to the client', () => {
    expect(brief(genetics('母はBRCA1 c.68_69del、本人は非保持。')).sort()).toEqual([
      'BRCA1 c.68_69del absent patient',
      'BRCA1 c.68_69del present family',
    ]);
    expect(brief(genetics('本人はBRCA1 c.68_69del、妹は陰性。')).sort()).toEqual([
      'BRCA1 c.68_69del absent family',
      'BRCA1 c.68_69del present patient',
    ]);
    // (Controls: each with its own result.)
    expect(brief(genetics('母はBRCA1 c.68_69del保持、本人は非保持。')).sort()).toEqual([
      'BRCA1 c.68_69del absent patient',
      'BRCA1 c.68_69del present family',
    ]);
  });

  it('reads a relative’s own test of a gene as the relative’s result', () => {
    expect(full(genetics('叔母のBRCA2検査は陰性であった。'))).toEqual([
      'BRCA2 wild_type absent family germline null',
    ]);
    expect(brief(genetics('姉のBRCA1/2検査は陰性。'))).toEqual([
      'BRCA1 wild_type absent family',
      'BRCA2 wild_type absent family',
    ]);
  });

  it('reads PV after a gene as a pathogenic variant', () => {
    expect(full(genetics('BRCA2 PV陽性'))).toEqual([
      'BRCA2 other present patient somatic pathogenic',
    ]);
    expect(full(genetics('gBRCA2 PV(+)'))).toEqual([
      'BRCA2 other present patient germline pathogenic',
    ]);
  });
});
