import { describe, expect, it } from 'vitest';
import { parseHgvs } from './parse.js';

describe('parseHgvs: valid descriptions', () => {
  it.each([
    ['NM_004333.6:c.1799T>A', 'snv', 'c'],
    ['c.2573T>G', 'snv', 'c'],
    ['c.3028+1G>T', 'snv', 'c'],
    ['c.-14G>C', 'snv', 'c'],
    ['c.*46A>T', 'snv', 'c'],
    ['g.32459297del', 'deletion', 'g'],
    ['c.68_69del', 'frameshift', 'c'],
    ['c.2235_2249del', 'deletion', 'c'],
    ['c.5266dup', 'frameshift', 'c'],
    ['c.2300_2301insCAT', 'insertion', 'c'],
    ['c.123_125delinsTT', 'frameshift', 'c'],
    ['c.123_124inv', 'other', 'c'],
    ['r.6_8del', 'deletion', 'r'],
    ['r.76a>c', 'snv', 'r'],
    ['p.Leu858Arg', 'snv', 'p'],
    ['p.(Leu858Arg)', 'snv', 'p'],
    ['p.V600E', 'snv', 'p'],
    ['p.Trp24Ter', 'snv', 'p'],
    ['p.Trp24*', 'snv', 'p'],
    ['p.Glu746_Ala750del', 'deletion', 'p'],
    ['p.Arg97ProfsTer23', 'frameshift', 'p'],
    ['p.Arg97fs', 'frameshift', 'p'],
    ['p.Met1ext-5', 'other', 'p'],
    ['p.Ter110GlnextTer17', 'other', 'p'],
    ['LRG_199t1:c.79_80insTT', 'frameshift', 'c'],
    ['c.2300_2301insCATGCA', 'insertion', 'c'],
    ['NM_004006.2(DMD):c.4375C>T', 'snv', 'c'],
  ])('%s', (input, kind, level) => {
    const result = parseHgvs(input);
    expect(result, result.error).toMatchObject({ valid: true, kind, level });
  });
});

