import { createSandboxWorld } from '@resonance/connector-sandbox';
import { describe, expect, it } from 'vitest';
import { DemoAudience } from './demo-audience.js';

const startAt = new Date('2026-01-01T00:00:00Z');
const worlds = [
  createSandboxWorld({ seed: 1, followers: 700, startAt, platformKind: 'weibo' }),
  createSandboxWorld({ seed: 2, followers: 500, startAt, platformKind: 'douyin' }),
  createSandboxWorld({ seed: 3, followers: 100, startAt, platformKind: 'bluesky' }),
];

describe('DemoAudience', () => {
  const a = new DemoAudience(1000, worlds, 42);

  it('maps each account’s followers to distinct pool people, covering the pool', () => {
    const covered = new Set<number>();
    worlds.forEach((w, k) => {
      const people = new Set(Array.from({ length: w.followers }, (_, i) => a.follower(k, i)));
      expect(people.size).toBe(w.followers);
      people.forEach((p) => covered.add(p));
    });
    expect(covered.size).toBe(1000);
  });

  it('accountsOf is the inverse of follower', () => {
    for (let p = 0; p < 1000; p++) {
      for (const { account, index } of a.accountsOf(p)) expect(a.follower(account, index)).toBe(p);
    }
    const total = Array.from({ length: 1000 }, (_, p) => a.accountsOf(p).length).reduce((s, n) => s + n, 0);
    expect(total).toBe(1300);
  });

  it('gives public people a new fan once, remembering where they came from', () => {
    const p = a.person(1, 900, Date.parse('2026-02-01T00:00:00Z'));
    expect(p).toBe(1000);
    expect(a.person(1, 900, 0)).toBe(p);
    expect(a.person(0, 900, 0)).toBe(1001);
    expect(a.accountsOf(p)).toEqual([{ account: 1, index: 900 }]);
    expect(a.fanId(p)).toMatch(/^fan_/);
    expect(a.size).toBe(1002);
  });

  it('tracks first and last sight, starting with the initial follow', () => {
    const p = a.follower(0, 0);
    const followed = worlds[0]!.followedAtMs[0]!;
    expect(a.seenRange(p)!.first).toBeLessThanOrEqual(followed);
    a.seen(p, followed + 1000);
    expect(a.seenRange(p)!.last).toBeGreaterThanOrEqual(followed + 1000);
    expect(a.seenRange(1001)).toBeNull();
  });
});
