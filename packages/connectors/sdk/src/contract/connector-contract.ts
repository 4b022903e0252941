/**
 * The shared contract suite. Every connector's test file calls
 * `runConnectorContract('weibo', async () => ({ connector, credentials }), { advanceTime })`.
 * It branches only on declared capabilities and rules, never on the platform's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentRules } from '../content-rules.js';
import { describeMetadataIssues } from '../connector-metadata.js';
import { CUMULATIVE_METRICS, type ConnectedAccount, type Connector, type ConnectorContext, type PostMetrics } from '../connector.types.js';
import type { FindingCode } from '../content-rules.types.js';
import {
  collectPages,
  expectConnectorError,
  guard,
  isCount,
  isValidDate,
  minimalDraft,
  sampleImage,
  uniqueKey,
  type ContractOptions,
} from './contract-helpers.js';

export interface ContractSubject {
  connector: Connector;
  credentials: Record<string, string>;
  callbackUrl?: string;
}

const HOUR = 3_600_000;

export function runConnectorContract(name: string, makeConnector: () => Promise<ContractSubject>, opts: ContractOptions = {}): void {
  describe(`connector contract: ${name}`, () => {
    let c: Connector;
    let account: ConnectedAccount;
    let ctx: ConnectorContext;
    const advance = async (ms: number) => {
      if (opts.advanceTime) await opts.advanceTime(ms);
    };
    const publishOne = async (label: string) => {
      const input = minimalDraft(c, opts, label);
      return { input, result: await guard(c.publish(ctx, input)) };
    };

    beforeAll(async () => {
      const subject = await makeConnector();
      c = subject.connector;
      const input = { credentials: subject.credentials, ...(subject.callbackUrl ? { callbackUrl: subject.callbackUrl } : {}) };
      account = await guard(c.connect(input));
      ctx = { account: { remoteAccountId: account.remoteAccountId, tokens: account.tokens } };
    });

    it('declares well-formed metadata, and a method for every capability it claims', () => {
      expect(describeMetadataIssues(c)).toEqual([]);
    });

    it('connect returns an account with an id, handle, follower count and string tokens', () => {
      expect(account.remoteAccountId).toMatch(/\S/);
      expect(typeof account.handle).toBe('string');
      expect(typeof account.displayName).toBe('string');
      expect(isCount(account.followers)).toBe(true);
      for (const v of Object.values(account.tokens)) expect(typeof v).toBe('string');
    });

    it('publishes and returns a remote id, an absolute permalink and a publish time', async () => {
      const { result } = await publishOne('publish');
      expect(result.remoteId).toMatch(/\S/);
      expect(() => new URL(result.permalink)).not.toThrow();
      expect(isValidDate(result.publishedAt)).toBe(true);
    });

    it('publishes exactly once per idempotency key', async () => {
      const { input, result } = await publishOne('idem');
      const again = await guard(c.publish(ctx, input));
      expect(again.remoteId).toBe(result.remoteId);
      const other = await guard(c.publish(ctx, { ...input, idempotencyKey: uniqueKey('idem-other') }));
      expect(other.remoteId).not.toBe(result.remoteId);
    });

    it('rejects content that breaks its declared rules with content_rejected, before creating anything', async () => {
      const rules = c.contentRules;
      const cases: { code: FindingCode; input: ReturnType<typeof minimalDraft> }[] = [];
      const base = () => minimalDraft(c, opts, 'reject');
      cases.push({ code: 'text_too_long', input: { ...base(), text: '好'.repeat(rules.maxTextLength + 1) } });
      if (c.capabilities.publishImage) {
        cases.push({ code: 'too_many_images', input: { ...base(), media: Array.from({ length: rules.maxImages + 1 }, () => sampleImage(c, opts)) } });
      }
      if (rules.titleRequired) {
        const { title: _omit, ...rest } = base();
        cases.push({ code: 'title_required', input: rest });
      }
      if (!rules.linksAllowed) cases.push({ code: 'links_not_allowed', input: { ...base(), text: '看这里 https://example.com/x' } });

      for (const { code, input } of cases) {
        expect(checkContentRules(rules, input).map((f) => f.code)).toContain(code);
        await expectConnectorError(c.publish(ctx, input), 'content_rejected');
        await c.publish(ctx, input).catch((err: { reasons?: unknown[] }) => {
          expect(Array.isArray(err.reasons) && err.reasons.length > 0, 'content_rejected carries reasons').toBe(true);
        });
        if (c.getPublication) expect(await guard(c.getPublication(ctx, { idempotencyKey: input.idempotencyKey }))).toBeNull();
      }
    });

    it('rejects forged tokens with auth_expired', async () => {
      const forged: ConnectorContext = { account: { remoteAccountId: account.remoteAccountId, tokens: { accessToken: 'forged' } } };
      await expectConnectorError(c.publish(forged, minimalDraft(c, opts, 'forged')), 'auth_expired');
    });

    it('refreshToken (if offered) returns usable tokens', async ({ skip }) => {
      if (!c.refreshToken) skip('no refreshToken');
      const tokens = await guard(c.refreshToken!(ctx));
      for (const v of Object.values(tokens)) expect(typeof v).toBe('string');
      ctx = { account: { remoteAccountId: account.remoteAccountId, tokens } };
      await publishOne('after-refresh');
    });

    it('getPublication (if offered) finds a post by key and by id, and answers null for unknown ones', async ({ skip }) => {
      if (!c.getPublication) skip('no getPublication');
      const { input, result } = await publishOne('lookup');
      expect((await guard(c.getPublication!(ctx, { idempotencyKey: input.idempotencyKey })))?.remoteId).toBe(result.remoteId);
      expect((await guard(c.getPublication!(ctx, { remoteId: result.remoteId })))?.remoteId).toBe(result.remoteId);
      expect(await guard(c.getPublication!(ctx, { idempotencyKey: uniqueKey('never-published') }))).toBeNull();
    });

    it('delete removes the post (idempotently) or, if not declared, answers not_supported', async () => {
      const { input, result } = await publishOne('delete');
      if (!c.capabilities.delete) {
        if (c.deletePost) await expectConnectorError(c.deletePost(ctx, result.remoteId), 'not_supported');
        return;
      }
      await guard(c.deletePost!(ctx, result.remoteId));
      await guard(c.deletePost!(ctx, result.remoteId));
      if (c.getPublication) {
        expect(await guard(c.getPublication(ctx, { remoteId: result.remoteId }))).toBeNull();
        expect(await guard(c.getPublication(ctx, { idempotencyKey: input.idempotencyKey }))).toBeNull();
      }
      if (c.capabilities.fetchPostMetrics) await expectConnectorError(c.fetchPostMetrics!(ctx, result.remoteId), 'not_found');
    });

    it('metrics are non-negative integers and cumulative counters never go down', async ({ skip }) => {
      if (!c.capabilities.fetchPostMetrics) skip('fetchPostMetrics not declared');
      const fetch = c.fetchPostMetrics!.bind(c);
      const { result } = await publishOne('metrics');
      const reads: PostMetrics[] = [];
      for (const step of [HOUR, 6 * HOUR, 48 * HOUR]) {
        await advance(step);
        const m = await guard(fetch(ctx, result.remoteId));
        expect(isValidDate(m.at)).toBe(true);
        for (const [key, value] of Object.entries(m)) {
          if (key !== 'at' && value !== undefined) expect(isCount(value), `${key}=${String(value)}`).toBe(true);
        }
        expect(m.reach).toBeLessThanOrEqual(m.impressions);
        reads.push(m);
      }
      for (let i = 1; i < reads.length; i++) {
        for (const key of CUMULATIVE_METRICS) {
          expect(reads[i]![key] ?? 0, key).toBeGreaterThanOrEqual(reads[i - 1]![key] ?? 0);
        }
      }
      await expectConnectorError(fetch(ctx, 'no-such-post-contract'), 'not_found');
    });

    it('comment pagination terminates without duplicates', async ({ skip }) => {
      if (!c.capabilities.fetchComments) skip('fetchComments not declared');
      const { result } = await publishOne('comments');
      await advance(72 * HOUR);
      const comments = await collectPages((cur) => c.fetchComments!(ctx, result.remoteId, cur), (x) => x.remoteId, opts.maxPages);
      for (const x of comments) {
        expect(x.remoteId).toMatch(/\S/);
        expect(typeof x.text).toBe('string');
        expect(typeof x.authorRemoteId).toBe('string');
        expect(isValidDate(x.createdAt)).toBe(true);
      }
      await expectConnectorError(c.fetchComments!(ctx, 'no-such-post-contract'), 'not_found');
    });

    it('reply posts once per idempotency key', async ({ skip }) => {
      if (!c.capabilities.reply) skip('reply not declared');
      const { result } = await publishOne('reply');
      await advance(24 * HOUR);
      const first = c.capabilities.fetchComments ? (await guard(c.fetchComments!(ctx, result.remoteId))).items[0] : undefined;
      const input = { idempotencyKey: uniqueKey('reply'), postRemoteId: result.remoteId, text: '谢谢支持！Thanks!', ...(first ? { inReplyToRemoteId: first.remoteId } : {}) };
      const a = await guard(c.reply!(ctx, input));
      const b = await guard(c.reply!(ctx, input));
      expect(a.remoteId).toMatch(/\S/);
      expect(b.remoteId).toBe(a.remoteId);
    });

    it('follower pagination terminates without duplicates and within the total', async ({ skip }) => {
      if (!c.capabilities.fetchFollowers) skip('fetchFollowers not declared');
      let total = 0;
      const followers = await collectPages(
        async (cur) => {
          const page = await c.fetchFollowers!(ctx, cur);
          expect(isCount(page.total)).toBe(true);
          total = page.total;
          return page;
        },
        (f) => f.remoteUserId,
        opts.maxPages,
      );
      expect(followers.length).toBeLessThanOrEqual(total);
      for (const f of followers) expect(isValidDate(f.followedAt)).toBe(true);
      if (c.capabilities.userTags && followers[0]) await guard(c.tagUser!(ctx, { remoteUserId: followers[0].remoteUserId, tag: 'contract' }));
    });

    it('direct message pagination terminates without duplicates', async ({ skip }) => {
      if (!c.capabilities.fetchDirectMessages) skip('fetchDirectMessages not declared');
      const dms = await collectPages((cur) => c.fetchDirectMessages!(ctx, cur), (m) => m.remoteId, opts.maxPages);
      for (const m of dms) expect(isValidDate(m.createdAt)).toBe(true);
    });
  });
}
