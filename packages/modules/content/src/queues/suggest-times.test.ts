import { describe, expect, it } from 'vitest';
import { suggestTimes } from './suggest-times.js';

describe('best-time suggestions', () => {
  it('uses the analytics heatmap when it has data: best first, at most 12', () => {
    const heat = Array.from({ length: 20 }, (_, i) => ({ weekday: i % 7, hour: i, score: i }));
    const s = suggestTimes(heat, 'weibo');
    expect(s.rule).toBe('analytics_heatmap');
    expect(s.slots).toHaveLength(12);
    expect(s.slots[0]).toEqual({ weekday: 19 % 7, hour: 19, score: 19 });
    expect(s.slots.map((x) => x.score)).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8]);
  });

  it('falls back to the platform default when analytics has nothing (null or empty)', () => {
    for (const heat of [null, []]) {
      const s = suggestTimes(heat, 'douyin');
      expect(s).toMatchObject({ rule: 'platform_default', platform: 'douyin' });
      expect(new Set(s.slots.map((x) => x.hour))).toEqual(new Set([18, 19, 20, 21, 12]));
      expect(s.slots[0]).toEqual({ weekday: 0, hour: 19, score: 5 });
    }
  });

  it('keeps weekday-only windows on weekdays and the better score where windows overlap', () => {
    const bili = suggestTimes(null, 'bilibili');
    expect(bili.slots.filter((x) => x.hour === 14).map((x) => x.weekday)).toEqual([5, 6]);
    expect(bili.slots.filter((x) => x.hour === 19).map((x) => x.weekday)).toEqual([0, 1, 2, 3, 4]);
    const xhs = suggestTimes(null, 'xiaohongshu');
    expect(xhs.slots.filter((x) => x.weekday === 5).map((x) => x.hour).sort()).toEqual([12, 15, 19, 20, 21]);
  });

  it('uses the generic default for platforms without one', () => {
    const s = suggestTimes(null, 'sandbox');
    expect(s).toMatchObject({ rule: 'generic_default', platform: null });
    expect(s.slots).toHaveLength(21);
  });
});
