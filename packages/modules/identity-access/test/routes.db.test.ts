import { createLogger, PERMISSIONS, type Role } from '@resonance/kernel';
import type { AnyRoute, AuditDetail, CookieOptions, ModuleContext, Principal } from '@resonance/http';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthPort, CSRF_COOKIE, identityAccessModule, SESSION_COOKIE } from '../src/index.js';
import { fakePorts, makeUser, migrationsDir, newClock } from './fixtures.js';

/** Drives a route handler the way the server does, recording cookies and audit detail. */
function harness(routes: AnyRoute[]) {
  return async (method: string, path: string, input: { principal?: Principal; role?: Role | null; params?: object; body?: object } = {}) => {
    const route = routes.find((r) => r.method === method && r.path === path);
    if (!route) throw new Error(`no route ${method} ${path}`);
    const cookies: Record<string, { value: string; options?: CookieOptions } | 'deleted'> = {};
    const audit: AuditDetail = {};
    const result = await route.handler({
      params: route.params ? route.params.parse(input.params ?? {}) : undefined,
      query: undefined,
      body: route.body ? route.body.parse(input.body ?? {}) : undefined,
      principal: input.principal ?? { kind: 'anonymous' },
      role: input.role ?? null,
      ip: '203.0.113.5',
      userAgent: 'vitest',
      audit: (d) => Object.assign(audit, d),
      cookies: {
        get: () => undefined,
        set: (name, value, options) => {
          cookies[name] = { value, options };
        },
        delete: (name) => {
          cookies[name] = 'deleted';
        },
      },
      raw: undefined as never,
    });
    return { route, result: result as any, cookies, audit };
  };
}

