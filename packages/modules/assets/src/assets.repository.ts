import type { Database } from '@resonance/db';
import type { AssetKind } from './media/sniff-mime.js';

export interface AssetRecord {
  id: string;
  workspaceId: string;
  kind: AssetKind;
  name: string;
  mimeType: string;
  bytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  storageKey: string;
  thumbnailKey: string | null;
  thumbnailBytes: number | null;
  tags: string[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

interface AssetRow {
  id: string;
  workspace_id: string;
  kind: AssetKind;
  name: string;
  mime_type: string;
  bytes: string | number;
  sha256: string;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  storage_key: string;
  thumbnail_key: string | null;
  thumbnail_bytes: number | null;
  tags: string[];
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const toRecord = (r: AssetRow): AssetRecord => ({
  id: r.id,
  workspaceId: r.workspace_id,
  kind: r.kind,
  name: r.name,
  mimeType: r.mime_type,
  bytes: Number(r.bytes),
  sha256: r.sha256,
  width: r.width,
  height: r.height,
  durationMs: r.duration_ms,
  storageKey: r.storage_key,
  thumbnailKey: r.thumbnail_key,
  thumbnailBytes: r.thumbnail_bytes,
  tags: r.tags,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export type NewAssetRecord = Omit<AssetRecord, 'workspaceId' | 'updatedAt'>;

/** Inserts unless the workspace already holds the same bytes; answers the row and whether it is new. */
export async function insertAsset(db: Database, workspaceId: string, a: NewAssetRecord): Promise<{ asset: AssetRecord; created: boolean }> {
  const inserted = await db.query<AssetRow>(
    `insert into assets (id, workspace_id, kind, name, mime_type, bytes, sha256, width, height, duration_ms, storage_key,
                         thumbnail_key, thumbnail_bytes, tags, created_by, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, array(select distinct t from unnest($14::text[]) as t order by t), $15, $16, $16)
     on conflict (workspace_id, sha256) do nothing
     returning *`,
    [a.id, workspaceId, a.kind, a.name, a.mimeType, a.bytes, a.sha256, a.width, a.height, a.durationMs, a.storageKey,
      a.thumbnailKey, a.thumbnailBytes, a.tags, a.createdBy, a.createdAt],
  );
  if (inserted[0]) return { asset: toRecord(inserted[0]), created: true };
  const existing = await findAssetByHash(db, workspaceId, a.sha256);
  if (!existing) throw new Error('asset vanished between insert and select');
  return { asset: existing, created: false };
}

export async function findAssetByHash(db: Database, workspaceId: string, sha256: string): Promise<AssetRecord | null> {
  const rows = await db.query<AssetRow>('select * from assets where workspace_id = $1 and sha256 = $2', [workspaceId, sha256]);
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function findAsset(db: Database, workspaceId: string, id: string): Promise<AssetRecord | null> {
  const rows = await db.query<AssetRow>('select * from assets where workspace_id = $1 and id = $2', [workspaceId, id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function findAssets(db: Database, workspaceId: string, ids: readonly string[]): Promise<AssetRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.query<AssetRow>('select * from assets where workspace_id = $1 and id = any($2::text[])', [workspaceId, ids]);
  return rows.map(toRecord);
}

export interface AssetPatch {
  name?: string;
  addTags?: string[];
  removeTags?: string[];
  thumbnail?: { key: string; bytes: number };
}

/** One statement: tags added then removed, kept unique and sorted. */
export async function updateAsset(db: Database, workspaceId: string, id: string, p: AssetPatch, now: Date): Promise<AssetRecord | null> {
  const rows = await db.query<AssetRow>(
    `update assets set
        name = coalesce($3, name),
        tags = array(select distinct t from unnest(tags || $4::text[]) as t where t <> all($5::text[]) order by t),
        thumbnail_key = coalesce($6, thumbnail_key),
        thumbnail_bytes = coalesce($7, thumbnail_bytes),
        updated_at = $8
      where workspace_id = $1 and id = $2
      returning *`,
    [workspaceId, id, p.name ?? null, p.addTags ?? [], p.removeTags ?? [], p.thumbnail?.key ?? null, p.thumbnail?.bytes ?? null, now],
  );
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function deleteAssetRow(db: Database, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db.query('delete from assets where workspace_id = $1 and id = $2 returning id', [workspaceId, id]);
  return rows.length > 0;
}

export interface AssetSearch {
  /** Matches the name or any tag (case-insensitive substring). */
  q?: string;
  /** Every one of these tags. */
  tags?: string[];
  kind?: AssetKind;
  /** Uploaded at or after `from`, before `to`. */
  from?: Date;
  to?: Date;
  after?: { createdAt: Date; id: string };
  limit: number;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function searchAssets(db: Database, workspaceId: string, s: AssetSearch): Promise<AssetRecord[]> {
  const rows = await db.query<AssetRow>(
    `select * from assets
      where workspace_id = $1
        and ($2::text is null or name ilike $2 or exists (select 1 from unnest(tags) t where t ilike $2))
        and (cardinality($3::text[]) = 0 or tags @> $3::text[])
        and ($4::text is null or kind = $4)
        and ($5::timestamptz is null or created_at >= $5)
        and ($6::timestamptz is null or created_at < $6)
        and ($7::timestamptz is null or (created_at, id) < ($7, $8::text))
      order by created_at desc, id desc
      limit $9`,
    [workspaceId, s.q ? likePattern(s.q) : null, s.tags ?? [], s.kind ?? null, s.from ?? null, s.to ?? null,
      s.after?.createdAt ?? null, s.after?.id ?? null, s.limit],
  );
  return rows.map(toRecord);
}

/** Every tag in use in the workspace with its count (for the filter and tag suggestions). */
export async function listTags(db: Database, workspaceId: string): Promise<{ tag: string; count: number }[]> {
  const rows = await db.query<{ tag: string; count: string | number }>(
    `select t as tag, count(*) as count from assets, unnest(tags) as t where workspace_id = $1 group by t order by count(*) desc, t`,
    [workspaceId],
  );
  return rows.map((r) => ({ tag: r.tag, count: Number(r.count) }));
}
