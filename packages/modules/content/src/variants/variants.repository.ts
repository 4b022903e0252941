import type { ContentVariant } from '../items/items.schema.js';
import { json, type Sql } from '../tx.js';
import type { VariantContent } from './derive-variant.js';

interface VariantRow {
  id: string;
  content_id: string;
  account_id: string;
  platform: string;
  title: string | null;
  body: string;
  media: { assetId: string }[] | string;
  hashtags: string[];
  customised: boolean;
  scheduled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'id, content_id, account_id, platform, title, body, media, hashtags, customised, scheduled_at, created_at, updated_at';

const toVariant = (r: VariantRow): ContentVariant => ({
  id: r.id,
  contentId: r.content_id,
  accountId: r.account_id,
  platform: r.platform,
  title: r.title,
  body: r.body,
  media: json(r.media),
  hashtags: r.hashtags,
  customised: r.customised,
  scheduledAt: r.scheduled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function insertVariant(
  db: Sql,
  workspaceId: string,
  v: { id: string; contentId: string; accountId: string; platform: string; content: VariantContent; at: Date },
): Promise<void> {
  await db.query(
    `insert into content_variants (id, workspace_id, content_id, account_id, platform, title, body, media, hashtags, customised, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::text[], false, $10, $10)`,
    [v.id, workspaceId, v.contentId, v.accountId, v.platform, v.content.title, v.content.body, JSON.stringify(v.content.media), v.content.hashtags, v.at],
  );
}

export async function selectVariants(db: Sql, workspaceId: string, contentId: string): Promise<ContentVariant[]> {
  const rows = await db.query<VariantRow>(
    `select ${COLUMNS} from content_variants where workspace_id = $1 and content_id = $2 order by created_at, id`,
    [workspaceId, contentId],
  );
  return rows.map(toVariant);
}

/** Sets a variant's content; `customised` says whether it now differs from the master on purpose. */
export async function writeVariantContent(
  db: Sql,
  workspaceId: string,
  variantId: string,
  content: VariantContent,
  customised: boolean,
  at: Date,
): Promise<void> {
  await db.query(
    `update content_variants set title = $3, body = $4, media = $5::jsonb, hashtags = $6::text[], customised = $7, updated_at = $8
     where workspace_id = $1 and id = $2`,
    [workspaceId, variantId, content.title, content.body, JSON.stringify(content.media), content.hashtags, customised, at],
  );
}

/** Every variant of the item that follows the master takes the new derived content. */
export async function syncFollowingVariants(db: Sql, workspaceId: string, contentId: string, content: VariantContent, at: Date): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `update content_variants set title = $3, body = $4, media = $5::jsonb, hashtags = $6::text[], updated_at = $7
     where workspace_id = $1 and content_id = $2 and not customised
     returning id`,
    [workspaceId, contentId, content.title, content.body, JSON.stringify(content.media), content.hashtags, at],
  );
  return rows.length;
}

export async function deleteVariantRow(db: Sql, workspaceId: string, variantId: string): Promise<void> {
  await db.query(`delete from content_variants where workspace_id = $1 and id = $2`, [workspaceId, variantId]);
}
