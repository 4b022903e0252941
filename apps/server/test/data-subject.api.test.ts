import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { storeEvents } from '@resonance/events';
import { resolveFan } from '@resonance/fans';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

const PII = ['zhou.min@example.cn', '+8615811112222', '15811112222', 'vip-8848', '周敏', 'anon-zm'];

describe.each(testDatabaseKinds())('data-subject requests over the API (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  let fanId: string;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    const { db, secrets } = server.runtime.ctx;
    const at = new Date('2026-11-20T08:00:00Z');
    fanId = (
      await resolveFan(db, secrets, a.workspaceId, {
        identities: [{ kind: 'external_id', value: 'vip-8848' }, { kind: 'email', value: 'zhou.min@example.cn' }, { kind: 'phone', value: '15811112222' }, { kind: 'anonymous_id', value: 'anon-zm' }],
        traits: { $set: { name: '周敏' } },
        at,
      })
    ).fanId;
    const target = { workspaceId: a.workspaceId, sourceId: 'src_api_test', platform: 'web' };
    await storeEvents({ db, secrets }, a.workspaceId, [{
      target,
      receivedAt: at,
      events: [
        { name: 'Order Completed', messageId: 'o-1', occurredAt: at, fanId, properties: { $user_id: 'vip-8848', revenue: 128, currency: 'CNY' } },
        { name: '$page', messageId: 'p-1', occurredAt: at, fanId: null, properties: { $anonymous_id: 'anon-zm', $type: 'page' } },
      ],
    }]);
  });
  afterAll(async () => server?.close());

  const path = (ws: string, rest: string) => `/api/workspaces/${ws}${rest}`;

  it('analysts and editors may read consent but not record it, export, erase or change retention', async () => {
    for (const role of ['analyst', 'editor'] as const) {
      const c = server.client().withToken(a.tokens[role]);
      expect((await c.get(path(a.workspaceId, `/fans/${fanId}/export`))).status).toBe(403);
      expect((await c.post(path(a.workspaceId, `/fans/${fanId}/erase`), { mode: 'delete' })).status).toBe(403);
      expect((await c.post(path(a.workspaceId, `/fans/${fanId}/consents`), { purpose: 'analytics', granted: true, source: 'x', textVersion: 'v1' })).status).toBe(403);
      expect((await c.request('PUT', path(a.workspaceId, '/event-retention'), { retentionDays: 1 })).status).toBe(403);
      expect((await c.get(path(a.workspaceId, `/fans/${fanId}/consents`))).status).toBe(200);
      expect((await c.get(path(a.workspaceId, '/event-retention'))).body).toMatchObject({ retentionDays: null });
    }
  });

  it("another workspace's owner gets 404 for the fan, through either workspace", async () => {
    const ownerB = server.client().withToken(b.tokens.owner);
    expect((await ownerB.get(path(b.workspaceId, `/fans/${fanId}/export`))).status).toBe(404);
    expect((await ownerB.post(path(b.workspaceId, `/fans/${fanId}/erase`), { mode: 'delete' })).status).toBe(404);
    expect((await ownerB.get(path(b.workspaceId, `/fans/${fanId}/consents`))).status).toBe(404);
    expect((await ownerB.post(path(b.workspaceId, `/fans/${fanId}/consents`), { purpose: 'analytics', granted: true, source: 'x', textVersion: 'v1' })).status).toBe(404);
    expect((await ownerB.get(path(a.workspaceId, `/fans/${fanId}/export`))).status).toBe(404);
  });

  it('records consent decisions and lists the history', async () => {
    const admin = server.client().withToken(a.tokens.admin);
    const given = await admin.post(path(a.workspaceId, `/fans/${fanId}/consents`), { purpose: 'marketing.email', granted: true, source: '官网订阅表单', textVersion: 'v3', at: '2026-11-01T10:00:00+08:00' });
    expect(given.status).toBe(201);
    expect(given.body.record).toMatchObject({ fanId, purpose: 'marketing.email', granted: true, recordedAt: '2026-11-01T02:00:00.000Z' });
    await admin.post(path(a.workspaceId, `/fans/${fanId}/consents`), { purpose: 'marketing.email', granted: false, source: '退订链接', textVersion: 'v3' });
    const bad = await admin.post(path(a.workspaceId, `/fans/${fanId}/consents`), { purpose: 'Bad Purpose', granted: 'yes', source: '', textVersion: 'v1' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['body.granted', 'body.purpose', 'body.source']);
    const future = await admin.post(path(a.workspaceId, `/fans/${fanId}/consents`), { purpose: 'analytics', granted: true, source: 'x', textVersion: 'v1', at: '2099-01-01T00:00:00Z' });
    expect(future.body.error.fields).toEqual([{ path: 'body.at', message: 'must not be in the future' }]);
    const list = await server.client().withToken(a.tokens.analyst).get(path(a.workspaceId, `/fans/${fanId}/consents`));
    expect(list.body.current['marketing.email']).toMatchObject({ granted: false, source: '退订链接' });
    expect(list.body.items.map((r: { source: string }) => r.source)).toEqual(['退订链接', '官网订阅表单']);
  });

  it('sets the event retention (audited) and refuses out-of-range values naming the field', async () => {
    const admin = server.client().withToken(a.tokens.admin);
    const set = await admin.request('PUT', path(a.workspaceId, '/event-retention'), { retentionDays: 180 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ retentionDays: 180 });
    const bad = await admin.request('PUT', path(a.workspaceId, '/event-retention'), { retentionDays: 5000 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('body.retentionDays');
    expect((await admin.get(path(a.workspaceId, '/event-retention'))).body.retentionDays).toBe(180);
    expect((await server.client().withToken(b.tokens.owner).get(path(b.workspaceId, '/event-retention'))).body.retentionDays).toBeNull();
  });

  it('schedules the daily retention job with pg-boss', async () => {
    const schema = server.db.schema ? `${server.db.schema}_jobs` : 'pgboss';
    const rows = await server.runtime.ctx.db.query<{ name: string; cron: string; timezone: string }>(`select name, cron, timezone from ${schema}.schedule where name = 'events.apply-retention'`);
    expect(rows).toEqual([{ name: 'events.apply-retention', cron: '47 3 * * *', timezone: 'UTC' }]);
  });

  it('exports one JSON attachment with everything about the fan', async () => {
    const res = await server.client().withToken(a.tokens.admin).get(path(a.workspaceId, `/fans/${fanId}/export`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="fan-${fanId}.json"`);
    const doc = res.body;
    expect(doc.fanId).toBe(fanId);
    expect(doc.fan.identities.map((i: { value: string }) => i.value)).toEqual(expect.arrayContaining(['zhou.min@example.cn', '+8615811112222']));
    expect(doc.fan.consentRecords).toHaveLength(2);
    expect(doc.events.map((e: { messageId: string }) => e.messageId)).toEqual(['o-1', 'p-1']);
  });

  it('erases by anonymising; the fan is gone, the events stay without a fan', async () => {
    const admin = server.client().withToken(a.tokens.admin);
    const bad = await admin.post(path(a.workspaceId, `/fans/${fanId}/erase`), { mode: 'shred' });
    expect(bad.status).toBe(400);
    const res = await admin.post(path(a.workspaceId, `/fans/${fanId}/erase`), { mode: 'anonymise' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ fanId, mode: 'anonymise', fans: 1, identities: 4, consentRecords: 2, merges: 0, events: 2 });
    expect((await admin.get(path(a.workspaceId, `/fans/${fanId}`))).status).toBe(404);
    expect((await admin.get(path(a.workspaceId, `/fans/${fanId}/export`))).status).toBe(404);
    const rows = await server.runtime.ctx.db.query<{ fan_id: string | null; properties: unknown }>(`select fan_id, properties from events where workspace_id = $1 order by seq`, [a.workspaceId]);
    expect(rows).toEqual([
      { fan_id: null, properties: { revenue: 128, currency: 'CNY', $anonymised: true } },
      { fan_id: null, properties: { $type: 'page', $anonymised: true } },
    ]);
  });

  it('audits export, erasure, consent and retention — with ids and counts, never the personal data', async () => {
    const audit = await server.client().withToken(a.tokens.owner).get(path(a.workspaceId, '/audit?limit=200'));
    const entries = audit.body.items as { action: string; targetId: string; actorId: string; after: Record<string, unknown> }[];
    const of = (action: string) => entries.filter((e) => e.action === action);
    expect(of('fan.export')).toHaveLength(1);
    expect(of('fan.export')[0]).toMatchObject({ targetId: fanId, after: { fans: 1, identities: 4, consentRecords: 2, merges: 0, events: 2 } });
    expect(of('fan.erase')).toHaveLength(1);
    expect(of('fan.erase')[0]!.after).toEqual({ fanId, mode: 'anonymise', fans: 1, identities: 4, consentRecords: 2, merges: 0, events: 2 });
    expect(of('fan.consent_record')).toHaveLength(2);
    expect(of('events.retention_update')[0]).toMatchObject({ targetId: a.workspaceId, after: { retentionDays: 180 } });
    // plain reads (GET without an audit action) are not audited; refused and failed requests neither
    expect(entries.filter((e) => e.action.endsWith('.get'))).toEqual([]);
    expect(entries.filter((e) => e.action.startsWith('fan.')).length).toBe(4);
    const text = JSON.stringify(entries);
    for (const pii of PII) expect(text).not.toContain(pii);
  });
});
