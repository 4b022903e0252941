import { SYNC_ENGAGEMENT_JOB } from '@resonance/accounts';
import type { Connector } from '@resonance/connector-sdk';

/** Syncs one connected account's DMs, comments and post metrics (handler in this flow; the accounts module enqueues it right after a connect). */
export const ENGAGEMENT_SYNC_JOB = SYNC_ENGAGEMENT_JOB;
/** Cron: enqueues ENGAGEMENT_SYNC_JOB for every connected account whose connector can. */
export const SCHEDULE_ENGAGEMENT_SYNCS_JOB = 'engagement.schedule-syncs';
export const ENGAGEMENT_SYNC_INTERVAL_MINUTES = 15;

export interface EngagementSyncJobData {
  workspaceId: string;
  accountId: string;
}

/** Whether the connector can give anything this flow syncs (DMs, comments or post metrics). */
export function syncsEngagement(connector: Connector): boolean {
  const c = connector.capabilities;
  return (
    (c.fetchDirectMessages && !!connector.fetchDirectMessages) ||
    (c.fetchComments && !!connector.fetchComments) ||
    (c.fetchPostMetrics && !!connector.fetchPostMetrics)
  );
}
