import { loadSyncTarget, markAccountExpired, parseAccountJobData, type Account } from '@resonance/accounts';
import type { Connector } from '@resonance/connector-sdk';
import type { Logger } from '@resonance/kernel';
import { syncsEngagement } from './engagement-sync.types.js';
import { TokenExpiredSignal, type SyncRun, type SyncTotals } from './platform-call.js';
import type { StoreDeps } from './store-engagement.js';
import { syncDirectMessages } from './sync-direct-messages.step.js';
import { syncPublications } from './sync-publications.step.js';

export interface SyncEngagementDeps extends StoreDeps {
  logger: Logger;
  connectors: ReadonlyMap<string, Connector>;
}

export type SyncEngagementResult = ({ status: 'synced' } & SyncTotals) | { status: 'skipped'; reason: string } | { status: 'expired' };

/**
 * Brings a connected account's platform engagement into the event store: new direct messages
 * (`dm_received`), new comments on its recent publications (`comment`) — each resolved to a fan by the
 * sender's platform identity — and one `post_metrics` snapshot per recent publication. Idempotent, so
 * the queue may retry it. An expired token marks the account expired and ends the job; other connector
 * errors throw (the queue retries with backoff).
 */
export async function syncEngagement(deps: SyncEngagementDeps, rawData: unknown): Promise<SyncEngagementResult> {
  const data = parseAccountJobData(rawData);
  const log = deps.logger.child({ workspaceId: data.workspaceId, accountId: data.accountId });
  const target = await loadSyncTarget(deps.db, deps.secrets, data.workspaceId, data.accountId);
  if ('skip' in target) return skipped(log, target.skip);
  const { account, credentials } = target;
  const connector = deps.connectors.get(account.platform);
  if (!connector) return skipped(log, `no connector for platform ${account.platform}`);
  if (!syncsEngagement(connector)) return skipped(log, `${account.platform} gives no messages, comments or post metrics`);
  if (!account.remoteAccountId) return skipped(log, 'account has no remote account id');

  const totals: SyncTotals = { directMessages: 0, comments: 0, snapshots: 0, posts: 0, postsMissing: 0, eventsAdded: 0, fansCreated: 0 };
  const run: SyncRun = { deps, account, connector, ctx: { account: { remoteAccountId: account.remoteAccountId, tokens: credentials } }, totals };
  try {
    if (connector.capabilities.fetchDirectMessages && connector.fetchDirectMessages) await syncDirectMessages(run);
    await syncPublications(run);
  } catch (err) {
    if (err instanceof TokenExpiredSignal) return expired(deps, log, account);
    throw err;
  }
  log.info('engagement synced', { ...totals });
  return { status: 'synced', ...totals };
}

async function expired(deps: SyncEngagementDeps, log: Logger, account: Account): Promise<SyncEngagementResult> {
  await markAccountExpired(deps, account.workspaceId, account.id);
  log.warn('engagement sync stopped: the platform rejected the stored token; the account is marked expired');
  return { status: 'expired' };
}

function skipped(log: Logger, reason: string): SyncEngagementResult {
  log.info('engagement sync skipped', { reason });
  return { status: 'skipped', reason };
}
