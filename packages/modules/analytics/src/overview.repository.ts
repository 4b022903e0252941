import type { Database } from '@resonance/db';
import { DAILY_AND_TOTALS_SQL, FOLLOWERS_SQL, RANGE_SQL, TOP_POSTS_SQL } from './overview.sql.js';
import type { DailyPoint } from './overview.types.js';

export interface RangeRow {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  prev_start: Date;
  cur_start: Date;
  cur_end: Date;
}

export interface PeriodTotals {
  impressions: number;
  engagements: number;
  posts: number;
  engagement_rate: number;
}

export interface FollowerRow {
  account_id: string | null;
  is_total: boolean;
  followers: number;
  followers_prev: number;
  net: number;
  net_prev: number;
}

export interface TopPostRow {
  publicationId: string;
  accountId: string;
  publishedAt: Date;
  title: string | null;
  excerpt: string | null;
  permalink: string | null;
  impressions: number;
  engagements: number;
  engagementRate: number;
}

export async function selectRange(db: Database, now: Date, timeZone: string, days: number): Promise<RangeRow> {
  return (await db.query<RangeRow>(RANGE_SQL, [now, timeZone, days]))[0]!;
}

export async function selectDailyAndTotals(
  db: Database,
  workspaceId: string,
  timeZone: string,
  r: RangeRow,
  accountId: string | null,
): Promise<{ daily: DailyPoint[]; cur: PeriodTotals; prev: PeriodTotals }> {
  const rows = await db.query<{ daily: DailyPoint[]; cur: PeriodTotals; prev: PeriodTotals }>(DAILY_AND_TOTALS_SQL, [
    workspaceId, timeZone, r.prev_start, r.cur_start, r.cur_end, r.previousFrom, r.to, accountId,
  ]);
  return rows[0]!;
}

export async function selectFollowers(db: Database, workspaceId: string, r: RangeRow, accountId: string | null): Promise<FollowerRow[]> {
  return db.query<FollowerRow>(FOLLOWERS_SQL, [workspaceId, r.prev_start, r.cur_start, r.cur_end, accountId]);
}

export async function selectTopPosts(db: Database, workspaceId: string, r: RangeRow, accountId: string | null, limit: number): Promise<TopPostRow[]> {
  return db.query<TopPostRow>(TOP_POSTS_SQL, [workspaceId, r.cur_start, r.cur_end, accountId, limit]);
}
