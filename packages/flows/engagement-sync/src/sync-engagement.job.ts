import { loadAccountConnection, markAccountExpired, type Account } from '@resonance/accounts';
import type { Connector } from '@resonance/connector-sdk';
import { AppError, invalidField, type Logger } from '@resonance/kernel';
import type { EngagementSyncJobData } from './engagement-sync.types.js';
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

/** Missing account or credentials are a normal outcome (disconnected or deleted meanwhile), not a failure to retry. */
const SKIP_CODES = new Set(['not_found', 'account_not_connected']);

function checkData(data: unknown): EngagementSyncJobData {
  const d = (data ?? {}) as Record<string, unknown>;
  for (const key of ['workspaceId', 'accountId'] as const) {
    if (typeof d[key] !== 'string' || d[key] === '') throw invalidField(`data.${key}`, 'must be a non-empty string');
  }
  return { workspaceId: d.workspaceId as string, accountId: d.accountId as string };
}

async function connection(deps: SyncEngagementDeps, data: EngagementSyncJobData) {
  try {
    return await loadAccountConnection(deps.db, deps.secrets, data.workspaceId, data.accountId);
  } catch (err) {
    if (err instanceof AppError && SKIP_CODES.has(err.code)) return { skip: err.message };
    throw err;
  }
}

/**
 * Brings a connected account's platform engagement into the event store: new direct messages
 * (`dm_received`), new comments on its recent publications (`comment`) — each resolved to a fan by the
 * sender's platform identity — and one `post_metrics` snapshot per recent publication. Idempotent, so
 * the queue may retry it. An expired token marks the account expired and ends the job; other connector
 * errors throw (the queue retries with backoff).
 */
export async function syncEngagement(deps: SyncEngagementDeps, rawData: unknown): Promise<SyncEngagementResult> {
  const data = checkData(rawData);
  const log = deps.logger.child({ workspaceId: data.workspaceId, accountId: data.accountId });
  const conn = await connection(deps, data);
  if ('skip' in conn) return skipped(log, conn.skip);
  const { account, credentials } = conn;
  if (account.status !== 'connected') return skipped(log, `account status is ${account.status}`);
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
