import { isConnectorError, type ConnectorContext } from '@resonance/connector-sdk';
import { manualClock } from '@resonance/kernel';
import { describe, expect, it } from 'vitest';
import { createSandboxConnector } from './sandbox-connector.js';

const HOUR = 3_600_000;

async function setup(credentials: Record<string, string> = {}, extra: { rateLimit?: { capacity: number; refillPerSecond: number } } = {}) {
  const clock = manualClock(new Date('2025-03-03T20:00:00+08:00'));
  const sandbox = createSandboxConnector({ seed: 'test', clock, ...extra });
  const account = await sandbox.connect({ credentials });
  const ctx: ConnectorContext = { account: { remoteAccountId: account.remoteAccountId, tokens: account.tokens } };
  return { clock, sandbox, account, ctx };
}

const kindOf = async (p: Promise<unknown>) => p.then(() => 'ok', (e: unknown) => (isConnectorError(e) ? e.kind : `foreign:${String(e)}`));

describe('sandbox connector', () => {
  it('connects with one click (a new simulated account each click), and by handle to the same account', async () => {
    const { sandbox, account } = await setup();
    expect(account.followers).toBe(2000);
    const another = await sandbox.connect({ credentials: {} });
    expect(another.remoteAccountId).not.toBe(account.remoteAccountId);
    const named = await sandbox.connect({ credentials: { handle: 'brand' } });
    expect((await sandbox.connect({ credentials: { handle: 'brand' } })).remoteAccountId).toBe(named.remoteAccountId);
    const douyin = await sandbox.connect({ credentials: { simulates: 'douyin' } });
    expect(douyin.followers).toBe(15_000);
    expect(douyin.displayName).toContain('抖音');
  });

  it('records every publish attempt and stays exactly-once through an unknown outcome', async () => {
    const { sandbox, ctx } = await setup();
    sandbox.failNext('outcome_unknown', { op: 'publish' });
    const input = { idempotencyKey: 'k1', text: '新品上市 #护肤' };
    expect(await kindOf(sandbox.publish(ctx, input))).toBe('outcome_unknown');
    const found = await sandbox.getPublication(ctx, { idempotencyKey: 'k1' });
    expect(found).not.toBeNull();
    sandbox.failNext('transient');
    expect(await kindOf(sandbox.publish(ctx, input))).toBe('transient');
    const retried = await sandbox.publish(ctx, input);
    expect(retried.remoteId).toBe(found!.remoteId);
    expect(sandbox.publishLog()).toEqual([expect.objectContaining({ idempotencyKey: 'k1', remoteId: found!.remoteId, attempts: 3, deleted: false })]);

    sandbox.failNext('transient', { op: 'publish' });
    expect(await kindOf(sandbox.publish(ctx, { idempotencyKey: 'k2', text: 'x' }))).toBe('transient');
    expect(await sandbox.getPublication(ctx, { idempotencyKey: 'k2' })).toBeNull();
    expect(sandbox.publishLog().find((e) => e.idempotencyKey === 'k2')).toMatchObject({ attempts: 1 });
    expect(sandbox.publishLog().find((e) => e.idempotencyKey === 'k2')?.remoteId).toBeUndefined();
  });

  it('injects rate limits with retryAfterSeconds, and can enforce a token bucket', async () => {
    const { sandbox, ctx } = await setup({}, { rateLimit: { capacity: 2, refillPerSecond: 1 } });
    sandbox.failNext('rate_limited', { retryAfterSeconds: 9 });
    await sandbox.fetchFollowers(ctx).catch((e: { kind: string; retryAfterSeconds: number }) => {
      expect(e).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 9 });
    });
    await sandbox.fetchFollowers(ctx);
    await sandbox.fetchFollowers(ctx);
    expect(await kindOf(sandbox.fetchFollowers(ctx))).toBe('rate_limited');
  });

  it('answers metrics and comments from the simulation, growing with time, stopping at deletion', async () => {
    const { sandbox, clock, ctx, account } = await setup({ simulates: 'bilibili', followers: '150000' });
    const { remoteId } = await sandbox.publish(ctx, { idempotencyKey: 'm', text: '感谢老粉一路支持！会员专属护肤福利，评论区告诉我们你最想要的补水精华。', media: [{ kind: 'video', mimeType: 'video/mp4', url: 'https://x/v.mp4' }], hashtags: ['护肤'] });
    const at0 = await sandbox.fetchPostMetrics(ctx, remoteId);
    expect(at0.impressions).toBe(0);
    clock.advance(2 * HOUR);
    const early = await sandbox.fetchPostMetrics(ctx, remoteId);
    clock.advance(7 * 24 * HOUR);
    const late = await sandbox.fetchPostMetrics(ctx, remoteId);
    expect(early.impressions).toBeGreaterThan(0);
    expect(late.impressions).toBeGreaterThan(early.impressions);
    expect(late.videoViews).toBeGreaterThan(0);
    const events = sandbox.postEvents(account.remoteAccountId, remoteId);
    expect(late.likes).toBe(events.filter((e) => e.type === 'like').length);
    expect(late.comments).toBe(events.filter((e) => e.type === 'comment').length);

    const pages: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await sandbox.fetchComments(ctx, remoteId, cursor);
      pages.push(page.items.length);
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(late.comments);
    expect(late.comments).toBeGreaterThan(20);
    expect(pages.length).toBe(Math.ceil(late.comments / 20));

    const first = (await sandbox.fetchComments(ctx, remoteId)).items[0]!;
    const reply = await sandbox.reply(ctx, { idempotencyKey: 'r1', postRemoteId: remoteId, inReplyToRemoteId: first.remoteId, text: '谢谢！' });
    const all = [];
    for (let c: string | undefined, p = 0; p === 0 || c; p++) {
      const page = await sandbox.fetchComments(ctx, remoteId, c);
      all.push(...page.items);
      c = page.nextCursor;
    }
    expect(all.find((x) => x.remoteId === reply.remoteId)).toMatchObject({ parentRemoteId: first.remoteId, authorRemoteId: account.remoteAccountId });

    await sandbox.deletePost(ctx, remoteId);
    expect(await kindOf(sandbox.fetchPostMetrics(ctx, remoteId))).toBe('not_found');
    expect(sandbox.publishLog()[0]!.deleted).toBe(true);
  });

  it('grows the follower list from simulated follows, net of unfollows', async () => {
    const { sandbox, clock, ctx } = await setup({ simulates: 'douyin' });
    const before = (await sandbox.fetchFollowers(ctx)).total;
    for (let i = 0; i < 10; i++) {
      await sandbox.publish(ctx, { idempotencyKey: `f${i}`, text: `健身打卡第${i}天，今天练背 #健身`, media: [{ kind: 'video', mimeType: 'video/mp4', url: 'https://x/v.mp4' }] });
      clock.advance(24 * HOUR);
    }
    const after = await sandbox.fetchFollowers(ctx);
    expect(after.total).toBeGreaterThan(before);
    expect(after.items).toHaveLength(200);
  });

  it('rotates tokens on refresh and rejects the old ones', async () => {
    const { sandbox, ctx, account } = await setup();
    const tokens = await sandbox.refreshToken(ctx);
    expect(await kindOf(sandbox.fetchFollowers(ctx))).toBe('auth_expired');
    const fresh = { account: { remoteAccountId: account.remoteAccountId, tokens } };
    expect(await kindOf(sandbox.fetchFollowers(fresh))).toBe('ok');
  });

  it('parses sandbox webhooks and ignores malformed ones', async () => {
    const { sandbox } = await setup();
    const events = await sandbox.parseWebhook({ headers: {}, body: JSON.stringify({ events: [{ type: 'comment.created', remoteId: 'c1', at: '2025-03-03T12:00:00Z', text: 'hi' }] }) });
    expect(events).toEqual([{ type: 'comment.created', remoteId: 'c1', at: new Date('2025-03-03T12:00:00Z'), payload: { text: 'hi' } }]);
    expect(await sandbox.parseWebhook({ headers: {}, body: 'not json' })).toEqual([]);
  });
});

