import type { Database } from '@resonance/db';
import type { Brand } from './accounts.types.js';

interface Row {
  id: string;
  workspace_id: string;
  name: string;
  description: string | null;
  created_at: Date;
  archived_at: Date | null;
}

const toBrand = (r: Row): Brand => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  description: r.description,
  createdAt: r.created_at,
  archivedAt: r.archived_at,
});

const COLS = 'id, workspace_id, name, description, created_at, archived_at';

export async function insertBrand(db: Database, b: Brand): Promise<Brand> {
  const [row] = await db.query<Row>(
    `insert into brands (${COLS}) values ($1, $2, $3, $4, $5, $6) returning ${COLS}`,
    [b.id, b.workspaceId, b.name, b.description, b.createdAt, b.archivedAt],
  );
  return toBrand(row!);
}

export async function listBrands(db: Database, workspaceId: string, opts: { includeArchived?: boolean } = {}): Promise<Brand[]> {
  const rows = await db.query<Row>(
    `select ${COLS} from brands where workspace_id = $1 ${opts.includeArchived ? '' : 'and archived_at is null'} order by created_at, id`,
    [workspaceId],
  );
  return rows.map(toBrand);
}

/** A brand of this workspace that is not archived. */
export async function findActiveBrand(db: Database, workspaceId: string, brandId: string): Promise<Brand | undefined> {
  const [row] = await db.query<Row>(`select ${COLS} from brands where workspace_id = $1 and id = $2 and archived_at is null`, [
    workspaceId,
    brandId,
  ]);
  return row ? toBrand(row) : undefined;
}

export async function updateBrand(
  db: Database,
  workspaceId: string,
  brandId: string,
  patch: { name?: string; description?: string | null },
): Promise<Brand | undefined> {
  const [row] = await db.query<Row>(
    `update brands set name = coalesce($3, name), description = case when $4::boolean then $5 else description end
     where workspace_id = $1 and id = $2 and archived_at is null returning ${COLS}`,
    [workspaceId, brandId, patch.name ?? null, patch.description !== undefined, patch.description ?? null],
  );
  return row ? toBrand(row) : undefined;
}

export async function archiveBrand(db: Database, workspaceId: string, brandId: string, at: Date): Promise<Brand | undefined> {
  const [row] = await db.query<Row>(
    `update brands set archived_at = $3 where workspace_id = $1 and id = $2 and archived_at is null returning ${COLS}`,
    [workspaceId, brandId, at],
  );
  return row ? toBrand(row) : undefined;
}
