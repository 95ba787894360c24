/** Bounded exponential backoff for calls to a FHIR server. */
export interface RetryPolicy {
  /** Tries in all, the first included (≥ 1). */
  readonly attempts: number;
  /** Wait before the second try; doubles each time. */
  readonly baseDelayMs: number;
  /** Cap on any one wait, a server's `Retry-After` included. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 250, maxDelayMs: 10_000 };

/** What a failed try tells the loop: give up now, or wait (at least `retryAfterMs`) and retry. */
export type Failure =
  | { readonly retry: false }
  | { readonly retry: true; readonly reason: string; readonly retryAfterMs?: number };

export interface RetryHooks {
  readonly sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); jitter spreads retries of parallel workers. */
  readonly random?: () => number;
  readonly onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The wait before try `attempt + 1`: "equal jitter" backoff (half fixed, half random) over
 * base × 2^(attempt−1), raised to the server's Retry-After, capped at maxDelayMs.
 */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: number,
  retryAfterMs = 0,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = exponential / 2 + (exponential / 2) * random;
  return Math.round(Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs)));
}

/**
 * Runs `call` until it succeeds, `classify` says the error is final, or the attempts run out;
 * then the last error is thrown. Only safe for idempotent calls (our transactions are:
 * conditional updates, all-or-nothing).
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  call: (attempt: number) => Promise<T>,
  classify: (error: unknown) => Failure,
  hooks: RetryHooks = {},
): Promise<T> {
  const sleep = hooks.sleep ?? defaultSleep;
  const random = hooks.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      const failure = classify(error);
      if (!failure.retry || attempt >= policy.attempts) throw error;
      const delayMs = backoffDelay(policy, attempt, random(), failure.retryAfterMs);
      hooks.onRetry?.({ attempt, delayMs, reason: failure.reason });
      await sleep(delayMs);
    }
  }
}
