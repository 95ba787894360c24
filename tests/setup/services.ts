import type { TestProject } from 'vitest/node';
import { type PostgresServer, startPostgresServer } from '../../src/services/postgres-server.js';
import { type RedisServer, startRedisServer } from '../../src/services/redis-server.js';
import { ensureServiceBinaries } from './ensure-binaries.js';

/**
 * vitest globalSetup: one private redis-server and one throwaway PostgreSQL for the whole run,
 * handed to tests with `inject('redisUrl')` / `inject('postgresUrl')`. If either cannot start,
 * the run fails with the reason: integration tests are never skipped silently.
 * Both servers also die with this process (pdeathsig) if vitest is killed before teardown.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    postgresUrl: string;
  }
}

const timed = async <T>(start: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await start();
  return [value, Math.round(performance.now() - t0)];
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureServiceBinaries();
  const [redis, postgres] = await Promise.allSettled([
    timed(() => startRedisServer()),
    timed(() => startPostgresServer()),
  ]);
  const started: (RedisServer | PostgresServer)[] = [];
  if (redis.status === 'fulfilled') started.push(redis.value[0]);
  if (postgres.status === 'fulfilled') started.push(postgres.value[0]);
  if (redis.status === 'rejected' || postgres.status === 'rejected') {
    await Promise.all(started.map((s) => s.stop()));
    const reasons = [redis, postgres]
      .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
      .map((r) => (r.reason instanceof Error ? r.reason.message : String(r.reason)));
    throw new Error(`test services failed to start:\n${reasons.join('\n')}`);
  }
  const [redisServer, redisMs] = redis.value;
  const [postgresServer, postgresMs] = postgres.value;
  process.stderr.write(
    `[emrx test services] redis :${redisServer.port} in ${redisMs} ms, ` +
      `postgres :${postgresServer.port} in ${postgresMs} ms\n`,
  );
  project.provide('redisUrl', redisServer.url);
  project.provide('postgresUrl', postgresServer.url);
  return async () => {
    await Promise.all([redisServer.stop(), postgresServer.stop()]);
  };
}
