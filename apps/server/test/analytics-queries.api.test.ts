import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { appendEvents } from '@resonance/events';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

// Workspaces default to Asia/Shanghai (UTC+8): 2026-03-02 local = [2026-03-01T16:00Z, 2026-03-02T16:00Z).
const at = (iso: string) => new Date(iso);
const range = { from: '2026-03-02', to: '2026-03-02' };
const funnel = { range, steps: [{ event: 'view_item' }, { event: 'add_to_cart' }, { event: 'order' }], windowSeconds: 86_400 };
const TRICKY = ['=HYPERLINK("http://evil","x")', '+cmd', '-1+1', '@SUM(A1)', '\tTAB', '粉丝,一号'];

describe.each(testDatabaseKinds())('analytics queries API (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  const api = (role: keyof WorkspaceFixture['tokens'], f: WorkspaceFixture = a) => server.client().withToken(f.tokens[role]);
  const ws = (rest: string, f: WorkspaceFixture = a) => `/api/workspaces/${f.workspaceId}${rest}`;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    const { db } = server.runtime.ctx;
    const base = { sourceId: 'src_test', platform: 'sandbox', accountId: a.accountId };
    await appendEvents(db, a.workspaceId, [
      // f1 converts fully (10:00 → 10:05 → 11:00 local), f2 stops at the cart, f3 only views; the tricky ids only view
      { ...base, name: 'view_item', fanId: 'fan_1', occurredAt: at('2026-03-02T02:00:00Z'), properties: { channel: 'ad' } },
      { ...base, name: 'add_to_cart', fanId: 'fan_1', occurredAt: at('2026-03-02T02:05:00Z') },
      { ...base, name: 'order', fanId: 'fan_1', occurredAt: at('2026-03-02T03:00:00Z') },
      { ...base, name: 'view_item', fanId: 'fan_2', occurredAt: at('2026-03-02T04:00:00Z'), properties: { channel: 'seo' } },
      { ...base, name: 'add_to_cart', fanId: 'fan_2', occurredAt: at('2026-03-02T04:10:00Z') },
      { ...base, name: 'view_item', fanId: 'fan_3', occurredAt: at('2026-03-02T05:00:00Z'), properties: { channel: 'ad' } },
      ...TRICKY.map((fanId, i) => ({ ...base, name: 'view_item', fanId, occurredAt: at(`2026-03-02T06:0${i}:00Z`) })),
      { ...base, name: 'view_item', fanId: null, occurredAt: at('2026-03-02T06:30:00Z') }, // anonymous: not counted
      { ...base, name: 'visit', fanId: 'fan_1', occurredAt: at('2026-03-03T02:00:00Z') },
    ]);
    // B has the same event names: never counted in A
    await appendEvents(db, b.workspaceId, [
      { sourceId: 'src_test', platform: 'sandbox', accountId: b.accountId, name: 'view_item', fanId: 'fan_b', occurredAt: at('2026-03-02T02:00:00Z') },
    ]);
  });
  afterAll(async () => server?.close());

  it('runs a funnel: fans per step, conversion, median time, breakdown', async () => {
    const res = await api('reviewer').post(ws('/queries/funnel'), { ...funnel, breakdown: { field: 'property', property: 'channel' } });
    expect(res.status).toBe(200);
    expect(res.body.timeZone).toBe('Asia/Shanghai');
    expect(res.body.steps).toEqual([
      { step: 1, event: 'view_item', fans: 3 + TRICKY.length, conversionFromPrevious: 1, conversionFromFirst: 1, dropped: 0, medianSecondsFromPrevious: null },
      { step: 2, event: 'add_to_cart', fans: 2, conversionFromPrevious: 2 / 9, conversionFromFirst: 2 / 9, dropped: 7, medianSecondsFromPrevious: 450 },
      { step: 3, event: 'order', fans: 1, conversionFromPrevious: 0.5, conversionFromFirst: 1 / 9, dropped: 1, medianSecondsFromPrevious: 3300 },
    ]);
    expect(res.body.breakdown.totalValues).toBe(3);
    expect(res.body.breakdown.values.map((v: { value: string | null; steps: { fans: number }[] }) => [v.value, v.steps.map((s) => s.fans)])).toEqual([
      [null, [6, 0, 0]],
      ['ad', [2, 1, 1]],
      ['seo', [1, 1, 0]],
    ]);
  });

  it('lists converted and dropped fans with a cursor', async () => {
    const first = await api('analyst').post(ws('/queries/funnel/fans'), { ...funnel, step: 2, status: 'dropped', limit: 4 });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(4);
    const second = await api('analyst').post(ws('/queries/funnel/fans'), { ...funnel, step: 2, status: 'dropped', limit: 4, cursor: first.body.nextCursor });
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((f: { fanId: string }) => f.fanId);
    expect(ids.sort()).toEqual(['fan_3', ...TRICKY].sort());
    const converted = await api('analyst').post(ws('/queries/funnel/fans'), { ...funnel, step: 3, status: 'converted' });
    expect(converted.body).toEqual({ items: [{ fanId: 'fan_1', lastStep: 3, reachedAt: '2026-03-02T03:00:00.000Z' }], nextCursor: null });
  });

  it('exports dropped fans as CSV: BOM, RFC 4180 quoting, formula injection neutralised, audited', async () => {
    // raw bytes: a text decoder would drop the BOM
    const res = await fetch(server.url + ws('/queries/funnel/fans.csv'), {
      method: 'POST',
      headers: { authorization: `Bearer ${a.tokens.analyst}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...funnel, step: 2, status: 'dropped' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="funnel-step2-dropped.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('fan_id,last_step,reached_at,reached_at_local');
    expect(lines.at(-1)).toBe('');
    const byId = new Map(lines.slice(1, -1).map((l) => [l.slice(0, l.lastIndexOf(',', l.lastIndexOf(',', l.lastIndexOf(',') - 1) - 1)), l]));
    expect(byId.get(`"'=HYPERLINK(""http://evil"",""x"")"`)).toBe(`"'=HYPERLINK(""http://evil"",""x"")",1,2026-03-02T06:00:00.000Z,2026-03-02 14:00:00`);
    expect(byId.has("'+cmd")).toBe(true);
    expect(byId.has("'-1+1")).toBe(true);
    expect(byId.has("'@SUM(A1)")).toBe(true);
    expect(byId.has("'\tTAB")).toBe(true);
    expect(byId.get('"粉丝,一号"')).toBe('"粉丝,一号",1,2026-03-02T06:05:00.000Z,2026-03-02 14:05:00');
    expect(byId.get('fan_3')).toBe('fan_3,1,2026-03-02T05:00:00.000Z,2026-03-02 13:00:00');
    expect(byId.size).toBe(7);
    const audit = await api('owner').get(ws('/audit'));
    expect(audit.body.items.filter((e: { action: string }) => e.action === 'analytics.funnel_fans_export')).toHaveLength(1);
  });

  it('runs retention and paths, and lists event names', async () => {
    const ret = await api('analyst').post(ws('/queries/retention'), {
      range, interval: 'day', startEvent: { event: 'order' }, returnEvent: { event: 'visit' }, periods: 2,
    });
    expect(ret.status).toBe(200);
    expect(ret.body.cohorts).toEqual([{ cohort: '2026-03-02', size: 1, returned: [1, 0], rates: [1, 0] }]);
    expect(ret.body.curve).toEqual([{ period: 1, returned: 1, size: 1, rate: 1 }, { period: 2, returned: 0, size: 1, rate: 0 }]);
    const paths = await api('analyst').post(ws('/queries/paths'), { range: { from: '2026-03-02', to: '2026-03-03' }, event: 'view_item', steps: 3 });
    expect(paths.status).toBe(200);
    expect(paths.body.sequences).toEqual([
      { events: [], occurrences: 7, fans: 7 },
      { events: ['add_to_cart'], occurrences: 1, fans: 1 },
      { events: ['add_to_cart', 'order', 'visit'], occurrences: 1, fans: 1 },
    ]);
    const names = await api('reviewer').get(ws('/queries/event-names?from=2026-03-02&to=2026-03-02'));
    expect(names.status).toBe(200);
    expect(names.body).toEqual({
      range,
      names: [{ name: 'view_item', count: 10 }, { name: 'add_to_cart', count: 2 }, { name: 'order', count: 1 }],
    });
  });

  it('names the field of every validation error', async () => {
    const cases: [string, object, string][] = [
      ['/queries/funnel', { ...funnel, steps: [{ event: 'view_item' }] }, 'body.steps'],
      ['/queries/funnel', { ...funnel, windowSeconds: 0 }, 'body.windowSeconds'],
      ['/queries/funnel', { ...funnel, order: 'random' }, 'body.order'],
      ['/queries/funnel', { ...funnel, range: { from: '2026-03-05', to: '2026-03-01' } }, 'body.range.to'],
      ['/queries/funnel', { ...funnel, steps: [{ event: 'a', filters: [{ field: 'property', op: 'eq', value: 'x' }] }, { event: 'b' }] }, 'body.steps.0.filters.0.property'],
      ['/queries/funnel', { ...funnel, breakdown: { field: 'property' } }, 'body.breakdown.property'],
      ['/queries/funnel/fans', { ...funnel, step: 4, status: 'converted' }, 'body.step'],
      ['/queries/funnel/fans', { ...funnel, step: 1, status: 'dropped' }, 'body.step'],
      ['/queries/funnel/fans.csv', { ...funnel, step: 2, status: 'gone' }, 'body.status'],
      ['/queries/retention', { range, interval: 'day', startEvent: { event: 'order' }, returnEvent: 'any', periods: 61 }, 'body.periods'],
      ['/queries/retention', { range, interval: 'hour', startEvent: { event: 'order' }, returnEvent: 'any', periods: 2 }, 'body.interval'],
      ['/queries/paths', { range, event: 'view_item', steps: 6 }, 'body.steps'],
      ['/queries/paths', { range, event: 'view_item', excludeEvents: ['view_item'] }, 'body.excludeEvents'],
    ];
    for (const [path, body, field] of cases) {
      const res = await api('analyst').post(ws(path), body);
      expect({ path, field, status: res.status }).toEqual({ path, field, status: 400 });
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(field);
    }
    const names = await api('analyst').get(ws('/queries/event-names?from=2026-03-02'));
    expect(names.status).toBe(400);
    expect(names.body.error.fields[0].path).toBe('query.to');
  });

  it("answers 404 for another workspace and never counts its events; roles without analytics.read get 403", async () => {
    for (const [path, body] of [
      ['/queries/funnel', funnel],
      ['/queries/funnel/fans', { ...funnel, step: 1, status: 'converted' }],
      ['/queries/funnel/fans.csv', { ...funnel, step: 1, status: 'converted' }],
      ['/queries/retention', { range, interval: 'day', startEvent: { event: 'view_item' }, returnEvent: 'any', periods: 1 }],
      ['/queries/paths', { range, event: 'view_item' }],
    ] as const) {
      const res = await api('owner').post(ws(path, b), body);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(JSON.stringify(res.body)).not.toContain('fan_b');
      expect((await api('agent').post(ws(path), body)).status).toBe(403);
    }
    expect((await api('owner').get(ws('/queries/event-names', b))).status).toBe(404);
    const own = await api('owner').post(ws('/queries/funnel/fans', b), { ...funnel, step: 1, status: 'converted' });
    expect(own.status).toBe(404);
    const bOwn = await api('owner', b).post(ws('/queries/funnel/fans', b), { ...funnel, step: 1, status: 'converted' });
    expect(bOwn.body.items.map((f: { fanId: string }) => f.fanId)).toEqual(['fan_b']);
  });
});
