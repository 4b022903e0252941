import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { Database } from '@resonance/db';
import { ANALYTICS_MIGRATIONS_DIR, archiveGoal, createGoal, getGoal, listGoals, updateGoal, type AnalyticsAccount, type GoalEnv } from '../src/index.js';

const migrations = [...['events', 'fans'].map((m) => fileURLToPath(new URL(`../../${m}/migrations`, import.meta.url))), ANALYTICS_MIGRATIONS_DIR];

const append = (db: Database, ws: string, events: { name: string; at: string; account: string }[]) =>
  db.copyRows(
    'events',
    ['workspace_id', 'source_id', 'platform', 'name', 'occurred_at', 'account_id'],
    events.map((e) => [ws, 'test', 'sandbox', e.name, new Date(e.at), e.account]),
  );
const times = <T>(n: number, e: T) => Array.from({ length: n }, () => e);

const accounts: AnalyticsAccount[] = [
  { id: 'acct_a', name: '微博 (sandbox)', platform: 'sandbox', simulates: 'weibo' },
  { id: 'acct_b', name: '抖音 (sandbox)', platform: 'sandbox', simulates: 'douyin' },
];
// Now: Thu 2026-03-05 14:00 in Shanghai; Mar 5 is still running.
const env: GoalEnv = { timeZone: 'Asia/Shanghai', accounts, now: new Date('2026-03-05T06:00:00Z') };
const like = (day: string, account = 'acct_a') => ({ name: 'like', at: `${day}T02:00:00Z`, account });
const impression = (day: string) => ({ name: 'impression', at: `${day}T02:00:00Z`, account: 'acct_b' });

const events = [
  ...times(5, like('2026-02-20')),
  ...['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'].flatMap((d) => times(2, like(d))),
  like('2026-03-05'),
  // acct_b: 10 impressions a day, 2, 3, 4, 5 likes → engagement rate to date .2, .25, .3, .35
  ...['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04'].flatMap((d, i) => [...times(10, impression(d)), ...times(2 + i, like(d, 'acct_b'))]),
];

