import { describe, expect, it } from 'vitest';
import { DAILY_RATE, postSchedule } from './post-schedule.js';

const kinds = Object.keys(DAILY_RATE);
const DAY = 86_400_000;
const now = Date.parse('2026-11-22T04:00:00Z');

describe('postSchedule', () => {
  const all = [...postSchedule(kinds, now - 365 * DAY, now, 4.6, 1)].flat();

  it('posts about 4.6 a day, in order, inside [start, now)', () => {
    expect(all.length).toBeGreaterThan(1550);
    expect(all.length).toBeLessThan(1800);
    for (let i = 1; i < all.length; i++) expect(all[i]!.publishedAtMs).toBeGreaterThanOrEqual(all[i - 1]!.publishedAtMs);
    expect(all[0]!.publishedAtMs).toBeGreaterThanOrEqual(now - 365 * DAY);
    expect(all.at(-1)!.publishedAtMs).toBeLessThan(now);
  });

  it('follows each kind’s rate and numbers posts per account', () => {
    const weibo = all.filter((p) => p.account === kinds.indexOf('weibo'));
    const bili = all.filter((p) => p.account === kinds.indexOf('bilibili'));
    expect(weibo.length / 365).toBeGreaterThan(1.2);
    expect(bili.length / 365).toBeLessThan(0.5);
    expect(weibo.map((p) => p.n)).toEqual(weibo.map((_, i) => i));
  });

  it('posts in Shanghai daytime and evening, deterministically', () => {
    const hours = new Set(all.map((p) => new Date(p.publishedAtMs + 8 * 3_600_000).getUTCHours()));
    for (const h of [0, 1, 2, 3, 4, 5, 6, 7]) expect(hours.has(h)).toBe(false);
    expect([...postSchedule(kinds, now - 30 * DAY, now, 4.6, 9)]).toEqual([...postSchedule(kinds, now - 30 * DAY, now, 4.6, 9)]);
  });
});
