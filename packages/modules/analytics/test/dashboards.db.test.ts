import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { Database } from '@resonance/db';
import { manualClock } from '@resonance/kernel';
import { DEFAULT_IV_WEIGHTS } from '../src/index.js';
import type { AnalyticsPorts } from '../src/overview.types.js';
import { createDashboard, getDashboard, updateDashboard, addTile } from '../src/dashboards/dashboards.service.js';
import { runDashboard } from '../src/dashboards/run-dashboard.service.js';
import { createSavedQuery, deleteSavedQuery, updateSavedQuery } from '../src/dashboards/saved-queries.service.js';
import { createShareLink, openShareLink, revokeShareLink } from '../src/dashboards/share-links.service.js';
import { funnelBody, type FunnelResult } from '../src/funnels/funnel.schema.js';
import { runFunnel } from '../src/funnels/funnel.service.js';
import { trendBody, type TrendResponse } from '../src/trends/trend.schema.js';
import { computeTrend } from '../src/trends/trend.service.js';

const dirs = ['../../events/migrations', '../../fans/migrations', '../migrations'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

const TZ = 'Asia/Shanghai';
const ports: AnalyticsPorts = {
  workspaceTimeZone: async () => TZ,
  listAccounts: async (_db, ws) =>
    ws === 'ws_a'
      ? [
          { id: 'acct_a', name: '主号', platform: 'weibo', simulates: null, brandId: 'brand_1' },
          { id: 'acct_b', name: 'Second', platform: 'douyin', simulates: null, brandId: 'brand_2' },
        ]
      : [],
};

const load = (db: Database, ws: string, events: { name: string; at: string; account?: string; fan?: string }[]) =>
  db.copyRows(
    'events',
    ['workspace_id', 'source_id', 'platform', 'name', 'occurred_at', 'account_id', 'fan_id', 'properties'],
    events.map((e) => [ws, 'test', e.account === 'acct_b' ? 'douyin' : 'weibo', e.name, new Date(e.at), e.account ?? 'acct_a', e.fan ?? null, null]),
  );

const impressionsQuery = { range: { from: '2026-03-01', to: '2026-03-07' }, series: [{ metric: 'impressions' }] };
const fieldsOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: { status?: number; fields?: { path: string }[] }) => ({ status: e.status, paths: e.fields?.map((f) => f.path) }));

