import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Note } from '../core/types.js';
import type { PipelineResult } from '../pipeline.js';
import type { ExtractorMode } from '../vocab/schemas.js';

export interface ThreadRequest {
  readonly id: number;
  readonly notes: readonly Note[];
}

export type ThreadResult =
  | { readonly ok: true; readonly result: PipelineResult }
  | { readonly ok: false; readonly reason: string };

/**
 * Why extraction failed, without the note: the error's name and where in emrx it was thrown
 * (messages may quote the input, stack frames do not).
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'extraction failed: non-error thrown';
  const frame = error.stack
    ?.split('\n')
    .slice(1)
    .find((line) => line.includes('/src/'));
  const where = frame
    ? frame
        .trim()
        .replace(/^at\s+/, '')
        .replace(/^.*\/src\//, 'src/')
    : 'unknown';
  return `extraction failed: ${error.name} at ${where.replace(/\)$/, '')}`;
}

/** The compiled thread entry: beside this file when running from dist/, else in dist/. */
function threadFile(): string {
  const beside = fileURLToPath(new URL('./pipeline-thread.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(
    new URL('../../dist/src/workers/pipeline-thread.js', import.meta.url),
  );
  if (existsSync(built)) return built;
  throw new Error('pipeline-thread.js not found: run `npm run build`');
}

/** Which extractors the threads run, and where their models are (`transformer`, `ensemble`). */
export interface PoolModels {
  readonly extractors: ExtractorMode;
  readonly modelsDir?: string;
}

interface Slot {
  readonly thread: Worker;
  busy: boolean;
}

/**
 * A fixed pool of extraction threads, each with its own copy of the rules. `run` hands a chunk's
 * notes to a free thread (or waits for one) and resolves to one result per note, in order.
 */
export class PipelinePool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<
    number,
    { resolve: (r: ThreadResult[]) => void; reject: (e: Error) => void; slot: Slot }
  >();
  private nextId = 0;
  private closed = false;
  private broken: Error | undefined;

  private constructor() {}

  static async start(
    size: number,
    vocabDir: string,
    models: PoolModels = { extractors: 'rules' },
  ): Promise<PipelinePool> {
    const pool = new PipelinePool();
    const file = threadFile();
    await Promise.all(
      Array.from({ length: size }, async () => {
        const thread = new Worker(file, { workerData: { vocabDir, ...models } });
        const slot: Slot = { thread, busy: false };
        await new Promise<void>((resolve, reject) => {
          const onReady = (message: { ready?: boolean }) => {
            if (message.ready) {
              thread.off('error', reject);
              resolve();
            }
          };
          thread.once('message', onReady);
          thread.once('error', reject);
        });
        thread.on('message', (message: { id: number; results: ThreadResult[] }) => {
          const job = pool.pending.get(message.id);
          if (!job) return;
          pool.pending.delete(message.id);
          pool.release(slot);
          job.resolve(message.results);
        });
        thread.on('error', (error) => pool.failThread(slot, error));
        thread.on('exit', (code) => {
          if (!pool.closed) pool.failThread(slot, new Error(`extraction thread exited (${code})`));
        });
        pool.slots.push(slot);
      }),
    );
    return pool;
  }

  get size(): number {
    return this.slots.length;
  }

  async run(notes: readonly Note[]): Promise<ThreadResult[]> {
    if (this.closed) throw new Error('extraction pool is closed');
    if (this.broken) throw this.broken;
    const slot = await this.acquire();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, slot });
      slot.thread.postMessage({ id, notes } satisfies ThreadRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.thread.terminate()));
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((slot) => !slot.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise<Slot>((resolve, reject) => {
      this.waiting.push(() => {
        if (this.broken) reject(this.broken);
        else this.acquire().then(resolve, reject);
      });
    });
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.waiting.shift()?.();
  }

  /**
   * A crashed thread (out of memory, a native fault) breaks the pool: what was in flight fails
   * and so does every later run, so the worker process exits and the queue hands its jobs to a
   * healthy one instead of this one limping on with fewer threads.
   */
  private failThread(_slot: Slot, error: Error): void {
    this.broken ??= error;
    for (const [id, job] of this.pending) {
      this.pending.delete(id);
      job.reject(error);
    }
    for (const wake of this.waiting.splice(0)) wake();
  }

  /** Set once a thread has crashed. */
  get failure(): Error | undefined {
    return this.broken;
  }
}
