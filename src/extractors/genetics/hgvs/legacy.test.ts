import { describe, expect, it } from 'vitest';
import { defaultVocabDir, loadLegacyNames } from '../../../vocab/load.js';
import { LegacyNames, parseVariantString } from './legacy.js';

const legacy = new LegacyNames(loadLegacyNames(defaultVocabDir()));

describe('legacy names', () => {
  it('maps the reviewed table, never parsing the legacy number as c.', () => {
    const result = parseVariantString('BRCA1 185delAG', legacy);
    expect(result).toMatchObject({
      valid: false,
      normalized: 'c.68_69del',
      level: 'c',
      kind: 'frameshift',
      gene: 'BRCA1',
    });
    expect(result.error).toMatch(/legacy name/);
    // Case and the alternative BIC name; without a gene the name is unique in the table.
    expect(parseVariantString('185delag', legacy).normalized).toBe('c.68_69del');
    expect(parseVariantString('187delAG', legacy).normalized).toBe('c.68_69del');
    expect(parseVariantString('BRCA1 5382insC', legacy).normalized).toBe('c.5266dup');
    expect(parseVariantString('BRCA2:6174delT', legacy).normalized).toBe('c.5946del');
  });

  it('says when a pairing is not yet verified', () => {
    expect(parseVariantString('6174delT', legacy).error).toMatch(/not yet verified/);
    expect(parseVariantString('185delAG', legacy).error).not.toMatch(/not yet verified/);
  });

  it('does not apply a legacy name to another gene', () => {
    // "BRCA2 185delAG" is not the BRCA1 founder variant; read as written (no "c." prefix).
    const result = parseVariantString('BRCA2 185delAG', legacy);
    expect(result.normalized).toBe('c.185del');
    expect(result.valid).toBe(false);
    expect(result.error).toMatch(/"c\." prefix/);
  });

  it('reads a gene before an ordinary variant and keeps the input as written', () => {
    expect(parseVariantString('BRAF V600E', legacy)).toMatchObject({
      input: 'BRAF V600E',
      normalized: 'p.Val600Glu',
      gene: 'BRAF',
    });
    expect(parseVariantString('  c.35G>A ', legacy)).toMatchObject({
      input: '  c.35G>A ',
      valid: true,
    });
    expect(parseVariantString('EGFR negative', legacy).valid).toBe(false);
    expect(parseVariantString('EGFR negative', legacy).gene).toBeUndefined();
  });
});
