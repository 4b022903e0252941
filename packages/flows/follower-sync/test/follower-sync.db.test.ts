import { randomBytes } from 'node:crypto';
import { ACCOUNTS_MIGRATIONS_DIR, SYNC_FOLLOWERS_JOB, connectAccount, createBrand, disconnectAccount, getAccount, loadAccountConnection, type Account } from '@resonance/accounts';
import { createSandboxConnector, type SandboxConnector } from '@resonance/connector-sandbox';
import type { Connector } from '@resonance/connector-sdk';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { appendEvents, EVENTS_MIGRATIONS_DIR } from '@resonance/events';
import { fansModule, findFanByIdentity, insertFans } from '@resonance/fans';
import type { ModuleContext } from '@resonance/http';
import { createLogger, createSecretBox, manualClock } from '@resonance/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFollowerSyncModule, followMessageId, followSourceId, syncFollowers } from '../src/index.js';

const dirs = [ACCOUNTS_MIGRATIONS_DIR, EVENTS_MIGRATIONS_DIR, fansModule.migrationsDir!];
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const logger = createLogger({}, 'error');
const NOW = new Date('2026-11-22T05:00:00Z');
const ws = 'ws_follower_sync';

describe.each(testDatabaseKinds())('follower sync on %s', (kind) => {
  let db: TestDatabase;
  let sandbox: SandboxConnector;
  let connectors: Map<string, Connector>;
  let ctx: ModuleContext;
  let brandId: string;
  const clock = manualClock(NOW);

  const connect = (credentials: Record<string, string> = {}) =>
    connectAccount({ db, secrets, clock, connectors, publicUrl: 'https://rsn.example.com' }, ws, { brandId, platform: 'sandbox', credentials });
  const follows = async (accountId: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from events where workspace_id = $1 and account_id = $2 and name = 'follow'`, [ws, accountId]))[0]!.n;
  const identities = async (accountId: string) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from fan_identities where workspace_id = $1 and kind = 'platform_user' and namespace = $2`, [ws, accountId]))[0]!.n;
  const fanCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from fans where workspace_id = $1', [ws]))[0]!.n;

  beforeAll(async () => {
    db = await createTestDatabase(kind, dirs);
    sandbox = createSandboxConnector({ seed: 7, clock });
    connectors = new Map<string, Connector>([[sandbox.platform, sandbox]]);
    ctx = {
      db,
      secrets,
      clock,
      logger,
      jobs: { send: () => Promise.reject(new Error('the sync enqueues nothing')) },
      mailer: { configured: false, send: () => Promise.reject(new Error('the sync sends no mail')) },
      config: { publicUrl: 'https://rsn.example.com', dataDir: '/nonexistent' },
    };
    brandId = (await createBrand(db, ws, { name: 'Brand' })).id;
  });
  afterAll(async () => db?.close());

  it('declares one retrying job', () => {
    const jobs = createFollowerSyncModule({ connectors }).jobs!(ctx);
    expect(jobs.map((j) => [j.name, j.retryLimit, j.retryBackoff])).toEqual([[SYNC_FOLLOWERS_JOB, 5, true]]);
  });

  it('imports every follower of a new sandbox account as a fan and a follow event; a second run adds nothing', async () => {
    const account = await connect();
    const [job] = createFollowerSyncModule({ connectors }).jobs!(ctx);
    await job!.handler({ workspaceId: ws, accountId: account.id }, ctx);

    const { total } = await remoteFollowersOf(account);
    expect(total).toBe(2000);
    const again = await syncFollowers({ ...ctx, connectors }, { workspaceId: ws, accountId: account.id });
    expect(again).toEqual({ status: 'synced', followers: 2000, fansCreated: 0, eventsAdded: 0 });
    expect(await follows(account.id)).toBe(2000);
    expect(await identities(account.id)).toBe(2000);
    expect(await fanCount()).toBe(2000);

    const rows = await db.query<{ fan_id: string; message_id: string; source_id: string; platform: string; occurred_at: Date }>(
      `select fan_id, message_id, source_id, platform, occurred_at from events where workspace_id = $1 and account_id = $2 order by occurred_at limit 1`,
      [ws, account.id],
    );
    const first = rows[0]!;
    const remoteUserId = first.message_id.slice(followMessageId(account.id, '').length);
    expect(first).toMatchObject({ source_id: followSourceId(account.id), platform: 'sandbox' });
    expect(first.occurred_at.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(await findFanByIdentity(db, ws, { kind: 'platform_user', namespace: account.id, value: remoteUserId })).toBe(first.fan_id);

    await job!.handler({ workspaceId: ws, accountId: account.id }, ctx);
    expect(await follows(account.id)).toBe(2000);
    expect(await fanCount()).toBe(2000);
  });

  it('pages through the platform and matches its follower list and follow times', async () => {
    const account = await connect({ followers: '450' });
    const before = await fanCount();
    const res = await syncFollowers({ ...ctx, connectors }, { workspaceId: ws, accountId: account.id });
    const remote = await remoteFollowersOf(account);
    expect(remote.total).toBe(450);
    expect(res).toEqual({ status: 'synced', followers: 450, fansCreated: 450, eventsAdded: 450 });
    expect(await fanCount()).toBe(before + 450);
    const stored = await db.query<{ message_id: string; occurred_at: Date }>(
      `select message_id, occurred_at from events where workspace_id = $1 and account_id = $2 and name = 'follow' order by message_id`,
      [ws, account.id],
    );
    const expected = remote.items.map((f) => ({ message_id: followMessageId(account.id, f.remoteUserId), occurred_at: f.followedAt })).sort((a, b) => (a.message_id < b.message_id ? -1 : 1));
    expect(stored).toEqual(expected);
  });

  it('keeps fans and follow events that already exist (e.g. from the demo seed) and adds only the rest', async () => {
    const account = await connect({ followers: '30' });
    const remote = await remoteFollowersOf(account);
    const known = remote.items[0]!;
    const [fanId] = await insertFans(db, secrets, ws, [
      { displayName: 'Known fan', identities: [{ kind: 'platform_user', namespace: account.id, value: known.remoteUserId }] },
    ]);
    await appendEvents(db, ws, [{ name: 'follow', occurredAt: known.followedAt, sourceId: 'seed', platform: 'sandbox', accountId: account.id, fanId: fanId! }]);
    const res = await syncFollowers({ ...ctx, connectors }, { workspaceId: ws, accountId: account.id });
    expect(res).toEqual({ status: 'synced', followers: 30, fansCreated: 29, eventsAdded: 29 });
    expect(await follows(account.id)).toBe(30);
    expect(await identities(account.id)).toBe(30);
  });

  it('marks the account expired when the platform rejects its token, without throwing', async () => {
    const account = await connect({ followers: '10' });
    sandbox.failNext('auth_expired', { op: 'fetchFollowers' });
    await expect(syncFollowers({ ...ctx, connectors }, { workspaceId: ws, accountId: account.id })).resolves.toEqual({ status: 'expired' });
    expect((await getAccount(db, ws, account.id)).status).toBe('expired');
    expect(await follows(account.id)).toBe(0);
    const again = await syncFollowers({ ...ctx, connectors }, { workspaceId: ws, accountId: account.id });
    expect(again).toEqual({ status: 'skipped', reason: 'account status is expired' });
  });

  it('throws on a transient platform failure (the queue retries) and succeeds on the retry', async () => {
    const account = await connect({ followers: '250' });
    sandbox.failNext('transient', { op: 'fetchFollowers' });
    const [job] = createFollowerSyncModule({ connectors }).jobs!(ctx);
    await expect(job!.handler({ workspaceId: ws, accountId: account.id }, ctx)).rejects.toMatchObject({ kind: 'transient' });
    expect((await getAccount(db, ws, account.id)).status).toBe('connected');
    await job!.handler({ workspaceId: ws, accountId: account.id }, ctx);
    expect(await follows(account.id)).toBe(250);
  });

  it('skips disconnected and unknown accounts and connectors that cannot list followers', async () => {
    const account = await connect({ followers: '5' });
    await disconnectAccount({ db, secrets, clock, connectors, publicUrl: '' }, ws, account.id);
    const sync = (c: ReadonlyMap<string, Connector>, accountId: string, workspaceId = ws) => syncFollowers({ ...ctx, connectors: c }, { workspaceId, accountId });
    expect(await sync(connectors, account.id)).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/no stored credentials/) });
    expect(await sync(connectors, 'acct_missing')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/not found/) });

    const other = await connect({ followers: '5' });
    expect(await sync(connectors, other.id, 'ws_other')).toMatchObject({ status: 'skipped' });
    const blind: Connector = { ...sandbox, capabilities: { ...sandbox.capabilities, fetchFollowers: false } };
    expect(await sync(new Map([['sandbox', blind]]), other.id)).toEqual({ status: 'skipped', reason: 'sandbox cannot list followers' });
    expect(await sync(new Map(), other.id)).toEqual({ status: 'skipped', reason: 'no connector for platform sandbox' });
    expect(await follows(other.id)).toBe(0);
    await expect(syncFollowers({ ...ctx, connectors }, { workspaceId: ws })).rejects.toThrow(/data.accountId/);
  });

  async function remoteFollowersOf(account: Account) {
    const { credentials } = await loadAccountConnection(db, secrets, ws, account.id);
    const items: { remoteUserId: string; followedAt: Date }[] = [];
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await sandbox.fetchFollowers({ account: { remoteAccountId: account.remoteAccountId!, tokens: credentials } }, cursor);
      total = page.total;
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return { total, items };
  }
});
