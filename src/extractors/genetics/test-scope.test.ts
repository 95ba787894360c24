import { describe, expect, it } from 'vitest';
import { brief, geneticsOf } from '../../../tests/support/extractor-answers.js';
import { growthRatio } from '../../../tests/support/linear-time.js';
import { loadPipeline } from '../../load-pipeline.js';

const en = (text: string) => brief(geneticsOf(text, 'en'));
const ja = (text: string) => brief(geneticsOf(text, 'ja'));

describe('genetics extractor: genes named only as a test scope', () => {
  it('gives the other genes of an English scope no finding when the result names one gene', () => {
    expect(en('BRCA1/2 testing: pathogenic variant in BRCA2 (c.5946delT)')).toEqual([
      'BRCA2 c.5946del present patient',
    ]);
    expect(en('BRCA1/2 genetic testing revealed a BRCA2 pathogenic variant')).toEqual([
      'BRCA2 other present patient',
    ]);
    expect(
      en('The patient underwent BRCA1/2 testing, which revealed a BRCA2 pathogenic variant.'),
    ).toEqual(['BRCA2 other present patient']);
    expect(en('BRCA1 and BRCA2 testing revealed a pathogenic BRCA1 variant.')).toEqual([
      'BRCA1 other present patient',
    ]);
    expect(en('Lynch panel (MLH1/MSH2/MSH6/PMS2): pathogenic variant in MSH2 c.942+3A>T.')).toEqual(
      ['MSH2 c.942+3A>T present patient'],
    );
    expect(en('Testing for KRAS, NRAS and BRAF revealed BRAF V600E.')).toEqual([
      'BRAF p.Val600Glu present patient',
    ]);
    expect(en('NTRK1/2/3 fusion testing revealed an ETV6-NTRK3 fusion.')).toEqual([
      'NTRK3 fusion ETV6 present patient',
    ]);
    expect(en('ALK/ROS1/RET fusion testing: RET fusion detected (KIF5B-RET).')).toEqual([
      'RET fusion KIF5B present patient',
    ]);
    expect(en('Tested for EGFR, ALK, ROS1: ALK rearranged.')).toEqual([
      'ALK fusion present patient',
    ]);
  });

  it('gives the other genes of a Japanese scope no finding, either order', () => {
    expect(ja('BRCA1/2検査の結果、BRCA2に病的バリアントを認めた')).toEqual([
      'BRCA2 other present patient',
    ]);
    expect(ja('BRCA1・BRCA2検査の結果、BRCA1に病的バリアントを検出した')).toEqual([
      'BRCA1 other present patient',
    ]);
    expect(ja('KRAS/NRAS/BRAF検査でKRAS G12Dを検出')).toEqual(['KRAS p.Gly12Asp present patient']);
    expect(ja('ALK/ROS1/RET融合遺伝子検査の結果、RET融合遺伝子陽性')).toEqual([
      'RET fusion present patient',
    ]);
    expect(ja('BRCA2の病的バリアントをBRCA1/2検査で認めた')).toEqual([
      'BRCA2 other present patient',
    ]);
  });

  it('keeps a scope with no gene after it, and results of every gene named', () => {
    expect(en('BRCA1/2 testing negative')).toEqual([
      'BRCA1 wild_type absent patient',
      'BRCA2 wild_type absent patient',
    ]);
    expect(en('BRCA1 and BRCA2 pathogenic variants detected')).toEqual([
      'BRCA1 other present patient',
      'BRCA2 other present patient',
    ]);
    expect(en('KRAS/NRAS/BRAF testing showed KRAS G12D and NRAS Q61K.')).toEqual([
      'KRAS p.Gly12Asp present patient',
      'NRAS p.Gln61Lys present patient',
    ]);
    // A scope gene's own result in a clause of its own stays.
    expect(en('EGFR testing positive; KRAS G12C also detected.')).toEqual([
      'EGFR other present patient',
      'KRAS p.Gly12Cys present patient',
    ]);
    expect(ja('EGFR/ALK/ROS1検査：いずれも陰性')).toEqual([
      'EGFR wild_type absent patient',
      'ALK wild_type absent patient',
      'ROS1 wild_type absent patient',
    ]);
  });

  it('reads a result labelled after a method line on the same line', () => {
    expect(en('Genes tested: BRCA1, BRCA2, PALB2. Result: PALB2 c.3113G>A pathogenic.')).toEqual([
      'PALB2 c.3113G>A present patient',
    ]);
    expect(en('Genes tested: EGFR, ALK, ROS1 | Result: ALK rearranged')).toEqual([
      'ALK fusion present patient',
    ]);
    expect(en('Genes tested: BRCA1, BRCA2, PALB2 (results below).')).toEqual([]);
  });

  it('keeps an earlier test negative beside a later change of the gene (ja-g-1016)', () => {
    const text =
      '既往の遺伝子検査：2023/03 原発巣 RAS/BRAF検査 → KRAS・NRASともに変異なし、BRAF V600E陰性\n' +
      '今回：包括的がんゲノムプロファイリング検査（肝転移巣生検、2025/06）\n' +
      '遺伝子｜変化｜VAF／コピー数｜エビデンスレベル\n' +
      'KRAS｜Q61H（c.183A>T）｜3.1%｜R\n';
    expect(ja(text)).toEqual(
      expect.arrayContaining(['KRAS wild_type absent patient', 'KRAS p.Gln61His present patient']),
    );
  });
});

describe('genetics extractor: a named BRCA test in Japanese is germline', () => {
  const origins = (text: string) => geneticsOf(text, 'ja').map((f) => `${f.gene} ${f.origin}`);
  it('reads 「BRCA検査」 / 「BRCA1/2検査」 as the germline test', () => {
    expect(origins('BRCA1/2検査の結果、BRCA2に病的バリアントを認めた')).toEqual(['BRCA2 germline']);
    expect(origins('BRCA1/2検査：陰性')).toEqual(['BRCA1 germline', 'BRCA2 germline']);
    expect(origins('前医で2024年に「BRCA検査」を行い、BRCA2陽性とされた')).toEqual([
      'BRCA2 germline',
    ]);
  });

  it('keeps the tumour BRCA test somatic, and a test only planned says nothing', () => {
    expect(origins('腫瘍組織のBRCA検査でBRCA1 c.1961delを検出')).toEqual(['BRCA1 somatic']);
    expect(origins('BRCA1/2検査（腫瘍組織）：BRCA1に病的バリアント')).toEqual(['BRCA1 somatic']);
    expect(origins('BRCA検査を希望せず。KRAS G12D陽性。')).toEqual(['KRAS somatic']);
  });
});

describe('genetics extractor: test scopes in linear time', () => {
  const pipeline = loadPipeline();
  it.each([
    ['BRCA1/2 testing: pathogenic variant in BRCA2. ', 'en'],
    ['BRCA1/2検査の結果、BRCA2に病的バリアントを認めた。', 'ja'],
  ] as const)('%j repeated', (unit, language) => {
    const ratio = growthRatio(
      (text) =>
        pipeline.run({ noteId: 'f', personId: 'p', text, language, languageDetected: true }),
      unit,
      3_000,
    );
    expect(ratio).toBeLessThan(32);
  });
});
