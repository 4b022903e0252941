import { describe, expect, it } from 'vitest';
import { bestTimeFor, median, type SlotPost } from './best-time.js';

const posts = (hour: number, rates: number[], accountId = 'a'): SlotPost[] => rates.map((engagementRate) => ({ accountId, hour, engagementRate }));

describe('best posting time', () => {
  it('takes medians', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ranks hours with enough posts by median rate, then by more posts, then the earlier hour', () => {
    const all = [...posts(9, [0.1, 0.1, 0.1]), ...posts(21, [0.3, 0.3, 0.3]), ...posts(20, [0.3, 0.3, 0.3, 0.3]), ...posts(7, [0.3, 0.3, 0.3]), ...posts(23, [1, 1]), ...posts(12, [0.9, 0.9, 0.9], 'b')];
    const r = bestTimeFor('a', all, { windowDays: 90, minPostsPerSlot: 3, top: 3 });
    expect(r.slots.map((s) => s.hour)).toEqual([20, 7, 21]);
    expect(r).toMatchObject({ posts: 15, eligibleSlots: 4, status: 'ok' });
  });

  it('says when there is not enough data', () => {
    const r = bestTimeFor('a', [...posts(9, [0.5, 0.5]), ...posts(10, [0.5, 0.5])], { windowDays: 90, minPostsPerSlot: 3, top: 3 });
    expect(r).toEqual({ accountId: 'a', posts: 4, medianEngagementRate: 0.5, eligibleSlots: 0, status: 'not_enough_data', slots: [] });
  });
});
