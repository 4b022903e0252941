import { loadSyncTarget, markAccountExpired, parseAccountJobData, type Account } from '@resonance/accounts';
import { isConnectorError, type Connector, type FollowerPage } from '@resonance/connector-sdk';
import type { Logger } from '@resonance/kernel';
import { loadFollowState } from './follow-state.query.js';
import { followSourceId, importFollowerPage, type PageDeps } from './import-follower-page.js';

export interface SyncFollowersDeps extends PageDeps {
  logger: Logger;
  connectors: ReadonlyMap<string, Connector>;
}

export type SyncFollowersResult =
  | { status: 'synced'; followers: number; fansCreated: number; eventsAdded: number }
  | { status: 'skipped'; reason: string }
  | { status: 'expired' };

/**
 * Imports a connected account's current followers: a fan per follower and one `follow` event each
 * (at the time they followed). Idempotent, so the queue may retry it. An expired token marks the
 * account expired and ends the job; other connector errors throw (the queue retries with backoff).
 */
export async function syncFollowers(deps: SyncFollowersDeps, rawData: unknown): Promise<SyncFollowersResult> {
  const data = parseAccountJobData(rawData);
  const log = deps.logger.child({ workspaceId: data.workspaceId, accountId: data.accountId });
  const target = await loadSyncTarget(deps.db, deps.secrets, data.workspaceId, data.accountId);
  if ('skip' in target) return skipped(log, target.skip);
  const { account, credentials } = target;
  const connector = deps.connectors.get(account.platform);
  if (!connector) return skipped(log, `no connector for platform ${account.platform}`);
  if (!connector.capabilities.fetchFollowers || !connector.fetchFollowers) return skipped(log, `${account.platform} cannot list followers`);
  if (!account.remoteAccountId) return skipped(log, 'account has no remote account id');

  const ctx = { account: { remoteAccountId: account.remoteAccountId, tokens: credentials } };
  const state = await loadFollowState(deps.db, account.workspaceId, account.id, followSourceId(account.id));
  const result = { status: 'synced' as const, followers: 0, fansCreated: 0, eventsAdded: 0 };
  let cursor: string | undefined;
  do {
    const page = await fetchPage(connector, ctx, cursor);
    if (page === 'expired') return expired(deps, log, account);
    const r = await importFollowerPage(deps, account, page.items, state);
    result.followers += page.items.length;
    result.fansCreated += r.fansCreated;
    result.eventsAdded += r.eventsAdded;
    if (page.nextCursor !== undefined && page.nextCursor === cursor) throw new Error(`${account.platform} returned the same follower cursor twice (${cursor})`);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  log.info('followers synced', { ...result });
  return result;
}

async function fetchPage(connector: Connector, ctx: Parameters<NonNullable<Connector['fetchFollowers']>>[0], cursor: string | undefined): Promise<FollowerPage | 'expired'> {
  try {
    return await connector.fetchFollowers!(ctx, cursor);
  } catch (err) {
    if (isConnectorError(err) && err.kind === 'auth_expired') return 'expired';
    throw err;
  }
}

async function expired(deps: SyncFollowersDeps, log: Logger, account: Account): Promise<SyncFollowersResult> {
  await markAccountExpired(deps, account.workspaceId, account.id);
  log.warn('follower sync stopped: the platform rejected the stored token; the account is marked expired');
  return { status: 'expired' };
}

function skipped(log: Logger, reason: string): SyncFollowersResult {
  log.info('follower sync skipped', { reason });
  return { status: 'skipped', reason };
}
