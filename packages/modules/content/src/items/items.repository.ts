import type { Sql } from '../tx.js';
import { json } from '../tx.js';
import type { ContentItemSummary, FunnelStage } from './items.schema.js';

export interface ItemRow {
  id: string;
  workspace_id: string;
  brand_id: string | null;
  title: string | null;
  body: string;
  media: { assetId: string }[] | string;
  links: { url: string; label?: string | null }[] | string;
  topics: string[];
  mentions: string[];
  pillar: string | null;
  funnel_stage: FunnelStage | null;
  campaign: string | null;
  sponsored: boolean;
  owner_id: string;
  status: string;
  compliance: unknown;
  version: number;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  account_ids: string[];
}

/** The master fields a create or an edit writes. */
export interface ItemFields {
  brandId: string | null;
  title: string | null;
  body: string;
  media: { assetId: string }[];
  links: { url: string; label?: string | null }[];
  topics: string[];
  mentions: string[];
  pillar: string | null;
  funnelStage: FunnelStage | null;
  campaign: string | null;
  sponsored: boolean;
  ownerId: string;
}

const COLUMNS = `i.id, i.workspace_id, i.brand_id, i.title, i.body, i.media, i.links, i.topics, i.mentions, i.pillar, i.funnel_stage,
  i.campaign, i.sponsored, i.owner_id, i.status, i.compliance, i.version, i.created_by, i.created_at, i.updated_at,
  array(select v.account_id from content_variants v where v.content_id = i.id order by v.created_at, v.id) as account_ids`;

export const toSummary = (r: ItemRow): ContentItemSummary => ({
  id: r.id,
  brandId: r.brand_id,
  title: r.title,
  body: r.body,
  media: json(r.media),
  links: json(r.links),
  topics: r.topics,
  mentions: r.mentions,
  pillar: r.pillar,
  funnelStage: r.funnel_stage,
  campaign: r.campaign,
  sponsored: r.sponsored,
  ownerId: r.owner_id,
  status: r.status,
  compliance: r.compliance === null ? null : json(r.compliance),
  version: r.version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  accountIds: r.account_ids ?? [],
});

export async function insertItem(
  db: Sql,
  workspaceId: string,
  item: { id: string; fields: ItemFields; createdBy: string | null; idempotencyKey: string | null; at: Date },
): Promise<void> {
  const f = item.fields;
  await db.query(
    `insert into content_items (id, workspace_id, brand_id, title, body, media, links, topics, mentions, pillar, funnel_stage, campaign,
       sponsored, owner_id, created_by, idempotency_key, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::text[], $9::text[], $10, $11, $12, $13, $14, $15, $16, $17, $17)`,
    [item.id, workspaceId, f.brandId, f.title, f.body, JSON.stringify(f.media), JSON.stringify(f.links), f.topics, f.mentions, f.pillar,
      f.funnelStage, f.campaign, f.sponsored, f.ownerId, item.createdBy, item.idempotencyKey, item.at],
  );
}

export async function findItem(db: Sql, workspaceId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<ItemRow | null> {
  const [r] = await db.query<ItemRow>(
    `select ${COLUMNS} from content_items i where i.workspace_id = $1 and i.id = $2${opts.forUpdate ? ' for update of i' : ''}`,
    [workspaceId, id],
  );
  return r ?? null;
}

export async function findItemIdByIdempotencyKey(db: Sql, workspaceId: string, key: string): Promise<string | null> {
  const [r] = await db.query<{ id: string }>(`select id from content_items where workspace_id = $1 and idempotency_key = $2`, [workspaceId, key]);
  return r?.id ?? null;
}

/** Writes the master fields and bumps the version. */
export async function updateItemFields(db: Sql, workspaceId: string, id: string, f: ItemFields, at: Date): Promise<void> {
  await db.query(
    `update content_items set brand_id = $3, title = $4, body = $5, media = $6::jsonb, links = $7::jsonb, topics = $8::text[],
       mentions = $9::text[], pillar = $10, funnel_stage = $11, campaign = $12, sponsored = $13, owner_id = $14,
       version = version + 1, updated_at = $15
     where workspace_id = $1 and id = $2`,
    [workspaceId, id, f.brandId, f.title, f.body, JSON.stringify(f.media), JSON.stringify(f.links), f.topics, f.mentions, f.pillar,
      f.funnelStage, f.campaign, f.sponsored, f.ownerId, at],
  );
}

/** A change below the master (a variant) is a change of the item: one version for the whole item. */
export async function bumpItemVersion(db: Sql, workspaceId: string, id: string, at: Date): Promise<void> {
  await db.query(`update content_items set version = version + 1, updated_at = $3 where workspace_id = $1 and id = $2`, [workspaceId, id, at]);
}

export async function deleteItemRow(db: Sql, workspaceId: string, id: string): Promise<void> {
  await db.query(`delete from content_items where workspace_id = $1 and id = $2`, [workspaceId, id]);
}

export interface ItemFilter {
  status?: string;
  brandId?: string;
  accountId?: string;
  pillar?: string;
  funnelStage?: string;
  campaign?: string;
  ownerId?: string;
  q?: string;
  after?: { createdAt: Date; id: string };
  limit: number;
}

const likePattern = (q: string) => '%' + q.replace(/[\\%_]/g, (c) => '\\' + c) + '%';

/** Newest first, keyset paging on (created_at, id). */
export async function selectItems(db: Sql, workspaceId: string, f: ItemFilter): Promise<ItemRow[]> {
  return db.query<ItemRow>(
    `select ${COLUMNS} from content_items i
      where i.workspace_id = $1
        and ($2::text is null or i.status = $2)
        and ($3::text is null or i.brand_id = $3)
        and ($4::text is null or exists (select 1 from content_variants v where v.workspace_id = $1 and v.content_id = i.id and v.account_id = $4))
        and ($5::text is null or i.pillar = $5)
        and ($6::text is null or i.funnel_stage = $6)
        and ($7::text is null or i.campaign = $7)
        and ($8::text is null or i.owner_id = $8)
        and ($9::text is null or i.title ilike $9 or i.body ilike $9)
        and ($10::timestamptz is null or (i.created_at, i.id) < ($10, $11::text))
      order by i.created_at desc, i.id desc
      limit $12`,
    [workspaceId, f.status ?? null, f.brandId ?? null, f.accountId ?? null, f.pillar ?? null, f.funnelStage ?? null, f.campaign ?? null,
      f.ownerId ?? null, f.q ? likePattern(f.q) : null, f.after?.createdAt ?? null, f.after?.id ?? null, f.limit],
  );
}
