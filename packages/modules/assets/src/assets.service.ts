import { AppError, forbidden, invalidField, notFound, type Role } from '@resonance/kernel';
import type { AssetsDeps, AssetUsage, AssetUse } from './assets.deps.js';
import { toAssetDto, type AssetDto } from './assets.dto.js';
import { cleanName, cleanTags } from './asset-names.js';
import { deleteAssetRow, findAsset, searchAssets, updateAsset, type AssetRecord, type AssetSearch } from './assets.repository.js';

export async function getAssetRecord(deps: AssetsDeps, workspaceId: string, id: string): Promise<AssetRecord> {
  const a = await findAsset(deps.db, workspaceId, id);
  if (!a) throw notFound('asset');
  return a;
}

export interface AssetListQuery extends Omit<AssetSearch, 'after'> {
  cursor?: string;
}

const encodeCursor = (a: AssetRecord) => Buffer.from(`${a.createdAt.toISOString()}|${a.id}`).toString('base64url');

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw invalidField('query.cursor', 'must be the nextCursor of a previous page');
  return { createdAt, id };
}

export async function listAssets(deps: AssetsDeps, workspaceId: string, q: AssetListQuery): Promise<{ items: AssetDto[]; nextCursor: string | null }> {
  const rows = await searchAssets(deps.db, workspaceId, { ...q, after: q.cursor ? decodeCursor(q.cursor) : undefined, limit: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  return { items: page.map(toAssetDto), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1]!) : null };
}

export interface AssetChange {
  name?: string;
  addTags?: string[];
  removeTags?: string[];
}

export async function changeAsset(deps: AssetsDeps, workspaceId: string, id: string, c: AssetChange): Promise<{ before: AssetRecord; after: AssetRecord }> {
  const before = await getAssetRecord(deps, workspaceId, id);
  const name = c.name === undefined ? undefined : cleanName(c.name, '');
  if (name === '') throw invalidField('body.name', 'must not be empty');
  const after = await updateAsset(
    deps.db,
    workspaceId,
    id,
    { name, addTags: cleanTags(c.addTags ?? []), removeTags: cleanTags(c.removeTags ?? []) },
    deps.clock.now(),
  );
  if (!after) throw notFound('asset');
  return { before, after };
}

const ADMIN_ROLES: readonly Role[] = ['owner', 'admin'];

/**
 * Deletes an asset and its stored bytes. While content uses it the answer is 409 `asset_in_use`
 * (listing the items), unless an owner or admin passes `force`.
 */
export async function deleteAsset(
  deps: AssetsDeps,
  assetUsage: AssetUsage,
  workspaceId: string,
  id: string,
  opts: { force: boolean; role: Role | null },
): Promise<{ asset: AssetRecord; usedBy: AssetUse[] }> {
  const asset = await getAssetRecord(deps, workspaceId, id);
  const usedBy = await assetUsage(deps.db, workspaceId, id);
  if (usedBy.length > 0) {
    if (!opts.force) {
      throw new AppError('asset_in_use', `The asset is used by ${usedBy.length} content item(s); remove it there first, or an admin may force the deletion`, 409, { usedBy });
    }
    if (!opts.role || !ADMIN_ROLES.includes(opts.role)) throw forbidden('Only an owner or admin may delete an asset that is in use');
  }
  if (!(await deleteAssetRow(deps.db, workspaceId, id))) throw notFound('asset');
  for (const key of [asset.storageKey, asset.thumbnailKey]) {
    if (!key) continue;
    // the row is gone; a stray object is only wasted space, so log instead of failing the request
    await deps.store.delete(key).catch((err) => deps.logger.warn('asset object not deleted', { key, err: String(err) }));
  }
  return { asset, usedBy };
}
