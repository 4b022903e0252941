import { SANDBOX_ACCOUNT_KINDS, createRng } from '@resonance/connector-sandbox';
import { describe, expect, it } from 'vitest';
import { demoContent } from './demo-content.js';

describe('demoContent', () => {
  const douyin = SANDBOX_ACCOUNT_KINDS.find((k) => k.key === 'douyin')!;
  const wechat = SANDBOX_ACCOUNT_KINDS.find((k) => k.key === 'wechat_oa')!;

  it('is deterministic for a seed', () => {
    expect(demoContent(createRng(7), douyin, 1)).toEqual(demoContent(createRng(7), douyin, 1));
    expect(demoContent(createRng(7), douyin, 1)).not.toEqual(demoContent(createRng(8), douyin, 1));
  });

  it('fits the account kind: video-heavy douyin, long wechat articles, media counts consistent', () => {
    const rng = createRng(1);
    const d = Array.from({ length: 400 }, (_, i) => demoContent(rng, douyin, i));
    const w = Array.from({ length: 400 }, (_, i) => demoContent(rng, wechat, i));
    expect(d.filter((p) => p.mediaKind === 'video').length).toBeGreaterThan(200);
    expect(w.filter((p) => p.mediaKind === 'none').length).toBeGreaterThan(200);
    const avg = (xs: typeof d) => xs.reduce((s, p) => s + p.text.length, 0) / xs.length;
    expect(avg(w)).toBeGreaterThan(avg(d) * 3);
    for (const p of [...d, ...w]) {
      expect(p.mediaCount === 0).toBe(p.mediaKind === 'none');
      expect(p.title.length).toBeGreaterThan(4);
      expect(new Set(p.hashtags).size).toBe(p.hashtags.length);
      expect(p.hashtags.length).toBeLessThanOrEqual(4);
    }
    expect(d.some((p) => /^[A-Z]/.test(p.title))).toBe(true);
    expect(new Set(d.map((p) => p.pillar)).size).toBe(6);
    expect(new Set(d.map((p) => p.funnelStage)).size).toBe(4);
  });
});
