import { Analytics } from '@segment/analytics-node';
import { PostHog } from 'posthog-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

describe.each(testDatabaseKinds())('ingestion resolves fans: real SDKs, identities and merges (%s)', (kind) => {
  let server: TestServer;
  let ws: WorkspaceFixture;
  let web: { id: string; writeKey: string };
  let backend: { id: string; writeKey: string };

  const q = <T>(sql: string, params: unknown[] = []) => server.runtime.ctx.db.query<T>(sql, params);
  const fanOf = async (kindName: string, value: string) =>
    (await q<{ fan_id: string }>(`select fan_id from fan_identities where workspace_id = $1 and kind = $2 and value = $3`, [ws.workspaceId, kindName, value]))[0]?.fan_id;
  const identitiesOf = async (fanId: string) =>
    (await q<{ kind: string; value: string }>(`select kind, value from fan_identities where workspace_id = $1 and fan_id = $2 order by kind, value`, [ws.workspaceId, fanId])).map(
      (r) => `${r.kind}:${r.kind === 'email' || r.kind === 'phone' ? 'hashed' : r.value}`,
    );
  const eventFans = async (sourceId: string, name: string) =>
    (await q<{ fan_id: string | null }>(`select fan_id from events where workspace_id = $1 and source_id = $2 and name = $3 order by seq`, [ws.workspaceId, sourceId, name])).map((r) => r.fan_id);
  const segment = async (send: (a: Analytics) => void) => {
    const a = new Analytics({ writeKey: web.writeKey, host: server.url, flushAt: 1, maxRetries: 0 });
    const errors: unknown[] = [];
    a.on('error', (e) => errors.push(e));
    send(a);
    await a.closeAndFlush({ timeout: 10_000 });
    expect(errors).toEqual([]);
  };

  beforeAll(async () => {
    server = await startTestServer({ kind });
    ws = await workspaceFixture(server, 'Identity');
    const owner = server.client().withToken(ws.tokens.owner);
    web = (await owner.post(`/api/workspaces/${ws.workspaceId}/sources`, { name: 'Website', kind: 'web' })).body;
    backend = (await owner.post(`/api/workspaces/${ws.workspaceId}/sources`, { name: 'Backend', kind: 'server' })).body;
  });
  afterAll(async () => server?.close());

  it('Segment: anonymous pages wait; identify links the anonymous id, sets traits, and the earlier pages follow the fan', async () => {
    await segment((a) => {
      a.page({ anonymousId: 'anon-7', name: 'Home' });
      a.page({ anonymousId: 'anon-7', name: 'Pricing' });
    });
    expect(await eventFans(web.id, '$page')).toEqual([null, null]);
    expect(await fanOf('anonymous_id', 'anon-7')).toBeUndefined();

    await segment((a) => a.identify({ userId: 'u7', anonymousId: 'anon-7', traits: { name: '小红', email: 'XiaoHong@Example.com', plan: 'pro' } }));
    const fan = await fanOf('external_id', 'u7');
    expect(fan).toMatch(/^fan_/);
    expect(await identitiesOf(fan!)).toEqual(['anonymous_id:anon-7', 'email:hashed', 'external_id:u7']);
    expect(await eventFans(web.id, '$page')).toEqual([fan, fan]);
    const [profile] = await q<{ display_name: string; traits: Record<string, unknown> }>(`select display_name, traits from fans where id = $1`, [fan]);
    expect(profile).toMatchObject({ display_name: '小红', traits: { plan: 'pro', name: '小红' } });

    await segment((a) => {
      a.track({ userId: 'u7', event: 'Order Completed', properties: { total: 99 } });
      a.alias({ userId: 'u7', previousId: 'old-device-7' });
    });
    expect(await eventFans(web.id, 'Order Completed')).toEqual([fan]);
    expect(await fanOf('anonymous_id', 'old-device-7')).toBe(fan);
  });

  it('identify gives an anonymous profile its user id; a shared e-mail merges it into the identified one; two identified profiles never merge by identify', async () => {
    await segment((a) => a.identify({ anonymousId: 'anon-8', traits: { email: 'shared@example.com' } }));
    const anonFan = await fanOf('anonymous_id', 'anon-8');
    expect(anonFan).toMatch(/^fan_/); // an e-mail names the visitor: a profile exists now
    await segment((a) => a.identify({ userId: 'u8', anonymousId: 'anon-8b' }));
    const u8 = await fanOf('external_id', 'u8');
    expect(u8).not.toBe(anonFan);
    await segment((a) => a.identify({ userId: 'u8', traits: { email: 'shared@example.com' } }));
    expect(await fanOf('anonymous_id', 'anon-8')).toBe(u8);
    const merges = await q<{ survivor_id: string; merged_id: string }>(`select survivor_id, merged_id from fan_merges where workspace_id = $1 and merged_id = $2`, [ws.workspaceId, anonFan]);
    expect(merges).toEqual([{ survivor_id: u8, merged_id: anonFan }]);

    await segment((a) => a.identify({ userId: 'u9', anonymousId: 'anon-9', traits: { email: 'shared@example.com' } }));
    const u9 = await fanOf('external_id', 'u9');
    expect(u9).not.toBe(u8);
    expect(await identitiesOf(u9!)).toEqual(['anonymous_id:anon-9', 'external_id:u9']);
  });

  it('posthog-node: an anonymous distinct id waits; $identify with $anon_distinct_id links it; $create_alias links the alias', async () => {
    const ph = new PostHog(backend.writeKey, { host: server.url, flushAt: 1, flushInterval: 0, fetchRetryCount: 0 });
    const errors: unknown[] = [];
    ph.on('error', (e) => errors.push(e));
    ph.capture({ distinctId: 'ph-anon-1', event: 'viewed_item', properties: { $is_identified: false, item: '绿茶' } });
    await ph.flush();
    expect(await eventFans(backend.id, 'viewed_item')).toEqual([null]);
    ph.identify({ distinctId: 'ph-user-1', properties: { $set: { 昵称: '阿明', phone: '13800138000' }, $anon_distinct_id: 'ph-anon-1' } });
    await ph.flush();
    ph.alias({ distinctId: 'ph-user-1', alias: 'ph-legacy-1' });
    ph.capture({ distinctId: 'ph-user-1', event: 'purchased', properties: { amount: 12 } });
    await ph.shutdown(10_000);
    expect(errors).toEqual([]);
    const fan = await fanOf('external_id', 'ph-user-1');
    expect(await identitiesOf(fan!)).toEqual(['anonymous_id:ph-anon-1', 'anonymous_id:ph-legacy-1', 'external_id:ph-user-1', 'phone:hashed']);
    expect(await eventFans(backend.id, 'viewed_item')).toEqual([fan]);
    expect(await eventFans(backend.id, 'purchased')).toEqual([fan]);
    const [profile] = await q<{ traits: Record<string, unknown> }>(`select traits from fans where id = $1`, [fan]);
    expect(profile!.traits).toMatchObject({ 昵称: '阿明' });
  });

  it('junk ids never link: userId "null" and anonymousId "undefined" create nobody', async () => {
    const res = await fetch(`${server.url}/v1/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${web.writeKey}` },
      body: JSON.stringify({ userId: 'null', anonymousId: 'undefined', event: 'Junk', messageId: 'junk-1' }),
    });
    expect(res.status).toBe(200);
    expect(await eventFans(web.id, 'Junk')).toEqual([null]);
    expect(await fanOf('external_id', 'null')).toBeUndefined();
  });

  it('the native API resolves platform identities (connectors) and takes traits', async () => {
    const owner = server.client().withToken(ws.tokens.owner);
    const body = (messageId: string) => ({
      sourceId: backend.id,
      events: [{ name: 'comment', messageId, platform: 'weibo', accountId: 'acct_w1', identities: [{ kind: 'platform_user', namespace: 'acct_w1', value: 'weibo-uid-42' }], traits: { $set_once: { nickname: '微博用户42' } } }],
    });
    expect((await owner.post(`/api/workspaces/${ws.workspaceId}/events`, body('c1'))).body).toEqual({ accepted: 1, duplicates: 0 });
    expect((await owner.post(`/api/workspaces/${ws.workspaceId}/events`, body('c2'))).status).toBe(200);
    const fan = await fanOf('platform_user', 'weibo-uid-42');
    expect(fan).toMatch(/^fan_/);
    expect(await eventFans(backend.id, 'comment')).toEqual([fan, fan]);
  });

  it('the debugger shows the latest events of a source with their validation results (managers only)', async () => {
    const res = await fetch(`${server.url}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${web.writeKey}` },
      body: JSON.stringify({ batch: [{ type: 'track', userId: 'u7', event: 'Debugged', messageId: 'dbg-1' }, { type: 'track', event: 'No user' }] }),
    });
    expect(res.status).toBe(200);
    const path = `/api/workspaces/${ws.workspaceId}/sources/${web.id}/debugger`;
    // recorded right after the write is acknowledged: poll as the page does
    const list = await vi.waitFor(async () => {
      const r = await server.client().withToken(ws.tokens.admin).get(path);
      expect(r.body.items[0]?.name).toBe('Debugged');
      return r;
    });
    expect(list.status).toBe(200);
    const [accepted, rejected] = list.body.items; // newest first: a rejection is recorded before the valid events are written
    expect(rejected).toMatchObject({ status: 'rejected', errorPath: 'batch[1].userId', excerpt: expect.stringContaining('No user') });
    expect(accepted).toMatchObject({ status: 'accepted', name: 'Debugged', messageId: 'dbg-1', fanId: await fanOf('external_id', 'u7') });
    expect(list.body.items.length).toBeLessThanOrEqual(100);
    const newer = await server.client().withToken(ws.tokens.admin).get(`${path}?after=${accepted.id}`);
    expect(newer.body.items).toEqual([]);
    expect((await server.client().withToken(ws.tokens.analyst).get(path)).status).toBe(403);
  });
});

describe('ingestion rate limit per source', () => {
  let server: TestServer;
  let key: string;
  beforeAll(async () => {
    server = await startTestServer({ ingestRateLimit: { eventsPerSecond: 5, burst: 10 } });
    const ws = await workspaceFixture(server, 'Limited');
    key = (await server.client().withToken(ws.tokens.owner).post(`/api/workspaces/${ws.workspaceId}/sources`, { name: 'Web', kind: 'web' })).body.writeKey;
  });
  afterAll(async () => server?.close());

  it('answers 429 with Retry-After over the limit, and stores nothing of the refused request', async () => {
    const send = (from: number, n: number) =>
      fetch(`${server.url}/v1/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ batch: Array.from({ length: n }, (_, i) => ({ type: 'track', userId: 'u1', event: 'E', messageId: `rl-${from + i}` })) }),
      });
    expect((await send(0, 10)).status).toBe(200);
    const refused = await send(10, 10);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error.code).toBe('rate_limited');
    const n = (await server.runtime.ctx.db.query<{ n: number }>(`select count(*)::int as n from events where name = 'E'`))[0]!.n;
    expect(n).toBe(10);
  });
});
