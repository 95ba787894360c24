import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the built CLI exactly as a user does (`npm test` builds before vitest runs).
const bin = join(import.meta.dirname, '..', 'bin', 'emrx.js');

function emrx(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const work = () => mkdtempSync(join(tmpdir(), 'emrx-cli-'));

describe('emrx CLI', () => {
  it.each([
    [[]],
    [['context']],
    [['text']],
    [['extract']],
    [['hgvs']],
    [['db', 'init']],
    [['enqueue']],
    [['worker']],
    [['status']],
    [['failed']],
    [['retry']],
    [['run']],
    [['dashboard']],
    [['eval']],
    [['summarize']],
  ])('--help on %j exits 0', (command) => {
    const result = emrx(...command, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: emrx/);
  });

  it('reports the package version', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    expect(emrx('--version').stdout.trim()).toBe(pkg.version);
  });

  it('exits 2 on bad usage', () => {
    expect(emrx('context').code).toBe(2); // missing --in/--out
    expect(emrx('nonsense').code).toBe(2);
    expect(emrx('text', '--in', 'x', '--out', 'y', '--max-note-bytes', 'lots').code).toBe(2);
  });

  it('exits 1 with a clear message when the input is missing', () => {
    const dir = work();
    const result = emrx('text', '--in', join(dir, 'absent.jsonl'), '--out', join(dir, 'o.jsonl'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/absent\.jsonl/);
  });
});

describe('emrx context', () => {
  it('asserts spans, scores gold labels and rejects bad lines with their line numbers', () => {
    const dir = work();
    const input = join(dir, 'targets.jsonl');
    const gold = { negated: true, possible: false, historical: false, hypothetical: false };
    writeFileSync(
      input,
      [
        JSON.stringify({
          id: 'a',
          text: 'Patient denies tobacco use.',
          start: 15,
          end: 22,
          gold: { ...gold, experiencer: 'patient' },
        }),
        '{not json',
        JSON.stringify({
          id: 'b',
          text: '母：乳癌',
          start: 2,
          end: 4,
          gold: { ...gold, negated: false, experiencer: 'other' },
        }),
        JSON.stringify({ id: 'c', text: 'short', start: 3, end: 99 }),
      ].join('\n'),
    );
    const out = join(dir, 'assertions.jsonl');
    const result = emrx('context', '--in', input, '--out', out);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.negated, l.experiencer])).toEqual([
      ['a', true, 'patient'],
      ['b', false, 'other'],
    ]);
    expect(lines[0].triggers[0]).toMatchObject({ text: 'denies', category: 'negated' });
    expect(result.stdout).toMatch(/negated\s+1 1\.000 1\.000 1\.000/);
    const rejects = readFileSync(join(dir, 'rejects.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rejects.map((r) => r.line)).toEqual([2, 4]);
    expect(rejects[1].reason).toMatch(/inside text/);
  });
});

describe('emrx text', () => {
  it('writes the text layer, records rejects, and never logs note text or person ids', () => {
    const dir = work();
    const input = join(dir, 'notes.jsonl');
    const secret = 'Zebulon smokes secretly';
    writeFileSync(
      input,
      [
        JSON.stringify({
          note_id: 'n1',
          person_id: 'P-777',
          note_text: `Social History:\n${secret}.`,
        }),
        JSON.stringify({ note_id: 'n2', person_id: 'P-778' }),
        JSON.stringify({
          note_id: 'n3',
          person_id: 'P-779',
          note_text: '【生活歴】喫煙歴なし\u0000。',
        }),
      ].join('\r\n'),
    );
    const out = join(dir, 'text.jsonl');
    const result = emrx('text', '--in', input, '--out', out);
    expect(result.code).toBe(0);
    const notes = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(notes.map((n) => [n.note_id, n.language])).toEqual([
      ['n1', 'en'],
      ['n3', 'ja'],
    ]);
    expect(notes[0].sentences.map((s: { section: string }) => s.section)).toEqual([
      'social_history',
      'social_history',
    ]);
    const rejects = readFileSync(join(dir, 'rejects.jsonl'), 'utf8');
    expect(JSON.parse(rejects)).toMatchObject({
      line: 2,
      note_id: 'n2',
      reason: expect.stringMatching(/note_text/),
    });
    for (const leak of ['Zebulon', 'secretly', 'P-777', 'P-778', 'P-779', '喫煙']) {
      expect(result.stderr).not.toContain(leak);
      expect(rejects).not.toContain(leak);
    }
    expect(result.stderr).toMatch(/NUL removed/);
  });
});

describe('emrx hgvs', () => {
  it('writes one parse per non-blank line, in order, with normalised forms', () => {
    const dir = work();
    const input = join(dir, 'strings.txt');
    const output = join(dir, 'parsed.jsonl');
    writeFileSync(
      input,
      '\uFEFFNM_004333.6:c.1799T>A\r\nV600E\r\n\r\nBRCA1 185delAG\nc.1522_1524delTTT\nnot a variant\n',
    );
    const result = emrx('hgvs', '--in', input, '--out', output);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/5 strings: 1 valid, 3 normalised, 1 unreadable/);
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        input: 'NM_004333.6:c.1799T>A',
        valid: true,
        normalized: 'NM_004333.6:c.1799T>A',
        reference: 'NM_004333.6',
        level: 'c',
        kind: 'snv',
      },
      {
        input: 'V600E',
        valid: false,
        error: 'a protein description needs the "p." prefix',
        normalized: 'p.Val600Glu',
        level: 'p',
        kind: 'snv',
      },
      expect.objectContaining({ input: 'BRCA1 185delAG', normalized: 'c.68_69del', gene: 'BRCA1' }),
      expect.objectContaining({ input: 'c.1522_1524delTTT', normalized: 'c.1522_1524del' }),
      { input: 'not a variant', valid: false, error: 'not an HGVS description' },
    ]);
  });

  it('exits 1 naming a missing input', () => {
    const dir = work();
    const result = emrx('hgvs', '--in', join(dir, 'none.txt'), '--out', join(dir, 'o.jsonl'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/none\.txt/);
  });
});
