import type { Database } from '@resonance/db';

export interface AssetUse {
  contentId: string;
  title: string | null;
  status: string;
}

/** Where an asset is used: the content items whose master or any variant carries it (the assets module's where-used port). */
export async function assetUsage(db: Database, workspaceId: string, assetId: string): Promise<AssetUse[]> {
  const probe = JSON.stringify([{ assetId }]);
  const rows = await db.query<{ id: string; title: string | null; status: string }>(
    `select i.id, i.title, i.status from content_items i
      where i.workspace_id = $1
        and (i.media @> $2::jsonb
             or exists (select 1 from content_variants v where v.workspace_id = $1 and v.content_id = i.id and v.media @> $2::jsonb))
      order by i.updated_at desc, i.id desc`,
    [workspaceId, probe],
  );
  return rows.map((r) => ({ contentId: r.id, title: r.title, status: r.status }));
}