describe.each(testDatabaseKinds())('saved queries, dashboards and share links on %s', (kind) => {
  let db: TestDatabase;
  // 2026-03-10 02:00 in Shanghai: "today" is 2026-03-10 there (still 2026-03-09 in UTC)
  const clock = manualClock(new Date('2026-03-09T18:00:00Z'));
  const by = { actor: 'usr_analyst', clock };

  beforeAll(async () => {
    db = await createTestDatabase(kind, dirs);
    await load(db, 'ws_a', [
      { name: 'impression', at: '2026-03-03T16:00:00Z', fan: 'fan_1' }, // Mar 4 local
      { name: 'impression', at: '2026-03-04T03:00:00Z', fan: 'fan_2' }, // Mar 4
      { name: 'impression', at: '2026-03-09T17:00:00Z', account: 'acct_b', fan: 'fan_3' }, // Mar 10 (today)
      { name: 'impression', at: '2026-03-05T03:00:00Z', account: 'acct_b' }, // Mar 5
      { name: 'like', at: '2026-03-05T03:00:00Z', fan: 'fan_1' },
      { name: 'impression', at: '2026-02-01T03:00:00Z' }, // outside 28 days
    ]);
  });
  afterAll(async () => db?.close());

  it('validates a saved query by its kind and stores the schema defaults', async () => {
    const q = await createSavedQuery(db, 'ws_a', { name: 'Impressions', kind: 'trend', body: impressionsQuery }, by);
    expect(q.id).toMatch(/^query_/);
    expect(q.body).toMatchObject({ interval: 'day', compare: false, breakdownLimit: 10, series: [{ metric: 'impressions' }] });
    const stored = await db.query<{ body: unknown }>('select body from analytics_saved_queries where id = $1', [q.id]);
    expect(typeof stored[0]!.body === 'string' ? JSON.parse(stored[0]!.body) : stored[0]!.body).toEqual(q.body);

    // trend: the schema, then the catalog
    expect(await fieldsOf(createSavedQuery(db, 'ws_a', { name: 'x', kind: 'trend', body: { ...impressionsQuery, series: [] } }, by))).toEqual({
      status: 400,
      paths: ['body.body.series'],
    });
    expect(await fieldsOf(createSavedQuery(db, 'ws_a', { name: 'x', kind: 'trend', body: { ...impressionsQuery, series: [{ metric: 'nope' }] } }, by))).toEqual({
      status: 400,
      paths: ['body.body.series[0].metric'],
    });
    // a funnel body is not a trend body, and the other way round
    const funnel = { range: { from: '2026-03-01', to: '2026-03-07' }, steps: [{ event: 'impression' }, { event: 'like' }] };
    expect(await fieldsOf(createSavedQuery(db, 'ws_a', { name: 'x', kind: 'trend', body: funnel }, by))).toMatchObject({ status: 400, paths: ['body.body.series'] });
    const f = await createSavedQuery(db, 'ws_a', { name: 'Funnel', kind: 'funnel', body: funnel }, by);
    expect(f.body).toMatchObject({ order: 'sequential', windowSeconds: 7 * 86_400 });
    expect(await fieldsOf(createSavedQuery(db, 'ws_a', { name: 'x', kind: 'funnel', body: { ...funnel, steps: [{ event: 'like' }] } }, by))).toEqual({
      status: 400,
      paths: ['body.body.steps'],
    });
    const r = await createSavedQuery(db, 'ws_a', { name: 'Retention', kind: 'retention', body: { range: funnel.range, interval: 'day', startEvent: { event: 'follow' }, returnEvent: 'any', periods: 7 } }, by);
    expect(r.body).toMatchObject({ mode: 'first_time', returnEvent: 'any' });
    expect(await fieldsOf(createSavedQuery(db, 'ws_a', { name: 'x', kind: 'retention', body: { range: funnel.range, interval: 'year', startEvent: { event: 'follow' }, returnEvent: 'any', periods: 7 } }, by))).toEqual({
      status: 400,
      paths: ['body.body.interval'],
    });
    const p = await createSavedQuery(db, 'ws_a', { name: 'Paths', kind: 'paths', body: { range: funnel.range, event: 'like' } }, by);
    expect(p.body).toMatchObject({ direction: 'after', steps: 3, limit: 20 });
    expect(await fieldsOf(createSavedQuery(db, 'ws_a', { name: 'x', kind: 'paths', body: { range: funnel.range, event: 'like', excludeEvents: ['like'] } }, by))).toEqual({
      status: 400,
      paths: ['body.body.excludeEvents'],
    });
    // an update is checked against the query's own kind
    expect(await fieldsOf(updateSavedQuery(db, 'ws_a', q.id, { body: funnel }, clock))).toMatchObject({ status: 400, paths: ['body.body.series'] });
    const renamed = await updateSavedQuery(db, 'ws_a', q.id, { name: '曝光' }, clock);
    expect(renamed).toMatchObject({ name: '曝光', body: q.body });
    // another workspace does not see it
    expect(await fieldsOf(updateSavedQuery(db, 'ws_other', q.id, { name: 'stolen' }, clock))).toMatchObject({ status: 404 });
  });

  it('a dashboard only holds saved queries of its workspace, and a shown query cannot be deleted', async () => {
    const mine = await createSavedQuery(db, 'ws_a', { name: 'Mine', kind: 'trend', body: impressionsQuery }, by);
    const theirs = await createSavedQuery(db, 'ws_other', { name: 'Theirs', kind: 'trend', body: impressionsQuery }, by);
    expect(await fieldsOf(createDashboard(db, 'ws_a', { name: 'D', layout: [{ queryId: theirs.id, x: 0, y: 0, w: 12, h: 2 }], filters: { range: { preset: '7d' } } }, by))).toEqual({
      status: 400,
      paths: ['body.layout.0.queryId'],
    });
    const d = await createDashboard(db, 'ws_a', { name: 'D', layout: [], filters: { range: { preset: '7d' } } }, by);
    expect(d.id).toMatch(/^dash_/);
    await addTile(db, 'ws_a', d.id, { queryId: mine.id, w: 12, h: 2 }, clock);
    const two = await addTile(db, 'ws_a', d.id, { queryId: mine.id, w: 24, h: 3 }, clock);
    expect(two.layout).toEqual([
      { queryId: mine.id, x: 0, y: 0, w: 12, h: 2 },
      { queryId: mine.id, x: 0, y: 2, w: 24, h: 3 },
    ]);
    expect(await fieldsOf(addTile(db, 'ws_a', d.id, { queryId: theirs.id, w: 12, h: 2 }, clock))).toEqual({ status: 400, paths: ['body.queryId'] });
    expect(await fieldsOf(deleteSavedQuery(db, 'ws_a', mine.id))).toMatchObject({ status: 409 });
    await updateDashboard(db, 'ws_a', d.id, { layout: [] }, clock);
    await deleteSavedQuery(db, 'ws_a', mine.id);
    expect((await getDashboard(db, 'ws_a', d.id)).layout).toEqual([]);
    expect(await fieldsOf(getDashboard(db, 'ws_other', d.id))).toMatchObject({ status: 404 });
  });

  it("every tile runs its kind's service with the dashboard's range and filters; a tile that cannot run carries its own error", async () => {
    const trendQ = await createSavedQuery(db, 'ws_a', { name: 'Impressions by account', kind: 'trend', body: { ...impressionsQuery, breakdown: { field: 'account' } } }, by);
    const funnelQ = await createSavedQuery(db, 'ws_a', { name: 'Funnel', kind: 'funnel', body: { range: impressionsQuery.range, steps: [{ event: 'impression' }, { event: 'like' }] } }, by);
    const retired = await createSavedQuery(db, 'ws_a', { name: 'Retired metric', kind: 'trend', body: impressionsQuery }, by);
    const gone = await createSavedQuery(db, 'ws_a', { name: 'Gone', kind: 'trend', body: impressionsQuery }, by);
    const d = await createDashboard(
      db,
      'ws_a',
      {
        name: 'Weekly',
        layout: [
          { queryId: funnelQ.id, x: 12, y: 0, w: 12, h: 2 },
          { queryId: trendQ.id, x: 0, y: 0, w: 12, h: 2 },
          { queryId: retired.id, x: 0, y: 2, w: 12, h: 2 },
          { queryId: gone.id, x: 12, y: 2, w: 12, h: 2 },
        ],
        filters: { range: { preset: '7d' } },
      },
      by,
    );
    // saved before a catalog change (the metric is no longer there), and a query removed behind the dashboard's back
    await db.query(`update analytics_saved_queries set body = jsonb_set(body, '{series,0,metric}', '"retired_metric"') where id = $1`, [retired.id]);
    await db.query('delete from analytics_saved_queries where id = $1', [gone.id]);

    const run = await runDashboard({ db, ports, now: clock.now() }, 'ws_a', d);
    // the last 7 local days ending today in Shanghai (Mar 10 there, Mar 9 in UTC)
    expect(run.range).toEqual({ from: '2026-03-04', to: '2026-03-10' });
    expect(run.timeZone).toBe(TZ);
    expect(run.accounts).toEqual([
      { id: 'acct_a', name: '主号' },
      { id: 'acct_b', name: 'Second' },
    ]);
    expect(run.metrics.map((m) => [m.id, m.name.en])).toEqual([['impressions', 'Impressions']]);
    expect(run.tiles.map((t) => [t.kind, t.x, t.y, t.error?.code ?? null])).toEqual([
      ['trend', 0, 0, null],
      ['funnel', 12, 0, null],
      ['trend', 0, 2, 'validation_failed'],
      [null, 12, 2, 'not_found'],
    ]);
    expect(run.tiles[2]!.error!.message).toContain('tile.body.series[0].metric');

    const direct = await computeTrend(db, 'ws_a', trendBody.parse({ ...trendQ.body, range: run.range }), { timeZone: TZ, ivWeights: DEFAULT_IV_WEIGHTS });
    expect(run.tiles[0]!.result).toEqual(direct);
    const lines = (run.tiles[0]!.result as TrendResponse).series[0]!.lines;
    expect(lines.map((l) => [l.group, l.total])).toEqual([
      ['acct_a', 2],
      ['acct_b', 2],
    ]);
    const funnel = await runFunnel(db, 'ws_a', funnelBody.parse({ ...funnelQ.body, range: run.range }), { timeZone: TZ });
    expect(run.tiles[1]!.result).toEqual(funnel);
    expect((run.tiles[1]!.result as FunnelResult).steps.map((s) => s.fans)).toEqual([3, 1]); // fan_1, fan_2, fan_3 saw; fan_1 liked

    // the page's filters: brand 2 → only acct_b; fixed dates
    const narrowed = await runDashboard({ db, ports, now: clock.now() }, 'ws_a', d, { range: { from: '2026-03-05', to: '2026-03-05' }, brandId: 'brand_2' });
    expect(narrowed.range).toEqual({ from: '2026-03-05', to: '2026-03-05' });
    expect((narrowed.tiles[0]!.result as TrendResponse).series[0]!.lines.map((l) => [l.group, l.total])).toEqual([['acct_b', 1]]);
    expect(narrowed.tiles[0]!.body.filters).toEqual([{ field: 'account', op: 'in', value: ['acct_b'] }]);
    expect(narrowed.tiles[1]!.body).toMatchObject({ range: narrowed.range, filters: [{ field: 'account', op: 'in', value: ['acct_b'] }] });
    const byPlatform = await runDashboard({ db, ports, now: clock.now() }, 'ws_a', d, { range: { preset: '28d' }, platform: 'weibo' });
    expect((byPlatform.tiles[0]!.result as TrendResponse).series[0]!.lines.map((l) => [l.group, l.total])).toEqual([['acct_a', 2]]);
  });

  it('share links: only the sha256 of the token is stored; a link opens until it expires or is revoked', async () => {
    const d = await createDashboard(db, 'ws_a', { name: 'Shared', layout: [], filters: { range: { preset: '28d' } } }, by);
    const link = await createShareLink(db, 'ws_a', d.id, { expiresInDays: 2, actor: 'usr_analyst', clock });
    expect(link.token).toMatch(/^shr_[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.toISOString()).toBe('2026-03-11T18:00:00.000Z');
    const rows = await db.query<Record<string, unknown>>('select * from analytics_share_links where id = $1', [link.id]);
    expect(rows[0]!.token_hash).toBe(createHash('sha256').update(link.token).digest('hex'));
    expect(JSON.stringify(rows)).not.toContain(link.token);

    expect((await openShareLink(db, link.token, clock.now())).dashboard.id).toBe(d.id);
    expect(await fieldsOf(openShareLink(db, `${link.token}x`, clock.now()))).toMatchObject({ status: 404 });
    expect(await fieldsOf(openShareLink(db, link.token, new Date('2026-03-11T17:59:59Z')))).toBe('resolved');
    expect(await fieldsOf(openShareLink(db, link.token, new Date('2026-03-11T18:00:00Z')))).toMatchObject({ status: 404 });

    const other = await createShareLink(db, 'ws_a', d.id, { expiresInDays: 90, actor: 'usr_analyst', clock });
    expect(await fieldsOf(revokeShareLink(db, 'ws_other', d.id, other.id, clock))).toMatchObject({ status: 404 });
    expect(await fieldsOf(openShareLink(db, other.token, clock.now()))).toBe('resolved');
    const revoked = await revokeShareLink(db, 'ws_a', d.id, other.id, clock);
    clock.advance(60_000);
    const again = await revokeShareLink(db, 'ws_a', d.id, other.id, clock);
    expect(again.revokedAt).toEqual(revoked.revokedAt);
    expect(await fieldsOf(openShareLink(db, other.token, clock.now()))).toMatchObject({ status: 404 });
    expect(await fieldsOf(createShareLink(db, 'ws_other', d.id, { expiresInDays: 1, actor: 'x', clock }))).toMatchObject({ status: 404 });
  });
});
