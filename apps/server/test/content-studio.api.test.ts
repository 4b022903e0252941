import { connectAccount } from '@resonance/accounts';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import type { Role } from '@resonance/kernel';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

describe.each(testDatabaseKinds())('content studio API (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  let weiboAccountId: string;
  let assetId: string;
  const api = (role: Role, f: WorkspaceFixture = a) => server.client().withToken(f.tokens[role]);
  const base = (f: WorkspaceFixture = a) => `/api/workspaces/${f.workspaceId}/content`;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    const { ctx, connectors } = server.runtime;
    const weibo = await connectAccount(
      { db: ctx.db, secrets: ctx.secrets, clock: ctx.clock, connectors, publicUrl: server.url },
      a.workspaceId,
      { brandId: a.brandId, platform: 'sandbox', name: 'Weibo sim', simulates: 'weibo', credentials: {} },
    );
    weiboAccountId = weibo.id;
    const form = new FormData();
    const png = await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#336699' } }).png().toBuffer();
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'wide.png');
    const up = await fetch(`${server.url}/api/workspaces/${a.workspaceId}/assets`, { method: 'POST', headers: { authorization: `Bearer ${a.tokens.editor}` }, body: form });
    expect(up.status).toBe(201);
    assetId = ((await up.json()) as { id: string }).id;
  }, 120_000);
  afterAll(async () => server?.close());

  it('creates a draft with variants, idempotently, and lists it with filters', async () => {
    const body = { title: '春季新品', body: '春季新品上市', topics: ['护肤'], mentions: ['品牌官微'], pillar: 'product', funnelStage: 'awareness', campaign: 'spring', accountIds: [a.accountId, weiboAccountId] };
    const res = await api('editor').request('POST', base(), body, { 'idempotency-key': 'k-1' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', version: 1, ownerId: a.userIds.owner, topics: ['护肤'], accountIds: [a.accountId, weiboAccountId] });
    expect(res.body.variants).toHaveLength(2);
    expect(res.body.variants[0]).toMatchObject({ customised: false, body: '春季新品上市 @品牌官微', hashtags: ['护肤'] });
    const again = await api('editor').request('POST', base(), body, { 'idempotency-key': 'k-1' });
    expect(again.body.id).toBe(res.body.id);

    const list = await api('analyst').get(`${base()}?campaign=spring&accountId=${weiboAccountId}&q=${encodeURIComponent('新品')}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
    expect((await api('analyst').get(`${base()}?pillar=other`)).body.items).toEqual([]);
  });

  it('pages the list with a cursor', async () => {
    for (let i = 0; i < 3; i++) expect((await api('editor').post(base(), { body: `page ${i}`, campaign: 'paging' })).status).toBe(201);
    const first = await api('editor').get(`${base()}?campaign=paging&limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await api('editor').get(`${base()}?campaign=paging&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
  });

  it('edits with optimistic concurrency; variants follow the master until customised; reset; activity', async () => {
    const created = (await api('editor').post(base(), { body: 'v1', accountIds: [a.accountId, weiboAccountId] })).body;
    const [v1, v2] = created.variants;
    const custom = await api('editor').patch(`${base()}/${created.id}/variants/${v2.id}`, { version: 1, body: '微博专用' });
    expect(custom.status).toBe(200);
    expect(custom.body.version).toBe(2);
    const edited = await api('editor').patch(`${base()}/${created.id}`, { version: 2, body: 'v2', media: [{ assetId }] });
    expect(edited.status).toBe(200);
    const byId = new Map(edited.body.variants.map((v: { id: string }) => [v.id, v]));
    expect(byId.get(v1.id)).toMatchObject({ body: 'v2', customised: false, media: [{ assetId }] });
    expect(byId.get(v2.id)).toMatchObject({ body: '微博专用', customised: true, media: [] });

    const stale = await api('editor').patch(`${base()}/${created.id}`, { version: 2, body: 'late' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');

    const reset = await api('editor').post(`${base()}/${created.id}/variants/${v2.id}/reset`, { version: 3 });
    expect(reset.status).toBe(200);
    expect(reset.body.variants.find((v: { id: string }) => v.id === v2.id)).toMatchObject({ body: 'v2', customised: false });

    const activity = await api('analyst').get(`${base()}/${created.id}/activity`);
    expect(activity.body.items.map((x: { kind: string }) => x.kind)).toEqual(['variant_reset', 'edited', 'variant_edited', 'created']);
    expect(activity.body.items[0].actorName).toBe('Owner A');
  });

  it('refuses edits outside draft with 409 not_editable', async () => {
    const created = (await api('editor').post(base(), { body: 'x' })).body;
    await server.runtime.ctx.db.query(`update content_items set status = 'in_review' where id = $1`, [created.id]);
    const res = await api('editor').patch(`${base()}/${created.id}`, { version: 1, body: 'y' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_editable');
  });

  it('permissions, tenancy and validation: analyst cannot write, other workspace 404, bad input 400 naming the field', async () => {
    const created = (await api('editor').post(base(), { body: 'mine' })).body;
    expect((await api('analyst').post(base(), { body: 'no' })).status).toBe(403);
    expect((await api('analyst').patch(`${base()}/${created.id}`, { version: 1, body: 'no' })).status).toBe(403);
    expect((await api('owner', b).get(`${base(b)}/${created.id}`)).status).toBe(404);
    expect((await api('owner', b).patch(`${base(b)}/${created.id}`, { version: 1, body: 'no' })).status).toBe(404);

    const bad = async (body: unknown, path: string) => {
      const res = await api('editor').post(base(), body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path.startsWith('body.') ? path : `body.${path}`);
    };
    await bad({ body: 'x', funnelStage: 'purchase' }, 'funnelStage');
    const refused = async (body: unknown, path: string) => {
      const res = await api('editor').post(base(), body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual([path]);
    };
    await refused({ body: 'x', media: [{ assetId: 'ast_nope' }] }, 'media.0.assetId');
    await refused({ body: 'x', accountIds: [b.accountId] }, 'accountIds.0');
    await refused({ body: 'x', ownerId: b.userIds.editor }, 'ownerId');
    await bad({ body: 'x', topics: ['two words'] }, 'topics.0');
    await bad({ body: 'x', links: [{ url: 'javascript:alert(1)' }] }, 'links.0.url');
  });

  it('checks each variant against its platform rules (Weibo topic syntax and length, aspect ratio)', async () => {
    const created = (await api('editor').post(base(), { body: '今天 #护肤 分享', accountIds: [a.accountId, weiboAccountId], media: [{ assetId }] })).body;
    const res = await api('analyst').get(`${base()}/${created.id}/checks`);
    expect(res.status).toBe(200);
    const weibo = res.body.variants.find((v: { accountId: string }) => v.accountId === weiboAccountId);
    expect(weibo.previewPlatform).toBe('weibo');
    expect(weibo.rulesFrom).toEqual(['connector:sandbox', 'documented:weibo']);
    expect(weibo.findings).toContainEqual(expect.objectContaining({ code: 'hashtag_syntax', severity: 'warning', field: 'text' }));
    const sandbox = res.body.variants.find((v: { accountId: string }) => v.accountId === a.accountId);
    expect(sandbox.findings.map((f: { code: string }) => f.code)).not.toContain('hashtag_syntax');

    const live = await api('editor').post(`/api/workspaces/${a.workspaceId}/content-rules/check`, { accountId: weiboAccountId, body: '好'.repeat(2001) });
    expect(live.status).toBe(200);
    expect(live.body.findings[0]).toMatchObject({ code: 'text_too_long', severity: 'error' });
    expect(live.body.findings[0].message.zh).toContain('2000');
  });

  it('short links: UTM defaults, public 302 redirect, one link_click event per click, unknown code 404', async () => {
    const created = (await api('editor').post(base(), { body: 'buy', campaign: 'spring', accountIds: [weiboAccountId] })).body;
    const made = await api('editor').post(`${base()}/${created.id}/links`, { url: 'https://shop.example.com/p?id=7', accountId: weiboAccountId });
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(made.body.utm).toEqual({ utm_source: 'weibo', utm_medium: 'social', utm_campaign: 'spring', utm_content: created.id });
    const same = await api('editor').post(`${base()}/${created.id}/links`, { url: 'https://shop.example.com/p?id=7', accountId: weiboAccountId });
    expect(same.body.code).toBe(made.body.code);
    expect((await api('analyst').post(`${base()}/${created.id}/links`, { url: 'https://x.example.com' })).status).toBe(403);

    for (const path of [`/l/${made.body.code}`, `/api/l/${made.body.code}`]) {
      const r = await fetch(server.url + path, { redirect: 'manual' });
      expect(r.status).toBe(302);
      const to = new URL(r.headers.get('location')!);
      expect(to.origin + to.pathname).toBe('https://shop.example.com/p');
      expect(to.searchParams.get('utm_source')).toBe('weibo');
      expect(to.searchParams.get('id')).toBe('7');
    }
    expect((await fetch(`${server.url}/l/nosuchcode`, { redirect: 'manual' })).status).toBe(404);

    const events = await server.runtime.ctx.db.query<{ name: string; account_id: string; properties: Record<string, unknown> }>(
      `select name, account_id, properties from events where workspace_id = $1 and name = 'link_click'`,
      [a.workspaceId],
    );
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ account_id: weiboAccountId, properties: expect.objectContaining({ code: made.body.code, content_id: created.id, utm_campaign: 'spring' }) });
    const links = await api('analyst').get(`${base()}/${created.id}/links`);
    expect(links.body.items[0]).toMatchObject({ clicks: 2, shortUrl: `${server.url}/l/${made.body.code}` });
  });

  it("does not shadow analytics' static content routes", async () => {
    expect((await api('analyst').get(`${base()}/heatmap`)).status).toBe(200);
  });

  it('deletes a draft (version checked)', async () => {
    const created = (await api('editor').post(base(), { body: 'bye' })).body;
    expect((await api('editor').delete(`${base()}/${created.id}?version=9`)).status).toBe(409);
    expect((await api('editor').delete(`${base()}/${created.id}?version=1`)).status).toBe(200);
    expect((await api('editor').get(`${base()}/${created.id}`)).status).toBe(404);
  });
});
