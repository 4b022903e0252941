import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { Database } from '@resonance/db';
import { compareContent, contentHeatmap, postLeaderboard, type AnalyticsAccount } from '../src/index.js';

// The event store and fan aliases are published read models; the test loads their schemas by path.
const migrations = ['events', 'fans'].map((m) => fileURLToPath(new URL(`../../${m}/migrations`, import.meta.url)));

interface NewEvent {
  name: string;
  occurredAt: Date;
  accountId: string;
  publicationId?: string;
  fanId?: string | null;
  properties?: Record<string, unknown>;
}
const appendEvents = (db: Database, ws: string, events: NewEvent[]) =>
  db.copyRows(
    'events',
    ['workspace_id', 'source_id', 'platform', 'name', 'occurred_at', 'account_id', 'publication_id', 'fan_id', 'properties'],
    events.map((e) => [ws, 'test', 'sandbox', e.name, e.occurredAt, e.accountId, e.publicationId ?? null, e.fanId ?? null, e.properties ?? null]),
  );

const accounts: AnalyticsAccount[] = [
  { id: 'acct_a', name: '微博 (sandbox)', platform: 'sandbox', simulates: 'weibo' },
  { id: 'acct_b', name: '抖音 (sandbox)', platform: 'sandbox', simulates: 'douyin' },
];
const times = <T,>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const on = (pub: string, account: string) => (name: string, iso: string, extra: Partial<NewEvent> = {}): NewEvent => ({
  name,
  occurredAt: new Date(iso),
  accountId: account,
  publicationId: pub,
  ...extra,
});
const published = (pub: string, iso: string, account: string, props: Record<string, unknown> = {}): NewEvent => ({
  name: 'post_published',
  occurredAt: new Date(iso),
  accountId: account,
  publicationId: pub,
  properties: { title: `标题 ${pub}`, excerpt: `摘要 ${pub}`, permalink: `https://sandbox.local/${pub}`, ...props },
});

// Asia/Shanghai (UTC+8). Range 2026-03-01 … 2026-03-07 local = [2026-02-28T16:00Z, 2026-03-07T16:00Z).
const p1 = on('pub_1', 'acct_a');
const p2 = on('pub_2', 'acct_a');
const pe = on('pub_edge', 'acct_b');
const shanghai: NewEvent[] = [
  published('pub_old', '2026-02-28T15:59:59Z', 'acct_a', { pillar: '产品种草' }), // Sat Feb 28 23:59:59: before the range
  published('pub_edge', '2026-02-28T16:00:00Z', 'acct_b', { mediaKind: 'image' }), // Sun Mar 1 00:00:00, no pillar
  published('pub_1', '2026-03-02T02:00:00Z', 'acct_a', { pillar: '产品种草', funnelStage: 'awareness', mediaKind: 'image' }), // Mon 10:00
  published('pub_2', '2026-03-03T12:30:00Z', 'acct_a', { pillar: '干货教程', funnelStage: 'interest', mediaKind: 'video' }), // Tue 20:30
  published('pub_3', '2026-03-04T15:59:59Z', 'acct_b', { pillar: '产品种草', funnelStage: 'decision', mediaKind: 'none' }), // Wed 23:59:59
  // pub_1: 10 impressions by fan_1 ×3, fan_2 ×2, fan_3 (merged into fan_1) ×1, anonymous ×4 → reach 2
  ...times(3, () => p1('impression', '2026-03-02T03:00:00Z', { fanId: 'fan_1' })),
  ...times(2, () => p1('impression', '2026-03-02T03:00:00Z', { fanId: 'fan_2' })),
  p1('impression', '2026-03-02T03:00:00Z', { fanId: 'fan_3' }),
  ...times(4, () => p1('impression', '2026-03-02T03:00:00Z')),
  ...times(3, () => p1('like', '2026-03-02T04:00:00Z', { fanId: 'fan_1' })),
  p1('comment', '2026-03-03T04:00:00Z', { fanId: 'fan_2' }),
  p1('share', '2026-03-04T04:00:00Z', { fanId: 'fan_2' }),
  p1('save', '2026-03-07T15:59:59Z', { fanId: 'fan_2' }), // the last instant of the range
  ...times(2, () => p1('link_click', '2026-03-02T05:00:00Z', { fanId: 'fan_1' })),
  p1('order', '2026-03-02T06:00:00Z', { fanId: 'fan_1', properties: { amount: 99.5, currency: 'CNY' } }),
  p1('order', '2026-03-02T06:00:00Z', { fanId: 'fan_1', properties: { amount: '100', currency: 'CNY' } }),
  p1('order', '2026-03-02T06:00:00Z', { fanId: 'fan_2', properties: { amount: 'abc' } }), // an order, but no amount
  p1('impression', '2026-03-07T16:00:00Z', { fanId: 'fan_9' }), // after `to`: not counted
  p1('like', '2026-03-07T16:00:00Z', { fanId: 'fan_9' }),
  // pub_2: 4 impressions by fan_4, 1 like, 4 video views, 1 completion
  ...times(4, () => p2('impression', '2026-03-03T13:00:00Z', { fanId: 'fan_4' })),
  p2('like', '2026-03-03T13:00:00Z', { fanId: 'fan_4' }),
  ...times(4, () => p2('video_view', '2026-03-03T13:00:00Z')),
  p2('video_complete', '2026-03-03T13:01:00Z'),
  // pub_edge: 2 impressions (fan_5, anonymous), 1 comment
  pe('impression', '2026-03-01T01:00:00Z', { fanId: 'fan_5' }),
  pe('impression', '2026-03-01T01:00:00Z'),
  pe('comment', '2026-03-01T02:00:00Z', { fanId: 'fan_5' }),
  // pub_old's events do not make it a post of the range
  ...times(5, () => on('pub_old', 'acct_a')('like', '2026-03-01T02:00:00Z', { fanId: 'fan_1' })),
];
const SH = { timeZone: 'Asia/Shanghai', accounts, now: new Date('2026-03-10T00:00:00Z') };
const RANGE = { from: '2026-03-01', to: '2026-03-07' };