describe('parseHgvs: forms the recommendations list as wrong, normalised when clear', () => {
  it.each([
    ['c.1522_1524delTTT', 'c.1522_1524del', /deleted sequence/],
    ['c.68_69delAG', 'c.68_69del', /deleted sequence/],
    ['c.20dupT', 'c.20dup', /duplicated sequence/],
    ['V600E', 'p.Val600Glu', /"p\." prefix/],
    ['p.L252Sfs*93', 'p.Leu252SerfsTer93', undefined],
    ['p.L63X', 'p.Leu63Ter', /"X" is not a stop/],
    ['c.123_123del', 'c.123del', /two different positions/],
    ['c.100delGinsTT', 'c.100delinsTT', /delins/],
  ])('%s → %s', (input, normalized, error) => {
    const result = parseHgvs(input);
    expect(result.normalized).toBe(normalized);
    if (error) {
      expect(result.valid).toBe(false);
      expect(result.error).toMatch(error);
    }
  });

  it.each([
    ['c.22insG', /flanking/], // either side of 22: "not unequivocal"
    ['g.123del6', /length/],
    ['c.123_124del6', /length/], // the length contradicts the range
    ['c.100_109dup3', /length/],
    ['c.23ins24', /inserted sequence is written/],
    ['g.234inv', /inversion/],
    ['c.79_80GC>TT', /./],
    ['p.Met1Thr', /start codon/],
    ['p.His150HisfsTer10', /first changed residue/],
    ['p.Tyr4_Cys5insTerGluAsp', /nothing follows/],
    ['p.Val559_Glu562delinsGlu', /changed residues/],
    ['NM_004006.2:c.357+1G>A', /genomic reference/],
    ['LRG_199:c.357+1G>A', /names its transcript/],
    ['NM_002111:c.211C>T', /version/],
    ['NM_004006.2:p.Arg12Cys', /protein reference/],
    ['NP_003997.1:g.123A>G', /genomic reference/],
  ])('rejects %s without guessing a normalised form', (input, error) => {
    const result = parseHgvs(input);
    expect(result.valid).toBe(false);
    expect(result.error).toMatch(error);
    expect(result.normalized).toBeUndefined();
  });

  it.each([
    ['c.123C>C', 'c.123='],
    ['p.Leu54Leu', 'p.Leu54='],
    ['p.Tyr4TerfsTer1', 'p.Tyr4Ter'],
    ['p.Arg1443fs*', 'p.Arg1443fs'],
    ['p.Arg1443HisfsX', 'p.Arg1443Hisfs'],
    ['g.456_457ins123_456', 'g.123_456dup'],
    ['r.76A>C', 'r.76a>c'],
    ['c.76a>c', 'c.76A>C'],
    // A length that restates the range is no part of the current description.
    ['c.2236_2250del15', 'c.2236_2250del'],
    ['c.1510_1520del11', 'c.1510_1520del'],
    ['c.2313_2324dup12', 'c.2313_2324dup'],
    ['c.76del1', 'c.76del'],
  ])('normalises %s to %s', (input, normalized) => {
    expect(parseHgvs(input)).toMatchObject({ valid: false, normalized });
  });

  it.each([
    ['NC_000023.11(NM_004006.2):c.4072-1234_5155-246del', 'deletion'],
    ['NC_012920.1(MT-TL1):m.3243A>G', 'snv'],
    ['LRG_199t1:c.54G>H', 'snv'],
    ['c.(76A>G)', 'snv'],
    ['r.(3277_3432del)', 'deletion'],
    ['NM_004006.2:c.849_850ins858_895', 'frameshift'], // 38 nt,
    ['g.234_235ins123_234inv', 'insertion'],
    ['p.His7_Gln8insGly4_Ser6', 'insertion'],
    ['NP_003997.1:p.(Val582_Asn583insXXXXX)', 'insertion'],
    ['L01538.1:g.1407C>T', 'snv'],
    ['LRG_199p1:p.0?', 'other'],
  ])('accepts %s', (input, kind) => {
    const result = parseHgvs(input);
    expect(result, result.error).toMatchObject({ valid: true, kind });
  });

  it('rejects a deletion written with its length and cannot normalise it', () => {
    expect(parseHgvs('g.123del6')).toMatchObject({
      valid: false,
      error: expect.stringMatching(/length/),
    });
  });

  it('reads a length that restates the range as the range alone, with its kind', () => {
    expect(parseHgvs('c.2235_2249del15')).toMatchObject({
      valid: false,
      normalized: 'c.2235_2249del',
      kind: 'deletion',
    });
    expect(parseHgvs('c.1510_1520del11')).toMatchObject({ kind: 'frameshift' });
    expect(parseHgvs('c.2313_2324dup12')).toMatchObject({ kind: 'duplication' });
  });

  it('marks mixed one- and three-letter codes', () => {
    expect(parseHgvs('p.Leu252Sfs')).toMatchObject({ valid: false, normalized: 'p.Leu252Serfs' });
  });

  it('says when something is not HGVS at all', () => {
    expect(parseHgvs('EGFR')).toMatchObject({ valid: false, error: 'not an HGVS description' });
    expect(parseHgvs('c.')).toMatchObject({ valid: false });
  });

  it('keeps the reference and the prefix', () => {
    expect(parseHgvs('NM_004333.6:c.1799T>A')).toMatchObject({
      reference: 'NM_004333.6',
      normalized: 'NM_004333.6:c.1799T>A',
    });
  });
});

describe('parseHgvs on hostile input', () => {
  // A deterministic generator, so a failure can be replayed.
  function* randomStrings(seed: number, count: number) {
    const alphabet = 'cgnmrp.:_+-*>=()[]0123456789ACGTUacgtuNdelinsdupinvfsTerXextMetValGlu ';
    let state = seed;
    for (let i = 0; i < count; i += 1) {
      let s = '';
      const length = (state % 40) + 1;
      for (let j = 0; j < length; j += 1) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        s += alphabet[state % alphabet.length];
      }
      yield s;
    }
  }

  it('never throws on random strings and always answers valid or not', () => {
    for (const s of randomStrings(7, 20_000)) {
      const result = parseHgvs(s);
      expect(typeof result.valid).toBe('boolean');
      if (!result.valid) expect(result.error).toBeTruthy();
    }
  });

  it('finishes on long adversarial strings (no catastrophic backtracking)', () => {
    // Each would hang for minutes if a pattern backtracked exponentially; the suite's
    // timeout turns that into a failure. Speed itself is measured in `npm run bench`.
    const hostile = [
      `p.${'Ala'.repeat(20_000)}`,
      `p.Ala1_Gly2ins${'AlaG'.repeat(10_000)}x`,
      `c.${'1_'.repeat(20_000)}del`,
      `c.1_2ins${'ACGT'.repeat(20_000)}!`,
      `NM_${'0'.repeat(50_000)}:c.1A>G!`,
      `p.(${'('.repeat(20_000)}`,
      `${'V600E'.repeat(10_000)}`,
    ];
    for (const s of hostile) expect(parseHgvs(s).valid).toBe(false);
  });
});
