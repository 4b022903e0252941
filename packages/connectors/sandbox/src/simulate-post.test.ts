import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT_KINDS } from './account-kinds.js';
import { demoPosts } from './demo-posts.js';
import { simulatePost, simulatePostColumns } from './simulate-post.js';
import { EVENT_TYPES, type FunnelStage, type PostMediaKind, type SimulatedPost } from './simulation.types.js';
import { TOPIC_KEYS } from './topics.js';
import { createSandboxWorld } from './world.js';

const startAt = new Date('2025-03-01T00:00:00+08:00');
const world = createSandboxWorld({ seed: 1, followers: 3000, startAt });
const HOUR = 3_600_000;

const post = (over: Partial<SimulatedPost> = {}): SimulatedPost => ({
  id: 'p1',
  text: '春季护肤新品上市，补水保湿一整天，敏感肌也能放心用。'.repeat(3),
  mediaCount: 1,
  mediaKind: 'image',
  hashtags: ['护肤'],
  publishedAt: new Date('2025-03-03T20:30:00+08:00'),
  funnelStage: 'awareness',
  topic: 'skincare',
  ...over,
});

/** Mean count of each event type over `n` posts that differ only in id. */
function meanCounts(p: Partial<SimulatedPost>, n = 40, w = world): Record<string, number> {
  const totals = new Float64Array(EVENT_TYPES.length);
  for (let i = 0; i < n; i++) {
    const cols = simulatePostColumns(w, post({ ...p, id: `avg_${i}` }));
    for (let k = 0; k < cols.count; k++) totals[cols.type[k]!]! += 1;
  }
  return Object.fromEntries(EVENT_TYPES.map((t, i) => [t, totals[i]! / n]));
}

