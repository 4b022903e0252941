import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { appendEvents } from '@resonance/events';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())('content insight and goals API (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  const api = (role: keyof WorkspaceFixture['tokens'], f: WorkspaceFixture = a) => server.client().withToken(f.tokens[role]);
  const ws = (rest: string, f: WorkspaceFixture = a) => `/api/workspaces/${f.workspaceId}${rest}`;
  const RANGE = 'from=2026-03-01&to=2026-03-07';

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    const { db } = server.runtime.ctx;
    const base = { sourceId: 'src_test', platform: 'sandbox', accountId: a.accountId };
    // Workspace time zone: Asia/Shanghai (the default). pub_a published Mon Mar 2 10:00 local.
    await appendEvents(db, a.workspaceId, [
      { ...base, name: 'post_published', publicationId: 'pub_a', occurredAt: at('2026-03-02T02:00:00Z'), properties: { title: '新品上市', permalink: 'https://sandbox.local/pub_a', pillar: '产品种草', funnelStage: 'awareness' } },
      ...Array.from({ length: 8 }, () => ({ ...base, name: 'impression', publicationId: 'pub_a', occurredAt: at('2026-03-02T03:00:00Z') })),
      { ...base, name: 'like', publicationId: 'pub_a', occurredAt: at('2026-03-02T04:00:00Z') },
      { ...base, name: 'share', publicationId: 'pub_a', occurredAt: at('2026-03-02T04:00:00Z') },
      { ...base, name: 'order', publicationId: 'pub_a', occurredAt: at('2026-03-02T05:00:00Z'), properties: { amount: 88 } },
    ]);
    await appendEvents(db, b.workspaceId, [
      { ...base, accountId: b.accountId, name: 'post_published', publicationId: 'pub_b', occurredAt: at('2026-03-02T02:00:00Z'), properties: { title: 'B 的内容' } },
    ]);
  });
  afterAll(async () => server?.close());

  it('serves the leaderboard, comparison and heatmap from the event store', async () => {
    const lb = await api('analyst').get(ws(`/content/posts?${RANGE}`));
    expect(lb.status).toBe(200);
    expect(lb.body).toMatchObject({ timeZone: 'Asia/Shanghai', range: { from: '2026-03-01', to: '2026-03-07' }, total: 1 });
    expect(lb.body.items[0]).toMatchObject({
      publicationId: 'pub_a', accountId: a.accountId, accountName: 'Sandbox A', title: '新品上市', pillar: '产品种草', funnelStage: 'awareness',
      metrics: { impressions: 8, likes: 1, shares: 1, engagements: 2, engagement_rate_by_impressions: 0.25, orders: 1, gmv: 88, reach: 0 },
    });
    const cmp = await api('reviewer').get(ws(`/content/compare?by=pillar&${RANGE}`));
    expect(cmp.status).toBe(200);
    expect(cmp.body.groups).toMatchObject([{ key: '产品种草', posts: 1, metrics: { impressions: 8 }, perPost: { engagements: 2 } }]);
    const heat = await api('editor').get(ws(`/content/heatmap?${RANGE}`));
    expect(heat.status).toBe(200);
    expect(heat.body.cells).toEqual([{ weekday: 1, hour: 10, posts: 1, avgEngagementRate: 0.25, avgEngagements: 2 }]);
    expect(heat.body.bestTimes.accounts).toMatchObject([{ accountId: a.accountId, status: 'not_enough_data', posts: 1 }]);
    const catalog = await api('analyst').get(ws('/metrics'));
    expect(catalog.status).toBe(200);
    expect(catalog.body.items.find((m: { id: string }) => m.id === 'engagement_rate_by_impressions')).toMatchObject({
      name: { 'zh-CN': '互动率（按曝光）', en: 'Engagement rate (by impressions)' }, formulaText: 'engagements ÷ impressions', unit: 'percent', forecastable: true,
    });
  });

  it('names the field of a bad query or body', async () => {
    const field = async (path: string, body?: unknown) => {
      const res = body === undefined ? await api('analyst').get(ws(path)) : await api('analyst').post(ws(path), body);
      expect(res.status).toBe(400);
      return res.body.error.fields[0].path;
    };
    expect(await field('/content/posts?from=2026-13-01')).toBe('query.from');
    expect(await field('/content/posts?from=2026-03-07&to=2026-03-01')).toBe('query.to');
    expect(await field('/content/posts?sort=followers')).toBe('query.sort');
    expect(await field('/content/posts?limit=0')).toBe('query.limit');
    expect(await field('/content/posts?cursor=zzz')).toBe('query.cursor');
    expect(await field('/content/compare?by=weekday')).toBe('query.by');
    expect(await field('/goals', { name: 'x', metricId: 'no_such_metric', targetValue: 1, startDate: '2026-03-01', endDate: '2026-03-31' })).toBe('body.metricId');
    expect(await field('/goals', { name: 'x', metricId: 'likes', startDate: '2026-03-01', endDate: '2026-03-31' })).toBe('body.targetValue');
    expect(await field('/goals', { name: 'x', metricId: 'likes', targetValue: 1, startDate: '2026-03-31', endDate: '2026-03-01' })).toBe('body.endDate');
    expect(await field('/goals', { name: 'x', metricId: 'likes', targetValue: 1, accountId: b.accountId, startDate: '2026-03-01', endDate: '2026-03-31' })).toBe('body.accountId');
  });

  it('lets an analyst create, change and archive goals; reviewers only read them; agents see no analytics', async () => {
    const created = await api('analyst').post(ws('/goals'), {
      name: '互动率 +40%', metricId: 'engagement_rate_by_impressions', baselineValue: 0.05, targetChangePercent: 40, startDate: '2026-07-01', endDate: '2026-09-30', stage: 'Q3',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '互动率 +40%', stage: 'Q3', baselineSource: 'given', targetChangePercent: 40, createdBy: expect.any(String) });
    expect(created.body.target).toBeCloseTo(0.07, 12);
    expect(created.body.forecast.method).toBe('least_squares_linear_trend');
    const id = created.body.id as string;

    const changed = await api('analyst').patch(ws(`/goals/${id}`), { name: 'Engagement rate +40%' });
    expect(changed.status).toBe(200);
    expect(changed.body.name).toBe('Engagement rate +40%');
    const list = await api('reviewer').get(ws('/goals'));
    expect(list.status).toBe(200);
    expect(list.body.items.map((g: { id: string }) => g.id)).toEqual([id]);
    expect((await api('reviewer').post(ws('/goals'), { name: 'no', metricId: 'likes', targetValue: 1, startDate: '2026-03-01', endDate: '2026-03-02' })).status).toBe(403);
    expect((await api('reviewer').post(ws(`/goals/${id}/archive`))).status).toBe(403);

    for (const path of ['/goals', `/goals/${id}`, `/content/posts?${RANGE}`, '/content/compare', '/content/heatmap', '/metrics']) {
      expect((await api('agent').get(ws(path))).status, path).toBe(403);
    }

    const archived = await api('editor').post(ws(`/goals/${id}/archive`));
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await api('analyst').get(ws('/goals'))).body.items).toEqual([]);
    expect((await api('analyst').get(ws('/goals?includeArchived=true'))).body.items.map((g: { id: string }) => g.id)).toEqual([id]);
    const audit = await api('owner').get(ws('/audit?limit=20'));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['goal.create', 'goal.update', 'goal.archive']));
  });

  it("answers 404 for another workspace and for another workspace's goal", async () => {
    expect((await api('owner').get(ws(`/content/posts?${RANGE}`, b))).status).toBe(404);
    expect((await api('owner').get(ws('/goals', b))).status).toBe(404);
    const bGoal = await api('owner', b).post(ws('/goals', b), { name: 'B', metricId: 'likes', targetValue: 5, startDate: '2026-03-01', endDate: '2026-03-31' });
    expect(bGoal.status).toBe(201);
    for (const res of [
      await api('owner').get(ws(`/goals/${bGoal.body.id}`)),
      await api('owner').patch(ws(`/goals/${bGoal.body.id}`), { name: 'taken' }),
      await api('owner').post(ws(`/goals/${bGoal.body.id}/archive`)),
    ]) {
      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('"B"');
    }
    expect((await api('owner').get(ws(`/content/posts?${RANGE}&accountId=${b.accountId}`))).status).toBe(404);
    const own = await api('owner', b).get(ws(`/goals/${bGoal.body.id}`, b));
    expect(own.body).toMatchObject({ name: 'B', archivedAt: null });
  });
});
