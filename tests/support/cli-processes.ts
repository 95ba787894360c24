import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlQueryable } from '../../src/sinks/omop/sql-client.js';

/**
 * What the queue tests share: the built CLI as child processes (`npm test` builds first), note
 * files made from the samples, polling, and the row counts that prove exactly-once landing.
 */

const bin = join(import.meta.dirname, '..', '..', 'bin', 'emrx.js');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcess;
  exit: Promise<Exit>;
  /** What it has written to stderr so far (its pino log). */
  stderr(): string;
}

/** `emrx <args>` as a child process, spawned asynchronously so vitest's worker stays responsive. */
export function startEmrx(args: string[], env: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const exit = new Promise<Exit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exit, stderr: () => stderr };
}

/** `emrx <args>` run to its end. */
export const runEmrx = (args: string[], env: Record<string, string> = {}) =>
  startEmrx(args, env).exit;

/** `count` notes with distinctive ids (`<prefix>-<i>`), made from the sample notes. */
export function writeSampleNotes(dir: string, count: number, prefix: string): string {
  const samples = readFileSync('samples/notes/notes.jsonl', 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length]!;
    lines.push(
      JSON.stringify({ ...sample, note_id: `${prefix}-${i}`, person_id: `person-${i % 13}` }),
    );
  }
  const path = join(dir, 'notes.jsonl');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Polls `probe` until it gives a value; on timeout the error says what was awaited (and why). */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
  explain: () => string = () => '',
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${explain()}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The CDM rows a batch produced: equal counts and distinct notes prove exactly-once landing. */
export async function cdmCounts(db: SqlQueryable, schema: string) {
  const one = async (sql: string) => Number((await db.query<{ n: number }>(sql)).rows[0]?.n);
  return {
    note: await one(`SELECT count(*)::int AS n FROM ${schema}.note`),
    distinctNotes: await one(
      `SELECT count(DISTINCT note_source_value)::int AS n FROM ${schema}.note`,
    ),
    noteNlp: await one(`SELECT count(*)::int AS n FROM ${schema}.note_nlp`),
    observation: await one(`SELECT count(*)::int AS n FROM ${schema}.observation`),
    measurement: await one(`SELECT count(*)::int AS n FROM ${schema}.measurement`),
  };
}

/**
 * A fresh CDM schema (`emrx db init`) and a Redis key prefix of its own: the env every command of
 * one test gets, so tests sharing a server never see each other's jobs or rows.
 */
export async function freshCdm(pgUrl: string, redisUrl: string, letter: string) {
  const tag = randomBytes(4).toString('hex');
  const schema = `${letter}_${tag}`;
  const init = await runEmrx(['db', 'init', '--omop', pgUrl, '--schema', schema]);
  if (init.code !== 0) throw new Error(`emrx db init failed: ${init.stderr}`);
  const prefix = `{${letter}${tag}}`;
  return { schema, prefix, env: { REDIS_URL: redisUrl, EMRX_QUEUE_PREFIX: prefix } };
}

/** What the in-process `emrx extract --omop` writes for the same notes: the reference counts. */
export async function inProcessCounts(
  db: SqlQueryable,
  pgUrl: string,
  redisUrl: string,
  input: string,
) {
  const { schema } = await freshCdm(pgUrl, redisUrl, 'r');
  const dir = mkdtempSync(join(tmpdir(), 'emrx-reference-'));
  const args = [
    'extract',
    '--in',
    input,
    '--out',
    join(dir, 'a.jsonl'),
    '--omop',
    pgUrl,
    '--omop-schema',
    schema,
  ];
  const result = await runEmrx(args);
  if (result.code !== 0) throw new Error(`emrx extract --omop failed: ${result.stderr}`);
  return cdmCounts(db, schema);
}
