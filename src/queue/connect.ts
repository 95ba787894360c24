import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { BatchRegistry } from './batches.js';
import { QUEUE_NAME, type QueueConfig, redisOptions } from './config.js';

/** Retries and backoff of every chunk job: a database or FHIR server outage outlasts a minute. */
export const JOB_ATTEMPTS = 10;
export const JOB_BACKOFF = { type: 'exponential', delay: 2_000 } as const;

export interface QueueHandles {
  readonly queue: Queue;
  readonly redis: Redis;
  readonly registry: BatchRegistry;
  close(): Promise<void>;
}

/**
 * The queue, a plain client for emrx's own keys, and the batch registry on it. While Redis is
 * away both clients keep reconnecting; their errors are logged once per outage (as JSON, like
 * every other line) instead of ioredis printing raw stack traces for each retry.
 */
export async function connectQueue(config: QueueConfig, log?: Logger): Promise<QueueHandles> {
  const connection = redisOptions(config);
  const redis = new Redis({ ...connection, lazyConnect: true });
  let reported = false;
  const onError = (error: Error) => {
    if (reported) return;
    reported = true;
    log?.warn({ error: error.message }, 'Redis connection lost; reconnecting');
  };
  redis.on('error', onError);
  redis.on('ready', () => {
    reported = false;
  });
  await redis.connect();
  const queue = new Queue(QUEUE_NAME, { connection, prefix: config.prefix });
  queue.on('error', onError);
  return {
    queue,
    redis,
    registry: new BatchRegistry(redis, config.prefix),
    close: async () => {
      await queue.close();
      redis.disconnect();
    },
  };
}

/**
 * BullMQ needs Redis to keep every key: with an evicting policy a full Redis silently drops
 * jobs. Managed Redis may forbid CONFIG: then nothing can be checked, and that is said too.
 */
export async function warnIfEvicting(redis: Redis, log: Logger): Promise<void> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1];
    if (policy && policy !== 'noeviction')
      log.warn({ policy }, 'Redis maxmemory-policy is not noeviction: jobs can be evicted');
  } catch {
    log.warn('cannot read Redis maxmemory-policy (CONFIG refused); make sure it is noeviction');
  }
}
