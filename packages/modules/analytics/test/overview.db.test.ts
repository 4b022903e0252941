import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { Database } from '@resonance/db';
import { computeOverview, loadOverview, type AnalyticsAccount } from '../src/index.js';

// The event store's schema is the published read model analytics queries; the test loads it by path (no module import).
const eventsMigrations = fileURLToPath(new URL('../../events/migrations', import.meta.url));

interface NewEvent {
  name: string;
  occurredAt: Date;
  accountId: string;
  publicationId?: string;
  fanId?: string;
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
const ev = (name: string, iso: string, extra: Partial<NewEvent> = {}): NewEvent => ({
  name,
  occurredAt: new Date(iso),
  accountId: 'acct_a',
  ...extra,
});
const times = (n: number, e: NewEvent) => Array.from({ length: n }, () => e);
const published = (pub: string, iso: string, account: string) =>
  ev('post_published', iso, { accountId: account, publicationId: pub, properties: { title: `标题 ${pub}`, excerpt: `摘要 ${pub}`, permalink: `https://sandbox.local/${pub}` } });

// Asia/Shanghai (UTC+8): 2026-03-01T15:59:59Z is 23:59:59 on Mar 1, 16:00:00Z is Mar 2.
const shanghai: NewEvent[] = [
  ...times(3, ev('follow', '2026-01-01T00:00:00Z')),
  ev('unfollow', '2026-03-01T15:59:59Z'),
  ev('follow', '2026-03-01T16:00:00Z'),
  ...times(2, ev('follow', '2026-02-24T00:00:00Z', { accountId: 'acct_b' })),
  ev('unfollow', '2026-03-05T00:00:00Z', { accountId: 'acct_b' }),
  published('pub_1', '2026-03-01T15:59:59Z', 'acct_a'),
  published('pub_2', '2026-03-01T16:00:00Z', 'acct_a'),
  published('pub_3', '2026-03-07T02:00:00Z', 'acct_b'),
  ...times(10, ev('impression', '2026-03-01T15:00:00Z', { publicationId: 'pub_1' })),
  ...times(4, ev('impression', '2026-03-03T00:00:00Z', { publicationId: 'pub_1' })),
  ...times(2, ev('like', '2026-03-01T15:30:00Z', { publicationId: 'pub_1', fanId: 'fan_1' })),
  ev('comment', '2026-03-03T01:00:00Z', { publicationId: 'pub_1', fanId: 'fan_1' }),
  ...times(20, ev('impression', '2026-03-02T01:00:00Z', { publicationId: 'pub_2' })),
  ...times(3, ev('like', '2026-03-02T01:01:00Z', { publicationId: 'pub_2' })),
  ev('share', '2026-03-02T01:02:00Z', { publicationId: 'pub_2' }),
  ev('save', '2026-03-02T01:03:00Z', { publicationId: 'pub_2' }),
  ev('video_view', '2026-03-02T01:03:00Z', { publicationId: 'pub_2' }),
  ev('link_click', '2026-03-02T01:03:00Z', { publicationId: 'pub_2' }),
  ...times(5, ev('impression', '2026-03-07T03:00:00Z', { publicationId: 'pub_3', accountId: 'acct_b' })),
  ev('comment', '2026-03-07T03:10:00Z', { publicationId: 'pub_3', accountId: 'acct_b' }),
  ev('like', '2026-03-07T03:11:00Z', { publicationId: 'pub_3', accountId: 'acct_b' }),
  ev('like', '2026-03-08T16:00:00Z', { publicationId: 'pub_2' }), // Mar 9 local: after the period
];
const SH_NOW = new Date('2026-03-08T10:00:00Z'); // 18:00 on Mar 8 in Shanghai

// America/New_York: DST starts 2026-03-08 02:00 local, so Mar 8 has 23 hours (05:00Z → 04:00Z next day).
const newYork: NewEvent[] = [
  ev('like', '2026-03-04T04:59:59Z'), // Mar 3 23:59:59 EST: previous period
  ev('like', '2026-03-04T05:00:00Z'), // Mar 4 00:00 EST: first instant of the period
  ev('like', '2026-03-08T04:59:59Z'), // Mar 7
  ev('like', '2026-03-08T05:00:00Z'), // Mar 8 00:00 EST
  ev('like', '2026-03-09T03:59:59Z'), // Mar 8 23:59:59 EDT
  ev('like', '2026-03-09T04:00:00Z'), // Mar 9 00:00 EDT
  ev('like', '2026-03-11T03:59:59Z'), // Mar 10 23:59:59 EDT: last instant of the period
  ev('like', '2026-03-11T04:00:00Z'), // Mar 11: after
];
const NY_NOW = new Date('2026-03-10T12:00:00Z');

describe.each(testDatabaseKinds())('overview on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [eventsMigrations]);
    await appendEvents(db, 'ws_sh', shanghai);
    await appendEvents(db, 'ws_ny', newYork);
    await appendEvents(db, 'ws_other', times(50, ev('impression', '2026-03-05T00:00:00Z')));
  });
  afterAll(async () => db?.close());

  it('computes the Shanghai overview with local-midnight boundaries', async () => {
    const o = await computeOverview(db, 'ws_sh', { days: 7, now: SH_NOW, timeZone: 'Asia/Shanghai', accounts });
    expect(o.range).toEqual({ days: 7, from: '2026-03-02', to: '2026-03-08', previousFrom: '2026-02-23', previousTo: '2026-03-01' });
    expect(o.totals).toEqual({
      followers: { current: 4, previous: 4 },
      netFollows: { current: 0, previous: 1 },
      postsPublished: { current: 2, previous: 1 },
      impressions: { current: 29, previous: 10 },
      engagements: { current: 8, previous: 2 },
      engagementRate: { current: 8 / 29, previous: 0.2 },
    });
    expect(o.followersByAccount).toEqual([
      { accountId: 'acct_a', accountName: '微博 (sandbox)', platform: 'sandbox', simulates: 'weibo', followers: 3, netFollows: 1 },
      { accountId: 'acct_b', accountName: '抖音 (sandbox)', platform: 'sandbox', simulates: 'douyin', followers: 1, netFollows: -1 },
    ]);
    expect(o.topPosts).toEqual([
      {
        publicationId: 'pub_2', accountId: 'acct_a', accountName: '微博 (sandbox)', title: '标题 pub_2', excerpt: '摘要 pub_2',
        permalink: 'https://sandbox.local/pub_2', publishedAt: '2026-03-01T16:00:00.000Z', impressions: 20, engagements: 5, engagementRate: 0.25,
      },
      {
        publicationId: 'pub_3', accountId: 'acct_b', accountName: '抖音 (sandbox)', title: '标题 pub_3', excerpt: '摘要 pub_3',
        permalink: 'https://sandbox.local/pub_3', publishedAt: '2026-03-07T02:00:00.000Z', impressions: 5, engagements: 2, engagementRate: 0.4,
      },
    ]);
    const zero = { impressions: 0, engagements: 0, follows: 0, unfollows: 0, postsPublished: 0 };
    expect(o.daily).toEqual([
      { date: '2026-03-02', impressions: 20, engagements: 5, follows: 1, unfollows: 0, postsPublished: 1 },
      { date: '2026-03-03', ...zero, impressions: 4, engagements: 1 },
      { date: '2026-03-04', ...zero },
      { date: '2026-03-05', ...zero, unfollows: 1 },
      { date: '2026-03-06', ...zero },
      { date: '2026-03-07', ...zero, impressions: 5, engagements: 2, postsPublished: 1 },
      { date: '2026-03-08', ...zero },
    ]);
  });

  it('narrows everything to one account, and an unknown account is not found', async () => {
    const o = await computeOverview(db, 'ws_sh', { days: 7, now: SH_NOW, timeZone: 'Asia/Shanghai', accounts, accountId: 'acct_b' });
    expect(o.totals.followers).toEqual({ current: 1, previous: 2 });
    expect(o.totals.impressions).toEqual({ current: 5, previous: 0 });
    expect(o.totals.engagementRate).toEqual({ current: 0.4, previous: 0 });
    expect(o.followersByAccount.map((a) => a.accountId)).toEqual(['acct_b']);
    expect(o.topPosts.map((p) => p.publicationId)).toEqual(['pub_3']);
    await expect(computeOverview(db, 'ws_sh', { now: SH_NOW, timeZone: 'Asia/Shanghai', accounts, accountId: 'acct_zz' })).rejects.toMatchObject({ status: 404 });
  });

  it('buckets days across the New York daylight-saving switch', async () => {
    const o = await computeOverview(db, 'ws_ny', { days: 7, now: NY_NOW, timeZone: 'America/New_York', accounts });
    expect(o.range).toMatchObject({ from: '2026-03-04', to: '2026-03-10', previousTo: '2026-03-03' });
    expect(Object.fromEntries(o.daily.map((d) => [d.date, d.engagements]))).toEqual({
      '2026-03-04': 1, '2026-03-05': 0, '2026-03-06': 0, '2026-03-07': 1, '2026-03-08': 2, '2026-03-09': 1, '2026-03-10': 1,
    });
    expect(o.totals.engagements).toEqual({ current: 6, previous: 1 });
  });

  it('is empty but complete for a workspace without events, and checks days', async () => {
    const o = await computeOverview(db, 'ws_empty', { now: SH_NOW, timeZone: 'Asia/Shanghai', accounts: [] });
    expect(o.range.days).toBe(28);
    expect(o.daily).toHaveLength(28);
    expect(o.totals.followers).toEqual({ current: 0, previous: 0 });
    expect(o.topPosts).toEqual([]);
    await expect(computeOverview(db, 'ws_sh', { days: 6, timeZone: 'UTC', accounts })).rejects.toThrow('query.days');
    await expect(computeOverview(db, 'ws_sh', { days: 91, timeZone: 'UTC', accounts })).rejects.toThrow('query.days');
  });

  it('loads time zone and accounts through the ports', async () => {
    const calls: string[] = [];
    const o = await loadOverview(
      {
        listAccounts: async (_db, ws) => (calls.push(`accounts:${ws}`), accounts),
        workspaceTimeZone: async (_db, ws) => (calls.push(`tz:${ws}`), 'Asia/Shanghai'),
      },
      db,
      'ws_sh',
      { days: 7, now: SH_NOW },
    );
    expect(calls.sort()).toEqual(['accounts:ws_sh', 'tz:ws_sh']);
    expect(o.totals.impressions.current).toBe(29);
  });
});
