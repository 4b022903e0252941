import type { Database } from '@resonance/db';
import { pendingDays, readCursor, rollupZone } from './rollup.repository.js';

/** What the rollup can answer for a workspace: every day from `fromDay` on except `pending` ones. */
export interface RollupCoverage {
  /** The first local day the rollup may answer (the day of the oldest event still stored is read raw: retention may have cut into it). */
  fromDay: string;
  /** Local days with events the rollup does not hold yet. */
  pending: string[];
}

/** Null when the workspace has no rollup in this zone (trends then read raw events only). */
export async function rollupCoverage(db: Database, workspaceId: string, timeZone: string): Promise<RollupCoverage | null> {
  if ((await rollupZone(db, workspaceId)) !== timeZone) return null;
  const [first] = await db.query<{ day: string | null }>(
    `select to_char((min(occurred_at) at time zone $2)::date + 1, 'YYYY-MM-DD') as day from events where workspace_id = $1`,
    [workspaceId, timeZone],
  );
  if (!first?.day) return null;
  return { fromDay: first.day, pending: await pendingDays(db, workspaceId, timeZone, await readCursor(db)) };
}
