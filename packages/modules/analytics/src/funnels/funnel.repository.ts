import type { Database } from '@resonance/db';
import { runAnalyticsQuery } from '../query/run-query.js';
import { SqlParams } from '../query/sql-params.js';
import { funnelFansSql, funnelStepsSql, type FunnelSqlInput } from './funnel.sql.js';

export interface FunnelStepRow {
  kind: 'step' | 'values';
  /** Rank of the breakdown value (null = all fans). */
  rn: number | null;
  bd: string | null;
  k: number | null;
  fans: number;
  median_us: number | null;
}

export interface FunnelFanRow {
  fanId: string;
  lastStep: number;
  reachedAt: Date;
}

/** Fans per step (overall and per breakdown value) with the median time from the previous step. */
export async function selectFunnelSteps(db: Database, workspaceId: string, q: Omit<FunnelSqlInput, 'workspaceId'>, breakdownLimit: number): Promise<FunnelStepRow[]> {
  const p = new SqlParams();
  const sql = funnelStepsSql({ ...q, workspaceId }, p, breakdownLimit);
  return runAnalyticsQuery<FunnelStepRow>(db, sql, p.values);
}

/** A page of the fans who converted at / dropped before a step, by fan id. */
export async function selectFunnelFans(
  db: Database,
  workspaceId: string,
  q: Omit<FunnelSqlInput, 'workspaceId'>,
  opts: Parameters<typeof funnelFansSql>[2],
): Promise<FunnelFanRow[]> {
  const p = new SqlParams();
  const sql = funnelFansSql({ ...q, workspaceId }, p, opts);
  return runAnalyticsQuery<FunnelFanRow>(db, sql, p.values);
}
