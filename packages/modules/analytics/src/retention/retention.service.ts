import type { Database } from '@resonance/db';
import { runAnalyticsQuery } from '../query/run-query.js';
import { SqlParams } from '../query/sql-params.js';
import type { RetentionQuery, RetentionResult } from './retention.schema.js';
import { readCursor, rollupState } from '../rollups/rollup.repository.js';
import { retentionRollupSql } from './retention-rollup.sql.js';
import { retentionSql } from './retention.sql.js';

interface CohortRow {
  cohort: string;
  size: number;
  observable: number;
  returned: [number, number][];
}

const hasFilters = (q: RetentionQuery) =>
  (q.filters?.length ?? 0) > 0 || (q.startEvent.filters?.length ?? 0) > 0 || (q.returnEvent !== 'any' && (q.returnEvent.filters?.length ?? 0) > 0);

/** The seq after which events are not in the fan-days rollup, or null when it cannot answer (property filters, another zone, not built). */
async function rollupCutoff(db: Database, workspaceId: string, q: RetentionQuery, timeZone: string): Promise<number | null> {
  if (hasFilters(q)) return null;
  const state = await rollupState(db, workspaceId);
  if (!state || state.timeZone !== timeZone) return null;
  return Math.max(await readCursor(db), state.rebuiltSeq);
}

/** The cohort table and the size-weighted curve (definitions: README.md, "Retention"). */
export async function runRetention(
  db: Database,
  workspaceId: string,
  q: RetentionQuery,
  ctx: { timeZone: string; now: Date; useRollup?: boolean },
): Promise<RetentionResult> {
  const p = new SqlParams();
  const input = { ...q, workspaceId, timeZone: ctx.timeZone, now: ctx.now };
  const cutoff = ctx.useRollup === false ? null : await rollupCutoff(db, workspaceId, q, ctx.timeZone);
  const sql = cutoff === null ? retentionSql(input, p) : retentionRollupSql({ ...input, pendingAfterSeq: cutoff }, p);
  const rows = await runAnalyticsQuery<CohortRow>(db, sql, p.values);
  const cohorts = rows.map((r) => {
    const byPeriod = new Map(r.returned.map(([period, fans]) => [period, fans]));
    const returned = Array.from({ length: q.periods }, (_, i) => (i + 1 <= r.observable ? (byPeriod.get(i + 1) ?? 0) : null));
    return {
      cohort: r.cohort,
      size: r.size,
      returned,
      rates: returned.map((n) => (n === null ? null : r.size > 0 ? n / r.size : 0)),
    };
  });
  const curve = Array.from({ length: q.periods }, (_, i) => {
    const reached = cohorts.filter((c) => c.returned[i] !== null);
    const size = reached.reduce((s, c) => s + c.size, 0);
    const returned = reached.reduce((s, c) => s + c.returned[i]!, 0);
    return { period: i + 1, returned, size, rate: size > 0 ? returned / size : null };
  });
  return { timeZone: ctx.timeZone, interval: q.interval, mode: q.mode, periods: q.periods, cohorts, curve };
}
