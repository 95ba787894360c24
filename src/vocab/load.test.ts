import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { z } from 'zod';
import {
  defaultVocabDir,
  loadAbbreviations,
  loadAminoAcidNames,
  loadContextRules,
  loadHgncIds,
  loadSections,
  loadVocabFile,
} from './load.js';
import { aminoAcidNamesFileSchema, contextRuleFileSchema, sectionsFileSchema } from './schemas.js';

const vocab = defaultVocabDir();

function copyVocab(): string {
  const dir = mkdtempSync(join(tmpdir(), 'emrx-vocab-'));
  cpSync(vocab, dir, { recursive: true });
  return dir;
}

describe('shipped vocab', () => {
  it('loads and compiles every file', () => {
    const rules = loadContextRules(vocab);
    expect(rules.en.rules.length).toBeGreaterThan(10);
    expect(rules.ja.rules.length).toBeGreaterThan(10);
    expect(loadSections(vocab).definitions.get('family_history')?.assertion).toEqual({
      experiencer: 'other',
    });
    expect(loadAbbreviations(vocab).unlessCapitalised.has('tob')).toBe(true);
  });

  it('round-trips: parse → validate → serialise → validate gives the same data', () => {
    const roundTrip = <T>(file: string, schema: z.ZodType<T>) => {
      const first = loadVocabFile(join(vocab, file), schema);
      expect(schema.parse(parse(stringify(first)))).toEqual(first);
    };
    roundTrip('context/en.yaml', contextRuleFileSchema);
    roundTrip('context/ja.yaml', contextRuleFileSchema);
    roundTrip('sections.yaml', sectionsFileSchema);
    roundTrip('genetics/amino-acids.yaml', aminoAcidNamesFileSchema);
  });

  it('rejects an amino acid name mapped to something other than a three-letter code', () => {
    const dir = copyVocab();
    writeFileSync(join(dir, 'genetics', 'amino-acids.yaml'), 'version: 1\nnames:\n  グリシン: G\n');
    expect(() => loadAminoAcidNames(dir)).toThrow(/amino-acids\.yaml/);
  });

  it('gives every rule a unique id', () => {
    const { en, ja } = loadContextRules(vocab);
    const ids = [...en.rules, ...ja.rules].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('vocab validation', () => {
  it('rejects unknown keys with the file and path', () => {
    const dir = copyVocab();
    const path = join(dir, 'context', 'en.yaml');
    const file = parse(readFileSync(path, 'utf8'));
    file.rules[0].scope = 5;
    writeFileSync(path, stringify(file));
    expect(() => loadContextRules(dir)).toThrow(/en\.yaml: invalid: rules\.0: .*scope/);
  });

  it('rejects an assertion rule without a direction and a bad pattern, together', () => {
    const dir = copyVocab();
    const path = join(dir, 'context', 'ja.yaml');
    const file = parse(readFileSync(path, 'utf8'));
    file.rules.push({ literal: 'テスト', category: 'negated' });
    file.rules.push({ pattern: '(unclosed', category: 'pseudo' });
    writeFileSync(path, stringify(file));
    expect(() => loadContextRules(dir)).toThrow(
      /rules\.\d+: assertion rules need a `direction`; rules\.\d+: bad pattern/,
    );
  });

  it('rejects a section without Japanese headers', () => {
    const dir = copyVocab();
    const path = join(dir, 'sections.yaml');
    const file = parse(readFileSync(path, 'utf8'));
    delete file.sections[0].ja;
    writeFileSync(path, stringify(file));
    expect(() => loadSections(dir)).toThrow(/sections\.yaml: invalid: sections\.0\.ja/);
  });
});

describe('HGNC ids', () => {
  it('maps every approved symbol to its HGNC id', () => {
    const ids = loadHgncIds(defaultVocabDir());
    expect(ids.size).toBeGreaterThan(40_000);
    expect(ids.get('EGFR')).toBe('HGNC:3236');
    expect(ids.get('BRCA1')).toBe('HGNC:1100');
  });

  it('fails at start-up on a malformed id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-hgnc-'));
    const header =
      'symbol\tname\tlocus_group\tlocus_type\talias_symbols\tprev_symbols\thgnc_id\tstatus\n';
    mkdirSync(join(dir, 'genetics', 'hgnc'), { recursive: true });
    writeFileSync(
      join(dir, 'genetics', 'hgnc', 'hgnc.tsv.gz'),
      gzipSync(`${header}EGFR\tx\t\t\t\t\t3236\tApproved\n`),
    );
    expect(() => loadHgncIds(dir)).toThrow(/EGFR has a malformed hgnc_id/);
  });
});
