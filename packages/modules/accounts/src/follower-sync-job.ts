import type { JobQueue, Logger } from '@resonance/kernel';
import type { Account } from './accounts.types.js';

/**
 * Job that imports a newly connected account's followers into the event store. The handler lives in a
 * flow (it writes fans and events); accounts only names the job and enqueues it.
 */
export const SYNC_FOLLOWERS_JOB = 'accounts.sync-followers';

export interface SyncFollowersJobData {
  workspaceId: string;
  accountId: string;
}

/**
 * Enqueues the follower sync for a connected account, once per connection (the key holds connectedAt).
 * A failing queue does not undo the connect: the error is logged and the account stays connected.
 */
export async function enqueueFollowerSync(jobs: JobQueue, logger: Logger, account: Account): Promise<void> {
  if (account.status !== 'connected' || !account.connectedAt) return;
  const data: SyncFollowersJobData = { workspaceId: account.workspaceId, accountId: account.id };
  try {
    await jobs.send(SYNC_FOLLOWERS_JOB, data, { singletonKey: `sync-followers:${account.id}:${account.connectedAt.toISOString()}` });
  } catch (err) {
    logger.error('could not enqueue the follower sync', { accountId: account.id, err: (err as Error).message });
  }
}