describe('sandbox tokens across processes', () => {
  it('a second connector instance of the same build recognises an account connected by the first', async () => {
    const clock = manualClock(new Date('2026-06-01T12:00:00Z'));
    const api = createSandboxConnector({ seed: 7, clock });
    const worker = createSandboxConnector({ seed: 7, clock });
    const account = await api.connect({ credentials: { simulates: 'douyin', handle: 'shop', followers: '300' } });
    clock.advance(3_600_000);
    const ctx = { account: { remoteAccountId: account.remoteAccountId, tokens: account.tokens } };
    const fromApi = await api.fetchFollowers!(ctx);
    const fromWorker = await worker.fetchFollowers!(ctx);
    expect(fromWorker.total).toBe(fromApi.total);
    expect(fromWorker.items.map((f) => f.remoteUserId)).toEqual(fromApi.items.map((f) => f.remoteUserId));
  });

  it('refuses an altered token, and a token of another seed', async () => {
    const clock = manualClock(new Date('2026-06-01T12:00:00Z'));
    const account = await createSandboxConnector({ seed: 7, clock }).connect({ credentials: { handle: 'x' } });
    const forged = account.tokens.accessToken!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const other = createSandboxConnector({ seed: 8, clock });
    await expect(other.fetchFollowers!({ account: { remoteAccountId: account.remoteAccountId, tokens: account.tokens } })).rejects.toMatchObject({ kind: 'auth_expired' });
    await expect(createSandboxConnector({ seed: 7, clock }).fetchFollowers!({ account: { remoteAccountId: account.remoteAccountId, tokens: { ...account.tokens, accessToken: forged } } })).rejects.toMatchObject({ kind: 'auth_expired' });
  });
});
