import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';

const row = (f: {
  gene: string;
  hgvs_p: string | null;
  kind: string;
  status: string;
  significance: string | null;
  subject: string;
}) => `${f.gene} ${f.hgvs_p ?? f.kind} ${f.status} ${f.significance ?? 'null'} ${f.subject}`;
const en = (text: string) => geneticsOf(text, 'en').map(row);
const ja = (text: string) => geneticsOf(text, 'ja').map(row);

describe('genetics extractor: EN dev52 and JA dev82 errors', () => {
  it('reads "X is a founder / common variant of a people" opening its clause as a textbook statement', () => {
    for (const text of [
      'Discussion: TP53 c.1010G>A (R337H) is a founder variant from southern Brazil. Its penetrance is lower.',
      'BRCA2 c.5946delT is the commonest Ashkenazi founder mutation.',
      'Background: HFE C282Y is a common variant in people of northern European descent.',
      'CHEK2 c.1100delC is a recurrent founder allele in Finnish and Polish families.',
      'Counselling: BRCA2 c.5946del (6174delT) is a well-known founder mutation in Ashkenazi Jewish families.',
    ]) {
      expect(en(text)).toEqual([]);
    }
    // (Not the patient's own variant, nor a sentence that turns to her, nor a result in brackets.)
    expect(en('Her BRCA2 c.5946delT is a founder variant.')).toHaveLength(1);
    expect(
      en('BRCA2 c.5946delT is a founder variant and was detected in her sample.'),
    ).toHaveLength(1);
    expect(
      en(
        'Discussion: TP53 R337H is a founder variant from Brazil; she was found to carry it on germline testing.',
      ),
    ).toHaveLength(1);
    expect(en('Counselling: BRCA2 c.5946del (detected) is a founder mutation.')).toHaveLength(1);
  });

  it("keeps a relative's wrapped family-list row the relative's", () => {
    expect(
      en(
        '- Paternal aunt (55): breast cancer at 44 and 53; the first person tested in the family (2025) - carries\n  the same TP53 variant.',
      ),
    ).toEqual(['TP53 other present null family']);
    expect(
      en('- Father (58): colon cancer at 52; tested 2024 -\n  MSH6 c.2731C>T detected.'),
    ).toEqual(['MSH6 snv present null family']);
    // (Not past a finished line or a label of the patient's own.)
    expect(en('- Father (58): colon cancer at 52.\nPatient: MSH6 c.2731C>T detected.')).toEqual([
      'MSH6 snv present null patient',
    ]);
    expect(
      en('- Father (58): colon cancer at 52\nPatient results:\n  MSH6 c.2731C>T detected.'),
    ).toEqual(['MSH6 snv present null patient']);
  });

  it('reads the AMP tier a few rows below a result, past rows of the same fusion', () => {
    expect(
      en(
        'RESULTS\nRNA fusion panel:\n  EWSR1::WT1 fusion - DETECTED\n    breakpoint: EWSR1 exon 7 :: WT1 exon 8\n    supporting reads: 1,214 (188 unique start sites)\n    AMP Tier I (diagnostic)\n  Fusions not detected: FLI1, ERG.',
      ),
    ).toEqual([
      'WT1 fusion present pathogenic patient',
      'FLI1 fusion absent null patient',
      'ERG fusion absent null patient',
    ]);
    expect(en('RESULTS\n  EWSR1::WT1 fusion - DETECTED; AMP Tier I (diagnostic)\n')).toEqual([
      'WT1 fusion present pathogenic patient',
    ]);
    expect(
      en(
        'RESULTS\n  EML4::ALK fusion - DETECTED\n    breakpoint: EML4 exon 6 :: ALK exon 20\n    Tier III\n',
      ),
    ).toEqual(['ALK fusion present uncertain patient']);
    // (Not a tier under the next entry.)
    expect(
      en(
        'RESULTS\n  EWSR1::WT1 fusion - DETECTED\n  NTRK1::TPM3 fusion - DETECTED\n    AMP Tier III\n',
      ),
    ).toEqual(['WT1 fusion present null patient', 'NTRK1 fusion present uncertain patient']);
  });

  it('reads 残存 / 持続 / 残っている after a change as still found', () => {
    for (const text of [
      'オンコマイン Dx：EGFR エクソン19欠失 残存、EGFR C797S 検出されず',
      'EGFR エクソン19欠失 持続、C797S 陰性',
      'EGFR エクソン19欠失が残っており、C797S は検出されず',
    ]) {
      expect(ja(text)).toContain('EGFR exon_deletion present pathogenic patient');
      expect(ja(text)).toContain('EGFR p.Cys797Ser absent null patient');
    }
    expect(ja('ALK融合遺伝子 残存、G1202R 検出されず')).toContain(
      'ALK fusion present pathogenic patient',
    );
    // (Not a response that persists, nor a residual tumour.)
    expect(ja('T790M 陰性、SD 持続')).toEqual(['EGFR p.Thr790Met absent null patient']);
    expect(ja('EGFR エクソン19欠失 残存腫瘍なし')).toEqual([
      'EGFR exon_deletion absent null patient',
    ]);
  });

  it('gives a reclassified variant its newest class', () => {
    expect(
      ja(
        '2021年の検査で BRCA2 c.7522G>A（p.Gly2508Ser）を VUS として報告。\n本年、検査会社より再分類の通知：BRCA2 c.7522G>A は「おそらく良性（Likely benign）」に変更。',
      ),
    ).toEqual(['BRCA2 p.Gly2508Ser present likely_benign patient']);
    expect(
      ja(
        '2020年 MSH6 c.3226C>T（p.Arg1076Cys）を VUS として報告。\n2024年 MSH6 c.3226C>T の分類は VUS から良性（Benign）に変更された。',
      ),
    ).toEqual(['MSH6 p.Arg1076Cys present benign patient']);
    expect(
      ja(
        '2019年 ATM c.5558A>T（p.Asp1853Val）: VUS。\n2025年 ATM c.5558A>T は Likely benign にダウングレードされた。',
      ),
    ).toEqual(['ATM p.Asp1853Val present likely_benign patient']);
    expect(
      ja(
        '再分類されたバリアント：\n　遺伝子：MSH6　c.3226C>T　p.(Arg1076Cys)　ヘテロ接合\n　前回（2021年）の判定：意義不明（VUS）\n　今回（2025年）の判定：病的である可能性が高い（Likely pathogenic）',
      ),
    ).toEqual(['MSH6 p.Arg1076Cys present likely_pathogenic patient']);
    expect(
      en(
        'MSH6 c.3226C>T p.(Arg1076Cys) was reported as a VUS. In 2024 it was downgraded from VUS to likely benign.',
      ),
    ).toEqual(['MSH6 p.Arg1076Cys present likely_benign patient']);
    // (Not a change of plan.)
    expect(ja('BRCA2 c.7522G>A（VUS）。方針を経過観察に変更。')).toEqual([
      'BRCA2 snv present uncertain patient',
    ]);
  });
});
