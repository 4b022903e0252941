import { randomBytes } from 'node:crypto';
/**
 * The sandbox connector: a simulated platform held in memory. Publishing is exactly-once per
 * idempotency key; metrics, comments and followers are read from the simulation as of `clock.now()`.
 */
import {
  AuthExpiredError,
  ContentRejectedError,
  NotSupportedError,
  OutcomeUnknownError,
  RateLimitError,
  RemoteNotFoundError,
  TransientError,
  checkContentRules,
  createRateLimiter,
  type ConnectedAccount,
  type Connector,
  type ConnectorContext,
  type ConnectorError,
  type PublishResult,
  type RateLimiter,
  type WebhookEvent,
} from '@resonance/connector-sdk';
import type { Clock } from '@resonance/kernel';
import { sandboxAccountKind, type SandboxAccountKind } from './account-kinds.js';
import { fanIndexOf, fanName, fanRemoteId } from './fan-names.js';
import { hashSeed } from './prng.js';
import { toSimulatedPost } from './publish-inference.js';
import { SANDBOX_CAPABILITIES, SANDBOX_CONTENT_RULES, SANDBOX_CREDENTIALS, SANDBOX_DISPLAY_NAME } from './sandbox-metadata.js';
import type { InjectedFailure, PublishLogEntry, SandboxAccount, SandboxOperation, SandboxPost } from './sandbox-state.types.js';
import { commentsAt, directMessagesAt, eventsUntil, followersAt, metricsAt, pageAfter, postEvents, timeKey } from './sandbox-views.js';
import { columnsToEvents } from './simulate-post.js';
import type { SimulatedEvent } from './simulation.types.js';
import { decodeSandboxToken, encodeSandboxToken } from './sandbox-token.js';
import { createSandboxWorld } from './world.js';
import type { SandboxWorld } from './world.types.js';

export interface SandboxConnectorOptions {
  seed: number | string;
  clock: Clock;
  /** Followers of an account connected without a kind or follower count (default 2,000). */
  defaultFollowers?: number;
  /** Simulate platform rate limits per account and operation; off by default. */
  rateLimit?: { capacity: number; refillPerSecond: number };
}

export type SandboxConnector = Required<Connector> & {
  /** Every publish call the platform received, keyed by account and idempotency key. */
  publishLog(): PublishLogEntry[];
  /** Make the next call (of `op`, if given) fail with this kind. Queued failures apply in order. */
  failNext(kind: InjectedFailure['kind'], options?: Omit<InjectedFailure, 'kind'>): void;
  world(remoteAccountId: string): SandboxWorld;
  /** The post's simulated events up to `until` (default now), e.g. for importing into the event store. */
  postEvents(remoteAccountId: string, remoteId: string, until?: Date): SimulatedEvent[];
};

const PAGE = 20;
const FOLLOWER_PAGE = 200;
const WRITES: ReadonlySet<SandboxOperation> = new Set(['publish', 'deletePost', 'reply', 'tagUser']);

function makeError(f: InjectedFailure): ConnectorError {
  switch (f.kind) {
    case 'auth_expired': return new AuthExpiredError('Injected: token expired');
    case 'rate_limited': return new RateLimitError(f.retryAfterSeconds ?? 2, 'Injected: rate limited');
    case 'content_rejected': return new ContentRejectedError([{ field: 'text', code: 'text_empty', message: 'Injected: content rejected by review' }]);
    case 'transient': return new TransientError('Injected: platform unavailable');
    case 'outcome_unknown': return new OutcomeUnknownError('Injected: timeout after the request was sent');
    case 'not_supported': return new NotSupportedError('this operation (injected)');
    case 'not_found': return new RemoteNotFoundError('Injected object');
  }
}

