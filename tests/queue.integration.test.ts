import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { QUEUE_NAME, queueConfig, redisOptions } from '../src/queue/config.js';
import { openSqlClient, type SqlClient } from '../src/sinks/omop/sql-client.js';
import {
  cdmCounts,
  freshCdm,
  inProcessCounts,
  runEmrx,
  startEmrx,
  waitFor,
  writeSampleNotes,
} from './support/cli-processes.js';

/**
 * The BullMQ pipeline end to end, as a site runs it: `emrx enqueue`, `emrx worker` processes
 * (the built CLI), the harness's real Redis and PostgreSQL. Each test has its own Redis key
 * prefix and its own CDM schema, so tests never see each other's jobs or rows.
 */

const work = () => mkdtempSync(join(tmpdir(), 'emrx-queue-'));
const start = startEmrx;
const emrx = runEmrx;
const writeNotes = (dir: string, count: number) => writeSampleNotes(dir, count, 'q');

describe('the queue pipeline (real Redis and PostgreSQL)', () => {
  let db: SqlClient;
  const pg = () => inject('postgresUrl');
  const redis = () => inject('redisUrl');
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    db = await openSqlClient(inject('postgresUrl'));
  });
  afterAll(async () => {
    for (const child of workers) child.kill('SIGKILL');
    await db?.close();
  });

  const fresh = () => freshCdm(pg(), redis(), 't');

  const counts = (schema: string) => cdmCounts(db, schema);

  const reference = (input: string) => inProcessCounts(db, pg(), redis(), input);

  function worker(schema: string, env: Record<string, string>, extra: Record<string, string> = {}) {
    const running = start(['worker', '--omop', pg(), '--omop-schema', schema], {
      ...env,
      ...extra,
    });
    workers.push(running.child);
    return running;
  }

  async function status(batch: string, env: Record<string, string>) {
    const result = await emrx(['status', batch, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as {
      notes: number;
      done: number;
      failed: number;
      rejected: number;
      finished: boolean;
    };
  }

  it('enqueue → two workers → every note lands exactly once; re-enqueueing adds nothing', async () => {
    const dir = work();
    const input = writeNotes(dir, 120);
    const { schema, env } = await fresh();
    const enqueued = await emrx(
      ['enqueue', '--rejects', join(dir, 'rejects.jsonl'), '--in', input, '--chunk-size', '10'],
      env,
    );
    expect(enqueued.code, enqueued.stderr).toBe(0);
    const batch = /batch (\S+):/.exec(enqueued.stdout)![1]!;
    expect(enqueued.stdout).toContain('120 notes in 12 chunks (12 new jobs), 0 rejected');
    const a = worker(schema, env);
    const b = worker(schema, env);
    const done = await waitFor(
      async () => {
        const s = await status(batch, env);
        return s.finished ? s : undefined;
      },
      90_000,
      'the batch',
    );
    expect(done).toMatchObject({ notes: 120, done: 120, failed: 0 });
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    const [exitA, exitB] = await Promise.all([a.exit, b.exit]);
    expect(exitA.code, exitA.stderr).toBe(0);
    expect(exitB.code, exitB.stderr).toBe(0);
    // Both workers took chunks, and no note was written twice.
    const chunkLogs = (out: string) =>
      out.split('\n').filter((l) => l.includes('"chunk done"')).length;
    expect(chunkLogs(exitA.stderr) + chunkLogs(exitB.stderr)).toBeGreaterThanOrEqual(12);
    const landed = await counts(schema);
    expect(landed.note).toBe(120);
    expect(landed.distinctNotes).toBe(120);
    expect(landed).toEqual(await reference(input));
    // Logs hold ids and counts, never note text or person ids.
    expect(exitA.stderr + exitB.stderr).not.toMatch(/person-\d|Former smoker|adenocarcinoma/);

    const again = await emrx(
      ['enqueue', '--rejects', join(dir, 'rejects.jsonl'), '--in', input, '--chunk-size', '10'],
      env,
    );
    expect(again.stdout).toContain(`batch ${batch}: 120 notes in 12 chunks (0 new jobs)`);
  }, 180_000);

  it.each([1, 2, 3])(
    'a worker killed with SIGKILL mid-batch loses and duplicates nothing (run %i)',
    async () => {
      const dir = work();
      const input = writeNotes(dir, 600);
      const { schema, env } = await fresh();
      const enqueued = await emrx(
        ['enqueue', '--rejects', join(dir, 'rejects.jsonl'), '--in', input, '--chunk-size', '3'],
        env,
      );
      const batch = /batch (\S+):/.exec(enqueued.stdout)![1]!;
      // Short locks so the next worker picks the dead one's chunk up within seconds.
      const fast = { EMRX_LOCK_MS: '2000', EMRX_STALLED_MS: '1000' };
      const doomed = worker(schema, env, fast);
      let doomedLog = '';
      doomed.child.stderr?.on('data', (d) => {
        doomedLog += d;
      });
      let last: unknown;
      await waitFor(
        async () => {
          const s = await status(batch, env);
          last = s;
          return s.done >= 12 ? s : undefined;
        },
        120_000,
        'the first chunks',
        () => `; status ${JSON.stringify(last)}; worker: ${doomedLog.slice(-2000)}`,
      );
      doomed.child.kill('SIGKILL');
      await doomed.exit;
      const before = await status(batch, env);
      expect(before.finished).toBe(false);
      const rescuer = worker(schema, env, fast);
      const done = await waitFor(
        async () => {
          const s = await status(batch, env);
          return s.finished ? s : undefined;
        },
        90_000,
        'the batch after the kill',
      );
      expect(done).toMatchObject({ notes: 600, done: 600, failed: 0 });
      rescuer.child.kill('SIGTERM');
      await rescuer.exit;
      const landed = await counts(schema);
      expect(landed.note).toBe(600);
      expect(landed.distinctNotes).toBe(600);
      expect(landed).toEqual(await reference(input));
    },
    240_000,
  );

  it('poison input ends in the rejected and failed lists with reasons and does not stop the batch', async () => {
    const dir = work();
    const good = readFileSync(writeNotes(dir, 6), 'utf8').trim().split('\n');
    const input = join(dir, 'poison.jsonl');
    writeFileSync(
      input,
      Buffer.concat([
        Buffer.from(`${good.slice(0, 3).join('\n')}\n{"note_id": "broken",\n`),
        Buffer.from(
          `${JSON.stringify({ note_id: 'huge', person_id: 'p', note_text: 'x'.repeat(5000) })}\n`,
        ),
        Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
        Buffer.from(`${good.slice(3).join('\n')}\n`),
      ]),
    );
    const { schema, env, prefix } = await fresh();
    const enqueued = await emrx(
      [
        'enqueue',
        '--rejects',
        join(dir, 'rejects.jsonl'),
        '--in',
        input,
        '--chunk-size',
        '2',
        '--max-note-bytes',
        '2000',
      ],
      env,
    );
    expect(enqueued.code, enqueued.stderr).toBe(0);
    const batch = /batch (\S+):/.exec(enqueued.stdout)![1]!;
    expect(enqueued.stdout).toContain('6 notes in 3 chunks (3 new jobs), 3 rejected');
    // A job whose payload is not a chunk (written by something else) fails for good.
    const queue = new Queue(QUEUE_NAME, { connection: redisOptions(queueConfig(redis())), prefix });
    await queue.add(
      'chunk',
      { batchId: batch, notes: 'not a list' },
      { jobId: `${batch}.poison`, attempts: 5 },
    );
    await queue.close();
    const w = worker(schema, env);
    const done = await waitFor(
      async () => {
        const s = await status(batch, env);
        return s.done === 6 ? s : undefined;
      },
      60_000,
      'the good notes',
    );
    expect(done.rejected).toBe(3);
    const failed = await waitFor(
      async () => {
        const r = await emrx(['failed', batch, '--json'], env);
        const report = JSON.parse(r.stdout) as {
          jobs: { id: string; attempts: number; reason: string }[];
          rejected: { reason: string; line: number }[];
        };
        return report.jobs.length === 1 ? report : undefined;
      },
      30_000,
      'the poison job to fail',
    );
    expect(failed.jobs[0]).toMatchObject({ id: `${batch}.poison`, attempts: 1 });
    expect(failed.jobs[0]!.reason).toMatch(/malformed job/);
    expect(failed.rejected.map((r) => r.line).sort()).toEqual([4, 5, 6]);
    for (const r of failed.rejected) expect(r.reason.length).toBeGreaterThan(5);
    w.child.kill('SIGTERM');
    await w.exit;
    expect((await counts(schema)).note).toBe(6);
  }, 120_000);

  it('enqueue --from-omop reads the CDM note table; the rows land and the NOTE rows stay as they were', async () => {
    const dir = work();
    const input = writeNotes(dir, 40);
    const { schema, env } = await fresh();
    // A site's CDM with notes in it (loaded here by the in-process run), and emrx's rows removed.
    const loaded = await emrx([
      'extract',
      '--in',
      input,
      '--out',
      join(dir, 'a.jsonl'),
      '--omop',
      pg(),
      '--omop-schema',
      schema,
    ]);
    expect(loaded.code, loaded.stderr).toBe(0);
    const expected = await counts(schema);
    const notesBefore = (
      await db.query(`SELECT note_id, person_id, note_text FROM ${schema}.note ORDER BY note_id`)
    ).rows;
    for (const table of ['note_nlp', 'observation', 'measurement', 'emrx_row'])
      await db.query(`DELETE FROM ${schema}.${table}`);
    const rejects = join(dir, 'rejects.jsonl');
    const filtered = await emrx(
      [
        'enqueue',
        '--from-omop',
        pg(),
        '--omop-schema',
        schema,
        '--where',
        'note_id % 2 = 0',
        '--rejects',
        rejects,
      ],
      env,
    );
    expect(filtered.code, filtered.stderr).toBe(0);
    expect(filtered.stdout).toMatch(/^batch omop-\S+: 20 notes in 1 chunks/);
    const all = await emrx(
      [
        'enqueue',
        '--from-omop',
        pg(),
        '--omop-schema',
        schema,
        '--chunk-size',
        '7',
        '--rejects',
        rejects,
      ],
      env,
    );
    const batch = /batch (\S+):/.exec(all.stdout)![1]!;
    expect(all.stdout).toContain('40 notes in 6 chunks');
    const w = worker(schema, env);
    await waitFor(
      async () => {
        const s = await status(batch, env);
        return s.finished ? s : undefined;
      },
      90_000,
      'the CDM batch',
    );
    w.child.kill('SIGTERM');
    await w.exit;
    expect(await counts(schema)).toEqual(expected);
    expect(
      (await db.query(`SELECT note_id, person_id, note_text FROM ${schema}.note ORDER BY note_id`))
        .rows,
    ).toEqual(notesBefore);
  }, 180_000);

  it('emrx run: a private Redis when REDIS_URL is unset, or in process with --no-redis; same answers', async () => {
    const dir = work();
    const args = [
      'run',
      '--in',
      'samples/smoking/en/notes-dev.jsonl',
      '--gold',
      'samples/smoking/en/gold-dev.jsonl',
      '--rejects',
      join(dir, 'rejects.jsonl'),
      '--concurrency',
      '2',
    ];
    const queued = await emrx([...args, '--out', join(dir, 'queued.jsonl')], { REDIS_URL: '' });
    expect(queued.code, queued.stderr).toBe(0);
    expect(queued.stdout).toMatch(/^batch \S+: 101 notes, 101 done, 0 failed, 0 rejected/);
    expect(queued.stdout).toMatch(/smoking \(101 gold notes\).*macro-F1 1\.000/);
    const local = await emrx([...args, '--out', join(dir, 'local.jsonl'), '--no-redis'], {
      REDIS_URL: '',
    });
    expect(local.code, local.stderr).toBe(0);
    expect(local.stdout).toMatch(/^101 notes in process: 101 done, 0 failed, 0 rejected/);
    const sorted = (path: string) => readFileSync(path, 'utf8').trim().split('\n').sort();
    expect(sorted(join(dir, 'local.jsonl'))).toEqual(sorted(join(dir, 'queued.jsonl')));
  }, 120_000);

  it('refuses to start without a Redis and says how to get one', async () => {
    const result = await emrx(['status'], { REDIS_URL: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/REDIS_URL/);
  });
});