describe.each(testDatabaseKinds())('identity routes on %s', (kind) => {
  let db: TestDatabase;
  let ctx: ModuleContext;
  let ports: ReturnType<typeof fakePorts>;
  let call: ReturnType<typeof harness>;
  const clock = newClock();
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrationsDir]);
    ports = fakePorts(true);
    ctx = { db, clock, logger: createLogger({}, 'error'), secrets: undefined as never, ...ports };
    call = harness(identityAccessModule.routes!(ctx));
  });
  afterAll(async () => db?.close());

  it('declares access on every route, once, with workspace paths for permissions', () => {
    const routes = identityAccessModule.routes!(ctx);
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of routes) {
      expect(r.access === 'public' || r.access === 'authenticated' || r.access in PERMISSIONS).toBe(true);
      if (r.access in PERMISSIONS) expect(r.path).toContain('{workspaceId}');
      if (r.method !== 'get') expect(typeof r.audit).toBe('string');
    }
    expect(identityAccessModule.jobs!(ctx).map((j) => j.name).sort()).toEqual(['identity.prune-auth-records', 'identity.send-invite-email']);
  });

  it('login sets an HttpOnly session cookie and a readable CSRF cookie for 30 days, and names the actor', async () => {
    const user = await makeUser(db, clock);
    const { result, cookies, audit } = await call('post', '/auth/login', { body: { email: user.email, password: 'password-123' } });
    expect(result.user).toEqual(user);
    const session = cookies[SESSION_COOKIE] as { value: string; options: CookieOptions };
    const csrf = cookies[CSRF_COOKIE] as { value: string; options: CookieOptions };
    expect(session.options).toEqual({ httpOnly: true, maxAgeSeconds: 30 * 24 * 3600 });
    expect(csrf).toEqual({ value: result.csrfToken, options: { httpOnly: false, maxAgeSeconds: 30 * 24 * 3600 } });
    expect(audit).toMatchObject({ actor: { type: 'user', id: user.id }, workspaceId: null });

    const principal = await createAuthPort(db, clock).authenticate({ sessionToken: session.value });
    const me = await call('get', '/me', { principal });
    expect(me.result).toEqual({ user, workspaces: [], csrfToken: result.csrfToken });
    const out = await call('post', '/auth/logout', { principal });
    expect(out.cookies).toEqual({ [SESSION_COOKIE]: 'deleted', [CSRF_COOKIE]: 'deleted' });
    expect((await createAuthPort(db, clock).authenticate({ sessionToken: session.value })).kind).toBe('anonymous');
  });

  it('a wrong password is one generic 401', async () => {
    const user = await makeUser(db, clock);
    const wrongPw = await call('post', '/auth/login', { body: { email: user.email, password: 'nope-nope-nope' } }).catch((e) => e);
    const noUser = await call('post', '/auth/login', { body: { email: 'nobody@example.com', password: 'nope-nope-nope' } }).catch((e) => e);
    expect([wrongPw.status, wrongPw.code, wrongPw.message]).toEqual([401, 'invalid_credentials', noUser.message]);
  });

  it('workspace creation audits the new workspace; invites and tokens never put secrets in the audit entry', async () => {
    const owner = await makeUser(db, clock);
    const principal: Principal = { kind: 'user', userId: owner.id, sessionId: 's', csrfToken: 'c', locale: 'zh-CN' };
    const created = await call('post', '/workspaces', { principal, body: { name: 'Route WS', timeZone: 'Asia/Tokyo' } });
    expect(created.result).toMatchObject({ name: 'Route WS', timeZone: 'Asia/Tokyo', role: 'owner' });
    expect(created.audit).toMatchObject({ workspaceId: created.result.id, targetType: 'workspace' });
    const params = { workspaceId: created.result.id };

    const inv = await call('post', '/workspaces/{workspaceId}/invites', { principal, role: 'owner', params, body: { email: 'new@example.com', role: 'editor' } });
    expect(inv.result).toMatchObject({ emailed: true, link: expect.stringContaining('/invite/') });
    expect(JSON.stringify(inv.audit)).not.toContain(inv.result.link.split('/invite/')[1]);
    expect(ports.sentJobs.at(-1)).toMatchObject({ name: 'identity.send-invite-email', data: { link: inv.result.link, workspaceId: params.workspaceId } });

    const tok = await call('post', '/workspaces/{workspaceId}/tokens', { principal, role: 'owner', params, body: { name: 'ci', role: 'analyst' } });
    expect(tok.result.token).toMatch(/^rsn_pat_/);
    expect(JSON.stringify(tok.audit)).not.toContain(tok.result.token);
    expect(JSON.stringify(tok.audit)).not.toContain(tok.result.prefix);
    const admin = await call('post', '/workspaces/{workspaceId}/tokens', { principal, role: 'admin', params, body: { name: 'x', role: 'owner' } }).catch((e) => e);
    expect(admin.status).toBe(403);
    const listed = await call('get', '/workspaces/{workspaceId}/tokens', { principal, role: 'owner', params });
    expect(listed.result.map((t: { id: string }) => t.id)).toEqual([tok.result.id]);
    expect(JSON.stringify(listed.result)).not.toContain(tok.result.token);
  });

  it('accepting an invite anonymously signs the new user in with the same cookies as login', async () => {
    const owner = await makeUser(db, clock);
    const principal: Principal = { kind: 'user', userId: owner.id, sessionId: 's', csrfToken: 'c', locale: 'zh-CN' };
    const ws = await call('post', '/workspaces', { principal, body: { name: 'Invite WS' } });
    const inv = await call('post', '/workspaces/{workspaceId}/invites', { principal, role: 'owner', params: { workspaceId: ws.result.id }, body: { role: 'agent' } });
    const code = inv.result.link.split('/invite/')[1];
    const acc = await call('post', '/invites/{code}/accept', { params: { code }, body: { name: '新人', password: 'password-123', email: 'newbie@example.com' } });
    expect(acc.result).toMatchObject({ workspaceId: ws.result.id, role: 'agent', joined: true, user: { email: 'newbie@example.com' } });
    expect(acc.cookies[CSRF_COOKIE]).toMatchObject({ value: acc.result.csrfToken, options: { httpOnly: false } });
    expect(acc.audit).toMatchObject({ actor: { type: 'user', id: acc.result.user.id }, workspaceId: ws.result.id, targetId: inv.result.id });
    const noName = await call('post', '/invites/{code}/accept', { params: { code }, body: {} }).catch((e) => e);
    expect(noName.status).toBe(410);
  });
});
