import { randomBytes } from 'node:crypto';
import { ACCOUNTS_MIGRATIONS_DIR, connectAccount, createBrand, disconnectAccount, getAccount, loadAccountConnection, type Account } from '@resonance/accounts';
import { createSandboxConnector, type SandboxConnector } from '@resonance/connector-sandbox';
import type { Connector, ConnectorContext, RemoteComment, RemoteDirectMessage } from '@resonance/connector-sdk';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { EVENTS_MIGRATIONS_DIR } from '@resonance/events';
import { fansModule, findFanByIdentity } from '@resonance/fans';
import { followMessageId, syncFollowers } from '@resonance/flow-follower-sync';
import type { ModuleContext } from '@resonance/http';
import { createLogger, createSecretBox, manualClock, type JobQueue } from '@resonance/kernel';
import { insertPublications, publishingModule } from '@resonance/publishing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commentMessageId,
  createEngagementSyncModule,
  dmMessageId,
  ENGAGEMENT_SYNC_JOB,
  engagementSourceId,
  engagementSyncKey,
  metricsMessageId,
  metricsSourceId,
  SCHEDULE_ENGAGEMENT_SYNCS_JOB,
  scheduleEngagementSyncs,
  syncEngagement,
} from '../src/index.js';

const dirs = [ACCOUNTS_MIGRATIONS_DIR, EVENTS_MIGRATIONS_DIR, fansModule.migrationsDir!, publishingModule.migrationsDir!];
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const logger = createLogger({}, 'error');
const NOW = new Date('2026-11-22T05:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ws = 'ws_engagement_sync';

interface EventRow {
  name: string;
  fan_id: string | null;
  message_id: string;
  source_id: string;
  publication_id: string | null;
  occurred_at: Date;
  properties: Record<string, unknown> | null;
}

describe.each(testDatabaseKinds())('engagement sync on %s', (kind) => {
  let db: TestDatabase;
  let sandbox: SandboxConnector;
  let connectors: Map<string, Connector>;
  let ctx: ModuleContext;
  let brandId: string;
  const clock = manualClock(NOW);

  const connect = (credentials: Record<string, string>, workspaceId = ws, brand = brandId) =>
    connectAccount({ db, secrets, clock, connectors, publicUrl: 'https://rsn.example.com' }, workspaceId, { brandId: brand, platform: 'sandbox', credentials });
  const sync = (accountId: string, c: ReadonlyMap<string, Connector> = connectors, workspaceId = ws) => syncEngagement({ ...ctx, connectors: c }, { workspaceId, accountId });
  const eventsOf = (accountId: string, name: string) =>
    db.query<EventRow>(
      `select name, fan_id, message_id, source_id, publication_id, occurred_at, properties from events
        where workspace_id = $1 and account_id = $2 and name = $3 order by message_id`,
      [ws, accountId, name],
    );
  const count = async (accountId: string) => (await db.query<{ n: number }>('select count(*)::int as n from events where workspace_id = $1 and account_id = $2', [ws, accountId]))[0]!.n;
  const fanCount = async () => (await db.query<{ n: number }>('select count(*)::int as n from fans where workspace_id = $1', [ws]))[0]!.n;
  const fanOf = (account: Account, remoteUserId: string) => findFanByIdentity(db, ws, { kind: 'platform_user', namespace: account.id, value: remoteUserId });

  async function platformCtx(account: Account): Promise<ConnectorContext> {
    const { credentials } = await loadAccountConnection(db, secrets, ws, account.id);
    return { account: { remoteAccountId: account.remoteAccountId!, tokens: credentials } };
  }

  /** Publishes on the sandbox and records the publication as the publishing engine will. */
  async function publish(account: Account, n: number, spacingMs = 5 * HOUR): Promise<{ id: string; remoteId: string }[]> {
    const pctx = await platformCtx(account);
    const out: { id: string; remoteId: string }[] = [];
    for (let i = 0; i < n; i++) {
      const text = `会员专属福利！感谢一直以来的支持，这次的护肤新品体验装送给大家，评论区告诉我们你的肤质～ 第${i + 1}期 #护肤 #会员`;
      const key = `${account.id}:${i}`;
      const res = await sandbox.publish(pctx, { idempotencyKey: key, text, annotations: { funnelStage: 'loyalty', topic: 'skincare' } });
      const [id] = await insertPublications(db, ws, [{ accountId: account.id, brandId, remoteId: res.remoteId, permalink: res.permalink, text, status: 'published', idempotencyKey: key, publishedAt: res.publishedAt }], clock);
      out.push({ id: id!, remoteId: res.remoteId });
      clock.advance(spacingMs);
    }
    return out;
  }

  async function remoteDms(account: Account): Promise<RemoteDirectMessage[]> {
    const pctx = await platformCtx(account);
    const items: RemoteDirectMessage[] = [];
    let cursor: string | undefined;
    do {
      const page = await sandbox.fetchDirectMessages(pctx, cursor);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  async function remoteComments(account: Account, remoteId: string): Promise<RemoteComment[]> {
    const pctx = await platformCtx(account);
    const items: RemoteComment[] = [];
    let cursor: string | undefined;
    do {
      const page = await sandbox.fetchComments(pctx, remoteId, cursor);
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

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

  it('declares the retrying sync job and the every-15-minutes scheduler', () => {
    const jobs = createEngagementSyncModule({ connectors }).jobs!(ctx);
    expect(jobs.map((j) => [j.name, j.cron, j.retryLimit, j.retryBackoff])).toEqual([
      [ENGAGEMENT_SYNC_JOB, undefined, 5, true],
      [SCHEDULE_ENGAGEMENT_SYNCS_JOB, '*/15 * * * *', 2, true],
    ]);
  });

  it('stores DMs, comments (with fans) and one metrics snapshot per post; the same person across follows, DMs and comments is one fan; re-runs add nothing', async () => {
    const account = await connect({ simulates: 'bluesky', followers: '1000', handle: 'engaged' });
    clock.advance(8 * DAY);
    const posts = await publish(account, 8);
    // the account thanks its readers under every post: its own replies push the fans' comments onto later pages
    const pctx = await platformCtx(account);
    for (const p of posts) for (let i = 0; i < 25; i++) await sandbox.reply(pctx, { idempotencyKey: `${p.id}:r${i}`, postRemoteId: p.remoteId, text: `谢谢支持 ${i}` });
    clock.advance(4 * DAY);

    const [job] = createEngagementSyncModule({ connectors }).jobs!(ctx);
    await job!.handler({ workspaceId: ws, accountId: account.id }, ctx);

    // direct messages: every one the platform has (more than one page), each from the sender's fan
    const dms = await remoteDms(account);
    expect(dms.length).toBeGreaterThan(20);
    const dmRows = await eventsOf(account.id, 'dm_received');
    expect(dmRows.map((r) => r.message_id)).toEqual(dms.map((m) => dmMessageId(account.id, m.remoteId)).sort());
    for (const m of dms) {
      const row = dmRows.find((r) => r.message_id === dmMessageId(account.id, m.remoteId))!;
      expect(row).toMatchObject({ source_id: engagementSourceId(account.id), publication_id: null, occurred_at: m.createdAt, properties: expect.objectContaining({ text: m.text, remoteId: m.remoteId }) });
      expect(row.fan_id).toBe(await fanOf(account, m.fromRemoteUserId));
    }

    // comments: the fans' ones on every post (the account's own 25 replies are not fan engagement)
    const byFans: { publicationId: string; c: RemoteComment }[] = [];
    let beyondFirstPage = 0;
    for (const p of posts) {
      const all = await remoteComments(account, p.remoteId);
      all.forEach((c, i) => {
        if (c.authorRemoteId === account.remoteAccountId) return;
        byFans.push({ publicationId: p.id, c });
        if (i >= 20) beyondFirstPage++;
      });
    }
    expect(beyondFirstPage).toBeGreaterThan(0);
    const commentRows = await eventsOf(account.id, 'comment');
    expect(commentRows.map((r) => r.message_id)).toEqual(byFans.map(({ c }) => commentMessageId(account.id, c.remoteId)).sort());
    for (const { publicationId, c } of byFans) {
      const row = commentRows.find((r) => r.message_id === commentMessageId(account.id, c.remoteId))!;
      expect(row).toMatchObject({ publication_id: publicationId, occurred_at: c.createdAt, properties: expect.objectContaining({ text: c.text, remoteId: c.remoteId, parentRemoteId: null }) });
      expect(row.fan_id).toBe(await fanOf(account, c.authorRemoteId));
    }

    // the fans: one per distinct sender, named by their platform nickname
    const people = new Map([...dms.map((m) => [m.fromRemoteUserId, m.fromName] as const), ...byFans.map(({ c }) => [c.authorRemoteId, c.authorName] as const)]);
    expect(await fanCount()).toBe(people.size);
    const [someone, nickname] = [...people.entries()][0]!;
    const traits = await db.query<{ nickname: string }>(`select traits->>'nickname' as nickname from fans where workspace_id = $1 and id = $2`, [ws, await fanOf(account, someone)]);
    expect(traits[0]!.nickname).toBe(nickname);

    // metrics: one snapshot per post, equal to what the platform reports now, without a fan
    const metricRows = await eventsOf(account.id, 'post_metrics');
    expect(metricRows).toHaveLength(posts.length);
    for (const p of posts) {
      const { at, ...counts } = await sandbox.fetchPostMetrics(pctx, p.remoteId);
      const row = metricRows.find((r) => r.publication_id === p.id)!;
      expect(row).toMatchObject({ message_id: metricsMessageId(p.id, at), source_id: metricsSourceId(account.id), fan_id: null, occurred_at: at, properties: counts });
    }

    // a re-run (or a queue retry) stores nothing and creates no fan
    const total = await count(account.id);
    const again = await sync(account.id);
    expect(again).toMatchObject({ status: 'synced', snapshots: posts.length, posts: posts.length, postsMissing: 0, eventsAdded: 0, fansCreated: 0 });
    // it resumed from the stored cursors: only the last page of DMs was read again
    expect((again as { directMessages: number }).directMessages).toBeGreaterThan(0);
    expect((again as { directMessages: number }).directMessages).toBeLessThan(dms.length);
    expect(await count(account.id)).toBe(total);

    // the follower import finds the DM senders' and commenters' fans instead of creating new ones
    const before = await fanCount();
    const followed = await syncFollowers({ ...ctx, connectors }, { workspaceId: ws, accountId: account.id });
    expect(followed.status).toBe('synced');
    const follows = await eventsOf(account.id, 'follow');
    const followerIds = new Set(follows.map((r) => r.message_id.slice(followMessageId(account.id, '').length)));
    const overlap = [...people.keys()].filter((u) => followerIds.has(u));
    expect(overlap.length).toBeGreaterThan(0);
    expect(await fanCount()).toBe(before + [...followerIds].filter((u) => !people.has(u)).length);
    const authorOf = new Map([
      ...dms.map((m) => [dmMessageId(account.id, m.remoteId), m.fromRemoteUserId] as const),
      ...byFans.map(({ c }) => [commentMessageId(account.id, c.remoteId), c.authorRemoteId] as const),
    ]);
    const followFan = new Map(follows.map((r) => [r.message_id.slice(followMessageId(account.id, '').length), r.fan_id]));
    let checked = 0;
    for (const e of [...dmRows, ...commentRows]) {
      const author = authorOf.get(e.message_id)!;
      if (!followFan.has(author)) continue;
      expect(e.fan_id).toBe(followFan.get(author));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(overlap.length);
  });

  it('resumes the DM stream where the last sync stopped and stores only the new messages', async () => {
    const account = await connect({ simulates: 'bluesky', followers: '1000', handle: 'resumed' });
    clock.advance(24 * DAY);
    const first = await sync(account.id);
    expect(first).toMatchObject({ status: 'synced' });
    const stored = (await eventsOf(account.id, 'dm_received')).length;
    expect(stored).toBeGreaterThan(20);

    clock.advance(3 * DAY);
    const cursors: (string | undefined)[] = [];
    const spy: Connector = { ...sandbox, fetchDirectMessages: (c, cursor) => (cursors.push(cursor), sandbox.fetchDirectMessages(c, cursor)) };
    const second = await sync(account.id, new Map([['sandbox', spy]]));
    const dms = await remoteDms(account);
    expect(dms.length).toBeGreaterThan(stored);
    // it started from the stored cursor, not from the first page, and re-read only the last page
    expect(cursors[0]).toBeDefined();
    expect(second).toMatchObject({ status: 'synced', eventsAdded: dms.length - stored });
    expect((second as { directMessages: number }).directMessages).toBeLessThan(dms.length);
    expect((await eventsOf(account.id, 'dm_received')).map((r) => r.message_id)).toEqual(dms.map((m) => dmMessageId(account.id, m.remoteId)).sort());
  });

  it('skips posts the platform no longer has, throws on a transient failure (the queue retries) and succeeds on the retry', async () => {
    const account = await connect({ simulates: 'bluesky', followers: '300', handle: 'flaky' });
    clock.advance(2 * DAY);
    const posts = await publish(account, 3);
    clock.advance(2 * DAY);
    await sandbox.deletePost(await platformCtx(account), posts[1]!.remoteId);

    sandbox.failNext('transient', { op: 'fetchPostMetrics' });
    await expect(sync(account.id)).rejects.toMatchObject({ kind: 'transient' });
    expect((await getAccount(db, ws, account.id)).status).toBe('connected');

    const res = await sync(account.id);
    expect(res).toMatchObject({ status: 'synced', posts: 3, postsMissing: 1, snapshots: 2 });
    const metricRows = await eventsOf(account.id, 'post_metrics');
    expect(metricRows.map((r) => r.publication_id).sort()).toEqual([posts[0]!.id, posts[2]!.id].sort());
  });

  it('marks the account expired when the platform rejects its token, without throwing', async () => {
    const account = await connect({ simulates: 'bluesky', followers: '300', handle: 'expiring' });
    clock.advance(5 * DAY);
    sandbox.failNext('auth_expired', { op: 'fetchDirectMessages' });
    await expect(sync(account.id)).resolves.toEqual({ status: 'expired' });
    expect((await getAccount(db, ws, account.id)).status).toBe('expired');
    expect(await count(account.id)).toBe(0);
    expect(await sync(account.id)).toEqual({ status: 'skipped', reason: 'account status is expired' });

    const other = await connect({ simulates: 'bluesky', followers: '300', handle: 'expiring-later' });
    clock.advance(DAY);
    await publish(other, 1);
    sandbox.failNext('auth_expired', { op: 'fetchComments' });
    await expect(sync(other.id)).resolves.toEqual({ status: 'expired' });
    expect((await getAccount(db, ws, other.id)).status).toBe('expired');
  });

  it('skips disconnected and unknown accounts and connectors that give no engagement', async () => {
    const account = await connect({ followers: '5', handle: 'gone' });
    await disconnectAccount({ db, secrets, clock, connectors, publicUrl: '' }, ws, account.id);
    expect(await sync(account.id)).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/no stored credentials/) });
    expect(await sync('acct_missing')).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/not found/) });

    const other = await connect({ followers: '5', handle: 'blind' });
    expect(await sync(other.id, connectors, 'ws_other')).toMatchObject({ status: 'skipped' });
    const blind: Connector = { ...sandbox, capabilities: { ...sandbox.capabilities, fetchDirectMessages: false, fetchComments: false, fetchPostMetrics: false } };
    expect(await sync(other.id, new Map([['sandbox', blind]]))).toEqual({ status: 'skipped', reason: 'sandbox gives no messages, comments or post metrics' });
    expect(await sync(other.id, new Map())).toEqual({ status: 'skipped', reason: 'no connector for platform sandbox' });
    await expect(syncEngagement({ ...ctx, connectors }, { workspaceId: ws })).rejects.toThrow(/data.accountId/);
    expect(await count(other.id)).toBe(0);
  });

  it('the scheduler enqueues one sync per connected account of every workspace per interval', async () => {
    const otherBrand = (await createBrand(db, 'ws_engagement_other', { name: 'Other brand' })).id;
    const a = await connect({ followers: '5', handle: 'sched-a' });
    const b = await connect({ followers: '5', handle: 'sched-b' }, 'ws_engagement_other', otherBrand);
    const off = await connect({ followers: '5', handle: 'sched-off' });
    await disconnectAccount({ db, secrets, clock, connectors, publicUrl: '' }, ws, off.id);

    const sent: { name: string; data: { workspaceId: string; accountId: string }; key: string }[] = [];
    const jobs: JobQueue = {
      send: async (name, data, options) => {
        if (sent.some((s) => s.name === name && s.key === options!.singletonKey)) return null;
        sent.push({ name, data: data as { workspaceId: string; accountId: string }, key: options!.singletonKey! });
        return `job_${sent.length}`;
      },
    };
    const slot = 15 * 60_000;
    clock.set(new Date((Math.floor(clock.now().getTime() / slot) + 1) * slot + 60_000));
    const [, cron] = createEngagementSyncModule({ connectors }).jobs!(ctx);
    await cron!.handler({}, { ...ctx, jobs });
    const byAccount = new Map(sent.map((s) => [s.data.accountId, s]));
    expect(byAccount.get(a.id)).toEqual({ name: ENGAGEMENT_SYNC_JOB, data: { workspaceId: ws, accountId: a.id }, key: engagementSyncKey(a.id, clock.now()) });
    expect(byAccount.get(b.id)?.data).toEqual({ workspaceId: 'ws_engagement_other', accountId: b.id });
    expect(byAccount.has(off.id)).toBe(false);
    for (const s of sent) expect((await getAccount(db, s.data.workspaceId, s.data.accountId)).status).toBe('connected');
    expect(sent.length).toBe(byAccount.size);

    // the same interval enqueues nothing more; the next one enqueues every account again
    const n = sent.length;
    clock.advance(60_000);
    expect(await scheduleEngagementSyncs({ ...ctx, jobs, connectors })).toEqual({ accounts: n, enqueued: 0 });
    clock.advance(slot);
    expect(await scheduleEngagementSyncs({ ...ctx, jobs, connectors })).toEqual({ accounts: n, enqueued: n });
    expect(await scheduleEngagementSyncs({ ...ctx, jobs, connectors: new Map() })).toEqual({ accounts: 0, enqueued: 0 });
  });
});
