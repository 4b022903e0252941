import type { Sql } from '../tx.js';

export interface CalendarRow {
  content_id: string;
  variant_id: string | null;
  account_id: string | null;
  platform: string | null;
  brand_id: string | null;
  title: string | null;
  body: string;
  status: string;
  scheduled_at: Date | null;
  pillar: string | null;
  funnel_stage: string | null;
  campaign: string | null;
  updated_at: Date;
}

export interface CalendarFilter {
  /** Items of this brand, or variants on this brand's accounts. */
  brandId?: string;
  brandAccountIds?: string[];
  accountId?: string;
  statuses?: string[];
  pillar?: string;
  stage?: string;
  campaign?: string;
}

export const UNSCHEDULED_LIMIT = 200;
const ENTRIES_LIMIT = 5000;

function where(f: CalendarFilter, params: unknown[]): string {
  const parts: string[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (f.brandId) parts.push(`(i.brand_id = ${p(f.brandId)} or v.account_id = any(${p(f.brandAccountIds ?? [])}::text[]))`);
  if (f.accountId) parts.push(`v.account_id = ${p(f.accountId)}`);
  if (f.statuses?.length) parts.push(`i.status = any(${p(f.statuses)}::text[])`);
  if (f.pillar) parts.push(`i.pillar = ${p(f.pillar)}`);
  if (f.stage) parts.push(`i.funnel_stage = ${p(f.stage)}`);
  if (f.campaign) parts.push(`i.campaign = ${p(f.campaign)}`);
  return parts.map((x) => ` and ${x}`).join('');
}

const COLUMNS = `i.id as content_id, v.id as variant_id, v.account_id, v.platform, i.brand_id,
  case when v.customised then coalesce(v.title, i.title) else i.title end as title,
  case when v.customised then v.body else i.body end as body,
  i.status, v.scheduled_at, i.pillar, i.funnel_stage, i.campaign, greatest(i.updated_at, coalesce(v.updated_at, i.updated_at)) as updated_at`;

/** Variants scheduled in [start, end), earliest first. */
export async function scheduledInRange(db: Sql, workspaceId: string, start: Date, end: Date, f: CalendarFilter): Promise<CalendarRow[]> {
  const params: unknown[] = [workspaceId, start, end];
  return db.query<CalendarRow>(
    `select ${COLUMNS}
       from content_variants v
       join content_items i on i.workspace_id = v.workspace_id and i.id = v.content_id
      where v.workspace_id = $1 and v.scheduled_at >= $2 and v.scheduled_at < $3${where(f, params)}
      order by v.scheduled_at, v.id
      limit ${ENTRIES_LIMIT}`,
    params,
  );
}

/** Draft / in-review items without a time: each unscheduled variant, and items that have no variant yet. */
export async function unscheduled(db: Sql, workspaceId: string, f: CalendarFilter): Promise<CalendarRow[]> {
  const params: unknown[] = [workspaceId];
  const statuses = f.statuses?.length ? f.statuses.filter((s) => s === 'draft' || s === 'in_review') : ['draft', 'in_review'];
  if (!statuses.length) return [];
  const filter = where({ ...f, statuses }, params);
  return db.query<CalendarRow>(
    `select ${COLUMNS}
       from content_items i
       left join content_variants v on v.workspace_id = i.workspace_id and v.content_id = i.id
      where i.workspace_id = $1 and v.scheduled_at is null${filter}
      order by greatest(i.updated_at, coalesce(v.updated_at, i.updated_at)) desc, i.id, v.id
      limit ${UNSCHEDULED_LIMIT}`,
    params,
  );
}

export interface ScheduleTarget {
  content_id: string;
  variant_id: string;
  account_id: string;
  status: string;
  scheduled_at: Date | null;
}

export async function findScheduleTarget(db: Sql, workspaceId: string, contentId: string, variantId: string): Promise<ScheduleTarget | null> {
  const [r] = await db.query<ScheduleTarget>(
    `select i.id as content_id, v.id as variant_id, v.account_id, i.status, v.scheduled_at
       from content_variants v join content_items i on i.workspace_id = v.workspace_id and i.id = v.content_id
      where v.workspace_id = $1 and v.content_id = $2 and v.id = $3
      for update of v`,
    [workspaceId, contentId, variantId],
  );
  return r ?? null;
}

/** Sets the time only while the item is still in one of `statuses` (the workflow may move it concurrently). */
export async function setScheduledAt(
  db: Sql,
  workspaceId: string,
  variantId: string,
  scheduledAt: Date | null,
  statuses: readonly string[],
  at: Date,
): Promise<boolean> {
  const rows = await db.query(
    `update content_variants v set scheduled_at = $3, updated_at = $4
       from content_items i
      where v.workspace_id = $1 and v.id = $2 and i.workspace_id = v.workspace_id and i.id = v.content_id and i.status = any($5::text[])
      returning v.id`,
    [workspaceId, variantId, scheduledAt, at, statuses],
  );
  return rows.length === 1;
}

/** Scheduled times of an account's variants from `from` on (to find a free queue slot). */
export async function takenTimes(db: Sql, workspaceId: string, accountId: string, from: Date): Promise<Date[]> {
  const rows = await db.query<{ scheduled_at: Date }>(
    `select scheduled_at from content_variants where workspace_id = $1 and account_id = $2 and scheduled_at >= $3 order by scheduled_at`,
    [workspaceId, accountId, from],
  );
  return rows.map((r) => r.scheduled_at);
}
