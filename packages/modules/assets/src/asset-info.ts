import type { Database } from '@resonance/db';
import { toAssetDto } from './assets.dto.js';
import { findAssets } from './assets.repository.js';

/** Same shape as the content module's `AssetInfoView` port (packages/modules/content/src/ports.ts). */
export interface AssetInfoView {
  id: string;
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  url: string;
  thumbnailUrl: string | null;
}

/** The assets of a workspace by id, in the order asked; unknown ids are simply absent. */
export async function assetInfo(db: Database, workspaceId: string, assetIds: string[]): Promise<AssetInfoView[]> {
  const byId = new Map((await findAssets(db, workspaceId, [...new Set(assetIds)])).map((a) => [a.id, a]));
  return assetIds.flatMap((id, i) => {
    const a = byId.get(id);
    if (!a || assetIds.indexOf(id) !== i) return [];
    const d = toAssetDto(a);
    return [{ id: d.id, kind: d.kind, mimeType: d.mimeType, bytes: d.bytes, width: d.width, height: d.height, durationMs: d.durationMs, url: d.url, thumbnailUrl: d.thumbnailUrl }];
  });
}
