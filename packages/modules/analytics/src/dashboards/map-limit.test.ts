import { describe, expect, it } from 'vitest';
import { mapLimit } from './map-limit.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('mapLimit', () => {
  it('never runs more than the limit at once, and keeps the order of the items', async () => {
    let running = 0;
    let most = 0;
    const release: (() => void)[] = [];
    let settled = false;
    const done = mapLimit([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise<void>((r) => release.push(r));
      running--;
      return n * 10;
    }).finally(() => (settled = true));
    // finish the calls under way one at a time, the latest started first
    while (!settled) {
      await tick();
      expect(running).toBeLessThanOrEqual(4);
      release.pop()?.();
    }
    expect(await done).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(most).toBe(4);
  });

  it('handles no items', async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
