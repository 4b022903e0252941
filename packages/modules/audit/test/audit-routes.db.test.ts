import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import type { AnyRoute, ModuleContext, RouteContext } from '@resonance/http';
import { createLogger, createSecretBox, manualClock } from '@resonance/kernel';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry, createAuditModule } from '../src/index.js';

/** Names as identity-access would give them; only known ids get a name. */
const auditModule = createAuditModule({
  actorNames: async (_db, _ws, ids) => Object.fromEntries(ids.filter((id) => id === 'usr_2').map((id) => [id, 'Two <two@example.com>'])),
});

const refuse = (what: string) => () => {
  throw new Error(`unexpected use of ${what}`);
};

describe.each(testDatabaseKinds())('audit routes on %s', (kind) => {
  let db: TestDatabase;
  let routes: AnyRoute[];
  const clock = manualClock(new Date('2026-11-22T06:00:00Z'));

  const call = async (method: string, path: string, params: object, query: object = {}) => {
    const route = routes.find((r) => r.method === method && r.path === path)!;
    const ctx = {
      params: route.params!.parse(params),
      query: route.query ? route.query.parse(query) : undefined,
      body: undefined,
      audit: refuse('audit'),
    } as unknown as RouteContext<any, any, any>;
    return route.handler(ctx);
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind, [auditModule.migrationsDir!]);
    const ctx: ModuleContext = {
      db,
      secrets: createSecretBox([{ id: 'k1', key: randomBytes(32) }]),
      clock,
      jobs: { send: refuse('jobs.send') },
      mailer: { configured: false, send: refuse('mailer.send') },
      logger: createLogger({}, 'error'),
      config: { publicUrl: 'http://localhost:3000', dataDir: '/nonexistent' },
    };
    routes = auditModule.routes!(ctx);
    for (const [i, name] of ['=cmd|" /C calc"!A0', 'Plain, "quoted"', '品牌'].entries()) {
      clock.advance(1000);
      await appendAuditEntry(db, clock, { workspaceId: 'ws_r', actorType: 'user', actorId: `usr_${i}`, action: 'brand.create', userAgent: i === 0 ? '=HYPERLINK("http://evil.example")' : 'vitest', after: { name } });
    }
    await appendAuditEntry(db, clock, { workspaceId: 'ws_other', actorType: 'user', actorId: 'usr_x', action: 'brand.create', after: { name: 'secret brand' } });
  });
  afterAll(async () => db?.close());

  it('every route needs audit.read; verify writes no audit entry', () => {
    expect(routes.map((r) => [r.method, r.path, r.access])).toEqual([
      ['get', '/workspaces/{workspaceId}/audit', 'audit.read'],
      ['post', '/workspaces/{workspaceId}/audit/verify', 'audit.read'],
      ['get', '/workspaces/{workspaceId}/audit/export.csv', 'audit.read'],
    ]);
    expect(routes[1]!.audit).toBe(false);
  });

  it('lists newest first and caps the page size at 200', async () => {
    const res = (await call('get', '/workspaces/{workspaceId}/audit', { workspaceId: 'ws_r' }, { limit: '2' })) as { items: { actorId: string }[]; nextCursor: string };
    expect(res.items.map((i) => i.actorId)).toEqual(['usr_2', 'usr_1']);
    expect(res.items.map((i) => (i as { actorName?: string }).actorName)).toEqual(['Two <two@example.com>', undefined]);
    expect(res.nextCursor).toMatch(/^\d+$/);
    await expect(call('get', '/workspaces/{workspaceId}/audit', { workspaceId: 'ws_r' }, { limit: '201' })).rejects.toThrow();
    await expect(call('get', '/workspaces/{workspaceId}/audit', { workspaceId: 'ws_r' }, { action: 'a*b' })).rejects.toThrow(/prefix ending in \*/);
  });

  it("verifies the workspace's chain", async () => {
    expect(await call('post', '/workspaces/{workspaceId}/audit/verify', { workspaceId: 'ws_r' })).toEqual({ ok: true, chains: 1, checked: 3, broken: [] });
  });

  it('exports formula-safe CSV of this workspace only', async () => {
    const res = (await call('get', '/workspaces/{workspaceId}/audit/export.csv', { workspaceId: 'ws_r' })) as Response;
    expect(res).toBeInstanceOf(Response);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('seq,id,created_at,actor_type,actor_id,action,target_type,target_id,ip,user_agent,before,after,hash');
    expect(lines).toHaveLength(4);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(text).not.toContain('secret brand');
  });
});
