import type { Database } from '@resonance/db';
import type { ShareLink } from './share-link.schema.js';

interface ShareLinkRow {
  id: string;
  workspace_id: string;
  dashboard_id: string;
  token_prefix: string;
  expires_at: Date;
  created_by: string;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = 'id, workspace_id, dashboard_id, token_prefix, expires_at, created_by, created_at, revoked_at';

const toShareLink = (r: ShareLinkRow): ShareLink => ({
  id: r.id,
  workspaceId: r.workspace_id,
  dashboardId: r.dashboard_id,
  tokenPrefix: r.token_prefix,
  expiresAt: r.expires_at,
  createdBy: r.created_by,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export async function insertShareLink(
  db: Database,
  workspaceId: string,
  l: Omit<ShareLink, 'workspaceId' | 'revokedAt'> & { tokenHash: string },
): Promise<ShareLink> {
  const [r] = await db.query<ShareLinkRow>(
    `insert into analytics_share_links (id, workspace_id, dashboard_id, token_hash, token_prefix, expires_at, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${COLUMNS}`,
    [l.id, workspaceId, l.dashboardId, l.tokenHash, l.tokenPrefix, l.expiresAt, l.createdBy, l.createdAt],
  );
  return toShareLink(r!);
}

export async function listShareLinkRows(db: Database, workspaceId: string, dashboardId: string): Promise<ShareLink[]> {
  const rows = await db.query<ShareLinkRow>(
    `select ${COLUMNS} from analytics_share_links where workspace_id = $1 and dashboard_id = $2 order by created_at desc, id`,
    [workspaceId, dashboardId],
  );
  return rows.map(toShareLink);
}

/** Revokes (idempotent: the first revocation time stays). */
export async function markShareLinkRevoked(db: Database, workspaceId: string, dashboardId: string, id: string, at: Date): Promise<ShareLink | null> {
  const [r] = await db.query<ShareLinkRow>(
    `update analytics_share_links set revoked_at = coalesce(revoked_at, $4)
      where workspace_id = $1 and dashboard_id = $2 and id = $3 returning ${COLUMNS}`,
    [workspaceId, dashboardId, id, at],
  );
  return r ? toShareLink(r) : null;
}

/** The live link of a token hash at `now`: not revoked and not expired; null otherwise. */
export async function findLiveShareLink(db: Database, tokenHash: string, now: Date): Promise<ShareLink | null> {
  const [r] = await db.query<ShareLinkRow>(
    `select ${COLUMNS} from analytics_share_links where token_hash = $1 and revoked_at is null and expires_at > $2`,
    [tokenHash, now],
  );
  return r ? toShareLink(r) : null;
}
