import { SYNC_FOLLOWERS_JOB, type SyncFollowersJobData } from '@resonance/accounts';
import type { Connector } from '@resonance/connector-sdk';
import { defineModule, type AppModule, type JobDefinition } from '@resonance/http';
import { syncFollowers } from './sync-followers.job.js';

/** The follower sync job; the accounts module enqueues it after a connect. */
export function createFollowerSyncModule(opts: { connectors: ReadonlyMap<string, Connector> }): AppModule {
  const job: JobDefinition<SyncFollowersJobData> = {
    name: SYNC_FOLLOWERS_JOB,
    retryLimit: 5,
    retryBackoff: true,
    handler: async (data, ctx) => {
      await syncFollowers({ ...ctx, connectors: opts.connectors }, data);
    },
  };
  return defineModule({ name: 'follower-sync', jobs: () => [job] });
}
