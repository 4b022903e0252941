import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { PERMISSIONS } from '@resonance/kernel';
import { describeApi } from '../src/describe-api.js';
import { startTestServer, type ApiClient, type TestServer } from '../src/testing/index.js';
import { fillPath, workspaceFixture, type WorkspaceFixture } from './fixtures.js';

/** Path parameters for which workspace B owns a real resource in this test. */
const B_ID_PARAMS = ['brandId', 'accountId', 'userId', 'inviteId', 'tokenId'];

const workspaceRoutes = describeApi().routes.filter((r) => r.access in PERMISSIONS || r.path.includes('{workspaceId}'));

describe.each(testDatabaseKinds())('tenant isolation (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  let bIds: Record<string, string>;
  let ownerA: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    // B's own resources, created through its owner's session
    const ownerB = server.client();
    await ownerB.login(b.ownerEmail, b.password);
    const invite = await ownerB.post(`/api/workspaces/${b.workspaceId}/invites`, { role: 'editor' });
    const token = await ownerB.post(`/api/workspaces/${b.workspaceId}/tokens`, { name: 'b-token', role: 'analyst' });
    expect(invite.status).toBe(201);
    expect(token.status).toBe(201);
    bIds = {
      workspaceId: b.workspaceId,
      brandId: b.brandId,
      accountId: b.accountId,
      userId: b.userIds.editor,
      inviteId: invite.body.id,
      tokenId: token.body.id,
    };
    ownerA = server.client();
    await ownerA.login(a.ownerEmail, a.password);
  });
  afterAll(async () => server?.close());

  for (const route of workspaceRoutes) {
    it(`${route.method.toUpperCase()} ${route.path}: A's owner on B's workspace → 404`, async () => {
      for (const client of [ownerA, server.client().withToken(a.tokens.owner)]) {
        const res = await client.request(route.method.toUpperCase(), fillPath(route.path, bIds), route.method === 'get' ? undefined : {});
        expect(res.status).toBe(404);
        expect(JSON.stringify(res.body)).not.toMatch(/Brand B|Sandbox B|Workspace B/);
      }
    });

    const otherIds = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((p) => p !== 'workspaceId');
    if (otherIds.length > 0 && otherIds.every((p) => B_ID_PARAMS.includes(p))) {
      it(`${route.method.toUpperCase()} ${route.path}: B's ids inside A's workspace → 404`, async () => {
        const res = await ownerA.request(
          route.method.toUpperCase(),
          fillPath(route.path, { ...bIds, workspaceId: a.workspaceId }),
          route.method === 'get' ? undefined : {},
        );
        // a route with a body validates it first (400 naming the field); either way nothing of B's leaks
        if (route.body) expect([400, 404]).toContain(res.status);
        else expect(res.status).toBe(404);
        // an error may echo the id the caller sent, but never B's data
        expect(JSON.stringify(res.body)).not.toMatch(/Brand B|Sandbox B|Workspace B/);
      });
    }
  }

  it("B's data is intact after all of A's attempts", async () => {
    const ownerB = server.client().withToken(b.tokens.owner);
    const accounts = await ownerB.get(`/api/workspaces/${b.workspaceId}/accounts`);
    expect(accounts.status).toBe(200);
    expect(JSON.stringify(accounts.body)).toContain(b.accountId);
    const members = await ownerB.get(`/api/workspaces/${b.workspaceId}/members`);
    expect(members.body.length ?? members.body.items?.length).toBe(6);
  });
});