describe('simulatePost', () => {
  it('is deterministic: same world seed and post, same events', () => {
    const a = simulatePost(world, post());
    expect(simulatePost(createSandboxWorld({ seed: 1, followers: 3000, startAt }), post())).toEqual(a);
    expect(simulatePost(createSandboxWorld({ seed: 2, followers: 3000, startAt }), post())).not.toEqual(a);
    expect(a.length).toBeGreaterThan(50);
  });

  it('is time-ordered with most impressions in the first day and a tail up to two weeks', () => {
    const events = simulatePost(world, post({ mediaKind: 'video' }));
    const t0 = post().publishedAt.getTime();
    for (let i = 1; i < events.length; i++) expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime());
    const imp = events.filter((e) => e.type === 'impression').map((e) => e.at.getTime() - t0);
    expect(Math.min(...imp)).toBeGreaterThan(0);
    expect(Math.max(...imp)).toBeLessThanOrEqual(14 * 24 * HOUR + 5000);
    const firstDay = imp.filter((d) => d <= 24 * HOUR).length / imp.length;
    expect(firstDay).toBeGreaterThan(0.6);
    expect(firstDay).toBeLessThan(0.95);
    expect(imp.some((d) => d > 5 * 24 * HOUR)).toBe(true);
  });

  it('keeps the funnel consistent for any post (property)', () => {
    const arbPost = fc.record({
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      length: fc.integer({ min: 0, max: 3000 }),
      mediaKind: fc.constantFrom<PostMediaKind>('none', 'image', 'video'),
      hashtags: fc.integer({ min: 0, max: 12 }),
      hour: fc.integer({ min: 0, max: 23 }),
      funnelStage: fc.constantFrom<FunnelStage>('awareness', 'interest', 'decision', 'loyalty'),
      topic: fc.option(fc.constantFrom(...TOPIC_KEYS), { nil: undefined }),
      kind: fc.constantFrom(...SANDBOX_ACCOUNT_KINDS.map((k) => k.key)),
    });
    fc.assert(
      fc.property(arbPost, (p) => {
        const w = createSandboxWorld({ seed: p.seed, followers: 1500, startAt, platformKind: p.kind });
        const events = simulatePost(w, {
          id: `prop_${p.seed}`,
          text: '好'.repeat(p.length),
          mediaCount: p.mediaKind === 'none' ? 0 : 1,
          mediaKind: p.mediaKind,
          hashtags: Array.from({ length: p.hashtags }, (_, i) => `t${i}`),
          publishedAt: new Date(Date.UTC(2025, 2, 3, p.hour - 8)),
          funnelStage: p.funnelStage,
          ...(p.topic ? { topic: p.topic } : {}),
        });
        const seen = new Map<number, Set<string>>();
        for (const e of events) {
          const did = seen.get(e.fanIndex) ?? new Set<string>();
          if (e.type !== 'impression') expect(did.has('impression'), `${e.type} without impression`).toBe(true);
          if (e.type === 'add_to_cart') expect(did.has('link_click') || did.has('profile_visit')).toBe(true);
          if (e.type === 'order') {
            expect(did.has('add_to_cart')).toBe(true);
            expect((e.props as { amount: number }).amount).toBeGreaterThan(0);
          }
          if (e.type === 'video_complete') expect(did.has('video_view')).toBe(true);
          if (e.type === 'video_view') expect(p.mediaKind).toBe('video');
          if (e.type === 'follow') expect(e.fanIndex).toBeGreaterThanOrEqual(w.followers);
          if (e.type === 'unfollow') expect(e.fanIndex).toBeLessThan(w.followers);
          if (e.type === 'comment') expect(['positive', 'neutral', 'negative']).toContain((e.props as { sentiment: string }).sentiment);
          expect(e.fanIndex).toBeLessThan(w.population);
          did.add(e.type);
          seen.set(e.fanIndex, did);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('moves outcomes in the documented direction', () => {
    const none = meanCounts({ mediaKind: 'none', mediaCount: 0 });
    const image = meanCounts({ mediaKind: 'image' });
    const video = meanCounts({ mediaKind: 'video' });
    expect(video.impression!).toBeGreaterThan(image.impression!);
    expect(image.impression!).toBeGreaterThan(none.impression!);
    expect(video.like!).toBeGreaterThan(none.like!);

    expect(meanCounts({ hashtags: ['a', 'b'] }).impression!).toBeGreaterThan(meanCounts({ hashtags: Array.from({ length: 12 }, (_, i) => `t${i}`) }).impression!);
    expect(meanCounts({ text: '新品' }).impression!).toBeLessThan(meanCounts({}).impression!);
    expect(meanCounts({ text: '新品上市'.repeat(800) }).impression!).toBeLessThan(meanCounts({}).impression!);
    expect(meanCounts({ publishedAt: new Date('2025-03-03T04:00:00+08:00') }).impression!).toBeLessThan(meanCounts({}).impression!);

    const awareness = meanCounts({ funnelStage: 'awareness' });
    const decision = meanCounts({ funnelStage: 'decision' });
    const loyalty = meanCounts({ funnelStage: 'loyalty' });
    expect(awareness.impression!).toBeGreaterThan(loyalty.impression!);
    expect(decision.link_click! / decision.impression!).toBeGreaterThan(2 * (awareness.link_click! / awareness.impression!));
    expect(decision.add_to_cart!).toBeGreaterThan(awareness.add_to_cart!);
    expect(loyalty.comment! / loyalty.impression!).toBeGreaterThan(1.5 * (awareness.comment! / awareness.impression!));

    // On-topic audiences engage more than off-topic ones.
    const onTopic = meanCounts({ topic: 'skincare' });
    const offTopicWorld = createSandboxWorld({ seed: 1, followers: 3000, startAt });
    offTopicWorld.interests.fill(1 << TOPIC_KEYS.indexOf('tech'));
    const offTopic = meanCounts({ topic: 'skincare' }, 40, offTopicWorld);
    expect(onTopic.like! / onTopic.impression!).toBeGreaterThan(offTopic.like! / offTopic.impression!);
  });

  it('lands in realistic rate bands across the six preset accounts', () => {
    const totals = new Map<string, number>();
    const sentiments = { positive: 0, neutral: 0, negative: 0 };
    for (const kind of SANDBOX_ACCOUNT_KINDS) {
      const w = createSandboxWorld({ seed: 'bands', followers: kind.followers, startAt, platformKind: kind.key });
      const perKind = new Map<string, number>();
      for (const p of demoPosts(kind, 30, startAt)) {
        for (const e of simulatePost(w, p)) {
          perKind.set(e.type, (perKind.get(e.type) ?? 0) + 1);
          if (e.type === 'comment') sentiments[(e.props as { sentiment: keyof typeof sentiments }).sentiment]++;
        }
      }
      const imp = perKind.get('impression')!;
      expect(perKind.get('like')! / imp, `${kind.key} likes/impressions`).toBeGreaterThan(0.01);
      expect(perKind.get('like')! / imp, `${kind.key} likes/impressions`).toBeLessThan(0.06);
      expect(perKind.get('comment')! / imp, `${kind.key} comments/impressions`).toBeGreaterThan(0.001);
      expect(perKind.get('comment')! / imp, `${kind.key} comments/impressions`).toBeLessThan(0.008);
      for (const [t, n] of perKind) totals.set(t, (totals.get(t) ?? 0) + n);
    }
    const get = (t: string) => totals.get(t) ?? 0;
    expect(get('order')).toBeGreaterThan(0);
    expect(get('order') / get('add_to_cart')).toBeGreaterThan(0.1);
    expect(get('order') / get('add_to_cart')).toBeLessThan(0.45);
    expect(get('add_to_cart')).toBeLessThan(get('link_click') + get('profile_visit'));
    expect(get('video_complete')).toBeLessThan(get('video_view'));
    const comments = sentiments.positive + sentiments.neutral + sentiments.negative;
    expect(sentiments.positive / comments).toBeGreaterThan(0.6);
    expect(sentiments.positive / comments).toBeLessThan(0.72);
    expect(sentiments.neutral / comments).toBeGreaterThan(0.18);
    expect(sentiments.neutral / comments).toBeLessThan(0.32);
    expect(sentiments.negative / comments).toBeGreaterThan(0.05);
    expect(sentiments.negative / comments).toBeLessThan(0.15);
  });
});
