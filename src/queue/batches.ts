import type { Redis } from 'ioredis';

/**
 * What emrx keeps about a batch beside BullMQ's jobs, in the same key prefix (so the same
 * Cluster slot). Every write is idempotent (HSET by chunk or note id), so a job delivered twice
 * counts once. No note text or person id is ever stored here; note ids and file lines are.
 */
export interface BatchMeta {
  readonly id: string;
  readonly createdAt: string;
  readonly input: string;
  readonly pipeline: string;
  /** Accepted notes enqueued so far, and their chunks. */
  readonly notes: number;
  readonly chunks: number;
  readonly rejected: number;
  /** True once the enqueue command finished streaming the input. */
  readonly complete: boolean;
  readonly firstDoneAt: number | null;
  readonly lastDoneAt: number | null;
}

export interface NoteFailure {
  readonly noteId: string;
  readonly source: string;
  readonly line?: number;
  readonly reason: string;
}

export class BatchRegistry {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(batchId: string, part?: string): string {
    return `${this.prefix}:emrx:batch:${batchId}${part ? `:${part}` : ''}`;
  }

  private get index(): string {
    return `${this.prefix}:emrx:batches`;
  }

  /** Creates the batch (or reopens it: an enqueue run again on the same input). */
  async open(batchId: string, input: string, pipeline: string): Promise<void> {
    const now = new Date().toISOString();
    await this.redis
      .multi()
      .hsetnx(this.key(batchId), 'createdAt', now)
      .hset(this.key(batchId), 'input', input, 'pipeline', pipeline, 'complete', '0')
      .zadd(this.index, 'NX', Date.now(), batchId)
      .exec();
  }

  /**
   * Records what an enqueue run added. Counts are set, not incremented: a re-run of the same
   * enqueue reports the same totals instead of doubling them.
   */
  async finishEnqueue(batchId: string, notes: number, chunks: number, rejected: number) {
    await this.redis.hset(
      this.key(batchId),
      'notes',
      String(notes),
      'chunks',
      String(chunks),
      'rejected',
      String(rejected),
      'complete',
      '1',
    );
  }

  /** Whether a chunk already landed (a re-enqueue skips it; its job may be gone from BullMQ). */
  async isChunkDone(batchId: string, jobId: string): Promise<boolean> {
    return (await this.redis.hexists(this.key(batchId, 'done'), jobId)) === 1;
  }

  /**
   * A chunk's rows are written: count its notes and record the ones that failed inside it (a
   * note that failed on an earlier attempt and succeeded now is cleared).
   */
  async chunkDone(
    batchId: string,
    jobId: string,
    noteIds: readonly string[],
    failures: readonly NoteFailure[],
  ): Promise<void> {
    const notes = noteIds.length;
    const failed = new Set(failures.map((f) => f.noteId));
    const succeeded = noteIds.filter((id) => !failed.has(id));
    const now = String(Date.now());
    const multi = this.redis
      .multi()
      .hset(this.key(batchId, 'done'), jobId, String(notes))
      .hsetnx(this.key(batchId), 'firstDoneAt', now)
      .hset(this.key(batchId), 'lastDoneAt', now);
    if (succeeded.length > 0) multi.hdel(this.key(batchId, 'failed-notes'), ...succeeded);
    for (const failure of failures)
      multi.hset(this.key(batchId, 'failed-notes'), failure.noteId, JSON.stringify(failure));
    await multi.exec();
  }

  async meta(batchId: string): Promise<BatchMeta | null> {
    const raw = await this.redis.hgetall(this.key(batchId));
    if (!raw.createdAt) return null;
    const n = (v: string | undefined) => (v === undefined ? 0 : Number(v));
    return {
      id: batchId,
      createdAt: raw.createdAt,
      input: raw.input ?? '',
      pipeline: raw.pipeline ?? '',
      notes: n(raw.notes),
      chunks: n(raw.chunks),
      rejected: n(raw.rejected),
      complete: raw.complete === '1',
      firstDoneAt: raw.firstDoneAt ? Number(raw.firstDoneAt) : null,
      lastDoneAt: raw.lastDoneAt ? Number(raw.lastDoneAt) : null,
    };
  }

  /** Notes in chunks that landed (failed notes inside them included), and chunk count. */
  async doneCounts(batchId: string): Promise<{ notes: number; chunks: number }> {
    const values = await this.redis.hvals(this.key(batchId, 'done'));
    return { notes: values.reduce((sum, v) => sum + Number(v), 0), chunks: values.length };
  }

  async noteFailures(batchId: string): Promise<NoteFailure[]> {
    const values = await this.redis.hvals(this.key(batchId, 'failed-notes'));
    return values.map((v) => JSON.parse(v) as NoteFailure);
  }

  /** A note refused at enqueue (it never became a job): where, and why. */
  async rejected(
    batchId: string,
    rejection: { source: string; line?: number; noteId?: string; reason: string },
  ) {
    const where = `${rejection.source}:${rejection.line ?? ''}:${rejection.noteId ?? ''}`;
    await this.redis.hset(this.key(batchId, 'rejected'), where, JSON.stringify(rejection));
  }

  async rejections(
    batchId: string,
  ): Promise<{ source: string; line?: number; noteId?: string; reason: string }[]> {
    return (await this.redis.hvals(this.key(batchId, 'rejected'))).map((v) => JSON.parse(v));
  }

  /** Batch ids, newest first. */
  async list(limit = 20): Promise<string[]> {
    return this.redis.zrevrange(this.index, 0, limit - 1);
  }
}