const zero = {
  impressions: 0, reach: 0, likes: 0, comments: 0, shares: 0, saves: 0, engagements: 0, video_views: 0, video_completes: 0,
  link_clicks: 0, orders: 0, gmv: 0, engagement_rate_by_impressions: 0, video_completion_rate: 0, ctr: 0,
};
const PUB_1 = {
  ...zero, impressions: 10, reach: 2, likes: 3, comments: 1, shares: 1, saves: 1, engagements: 6, link_clicks: 2, orders: 3, gmv: 199.5,
  engagement_rate_by_impressions: 0.6, ctr: 0.2,
};
const PUB_2 = { ...zero, impressions: 4, reach: 1, likes: 1, engagements: 1, video_views: 4, video_completes: 1, engagement_rate_by_impressions: 0.25, video_completion_rate: 0.25 };
const PUB_EDGE = { ...zero, impressions: 2, reach: 1, comments: 1, engagements: 1, engagement_rate_by_impressions: 0.5 };

// America/New_York: DST starts Sun 2026-03-08 02:00 EST → 03:00 EDT.
const ny = (pub: string, iso: string) => published(pub, iso, 'acct_a');
const newYork: NewEvent[] = [
  ny('ny_before', '2026-03-07T04:59:59Z'), // Fri Mar 6 23:59:59 EST: before the range
  ny('ny_sat', '2026-03-08T04:59:59Z'), // Sat Mar 7 23:59:59 EST
  ny('ny_1', '2026-03-08T06:30:00Z'), // Sun 01:30 EST
  ny('ny_2', '2026-03-08T07:30:00Z'), // Sun 03:30 EDT (02:xx does not exist that day)
  ny('ny_3', '2026-03-09T03:59:59Z'), // Sun 23:59:59 EDT
  ny('ny_4', '2026-03-09T04:00:00Z'), // Mon Mar 9 00:00 EDT
  ny('ny_5', '2026-03-10T03:59:59Z'), // Mon 23:59:59 EDT: the last instant of the range
  ny('ny_after', '2026-03-10T04:00:00Z'), // Tue Mar 10: after
  ...times(4, () => on('ny_1', 'acct_a')('impression', '2026-03-08T07:00:00Z')),
  on('ny_1', 'acct_a')('like', '2026-03-08T07:00:00Z', { fanId: 'f' }),
  ...times(2, () => on('ny_2', 'acct_a')('impression', '2026-03-08T08:00:00Z')),
  ...times(2, () => on('ny_2', 'acct_a')('like', '2026-03-08T08:00:00Z', { fanId: 'f' })),
];

