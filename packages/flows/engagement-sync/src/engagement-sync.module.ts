import type { Connector } from '@resonance/connector-sdk';
import { defineModule, type AppModule, type JobDefinition } from '@resonance/http';
import { ENGAGEMENT_SYNC_INTERVAL_MINUTES, ENGAGEMENT_SYNC_JOB, SCHEDULE_ENGAGEMENT_SYNCS_JOB, type EngagementSyncJobData } from './engagement-sync.types.js';
import { scheduleEngagementSyncs } from './schedule-syncs.job.js';
import { syncEngagement } from './sync-engagement.job.js';

/** The engagement sync job and its every-15-minutes scheduler. No routes, no tables. */
export function createEngagementSyncModule(opts: { connectors: ReadonlyMap<string, Connector> }): AppModule {
  const sync: JobDefinition<EngagementSyncJobData> = {
    name: ENGAGEMENT_SYNC_JOB,
    retryLimit: 5,
    retryBackoff: true,
    handler: async (data, ctx) => {
      await syncEngagement({ ...ctx, connectors: opts.connectors }, data);
    },
  };
  const schedule: JobDefinition<object> = {
    name: SCHEDULE_ENGAGEMENT_SYNCS_JOB,
    cron: `*/${ENGAGEMENT_SYNC_INTERVAL_MINUTES} * * * *`,
    retryLimit: 2,
    retryBackoff: true,
    handler: async (_data, ctx) => {
      await scheduleEngagementSyncs({ ...ctx, connectors: opts.connectors });
    },
  };
  return defineModule({ name: 'engagement-sync', jobs: () => [sync, schedule] });
}
