import { gzipSync } from 'node:zlib';
import { Analytics } from '@segment/analytics-node';
import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

interface Row {
  name: string;
  message_id: string | null;
  source_id: string;
  platform: string;
  occurred_at: Date;
  properties: Record<string, any> | null;
}

describe.each(testDatabaseKinds())('SDK ingestion, real SDKs against the running server (%s)', (kind) => {
  let server: TestServer;
  let ws: WorkspaceFixture;
  let webSource: { id: string; writeKey: string };
  let serverSource: { id: string; writeKey: string };

  const rows = (sourceId: string) =>
    server.runtime.ctx.db.query<Row>(
      `select name, message_id, source_id, platform, occurred_at, properties from events where workspace_id = $1 and source_id = $2 order by seq`,
      [ws.workspaceId, sourceId],
    );
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(server.url + path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  const basic = (key: string) => ({ authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` });

  beforeAll(async () => {
    server = await startTestServer({ kind });
    ws = await workspaceFixture(server, 'Ingest');
    const owner = server.client().withToken(ws.tokens.owner);
    const web = await owner.post(`/api/workspaces/${ws.workspaceId}/sources`, { name: 'Website', kind: 'web' });
    const srv = await owner.post(`/api/workspaces/${ws.workspaceId}/sources`, { name: 'Backend', kind: 'server' });
    expect(web.status).toBe(201);
    expect(web.body.writeKey).toMatch(/^wk_/);
    webSource = web.body;
    serverSource = srv.body;
  });
  afterAll(async () => server?.close());

  it('lists sources without keys; only managers create them', async () => {
    const list = await server.client().withToken(ws.tokens.analyst).get(`/api/workspaces/${ws.workspaceId}/sources`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([webSource.id, serverSource.id]);
    expect(JSON.stringify(list.body)).not.toContain(webSource.writeKey);
    const denied = await server.client().withToken(ws.tokens.editor).post(`/api/workspaces/${ws.workspaceId}/sources`, { name: 'x', kind: 'web' });
    expect(denied.status).toBe(403);
  });

  it('@segment/analytics-node sends track, identify, page, group and alias unchanged', async () => {
    const analytics = new Analytics({ writeKey: webSource.writeKey, host: server.url, flushAt: 1, maxRetries: 0 });
    const errors: unknown[] = [];
    analytics.on('error', (e) => errors.push(e));
    const when = new Date(Date.now() - 60_000);
    analytics.track({ userId: 'u1', event: 'Order Completed', properties: { total: 30, 商品: '茶' }, timestamp: when, messageId: 'seg-m1' });
    analytics.identify({ userId: 'u1', traits: { email: 'fan@example.com', plan: 'pro' }, messageId: 'seg-m2' });
    analytics.page({ anonymousId: 'anon-1', name: 'Home', properties: { path: '/' } });
    analytics.group({ userId: 'u1', groupId: 'g1', traits: { name: 'Acme' } });
    analytics.alias({ userId: 'u1', previousId: 'anon-1' });
    await analytics.closeAndFlush({ timeout: 10_000 });
    expect(errors).toEqual([]);
    // flushAt: 1 sends each call in its own concurrent request: arrival order is not defined
    const stored = await rows(webSource.id);
    const byName = (n: string) => stored.find((r) => r.name === n);
    expect(stored.map((r) => r.name).sort()).toEqual(['$create_alias', '$group', '$identify', '$page', 'Order Completed']);
    const [track, identify, page, group, alias] = ['Order Completed', '$identify', '$page', '$group', '$create_alias'].map(byName);
    expect(track!.message_id).toBe('seg-m1');
    expect(track!.platform).toBe('web');
    expect(track!.properties).toMatchObject({ total: 30, 商品: '茶', $type: 'track', $user_id: 'u1', $original_timestamp: when.toISOString() });
    expect(track!.properties!.$context.library.name).toBe('@segment/analytics-node');
    // corrected by receivedAt − sentAt: within the few ms the request took
    expect(Math.abs(track!.occurred_at.getTime() - when.getTime())).toBeLessThan(5_000);
    expect(identify!.properties).toMatchObject({ $user_id: 'u1', $traits: { email: 'fan@example.com', plan: 'pro' } });
    expect(page!.properties).toMatchObject({ $anonymous_id: 'anon-1', $name: 'Home', path: '/' });
    expect(group!.properties).toMatchObject({ $group_id: 'g1', $traits: { name: 'Acme' } });
    expect(alias!.properties).toMatchObject({ $user_id: 'u1', $previous_id: 'anon-1' });
    expect(stored.every((r) => r.message_id)).toBe(true);
  });

  it('posthog-node sends capture, identify and alias unchanged (gzipped batches)', async () => {
    const posthog = new PostHog(serverSource.writeKey, { host: server.url, flushAt: 1, flushInterval: 0, fetchRetryCount: 0 });
    const errors: unknown[] = [];
    posthog.on('error', (e) => errors.push(e));
    posthog.capture({ distinctId: 'd1', event: 'signed_up', properties: { plan: 'free' }, uuid: '0190a7e4-0000-7000-8000-000000000001' });
    posthog.identify({ distinctId: 'd1', properties: { $set: { email: 'd1@example.com' }, $set_once: { first_seen_plan: 'free' } } });
    posthog.alias({ distinctId: 'd1', alias: 'd1-legacy' });
    await posthog.shutdown(10_000);
    expect(errors).toEqual([]);
    const stored = await rows(serverSource.id);
    stored.sort((x, y) => ['signed_up', '$identify', '$create_alias'].indexOf(x.name) - ['signed_up', '$identify', '$create_alias'].indexOf(y.name));
    expect(stored.map((r) => r.name)).toEqual(['signed_up', '$identify', '$create_alias']);
    expect(stored[0]!.message_id).toBe('0190a7e4-0000-7000-8000-000000000001');
    expect(stored[0]!.properties).toMatchObject({ plan: 'free', $distinct_id: 'd1', $lib: 'posthog-node' });
    expect(stored[1]!.properties).toMatchObject({ $distinct_id: 'd1', $set: { email: 'd1@example.com' }, $set_once: { first_seen_plan: 'free' } });
    expect(stored[2]!.properties).toMatchObject({ $distinct_id: 'd1', alias: 'd1-legacy' });
    expect(stored.every((r) => r.platform === 'server' && r.message_id)).toBe(true);
  });

  it('corrects a skewed device clock and keeps the original timestamp', async () => {
    const res = await post(
      '/v1/t',
      JSON.stringify({ writeKey: webSource.writeKey, userId: 'u2', event: 'Skewed', messageId: 'skew-1', timestamp: '2030-01-01T00:00:00.000Z', sentAt: '2030-01-01T00:00:10.000Z' }),
      { 'content-type': 'text/plain' },
    );
    expect(res.status).toBe(200);
    const [row] = (await rows(webSource.id)).filter((r) => r.message_id === 'skew-1');
    expect(Math.abs(row!.occurred_at.getTime() - (Date.now() - 10_000))).toBeLessThan(5_000);
    expect(row!.properties!.$original_timestamp).toBe('2030-01-01T00:00:00.000Z');
  });

  it("accepts events from a browser that also carries a Resonance session cookie (no CSRF on ingestion)", async () => {
    const signedIn = server.client();
    await signedIn.login(ws.ownerEmail, ws.password);
    const cookie = [...signedIn.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await post('/v1/t', JSON.stringify({ writeKey: webSource.writeKey, userId: 'u9', event: 'With cookie', messageId: 'cookie-1' }), { 'content-type': 'text/plain', cookie });
    expect(res.status).toBe(200);
    expect((await rows(webSource.id)).filter((r) => r.message_id === 'cookie-1')).toHaveLength(1);
  });

  it('stores a retried message once (Segment messageId, PostHog uuid)', async () => {
    const body = JSON.stringify({ batch: [{ type: 'track', userId: 'u3', event: 'Retried', messageId: 'dup-1' }] });
    for (let i = 0; i < 3; i++) expect((await post('/v1/batch', body, basic(webSource.writeKey))).status).toBe(200);
    const last = await post('/v1/batch', body, basic(webSource.writeKey));
    expect(await last.json()).toMatchObject({ success: true, accepted: 0, duplicates: 1 });
    const ph = JSON.stringify({ api_key: webSource.writeKey, batch: [{ event: 'r', distinct_id: 'x', uuid: 'dup-uuid' }] });
    for (let i = 0; i < 2; i++) expect((await post('/batch/', ph)).status).toBe(200);
    const all = await rows(webSource.id);
    expect(all.filter((r) => r.message_id === 'dup-1')).toHaveLength(1);
    expect(all.filter((r) => r.message_id === 'dup-uuid')).toHaveLength(1);
  });

  it('refuses a wrong or revoked write key with a JSON 401', async () => {
    const ev = JSON.stringify({ userId: 'u', event: 'x' });
    for (const res of [await post('/v1/track', ev, basic('wk_wrong')), await post('/v1/track', ev, { authorization: 'Bearer wk_wrong' }), await post('/v1/track', ev)]) {
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
    const owner = server.client().withToken(ws.tokens.owner);
    const temp = await owner.post(`/api/workspaces/${ws.workspaceId}/sources`, { name: 'Temp', kind: 'web' });
    expect((await post('/v1/track', ev, basic(temp.body.writeKey))).status).toBe(200);
    expect((await owner.post(`/api/workspaces/${ws.workspaceId}/sources/${temp.body.id}/revoke`)).status).toBe(200);
    expect((await post('/v1/track', ev, basic(temp.body.writeKey))).status).toBe(401);
    expect((await post('/capture', JSON.stringify({ api_key: temp.body.writeKey, event: 'x', distinct_id: 'd' }))).status).toBe(401);
  });

  it('oversized event → 400 naming the field; in a batch the others are stored and it is reported by index', async () => {
    const big = { blob: 'x'.repeat(33 * 1024) };
    const single = await post('/v1/track', JSON.stringify({ userId: 'u', event: 'Big', properties: big }), basic(webSource.writeKey));
    expect(single.status).toBe(400);
    expect((await single.json()).error.fields[0].path).toBe('body.properties');
    const batch = await post(
      '/v1/batch',
      JSON.stringify({ batch: [{ type: 'track', userId: 'u', event: 'Fine', messageId: 'part-0' }, { type: 'track', userId: 'u', event: 'Big', properties: big }] }),
      basic(webSource.writeKey),
    );
    expect(batch.status).toBe(200);
    const result = await batch.json();
    expect(result).toMatchObject({ accepted: 1, rejected: [{ index: 1, path: 'batch[1].properties' }] });
    expect((await rows(webSource.id)).filter((r) => r.name === 'Big')).toHaveLength(0);
  });

  it('oversized batch → 413 (Segment and PostHog)', async () => {
    const batch = Array.from({ length: 40 }, (_, i) => ({ type: 'track', userId: 'u', event: 'Many', messageId: `big-${i}`, properties: { blob: 'y'.repeat(20_000) } }));
    const seg = await post('/v1/batch', JSON.stringify({ batch }), basic(webSource.writeKey));
    expect(seg.status).toBe(413);
    expect((await seg.json()).error.code).toBe('payload_too_large');
    const ph = await post('/batch/', JSON.stringify({ api_key: webSource.writeKey, batch: batch.map((b) => ({ ...b, distinct_id: 'd' })) }));
    expect(ph.status).toBe(413);
    expect((await rows(webSource.id)).filter((r) => r.name === 'Many')).toHaveLength(0);
  });

  it('accepts gzip (by header and by magic bytes) and PostHog form data=', async () => {
    const gz = gzipSync(JSON.stringify({ batch: [{ type: 'track', userId: 'u', event: 'Zipped', messageId: 'gz-1' }] }));
    expect((await post('/v1/batch', gz, { ...basic(webSource.writeKey), 'content-encoding': 'gzip' })).status).toBe(200);
    const gz2 = gzipSync(JSON.stringify({ api_key: webSource.writeKey, event: 'Zipped', distinct_id: 'd', uuid: 'gz-2' }));
    expect((await post('/e/', gz2, { 'content-type': 'text/plain' })).status).toBe(200);
    const data = Buffer.from(JSON.stringify([{ event: 'Form', properties: { distinct_id: 'd', token: webSource.writeKey }, uuid: 'form-1' }])).toString('base64');
    const form = await post('/i/v0/e/', new URLSearchParams({ data }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(200);
    const ids = (await rows(webSource.id)).map((r) => r.message_id);
    expect(ids).toEqual(expect.arrayContaining(['gz-1', 'gz-2', 'form-1']));
  });

  it('refuses a gzip bomb and malformed input with 4xx, and stays up', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20));
    const res = await post('/v1/batch', bomb, { ...basic(webSource.writeKey), 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    const bad = [
      await post('/v1/batch', '{not json', basic(webSource.writeKey)),
      await post('/v1/batch', Buffer.from([0x7b, 0xff, 0x7d]), basic(webSource.writeKey)),
      await post('/v1/track', JSON.stringify({ userId: 'u', event: 'x', properties: { s: 'nul\u0000' } }), basic(webSource.writeKey)),
      await post('/v1/track', JSON.stringify({ userId: 'u', event: 7 }), basic(webSource.writeKey)),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('refuses deep nesting, wrong types and huge strings naming the field, storing nothing of them', async () => {
    const before = (await server.runtime.ctx.db.query<{ n: number }>('select count(*)::int as n from events'))[0]!.n;
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 200; i++) deep = { d: deep };
    const cases: [unknown, string][] = [
      [{ userId: 'u', event: 'x', messageId: 'deep', properties: deep }, 'properties'],
      [{ userId: 'u', event: 'x', messageId: 'types', properties: 'not an object' }, 'properties'],
      [{ userId: ['u'], event: 'x', messageId: 'uid' }, 'userId'],
      [{ userId: 'u', event: 'x'.repeat(5000), messageId: 'long-name' }, 'event'],
      [{ userId: 'u', event: 'x', messageId: 'huge', properties: { s: '字'.repeat(20_000) } }, 'body'],
    ];
    for (const [body, field] of cases) {
      const res = await post('/v1/track', JSON.stringify(body), basic(webSource.writeKey));
      expect(res.status).toBe(400);
      const err = (await res.json()).error;
      expect(err.fields.map((f: { path: string }) => f.path).join(' ')).toContain(field);
    }
    const after = (await server.runtime.ctx.db.query<{ n: number }>('select count(*)::int as n from events'))[0]!.n;
    expect(after).toBe(before);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });

  it('also answers under /api, and the native route stores our schema with an API token', async () => {
    expect((await post('/api/v1/track', JSON.stringify({ userId: 'u', event: 'ViaApi', messageId: 'api-1' }), basic(webSource.writeKey))).status).toBe(200);
    const client = server.client().withToken(ws.tokens.admin);
    const body = { sourceId: serverSource.id, events: [{ name: 'order', messageId: 'n1', userId: 'u9', timestamp: '2026-11-01T08:00:00+08:00', accountId: ws.accountId, properties: { total: 9 } }] };
    const first = await client.post(`/api/workspaces/${ws.workspaceId}/events`, body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: 1, duplicates: 0 });
    expect((await client.post(`/api/workspaces/${ws.workspaceId}/events`, body)).body).toEqual({ accepted: 0, duplicates: 1 });
    const [row] = (await rows(serverSource.id)).filter((r) => r.message_id === 'n1');
    expect(row!.occurred_at.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(row!.properties).toMatchObject({ total: 9, $user_id: 'u9' });
    const invalid = await client.post(`/api/workspaces/${ws.workspaceId}/events`, { sourceId: serverSource.id, events: [{ name: '' }] });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('body.events.0.name');
    const analyst = await server.client().withToken(ws.tokens.analyst).post(`/api/workspaces/${ws.workspaceId}/events`, body);
    expect(analyst.status).toBe(403);
  });
});