describe.each(testDatabaseKinds())('goals on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, migrations);
    await append(db, 'ws', events);
  });
  afterAll(async () => db?.close());

  it('tracks a cumulative goal: baseline from the previous period, progress from 0, linear-trend forecast over complete days', async () => {
    const g = await createGoal(db, 'ws', { name: '三月点赞', metricId: 'likes', accountId: 'acct_a', targetValue: 20, startDate: '2026-03-01', endDate: '2026-03-10', stage: 'Q1' }, 'usr_1', env);
    expect(g).toMatchObject({
      name: '三月点赞', metricId: 'likes', accountId: 'acct_a', baselineValue: 5, baselineSource: 'previous_period', targetValue: 20,
      targetChangePercent: null, target: 20, startDate: '2026-03-01', endDate: '2026-03-10', stage: 'Q1', createdBy: 'usr_1', archivedAt: null,
    });
    expect(g.id).toMatch(/^goal_/);
    expect(g.progress).toEqual({
      status: 'active', asOf: '2026-03-05', current: 9, direction: 'increase', kind: 'cumulative', from: 0, fraction: 0.45,
      series: [
        { date: '2026-03-01', value: 2 },
        { date: '2026-03-02', value: 4 },
        { date: '2026-03-03', value: 6 },
        { date: '2026-03-04', value: 8 },
        { date: '2026-03-05', value: 9 },
      ],
    });
    // Mar 1–4 (today left out): 2, 4, 6, 8 → slope 2 a day → 20 on Mar 10
    expect(g.forecast).toEqual({ method: 'least_squares_linear_trend', value: 20, slopePerDay: 2, points: 4, onTrack: true, note: 'ok' });
  });

  it('tracks a rate goal from its baseline with a percent target', async () => {
    const g = await createGoal(db, 'ws', { name: '互动率 +50%', metricId: 'engagement_rate_by_impressions', accountId: 'acct_b', baselineValue: 0.2, targetChangePercent: 50, startDate: '2026-03-01', endDate: '2026-03-10' }, 'usr_1', env);
    expect(g).toMatchObject({ baselineValue: 0.2, baselineSource: 'given', targetValue: null, targetChangePercent: 50, stage: null });
    expect(g.target).toBeCloseTo(0.3, 12);
    expect(g.progress).toMatchObject({ status: 'active', kind: 'level', from: 0.2, direction: 'increase', current: 0.35 });
    expect(g.progress.fraction).toBeCloseTo(1.5, 10);
    expect(g.forecast.points).toBe(4);
    expect(g.forecast.slopePerDay).toBeCloseTo(0.05, 10);
    expect(g.forecast.value).toBeCloseTo(0.65, 10);
    expect(g.forecast.onTrack).toBe(true);
  });

  it('reports goals not started and ended', async () => {
    const later = await createGoal(db, 'ws', { name: 'Followers', metricId: 'followers', baselineValue: 50, targetValue: 100, startDate: '2026-03-10', endDate: '2026-03-20' }, 'usr_1', env);
    expect(later.progress).toMatchObject({ status: 'not_started', asOf: null, current: null, fraction: null, series: [] });
    expect(later.forecast).toMatchObject({ value: null, onTrack: null, note: 'not_started' });
    const past = await createGoal(db, 'ws', { name: 'Feb likes', metricId: 'likes', accountId: 'acct_a', baselineValue: 0, targetValue: 4, startDate: '2026-02-15', endDate: '2026-02-25' }, 'usr_1', env);
    expect(past.progress).toMatchObject({ status: 'ended', asOf: '2026-02-25', current: 5, fraction: 1.25 });
    expect(past.forecast).toEqual({ method: 'least_squares_linear_trend', value: 5, slopePerDay: null, points: 0, onTrack: true, note: 'ended' });
  });

  it('takes any catalog metric; one without a daily value to date gets no forecast', async () => {
    const g = await createGoal(db, 'ws', { name: 'DAU', metricId: 'dau', baselineValue: 0, targetValue: 10, startDate: '2026-03-01', endDate: '2026-03-31' }, 'usr_1', env);
    expect(g.progress).toMatchObject({ status: 'active', kind: 'level', current: 0, series: [] });
    expect(g.forecast).toMatchObject({ value: null, note: 'no_daily_series' });
  });

  it('validates metric, account, target and dates, naming the field', async () => {
    const base = { name: 'x', metricId: 'likes', targetValue: 1, startDate: '2026-03-01', endDate: '2026-03-10' };
    const fieldOf = (p: Promise<unknown>) => p.then(() => null, (e: { fields?: { path: string }[] }) => e.fields?.[0]?.path);
    expect(await fieldOf(createGoal(db, 'ws', { ...base, metricId: 'no_such' }, 'u', env))).toBe('body.metricId');
    expect(await fieldOf(createGoal(db, 'ws', { ...base, accountId: 'acct_zz' }, 'u', env))).toBe('body.accountId');
    expect(await fieldOf(createGoal(db, 'ws', { ...base, targetChangePercent: 10 }, 'u', env))).toBe('body.targetValue');
    expect(await fieldOf(createGoal(db, 'ws', { ...base, endDate: '2026-02-01' }, 'u', env))).toBe('body.endDate');
    // shares had no events in the previous period: a percent of 0 is no target
    const { targetValue: _t, ...noTarget } = base;
    expect(await fieldOf(createGoal(db, 'ws', { ...noTarget, metricId: 'shares', targetChangePercent: 10 }, 'u', env))).toBe('body.targetChangePercent');
  });

  it('updates (recomputing a previous-period baseline), archives, lists, and keeps workspaces apart', async () => {
    const g = await createGoal(db, 'ws', { name: 'Likes', metricId: 'likes', accountId: 'acct_a', targetValue: 20, startDate: '2026-03-01', endDate: '2026-03-10' }, 'usr_1', env);
    const pct = await updateGoal(db, 'ws', g.id, { targetChangePercent: 100 }, env);
    expect(pct).toMatchObject({ targetValue: null, targetChangePercent: 100, baselineValue: 5, target: 10 });
    // Mar 3 … Mar 10 (8 days): previous period Feb 23 … Mar 2 had 4 likes
    const moved = await updateGoal(db, 'ws', g.id, { startDate: '2026-03-03', stage: 'W10' }, env);
    expect(moved).toMatchObject({ startDate: '2026-03-03', baselineValue: 4, baselineSource: 'previous_period', target: 8, stage: 'W10' });
    expect(moved.progress.current).toBe(5);
    const given = await updateGoal(db, 'ws', g.id, { baselineValue: 3, targetValue: 12 }, env);
    expect(given).toMatchObject({ baselineValue: 3, baselineSource: 'given', targetValue: 12, targetChangePercent: null });

    await expect(getGoal(db, 'ws_other', g.id, env)).rejects.toMatchObject({ status: 404 });
    await expect(archiveGoal(db, 'ws_other', g.id, env)).rejects.toMatchObject({ status: 404 });
    await expect(updateGoal(db, 'ws_other', g.id, { name: 'y' }, env)).rejects.toMatchObject({ status: 404 });

    const archived = await archiveGoal(db, 'ws', g.id, env);
    expect(archived.archivedAt).toEqual(env.now);
    expect((await archiveGoal(db, 'ws', g.id, { ...env, now: new Date('2026-03-06T00:00:00Z') })).archivedAt).toEqual(env.now);
    await expect(updateGoal(db, 'ws', g.id, { name: 'y' }, env)).rejects.toMatchObject({ status: 409 });
    const active = await listGoals(db, 'ws', {}, env);
    expect(active).toMatchObject({ timeZone: 'Asia/Shanghai', today: '2026-03-05' });
    expect(active.items.map((x) => x.id)).not.toContain(g.id);
    expect(active.items.map((x) => x.endDate)).toEqual([...active.items.map((x) => x.endDate)].sort());
    const all = await listGoals(db, 'ws', { includeArchived: true }, env);
    expect(all.items.at(-1)!.id).toBe(g.id);
    expect((await listGoals(db, 'ws_other', { includeArchived: true }, env)).items).toEqual([]);
  });
});