// Best time: acct_a's posts by local hour (Shanghai) with their engagement rates.
const rated = (pub: string, iso: string, impressions: number, likes: number): NewEvent[] => [
  published(pub, iso, 'acct_a'),
  ...times(impressions, () => on(pub, 'acct_a')('impression', iso)),
  ...times(likes, () => on(pub, 'acct_a')('like', iso, { fanId: 'f' })),
];
const bestTime: NewEvent[] = [
  ...rated('h12a', '2026-05-01T04:00:00Z', 10, 1), // 12:00, rate 0.1
  ...rated('h12b', '2026-05-02T04:10:00Z', 5, 1), // 0.2
  ...rated('h12c', '2026-05-03T04:20:00Z', 10, 3), // 0.3 → median 0.2, 3 posts
  ...rated('h20a', '2026-05-04T12:00:00Z', 2, 1), // 20:00, 0.5
  ...rated('h20b', '2026-05-05T12:00:00Z', 5, 2), // 0.4
  ...rated('h20c', '2026-05-06T12:00:00Z', 1, 0), // 0 → median 0.4
  ...rated('h20old', '2026-04-01T12:00:00Z', 1, 1), // 1.0 on Apr 1: outside the 90-day window (Apr 2 … Jun 30)
  ...rated('h21a', '2026-05-07T13:00:00Z', 10, 9), // 21:00, 0.9, only 2 posts: not eligible
  ...rated('h21b', '2026-05-08T13:00:00Z', 10, 9),
  ...times(4, (i) => rated(`h8${i}`, `2026-05-1${i}T00:30:00Z`, 5, 1)).flat(), // 08:00, 4 × 0.2 → median 0.2, 4 posts
];

