import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import type { ProcessedNote } from '../mappers/input.js';
import type { BatchRegistry, NoteFailure } from '../queue/batches.js';
import { chunkJobSchema, toNote } from '../queue/job-data.js';
import type { NoteBatchSink } from '../sinks/note-sink.js';
import { OMOP_NOTE_SOURCE } from '../sources/omop-notes.js';
import type { ThreadResult } from './pipeline-pool.js';

export interface ChunkDeps {
  /** Runs the pipeline on each note (the thread pool, or in process). */
  readonly extract: (notes: ReturnType<typeof toNote>[]) => Promise<ThreadResult[]>;
  readonly sinks: readonly NoteBatchSink[];
  readonly registry: Pick<BatchRegistry, 'chunkDone'>;
  readonly log: Logger;
}

/**
 * One job's write and flush as one step per sink. With concurrency > 1 a sink that buffers (the
 * FHIR server sink) would otherwise send another job's notes in this job's flush, and a failed
 * flush would drop notes whose own job then finishes as if they had landed.
 */
const sinkLocks = new WeakMap<NoteBatchSink, Promise<unknown>>();
async function writeAndFlush(sink: NoteBatchSink, notes: readonly ProcessedNote[]): Promise<void> {
  const previous = sinkLocks.get(sink) ?? Promise.resolve();
  const mine = previous
    .catch(() => {})
    .then(async () => {
      await sink.write(notes);
      await sink.flush();
    });
  sinkLocks.set(sink, mine);
  await mine;
}

export interface ChunkOutcome {
  readonly notes: number;
  readonly failed: number;
}

/**
 * One job: extract every note of the chunk, land the rows in every sink, then mark the chunk
 * done. A note the extractor cannot handle is recorded as failed (id, file, line, reason) and
 * the others go on. A payload that is not a chunk fails for good (UnrecoverableError). A sink
 * error (database or FHIR server down) is thrown as is, so the queue retries the whole job with
 * backoff; the sinks' writes are idempotent, so a chunk written twice still lands once.
 */
export async function processChunk(
  job: { readonly id?: string | undefined; readonly data: unknown },
  deps: ChunkDeps,
): Promise<ChunkOutcome> {
  const parsed = chunkJobSchema.safeParse(job.data);
  if (!parsed.success || !job.id) {
    const problem = parsed.success ? 'no job id' : parsed.error.issues[0]?.message;
    throw new UnrecoverableError(`malformed job: ${problem ?? 'invalid payload'}`);
  }
  const { batchId, notes } = parsed.data;
  const started = performance.now();
  const results = await deps.extract(notes.map(toNote));
  const processed: ProcessedNote[] = [];
  const failures: NoteFailure[] = [];
  results.forEach((result, i) => {
    const queued = notes[i]!;
    if (result.ok)
      processed.push({
        note: toNote(queued),
        result: result.result,
        origin: queued.source === OMOP_NOTE_SOURCE ? 'omop' : 'files',
      });
    else
      failures.push({
        noteId: queued.noteId,
        source: queued.source,
        ...(queued.line !== undefined ? { line: queued.line } : {}),
        reason: result.reason,
      });
  });
  for (const sink of deps.sinks) await writeAndFlush(sink, processed);
  await deps.registry.chunkDone(
    batchId,
    job.id,
    notes.map((n) => n.noteId),
    failures,
  );
  deps.log.info(
    {
      job: job.id,
      batch: batchId,
      notes: notes.length,
      failed: failures.length,
      ms: Math.round(performance.now() - started),
    },
    'chunk done',
  );
  return { notes: notes.length, failed: failures.length };
}
