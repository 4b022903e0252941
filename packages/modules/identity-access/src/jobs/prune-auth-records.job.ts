import type { JobDefinition, ModuleContext } from '@resonance/http';
import { identityDb } from '../identity-db.js';
import { deleteFailuresBefore } from '../login-attempt.repository.js';
import { addMs, DAY_MS } from '../secrets.js';
import { SESSION_IDLE_MS } from '../session.service.js';
import { deleteDeadSessions } from '../session.repository.js';

export const PRUNE_AUTH_RECORDS_JOB = 'identity.prune-auth-records';

/** Deletes what can no longer matter: failed sign-ins older than a day, dead sessions. */
export async function pruneAuthRecords(ctx: Pick<ModuleContext, 'db' | 'clock'>): Promise<{ attempts: number; sessions: number }> {
  const q = identityDb(ctx.db);
  const now = ctx.clock.now();
  const dayAgo = addMs(now, -DAY_MS);
  const attempts = await deleteFailuresBefore(q, dayAgo);
  const sessions = await deleteDeadSessions(q, now, addMs(now, -SESSION_IDLE_MS), dayAgo);
  return { attempts, sessions };
}

export function pruneAuthRecordsJob(): JobDefinition<object> {
  return {
    name: PRUNE_AUTH_RECORDS_JOB,
    cron: '17 3 * * *',
    retryLimit: 2,
    async handler(_data, ctx) {
      const pruned = await pruneAuthRecords(ctx);
      ctx.logger.info('pruned auth records', pruned);
    },
  };
}
