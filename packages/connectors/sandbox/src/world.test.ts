import { describe, expect, it } from 'vitest';
import { createRng } from './prng.js';
import { createSandboxWorld } from './world.js';

const startAt = new Date('2025-03-01T00:00:00+08:00');

describe('createRng', () => {
  it('is a deterministic uniform generator', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 10_000 }, () => a.next());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});

describe('createSandboxWorld', () => {
  const world = createSandboxWorld({ seed: 7, followers: 20_000, startAt, platformKind: 'weibo' });

  it('is the same world for the same seed, another for another seed', () => {
    const again = createSandboxWorld({ seed: 7, followers: 20_000, startAt, platformKind: 'weibo' });
    const other = createSandboxWorld({ seed: 8, followers: 20_000, startAt, platformKind: 'weibo' });
    const same = (a: ArrayBufferView, b: ArrayBufferView) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));
    expect(same(again.activity, world.activity)).toBe(true);
    expect(same(again.interests, world.interests)).toBe(true);
    expect(same(again.peakHour, world.peakHour)).toBe(true);
    expect(same(other.activity, world.activity)).toBe(false);
  });

  it('has heavy-tailed activity: most fans rarely interact, the top 10% carry a large share', () => {
    const sorted = Float64Array.from(world.activity).sort();
    const total = sorted.reduce((s, x) => s + x, 0);
    const mean = total / sorted.length;
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const top10 = sorted.slice(Math.floor(sorted.length * 0.9)).reduce((s, x) => s + x, 0);
    expect(mean).toBeGreaterThan(0.85);
    expect(mean).toBeLessThan(1.15);
    expect(median).toBeLessThan(0.7 * mean);
    expect(top10 / total).toBeGreaterThan(0.35);
  });

  it('peaks in the Shanghai evening with a lunch bump and a quiet night', () => {
    const r = world.rhythm;
    const peak = r.indexOf(Math.max(...r));
    expect(peak).toBeGreaterThanOrEqual(19);
    expect(peak).toBeLessThanOrEqual(22);
    expect(r[12]!).toBeGreaterThan(r[10]!);
    expect(r[4]!).toBeLessThan(0.3);
  });

  it('mixes languages by platform kind and gives everyone at least one interest', () => {
    const en = (w: typeof world) => w.lang.reduce((s, x) => s + x, 0) / w.population;
    expect(en(world)).toBeLessThan(0.1);
    expect(en(createSandboxWorld({ seed: 7, followers: 5000, startAt, platformKind: 'bluesky' }))).toBeGreaterThan(0.6);
    expect(world.interests.every((m) => m > 0)).toBe(true);
    expect(Array.from(world.followedAtMs).every((t) => t < startAt.getTime())).toBe(true);
  });
});
