import { describe, expect, it } from 'vitest';
import { backoffDelay, type Failure, withRetry } from './retry.js';

const POLICY = { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 };
const RETRY: Failure = { retry: true, reason: 'HTTP 503' };

describe('backoffDelay', () => {
  it('doubles per attempt with equal jitter, capped', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(POLICY, a, 0))).toEqual([
      50, 100, 200, 400, 500,
    ]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(POLICY, a, 0.999999))).toEqual([
      100, 200, 400, 800, 1000,
    ]);
  });

  it('waits at least what the server asked, never past the cap', () => {
    expect(backoffDelay(POLICY, 1, 0, 700)).toBe(700);
    expect(backoffDelay(POLICY, 1, 0, 60_000)).toBe(1000);
  });
});

describe('withRetry', () => {
  it('retries retryable failures until success', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetry(
      POLICY,
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('busy');
        return 'ok';
      },
      () => RETRY,
      { sleep: async (ms) => void waits.push(ms), random: () => 0 },
    );
    expect(result).toBe('ok');
    expect(waits).toEqual([50, 100]);
  });

  it('stops after the bounded attempts with the last error', async () => {
    let calls = 0;
    const retries: number[] = [];
    const attempt = withRetry(
      POLICY,
      async () => {
        calls += 1;
        throw new Error(`failure ${calls}`);
      },
      () => RETRY,
      { sleep: async () => undefined, onRetry: ({ attempt }) => void retries.push(attempt) },
    );
    await expect(attempt).rejects.toThrow('failure 4');
    expect(calls).toBe(4);
    expect(retries).toEqual([1, 2, 3]);
  });

  it('does not retry a final failure', async () => {
    let calls = 0;
    const attempt = withRetry(
      POLICY,
      async () => {
        calls += 1;
        throw new Error('bad request');
      },
      () => ({ retry: false }),
      { sleep: async () => undefined },
    );
    await expect(attempt).rejects.toThrow('bad request');
    expect(calls).toBe(1);
  });
});
