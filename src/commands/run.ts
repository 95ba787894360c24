import { basename, resolve } from 'node:path';
import type { Logger } from 'pino';
import { chooseExtractors, withModels } from '../cli-extractors.js';
import { openTargets, type TargetOptions } from '../cli-options.js';
import { goldSummary } from '../eval/gold-summary.js';
import type { BatchRegistry, NoteFailure } from '../queue/batches.js';
import { DEFAULT_PREFIX, type QueueConfig, queueConfig } from '../queue/config.js';
import { chunkJobId, type QueuedNote, toQueuedNote } from '../queue/job-data.js';
import { type BatchStatus, batchStatus } from '../queue/status.js';
import { findRedisServer, type RedisServer, startRedisServer } from '../services/redis-server.js';
import { openAnnotationsSink } from '../sinks/annotations-sink.js';
import type { NoteBatchSink } from '../sinks/note-sink.js';
import { readNotes } from '../sources/read-notes.js';
import { RejectsWriter } from '../sources/rejects-writer.js';
import { describeSystem, loadNlpSystem } from '../system.js';
import { defaultVocabDir } from '../vocab/load.js';
import type { ExtractorMode } from '../vocab/schemas.js';
import { startChunkWorker } from '../workers/chunk-worker.js';
import { PipelinePool } from '../workers/pipeline-pool.js';
import { processChunk } from '../workers/process-chunk.js';
import { runEnqueue } from './enqueue.js';
import { bar } from './queue-status.js';

export interface RunOptions extends TargetOptions {
  readonly in: string;
  readonly batch?: string;
  readonly rejects?: string;
  readonly concurrency: number;
  readonly chunkSize: number;
  readonly maxNoteBytes: number;
  readonly prefix?: string;
  /** annotations.jsonl of the run; with `gold`, scored against it at the end. */
  readonly out?: string;
  readonly gold?: string;
  /** commander's `--no-redis`: false means run in process even when a Redis could be had. */
  readonly redis?: string | boolean;
  readonly extractors?: ExtractorMode;
  readonly models?: string;
}

/**
 * `emrx run`: the whole job on one machine. With REDIS_URL (or --redis) it uses that Redis; else
 * it starts a private redis-server (temp dir, random port, dies with emrx) when the binary
 * exists; else it says so and runs the same chunk handler in this process. Returns the summary.
 */
