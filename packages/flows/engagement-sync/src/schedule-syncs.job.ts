import { listConnectedAccounts } from '@resonance/accounts';
import type { Connector } from '@resonance/connector-sdk';
import type { Database } from '@resonance/db';
import type { Clock, JobQueue, Logger } from '@resonance/kernel';
import { ENGAGEMENT_SYNC_INTERVAL_MINUTES, ENGAGEMENT_SYNC_JOB, syncsEngagement, type EngagementSyncJobData } from './engagement-sync.types.js';

export interface ScheduleDeps {
  db: Database;
  clock: Clock;
  jobs: JobQueue;
  logger: Logger;
  connectors: ReadonlyMap<string, Connector>;
}

const SLOT_MS = ENGAGEMENT_SYNC_INTERVAL_MINUTES * 60_000;

/** The singleton key of an account's sync in the interval containing `at`: one job per account and interval, however often the cron fires. */
export function engagementSyncKey(accountId: string, at: Date): string {
  return `engagement-sync:${accountId}:${new Date(Math.floor(at.getTime() / SLOT_MS) * SLOT_MS).toISOString()}`;
}

/**
 * Enqueues ENGAGEMENT_SYNC_JOB for every connected account (all workspaces) whose connector syncs
 * engagement. A failing enqueue throws after the others were tried (the cron job retries; accounts
 * already enqueued for this interval are not enqueued twice).
 */
export async function scheduleEngagementSyncs(deps: ScheduleDeps): Promise<{ accounts: number; enqueued: number }> {
  const now = deps.clock.now();
  const due = (await listConnectedAccounts(deps.db)).filter((a) => {
    const connector = deps.connectors.get(a.platform);
    return a.remoteAccountId !== null && connector !== undefined && syncsEngagement(connector);
  });
  let enqueued = 0;
  const failures: string[] = [];
  for (const a of due) {
    const data: EngagementSyncJobData = { workspaceId: a.workspaceId, accountId: a.id };
    try {
      if ((await deps.jobs.send(ENGAGEMENT_SYNC_JOB, data, { singletonKey: engagementSyncKey(a.id, now) })) !== null) enqueued++;
    } catch (err) {
      failures.push(`${a.id}: ${(err as Error).message}`);
    }
  }
  if (failures.length > 0) throw new Error(`could not enqueue the engagement sync of ${failures.length} account(s): ${failures.join('; ')}`);
  deps.logger.info('engagement syncs enqueued', { accounts: due.length, enqueued });
  return { accounts: due.length, enqueued };
}
