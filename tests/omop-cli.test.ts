import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openSqlClient } from '../src/sinks/omop/sql-client.js';

// The built CLI as a user runs it (`npm test` builds first), spawned asynchronously so vitest's
// worker stays responsive while a run takes seconds.
const bin = join(import.meta.dirname, '..', 'bin', 'emrx.js');

function emrx(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const work = () => mkdtempSync(join(tmpdir(), 'emrx-omop-cli-'));

describe('emrx db init, extract --omop and --fhir', () => {
  it('initialises an embedded database once, then lands the sample findings idempotently', async () => {
    const dir = work();
    const target = `embedded:${join(dir, 'omop')}`;
    const init = await emrx('db', 'init', '--omop', target);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/created OMOP CDM 5\.4/);
    expect((await emrx('db', 'init', '--omop', target)).stdout).toMatch(/already has a CDM/);

    const args = ['extract', '--in', 'samples/notes/notes.jsonl', '--out', join(dir, 'a.jsonl')];
    const first = await emrx(...args, '--omop', target);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/omop embedded:.* schema cdm: 5 notes, 5 note, \d+ noteNlp/);
    const again = await emrx(...args, '--omop', target, '--batch-size', '2');
    expect(again.code).toBe(0);

    const db = await openSqlClient(target);
    try {
      const count = async (table: string) =>
        Number(
          (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cdm.${table}`)).rows[0]?.n,
        );
      expect(await count('note')).toBe(5);
      expect(await count('observation')).toBeGreaterThan(0);
      const runs = await db.query<{ status: string; notes: number }>(
        'SELECT status, notes FROM cdm.emrx_run',
      );
      expect(runs.rows).toEqual([
        { status: 'done', notes: 5 },
        { status: 'done', notes: 5 },
      ]);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('refuses a server schema that was never initialised, and a schema name that is not plain', async () => {
    const dir = work();
    const args = ['extract', '--in', 'samples/notes/notes.jsonl', '--out', join(dir, 'a.jsonl')];
    const missing = await emrx(
      ...args,
      '--omop',
      inject('postgresUrl'),
      '--omop-schema',
      'never_made',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no note table; run `emrx db init` first/);
    // The password is never echoed back.
    const password = new URL(inject('postgresUrl')).password;
    if (password) expect(missing.stderr).not.toContain(password);
    const bad = await emrx(
      ...args,
      '--omop',
      'embedded:x',
      '--omop-schema',
      'cdm; drop table note',
    );
    expect(bad.code).toBe(2);
  }, 60_000);

  it('writes FHIR NDJSON beside the database, and refuses a target it cannot use', async () => {
    const dir = work();
    const args = ['extract', '--in', 'samples/notes/notes.jsonl', '--out', join(dir, 'a.jsonl')];
    const result = await emrx(...args, '--fhir', `ndjson:${join(dir, 'fhir')}`);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/fhir-ndjson: \d+ resources/);
    const observations = readFileSync(join(dir, 'fhir', 'Observation.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(observations.length).toBeGreaterThan(5);
    expect(observations.every((o) => o.resourceType === 'Observation')).toBe(true);
    expect((await emrx(...args, '--fhir', 'ftp://example.org/fhir')).code).toBe(2);
  }, 60_000);

  it('logs no note text and no person ids while writing to the database', async () => {
    const dir = work();
    const input = join(dir, 'notes.jsonl');
    writeFileSync(
      input,
      `${JSON.stringify({
        note_id: 'n1',
        person_id: 'ZEBRA-PERSON-77',
        note_text: 'Quokka lives here. Former smoker, quit 2010. EGFR L858R detected.',
        language: 'en',
      })}\n`,
    );
    const result = await emrx(
      'extract',
      '--in',
      input,
      '--out',
      join(dir, 'a.jsonl'),
      '--omop',
      `embedded:${join(dir, 'db')}`,
    );
    expect(result.code).toBe(0);
    const logs = result.stderr + result.stdout;
    expect(logs).not.toMatch(/Quokka|ZEBRA-PERSON-77|L858R/);
  }, 60_000);
});