export function createSandboxConnector(options: SandboxConnectorOptions): SandboxConnector {
  const { clock } = options;
  const seed = typeof options.seed === 'number' ? options.seed >>> 0 : hashSeed(options.seed);
  const accounts = new Map<string, SandboxAccount>();
  const log = new Map<string, PublishLogEntry>();
  const failures: InjectedFailure[] = [];
  const limiter: RateLimiter | undefined = options.rateLimit && createRateLimiter({ ...options.rateLimit, clock });
  const now = () => clock.now().getTime();

  /** Throws an injected failure for `op`, or returns a function that throws it after a write committed. */
  const enter = (op: SandboxOperation, ctx?: ConnectorContext): (() => void) => {
    if (ctx?.signal?.aborted) throw new TransientError('Request aborted before it was sent');
    const i = failures.findIndex((f) => f.op === undefined || f.op === op);
    if (i >= 0) {
      const [f] = failures.splice(i, 1);
      if (f!.kind === 'outcome_unknown' && WRITES.has(op)) return () => { throw makeError(f!); };
      throw makeError(f!);
    }
    if (limiter && ctx) {
      const r = limiter.take(`${ctx.account.remoteAccountId}:${op}`);
      if (!r.ok) throw new RateLimitError(Math.ceil(r.retryAfterMs / 1000));
    }
    return () => {};
  };

  /** The simulated platform's record of an account (the same world for the same inputs, in any process). */
  const openAccount = (remoteAccountId: string, kind: SandboxAccountKind, handle: string, followers: number, connectedAtMs: number): SandboxAccount => {
    let account = accounts.get(remoteAccountId);
    if (!account) {
      const world = createSandboxWorld({ seed: hashSeed(seed, remoteAccountId), followers, startAt: new Date(connectedAtMs), platformKind: kind.key });
      account = { remoteAccountId, handle, displayName: `${handle} · ${kind.name}`, kind, world, followers, connectedAtMs, validTokens: new Set(), tokenSeq: 0, posts: new Map(), postsByKey: new Map(), replies: new Map(), tags: new Map(), version: 0 };
      accounts.set(remoteAccountId, account);
    }
    return account;
  };

  const authed = (ctx: ConnectorContext): SandboxAccount => {
    const token = ctx.account.tokens.accessToken;
    let account = accounts.get(ctx.account.remoteAccountId);
    if (!account && token) {
      // another process of this build connected the account: its signed token describes it
      const c = decodeSandboxToken(seed, token);
      if (c && c.a === ctx.account.remoteAccountId) {
        account = openAccount(c.a, sandboxAccountKind(c.k), c.h, c.f, c.t);
        account.validTokens.add(token);
        account.tokenSeq = Math.max(account.tokenSeq, c.n + 1);
      }
    }
    if (!account || !token || !account.validTokens.has(token)) throw new AuthExpiredError('The sandbox does not recognise this access token');
    return account;
  };

  const livePost = (account: SandboxAccount, remoteId: string): SandboxPost => {
    const post = account.posts.get(remoteId);
    if (!post || post.deletedAtMs !== undefined) throw new RemoteNotFoundError(`post ${remoteId}`);
    return post;
  };

  const issueToken = (account: SandboxAccount) => {
    const token = encodeSandboxToken(seed, { a: account.remoteAccountId, k: account.kind.key, h: account.handle, f: account.followers, t: account.connectedAtMs, n: account.tokenSeq++ });
    account.validTokens.add(token);
    return { accessToken: token, refreshToken: `sbx_rt_${account.remoteAccountId}` };
  };

  const toResult = (p: SandboxPost): PublishResult => ({ remoteId: p.remoteId, permalink: p.permalink, publishedAt: p.publishedAt });

  return {
    platform: 'sandbox',
    displayName: SANDBOX_DISPLAY_NAME,
    capabilities: SANDBOX_CAPABILITIES,
    contentRules: SANDBOX_CONTENT_RULES,
    credentialFields: SANDBOX_CREDENTIALS,

    async connect({ credentials }): Promise<ConnectedAccount> {
      enter('connect');
      const kind = sandboxAccountKind(credentials.simulates);
      // one click without a handle is a new simulated account each time
      const handle = (credentials.handle ?? '').trim() || `${kind.key}_${randomBytes(4).toString('hex')}`;
      const remoteAccountId = `sbx_acct_${hashSeed(seed, kind.key, handle).toString(36)}`;
      const requested = Number.parseInt(credentials.followers ?? '', 10);
      const followers = Number.isFinite(requested) && requested >= 0 ? requested : credentials.simulates ? kind.followers : (options.defaultFollowers ?? 2000);
      const account = openAccount(remoteAccountId, kind, handle, followers, now());
      return { remoteAccountId, handle, displayName: account.displayName, followers: followersAt(account, now()).index.length, tokens: issueToken(account) };
    },

    async refreshToken(ctx) {
      enter('refreshToken', ctx);
      const known = accounts.get(ctx.account.remoteAccountId);
      const claims = known ? null : decodeSandboxToken(seed, ctx.account.tokens.accessToken ?? '');
      const account = known ?? (claims && claims.a === ctx.account.remoteAccountId ? openAccount(claims.a, sandboxAccountKind(claims.k), claims.h, claims.f, claims.t) : undefined);
      if (!account || ctx.account.tokens.refreshToken !== `sbx_rt_${account.remoteAccountId}`) throw new AuthExpiredError('Refresh token rejected; reconnect the account');
      account.validTokens.clear();
      return issueToken(account);
    },

    async publish(ctx, input) {
      const logKey = `${ctx.account.remoteAccountId}\u0000${input.idempotencyKey}`;
      const at = clock.now();
      const entry = log.get(logKey) ?? { remoteAccountId: ctx.account.remoteAccountId, idempotencyKey: input.idempotencyKey, attempts: 0, text: input.text, firstAttemptAt: at, lastAttemptAt: at, deleted: false };
      entry.attempts++;
      entry.lastAttemptAt = at;
      log.set(logKey, entry);
      const afterCommit = enter('publish', ctx);
      const account = authed(ctx);
      const existing = account.postsByKey.get(input.idempotencyKey);
      if (existing) {
        afterCommit();
        return toResult(account.posts.get(existing)!);
      }
      const findings = checkContentRules(SANDBOX_CONTENT_RULES, input);
      if (findings.length > 0) throw new ContentRejectedError(findings);
      const remoteId = `sbx_p_${account.world.seed.toString(36)}_${account.posts.size.toString(36)}`;
      const post: SandboxPost = {
        remoteId,
        idempotencyKey: input.idempotencyKey,
        permalink: `https://sandbox.resonance.invalid/${encodeURIComponent(account.handle)}/p/${remoteId}`,
        publishedAt: at,
        sim: toSimulatedPost(remoteId, input, at),
      };
      account.posts.set(remoteId, post);
      account.postsByKey.set(input.idempotencyKey, remoteId);
      account.version++;
      entry.remoteId = remoteId;
      afterCommit();
      return toResult(post);
    },

    async getPublication(ctx, lookup) {
      enter('getPublication', ctx);
      const account = authed(ctx);
      const remoteId = 'remoteId' in lookup ? lookup.remoteId : account.postsByKey.get(lookup.idempotencyKey);
      const post = remoteId ? account.posts.get(remoteId) : undefined;
      return post && post.deletedAtMs === undefined ? toResult(post) : null;
    },

    async deletePost(ctx, remoteId) {
      const afterCommit = enter('deletePost', ctx);
      const account = authed(ctx);
      const post = account.posts.get(remoteId);
      if (!post) throw new RemoteNotFoundError(`post ${remoteId}`);
      if (post.deletedAtMs === undefined) {
        post.deletedAtMs = now();
        account.version++;
        const entry = log.get(`${account.remoteAccountId}\u0000${post.idempotencyKey}`);
        if (entry) entry.deleted = true;
      }
      afterCommit();
    },

    async fetchPostMetrics(ctx, remoteId) {
      enter('fetchPostMetrics', ctx);
      const account = authed(ctx);
      return metricsAt(account, livePost(account, remoteId), now());
    },

    async fetchComments(ctx, remoteId, cursor) {
      enter('fetchComments', ctx);
      const account = authed(ctx);
      return pageAfter(commentsAt(account, livePost(account, remoteId), now()), timeKey, cursor, PAGE);
    },

    async reply(ctx, input) {
      const afterCommit = enter('reply', ctx);
      const account = authed(ctx);
      const existing = account.replies.get(input.idempotencyKey);
      if (existing) {
        afterCommit();
        return { remoteId: existing.remoteId };
      }
      livePost(account, input.postRemoteId);
      if (input.inReplyToRemoteId && !input.inReplyToRemoteId.startsWith(`${input.postRemoteId}_`)) throw new RemoteNotFoundError(`comment ${input.inReplyToRemoteId}`);
      if (input.text.trim() === '') throw new ContentRejectedError([{ field: 'text', code: 'text_empty', message: 'A reply needs text' }]);
      const remoteId = `${input.postRemoteId}_r${account.replies.size.toString(36)}`;
      account.replies.set(input.idempotencyKey, {
        remoteId,
        postRemoteId: input.postRemoteId,
        text: input.text,
        createdAt: clock.now(),
        ...(input.inReplyToRemoteId ? { parentRemoteId: input.inReplyToRemoteId } : {}),
      });
      afterCommit();
      return { remoteId };
    },

    async fetchFollowers(ctx, cursor) {
      enter('fetchFollowers', ctx);
      const account = authed(ctx);
      const { index, followedAtMs } = followersAt(account, now());
      const after = cursor === undefined ? -1 : Number.parseInt(cursor, 36);
      let start = 0;
      while (start < index.length && index[start]! <= after) start++;
      const end = Math.min(index.length, start + FOLLOWER_PAGE);
      const items = [];
      for (let k = start; k < end; k++) {
        items.push({ remoteUserId: fanRemoteId(account.world, index[k]!), name: fanName(account.world, index[k]!), followedAt: new Date(followedAtMs[k]!) });
      }
      return end < index.length ? { items, total: index.length, nextCursor: index[end - 1]!.toString(36) } : { items, total: index.length };
    },

    async fetchDirectMessages(ctx, cursor) {
      enter('fetchDirectMessages', ctx);
      const account = authed(ctx);
      return pageAfter(directMessagesAt(account, now()), timeKey, cursor, PAGE);
    },

    async tagUser(ctx, { remoteUserId, tag }) {
      const afterCommit = enter('tagUser', ctx);
      const account = authed(ctx);
      if (fanIndexOf(account.world, remoteUserId) === undefined) throw new RemoteNotFoundError(`user ${remoteUserId}`);
      const tags = account.tags.get(remoteUserId) ?? new Set<string>();
      tags.add(tag);
      account.tags.set(remoteUserId, tags);
      afterCommit();
    },

    /** Sandbox webhooks are JSON `{ "events": [{ "type", "remoteId"?, "at", ... }] }`; anything else carries no events. */
    async parseWebhook({ body }) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return [];
      }
      const events = (parsed as { events?: unknown }).events;
      if (!Array.isArray(events)) return [];
      return events.flatMap((e): WebhookEvent[] => {
        if (typeof e !== 'object' || e === null || typeof (e as { type?: unknown }).type !== 'string') return [];
        const { type, remoteId, at, ...payload } = e as Record<string, unknown>;
        const when = new Date(typeof at === 'string' || typeof at === 'number' ? at : now());
        return [{ type: type as string, ...(typeof remoteId === 'string' ? { remoteId } : {}), at: Number.isNaN(when.getTime()) ? clock.now() : when, payload }];
      });
    },

    publishLog: () => [...log.values()].map((e) => ({ ...e })),
    failNext: (kind, opts = {}) => void failures.push({ kind, ...opts }),
    world(remoteAccountId) {
      const account = accounts.get(remoteAccountId);
      if (!account) throw new RemoteNotFoundError(`account ${remoteAccountId}`);
      return account.world;
    },
    postEvents(remoteAccountId, remoteId, until) {
      const account = accounts.get(remoteAccountId);
      const post = account?.posts.get(remoteId);
      if (!account || !post) throw new RemoteNotFoundError(`post ${remoteId}`);
      const cols = postEvents(account, post);
      return columnsToEvents(cols).slice(0, eventsUntil(cols, post, (until ?? clock.now()).getTime()));
    },
  };
}
