import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Logger } from 'pino';
import { QUEUE_NAME, type QueueConfig } from '../queue/config.js';
import { connectQueue, JOB_ATTEMPTS, JOB_BACKOFF } from '../queue/connect.js';
import {
  type ChunkJob,
  checkBatchId,
  chunkJobId,
  type QueuedNote,
  toQueuedNote,
} from '../queue/job-data.js';
import { readNotes } from '../sources/read-notes.js';
import { RejectsWriter } from '../sources/rejects-writer.js';
import { describeSystem, type NlpSystem } from '../system.js';

export interface EnqueueOptions {
  readonly input: string;
  readonly batch?: string;
  readonly chunkSize: number;
  readonly maxNoteBytes: number;
  readonly rejects: string;
  readonly queue: QueueConfig;
  readonly system: NlpSystem;
}

export interface EnqueueResult {
  readonly batchId: string;
  readonly notes: number;
  readonly chunks: number;
  /** Chunks that became new jobs (0 when the same notes were enqueued before). */
  readonly added: number;
  readonly rejected: number;
}

/** Chunks per `addBulk` call: one round trip for many jobs. */
const CHUNKS_PER_CALL = 20;

/**
 * The default batch id: the input's name and a digest of the pipeline and the file's identity
 * (path, size, modification time), so enqueueing the same file again names the same batch.
 */
export async function defaultBatchId(input: string, system: NlpSystem): Promise<string> {
  const info = await stat(input);
  const digest = createHash('sha256')
    .update(describeSystem(system))
    .update('\0')
    .update(resolve(input))
    .update('\0')
    .update(`${info.size}:${Math.round(info.mtimeMs)}`)
    .digest('hex')
    .slice(0, 10);
  const name = basename(input)
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .slice(0, 40);
  return `${name}-${digest}`;
}

/**
 * `emrx enqueue`: streams the input, validates every note, and adds one job per chunk of notes
 * with `addBulk`. Rejected notes go to the rejects file and to the batch's record in Redis.
 * Job ids are digests of the pipeline and the chunk's notes, and chunks already done are
 * skipped, so enqueueing the same notes again adds nothing.
 */
export async function runEnqueue(log: Logger, options: EnqueueOptions): Promise<EnqueueResult> {
  const batchId = checkBatchId(
    options.batch ?? (await defaultBatchId(options.input, options.system)),
  );
  const pipeline = describeSystem(options.system);
  const handles = await connectQueue(options.queue);
  const rejects = await RejectsWriter.open(options.rejects);
  const { queue, registry } = handles;
  let notes = 0;
  let chunks = 0;
  let added = 0;
  let chunk: QueuedNote[] = [];
  let pending: { name: string; data: ChunkJob; opts: object }[] = [];
  const addPending = async () => {
    if (pending.length === 0) return;
    await queue.addBulk(pending);
    pending = [];
  };
  const closeChunk = async () => {
    if (chunk.length === 0) return;
    const jobId = chunkJobId(batchId, pipeline, chunk);
    const data: ChunkJob = { batchId, chunk: chunks, notes: chunk };
    chunks += 1;
    chunk = [];
    const known =
      (await registry.isChunkDone(batchId, jobId)) ||
      (await queue.getJobState(jobId)) !== 'unknown';
    if (known) return;
    pending.push({
      name: 'chunk',
      data,
      opts: {
        jobId,
        attempts: JOB_ATTEMPTS,
        backoff: JOB_BACKOFF,
        // Done chunks are recorded in the batch registry; the job (with its note text) goes.
        removeOnComplete: true,
        removeOnFail: false,
      },
    });
    added += 1;
    if (pending.length >= CHUNKS_PER_CALL) await addPending();
  };
  try {
    await registry.open(batchId, basename(options.input), pipeline);
    for await (const event of readNotes(options.input, { maxNoteBytes: options.maxNoteBytes })) {
      if (event.kind === 'reject') {
        await rejects.write(event.rejection);
        await registry.rejected(batchId, event.rejection);
        continue;
      }
      chunk.push(toQueuedNote(event.note, event.location.source, event.location.line));
      notes += 1;
      if (chunk.length >= options.chunkSize) await closeChunk();
    }
    await closeChunk();
    await addPending();
    await registry.finishEnqueue(batchId, notes, chunks, rejects.count);
  } finally {
    await rejects.close();
    await handles.close();
  }
  log.info(
    { batch: batchId, queue: QUEUE_NAME, notes, chunks, added, rejected: rejects.count },
    'enqueued',
  );
  return { batchId, notes, chunks, added, rejected: rejects.count };
}
