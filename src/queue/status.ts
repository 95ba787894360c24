import type { Job, Queue } from 'bullmq';
import type { BatchRegistry, NoteFailure } from './batches.js';
import type { ChunkJob } from './job-data.js';

export interface BatchStatus {
  readonly batch: string;
  readonly input: string;
  readonly pipeline: string;
  readonly createdAt: string;
  /** The enqueue command finished (until then `notes` is still growing). */
  readonly enqueued: boolean;
  readonly notes: number;
  readonly queued: number;
  readonly active: number;
  /** Notes whose chunk landed, failed notes inside those chunks excluded. */
  readonly done: number;
  /** Notes in chunks that failed for good, plus notes that failed inside landed chunks. */
  readonly failed: number;
  readonly rejected: number;
  /** Notes per second since the first chunk landed; null before two chunks. */
  readonly notesPerSecond: number | null;
  readonly etaSeconds: number | null;
  readonly finished: boolean;
}

const inBatch = (batchId: string) => (job: Job | undefined) =>
  job?.id?.startsWith(`${batchId}.`) === true;
/** Notes in a chunk job (0 for a payload that is not a chunk). */
const notesOf = (job: Job) => {
  const notes = (job.data as Partial<ChunkJob> | undefined)?.notes;
  return Array.isArray(notes) ? notes.length : 0;
};

/** The failed chunk jobs of a batch (BullMQ keeps them; their reasons hold no note text). */
export async function failedJobs(queue: Queue, batchId: string): Promise<Job[]> {
  return (await queue.getFailed(0, -1)).filter(inBatch(batchId));
}

export async function batchStatus(
  queue: Queue,
  registry: BatchRegistry,
  batchId: string,
): Promise<BatchStatus | null> {
  const meta = await registry.meta(batchId);
  if (!meta) return null;
  const [done, noteFailures, failed, active] = await Promise.all([
    registry.doneCounts(batchId),
    registry.noteFailures(batchId),
    failedJobs(queue, batchId),
    queue.getActive(0, -1).then((jobs) => jobs.filter(inBatch(batchId))),
  ]);
  const failedChunkNotes = failed.reduce((n, job) => n + notesOf(job), 0);
  const activeNotes = active.reduce((n, job) => n + notesOf(job), 0);
  const landed = done.notes;
  const queued = Math.max(0, meta.notes - landed - failedChunkNotes - activeNotes);
  const elapsed =
    meta.firstDoneAt !== null && meta.lastDoneAt !== null
      ? (meta.lastDoneAt - meta.firstDoneAt) / 1000
      : 0;
  const rate = elapsed > 0 ? landed / elapsed : null;
  const remaining = queued + activeNotes;
  return {
    batch: batchId,
    input: meta.input,
    pipeline: meta.pipeline,
    createdAt: meta.createdAt,
    enqueued: meta.complete,
    notes: meta.notes,
    queued,
    active: activeNotes,
    done: landed - noteFailures.length,
    failed: failedChunkNotes + noteFailures.length,
    rejected: meta.rejected,
    notesPerSecond: rate === null ? null : Math.round(rate * 10) / 10,
    etaSeconds: rate && remaining > 0 ? Math.round(remaining / rate) : remaining === 0 ? 0 : null,
    finished: meta.complete && queued === 0 && activeNotes === 0,
  };
}

export interface FailureReport {
  readonly jobs: { id: string; notes: number; attempts: number; reason: string }[];
  readonly notes: NoteFailure[];
  readonly rejected: { source: string; line?: number; noteId?: string; reason: string }[];
}

/** `emrx failed`: failed chunks, notes that failed inside landed chunks, and enqueue rejects. */
export async function failureReport(
  queue: Queue,
  registry: BatchRegistry,
  batchId: string,
): Promise<FailureReport> {
  const jobs = await failedJobs(queue, batchId);
  return {
    jobs: jobs.map((job) => ({
      id: job.id ?? '',
      notes: notesOf(job),
      attempts: job.attemptsMade,
      reason: job.failedReason,
    })),
    notes: await registry.noteFailures(batchId),
    rejected: await registry.rejections(batchId),
  };
}
