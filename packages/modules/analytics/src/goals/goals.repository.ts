import type { Database } from '@resonance/db';

export interface GoalRecord {
  id: string;
  workspaceId: string;
  name: string;
  metricId: string;
  accountId: string | null;
  baselineValue: number;
  baselineSource: 'given' | 'previous_period';
  targetValue: number | null;
  targetChangePercent: number | null;
  startDate: string;
  endDate: string;
  stage: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

interface GoalRow {
  id: string;
  workspace_id: string;
  name: string;
  metric_id: string;
  account_id: string | null;
  baseline_value: number;
  baseline_source: 'given' | 'previous_period';
  target_value: number | null;
  target_change_percent: number | null;
  start_date: string;
  end_date: string;
  stage: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

// Dates as text: drivers would turn a `date` into a Date at local midnight of the server.
const COLUMNS = `id, workspace_id, name, metric_id, account_id, baseline_value, baseline_source, target_value, target_change_percent,
  start_date::text as start_date, end_date::text as end_date, stage, created_by, created_at, updated_at, archived_at`;

const toRecord = (r: GoalRow): GoalRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  metricId: r.metric_id,
  accountId: r.account_id,
  baselineValue: Number(r.baseline_value),
  baselineSource: r.baseline_source,
  targetValue: r.target_value === null ? null : Number(r.target_value),
  targetChangePercent: r.target_change_percent === null ? null : Number(r.target_change_percent),
  startDate: r.start_date,
  endDate: r.end_date,
  stage: r.stage,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  archivedAt: r.archived_at,
});

export async function insertGoal(db: Database, workspaceId: string, g: Omit<GoalRecord, 'workspaceId' | 'archivedAt'>): Promise<GoalRecord> {
  const [r] = await db.query<GoalRow>(
    `insert into analytics_goals (id, workspace_id, name, metric_id, account_id, baseline_value, baseline_source, target_value,
       target_change_percent, start_date, end_date, stage, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::date, $11::date, $12, $13, $14, $15) returning ${COLUMNS}`,
    [g.id, workspaceId, g.name, g.metricId, g.accountId, g.baselineValue, g.baselineSource, g.targetValue, g.targetChangePercent,
      g.startDate, g.endDate, g.stage, g.createdBy, g.createdAt, g.updatedAt],
  );
  return toRecord(r!);
}

export async function updateGoalRow(db: Database, workspaceId: string, g: GoalRecord): Promise<GoalRecord | null> {
  const [r] = await db.query<GoalRow>(
    `update analytics_goals set name = $3, metric_id = $4, account_id = $5, baseline_value = $6, baseline_source = $7, target_value = $8,
       target_change_percent = $9, start_date = $10::date, end_date = $11::date, stage = $12, updated_at = $13
     where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [workspaceId, g.id, g.name, g.metricId, g.accountId, g.baselineValue, g.baselineSource, g.targetValue, g.targetChangePercent,
      g.startDate, g.endDate, g.stage, g.updatedAt],
  );
  return r ? toRecord(r) : null;
}

export async function findGoalRow(db: Database, workspaceId: string, goalId: string): Promise<GoalRecord | null> {
  const [r] = await db.query<GoalRow>(`select ${COLUMNS} from analytics_goals where workspace_id = $1 and id = $2`, [workspaceId, goalId]);
  return r ? toRecord(r) : null;
}

/** Active goals first (by end date, soonest first), then archived ones. */
export async function listGoalRows(db: Database, workspaceId: string, includeArchived: boolean): Promise<GoalRecord[]> {
  const rows = await db.query<GoalRow>(
    `select ${COLUMNS} from analytics_goals
      where workspace_id = $1 and ($2::boolean or archived_at is null)
      order by archived_at is not null, end_date, created_at desc, id`,
    [workspaceId, includeArchived],
  );
  return rows.map(toRecord);
}

/** Idempotent: archiving again keeps the first time. */
export async function archiveGoalRow(db: Database, workspaceId: string, goalId: string, at: Date): Promise<GoalRecord | null> {
  const [r] = await db.query<GoalRow>(
    `update analytics_goals set archived_at = coalesce(archived_at, $3), updated_at = case when archived_at is null then $3 else updated_at end
      where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [workspaceId, goalId, at],
  );
  return r ? toRecord(r) : null;
}
