/**
 * Retries retryable connector errors with exponential backoff and "equal jitter":
 * delay = half of min(maxDelay, base·2^attempt) plus a random half. A rate limit waits at least
 * `retryAfterSeconds`; if that is longer than `maxDelayMs` the error is rethrown at once so the
 * job queue can reschedule. Unknown outcomes and non-connector errors are never retried.
 */
import { RateLimitError, isRetryable } from './connector-errors.js';

export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ random() < 1; inject for deterministic tests. */
  random?: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  signal?: AbortSignal;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(cap / 2 + random() * (cap / 2));
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { retries = 3, baseDelayMs = 500, maxDelayMs = 30_000, sleep = defaultSleep, random = Math.random } = options;
  for (let attempt = 0; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) throw error;
      let delayMs = backoffDelay(attempt, baseDelayMs, maxDelayMs, random);
      if (error instanceof RateLimitError) {
        const retryAfterMs = Math.ceil(error.retryAfterSeconds * 1000);
        if (retryAfterMs > maxDelayMs) throw error;
        delayMs = Math.max(delayMs, retryAfterMs);
      }
      options.onRetry?.({ attempt, delayMs, error });
      await sleep(delayMs);
    }
  }
}
