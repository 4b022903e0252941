import type { Database } from '@resonance/db';

/** A publication of a content item, as a takedown needs it. */
export interface ContentPublication {
  id: string;
  accountId: string;
  variantId: string | null;
  remoteId: string | null;
  status: string;
}

/** The item's publications that are (or may still be) live on the platform: published or needing attention. */
export async function listLivePublicationsOfContent(db: Database, workspaceId: string, contentId: string): Promise<ContentPublication[]> {
  const rows = await db.query<{ id: string; account_id: string; variant_id: string | null; remote_id: string | null; status: string }>(
    `select id, account_id, variant_id, remote_id, status from publications
      where workspace_id = $1 and content_id = $2 and status in ('published', 'needs_attention')
      order by created_at, id`,
    [workspaceId, contentId],
  );
  return rows.map((r) => ({ id: r.id, accountId: r.account_id, variantId: r.variant_id, remoteId: r.remote_id, status: r.status }));
}

/** After a takedown attempt: `deleted` when the platform removed the post, `needs_attention` when someone must. */
export async function markPublicationTakedown(db: Database, workspaceId: string, publicationId: string, status: 'deleted' | 'needs_attention'): Promise<void> {
  await db.query('update publications set status = $3 where workspace_id = $1 and id = $2', [workspaceId, publicationId, status]);
}
