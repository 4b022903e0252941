import { describe, expect, it } from 'vitest';
import { AuthExpiredError, OutcomeUnknownError, RateLimitError, TransientError } from './connector-errors.js';
import { backoffDelay, withRetry } from './with-retry.js';

function failing(errors: unknown[]) {
  let calls = 0;
  const fn = async () => {
    const e = errors[calls++];
    if (e) throw e;
    return 'ok';
  };
  return { fn, calls: () => calls };
}

const recorder = () => {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
};

describe('withRetry', () => {
  it('backs off exponentially with jitter, capped', async () => {
    const { sleeps, sleep } = recorder();
    const f = failing([new TransientError(), new TransientError(), new TransientError()]);
    await expect(withRetry(f.fn, { retries: 3, baseDelayMs: 100, maxDelayMs: 300, sleep, random: () => 0.5 })).resolves.toBe('ok');
    expect(sleeps).toEqual([75, 150, 225]);
    expect(backoffDelay(10, 100, 300, () => 0)).toBe(150);
    expect(backoffDelay(10, 100, 300, () => 0.999999)).toBe(300);
  });

  it('waits at least retryAfterSeconds on a rate limit, and gives up if that exceeds maxDelayMs', async () => {
    const { sleeps, sleep } = recorder();
    await withRetry(failing([new RateLimitError(2)]).fn, { baseDelayMs: 10, sleep, random: () => 0 });
    expect(sleeps).toEqual([2000]);
    const long = failing([new RateLimitError(120)]);
    await expect(withRetry(long.fn, { maxDelayMs: 30_000, sleep })).rejects.toBeInstanceOf(RateLimitError);
    expect(long.calls()).toBe(1);
  });

  it('never retries an unknown outcome, auth failure or foreign error', async () => {
    const { sleeps, sleep } = recorder();
    for (const err of [new OutcomeUnknownError(), new AuthExpiredError(), new TypeError('bug')]) {
      const f = failing([err]);
      await expect(withRetry(f.fn, { sleep })).rejects.toBe(err);
      expect(f.calls()).toBe(1);
    }
    expect(sleeps).toEqual([]);
  });

  it('stops after `retries` and rethrows the last error', async () => {
    const { sleeps, sleep } = recorder();
    const last = new TransientError('third');
    const f = failing([new TransientError(), new TransientError(), last]);
    await expect(withRetry(f.fn, { retries: 2, sleep, random: () => 0 })).rejects.toBe(last);
    expect(f.calls()).toBe(3);
    expect(sleeps).toHaveLength(2);
  });
});
