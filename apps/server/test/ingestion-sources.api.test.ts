import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

describe.each(testDatabaseKinds())('event sources across workspaces (%s)', (kind) => {
  let server: TestServer;
  let a: WorkspaceFixture;
  let b: WorkspaceFixture;
  let bSource: { id: string; writeKey: string };

  beforeAll(async () => {
    server = await startTestServer({ kind });
    a = await workspaceFixture(server, 'A');
    b = await workspaceFixture(server, 'B');
    bSource = (await server.client().withToken(b.tokens.owner).post(`/api/workspaces/${b.workspaceId}/sources`, { name: 'B web', kind: 'web' })).body;
  });
  afterAll(async () => server?.close());

  it("B's source id inside A's workspace behaves as not found", async () => {
    const ownerA = server.client().withToken(a.tokens.owner);
    expect((await ownerA.post(`/api/workspaces/${a.workspaceId}/sources/${bSource.id}/revoke`)).status).toBe(404);
    const events = await ownerA.post(`/api/workspaces/${a.workspaceId}/events`, { sourceId: bSource.id, events: [{ name: 'x' }] });
    expect(events.status).toBe(404);
    expect((await ownerA.get(`/api/workspaces/${a.workspaceId}/sources`)).body.items).toEqual([]);
    const list = await server.client().withToken(b.tokens.owner).get(`/api/workspaces/${b.workspaceId}/sources`);
    expect(list.body.items[0]).toMatchObject({ id: bSource.id, revokedAt: null });
  });

  it("a write key writes only into its own source's workspace", async () => {
    const res = await fetch(`${server.url}/v1/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bSource.writeKey}` },
      body: JSON.stringify({ userId: 'u', event: 'Seen', messageId: 'iso-1' }),
    });
    expect(res.status).toBe(200);
    const rows = await server.runtime.ctx.db.query<{ workspace_id: string; source_id: string }>(`select workspace_id, source_id from events where message_id = 'iso-1'`);
    expect(rows).toEqual([{ workspace_id: b.workspaceId, source_id: bSource.id }]);
  });

  it('audits creating and revoking a source, never with the key', async () => {
    const owner = server.client().withToken(a.tokens.owner);
    const created = await owner.post(`/api/workspaces/${a.workspaceId}/sources`, { name: 'Audited', kind: 'account' });
    await owner.post(`/api/workspaces/${a.workspaceId}/sources/${created.body.id}/revoke`);
    const audit = await owner.get(`/api/workspaces/${a.workspaceId}/audit`);
    const actions = audit.body.items.filter((e: { targetId: string }) => e.targetId === created.body.id).map((e: { action: string }) => e.action);
    expect(actions.sort()).toEqual(['source.create', 'source.revoke']);
    expect(JSON.stringify(audit.body)).not.toContain(created.body.writeKey);
  });
});
