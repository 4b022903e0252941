import type { JobDefinition } from '@resonance/http';
import { applyEventRetention } from './retention.service.js';

export const APPLY_RETENTION_JOB = 'events.apply-retention';

/** Daily at 03:47 UTC: delete events older than each workspace's retention period. */
export function applyRetentionJob(): JobDefinition<object> {
  return {
    name: APPLY_RETENTION_JOB,
    cron: '47 3 * * *',
    retryLimit: 2,
    retryBackoff: true,
    async handler(_data, ctx) {
      const deleted = await applyEventRetention(ctx);
      const total = Object.values(deleted).reduce((a, b) => a + b, 0);
      ctx.logger.info('event retention applied', { workspaces: Object.keys(deleted).length, deleted: total, perWorkspace: deleted });
    },
  };
}
