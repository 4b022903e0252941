import { randomBytes } from 'node:crypto';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { AnyRoute } from '@resonance/http';
import { createSecretBox, manualClock } from '@resonance/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS_MIGRATIONS_DIR, SYNC_ENGAGEMENT_JOB, SYNC_FOLLOWERS_JOB, createAccountsModule } from '../src/index.js';
import { callRoute, moduleContext, recordingJobs } from './route-harness.js';
import { sandboxLikeConnector } from './strict-connector.js';

describe.each(testDatabaseKinds())('accounts routes on %s', (kind) => {
  let db: TestDatabase;
  let routes: AnyRoute[];
  const ws = 'ws_routes';
  const jobs = recordingJobs();

  beforeAll(async () => {
    db = await createTestDatabase(kind, [ACCOUNTS_MIGRATIONS_DIR]);
    const sandbox = sandboxLikeConnector();
    const module = createAccountsModule({ connectors: new Map([[sandbox.platform, sandbox]]) });
    routes = module.routes!(moduleContext(db, createSecretBox([{ id: 'k1', key: randomBytes(32) }]), manualClock(new Date('2026-11-22T05:00:00Z')), jobs));
  });
  afterAll(async () => db?.close());

  it('declares a permission and an audit action for every route', () => {
    for (const r of routes) {
      expect(r.access).toMatch(/^(workspace\.read|brands\.manage|accounts\.read|accounts\.manage)$/);
      if (r.method !== 'get') expect(r.audit).toMatch(/^(brand|account)\.[a-z]+$/);
    }
  });

  it('creates a brand and connects accounts; the audit detail never holds a credential', async () => {
    const brand = await callRoute(routes, 'post', '/workspaces/{workspaceId}/brands', { params: { workspaceId: ws }, body: { name: 'Demo 品牌' } });
    const brandId = (brand.result as { id: string }).id;
    expect(brand.audit).toMatchObject({ targetType: 'brand', targetId: brandId, after: { name: 'Demo 品牌' } });

    const saved = await callRoute(routes, 'post', '/workspaces/{workspaceId}/accounts', {
      params: { workspaceId: ws },
      body: { brandId, platform: 'douyin', credentials: { clientKey: 'ck', clientSecret: 'douyin-SECRET-value' } },
    });
    expect(saved.result).toMatchObject({
      status: 'credentials_saved',
      connector: 'credentials_only',
      credentialFieldsSet: ['clientKey', 'clientSecret'],
      note: { en: expect.stringContaining('not available in this build') },
    });
    expect(JSON.stringify(saved.result)).not.toContain('douyin-SECRET-value');
    expect(JSON.stringify(saved.audit)).not.toContain('douyin-SECRET-value');
    expect(saved.audit.after).toMatchObject({ platform: 'douyin', credentialFieldsSet: ['clientKey', 'clientSecret'] });
    expect(jobs.sent).toEqual([]); // credentials only: nothing to sync

    const sbx = await callRoute(routes, 'post', '/workspaces/{workspaceId}/accounts', {
      params: { workspaceId: ws },
      body: { brandId, platform: 'sandbox', simulates: 'weibo' },
    });
    expect(sbx.result).toMatchObject({ status: 'connected', connector: 'available', note: null, simulates: 'weibo' });
    const accountId = (sbx.result as { id: string }).id;
    expect(jobs.sent).toEqual([
      { name: SYNC_FOLLOWERS_JOB, data: { workspaceId: ws, accountId }, options: { singletonKey: `sync-followers:${accountId}:2026-11-22T05:00:00.000Z` } },
      { name: SYNC_ENGAGEMENT_JOB, data: { workspaceId: ws, accountId }, options: { singletonKey: `engagement-sync:${accountId}:connect:2026-11-22T05:00:00.000Z` } },
    ]);

    const list = await callRoute(routes, 'get', '/workspaces/{workspaceId}/accounts', { params: { workspaceId: ws } });
    expect((list.result as { items: unknown[] }).items).toHaveLength(2);
    const off = await callRoute(routes, 'post', '/workspaces/{workspaceId}/accounts/{accountId}/disconnect', { params: { workspaceId: ws, accountId } });
    expect(off.audit).toMatchObject({ before: { status: 'connected' }, after: { status: 'disconnected', credentialFieldsSet: [] } });
  });

  it('lists platforms with the callback URL under the public URL', async () => {
    const { result } = await callRoute(routes, 'get', '/workspaces/{workspaceId}/platforms', { params: { workspaceId: ws } });
    const items = (result as { items: { platform: string; oneClick: boolean; callbackUrl: string | null }[] }).items;
    expect(items[0]).toMatchObject({ platform: 'sandbox', oneClick: true });
    expect(items.find((p) => p.platform === 'wecom')!.callbackUrl).toBe('https://rsn.example.com/api/callbacks/wecom');
  });

  it('rejects an empty patch and a blank brand name at validation', async () => {
    await expect(
      callRoute(routes, 'patch', '/workspaces/{workspaceId}/brands/{brandId}', { params: { workspaceId: ws, brandId: 'brand_x' }, body: {} }),
    ).rejects.toThrow(/name and\/or description/);
    await expect(callRoute(routes, 'post', '/workspaces/{workspaceId}/brands', { params: { workspaceId: ws }, body: { name: '   ' } })).rejects.toThrow(
      /name must not be empty/,
    );
  });
});
