import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateRealisticCorpus } from '../bench/corpus.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'emrx.js');
const noNetwork = join(root, 'tests', 'fixtures', 'no-network.mjs');
const work = () => mkdtempSync(join(tmpdir(), 'emrx-extract-'));
const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

/** The built CLI under a no-network guard and a fixed heap, as a TRE would run it. */
function emrx(args: string[], heapMb = 128) {
  const result = spawnSync(
    process.execPath,
    ['--import', noNetwork, `--max-old-space-size=${heapMb}`, bin, ...args],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('emrx extract', () => {
  it('writes one annotation per accepted note in input order, mentions and rejects', () => {
    const dir = work();
    const input = join(dir, 'notes.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({
          note_id: 'a',
          person_id: 'p1',
          note_date: '2024-05-01',
          note_text: 'Social History: former smoker, 1 ppd x 20 yrs, quit 2014.',
        }),
        '{"note_id": "broken"',
        JSON.stringify({
          note_id: 'b',
          person_id: 'p2',
          note_text: '喫煙歴なし。',
          language: 'ja',
        }),
        JSON.stringify({
          note_id: 'c',
          person_id: 'p3',
          note_text: 'Knee pain after a fall. Lung adenocarcinoma, tumour NGS: KRAS G12C detected.',
        }),
      ].join('\n'),
    );
    const out = join(dir, 'annotations.jsonl');
    const mentions = join(dir, 'mentions.jsonl');
    const result = emrx(['extract', '--in', input, '--out', out, '--mentions', mentions]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/NETWORK ATTEMPT/);
    expect(result.stdout).toMatch(/^3 notes, 1 rejected, \d+ notes\/s/);
    const annotations = readJsonl(out);
    expect(annotations).toEqual([
      {
        note_id: 'a',
        smoking: {
          status: 'former',
          pack_years: 20,
          cigarettes_per_day: 20,
          years_smoked: 20,
          quit_year: 2014,
          brinkman_index: 400,
        },
        genetics: [],
      },
      {
        note_id: 'b',
        smoking: {
          status: 'never',
          pack_years: null,
          cigarettes_per_day: null,
          years_smoked: null,
          quit_year: null,
          brinkman_index: null,
        },
        genetics: [],
      },
      {
        note_id: 'c',
        smoking: {
          status: 'unknown',
          pack_years: null,
          cigarettes_per_day: null,
          years_smoked: null,
          quit_year: null,
          brinkman_index: null,
        },
        genetics: [
          {
            gene: 'KRAS',
            hgvs_c: null,
            hgvs_p: 'p.Gly12Cys',
            kind: 'snv',
            exon: null,
            partner: null,
            status: 'present',
            significance: 'pathogenic',
            origin: 'somatic',
            subject: 'patient',
          },
        ],
      },
    ]);
    const mentionLines = readJsonl(mentions);
    expect(mentionLines.length).toBeGreaterThan(3);
    for (const m of mentionLines) {
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining([
          'note_id',
          'start',
          'end',
          'text',
          'type',
          'value',
          'assertion',
          'section',
          'rule',
          'decision',
        ]),
      );
    }
    expect(readJsonl(join(dir, 'rejects.jsonl'))).toMatchObject([
      { line: 2, reason: expect.stringMatching(/invalid JSON/) },
    ]);
  });

  // The cap holds the compiled rules (their regular expressions' native code, about 25 MB of
  // smoking rules alone) and a constant working set: a leak per note would not fit in it. It grows
  // only with the rules (64 MB, then 96 MB, then 112 MB, then 128 MB: README, Benchmarks).
  it('runs 10,000 generated notes with no network and a fixed 128 MB heap', () => {
    const dir = work();
    const input = join(dir, 'notes.jsonl');
    const notes = generateRealisticCorpus(10_000).map((note, i) =>
      JSON.stringify({
        note_id: `g-${i}`,
        person_id: `p-${i % 97}`,
        note_date: '2024-06-01',
        note_text: note.text,
        language: note.language,
      }),
    );
    writeFileSync(input, `${notes.join('\n')}\n`);
    const out = join(dir, 'annotations.jsonl');
    const result = emrx(
      ['extract', '--in', input, '--out', out, '--mentions', join(dir, 'm.jsonl')],
      128,
    );
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    expect(result.stderr).not.toMatch(/NETWORK ATTEMPT/);
    expect(result.stdout).toMatch(/^10000 notes, 0 rejected/);
    const annotations = readJsonl(out);
    expect(annotations).toHaveLength(10_000);
    expect(annotations[9_999].note_id).toBe('g-9999');
  });

  it('the no-network guard itself catches a connection attempt', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', noNetwork, '-e', "require('node:net').connect(6379, '127.0.0.1')"],
      { encoding: 'utf8' },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/NETWORK ATTEMPT: net.connect/);
  });
});
