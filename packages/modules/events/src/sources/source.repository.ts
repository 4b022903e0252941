import type { Database } from '@resonance/db';
import type { EventSource, SourceKind } from './source.schema.js';

interface SourceRow {
  id: string;
  workspace_id: string;
  name: string;
  kind: SourceKind;
  key_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, workspace_id, name, kind, key_prefix, created_at, revoked_at';

const toSource = (r: SourceRow): EventSource => ({
  id: r.id,
  workspaceId: r.workspace_id,
  name: r.name,
  kind: r.kind,
  keyPrefix: r.key_prefix,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export async function insertSource(
  db: Database,
  row: { id: string; workspaceId: string; name: string; kind: SourceKind; keyHash: string; keyPrefix: string; createdAt: Date },
): Promise<EventSource> {
  const [r] = await db.query<SourceRow>(
    `insert into event_sources (id, workspace_id, name, kind, key_hash, key_prefix, created_at)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${COLUMNS}`,
    [row.id, row.workspaceId, row.name, row.kind, row.keyHash, row.keyPrefix, row.createdAt],
  );
  return toSource(r!);
}

export async function listSourceRows(db: Database, workspaceId: string): Promise<EventSource[]> {
  const rows = await db.query<SourceRow>(`select ${COLUMNS} from event_sources where workspace_id = $1 order by created_at, id`, [workspaceId]);
  return rows.map(toSource);
}

export async function findSourceRow(db: Database, workspaceId: string, sourceId: string): Promise<EventSource | null> {
  const [r] = await db.query<SourceRow>(`select ${COLUMNS} from event_sources where workspace_id = $1 and id = $2`, [workspaceId, sourceId]);
  return r ? toSource(r) : null;
}

/** The live (not revoked) source a write key belongs to. */
export async function findSourceByKeyHash(db: Database, keyHash: string): Promise<EventSource | null> {
  const [r] = await db.query<SourceRow>(`select ${COLUMNS} from event_sources where key_hash = $1 and revoked_at is null`, [keyHash]);
  return r ? toSource(r) : null;
}

export async function markSourceRevoked(db: Database, workspaceId: string, sourceId: string, at: Date): Promise<EventSource | null> {
  const [r] = await db.query<SourceRow>(
    `update event_sources set revoked_at = coalesce(revoked_at, $3) where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [workspaceId, sourceId, at],
  );
  return r ? toSource(r) : null;
}
