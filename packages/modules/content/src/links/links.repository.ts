import type { Sql } from '../tx.js';
import { json } from '../tx.js';

export interface LinkRecord {
  id: string;
  workspaceId: string;
  contentId: string;
  variantId: string | null;
  accountId: string | null;
  code: string;
  targetUrl: string;
  utm: Record<string, string>;
  url: string;
  clicks: number;
  createdBy: string | null;
  createdAt: Date;
}

interface LinkRow {
  id: string;
  workspace_id: string;
  content_id: string;
  variant_id: string | null;
  account_id: string | null;
  code: string;
  target_url: string;
  utm: Record<string, string> | string;
  url: string;
  clicks: number;
  created_by: string | null;
  created_at: Date;
}

const COLUMNS = 'id, workspace_id, content_id, variant_id, account_id, code, target_url, utm, url, clicks, created_by, created_at';

const toRecord = (r: LinkRow): LinkRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  contentId: r.content_id,
  variantId: r.variant_id,
  accountId: r.account_id,
  code: r.code,
  targetUrl: r.target_url,
  utm: json(r.utm),
  url: r.url,
  clicks: Number(r.clicks),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

/** Inserts the link, or returns the one already there for the same (item, account, final URL). */
export async function insertLink(db: Sql, workspaceId: string, l: Omit<LinkRecord, 'workspaceId' | 'clicks'>): Promise<{ link: LinkRecord; created: boolean }> {
  const [r] = await db.query<LinkRow>(
    `insert into content_links (id, workspace_id, content_id, variant_id, account_id, code, target_url, utm, url, created_by, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11)
     on conflict (workspace_id, content_id, coalesce(account_id, ''), url) do nothing
     returning ${COLUMNS}`,
    [l.id, workspaceId, l.contentId, l.variantId, l.accountId, l.code, l.targetUrl, JSON.stringify(l.utm), l.url, l.createdBy, l.createdAt],
  );
  if (r) return { link: toRecord(r), created: true };
  const [existing] = await db.query<LinkRow>(
    `select ${COLUMNS} from content_links where workspace_id = $1 and content_id = $2 and coalesce(account_id, '') = coalesce($3::text, '') and url = $4`,
    [workspaceId, l.contentId, l.accountId, l.url],
  );
  return { link: toRecord(existing!), created: false };
}

export async function selectLinks(db: Sql, workspaceId: string, contentId: string): Promise<LinkRecord[]> {
  const rows = await db.query<LinkRow>(`select ${COLUMNS} from content_links where workspace_id = $1 and content_id = $2 order by created_at, id`, [workspaceId, contentId]);
  return rows.map(toRecord);
}

/** The link of a public code, counting the click (any workspace: the code alone identifies it). */
export async function countClick(db: Sql, code: string): Promise<LinkRecord | null> {
  const [r] = await db.query<LinkRow>(`update content_links set clicks = clicks + 1 where code = $1 returning ${COLUMNS}`, [code]);
  return r ? toRecord(r) : null;
}
