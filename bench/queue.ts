/**
 * End-to-end throughput through the queue: the same generated corpus (realistic notes) written
 * into PostgreSQL by (a) the in-process `emrx extract --omop`, (b) `emrx enqueue` + one
 * `emrx worker` process, (c) the same with two worker processes. Starts its own throwaway
 * redis-server and PostgreSQL. Reports notes/s to bench/results/queue.json; the target of the
 * queue issue is ≥ 0.7× the in-process rate.
 */
// V8 flags before any other module runs, as bin/emrx.js does (src/v8-flags.ts).
import '../src/v8-flags.js';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { runEnqueue } from '../src/commands/enqueue.js';
import { runExtract } from '../src/commands/extract.js';
import { loadPipeline } from '../src/load-pipeline.js';
import { queueConfig } from '../src/queue/config.js';
import { connectQueue } from '../src/queue/connect.js';
import { batchStatus } from '../src/queue/status.js';
import { startPostgresServer } from '../src/services/postgres-server.js';
import { startRedisServer } from '../src/services/redis-server.js';
import { openOmopTarget } from '../src/sinks/omop/open-omop.js';
import { initSchema } from '../src/sinks/omop/schema.js';
import { openSqlClient } from '../src/sinks/omop/sql-client.js';
import { loadNlpSystem } from '../src/system.js';
import { defaultVocabDir } from '../src/vocab/load.js';
import { generateRealisticCorpus } from './corpus.js';

const NOTES = Number(process.env.BENCH_QUEUE_NOTES ?? 20_000);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'emrx.js');
const log = pino({ level: 'silent' });
const vocabDir = defaultVocabDir();
const system = loadNlpSystem(vocabDir);

const dir = mkdtempSync(join(tmpdir(), 'emrx-bench-queue-'));
const input = join(dir, 'notes.jsonl');
writeFileSync(
  input,
  `${generateRealisticCorpus(NOTES)
    .map((note, i) =>
      JSON.stringify({
        note_id: `b-${i}`,
        person_id: String(1 + (i % 977)),
        note_date: '2024-06-01',
        note_text: note.text,
        language: note.language,
      }),
    )
    .join('\n')}\n`,
);

const redis = await startRedisServer();
const postgres = await startPostgresServer();
const results: Record<string, unknown>[] = [];

async function freshSchema(name: string) {
  const db = await openSqlClient(postgres.url);
  await initSchema(db, vocabDir, name, { constraints: false });
  await db.close();
}

try {
  // (a) in process, one core.
  await freshSchema('inproc');
  const sink = await openOmopTarget(postgres.url, 'inproc', vocabDir, {
    system,
    processedAt: new Date(),
  });
  const extract = await runExtract(loadPipeline(vocabDir), log, {
    input,
    output: join(dir, 'annotations.jsonl'),
    rejects: join(dir, 'rejects.jsonl'),
    maxNoteBytes: 1 << 20,
    sinks: [sink],
    batchSize: 200,
  });
  const inProcess = extract.notes / extract.seconds;
  results.push({
    run: 'in-process extract --omop',
    notes: extract.notes,
    notes_per_s: Math.round(inProcess),
  });

  // (b), (c) through Redis into PostgreSQL.
  for (const workers of [1, 2]) {
    const schema = `queue${workers}`;
    await freshSchema(schema);
    const queue = queueConfig(redis.url, `{bench${workers}}`);
    const started = performance.now();
    const enqueued = await runEnqueue(log, {
      input,
      batch: `bench-${workers}`,
      chunkSize: 200,
      maxNoteBytes: 1 << 20,
      rejects: join(dir, `rejects-${workers}.jsonl`),
      queue,
      system,
    });
    const children = Array.from({ length: workers }, () =>
      spawn(process.execPath, [bin, 'worker', '--omop', postgres.url, '--omop-schema', schema], {
        env: { ...process.env, REDIS_URL: redis.url, EMRX_QUEUE_PREFIX: `{bench${workers}}` },
        stdio: 'ignore',
      }),
    );
    const handles = await connectQueue(queue);
    let status = await batchStatus(handles.queue, handles.registry, enqueued.batchId);
    while (!status?.finished) {
      await new Promise((r) => setTimeout(r, 250));
      status = await batchStatus(handles.queue, handles.registry, enqueued.batchId);
    }
    const seconds = (performance.now() - started) / 1000;
    await handles.close();
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => c.once('close', r))));
    const endToEnd = enqueued.notes / seconds;
    results.push({
      run: `queue, ${workers} worker process${workers > 1 ? 'es' : ''}`,
      notes: enqueued.notes,
      // From enqueue start to the last chunk landed, worker start-up included.
      notes_per_s: Math.round(endToEnd),
      // Between the first and the last chunk landing: the rate once workers are up.
      steady_notes_per_s: status.notesPerSecond,
      vs_in_process: Number((endToEnd / inProcess).toFixed(2)),
      steady_vs_in_process:
        status.notesPerSecond === null
          ? null
          : Number((status.notesPerSecond / inProcess).toFixed(2)),
    });
  }
} finally {
  await redis.stop();
  await postgres.stop();
}

for (const r of results) process.stdout.write(`queue bench: ${JSON.stringify(r)}\n`);
const out = join(import.meta.dirname, '..', '..', 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'queue.json'),
  `${JSON.stringify({ benchmark: 'queue', date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, runs: results }, null, 2)}\n`,
);
process.stdout.write('→ bench/results/queue.json\n');
