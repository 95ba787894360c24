import { describe, expect, it } from 'vitest';
import { geneticsOf } from '../../../tests/support/extractor-answers.js';
import type { GeneticAnnotation } from '../../pipeline.js';

const genetics = (text: string) => geneticsOf(text, 'ja');

/** Findings as "GENE variant status subject". */
const findings = (answer: readonly GeneticAnnotation[]) =>
  answer.map((f) => `${f.gene} ${f.hgvs_c ?? f.kind} ${f.status} ${f.subject}`).sort();

describe('genetics extractor, Japanese (dev80 phenomena)', () => {
  it('reads a relative named through another, or several, with an aside, as the subject', () => {
    // (ja-g-8023: 「父の妹（叔母、62歳、乳癌既往）も他院のシングルサイト検査で同バリアント保持と判明」.)
    expect(
      findings(
        genetics(
          '父がBRCA2 c.5645C>Aの病的バリアントを保持。父の妹（叔母、62歳、乳癌既往）も他院のシングルサイト検査で同バリアント保持と判明している。',
        ),
      ),
    ).toEqual(['BRCA2 c.5645C>A present family']);
    expect(
      findings(
        genetics(
          '母がBRCA1 c.68_69delAGを保持。姉の娘（姪、25歳、未発症）も当院のシングルサイト検査で同バリアント保持と判明。',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family']);
    expect(
      findings(
        genetics(
          '母がBRCA1 c.68_69delAGを保持。姉と妹（いずれも30代、未発症）も当院のシングルサイト検査で同バリアントを保持していた。',
        ),
      ),
    ).toEqual(['BRCA1 c.68_69del present family']);
    expect(
      findings(
        genetics(
          '父がBRCA2 c.5645C>Aの病的バリアントを保持。父の弟（叔父、60歳、前立腺癌）は他院のシングルサイト検査で同バリアント非保持であった。',
        ),
      ),
    ).toEqual(['BRCA2 c.5645C>A absent family', 'BRCA2 c.5645C>A present family']);
    // (A relative with an honorific: 「妹様（26歳）は…同バリアントを保持していない」.)
    expect(
      findings(
        genetics(
          '母に確認されている BRCA1 c.5266dupC について検査を行いました。妹様（26歳）は先月の検査で同バリアントを保持していないことが確認されています。',
        ),
      ),
    ).toContain('BRCA1 c.5266dup absent family');
  });

  it('keeps the client as the subject after relatives named in another clause', () => {
    expect(
      findings(
        genetics(
          '父がBRCA2 c.5645C>Aを保持。父の妹（叔母）の乳癌を契機に、本人も当院のシングルサイト検査で同バリアント保持と判明した。',
        ),
      ),
    ).toEqual(['BRCA2 c.5645C>A present family', 'BRCA2 c.5645C>A present patient']);
    expect(
      findings(
        genetics(
          '父がBRCA2 c.5645C>Aを保持。父の妹は未検。本人はシングルサイト検査で同バリアント非保持。',
        ),
      ),
    ).toEqual(['BRCA2 c.5645C>A absent patient', 'BRCA2 c.5645C>A present family']);
    expect(
      findings(genetics('父の妹（叔母、62歳）がBRCA2 c.5645C>Aを保持していると判明した。')),
    ).toEqual(['BRCA2 c.5645C>A present family']);
  });
});
