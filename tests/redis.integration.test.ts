import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

describe('redis (private server from globalSetup)', () => {
  let redis: Redis;

  beforeAll(() => {
    redis = new Redis(inject('redisUrl'), { lazyConnect: true, maxRetriesPerRequest: 1 });
    return redis.connect();
  });

  afterAll(async () => {
    await redis.quit();
  });

  it('sets and gets a string', async () => {
    await redis.set('emrx:test:greeting', 'hello 世界');
    expect(await redis.get('emrx:test:greeting')).toBe('hello 世界');
  });

  it('pushes and pops a list in FIFO order', async () => {
    const key = 'emrx:test:queue';
    await redis.del(key);
    expect(await redis.rpush(key, 'a', 'b', 'c')).toBe(3);
    expect(await redis.lpop(key)).toBe('a');
    expect(await redis.lrange(key, 0, -1)).toEqual(['b', 'c']);
    await redis.del(key);
  });
});
