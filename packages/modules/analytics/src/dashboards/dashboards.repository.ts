import type { Database } from '@resonance/db';
import type { Dashboard, DashboardFilters, Tile } from './dashboard.schema.js';

interface DashboardRow {
  id: string;
  workspace_id: string;
  name: string;
  layout: Tile[] | string;
  filters: DashboardFilters | string;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, workspace_id, name, layout, filters, created_by, created_at, updated_at';
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const toDashboard = (r: DashboardRow): Dashboard => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  layout: json(r.layout),
  filters: json(r.filters),
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function insertDashboard(db: Database, workspaceId: string, d: Omit<Dashboard, 'workspaceId' | 'updatedAt'>): Promise<Dashboard> {
  const [r] = await db.query<DashboardRow>(
    `insert into analytics_dashboards (id, workspace_id, name, layout, filters, created_by, created_at, updated_at)
     values ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $7) returning ${COLUMNS}`,
    [d.id, workspaceId, d.name, JSON.stringify(d.layout), JSON.stringify(d.filters), d.createdBy, d.createdAt],
  );
  return toDashboard(r!);
}

export async function listDashboardRows(db: Database, workspaceId: string): Promise<Dashboard[]> {
  const rows = await db.query<DashboardRow>(`select ${COLUMNS} from analytics_dashboards where workspace_id = $1 order by updated_at desc, id`, [workspaceId]);
  return rows.map(toDashboard);
}

export async function findDashboardRow(db: Database, workspaceId: string, id: string): Promise<Dashboard | null> {
  const [r] = await db.query<DashboardRow>(`select ${COLUMNS} from analytics_dashboards where workspace_id = $1 and id = $2`, [workspaceId, id]);
  return r ? toDashboard(r) : null;
}

export async function updateDashboardRow(
  db: Database,
  workspaceId: string,
  id: string,
  change: { name?: string; layout?: Tile[]; filters?: DashboardFilters; updatedAt: Date },
): Promise<Dashboard | null> {
  const [r] = await db.query<DashboardRow>(
    `update analytics_dashboards
        set name = coalesce($3, name), layout = coalesce($4::jsonb, layout), filters = coalesce($5::jsonb, filters), updated_at = $6
      where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [
      workspaceId,
      id,
      change.name ?? null,
      change.layout === undefined ? null : JSON.stringify(change.layout),
      change.filters === undefined ? null : JSON.stringify(change.filters),
      change.updatedAt,
    ],
  );
  return r ? toDashboard(r) : null;
}

export async function deleteDashboardRow(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db.query(`delete from analytics_dashboards where workspace_id = $1 and id = $2 returning id`, [workspaceId, id]);
  return rows.length > 0;
}

/** Names of the workspace's dashboards that have a tile of this saved query. */
export async function dashboardsUsingQuery(db: Database, workspaceId: string, queryId: string): Promise<{ id: string; name: string }[]> {
  return db.query<{ id: string; name: string }>(
    `select id, name from analytics_dashboards
      where workspace_id = $1 and exists (select 1 from jsonb_array_elements(layout) t where t->>'queryId' = $2)
      order by name, id`,
    [workspaceId, queryId],
  );
}