export async function runLocal(options: RunOptions, log: Logger): Promise<string> {
  const vocabDir = defaultVocabDir();
  const chosen = chooseExtractors(options, vocabDir);
  const system = withModels(loadNlpSystem(vocabDir), chosen);
  const context = { system, processedAt: new Date() };
  const input = resolve(options.in);
  const rejects = resolve(options.rejects ?? 'rejects.jsonl');
  const started = performance.now();
  let privateRedis: RedisServer | undefined;
  let queue: QueueConfig | undefined;
  // commander gives `--redis <url>` a string, `--no-redis` false, and neither true/undefined.
  const url = typeof options.redis === 'string' ? options.redis : process.env.REDIS_URL;
  if (options.redis === false) log.info('--no-redis: running in this process');
  else if (url)
    queue = queueConfig(url, options.prefix ?? process.env.EMRX_QUEUE_PREFIX ?? DEFAULT_PREFIX);
  else if (findRedisServer()) {
    privateRedis = await startRedisServer();
    queue = queueConfig(privateRedis.url);
    log.info({ port: privateRedis.port }, 'private redis-server started');
  } else {
    process.stderr.write(
      'emrx run: no REDIS_URL and no redis-server binary: running in this process\n',
    );
  }
  const sinks: NoteBatchSink[] = [];
  // Closed by the worker's drain on the queue path, here otherwise; `failed` when the run broke.
  let sinksClosed = false;
  const closeSinks = async (outcome: 'done' | 'failed') => {
    if (sinksClosed) return;
    sinksClosed = true;
    for (const sink of sinks) {
      // After a failure the run's own error is the one to report; a clean close must succeed.
      if (outcome === 'failed') await sink.close(outcome).catch(() => {});
      else await sink.close(outcome);
    }
  };
  const out = options.out ?? (options.gold ? resolve('annotations.jsonl') : undefined);
  const score = () => (options.gold && out ? goldSummary(resolve(options.gold), resolve(out)) : '');
  try {
    sinks.push(...(await openTargets(options, context, vocabDir, log)));
    if (out) sinks.push(await openAnnotationsSink(resolve(out)));
    const targets = sinks.map((s) => s.name).join(', ') || 'no target (annotations are not kept)';
    if (!queue) {
      const result = await runInProcess(options, input, rejects, system, sinks, vocabDir, log);
      await closeSinks('done');
      const seconds = (performance.now() - started) / 1000;
      return `${result.notes} notes in process: ${result.notes - result.failed} done, ${result.failed} failed, ${result.rejected} rejected in ${seconds.toFixed(1)}s → ${targets}\n${score()}`;
    }
    const enqueued = await runEnqueue(log, {
      input,
      ...(options.batch ? { batch: options.batch } : {}),
      chunkSize: options.chunkSize,
      maxNoteBytes: options.maxNoteBytes,
      rejects,
      queue,
      system,
    });
    const worker = await startChunkWorker({
      queue,
      concurrency: options.concurrency,
      vocabDir,
      models: chosen,
      sinks,
      log,
    });
    // From here the worker owns the sinks: its drain closes them.
    sinksClosed = true;
    let status: BatchStatus | null = null;
    let outcome: 'done' | 'failed' = 'failed';
    try {
      for (;;) {
        status = await batchStatus(worker.handles.queue, worker.handles.registry, enqueued.batchId);
        if (process.stderr.isTTY && status)
          process.stderr.write(
            `\r\x1b[2K${bar(status)} ${status.done + status.failed}/${status.notes}`,
          );
        if (!status || status.finished) break;
        const crashed = await Promise.race([
          worker.broken,
          new Promise<null>((r) => setTimeout(() => r(null), 300)),
        ]);
        if (crashed) throw crashed;
      }
      outcome = 'done';
    } finally {
      if (process.stderr.isTTY) process.stderr.write('\n');
      await worker.drain(outcome);
    }
    const seconds = (performance.now() - started) / 1000;
    const s = status!;
    return (
      `batch ${s.batch}: ${s.notes} notes, ${s.done} done, ${s.failed} failed, ${s.rejected} rejected ` +
      `in ${seconds.toFixed(1)}s (${Math.round(s.notes / seconds)} notes/s) → ${targets}\n` +
      (s.failed > 0 ? `see the failures: emrx failed ${s.batch} (with this Redis)\n` : '') +
      score()
    );
  } finally {
    await closeSinks('failed');
    await privateRedis?.stop();
  }
}

/** No Redis at all: the same chunk handler, chunk by chunk, in this process. */
async function runInProcess(
  options: RunOptions,
  input: string,
  rejectsPath: string,
  system: ReturnType<typeof loadNlpSystem>,
  sinks: Awaited<ReturnType<typeof openTargets>>,
  vocabDir: string,
  log: Logger,
) {
  const pool = await PipelinePool.start(
    options.concurrency,
    vocabDir,
    chooseExtractors(options, vocabDir),
  );
  const rejects = await RejectsWriter.open(rejectsPath);
  const failures: NoteFailure[] = [];
  const registry: Pick<BatchRegistry, 'chunkDone'> = {
    chunkDone: async (_batch, _job, _ids, failed) => {
      failures.push(...failed);
    },
  };
  const batchId = options.batch ?? basename(input).replace(/[^A-Za-z0-9_-]+/g, '_');
  let chunk: QueuedNote[] = [];
  let notes = 0;
  let index = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const id = chunkJobId(batchId, describeSystem(system), chunk);
    await processChunk(
      { id, data: { batchId, chunk: index++, notes: chunk } },
      { extract: (n) => pool.run(n), sinks, registry, log },
    );
    chunk = [];
  };
  try {
    for await (const event of readNotes(input, { maxNoteBytes: options.maxNoteBytes })) {
      if (event.kind === 'reject') {
        await rejects.write(event.rejection);
        continue;
      }
      chunk.push(toQueuedNote(event.note, event.location.source, event.location.line));
      notes += 1;
      if (chunk.length >= options.chunkSize) await flush();
    }
    await flush();
  } finally {
    await rejects.close();
    await pool.close();
  }
  return { notes, failed: failures.length, rejected: rejects.count };
}
