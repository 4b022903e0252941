import type { JobQueue, Logger } from '@resonance/kernel';
import type { Account } from './accounts.types.js';

/**
 * Job that imports a newly connected account's followers into the event store. The handler lives in a
 * flow (it writes fans and events); accounts only names the job and enqueues it.
 */
export const SYNC_FOLLOWERS_JOB = 'accounts.sync-followers';

/** Job that brings in an account's DMs, comments and post metrics (handler in the engagement-sync flow). */
export const SYNC_ENGAGEMENT_JOB = 'engagement.sync-account';

export interface SyncFollowersJobData {
  workspaceId: string;
  accountId: string;
}

/**
 * Enqueues the first syncs of a connected account — followers, then DMs/comments/metrics (later ones
 * come from the engagement flow's cron) — once per connection (the keys hold connectedAt).
 * A failing queue does not undo the connect: the error is logged and the account stays connected.
 */
export async function enqueueFollowerSync(jobs: JobQueue, logger: Logger, account: Account): Promise<void> {
  if (account.status !== 'connected' || !account.connectedAt) return;
  const data: SyncFollowersJobData = { workspaceId: account.workspaceId, accountId: account.id };
  const at = account.connectedAt.toISOString();
  try {
    await jobs.send(SYNC_FOLLOWERS_JOB, data, { singletonKey: `sync-followers:${account.id}:${at}` });
    await jobs.send(SYNC_ENGAGEMENT_JOB, data, { singletonKey: `engagement-sync:${account.id}:connect:${at}` });
  } catch (err) {
    logger.error('could not enqueue the first syncs', { accountId: account.id, err: (err as Error).message });
  }
}
