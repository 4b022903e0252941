import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { startTestServer, type ApiClient, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

interface AccountFollowers {
  accountId: string;
  followers: number;
}

describe.each(testDatabaseKinds())('follower sync after connecting an account (%s)', (kind) => {
  let server: TestServer;
  let ws: WorkspaceFixture;
  let owner: ApiClient;

  beforeAll(async () => {
    server = await startTestServer({ kind });
    ws = await workspaceFixture(server, 'F');
    owner = server.client().withToken(ws.tokens.owner);
  });
  afterAll(async () => server?.close());

  const followersOf = async (accountId: string) => {
    const res = await owner.get<{ followersByAccount: AccountFollowers[] }>(`/api/workspaces/${ws.workspaceId}/overview`);
    expect(res.status).toBe(200);
    return res.body.followersByAccount.find((a) => a.accountId === accountId)?.followers;
  };

  it("the Overview shows a newly connected account's platform followers once the background sync ran", async () => {
    const connected = await owner.post<{ id: string; status: string; followersAtConnect: number }>(`/api/workspaces/${ws.workspaceId}/accounts`, {
      brandId: ws.brandId,
      platform: 'sandbox',
      name: 'Fresh sandbox',
    });
    expect(connected.status).toBe(201);
    expect(connected.body).toMatchObject({ status: 'connected', followersAtConnect: 2000 });
    const accountId = connected.body.id;

    const deadline = Date.now() + 60_000;
    let followers = await followersOf(accountId);
    // the sync commits page by page: wait until the last page is in
    while (followers !== connected.body.followersAtConnect && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      followers = await followersOf(accountId);
    }
    expect(followers).toBe(connected.body.followersAtConnect);

    const fans = await owner.get<{ items: unknown[] }>(`/api/workspaces/${ws.workspaceId}/fans?limit=5`);
    expect(fans.status).toBe(200);
    expect(fans.body.items.length).toBe(5);
  }, 90_000);
});
