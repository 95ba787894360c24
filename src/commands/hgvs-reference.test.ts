import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LegacyNames } from '../extractors/genetics/hgvs/legacy.js';
import { runHgvs } from './hgvs.js';

// `emrx hgvs --reference`: made-up sequences, testing the wiring, not conformance.
const legacy = new LegacyNames({ names: [] });

describe('runHgvs with a reference FASTA', () => {
  it('judges the descriptions whose accession the FASTA holds, and only those', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-hgvs-ref-'));
    const fasta = join(dir, 'ref.fa');
    writeFileSync(fasta, '>NM_1.1 start=1 fragment\nGCAAAT\n');
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'NM_1.1:c.3del\nNM_1.1:c.5del\nNM_2.1:c.3del\nNM_1.1:c.3_4insA\n');
    const output = join(dir, 'out.jsonl');
    const result = await runHgvs(legacy, { input, output, reference: fasta });
    expect(result).toMatchObject({ strings: 4, valid: 2, normalized: 2 });
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({
      valid: false,
      normalized: 'NM_1.1:c.5del',
      error: expect.stringMatching(/3′ rule/),
      reference_check: 'inconsistent',
    });
    expect(lines[1]).toMatchObject({ valid: true, reference_check: 'consistent' });
    expect(lines[2]).toMatchObject({ valid: true, reference_check: 'unchecked' });
    expect(lines[3]).toMatchObject({ valid: false, normalized: 'NM_1.1:c.5dup' });
  });

  it('fails naming the file and line of a bad FASTA, before writing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emrx-hgvs-ref-'));
    const fasta = join(dir, 'bad.fa');
    writeFileSync(fasta, '>NM_1.1 begin=3\nACGT\n');
    const input = join(dir, 'in.txt');
    writeFileSync(input, 'c.1del\n');
    await expect(
      runHgvs(legacy, { input, output: join(dir, 'o.jsonl'), reference: fasta }),
    ).rejects.toThrow(/bad\.fa: FASTA line 1: .*begin/);
    await expect(
      runHgvs(legacy, { input, output: join(dir, 'o.jsonl'), reference: join(dir, 'none.fa') }),
    ).rejects.toThrow(/cannot read the reference FASTA .*none\.fa/);
  });
});
