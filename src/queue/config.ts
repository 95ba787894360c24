/**
 * Where the queue lives. `REDIS_URL` (`redis://[:password@]host:port/db`, or `rediss://` for
 * TLS) names a shared Redis; `EMRX_QUEUE_PREFIX` the key prefix. The default prefix is a Redis
 * Cluster hash tag (`{emrx}`): every key of the queue then hashes to one slot, which BullMQ's
 * multi-key scripts need on a cluster.
 */
export interface QueueConfig {
  readonly url: string;
  readonly prefix: string;
}

export const QUEUE_NAME = 'emrx-notes';
export const DEFAULT_PREFIX = '{emrx}';

export function queueConfig(url: string, prefix: string = DEFAULT_PREFIX): QueueConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('REDIS_URL is not a URL (redis://host:port or rediss://host:port)');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(`REDIS_URL must start with redis:// or rediss://, not ${parsed.protocol}`);
  if (!/^[A-Za-z0-9{}_.-]+$/.test(prefix))
    throw new Error(`queue prefix may hold letters, digits, {}, _, . and - only: ${prefix}`);
  return { url, prefix };
}

/** The connection options both ioredis and BullMQ take (their option types differ in detail). */
export interface RedisConnection {
  readonly host: string;
  readonly port: number;
  readonly username?: string;
  readonly password?: string;
  readonly db?: number;
  readonly tls?: { readonly servername: string };
  readonly maxRetriesPerRequest: null;
}

/** Connection options from the URL; TLS for rediss://. Blocking clients need no request limit. */
export function redisOptions(config: QueueConfig): RedisConnection {
  const url = new URL(config.url);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(Number.isInteger(db) ? { db } : {}),
    ...(url.protocol === 'rediss:' ? { tls: { servername: url.hostname } } : {}),
    maxRetriesPerRequest: null,
  };
}

/** `redis://host:port/db` without credentials: what logs and messages may show. */
export function describeRedis(config: QueueConfig): string {
  const url = new URL(config.url);
  url.username = '';
  url.password = '';
  return url.toString();
}
