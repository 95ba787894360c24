import { describe, expect, it } from 'vitest';
import { parseHgvs } from './parse.js';
import {
  checkAgainstReference,
  fastaProvider,
  parseReferenceFasta,
  type ReferenceOptions,
  referenceSequence,
  withReferenceCheck,
} from './reference-check.js';

// Logic tests on small made-up sequences (not conformance claims: those use only quoted
// sequence, in tests/hgvs-conformance.test.ts).
const check = (description: string, ...refs: ReferenceOptions[]) =>
  checkAgainstReference(parseHgvs(description), () => refs.map(referenceSequence));

describe('checkAgainstReference: the 3′ rule', () => {
  const run = { accession: 'X', sequence: 'GCAAAT', start: '1', fragment: true }; // A-run c.3–c.5
  it('shifts a deletion or duplication in a run to its 3′ end', () => {
    expect(check('c.3del', run)).toMatchObject({ status: 'inconsistent', normalized: 'c.5del' });
    expect(check('c.4dup', run)).toMatchObject({ status: 'inconsistent', normalized: 'c.5dup' });
    expect(check('c.5del', run)).toEqual({ status: 'consistent' });
    expect(check('c.3del', run).reason).toMatch(/3′ rule/);
  });

  it('shifts a repeat unit, and keeps the accession and the predicted brackets', () => {
    const repeat = { accession: 'NM_1.1', sequence: 'TCACAG', start: '1', fragment: true };
    expect(check('NM_1.1:c.(2_3del)', repeat)).toMatchObject({
      normalized: 'NM_1.1:c.(4_5del)',
    });
  });

  it('crosses an exon/intron border but not an exon/exon junction', () => {
    const border = { accession: 'X', sequence: 'CAGgc', start: '1', intronAfter: ['3'] };
    expect(check('c.3del', { ...border, fragment: true })).toMatchObject({
      normalized: 'c.3+1del',
    });
    const junction = { accession: 'X', sequence: 'CAGGC', start: '1', junctionAfter: ['3'] };
    expect(check('c.3del', junction)).toEqual({ status: 'consistent' });
    // An RNA reference has no such exception.
    expect(check('r.3del', junction)).toMatchObject({ normalized: 'r.4del' });
  });

  it('cannot settle a shift that runs into the end of a fragment, but still sees it move', () => {
    const short = { accession: 'X', sequence: 'CAAA', start: '10', fragment: true };
    expect(check('c.11del', short)).toMatchObject({ status: 'inconsistent' });
    expect(check('c.11del', short).normalized).toBeUndefined();
    expect(check('c.13del', short)).toMatchObject({ status: 'undetermined' });
    // A complete reference ends where the sequence ends.
    expect(check('c.13del', { ...short, fragment: false })).toEqual({ status: 'consistent' });
  });
});

describe('checkAgainstReference: insertions', () => {
  const ref = { accession: 'X', sequence: 'GATCCA', start: '1', fragment: true };
  it('calls an inserted copy of the sequence just 5′ of it a duplication', () => {
    expect(check('c.3_4insT', ref)).toMatchObject({ normalized: 'c.3dup' });
    expect(check('c.4_5insTC', ref)).toMatchObject({ normalized: 'c.3_4dup' });
    // Inserted before its copy: shifted 3′ first, then a duplication.
    expect(check('c.2_3insT', ref)).toMatchObject({ normalized: 'c.3dup' });
    expect(check('c.2_3insT', ref).reason).toMatch(/duplication/);
  });

  it('keeps a true insertion, and cannot rule a duplication out off the fragment start', () => {
    expect(check('c.3_4insG', ref)).toEqual({ status: 'consistent' });
    expect(check('c.1_2insGGG', ref)).toMatchObject({ status: 'undetermined' });
  });
});

