import type { Database } from '@resonance/db';
import type { QueryKind } from './query-kinds.js';
import type { SavedQuery } from './saved-query.schema.js';

interface SavedQueryRow {
  id: string;
  workspace_id: string;
  name: string;
  kind: QueryKind;
  body: Record<string, unknown> | string;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, workspace_id, name, kind, body, created_by, created_at, updated_at';

const toSavedQuery = (r: SavedQueryRow): SavedQuery => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  kind: r.kind,
  body: typeof r.body === 'string' ? JSON.parse(r.body) : r.body,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function insertSavedQuery(db: Database, workspaceId: string, q: Omit<SavedQuery, 'workspaceId' | 'updatedAt'>): Promise<SavedQuery> {
  const [r] = await db.query<SavedQueryRow>(
    `insert into analytics_saved_queries (id, workspace_id, name, kind, body, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7, $7) returning ${COLUMNS}`,
    [q.id, workspaceId, q.name, q.kind, JSON.stringify(q.body), q.createdBy, q.createdAt],
  );
  return toSavedQuery(r!);
}

export async function listSavedQueryRows(db: Database, workspaceId: string): Promise<SavedQuery[]> {
  const rows = await db.query<SavedQueryRow>(`select ${COLUMNS} from analytics_saved_queries where workspace_id = $1 order by updated_at desc, id`, [workspaceId]);
  return rows.map(toSavedQuery);
}

export async function findSavedQueryRows(db: Database, workspaceId: string, ids: readonly string[]): Promise<SavedQuery[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<SavedQueryRow>(`select ${COLUMNS} from analytics_saved_queries where workspace_id = $1 and id = any($2::text[])`, [workspaceId, [...ids]]);
  return rows.map(toSavedQuery);
}

export async function updateSavedQueryRow(
  db: Database,
  workspaceId: string,
  id: string,
  change: { name?: string; body?: Record<string, unknown>; updatedAt: Date },
): Promise<SavedQuery | null> {
  const [r] = await db.query<SavedQueryRow>(
    `update analytics_saved_queries set name = coalesce($3, name), body = coalesce($4::jsonb, body), updated_at = $5
      where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [workspaceId, id, change.name ?? null, change.body === undefined ? null : JSON.stringify(change.body), change.updatedAt],
  );
  return r ? toSavedQuery(r) : null;
}

export async function deleteSavedQueryRow(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db.query(`delete from analytics_saved_queries where workspace_id = $1 and id = $2 returning id`, [workspaceId, id]);
  return rows.length > 0;
}
