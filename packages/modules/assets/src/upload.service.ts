import { createHash } from 'node:crypto';
import { invalidField, newId } from '@resonance/kernel';
import { fileKey, thumbnailKey } from './asset-keys.js';
import { cleanName, cleanTags } from './asset-names.js';
import type { AssetsDeps } from './assets.deps.js';
import { findAssetByHash, insertAsset, updateAsset, type AssetRecord } from './assets.repository.js';
import { makeThumbnail, readImageInfo, THUMBNAIL_MIME } from './media/image-info.js';
import { readMp4Info } from './media/mp4-info.js';
import { sniffMime } from './media/sniff-mime.js';
import { assertSize } from './upload-limits.js';

export interface UploadInput {
  file: { name: string; bytes: Uint8Array };
  /** A video's poster frame, captured by the browser. */
  poster?: Uint8Array;
  name?: string;
  tags?: string[];
  createdBy: string;
}

export const ACCEPTED_TYPES = 'JPEG, PNG, GIF, WebP, AVIF images and MP4 / MOV videos';

async function posterThumbnail(bytes: Uint8Array): Promise<Buffer> {
  assertSize('poster', 'poster', bytes.byteLength);
  if (sniffMime(bytes)?.kind !== 'image') throw invalidField('poster', 'must be a JPEG, PNG, GIF, WebP or AVIF image');
  try {
    return await makeThumbnail(bytes);
  } catch {
    throw invalidField('poster', 'is not a decodable image');
  }
}

/**
 * Stores an upload once per workspace: the same bytes uploaded again answer the existing asset
 * (a poster sent with the repeat fills in a missing video thumbnail).
 */
export async function uploadAsset(deps: AssetsDeps, workspaceId: string, input: UploadInput): Promise<{ asset: AssetRecord; created: boolean }> {
  const { db, store, clock } = deps;
  const type = sniffMime(input.file.bytes);
  if (!type) throw invalidField('file', `unsupported file type; accepted: ${ACCEPTED_TYPES}`);
  assertSize('file', type.kind, input.file.bytes.byteLength);
  const sha256 = createHash('sha256').update(input.file.bytes).digest('hex');
  const poster = type.kind === 'video' && input.poster ? await posterThumbnail(input.poster) : null;

  const existing = await findAssetByHash(db, workspaceId, sha256);
  if (existing) {
    if (!poster || existing.thumbnailKey) return { asset: existing, created: false };
    const key = thumbnailKey(workspaceId, sha256);
    await store.put(key, poster, THUMBNAIL_MIME);
    const updated = await updateAsset(db, workspaceId, existing.id, { thumbnail: { key, bytes: poster.byteLength } }, clock.now());
    return { asset: updated ?? existing, created: false };
  }

  let width: number | null = null;
  let height: number | null = null;
  let durationMs: number | null = null;
  let thumb: Buffer | null = poster;
  if (type.kind === 'image') {
    try {
      ({ width, height } = await readImageInfo(input.file.bytes));
      thumb = await makeThumbnail(input.file.bytes);
    } catch {
      throw invalidField('file', 'is not a decodable image');
    }
  } else {
    const info = readMp4Info(input.file.bytes);
    if (!info) throw invalidField('file', 'is not a readable MP4 / MOV video (no complete moov box)');
    ({ width, height, durationMs } = info);
  }

  const key = fileKey(workspaceId, sha256, type.ext);
  await store.put(key, input.file.bytes, type.mimeType);
  const tKey = thumb ? thumbnailKey(workspaceId, sha256) : null;
  if (thumb && tKey) await store.put(tKey, thumb, THUMBNAIL_MIME);
  // keys derive from the hash, so a concurrent upload of the same bytes wrote the same objects
  return insertAsset(db, workspaceId, {
    id: newId('ast'),
    kind: type.kind,
    name: cleanName(input.name || input.file.name, `${type.kind}.${type.ext}`),
    mimeType: type.mimeType,
    bytes: input.file.bytes.byteLength,
    sha256,
    width,
    height,
    durationMs,
    storageKey: key,
    thumbnailKey: tKey,
    thumbnailBytes: thumb?.byteLength ?? null,
    tags: cleanTags(input.tags ?? []),
    createdBy: input.createdBy,
    createdAt: clock.now(),
  });
}
