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
import { openSqlClient } from '../sinks/omop/sql-client.js';
import { readOmopNotes } from '../sources/omop-notes.js';
import { readNotes } from '../sources/read-notes.js';
import { RejectsWriter } from '../sources/rejects-writer.js';
import { describeSystem, type NlpSystem } from '../system.js';

export interface EnqueueOptions {
  /** A notes file or folder; or, instead, the CDM's own `note` table (`fromOmop`). */
  readonly input?: string;
  readonly fromOmop?: { readonly target: string; readonly schema: string; readonly where?: string };
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
/** The default batch id of a CDM read: schema and a digest of the pipeline, database and filter. */
function omopBatchId(from: NonNullable<EnqueueOptions['fromOmop']>, system: NlpSystem): string {
  const digest = createHash('sha256')
    .update(describeSystem(system))
    .update('\0')
    .update(from.target.replace(/\/\/[^@/]*@/, '//'))
    .update('\0')
    .update(from.schema)
    .update('\0')
    .update(from.where ?? '')
    .digest('hex')
    .slice(0, 10);
  return `omop-${from.schema}-${digest}`;
}

export async function runEnqueue(log: Logger, options: EnqueueOptions): Promise<EnqueueResult> {
  const { input, fromOmop } = options;
  if ((input === undefined) === (fromOmop === undefined))
    throw new Error('enqueue needs either an input or fromOmop');
  const batchId = checkBatchId(
    options.batch ??
      (fromOmop
        ? omopBatchId(fromOmop, options.system)
        : await defaultBatchId(input!, options.system)),
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
  const cdm = fromOmop ? await openSqlClient(fromOmop.target) : undefined;
  try {
    await registry.open(batchId, fromOmop ? `omop:${fromOmop.schema}` : basename(input!), pipeline);
    const events = cdm
      ? readOmopNotes(cdm, {
          schema: fromOmop!.schema,
          ...(fromOmop!.where ? { where: fromOmop!.where } : {}),
          maxNoteBytes: options.maxNoteBytes,
        })
      : readNotes(input!, { maxNoteBytes: options.maxNoteBytes });
    for await (const event of events) {
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
    await cdm?.close();
  }
  log.info(
    { batch: batchId, queue: QUEUE_NAME, notes, chunks, added, rejected: rejects.count },
    'enqueued',
  );
  return { batchId, notes, chunks, added, rejected: rejects.count };
}
