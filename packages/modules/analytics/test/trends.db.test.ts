import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { Database } from '@resonance/db';
import { createLogger, systemClock } from '@resonance/kernel';
import { DEFAULT_IV_WEIGHTS, refreshRollups } from '../src/index.js';
import { trendBody, type TrendBody } from '../src/trends/trend.schema.js';
import { computeTrend } from '../src/trends/trend.service.js';

// Published read models analytics queries (loaded by path, no module import): the event store and fan_aliases.
const dirs = ['../../events/migrations', '../../fans/migrations', '../migrations'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

interface Ev {
  name: string;
  at: string;
  fan?: string;
  account?: string;
  props?: Record<string, unknown>;
}
const load = (db: Database, ws: string, events: Ev[]) =>
  db.copyRows(
    'events',
    ['workspace_id', 'source_id', 'platform', 'name', 'occurred_at', 'account_id', 'fan_id', 'properties'],
    events.map((e) => [ws, 'test', e.account === 'acct_b' ? 'douyin' : 'weibo', e.name, new Date(e.at), e.account ?? 'acct_a', e.fan ?? null, e.props ?? null]),
  );
const trend = (db: Database, ws: string, body: Partial<TrendBody> & Pick<TrendBody, 'range' | 'series'>, timeZone = 'Asia/Shanghai', useRollup = true) =>
  computeTrend(db, ws, trendBody.parse(body), { timeZone, ivWeights: DEFAULT_IV_WEIGHTS, useRollup });
const totalOf = async (db: Database, ws: string, metric: string, range = { from: '2026-03-01', to: '2026-03-07' }) =>
  (await trend(db, ws, { range, series: [{ metric }] })).series[0]!.lines[0]!.total;

describe.each(testDatabaseKinds())('trends on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, dirs);
    // Asia/Shanghai is UTC+8: 2026-03-01T15:59:59Z is Mar 1 23:59:59 local; 16:00:00Z is Mar 2.
    await load(db, 'ws_t', [
      { name: 'follow', at: '2026-02-20T00:00:00Z', fan: 'fan_1' },
      { name: 'follow', at: '2026-02-20T00:00:00Z', fan: 'fan_2', account: 'acct_b' },
      { name: 'impression', at: '2026-03-01T15:59:59Z', fan: 'fan_1' },
      { name: 'impression', at: '2026-03-01T16:00:00Z', fan: 'fan_1' },
      { name: 'impression', at: '2026-03-01T16:00:01Z', fan: 'fan_2', account: 'acct_b' },
      { name: 'impression', at: '2026-03-02T03:00:00Z', fan: 'fan_3' },
      { name: 'like', at: '2026-03-02T03:00:00Z', fan: 'fan_3' },
      { name: 'follow', at: '2026-03-02T03:00:00Z', fan: 'fan_3' },
      { name: 'unfollow', at: '2026-03-05T03:00:00Z', fan: 'fan_1' },
      { name: 'order', at: '2026-03-03T03:00:00Z', fan: 'fan_3', props: { amount: 100 } },
      { name: 'order', at: '2026-03-05T03:00:00Z', fan: 'fan_3', props: { amount: 50 } },
      { name: 'order', at: '2026-03-04T03:00:00Z', fan: 'fan_4', props: { amount: '30.5' } },
      { name: 'spend', at: '2026-03-02T01:00:00Z', props: { amount: 90 } },
      { name: 'survey_response', at: '2026-03-02T01:00:00Z', fan: 'fan_1', props: { score: 10 } },
      { name: 'survey_response', at: '2026-03-02T01:00:00Z', fan: 'fan_2', props: { score: 9 } },
      { name: 'survey_response', at: '2026-03-02T01:00:00Z', fan: 'fan_3', props: { score: 3 } },
      { name: 'survey_response', at: '2026-03-02T01:00:00Z', fan: 'fan_4', props: { score: 7 } },
      // fan_5 was merged into fan_3: its events count for fan_3
      { name: 'impression', at: '2026-03-02T05:00:00Z', fan: 'fan_5' },
    ]);
    await db.query(`insert into fan_aliases (workspace_id, fan_id, canonical_id) values ('ws_t', 'fan_5', 'fan_3')`);
  });
  afterAll(async () => db?.close());

  it('buckets by local day in the workspace zone, zero-fills, and the buckets sum to the total', async () => {
    const res = await trend(db, 'ws_t', { range: { from: '2026-03-01', to: '2026-03-04' }, series: [{ metric: 'impressions' }] });
    const [s] = res.series;
    expect(s!.additive).toBe(true);
    expect(s!.lines[0]!.points).toEqual([
      { bucket: '2026-03-01', value: 1 },
      { bucket: '2026-03-02', value: 4 },
      { bucket: '2026-03-03', value: 0 },
      { bucket: '2026-03-04', value: 0 },
    ]);
    expect(s!.lines[0]!.total).toBe(5);
  });

  it('breaks down by account and compares with the period before', async () => {
    const res = await trend(db, 'ws_t', { range: { from: '2026-03-02', to: '2026-03-03' }, series: [{ metric: 'impressions' }], breakdown: { field: 'account' }, compare: true });
    const lines = res.series[0]!.lines;
    expect(lines.map((l) => [l.group, l.total])).toEqual([
      ['acct_a', 3],
      ['acct_b', 1],
    ]);
    expect(res.series[0]!.previous!.range).toEqual({ from: '2026-02-28', to: '2026-03-01' });
    expect(res.series[0]!.previous!.lines.map((l) => [l.group, l.total])).toEqual([
      ['acct_a', 1],
      ['acct_b', 0],
    ]);
  });

  it('computes the catalog metrics by their definitions', async () => {
    expect(await totalOf(db, 'ws_t', 'reach')).toBe(3); // fan_1, fan_2, fan_3 (fan_5 is fan_3)
    expect(await totalOf(db, 'ws_t', 'engagement_rate_by_impressions')).toBeCloseTo(1 / 5);
    expect(await totalOf(db, 'ws_t', 'followers')).toBe(2); // 2 before + fan_3 − fan_1
    expect(await totalOf(db, 'ws_t', 'net_follows')).toBe(0);
    expect(await totalOf(db, 'ws_t', 'orders')).toBe(3);
    expect(await totalOf(db, 'ws_t', 'gmv')).toBeCloseTo(180.5);
    expect(await totalOf(db, 'ws_t', 'aov')).toBeCloseTo(180.5 / 3);
    expect(await totalOf(db, 'ws_t', 'repurchase_rate')).toBeCloseTo(1 / 2);
    expect(await totalOf(db, 'ws_t', 'repurchase_cycle')).toBeCloseTo(2);
    expect(await totalOf(db, 'ws_t', 'ltv')).toBeCloseTo((150 + 30.5) / 2);
    expect(await totalOf(db, 'ws_t', 'nps')).toBeCloseTo(25); // 2 promoters, 1 detractor, 1 passive of 4
    expect(await totalOf(db, 'ws_t', 'roi')).toBeCloseTo((180.5 - 90) / 90);
    expect(await totalOf(db, 'ws_t', 'active_fans')).toBe(4);
    expect(await totalOf(db, 'ws_t', 'dau')).toBeCloseTo((1 + 4 + 1 + 1 + 2) / 7); // days without anyone count as 0
    expect(await totalOf(db, 'ws_t', 'retention_d1')).toBeCloseTo(1 / 2); // first seen Mar 2: fan_3 (back Mar 3), fan_4 (not)
    expect(await totalOf(db, 'ws_t', 'interaction_value')).toBeCloseTo(5 * 0.01 + 1 + 6 + 3 * 20); // impressions, like, follow, orders
  });

  it('follower levels per day carry the baseline', async () => {
    const res = await trend(db, 'ws_t', { range: { from: '2026-03-01', to: '2026-03-05' }, series: [{ metric: 'followers' }] });
    expect(res.series[0]!.lines[0]!.points.map((p) => p.value)).toEqual([2, 3, 3, 3, 2]);
    expect(res.series[0]!.additive).toBe(false);
  });

  it('counts an ad-hoc event with property filters, and names a bad metric', async () => {
    const res = await trend(db, 'ws_t', {
      range: { from: '2026-03-01', to: '2026-03-07' },
      series: [{ event: 'order', math: 'count', filters: [{ field: 'property', property: 'amount', op: 'gte', value: 50 }] }, { event: 'order', math: 'sum', property: 'amount' }],
    });
    expect(res.series.map((s) => s.lines[0]!.total)).toEqual([2, 180.5]);
    await expect(trend(db, 'ws_t', { range: { from: '2026-03-01', to: '2026-03-07' }, series: [{ metric: 'nope' }] })).rejects.toMatchObject({
      fields: [{ path: 'body.series[0].metric' }],
    });
  });

  it('hours across the New York daylight-saving switch are local hours', async () => {
    // 2026-03-08 02:00 EST → 03:00 EDT. 06:30Z = 01:30 EST, 07:30Z = 03:30 EDT.
    await load(db, 'ws_ny', [
      { name: 'like', at: '2026-03-08T06:30:00Z' },
      { name: 'like', at: '2026-03-08T07:30:00Z' },
      { name: 'like', at: '2026-03-09T03:59:00Z' }, // 23:59 EDT on Mar 8
      { name: 'like', at: '2026-03-09T04:00:00Z' }, // Mar 9 local
    ]);
    const daily = await trend(db, 'ws_ny', { range: { from: '2026-03-08', to: '2026-03-09' }, series: [{ metric: 'likes' }] }, 'America/New_York');
    expect(daily.series[0]!.lines[0]!.points).toEqual([
      { bucket: '2026-03-08', value: 3 },
      { bucket: '2026-03-09', value: 1 },
    ]);
    const hourly = await trend(db, 'ws_ny', { range: { from: '2026-03-08', to: '2026-03-08' }, interval: 'hour', series: [{ metric: 'likes' }] }, 'America/New_York');
    const nonZero = hourly.series[0]!.lines[0]!.points.filter((p) => p.value > 0);
    expect(nonZero).toEqual([
      { bucket: '2026-03-08T01:00', value: 1 },
      { bucket: '2026-03-08T03:00', value: 1 },
      { bucket: '2026-03-08T23:00', value: 1 },
    ]);
  });

  it('property: daily counts equal a reference bucketing and sum to the total', async () => {
    const names = ['like', 'comment', 'share'];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: fc.constantFrom(...names), minute: fc.integer({ min: 0, max: 14 * 24 * 60 - 1 }) }), { maxLength: 60 }),
        fc.constantFrom('day', 'week') as fc.Arbitrary<'day' | 'week'>,
        async (events, interval) => {
          const ws = `ws_p${n++}`;
          const start = Date.parse('2026-03-30T16:00:00Z'); // 2026-03-31 00:00 Shanghai (a Tuesday)
          await load(db, ws, events.map((e) => ({ name: e.name, at: new Date(start + e.minute * 60_000).toISOString() })));
          const res = await trend(db, ws, { range: { from: '2026-03-31', to: '2026-04-13' }, interval, series: [{ metric: 'engagements' }] });
          const line = res.series[0]!.lines[0]!;
          // reference: local date = UTC + 8 h; weeks start on Monday
          const ref = new Map<string, number>();
          for (const e of events) {
            const local = new Date(start + e.minute * 60_000 + 8 * 3_600_000);
            if (interval === 'week') local.setUTCDate(local.getUTCDate() - ((local.getUTCDay() + 6) % 7));
            const key = local.toISOString().slice(0, 10);
            ref.set(key, (ref.get(key) ?? 0) + 1);
          }
          for (const p of line.points) expect(p.value).toBe(ref.get(p.bucket) ?? 0);
          expect(line.points.reduce((a, p) => a + p.value, 0)).toBe(line.total);
          expect(line.total).toBe(events.length);
        },
      ),
      { numRuns: kind === 'pglite' ? 15 : 25 },
    );
  });

  it('property: with the daily rollup (refreshed, then stale with pending days) the numbers equal raw events', async () => {
    const names = ['like', 'comment', 'follow', 'unfollow', 'impression'];
    const zones: Record<string, string> = {};
    const ports = { workspaceTimeZone: async (_db: unknown, ws: string) => zones[ws] ?? 'Asia/Shanghai' };
    const refresh = () => refreshRollups({ db, clock: systemClock, logger: createLogger({ test: true }, 'error') }, ports, { settleSeconds: -1 });
    const log = fc.array(fc.record({ name: fc.constantFrom(...names), minute: fc.integer({ min: 0, max: 40 * 24 * 60 }), account: fc.constantFrom('acct_a', 'acct_b') }), { maxLength: 40 });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(log, log, fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>, fc.constantFrom('Asia/Shanghai', 'America/New_York'), async (first, later, interval, tz) => {
        const ws = `ws_r${n++}`;
        zones[ws] = tz;
        const start = Date.parse('2026-02-20T00:00:00Z');
        const toEvents = (xs: typeof first) => xs.map((e) => ({ name: e.name, account: e.account, at: new Date(start + e.minute * 60_000).toISOString() }));
        await load(db, ws, toEvents(first));
        await refresh();
        await load(db, ws, toEvents(later)); // not rolled up yet: pending days
        const body = { range: { from: '2026-02-25', to: '2026-03-20' }, interval, series: [{ metric: 'engagements' }, { metric: 'net_follows' }, { metric: 'followers' }, { metric: 'interaction_value' }], breakdown: { field: 'account' as const }, compare: true };
        const raw = await trend(db, ws, body, tz, false);
        expect(await trend(db, ws, body, tz, true)).toEqual(raw);
        await refresh();
        expect(await trend(db, ws, body, tz, true)).toEqual(raw);
      }),
      { numRuns: kind === 'pglite' ? 12 : 20 },
    );
  });
});