describe('checkAgainstReference: stated residues, delins, proteins', () => {
  it('checks the reference base of a substitution', () => {
    const ref = { accession: 'X', sequence: 'ACGT', start: '1', fragment: true };
    expect(check('c.2C>T', ref)).toEqual({ status: 'consistent' });
    expect(check('c.2G>T', ref)).toMatchObject({ status: 'inconsistent', reason: /has C/ });
  });

  it('trims a delins to what changed', () => {
    const ref = { accession: 'X', sequence: 'ACGTAC', start: '1', fragment: true };
    expect(check('c.2_4delinsCAT', ref)).toMatchObject({ normalized: 'c.3G>A' });
    expect(check('c.2_4delinsCGT', ref)).toMatchObject({ status: 'inconsistent' });
    expect(check('c.2_3delinsTT', ref)).toEqual({ status: 'consistent' });
  });

  it('shifts protein deletions C-terminally and checks the named residues', () => {
    const protein = { accession: 'NP_1.1', sequence: 'MKLLLRD', type: 'protein' as const };
    expect(check('NP_1.1:p.Leu3del', protein)).toMatchObject({ normalized: 'NP_1.1:p.Leu5del' });
    expect(check('NP_1.1:p.Leu5dup', protein)).toEqual({ status: 'consistent' });
    expect(check('NP_1.1:p.Lys3del', protein)).toMatchObject({ reason: /has Leu at p\.3/ });
    expect(check('NP_1.1:p.(Arg6_Asp7del)', protein)).toMatchObject({
      normalized: 'NP_1.1:p.(Arg6Ter)',
      reason: /nonsense/,
    });
    expect(check('NP_1.1:p.Leu3_Arg60del', protein)).toMatchObject({ reason: /past the end/ });
  });

  it('leaves alone what it does not judge', () => {
    const ref = { accession: 'X', sequence: 'ACGTAC', start: '1', fragment: true };
    expect(check('c.2_4inv', ref).status).toBe('unchecked');
    expect(check('c.50del', ref).status).toBe('undetermined');
    expect(checkAgainstReference(parseHgvs('c.2del'), () => []).status).toBe('unchecked');
  });
});

describe('withReferenceCheck', () => {
  it('marks a reference-inconsistent description not valid, with the corrected form', () => {
    const parsed = parseHgvs('c.3del');
    const result = withReferenceCheck(
      parsed,
      check('c.3del', { accession: 'X', sequence: 'GCAAAT', fragment: true }),
    );
    expect(result).toMatchObject({ valid: false, normalized: 'c.5del', error: /3′ rule/ });
    expect(withReferenceCheck(parsed, { status: 'undetermined' })).toBe(parsed);
  });
});

describe('parseReferenceFasta and fastaProvider', () => {
  it('reads numbered records and finds them by accession, bracketed transcript first', () => {
    const records = parseReferenceFasta(
      '>NM_9.1 start=-2 cds_end=3\nggATGTAa\n>NC_1.1(NM_9.1) start=1 intron_after=2 fragment\nACgt\n',
    );
    expect(records[0]!.labels).toEqual(['-2', '-1', '1', '2', '3', '*1', '*2', '*3']);
    expect(records[1]!.labels).toEqual(['1', '2', '2+1', '2+2']);
    const provide = fastaProvider(records);
    expect(provide('NC_1.1(NM_9.1)')[0]!.accession).toBe('NC_1.1(NM_9.1)');
    expect(provide('NC_2.1(NM_9.1)')[0]!.accession).toBe('NM_9.1');
    expect(provide(undefined)).toEqual([]);
  });

  it('names the line of what it cannot read', () => {
    expect(() => parseReferenceFasta('ACGT\n')).toThrow(/line 1: sequence before/);
    expect(() => parseReferenceFasta('>X strat=5\nACGT\n')).toThrow(/line 1: .*strat/);
    expect(() => parseReferenceFasta('>X start=five\nACGT\n')).toThrow(/line 1: start/);
    expect(() => parseReferenceFasta('>X\nAC GT 12\n')).toThrow(/line 2: not sequence/);
    expect(() => parseReferenceFasta('>X\n>Y\nA\n')).toThrow(/line 1: X has no sequence/);
    expect(() => parseReferenceFasta('>X\nA\n>X\nC\n')).toThrow(/appears twice/);
    expect(() => parseReferenceFasta('')).toThrow(/no records/);
  });
});
