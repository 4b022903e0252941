import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { PERMISSIONS, ROLES, can, type Permission } from '@resonance/kernel';
import { describeApi } from '../src/describe-api.js';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { fillPath, workspaceFixture, type WorkspaceFixture } from './fixtures.js';

const routes = describeApi().routes;
const workspaceRoutes = routes.filter((r) => r.access in PERMISSIONS);

/** Passed authorisation: anything but 401, 403, or the 404 a non-member gets for the workspace itself. */
function passedAuth(status: number, body: any): boolean {
  if (status === 401 || status === 403) return false;
  if (status === 404 && body?.error?.message === 'workspace not found') return false;
  return true;
}

describe.each(testDatabaseKinds())('every role × every workspace route (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
  });
  afterAll(async () => server?.close());

  it('covers the routes', () => {
    expect(workspaceRoutes.length).toBeGreaterThan(20);
  });

  for (const route of workspaceRoutes) {
    it(`${route.method.toUpperCase()} ${route.path} (${route.access})`, async () => {
      // read-only probes first, destructive-looking probes with ids that do not exist
      const path = fillPath(route.path, { workspaceId: a.workspaceId });
      for (const role of ROLES) {
        const client = server.client().withToken(a.tokens[role]);
        const res = await client.request(route.method.toUpperCase(), path, route.method === 'get' ? undefined : {});
        const allowed = can(role, route.access as Permission);
        expect({ role, status: res.status < 500 ? 'handled' : res.status }).toEqual({ role, status: 'handled' });
        expect({ role, ok: passedAuth(res.status, res.body) }).toEqual({ role, ok: allowed });
        if (!allowed) expect(res.status).toBe(403);
      }
    });
  }
});
