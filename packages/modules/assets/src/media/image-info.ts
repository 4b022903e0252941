import sharp from 'sharp';

/** Thumbnails are WebP, at most this many pixels on the longer side. */
export const THUMBNAIL_MAX_PX = 320;
export const THUMBNAIL_MIME = 'image/webp';

export interface ImageInfo {
  width: number;
  height: number;
}

/** Display size (EXIF orientation applied); throws when sharp cannot decode the bytes. */
export async function readImageInfo(bytes: Uint8Array): Promise<ImageInfo> {
  const meta = await sharp(bytes).metadata();
  if (!meta.width || !meta.height) throw new Error('image has no dimensions');
  const swapped = (meta.orientation ?? 1) >= 5;
  return swapped ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
}

/** A WebP thumbnail (first frame of an animation), rotated upright, never enlarged. */
export async function makeThumbnail(bytes: Uint8Array): Promise<Buffer> {
  return sharp(bytes)
    .rotate()
    .resize(THUMBNAIL_MAX_PX, THUMBNAIL_MAX_PX, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
}
