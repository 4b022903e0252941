import type { AssetRecord } from './assets.repository.js';

export interface AssetDto {
  id: string;
  kind: 'image' | 'video';
  name: string;
  mimeType: string;
  bytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  tags: string[];
  /** Authorised routes (the caller's session cookie or token). */
  url: string;
  thumbnailUrl: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export const assetPath = (workspaceId: string, id: string) => `/api/workspaces/${workspaceId}/assets/${id}`;

export function toAssetDto(a: AssetRecord): AssetDto {
  const base = assetPath(a.workspaceId, a.id);
  return {
    id: a.id,
    kind: a.kind,
    name: a.name,
    mimeType: a.mimeType,
    bytes: a.bytes,
    sha256: a.sha256,
    width: a.width,
    height: a.height,
    durationMs: a.durationMs,
    tags: a.tags,
    url: `${base}/file`,
    thumbnailUrl: a.thumbnailKey ? `${base}/thumbnail` : null,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