describe.each(testDatabaseKinds())('content insight on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, migrations);
    await appendEvents(db, 'ws_sh', shanghai);
    await db.query(`insert into fan_aliases (workspace_id, fan_id, canonical_id) values ('ws_sh', 'fan_3', 'fan_1')`);
    await appendEvents(db, 'ws_ny', newYork);
    await appendEvents(db, 'ws_bt', bestTime);
    await appendEvents(db, 'ws_other', [published('pub_x', '2026-03-02T02:00:00Z', 'acct_a'), ...times(50, () => on('pub_1', 'acct_a')('impression', '2026-03-02T03:00:00Z'))]);
  });
  afterAll(async () => db?.close());

  it('ranks the posts of the range with every metric, counted up to the end of `to`', async () => {
    const lb = await postLeaderboard(db, 'ws_sh', RANGE, SH);
    expect(lb).toMatchObject({ timeZone: 'Asia/Shanghai', range: RANGE, sort: 'engagements', order: 'desc', total: 4, nextCursor: null });
    expect(lb.items.map((p) => p.publicationId)).toEqual(['pub_1', 'pub_2', 'pub_edge', 'pub_3']); // pub_2 and pub_edge tie: newer first
    expect(lb.items[0]).toEqual({
      publicationId: 'pub_1', accountId: 'acct_a', accountName: '微博 (sandbox)', platform: 'weibo', title: '标题 pub_1', excerpt: '摘要 pub_1',
      permalink: 'https://sandbox.local/pub_1', mediaKind: 'image', pillar: '产品种草', funnelStage: 'awareness', publishedAt: '2026-03-02T02:00:00.000Z',
      metrics: PUB_1,
    });
    expect(lb.items[1]!.metrics).toEqual(PUB_2);
    expect(lb.items[2]).toMatchObject({ publicationId: 'pub_edge', platform: 'douyin', pillar: null, funnelStage: null, metrics: PUB_EDGE });
    expect(lb.items[3]).toMatchObject({ publicationId: 'pub_3', metrics: zero });
  });

  it('sorts by any metric either way, pages with a cursor, and filters', async () => {
    const byRate = await postLeaderboard(db, 'ws_sh', { ...RANGE, sort: 'engagement_rate_by_impressions' }, SH);
    expect(byRate.items.map((p) => p.publicationId)).toEqual(['pub_1', 'pub_edge', 'pub_2', 'pub_3']);
    const oldest = await postLeaderboard(db, 'ws_sh', { ...RANGE, sort: 'published_at', order: 'asc' }, SH);
    expect(oldest.items.map((p) => p.publicationId)).toEqual(['pub_edge', 'pub_1', 'pub_2', 'pub_3']);
    const page1 = await postLeaderboard(db, 'ws_sh', { ...RANGE, limit: 2 }, SH);
    expect(page1.items.map((p) => p.publicationId)).toEqual(['pub_1', 'pub_2']);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = await postLeaderboard(db, 'ws_sh', { ...RANGE, limit: 2, cursor: page1.nextCursor! }, SH);
    expect(page2.items.map((p) => p.publicationId)).toEqual(['pub_edge', 'pub_3']);
    expect(page2.nextCursor).toBeNull();
    const ids = async (f: object) => (await postLeaderboard(db, 'ws_sh', { ...RANGE, ...f }, SH)).items.map((p) => p.publicationId).sort();
    expect(await ids({ accountId: 'acct_b' })).toEqual(['pub_3', 'pub_edge']);
    expect(await ids({ platform: 'douyin' })).toEqual(['pub_3', 'pub_edge']);
    expect(await ids({ pillar: '产品种草' })).toEqual(['pub_1', 'pub_3']);
    expect(await ids({ funnelStage: 'interest' })).toEqual(['pub_2']);
    expect(await ids({ from: '2026-02-28', to: '2026-02-28' })).toEqual(['pub_old']);
    await expect(postLeaderboard(db, 'ws_sh', { ...RANGE, cursor: 'nope' }, SH)).rejects.toThrow('query.cursor');
    await expect(postLeaderboard(db, 'ws_sh', { ...RANGE, accountId: 'acct_zz' }, SH)).rejects.toMatchObject({ status: 404 });
    await expect(postLeaderboard(db, 'ws_sh', { from: '2026-03-07', to: '2026-03-01' }, SH)).rejects.toThrow('query.to');
  });

  it('defaults to the last 28 local days ending today', async () => {
    const lb = await postLeaderboard(db, 'ws_sh', {}, { ...SH, now: new Date('2026-03-28T15:59:59Z') }); // Mar 28 23:59:59 local
    expect(lb.range).toEqual({ from: '2026-03-01', to: '2026-03-28' });
    expect(lb.total).toBe(4);
  });

  it('compares platforms, pillars, funnel stages and accounts: group totals and per-post means', async () => {
    const byPlatform = await compareContent(db, 'ws_sh', { ...RANGE, by: 'platform' }, SH);
    expect(byPlatform.groups.map((g) => [g.key, g.posts])).toEqual([['douyin', 2], ['weibo', 2]]);
    const weibo = byPlatform.groups[1]!;
    expect(weibo.metrics).toEqual({
      ...zero, impressions: 14, reach: 3, likes: 4, comments: 1, shares: 1, saves: 1, engagements: 7, video_views: 4, video_completes: 1,
      link_clicks: 2, orders: 3, gmv: 199.5, engagement_rate_by_impressions: 0.5, video_completion_rate: 0.25, ctr: 2 / 14,
    });
    expect(weibo.perPost).toMatchObject({ impressions: 7, reach: 1.5, engagements: 3.5, gmv: 99.75, ctr: 0.1 });
    expect(weibo.perPost.engagement_rate_by_impressions).toBeCloseTo(0.425, 12);
    expect(byPlatform.groups[0]).toMatchObject({ key: 'douyin', label: null, metrics: { impressions: 2, reach: 1, engagements: 1, engagement_rate_by_impressions: 0.5 } });
    expect(byPlatform.groups[0]!.perPost.engagement_rate_by_impressions).toBe(0.25);

    const byPillar = await compareContent(db, 'ws_sh', { ...RANGE, by: 'pillar' }, SH);
    expect(byPillar.groups.map((g) => [g.key, g.posts, g.metrics.impressions])).toEqual([['产品种草', 2, 10], ['干货教程', 1, 4], [null, 1, 2]]);
    const byStage = await compareContent(db, 'ws_sh', { ...RANGE, by: 'funnelStage' }, SH);
    expect(byStage.groups.map((g) => [g.key, g.posts])).toEqual([['awareness', 1], ['decision', 1], ['interest', 1], [null, 1]]);
    const byAccount = await compareContent(db, 'ws_sh', { ...RANGE, by: 'account' }, SH);
    expect(byAccount.groups.map((g) => [g.key, g.label, g.metrics.engagements])).toEqual([['acct_a', '微博 (sandbox)', 7], ['acct_b', '抖音 (sandbox)', 1]]);
  });

  it('buckets posts by local weekday and hour across Shanghai midnight', async () => {
    const h = await contentHeatmap(db, 'ws_sh', RANGE, SH);
    expect(h.posts).toBe(4);
    expect(h.cells).toEqual([
      { weekday: 1, hour: 10, posts: 1, avgEngagementRate: 0.6, avgEngagements: 6 },
      { weekday: 2, hour: 20, posts: 1, avgEngagementRate: 0.25, avgEngagements: 1 },
      { weekday: 3, hour: 23, posts: 1, avgEngagementRate: 0, avgEngagements: 0 },
      { weekday: 7, hour: 0, posts: 1, avgEngagementRate: 0.5, avgEngagements: 1 },
    ]);
    expect(h.bestTimes.accounts.map((a) => [a.accountId, a.status, a.posts])).toEqual([['acct_a', 'not_enough_data', 3], ['acct_b', 'not_enough_data', 2]]);
  });

  it('buckets posts by local hour across the New York daylight-saving switch', async () => {
    const h = await contentHeatmap(db, 'ws_ny', { from: '2026-03-07', to: '2026-03-09' }, { ...SH, timeZone: 'America/New_York' });
    expect(h.cells.map((c) => [c.weekday, c.hour, c.posts])).toEqual([[1, 0, 1], [1, 23, 1], [6, 23, 1], [7, 1, 1], [7, 3, 1], [7, 23, 1]]);
    expect(h.cells.find((c) => c.weekday === 7 && c.hour === 1)!.avgEngagementRate).toBe(0.25);
    expect(h.cells.find((c) => c.weekday === 7 && c.hour === 3)!.avgEngagementRate).toBe(1);
  });

  it('suggests the best hours per account by the stated rule', async () => {
    const h = await contentHeatmap(db, 'ws_bt', { from: '2026-06-01', to: '2026-06-30' }, SH);
    expect(h.posts).toBe(0);
    expect(h.bestTimes.rule).toEqual({
      windowDays: 90, windowFrom: '2026-04-02', windowTo: '2026-06-30', slot: 'hour_of_day', metric: 'engagement_rate_by_impressions',
      rankBy: 'median', minPostsPerSlot: 3, top: 3, tieBreak: ['posts', 'earlier_hour'],
    });
    const [a, b] = h.bestTimes.accounts;
    expect(a).toMatchObject({ accountId: 'acct_a', accountName: '微博 (sandbox)', platform: 'weibo', posts: 12, eligibleSlots: 3, status: 'ok', medianEngagementRate: 0.2 });
    expect(a!.slots.map((s) => [s.hour, s.posts, s.medianEngagementRate])).toEqual([[20, 3, 0.4], [8, 4, 0.2], [12, 3, 0.2]]);
    expect(a!.slots[2]!.avgEngagementRate).toBeCloseTo(0.2, 10);
    expect(b).toMatchObject({ accountId: 'acct_b', posts: 0, eligibleSlots: 0, status: 'not_enough_data', slots: [] });
    const onlyB = await contentHeatmap(db, 'ws_bt', { from: '2026-06-01', to: '2026-06-30', accountId: 'acct_b' }, SH);
    expect(onlyB.bestTimes.accounts.map((x) => x.accountId)).toEqual(['acct_b']);
  });
});
