import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { QUEUE_NAME, type QueueConfig, redisOptions } from '../queue/config.js';
import { connectQueue, type QueueHandles, warnIfEvicting } from '../queue/connect.js';
import type { NoteBatchSink } from '../sinks/note-sink.js';
import { PipelinePool, type PoolModels } from './pipeline-pool.js';
import { processChunk } from './process-chunk.js';

export interface ChunkWorkerOptions {
  readonly queue: QueueConfig;
  /** Chunks processed at once = extraction threads. */
  readonly concurrency: number;
  readonly vocabDir: string;
  /** Which extractors the threads run (default: the rules only). */
  readonly models?: PoolModels;
  readonly sinks: readonly NoteBatchSink[];
  readonly log: Logger;
  /**
   * How long a job's lock lasts without renewal, and how often stalled jobs (a worker that died
   * holding them) are looked for. Defaults suit production; tests shorten them.
   */
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
}

export interface ChunkWorker {
  readonly handles: QueueHandles;
  /**
   * Stops taking jobs, waits for the ones in hand, closes threads, sinks (their runs marked
   * `outcome`) and connections.
   */
  drain(outcome?: 'done' | 'failed'): Promise<void>;
  /** Resolves when the thread pool breaks (the process should exit and let others take over). */
  readonly broken: Promise<Error>;
}

/**
 * A BullMQ worker over the chunk queue. Extraction runs in a pool of worker threads, so this
 * event loop only moves data and renews locks; writes go through the sinks, then the chunk is
 * marked done. Many such workers, in many processes on many hosts, can share one Redis.
 */
export async function startChunkWorker(options: ChunkWorkerOptions): Promise<ChunkWorker> {
  const { log } = options;
  const pool = await PipelinePool.start(options.concurrency, options.vocabDir, options.models);
  const handles = await connectQueue(options.queue, log);
  await warnIfEvicting(handles.redis, log);
  let onBroken: (error: Error) => void = () => {};
  const broken = new Promise<Error>((resolve) => {
    onBroken = resolve;
  });
  const worker = new Worker(
    QUEUE_NAME,
    async (job) => {
      try {
        return await processChunk(job, {
          extract: (notes) => pool.run(notes),
          sinks: options.sinks,
          registry: handles.registry,
          log,
        });
      } finally {
        if (pool.failure) onBroken(pool.failure);
      }
    },
    {
      connection: redisOptions(options.queue),
      prefix: options.queue.prefix,
      concurrency: options.concurrency,
      ...(options.lockDurationMs ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs ? { stalledInterval: options.stalledIntervalMs } : {}),
    },
  );
  worker.on('failed', (job, error) => {
    log.warn(
      {
        job: job?.id,
        attempts: job?.attemptsMade,
        error: error.name,
        reason: error.message.slice(0, 300),
      },
      'chunk failed',
    );
  });
  // BullMQ reports each failed reconnect: log the first of a run of them, not every retry.
  let lastWorkerError = '';
  worker.on('error', (error) => {
    if (error.message !== lastWorkerError) log.error({ error: error.message }, 'worker error');
    lastWorkerError = error.message;
  });
  worker.on('ready', () => {
    lastWorkerError = '';
  });
  await worker.waitUntilReady();
  log.info({ concurrency: options.concurrency, queue: QUEUE_NAME }, 'worker ready');
  let drained: Promise<void> | undefined;
  return {
    handles,
    broken,
    drain: (outcome = 'done') => {
      drained ??= (async () => {
        await worker.close();
        await pool.close();
        for (const sink of options.sinks) await sink.close(outcome);
        await handles.close();
      })();
      return drained;
    },
  };
}
