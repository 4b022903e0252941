import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { Database } from '@resonance/db';
import { ANALYTICS_MIGRATIONS_DIR, METRICS, evaluateMetric, evaluateMetricToDate, hasValueToDate, isEvaluable } from '../src/index.js';

const migrations = [...['events', 'fans'].map((m) => fileURLToPath(new URL(`../../${m}/migrations`, import.meta.url))), ANALYTICS_MIGRATIONS_DIR];

interface NewEvent {
  name: string;
  at: string;
  account?: string;
  fan?: string | null;
  properties?: Record<string, unknown>;
}
const append = (db: Database, ws: string, events: NewEvent[]) =>
  db.copyRows(
    'events',
    ['workspace_id', 'source_id', 'platform', 'name', 'occurred_at', 'account_id', 'fan_id', 'properties'],
    events.map((e) => [ws, 'test', 'sandbox', e.name, new Date(e.at), e.account ?? 'acct_a', e.fan ?? null, e.properties ?? null]),
  );
const times = (n: number, e: NewEvent) => Array.from({ length: n }, () => e);

// Asia/Shanghai: local Mar 1 = [Feb 28 16:00Z, Mar 1 16:00Z).
const events: NewEvent[] = [
  ...times(3, { name: 'follow', at: '2026-02-20T00:00:00Z' }), // before the range: followers start at 3 (acct_a)
  { name: 'unfollow', at: '2026-02-28T15:59:59Z' }, // Feb 28 local → 2 at the start
  { name: 'follow', at: '2026-02-28T16:00:00Z', account: 'acct_b' }, // Mar 1 00:00 local
  { name: 'follow', at: '2026-03-02T10:00:00Z' },
  { name: 'unfollow', at: '2026-03-03T10:00:00Z', account: 'acct_b' },
  ...times(4, { name: 'impression', at: '2026-03-01T01:00:00Z', fan: 'fan_1' }),
  ...times(6, { name: 'impression', at: '2026-03-02T01:00:00Z', fan: 'fan_2' }),
  { name: 'impression', at: '2026-03-02T02:00:00Z', fan: 'fan_3' }, // fan_3 merged into fan_1
  ...times(2, { name: 'impression', at: '2026-03-03T02:00:00Z' }), // anonymous: impressions, not reach
  { name: 'like', at: '2026-03-01T02:00:00Z', fan: 'fan_1' },
  { name: 'comment', at: '2026-03-02T02:00:00Z', fan: 'fan_2' },
  { name: 'save', at: '2026-03-03T15:59:59Z', fan: 'fan_2' }, // last instant of Mar 3
  { name: 'share', at: '2026-03-03T16:00:00Z', fan: 'fan_2' }, // Mar 4: after the range
  { name: 'link_click', at: '2026-03-02T03:00:00Z', fan: 'fan_1' },
  { name: 'link_click', at: '2026-03-02T03:00:00Z', fan: 'fan_2' },
  { name: 'order', at: '2026-03-02T04:00:00Z', fan: 'fan_1', properties: { amount: 120.5 } },
  { name: 'order', at: '2026-03-03T04:00:00Z', fan: 'fan_2', properties: { amount: '79.5' } },
  { name: 'order', at: '2026-03-03T04:00:00Z', fan: 'fan_2', properties: { amount: 'n/a' } },
  { name: 'mention', at: '2026-03-02T04:00:00Z', properties: { subject: 'brand' } },
  { name: 'mention', at: '2026-03-02T04:00:00Z', properties: { subject: 'competitor' } },
];
const SH = { from: '2026-03-01', to: '2026-03-03', timeZone: 'Asia/Shanghai' };

