import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { appendEvents } from '@resonance/events';
import { manualClock } from '@resonance/kernel';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testDatabaseKinds())('saved queries, dashboards and share links API (%s)', (kind) => {
  const clock = manualClock(new Date());
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  const api = (role: keyof WorkspaceFixture['tokens'], f: WorkspaceFixture = a) => server.client().withToken(f.tokens[role]);
  const ws = (rest: string, f: WorkspaceFixture = a) => `/api/workspaces/${f.workspaceId}${rest}`;
  const trendQuery = { range: { from: '2026-01-01', to: '2026-01-07' }, interval: 'day', series: [{ metric: 'impressions' }, { event: 'like', math: 'count' }] };

  beforeAll(async () => {
    server = await startTestServer({ kind, clock });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    const base = { sourceId: 'src_test', platform: 'sandbox', accountId: a.accountId };
    const now = clock.now().getTime();
    await appendEvents(server.runtime.ctx.db, a.workspaceId, [
      ...[1, 2, 2, 3, 5, 40].map((d) => ({ ...base, name: 'impression', occurredAt: new Date(now - d * DAY) })),
      ...[1, 4].map((d) => ({ ...base, name: 'like', occurredAt: new Date(now - d * DAY) })),
    ]);
    await appendEvents(server.runtime.ctx.db, b.workspaceId, [{ ...base, accountId: b.accountId, name: 'impression', occurredAt: new Date(now - DAY) }]);
  });
  afterAll(async () => server?.close());

  it("a dashboard tile's numbers equal POST …/queries/trend's for the same metric and range", async () => {
    const saved = await api('analyst').post(ws('/saved-queries'), { name: '曝光与点赞', kind: 'trend', body: trendQuery });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ kind: 'trend', name: '曝光与点赞', body: { compare: false } });
    const dash = await api('analyst').post(ws('/dashboards'), { name: 'Weekly', filters: { range: { preset: '7d' } } });
    expect(dash.status).toBe(201);
    const added = await api('analyst').post(ws(`/dashboards/${dash.body.id}/tiles`), { queryId: saved.body.id });
    expect(added.status).toBe(200);
    expect(added.body.layout).toEqual([{ queryId: saved.body.id, x: 0, y: 0, w: 12, h: 2 }]);

    const run = await api('reviewer').post(ws(`/dashboards/${dash.body.id}/run`), {});
    expect(run.status).toBe(200);
    const tile = run.body.tiles[0];
    expect(tile.error).toBeNull();
    expect(run.body.range.to).not.toBe(trendQuery.range.to); // the dashboard's range replaced the saved one
    const direct = await api('reviewer').post(ws('/queries/trend'), { ...trendQuery, range: run.body.range });
    expect(direct.status).toBe(200);
    expect(tile.result).toEqual(direct.body);
    expect(tile.result.series.map((s: { lines: { total: number }[] }) => s.lines[0]!.total)).toEqual([5, 2]); // the 40-day-old impression is out

    // a funnel tile is POST …/queries/funnel's answer for the dashboard's range
    const funnelQuery = { range: trendQuery.range, steps: [{ event: 'impression' }, { event: 'like' }] };
    const funnel = await api('analyst').post(ws('/saved-queries'), { name: 'Funnel', kind: 'funnel', body: funnelQuery });
    await api('analyst').post(ws(`/dashboards/${dash.body.id}/tiles`), { queryId: funnel.body.id });
    const both = await api('reviewer').post(ws(`/dashboards/${dash.body.id}/run`), {});
    expect(both.body.tiles.map((t: { kind: string; error: unknown }) => [t.kind, t.error])).toEqual([
      ['trend', null],
      ['funnel', null],
    ]);
    const directFunnel = await api('reviewer').post(ws('/queries/funnel'), { ...funnelQuery, range: both.body.range });
    expect(both.body.tiles[1].result).toEqual(directFunnel.body);

    // with the page's own filters: a fixed range, and an account of another workspace matches nothing
    const narrowed = await api('reviewer').post(ws(`/dashboards/${dash.body.id}/run`), { filters: { range: run.body.range, accountId: b.accountId } });
    expect(narrowed.body.tiles[0].result.series.map((s: { lines: { total: number }[] }) => s.lines[0]!.total)).toEqual([0, 0]);
  });

  it('analysts and editors build dashboards; reviewers only read and run them; agents get 403', async () => {
    const created = await api('editor').post(ws('/dashboards'), { name: 'By editor' });
    expect(created.status).toBe(201);
    expect(created.body.filters).toEqual({ range: { preset: '28d' } });
    expect((await api('reviewer').post(ws('/dashboards'), { name: 'no' })).status).toBe(403);
    expect((await api('agent').post(ws('/dashboards'), { name: 'no' })).status).toBe(403);
    expect((await api('agent').get(ws('/dashboards'))).status).toBe(403);
    expect((await api('agent').post(ws(`/dashboards/${created.body.id}/run`), {})).status).toBe(403);
    expect((await api('agent').post(ws('/saved-queries'), { name: 'no', kind: 'trend', body: trendQuery })).status).toBe(403);
    expect((await api('reviewer').get(ws(`/dashboards/${created.body.id}`))).status).toBe(200);
    expect((await api('reviewer').post(ws(`/dashboards/${created.body.id}/share-links`), { expiresInDays: 7 })).status).toBe(403);

    const bad = await api('analyst').post(ws('/saved-queries'), { name: 'bad', kind: 'trend', body: { ...trendQuery, interval: 'year' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('body.body.interval');

    const renamed = await api('analyst').patch(ws(`/dashboards/${created.body.id}`), { name: '周报', filters: { range: { preset: '90d' }, platform: 'sandbox' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: '周报', filters: { range: { preset: '90d' }, platform: 'sandbox' } });
    expect((await api('analyst').delete(ws(`/dashboards/${created.body.id}`))).status).toBe(204);
    expect((await api('analyst').get(ws(`/dashboards/${created.body.id}`))).status).toBe(404);

    const audit = await api('owner').get(ws('/audit?action=dashboard.*'));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['dashboard.create', 'dashboard.update', 'dashboard.delete', 'dashboard.add_tile']));
  });

  it("another workspace's dashboards, queries and links answer 404", async () => {
    const q = await api('owner', b).post(ws('/saved-queries', b), { name: 'B query', kind: 'trend', body: trendQuery });
    const d = await api('owner', b).post(ws('/dashboards', b), { name: 'B dashboard', layout: [{ queryId: q.body.id, x: 0, y: 0, w: 24, h: 2 }] });
    const link = await api('owner', b).post(ws(`/dashboards/${d.body.id}/share-links`, b), { expiresInDays: 3 });
    expect([q.status, d.status, link.status]).toEqual([201, 201, 201]);
    const owner = api('owner');
    for (const [method, path, body] of [
      ['GET', ws(`/dashboards/${d.body.id}`), undefined],
      ['POST', ws(`/dashboards/${d.body.id}/run`), {}],
      ['PATCH', ws(`/dashboards/${d.body.id}`), { name: 'x' }],
      ['DELETE', ws(`/dashboards/${d.body.id}`), undefined],
      ['GET', ws(`/saved-queries/${q.body.id}`), undefined],
      ['PATCH', ws(`/saved-queries/${q.body.id}`), { name: 'x' }],
      ['DELETE', ws(`/saved-queries/${q.body.id}`), undefined],
      ['POST', ws(`/dashboards/${d.body.id}/share-links`), { expiresInDays: 1 }],
      ['POST', ws(`/dashboards/${d.body.id}/share-links/${link.body.id}/revoke`), {}],
      ['GET', ws(`/dashboards/${d.body.id}`, b), undefined],
    ] as const) {
      const res = await owner.request(method, path, body);
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 404 });
      expect(JSON.stringify(res.body)).not.toContain('B dashboard');
    }
    // A's dashboard cannot take B's saved query as a tile
    const mine = await owner.post(ws('/dashboards'), { name: 'Mine', layout: [{ queryId: q.body.id, x: 0, y: 0, w: 24, h: 2 }] });
    expect(mine.status).toBe(400);
    expect(mine.body.error.fields[0].path).toBe('body.layout.0.queryId');
    expect((await api('owner', b).get(ws(`/dashboards/${d.body.id}`, b))).body.name).toBe('B dashboard');
  });

  it('a share link opens the dashboard without signing in until it expires or is revoked', async () => {
    const q = await api('analyst').post(ws('/saved-queries'), { name: 'Impressions', kind: 'trend', body: trendQuery });
    const d = await api('analyst').post(ws('/dashboards'), { name: 'Shared board', filters: { range: { preset: '7d' } }, layout: [{ queryId: q.body.id, x: 0, y: 0, w: 24, h: 2 }] });
    const link = await api('analyst').post(ws(`/dashboards/${d.body.id}/share-links`), { expiresInDays: 1 });
    expect(link.status).toBe(201);
    expect(link.body.token).toMatch(/^shr_/);
    expect(link.body.url).toBe(`${server.url}/share/${link.body.token}`);
    expect(new Date(link.body.expiresAt).getTime()).toBe(clock.now().getTime() + DAY);
    const listed = await api('analyst').get(ws(`/dashboards/${d.body.id}/share-links`));
    expect(listed.body.items.map((l: { id: string }) => l.id)).toEqual([link.body.id]);
    expect(JSON.stringify(listed.body)).not.toContain(link.body.token);
    const audit = await api('owner').get(ws('/audit?action=share_link.create'));
    expect(audit.body.items).toHaveLength(1);
    expect(JSON.stringify(audit.body)).not.toContain(link.body.token);

    const anonymous = server.client();
    const shared = await anonymous.get(`/api/share/${link.body.token}`);
    expect(shared.status).toBe(200);
    expect(shared.headers.get('cache-control')).toBe('no-store');
    expect(shared.body.dashboard.name).toBe('Shared board');
    const run = await api('reviewer').post(ws(`/dashboards/${d.body.id}/run`), {});
    expect(shared.body.tiles.map((t: { result: unknown }) => t.result)).toEqual(run.body.tiles.map((t: { result: unknown }) => t.result));
    expect(JSON.stringify(shared.body)).not.toContain(a.workspaceId);
    expect((await anonymous.get(`/api/share/${link.body.token.slice(0, -1)}`)).status).toBe(404);
    expect((await anonymous.get('/api/share/shr_unknown')).status).toBe(404);

    // a second link is revoked: 404 at once, the first still works
    const second = await api('analyst').post(ws(`/dashboards/${d.body.id}/share-links`), { expiresInDays: 30 });
    const revoked = await api('analyst').post(ws(`/dashboards/${d.body.id}/share-links/${second.body.id}/revoke`), {});
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await anonymous.get(`/api/share/${second.body.token}`)).status).toBe(404);
    expect((await anonymous.get(`/api/share/${link.body.token}`)).status).toBe(200);

    // a day later the first has expired
    clock.advance(DAY + 1000);
    expect((await anonymous.get(`/api/share/${link.body.token}`)).status).toBe(404);
    expect((await api('analyst').post(ws(`/dashboards/${d.body.id}/share-links`), { expiresInDays: 91 })).status).toBe(400);
  });
});
