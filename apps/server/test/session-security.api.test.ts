import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

describe('sessions, cookies, CSRF and tokens over HTTP', () => {
  let server: TestServer;
  let a: WorkspaceFixture;
  beforeAll(async () => {
    server = await startTestServer();
    a = await workspaceFixture(server, 'S');
  });
  afterAll(async () => server?.close());

  it('sets an HttpOnly SameSite session cookie and a readable CSRF cookie', async () => {
    const res = await server.client().post('/api/auth/login', { email: a.ownerEmail, password: a.password });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('rsn_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(cookies.find((c) => c.startsWith('rsn_csrf='))).not.toMatch(/HttpOnly/i);
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const c = server.client();
    await c.login(a.ownerEmail, a.password);
    const res = await c.request('POST', `/api/workspaces/${a.workspaceId}/brands`, { name: 'No CSRF' }, { 'x-csrf-token': 'wrong' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_failed');
    expect((await c.post(`/api/workspaces/${a.workspaceId}/brands`, { name: 'With CSRF' })).status).toBe(201);
  });

  it('names the invalid field', async () => {
    const c = server.client().withToken(a.tokens.owner);
    const res = await c.post(`/api/workspaces/${a.workspaceId}/brands`, { name: 42 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.name');
  });

  it('answers 401 without credentials and treats a bad bearer token as anonymous', async () => {
    expect((await server.client().get(`/api/workspaces/${a.workspaceId}`)).status).toBe(401);
    expect((await server.client().withToken('rsn_pat_nope').get(`/api/workspaces/${a.workspaceId}`)).status).toBe(401);
  });

  it('signs out everywhere', async () => {
    const one = server.client();
    const two = server.client();
    await one.login(a.ownerEmail, a.password);
    await two.login(a.ownerEmail, a.password);
    expect((await two.get('/api/me')).status).toBe(200);
    expect((await one.post('/api/auth/logout-all')).status).toBe(200);
    expect((await two.get('/api/me')).status).toBe(401);
    expect((await one.get('/api/me')).status).toBe(401);
  });

  it('locks an email after repeated failures, even for the right password', async () => {
    const c = server.client();
    const fixture = await workspaceFixture(server, 'L');
    for (let i = 0; i < 5; i++) expect((await c.post('/api/auth/login', { email: fixture.ownerEmail, password: 'wrong-password!' })).status).toBe(401);
    const locked = await c.post('/api/auth/login', { email: fixture.ownerEmail, password: fixture.password });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('writes an audit entry with actor, IP and before/after for a write, and the chain verifies', async () => {
    const c = server.client().withToken(a.tokens.owner);
    const res = await c.patch(`/api/workspaces/${a.workspaceId}`, { timeZone: 'Europe/Berlin' });
    expect(res.status).toBe(200);
    const log = await c.get(`/api/workspaces/${a.workspaceId}/audit?action=workspace.update`);
    expect(log.status).toBe(200);
    const entry = log.body.items[0];
    expect(entry).toMatchObject({ action: 'workspace.update', actorType: 'token' });
    expect(entry.ip).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(entry.after)).toContain('Europe/Berlin');
    const verify = await c.post(`/api/workspaces/${a.workspaceId}/audit/verify`);
    expect(verify.body.ok).toBe(true);
  });

  it('refuses request bodies over 1 MB with 413', async () => {
    const c = server.client().withToken(a.tokens.owner);
    const res = await c.post(`/api/workspaces/${a.workspaceId}/brands`, { name: 'x'.repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('serves the OpenAPI document and the browsable reference', async () => {
    const spec = await server.client().get('/api/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toBe('3.1.0');
    expect(Object.keys(spec.body.paths)).toContain('/workspaces/{workspaceId}/overview');
    const docs = await server.client().get('/api/docs');
    expect(docs.body).toContain('swagger-ui-bundle.js');
  });
});