describe.each(testDatabaseKinds())('evaluateMetric on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, migrations);
    await append(db, 'ws', events);
    await append(db, 'ws_other', times(9, { name: 'like', at: '2026-03-02T00:00:00Z' }));
    await db.query(`insert into fan_aliases (workspace_id, fan_id, canonical_id) values ('ws', 'fan_3', 'fan_1')`);
    // New York: DST starts Sun Mar 8 (23-hour day)
    await append(db, 'ws_ny', [
      { name: 'like', at: '2026-03-08T04:59:59Z' }, // Mar 7 23:59:59 EST
      { name: 'like', at: '2026-03-08T05:00:00Z' }, // Mar 8 00:00 EST
      { name: 'like', at: '2026-03-09T03:59:59Z' }, // Mar 8 23:59:59 EDT
      { name: 'like', at: '2026-03-09T04:00:00Z' }, // Mar 9 00:00 EDT
    ]);
  });
  afterAll(async () => db?.close());

  it('counts, sums and filters by property as the catalog defines', async () => {
    const v = (id: string, extra = {}) => evaluateMetric(db, 'ws', id, { ...SH, ...extra });
    expect(await v('impressions')).toBe(13);
    expect(await v('engagements')).toBe(3); // like + comment + save; the share is on Mar 4
    expect(await v('likes')).toBe(1);
    expect(await v('orders')).toBe(3);
    expect(await v('gmv')).toBe(200);
    expect(await v('mentions')).toBe(1);
    expect(await v('all_mentions')).toBe(2);
    expect(await v('impressions', { accountId: 'acct_b' })).toBe(0);
    expect(await v('follows', { accountId: 'acct_b' })).toBe(1);
  });

  it('counts distinct fans after merges and rates from their parts', async () => {
    const v = (id: string) => evaluateMetric(db, 'ws', id, SH);
    expect(await v('reach')).toBe(2); // fan_1 (with fan_3) and fan_2; anonymous impressions do not count
    expect(await v('active_fans')).toBe(2);
    expect(await v('engagement_rate_by_impressions')).toBe(3 / 13);
    expect(await v('engagement_rate_by_reach')).toBe(1.5);
    expect(await v('ctr')).toBe(2 / 13);
    expect(await v('conversion_rate')).toBe(1.5);
    expect(await v('aov')).toBe(200 / 3);
    expect(await v('share_of_voice')).toBe(0.5);
    expect(await v('video_completion_rate')).toBe(0); // 0 ÷ 0 is 0
  });

  it('gives the value to date for every local day, followers as a level', async () => {
    const series = async (id: string, extra = {}) => (await evaluateMetricToDate(db, 'ws', id, { ...SH, ...extra })).toDate!;
    expect(await series('impressions')).toEqual([
      { date: '2026-03-01', value: 4 },
      { date: '2026-03-02', value: 11 },
      { date: '2026-03-03', value: 13 },
    ]);
    expect((await series('reach')).map((p) => p.value)).toEqual([1, 2, 2]);
    expect((await series('followers')).map((p) => p.value)).toEqual([3, 4, 3]); // 2 before + acct_b's follow at 00:00 Mar 1
    expect((await series('followers', { accountId: 'acct_a' })).map((p) => p.value)).toEqual([2, 3, 3]);
    expect((await series('engagement_rate_by_impressions')).map((p) => p.value)).toEqual([1 / 4, 2 / 11, 3 / 13]);
    expect((await series('engagement_rate_by_followers')).map((p) => p.value)).toEqual([1 / 3, 2 / 4, 3 / 3]);
    expect(await evaluateMetric(db, 'ws_empty', 'impressions', SH)).toBe(0);
  });

  it('splits days at local midnight across the New York DST switch', async () => {
    const s = await evaluateMetricToDate(db, 'ws_ny', 'likes', { from: '2026-03-07', to: '2026-03-09', timeZone: 'America/New_York' });
    expect(s.value).toBe(4);
    expect(s.toDate).toEqual([
      { date: '2026-03-07', value: 1 },
      { date: '2026-03-08', value: 3 },
      { date: '2026-03-09', value: 4 },
    ]);
  });

  it('evaluates every catalog metric; the value to date ends at the value wherever it exists', async () => {
    for (const m of METRICS) {
      expect(isEvaluable(m.id), m.id).toBe(true);
      const r = await evaluateMetricToDate(db, 'ws', m.id, SH);
      expect(Number.isFinite(r.value), m.id).toBe(true);
      if (hasValueToDate(m.id)) {
        expect(r.toDate!.map((p) => p.date), m.id).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
        expect(r.toDate!.at(-1)!.value, m.id).toBeCloseTo(r.value, 9);
      } else expect(r.toDate, m.id).toBeNull();
    }
    expect(hasValueToDate('dau')).toBe(false); // an average of daily distinct fans
    expect(hasValueToDate('nps')).toBe(false);
    expect(hasValueToDate('roi')).toBe(true);
    expect(await evaluateMetric(db, 'ws', 'net_follows', SH)).toBe(1); // follows 2, unfollows 1 in the range
    expect(await evaluateMetric(db, 'ws', 'dau', SH)).toBe(4 / 3); // fan_1 on Mar 1; fan_1 and fan_2 on Mar 2; fan_2 on Mar 3
  });

  it('refuses unknown metrics and bad ranges', async () => {
    expect(isEvaluable('no_such_metric')).toBe(false);
    await expect(evaluateMetric(db, 'ws', 'no_such_metric', SH)).rejects.toThrow('metricId');
    await expect(evaluateMetric(db, 'ws', 'likes', { ...SH, from: '2026-03-04' })).rejects.toThrow('to');
    await expect(evaluateMetric(db, 'ws', 'likes', { ...SH, timeZone: 'Mars/Olympus' })).rejects.toThrow('timeZone');
  });
});
