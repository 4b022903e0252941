import type { Database } from '@resonance/db';

export interface PeriodCounts {
  period: string;
  checked: number;
  flagged: number;
  passed: number;
  review: number;
  blocked: number;
}

export interface PeriodKeyCount {
  period: string;
  key: string;
  n: number;
}

/**
 * The last check of each content item in each period (day or ISO week in the workspace zone; 'all' =
 * the whole range) between two local dates, inclusive. An item edited and checked five times in a day
 * counts once, with the state it was left in.
 */
const lastChecks = (bucket: string) => `
  with last as (
    select distinct on (content_id, period) content_id, period, decision, finding_count, categories, max_severity
      from (select c.*, ${bucket} as period
              from compliance_checks c
             where c.workspace_id = $1
               and c.checked_at >= ($2::date::timestamp at time zone $4)
               and c.checked_at < (($3::date + 1)::timestamp at time zone $4)) x
     order by content_id, period, checked_at desc, id desc)`;

const bucketOf = (interval: 'day' | 'week' | 'all') =>
  interval === 'all' ? `$2::date::text` : `date_trunc('${interval}', c.checked_at at time zone $4)::date::text`;

export interface MetricsWindow {
  from: string;
  to: string;
  timeZone: string;
  interval: 'day' | 'week' | 'all';
}

export async function periodCounts(db: Database, workspaceId: string, w: MetricsWindow): Promise<PeriodCounts[]> {
  const rows = await db.query<Record<keyof PeriodCounts, string | number>>(
    `${lastChecks(bucketOf(w.interval))}
     select period, count(*) as checked, count(*) filter (where finding_count > 0) as flagged,
            count(*) filter (where decision = 'auto_pass') as passed, count(*) filter (where decision = 'human_review') as review,
            count(*) filter (where decision = 'block') as blocked
       from last group by period order by period`,
    [workspaceId, w.from, w.to, w.timeZone],
  );
  return rows.map((r) => ({
    period: String(r.period),
    checked: Number(r.checked),
    flagged: Number(r.flagged),
    passed: Number(r.passed),
    review: Number(r.review),
    blocked: Number(r.blocked),
  }));
}

/** Items per period with at least one finding of each category. */
export async function categoryCounts(db: Database, workspaceId: string, w: MetricsWindow): Promise<PeriodKeyCount[]> {
  const rows = await db.query<{ period: string; key: string; n: string | number }>(
    `${lastChecks(bucketOf(w.interval))}
     select period, cat as key, count(*) as n from last, unnest(categories) as cat group by period, cat order by period, cat`,
    [workspaceId, w.from, w.to, w.timeZone],
  );
  return rows.map((r) => ({ period: String(r.period), key: r.key, n: Number(r.n) }));
}

/** Flagged items per period by their highest severity. */
export async function severityCounts(db: Database, workspaceId: string, w: MetricsWindow): Promise<PeriodKeyCount[]> {
  const rows = await db.query<{ period: string; key: string; n: string | number }>(
    `${lastChecks(bucketOf(w.interval))}
     select period, max_severity as key, count(*) as n from last where max_severity is not null group by period, max_severity order by period, max_severity`,
    [workspaceId, w.from, w.to, w.timeZone],
  );
  return rows.map((r) => ({ period: String(r.period), key: r.key, n: Number(r.n) }));
}
